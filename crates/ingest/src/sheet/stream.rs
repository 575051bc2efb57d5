//! `ItemMode::Stream`: where items go when a command writes them out as they are parsed.

use std::sync::Arc;

use svcat_core::model::{Item, SheetSource};
use svcat_core::schema::Schema;

/// What a worker makes of a batch of items for a stream (canonical JSON bytes for `import`, the
/// findings of the item rules for `check`), handed back to [`ItemStream::write`].
pub type Encoded = Box<dyn std::any::Any + Send>;

/// Turns a batch of one sheet's items into what the stream writes, on a worker thread.
pub type Encoder = Arc<dyn Fn(Vec<Item>) -> Encoded + Send + Sync>;

/// Where `ItemMode::Stream` sends items: each sheet gets an encoder, which runs on the worker
/// threads, and the encoded batches come back to `write` in reading order.
pub trait ItemStream {
    /// Called once the catalog's meta is known, before the first item (and again, harmlessly).
    fn begin(&self, catalog: &svcat_core::model::Catalog);
    /// The encoder of one sheet: `sheet_index` is the sheet's place in the catalog's sheets, which
    /// its items carry. `from_cells`: the items are built from the sheet's cells (so an element
    /// no column feeds is on no item, but for the department taken from the sheet or file name,
    /// which every item then has), not read from a catalog JSON.
    fn encoder(
        &self,
        schema: &Arc<Schema>,
        sheet: &SheetSource,
        sheet_index: u32,
        from_cells: bool,
    ) -> Encoder;
    fn write(&self, encoded: Encoded);
}
