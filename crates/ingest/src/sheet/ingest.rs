//! [`SheetIngest`]: the reading of one sheet into items, fed row by row as a [`RowSink`].

use std::collections::VecDeque;
use std::ops::ControlFlow;
use std::sync::{Arc, mpsc};

use super::batches::{Batch, FIRST_BATCH_ITEMS};
use super::build::ItemBuilder;
use super::cell::RawCell;
use super::fingerprint::Fingerprint;
use super::header::{HEADER_SCAN_ROWS, Header, Target};
use super::merge::{Cell, Merge, MergeFill};
use super::pending::PendingItem;
use super::row_sink::RowSink;
use super::stream::Encoder;
use crate::{ItemMode, Notice};
use svcat_core::error::Error;
use svcat_core::model::{Column, Item};
use svcat_core::schema::Schema;

/// Reads one sheet into items.
pub struct SheetIngest<'a> {
    pub schema: Arc<Schema>,
    pub display: String,
    pub sheet: Option<String>,
    pub sheet_index: u32,
    /// The department for sheets without a department column, and where it came from (文件名 or
    /// 工作表名).
    pub fallback_department: Option<(String, &'static str)>,
    /// Whether the format records merged regions; without them `fill_down` columns are filled.
    pub has_merge_info: bool,
    pub(super) merge_fill: MergeFill,
    pub(super) merged_cells: u32,
    pub(super) buffer: Vec<(u32, Vec<Cell>)>,
    pub(super) header: Option<Header>,
    pub(super) gave_up: bool,
    pub(super) current: Option<PendingItem>,
    pub(super) builder: Option<Arc<ItemBuilder>>,
    pub(super) mode: ItemMode<'a>,
    /// The reading-order number of the next item, counted over all files (for `ItemMode::Select`).
    pub next_ordinal: usize,
    pub(super) batch: Vec<PendingItem>,
    /// The size at which `batch` is sent (see `FIRST_BATCH_ITEMS`).
    pub(super) batch_items: usize,
    pub(super) in_flight: VecDeque<mpsc::Receiver<std::thread::Result<Batch>>>,
    /// `ItemMode::Stream`: turns a batch of items into output bytes, on the worker that parsed it.
    pub(super) encoder: Option<Encoder>,
    /// Set when a worker failed to parse a batch; reported by `finish`.
    pub(super) failed: bool,
    /// Last value seen in each fill-down column (formats without merge data).
    pub(super) fill_down_last: Vec<Option<(RawCell, String)>>,
    /// The current row's department while `fill_down_last` is updated (kept for its room).
    pub(super) row_department: String,
    pub items: Vec<Item>,
    /// `ItemMode::Fingerprint`: items waiting to go to the sink.
    pub(super) fingerprints: Vec<Fingerprint>,
    pub notices: Vec<Notice>,
    pub(super) skipped_totals: Vec<u32>,
    pub(super) skipped_headers: Vec<u32>,
    pub progress: Option<&'a indicatif::ProgressBar>,
}

impl<'a> SheetIngest<'a> {
    pub fn new(
        schema: &Arc<Schema>,
        display: String,
        sheet: Option<String>,
        sheet_index: u32,
        merges: Option<&[Merge]>,
    ) -> Self {
        SheetIngest {
            schema: Arc::clone(schema),
            display,
            sheet,
            sheet_index,
            fallback_department: None,
            has_merge_info: merges.is_some(),
            merge_fill: MergeFill::new(merges.map(<[Merge]>::to_vec).unwrap_or_default()),
            merged_cells: 0,
            buffer: Vec::new(),
            header: None,
            gave_up: false,
            current: None,
            builder: None,
            mode: ItemMode::Parse,
            next_ordinal: 0,
            batch: Vec::new(),
            batch_items: FIRST_BATCH_ITEMS,
            in_flight: VecDeque::new(),
            encoder: None,
            failed: false,
            fill_down_last: Vec::new(),
            row_department: String::new(),
            items: Vec::new(),
            fingerprints: Vec::new(),
            notices: Vec::new(),
            skipped_totals: Vec::new(),
            skipped_headers: Vec::new(),
            progress: None,
        }
    }

    /// What becomes of items: parsed (default), fingerprinted, or parsed only when selected.
    pub fn with_mode(mut self, mode: ItemMode<'a>) -> Self {
        self.mode = mode;
        self
    }

    /// The columns found, for the catalog's sheet table (None when no header was found).
    pub fn columns(&self) -> Option<Vec<Column>> {
        self.header.as_ref().map(|h| {
            h.columns
                .iter()
                .map(|c| Column {
                    index: c.index,
                    header: c.header.clone(),
                    elements: match &c.target {
                        Target::Elements { elements, .. } => {
                            elements.iter().map(|&e| e as u16).collect()
                        }
                        _ => Vec::new(),
                    },
                })
                .collect()
        })
    }

    pub fn found_header(&self) -> bool {
        self.header.is_some()
    }

    /// Call after the last row. Fails only when parsing a batch of items went wrong (a bug).
    pub fn finish(&mut self) -> Result<(), Error> {
        if self.header.is_none() && !self.gave_up {
            self.detect_header();
        }
        self.flush_item();
        if let ItemMode::Fingerprint(sink) = self.mode
            && !self.fingerprints.is_empty()
        {
            sink.take(std::mem::take(&mut self.fingerprints));
        }
        self.send_batch();
        while !self.in_flight.is_empty() {
            self.receive_batch();
        }
        if self.failed {
            return Err(Error::unreadable(
                &self.display,
                self.sheet.as_deref(),
                "解析事项时出现内部错误（这是 svcat 的缺陷，请报告）",
            ));
        }
        self.sheet_notices();
        Ok(())
    }
}

impl RowSink for SheetIngest<'_> {
    fn display(&self) -> &str {
        &self.display
    }

    /// A diff keeps the pending items that it has not matched yet, a few from every chunk.
    fn shares_text(&self) -> bool {
        !matches!(self.mode, ItemMode::Fingerprint(_))
    }

    fn row(&mut self, row: u32, raw: &mut Vec<RawCell>) -> Result<ControlFlow<()>, Error> {
        if self.gave_up {
            return Ok(ControlFlow::Break(()));
        }
        let mut cells: Vec<Cell> = raw
            .drain(..)
            .map(|raw| Cell {
                raw,
                merged_from_above: false,
            })
            .collect();
        let mut filled = 0;
        self.merge_fill.apply(row, &mut cells, &mut filled);
        let _ = filled;
        if self.header.is_some() {
            self.data_row(row, cells);
            return Ok(ControlFlow::Continue(()));
        }
        self.buffer.push((row, cells));
        if self.buffer.len() >= HEADER_SCAN_ROWS {
            self.detect_header();
            if self.header.is_none() {
                self.gave_up = true;
                return Ok(ControlFlow::Break(()));
            }
        }
        Ok(ControlFlow::Continue(()))
    }
}
