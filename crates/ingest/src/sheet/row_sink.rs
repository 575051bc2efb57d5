//! What the readers (workbook, csv, grid) send a sheet's rows to.

use std::ops::ControlFlow;

use super::cell::RawCell;
use svcat_core::error::Error;

/// Where a reader sends a sheet's rows (zero-based row number, cells indexed by column).
pub trait RowSink {
    fn display(&self) -> &str;
    fn row(&mut self, row: u32, cells: &mut Vec<RawCell>) -> Result<ControlFlow<()>, Error>;
    /// Whether cells may share the text of the chunk they were read from ([`RawCell::shared`]).
    /// A sink that keeps a few cells of many chunks for long wants strings of their own, or it
    /// would keep every chunk.
    fn shares_text(&self) -> bool {
        false
    }
}
