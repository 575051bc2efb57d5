//! One sheet's rows → items: merged-cell fill, header detection (title and info rows above it,
//! grouped two-row headers), row classification (continuation rows, repeated headers, totals) and
//! value parsing, with every value keeping its cell.

use std::collections::VecDeque;
use std::ops::ControlFlow;
use std::sync::{Arc, mpsc};

use super::parse::parse_value;
use super::{ItemMode, Notice, NoticeKind};
use svcat_core::error::Error;
use svcat_core::model::{Column, Extra, Field, Item, SheetSource, Value};
use svcat_core::schema::{Element, ElementType, HeaderMatch, Schema, normalize_header};
use svcat_core::text::{column_letter, trim};

/// How many rows from the top of a sheet are searched for the header.
const HEADER_SCAN_ROWS: usize = 30;
/// Column index recorded for values that come from no cell (department from the sheet name).
pub const NO_COLUMN: u32 = u32::MAX;

/// A cell as a reader gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCell {
    text: CellText,
    /// Stored as a number in the workbook.
    numeric: bool,
    /// Nothing but whitespace. Decided where the cell is made: a csv cell is made on a worker
    /// thread, and the row logic that needs this for every cell then never touches its text.
    blank: bool,
}

/// A cell's text: a string of its own, or a slice of the csv chunk it was read from. The cells of
/// a chunk share its text, so reading a csv allocates and copies nothing per cell: a value that
/// keeps its text copies it when the item is built, on the thread that then writes it out, and a
/// typed value (an enum, a time limit) never copies it at all.
#[derive(Debug, Clone)]
enum CellText {
    Owned(String),
    Shared {
        chunk: Arc<String>,
        start: u32,
        len: u32,
    },
}

impl CellText {
    fn as_str(&self) -> &str {
        match self {
            CellText::Owned(text) => text,
            CellText::Shared { chunk, start, len } => {
                let start = *start as usize;
                &chunk[start..start + *len as usize]
            }
        }
    }

    /// The memory the text takes: a shared chunk's share is the slice.
    fn heap_size(&self) -> usize {
        match self {
            CellText::Owned(text) => text.capacity(),
            CellText::Shared { len, .. } => *len as usize,
        }
    }

    fn into_string(self) -> String {
        match self {
            CellText::Owned(text) => text,
            shared => shared.as_str().to_string(),
        }
    }
}

impl Default for CellText {
    fn default() -> Self {
        CellText::Owned(String::new())
    }
}

impl std::ops::Deref for CellText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for CellText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for CellText {}

impl Default for RawCell {
    fn default() -> Self {
        RawCell {
            text: CellText::default(),
            numeric: false,
            blank: true,
        }
    }
}

impl RawCell {
    pub fn text(text: String) -> RawCell {
        RawCell::new(CellText::Owned(text), false)
    }

    pub fn number(text: String) -> RawCell {
        RawCell::new(CellText::Owned(text), true)
    }

    /// The text `chunk[range]`, shared with the other cells read from `chunk`. A range that does
    /// not fit in 32 bits (a chunk is a megabyte or so, but a single record may be larger) or
    /// does not fall on character boundaries gets a string of its own.
    pub fn shared(chunk: &Arc<String>, range: std::ops::Range<usize>) -> RawCell {
        let text = match (u32::try_from(range.start), u32::try_from(range.len())) {
            (Ok(start), Ok(len)) if chunk.get(range.clone()).is_some() => CellText::Shared {
                chunk: Arc::clone(chunk),
                start,
                len,
            },
            _ => CellText::Owned(chunk.get(range).unwrap_or_default().to_string()),
        };
        RawCell::new(text, false)
    }

    fn new(text: CellText, numeric: bool) -> RawCell {
        RawCell {
            blank: trim(&text).is_empty(),
            text,
            numeric,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_blank(&self) -> bool {
        self.blank
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether the text is a slice of the chunk the cell was read from.
    #[cfg(test)]
    pub fn is_shared(&self) -> bool {
        matches!(self.text, CellText::Shared { .. })
    }

    /// The text, and whether it was stored as a number.
    pub fn into_parts(self) -> (String, bool) {
        (self.text.into_string(), self.numeric)
    }
}

/// A merged region, zero-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

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

/// A cell after merged regions are filled.
#[derive(Debug, Clone, Default)]
struct Cell {
    raw: RawCell,
    /// The value came from a merged region that starts on an earlier row.
    merged_from_above: bool,
}

/// Fills merged regions: every cell a merge covers takes the value of its top-left cell.
///
/// Merged regions never overlap in a sheet Excel or WPS writes (Excel calls such a file damaged
/// and drops the overlapping ones when it repairs it). A hostile file can still stack them: 100k
/// copies of `A2:XFD1048576` in an 11 KB xlsx had every row walk all 16,384 columns once per
/// region, a second a row. A region that overlaps one before it (in the order regions start,
/// by row then column) is dropped here, so the regions on any one row are disjoint and filling a
/// row touches each of its columns at most once; a region whose top-left cell is empty fills
/// nothing and is not kept either.
struct MergeFill {
    pending: Vec<Merge>,
    active: Vec<(Merge, RawCell)>,
}

impl MergeFill {
    fn new(merges: Vec<Merge>) -> Self {
        let mut merges = disjoint(merges);
        // Regions are taken from the end as rows reach them.
        merges.reverse();
        MergeFill {
            pending: merges,
            active: Vec::new(),
        }
    }

    fn apply(&mut self, row: u32, cells: &mut Vec<Cell>, filled: &mut u32) {
        self.active.retain(|(m, _)| m.last_row >= row);
        while let Some(m) = self.pending.last().copied() {
            if m.first_row > row {
                break;
            }
            self.pending.pop();
            if m.last_row < row {
                continue;
            }
            let top_left = cells
                .get(m.first_col as usize)
                .map(|c| c.raw.clone())
                .unwrap_or_default();
            if top_left.text.is_empty() {
                continue;
            }
            self.active.push((m, top_left));
        }
        for (m, value) in &self.active {
            let last = (m.last_col as usize).min(16_383);
            if cells.len() <= last {
                cells.resize(last + 1, Cell::default());
            }
            let first = m.first_col as usize;
            for (col, cell) in cells.iter_mut().enumerate().take(last + 1).skip(first) {
                if row == m.first_row && col == first {
                    continue;
                }
                if cell.raw.text.is_empty() {
                    cell.raw = value.clone();
                    cell.merged_from_above = row > m.first_row;
                    *filled += 1;
                }
            }
        }
    }
}

/// The regions sorted by where they start (row, then column; the file's order among equals),
/// without those that overlap a region before them.
fn disjoint(mut merges: Vec<Merge>) -> Vec<Merge> {
    use std::cmp::Reverse;
    use std::collections::{BTreeMap, BinaryHeap};
    merges.sort_by_key(|m| (m.first_row, m.first_col));
    let mut kept = Vec::with_capacity(merges.len());
    // The kept regions that reach the row at hand: first column → last column. They are
    // disjoint, so ordered by first column they are ordered by last column too.
    let mut open: BTreeMap<u32, u32> = BTreeMap::new();
    // The same regions by last row, to close them when the rows pass them.
    let mut closing: BinaryHeap<Reverse<(u32, u32)>> = BinaryHeap::new();
    for m in merges {
        if m.last_row < m.first_row || m.last_col < m.first_col {
            continue;
        }
        while let Some(&Reverse((last_row, first_col))) = closing.peek() {
            if last_row >= m.first_row {
                break;
            }
            closing.pop();
            open.remove(&first_col);
        }
        // The open region starting nearest before this one's last column is the only one that
        // can reach into it.
        let overlaps = open
            .range(..=m.last_col)
            .next_back()
            .is_some_and(|(_, &last_col)| last_col >= m.first_col);
        if overlaps {
            continue;
        }
        open.insert(m.first_col, m.last_col);
        closing.push(Reverse((m.last_row, m.first_col)));
        kept.push(m);
    }
    kept
}

/// What a column feeds.
#[derive(Debug, Clone)]
enum Target {
    Elements {
        elements: Vec<usize>,
        unit: Option<String>,
    },
    Index,
    Extra,
}

#[derive(Debug, Clone)]
struct ColumnPlan {
    index: u32,
    header: String,
    target: Target,
}

impl ColumnPlan {
    /// Whether the column feeds an element that `wanted` accepts.
    fn feeds(&self, schema: &Schema, wanted: impl Fn(&Element) -> bool) -> bool {
        match &self.target {
            Target::Elements { elements, .. } => {
                elements.iter().any(|&e| wanted(&schema.elements[e]))
            }
            _ => false,
        }
    }
}

/// The elements that name an item: a header has one of them, and a row with one starts an item.
fn names_item(e: &Element) -> bool {
    matches!(
        e.key.as_str(),
        "name" | "code" | "basic_code" | "implementation_code"
    )
}

/// The header a sheet was found to have.
struct Header {
    /// Shared with the item builder, which parses items away from the reading thread.
    columns: Arc<[ColumnPlan]>,
    /// Normalised header texts, to recognise the header repeated further down.
    texts: Vec<String>,
    /// The column and normalised text checked first for a repeated header: most rows are items,
    /// and one comparison rules them out.
    probe: Option<(usize, String)>,
    /// The longest header, in characters: a longer cell is never a header.
    longest: usize,
    /// Columns that identify an item (name and codes).
    identity: Vec<usize>,
    /// Columns filled down in formats without merge data, the department's first.
    fill_down: Vec<usize>,
    /// The department column, if the sheet has one.
    department: Option<usize>,
}

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

/// A batch of items parsed by a worker: kept, or already encoded for a stream.
enum Batch {
    Items(Vec<Item>),
    Encoded(Encoded),
}

/// A cell on its way into an item. Values are parsed only once the item is complete (its
/// continuation rows read), so whole items can be parsed on every core while the file is still
/// being read — or, for a diff's first pass, only fingerprinted.
struct PendingCell {
    /// Index into the header's columns.
    plan: u32,
    raw: RawCell,
    row: u32,
    continuation: bool,
}

/// An item's cells, read but not yet parsed.
pub struct PendingItem {
    row: u32,
    last_row: u32,
    cells: Vec<PendingCell>,
}

impl PendingItem {
    /// Roughly what the item holds in memory.
    pub fn size(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.raw.text.heap_size() + std::mem::size_of::<PendingCell>())
            .sum::<usize>()
            + std::mem::size_of::<PendingItem>()
    }
}

/// How many items are parsed together: big enough that handing a batch to another thread costs
/// nothing measurable, small enough that a few batches in flight hold little memory.
const BATCH_ITEMS: usize = 256;
/// The first batch of a sheet: small, so that the workers start at once. Each batch after it is
/// twice as large, up to `BATCH_ITEMS`.
const FIRST_BATCH_ITEMS: usize = 32;
/// Batches parsed at once while reading goes on; reading waits when this many are unfinished.
const BATCHES_IN_FLIGHT: usize = 4;

/// Turns pending items into items: everything parsing needs, shareable with worker threads.
pub struct ItemBuilder {
    schema: Arc<Schema>,
    columns: Arc<[ColumnPlan]>,
    fallback_department: Option<String>,
    sheet_index: u32,
    /// Per column: whether it feeds an element that identifies an item (code, name, department).
    identity: Vec<bool>,
    /// Per column: whether it feeds the department (else the fallback department applies).
    department: Vec<bool>,
    /// Per column: a hash of what the column feeds, so fingerprints of two revisions agree when
    /// their columns are in a different order.
    signatures: Vec<u64>,
}

impl ItemBuilder {
    fn new(
        schema: Arc<Schema>,
        columns: Arc<[ColumnPlan]>,
        fallback_department: Option<String>,
        sheet_index: u32,
    ) -> ItemBuilder {
        let identity = columns
            .iter()
            .map(|c| c.feeds(&schema, |e| names_item(e) || e.key == "department"))
            .collect();
        let department = columns
            .iter()
            .map(|c| c.feeds(&schema, |e| e.key == "department"))
            .collect();
        let signatures = columns
            .iter()
            .map(|c| {
                let mut h = xxhash_rust::xxh3::Xxh3::new();
                match &c.target {
                    Target::Elements { elements, unit } => {
                        h.update(b"E");
                        for &e in elements {
                            h.update(schema.elements[e].key.as_bytes());
                            h.update(b"\0");
                        }
                        h.update(unit.as_deref().unwrap_or("").as_bytes());
                    }
                    Target::Extra => {
                        h.update(b"X");
                        h.update(c.header.as_bytes());
                    }
                    Target::Index => h.update(b"I"),
                }
                h.digest()
            })
            .collect();
        ItemBuilder {
            schema,
            columns,
            fallback_department,
            sheet_index,
            identity,
            department,
            signatures,
        }
    }

    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Parses a pending item's cells into an item.
    pub fn build(&self, pending: PendingItem) -> Item {
        let mut item = Item::new(self.sheet_index, pending.row);
        item.last_row = pending.last_row;
        // A field a cell, but for extra columns and the department taken from the sheet's name.
        item.fields.reserve(pending.cells.len() + 1);
        for cell in pending.cells {
            let plan = &self.columns[cell.plan as usize];
            put(
                &self.schema,
                &mut item,
                plan,
                cell.raw,
                cell.row,
                cell.continuation,
            );
        }
        if let Some(department) = &self.fallback_department
            && let Some(e) = self.schema.element_index("department")
            && item.field(e).is_none()
        {
            item.set(Field {
                element: e as u16,
                value: Value::Text(department.clone()),
                raw: None,
                numeric: false,
                row: item.row,
                column: NO_COLUMN,
            });
        }
        derive_code(&self.schema, &mut item);
        item
    }

    /// The item with only its identifying values (code, name, department) parsed.
    pub fn build_identity(&self, pending: &PendingItem) -> Item {
        let cells = pending
            .cells
            .iter()
            .filter(|c| self.identity[c.plan as usize])
            .map(|c| PendingCell {
                plan: c.plan,
                raw: c.raw.clone(),
                row: c.row,
                continuation: c.continuation,
            })
            .collect();
        self.build(PendingItem {
            row: pending.row,
            last_row: pending.last_row,
            cells,
        })
    }

    /// A hash of everything that decides the item's values: two items with the same fingerprint
    /// parse to the same values (the cells' positions aside), so a diff need not parse them.
    pub fn fingerprint(&self, pending: &PendingItem) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for cell in &pending.cells {
            let text = trim(&cell.raw.text);
            h.update(&self.signatures[cell.plan as usize].to_le_bytes());
            h.update(&(text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
            h.update(&[u8::from(cell.continuation)]);
        }
        let own_department = pending
            .cells
            .iter()
            .any(|c| self.department[c.plan as usize]);
        if let Some(department) = self
            .fallback_department
            .as_ref()
            .filter(|_| !own_department)
        {
            h.update(b"D");
            h.update(department.as_bytes());
        }
        h.digest()
    }
}

/// An item read but not parsed, with what identifies it and a hash of its cells.
pub struct Fingerprint {
    /// Number in reading order, over all files of the input.
    pub ordinal: usize,
    /// The item with only its code, name and department parsed.
    pub identity: Item,
    pub hash: u64,
    pub pending: PendingItem,
    /// Parses `pending` when it is wanted.
    pub builder: Arc<ItemBuilder>,
}

/// Where `ItemMode::Fingerprint` sends items.
pub trait FingerprintSink: Sync {
    fn take(&self, batch: Vec<Fingerprint>);
}

/// Fingerprinted items handed to the sink at once.
const FINGERPRINT_BATCH: usize = 256;

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
    merge_fill: MergeFill,
    merged_cells: u32,
    buffer: Vec<(u32, Vec<Cell>)>,
    header: Option<Header>,
    gave_up: bool,
    current: Option<PendingItem>,
    builder: Option<Arc<ItemBuilder>>,
    mode: ItemMode<'a>,
    /// The reading-order number of the next item, counted over all files (for `ItemMode::Select`).
    pub next_ordinal: usize,
    batch: Vec<PendingItem>,
    /// The size at which `batch` is sent (see `FIRST_BATCH_ITEMS`).
    batch_items: usize,
    in_flight: VecDeque<mpsc::Receiver<std::thread::Result<Batch>>>,
    /// `ItemMode::Stream`: turns a batch of items into output bytes, on the worker that parsed it.
    encoder: Option<Encoder>,
    /// Set when a worker failed to parse a batch; reported by `finish`.
    failed: bool,
    /// Last value seen in each fill-down column (formats without merge data).
    fill_down_last: Vec<Option<(RawCell, String)>>,
    /// The current row's department while `fill_down_last` is updated (kept for its room).
    row_department: String,
    pub items: Vec<Item>,
    /// `ItemMode::Fingerprint`: items waiting to go to the sink.
    fingerprints: Vec<Fingerprint>,
    pub notices: Vec<Notice>,
    skipped_totals: Vec<u32>,
    skipped_headers: Vec<u32>,
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

    fn notice(&mut self, kind: NoticeKind, row: Option<u32>, column: Option<u32>) {
        self.notices.push(Notice {
            kind,
            file: self.display.clone(),
            sheet: self.sheet.clone(),
            row,
            column,
        });
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
        if self.header.is_none() {
            self.notice(NoticeKind::NoHeader, None, None);
        }
        if self.merged_cells > 0 {
            self.notice(
                NoticeKind::MergedCellsFilled {
                    cells: self.merged_cells,
                    merges: self.has_merge_info,
                },
                None,
                None,
            );
        }
        if !self.skipped_totals.is_empty() {
            let rows = std::mem::take(&mut self.skipped_totals);
            self.notice(
                NoticeKind::SkippedTotalRows { rows: rows.clone() },
                rows.first().copied(),
                None,
            );
        }
        if !self.skipped_headers.is_empty() {
            let rows = std::mem::take(&mut self.skipped_headers);
            self.notice(
                NoticeKind::RepeatedHeader { rows: rows.clone() },
                rows.first().copied(),
                None,
            );
        }
        Ok(())
    }

    fn detect_header(&mut self) {
        let rows = std::mem::take(&mut self.buffer);
        let mut best: Option<(usize, bool, usize)> = None; // (score, two_rows, position)
        let singles: Vec<usize> = rows
            .iter()
            .map(|(_, cells)| score(&self.plan_columns(cells, None)))
            .collect();
        for i in 0..rows.len() {
            let single_score = singles[i];
            let mut candidate = (single_score, false);
            if let Some(next) = rows.get(i + 1) {
                let double = self.plan_columns(&rows[i].1, Some(&next.1));
                let double_score = score(&double);
                // Two rows only when together they name more than either alone: a title row
                // above a one-row header is not a group.
                if double_score > single_score.max(singles[i + 1]) {
                    candidate = (double_score, true);
                }
            }
            if best.is_none_or(|(s, _, _)| candidate.0 > s) {
                best = Some((candidate.0, candidate.1, i));
            }
        }
        let Some((score, two_rows, at)) = best else {
            return;
        };
        // A header names at least three elements, one of them the item's name or code; a list of
        // names alone (a 目录 of names) may have a one-element header, on the sheet's first row.
        if score < 3 && !(at == 0 && !two_rows && score >= 1) {
            return;
        }
        let lower = two_rows.then(|| rows[at + 1].1.as_slice());
        let columns = self.plan_columns(&rows[at].1, lower);
        if !columns.iter().any(|c| c.feeds(&self.schema, names_item)) {
            return;
        }
        let last_row = rows[at + usize::from(two_rows)].0;
        let texts: Vec<String> = columns
            .iter()
            .map(|c| normalize_header(&c.header).key)
            .collect();
        let mut columns = columns;
        self.report_columns(&mut columns, last_row);
        let probe = columns
            .iter()
            .zip(&texts)
            .find(|(_, t)| !t.is_empty())
            .map(|(c, t)| (c.index as usize, t.clone()));
        let longest = columns
            .iter()
            .map(|c| c.header.chars().count())
            .max()
            .unwrap_or(0);
        let targets = |wanted: &dyn Fn(&Element) -> bool| -> Vec<usize> {
            columns
                .iter()
                .filter(|c| c.feeds(&self.schema, wanted))
                .map(|c| c.index as usize)
                .collect()
        };
        let identity = targets(&names_item);
        let department = targets(&|e| e.key == "department").first().copied();
        // The department first: the other columns are filled only within its rows.
        let mut fill_down = targets(&|e| e.fill_down);
        if let Some(d) = department {
            fill_down.retain(|&c| c != d);
            fill_down.insert(0, d);
        }
        let columns: Arc<[ColumnPlan]> = columns.into();
        self.builder = Some(Arc::new(ItemBuilder::new(
            Arc::clone(&self.schema),
            Arc::clone(&columns),
            self.fallback_department.as_ref().map(|(d, _)| d.clone()),
            self.sheet_index,
        )));
        self.header = Some(Header {
            columns,
            texts,
            probe,
            longest,
            identity,
            fill_down,
            department,
        });
        if let ItemMode::Stream(stream) = self.mode {
            let source = SheetSource {
                file: self.display.clone(),
                sheet: self.sheet.clone(),
                columns: self.columns().unwrap_or_default(),
            };
            self.encoder = Some(stream.encoder(&self.schema, &source, self.sheet_index, true));
        }
        for (row, cells) in rows.into_iter().skip(at + 1 + usize::from(two_rows)) {
            self.data_row(row, cells);
        }
    }

    /// Maps a header row (and optionally the row below it, for grouped headers) onto columns.
    fn plan_columns(&self, upper: &[Cell], lower: Option<&[Cell]>) -> Vec<ColumnPlan> {
        let width = upper.len().max(lower.map_or(0, <[Cell]>::len));
        let mut plans = Vec::with_capacity(width);
        let mut group_parent: Option<String> = None;
        for col in 0..width {
            let top = upper.get(col).map(|c| trim(&c.raw.text)).unwrap_or("");
            let bottom = lower
                .and_then(|l| l.get(col))
                .map(|c| trim(&c.raw.text))
                .unwrap_or("");
            let (header, target) = match lower {
                Some(_) if !bottom.is_empty() && bottom != top => {
                    // A grouped header: 办理时限 over 法定 / 承诺. Without merge data the group's
                    // name is only over its first column, so carry it right.
                    let parent = if top.is_empty() {
                        group_parent.clone().unwrap_or_default()
                    } else {
                        top.to_string()
                    };
                    group_parent = Some(parent.clone());
                    let candidates = [
                        bottom.to_string(),
                        format!("{parent}{bottom}"),
                        format!("{bottom}{parent}"),
                    ];
                    let found = candidates
                        .iter()
                        .find_map(|c| match self.schema.match_header(c) {
                            HeaderMatch::Unknown => None,
                            m => Some(m),
                        });
                    let display = if parent.is_empty() {
                        bottom.to_string()
                    } else {
                        format!("{parent}/{bottom}")
                    };
                    (
                        display,
                        to_target(found.unwrap_or(HeaderMatch::Unknown), bottom),
                    )
                }
                _ => {
                    if !top.is_empty() {
                        group_parent = None;
                    }
                    (
                        top.to_string(),
                        to_target(self.schema.match_header(top), top),
                    )
                }
            };
            if header.is_empty() {
                continue;
            }
            plans.push(ColumnPlan {
                index: col as u32,
                header,
                target,
            });
        }
        plans
    }

    /// Notices for unknown and duplicate headers; a duplicate's values go to `extra`.
    fn report_columns(&mut self, columns: &mut [ColumnPlan], header_row: u32) {
        let mut seen: Vec<usize> = Vec::new();
        let mut notices = Vec::new();
        let mut demoted = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            match &c.target {
                Target::Elements { elements, .. } => {
                    if elements.iter().any(|e| seen.contains(e)) {
                        let element = self.schema.elements[elements[0]].key.clone();
                        notices.push((
                            NoticeKind::DuplicateHeader {
                                header: c.header.clone(),
                                element,
                            },
                            c.index,
                        ));
                        demoted.push(i);
                    } else {
                        seen.extend(elements);
                    }
                }
                Target::Extra => notices.push((
                    NoticeKind::UnknownHeader {
                        header: c.header.clone(),
                        nearest: self
                            .schema
                            .nearest_element(&c.header)
                            .map(|e| e.key.clone()),
                    },
                    c.index,
                )),
                Target::Index => {}
            }
        }
        for (kind, col) in notices {
            self.notice(kind, Some(header_row + 1), Some(col));
        }
        for i in demoted {
            columns[i].target = Target::Extra;
        }
    }

    fn data_row(&mut self, row: u32, mut cells: Vec<Cell>) {
        let header = self.header.as_ref().expect("header found before data rows");
        let sheet_row = row + 1;
        let nonempty = cells.iter().filter(|c| !c.raw.is_blank()).count();
        if nonempty == 0 {
            return;
        }
        // The header repeated (a sheet pasted under another, or printed page headers).
        let looks_like_header = |c: &Cell, text: &str| {
            // Normalising keeps every non-ASCII character, so a cell without the header's first
            // one (most cells: 序号's column holds numbers) is not it, and is not normalised.
            let rules_out = text
                .chars()
                .find(|ch| !ch.is_ascii())
                .is_some_and(|ch| !c.raw.text.contains(ch));
            !rules_out
                && c.raw.text.chars().count() <= header.longest + 8
                && normalize_header(&c.raw.text).key == text
        };
        let probe_hit = header
            .probe
            .as_ref()
            .is_some_and(|(col, text)| cells.get(*col).is_some_and(|c| looks_like_header(c, text)));
        if probe_hit {
            let repeated = header
                .columns
                .iter()
                .zip(&header.texts)
                .filter(|(plan, text)| {
                    !text.is_empty()
                        && cells
                            .get(plan.index as usize)
                            .is_some_and(|c| looks_like_header(c, text))
                })
                .count();
            if repeated * 2 > header.columns.len().max(2) {
                self.skipped_headers.push(sheet_row);
                return;
            }
        }
        let is_total = cells
            .iter()
            .filter(|c| !c.merged_from_above && !c.raw.is_blank())
            .take(3)
            .map(|c| trim(&c.raw.text))
            .any(|t| {
                t.len() <= 24 && t.starts_with(['合', '小', '总', '共']) && {
                    let compact: String = t.chars().filter(|ch| !ch.is_whitespace()).collect();
                    matches!(compact.as_str(), "合计" | "小计" | "总计" | "共计" | "总数")
                }
            });
        if is_total {
            self.skipped_totals.push(sheet_row);
            return;
        }

        // Formats without merge data: blank cells in fill-down columns take the value above — the
        // department column first, then the others only while the department stays the same (an
        // implementer code never crosses into another department's rows).
        if !self.has_merge_info {
            let department = header.department;
            // The row's department, once its column is seen (first); it and the strings recorded
            // with each column's last value reuse their room, row after row.
            let row_department = &mut self.row_department;
            row_department.clear();
            for &idx in &header.fill_down {
                if self.fill_down_last.len() <= idx {
                    self.fill_down_last.resize(idx + 1, None);
                }
                if cells.len() <= idx {
                    cells.resize(idx + 1, Cell::default());
                }
                if cells[idx].raw.is_blank() {
                    if let Some((last, recorded_in)) = &self.fill_down_last[idx]
                        && (Some(idx) == department || recorded_in == row_department)
                    {
                        cells[idx].raw = last.clone();
                        cells[idx].merged_from_above = true;
                    }
                } else {
                    match &mut self.fill_down_last[idx] {
                        Some((last, recorded_in)) => {
                            last.clone_from(&cells[idx].raw);
                            recorded_in.clone_from(row_department);
                        }
                        empty => *empty = Some((cells[idx].raw.clone(), row_department.clone())),
                    }
                }
                if Some(idx) == department {
                    row_department.push_str(trim(&cells[idx].raw.text));
                    if let Some((_, recorded_in)) = self.fill_down_last[idx].as_mut() {
                        recorded_in.clone_from(row_department);
                    }
                }
            }
        }

        let header = self.header.as_ref().expect("header");
        let identity_present = header.identity.iter().any(|&col| {
            cells
                .get(col)
                .is_some_and(|c| !c.merged_from_above && !c.raw.is_blank())
        });
        let own_cells = cells
            .iter()
            .any(|c| !c.merged_from_above && !c.raw.is_blank());
        if !identity_present && self.current.is_some() {
            self.count_merged(&cells, true);
            if own_cells {
                self.continue_item(sheet_row, cells);
            }
            return;
        }
        self.flush_item();
        self.count_merged(&cells, false);
        let mut pending = PendingItem {
            row: sheet_row,
            last_row: sheet_row,
            cells: Vec::with_capacity(self.header.as_ref().map_or(0, |h| h.columns.len())),
        };
        let header = self.header.as_ref().expect("header");
        take_cells(&header.columns, &mut cells, sheet_row, false, &mut pending);
        self.current = Some(pending);
        if let Some(p) = self.progress {
            p.inc(1);
        }
    }

    /// Counts cells filled from merged regions, or by fill-down where the format records no
    /// merges. On a continuation row a filled-down value is not used, so it is not counted.
    fn count_merged(&mut self, cells: &[Cell], continuation: bool) {
        if self.has_merge_info || !continuation {
            self.merged_cells += cells.iter().filter(|c| c.merged_from_above).count() as u32;
        }
    }

    /// A row that adds to the item above: one more material, a second line of conditions.
    fn continue_item(&mut self, sheet_row: u32, mut cells: Vec<Cell>) {
        let header = self.header.as_ref().expect("header");
        let Some(pending) = self.current.as_mut() else {
            return;
        };
        pending.last_row = sheet_row;
        take_cells(&header.columns, &mut cells, sheet_row, true, pending);
    }

    /// The item above is complete: parse it (in a batch), fingerprint it, or drop it, as the
    /// mode says.
    fn flush_item(&mut self) {
        let Some(pending) = self.current.take() else {
            return;
        };
        let builder = self.builder.as_ref().expect("a header before items");
        let ordinal = self.next_ordinal;
        self.next_ordinal += 1;
        match self.mode {
            ItemMode::Parse | ItemMode::Stream(_) => {}
            ItemMode::Fingerprint(sink) => {
                self.fingerprints.push(Fingerprint {
                    ordinal,
                    identity: builder.build_identity(&pending),
                    hash: builder.fingerprint(&pending),
                    pending,
                    builder: Arc::clone(builder),
                });
                if self.fingerprints.len() >= FINGERPRINT_BATCH {
                    sink.take(std::mem::take(&mut self.fingerprints));
                }
                return;
            }
            ItemMode::Select(selected) => {
                if !selected.get(ordinal).copied().unwrap_or(false) {
                    return;
                }
            }
        }
        self.batch.push(pending);
        if self.batch.len() >= self.batch_items {
            self.send_batch();
        }
    }

    /// Hands the current batch to a worker thread; waits for the oldest batch when enough are
    /// being parsed already.
    fn send_batch(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        // A small sheet (one partial batch, nothing in flight) is parsed here: quicker than
        // waking a worker.
        let here = batch.len() < self.batch_items && self.in_flight.is_empty();
        self.batch_items = (self.batch_items * 2).min(BATCH_ITEMS);
        let builder = Arc::clone(self.builder.as_ref().expect("a header before items"));
        let encoder = self.encoder.clone();
        let parse = move || {
            let items: Vec<Item> = batch.into_iter().map(|p| builder.build(p)).collect();
            match encoder {
                Some(encode) => Batch::Encoded(encode(items)),
                None => Batch::Items(items),
            }
        };
        if here {
            let parsed = parse();
            self.take_batch(parsed);
            return;
        }
        let (sender, receiver) = mpsc::sync_channel(1);
        rayon::spawn(move || {
            let _ = sender.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(
                parse,
            )));
        });
        self.in_flight.push_back(receiver);
        while self.in_flight.len() > BATCHES_IN_FLIGHT {
            self.receive_batch();
        }
    }

    /// Waits for the oldest batch in flight and takes its items (batches finish in any order;
    /// items are kept in reading order).
    fn receive_batch(&mut self) {
        let Some(receiver) = self.in_flight.pop_front() else {
            return;
        };
        match receiver.recv() {
            Ok(Ok(parsed)) => self.take_batch(parsed),
            _ => self.failed = true,
        }
    }

    fn take_batch(&mut self, parsed: Batch) {
        match parsed {
            Batch::Items(mut items) => self.items.append(&mut items),
            Batch::Encoded(encoded) => {
                if let ItemMode::Stream(stream) = self.mode {
                    stream.write(encoded);
                }
            }
        }
    }
}

/// Moves a row's non-empty cells into the pending item, in column order. A continuation row
/// gives only its own cells: a value merged down from the item's first row is already there.
fn take_cells(
    columns: &[ColumnPlan],
    cells: &mut [Cell],
    row: u32,
    continuation: bool,
    pending: &mut PendingItem,
) {
    for (plan_index, plan) in columns.iter().enumerate() {
        if matches!(plan.target, Target::Index) {
            continue;
        }
        let Some(cell) = cells.get_mut(plan.index as usize) else {
            continue;
        };
        if (continuation && cell.merged_from_above) || cell.raw.is_blank() {
            continue;
        }
        pending.cells.push(PendingCell {
            plan: plan_index as u32,
            raw: std::mem::take(&mut cell.raw),
            row,
            continuation,
        });
    }
}

/// Parses a cell into the item. On a continuation row, materials and text add to what is there.
fn put(
    schema: &Schema,
    item: &mut Item,
    plan: &ColumnPlan,
    raw: RawCell,
    row: u32,
    continuation: bool,
) {
    let RawCell {
        text: mut cell_text,
        numeric,
        ..
    } = raw;
    let (elements, unit) = match &plan.target {
        Target::Index => return,
        Target::Extra => {
            add_extra(
                item,
                &plan.header,
                trim(&cell_text),
                row,
                plan.index,
                continuation,
            );
            return;
        }
        Target::Elements { elements, unit } => (elements, unit.as_deref()),
    };
    let trimmed = trim(&cell_text);
    let start = trimmed.as_ptr() as usize - cell_text.as_ptr() as usize;
    let end = start + trimmed.len();
    // The cell's own string becomes the value (or the typed text kept beside it) of the last
    // element it feeds when it needs no trimming, so most cells are not copied at all.
    let untrimmed = start == 0 && end == cell_text.len();
    for (n, &e) in elements.iter().enumerate() {
        // Where the field is, or would go: one search for the check here and the insert below.
        let slot = item.fields.binary_search_by_key(&(e as u16), |f| f.element);
        let present = slot.is_ok();
        if present && !continuation {
            // The first of two columns for one element wins.
            continue;
        }
        let movable = n + 1 == elements.len() && untrimmed && !present;
        let element = &schema.elements[e];
        let (value, typed) = if element.ty.is_plain_text() {
            let value = Value::Text(take_text(&mut cell_text, start..end, movable));
            (value, None)
        } else {
            let text = &cell_text[start..end];
            let value = parse_value(schema, element, text, unit);
            // Keep the typed text only where the value does not render back to it.
            let same = match &value {
                Value::Materials(_) => false,
                other => other.renders_as(text),
            };
            let typed =
                (!same).then(|| take_text(&mut cell_text, start..end, movable).into_boxed_str());
            (value, typed)
        };
        let field = Field {
            element: e as u16,
            raw: typed,
            value,
            // Only codes and phone numbers lose something (leading zeros) when typed as numbers.
            numeric: numeric
                && matches!(
                    element.ty,
                    ElementType::Code | ElementType::Uscc | ElementType::Phone
                ),
            row,
            column: plan.index,
        };
        match slot {
            Err(at) => item.fields.insert(at, field),
            Ok(at) => {
                if !merge_into(&mut item.fields[at], field) {
                    let text = &cell_text[start..end];
                    add_extra(item, &plan.header, text, row, plan.index, true);
                }
            }
        }
    }
}

/// The trimmed text of a cell: the cell's own string when it may be taken, else a copy.
fn take_text(cell_text: &mut CellText, trimmed: std::ops::Range<usize>, movable: bool) -> String {
    match cell_text {
        CellText::Owned(text) if movable => std::mem::take(text),
        _ => cell_text[trimmed].to_string(),
    }
}

fn score(columns: &[ColumnPlan]) -> usize {
    let mut seen: Vec<usize> = Vec::new();
    for c in columns {
        if let Target::Elements { elements, .. } = &c.target {
            for e in elements {
                if !seen.contains(e) {
                    seen.push(*e);
                }
            }
        }
    }
    seen.len()
}

/// What a column feeds, with the unit its header names ("法定办结时限（工作日）").
fn to_target(found: HeaderMatch, header: &str) -> Target {
    match found {
        HeaderMatch::Index => Target::Index,
        HeaderMatch::Elements(elements) => Target::Elements {
            elements,
            unit: normalize_header(header).unit,
        },
        HeaderMatch::Unknown => Target::Extra,
    }
}

fn add_extra(item: &mut Item, header: &str, text: &str, row: u32, column: u32, continuation: bool) {
    if continuation && let Some(existing) = item.extra.iter_mut().find(|x| x.column == column) {
        existing.text.push('\n');
        existing.text.push_str(text);
        return;
    }
    let mut key = header.to_string();
    let mut n = 2;
    while item.extra.iter().any(|x| x.header == key) {
        key = format!("{header}（{n}）");
        n += 1;
    }
    item.extra.push(Extra {
        header: key,
        text: text.to_string(),
        row,
        column,
    });
}

/// Adds a continuation row's value to the field above. Returns false when the two cannot be
/// combined (two different time limits), so the caller keeps the new one elsewhere.
fn merge_into(existing: &mut Field, more: Field) -> bool {
    let more_raw = more.source_text().into_owned();
    match (&mut existing.value, more.value) {
        (Value::Materials(list), Value::Materials(extra)) => {
            list.extend(extra);
            if let Some(raw) = existing.raw.take() {
                existing.raw = Some(format!("{raw}\n{more_raw}").into());
            }
            true
        }
        (Value::Text(text), Value::Text(extra)) => {
            text.push('\n');
            text.push_str(&extra);
            true
        }
        (Value::List(list), Value::List(extra)) => {
            for v in extra {
                if !list.contains(&v) {
                    list.push(v);
                }
            }
            true
        }
        (current, new) => *current == new,
    }
}

/// The item's `code`: the sheet's own code column, else 实施编码, else 基本编码.
fn derive_code(schema: &Schema, item: &mut Item) {
    let Some(code) = schema.element_index("code") else {
        return;
    };
    if item.field(code).is_some() {
        return;
    }
    for key in ["implementation_code", "basic_code"] {
        if let Some(e) = schema.element_index(key)
            && let Some(field) = item.field(e)
        {
            let mut copy = field.clone();
            copy.element = code as u16;
            item.set(copy);
            return;
        }
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

/// The column letter for messages about a column.
pub fn column_name(index: u32) -> String {
    column_letter(index)
}
