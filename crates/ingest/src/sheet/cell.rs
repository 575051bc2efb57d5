//! The cells readers hand to a sheet ([`RawCell`]): text of their own or a slice of the csv chunk
//! they were read from, stored as a number or not; and the column a value records.

use std::sync::Arc;

use svcat_core::text::{column_letter, trim};

/// Column index recorded for values that come from no cell (department from the sheet name).
pub const NO_COLUMN: u32 = u32::MAX;

/// A cell as a reader gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCell {
    pub(super) text: CellText,
    /// Stored as a number in the workbook.
    pub(super) numeric: bool,
    /// Nothing but whitespace. Decided where the cell is made: a csv cell is made on a worker
    /// thread, and the row logic that needs this for every cell then never touches its text.
    blank: bool,
}

/// A cell's text: a string of its own, or a slice of the csv chunk it was read from. The cells of
/// a chunk share its text, so reading a csv allocates and copies nothing per cell: a value that
/// keeps its text copies it when the item is built, on the thread that then writes it out, and a
/// typed value (an enum, a time limit) never copies it at all.
#[derive(Debug, Clone)]
pub(super) enum CellText {
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
    pub(super) fn heap_size(&self) -> usize {
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

/// The column letter for messages about a column.
pub fn column_name(index: u32) -> String {
    column_letter(index)
}
