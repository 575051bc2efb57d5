//! Where a sheet's findings are marked: the cell each is shown on, the cell its list row links
//! to, and the note with the messages of every finding on one cell.
//!
//! - a finding about a cell marks that cell;
//! - a finding about a whole row (no column) marks the row's first non-empty cell (column A when
//!   the row is blank);
//! - a finding inside a merged region marks the region's top-left cell, the only one Excel shows;
//! - a finding about a whole sheet or file marks nothing; its link goes to A1.

use std::collections::BTreeMap;

use rust_xlsxwriter::Note;

use svcat_core::finding::Finding;
use svcat_core::report::Report;
use svcat_core::text::cell_name;
use svcat_ingest::grid::Grid;
use svcat_ingest::sheet::Merge;

use super::excel::{MAX_COLS, MAX_ROWS, text_width, truncate_utf16};

/// Author of the cell notes.
pub(super) const NOTE_AUTHOR: &str = "svcat";
/// A note's text limit (Excel's cell limit less room for the author prefix).
const MAX_NOTE_UTF16: usize = 32_767 - 54;

/// The cell a list row links to in a copy.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Anchor {
    pub(crate) row: u32,
    pub(crate) col: u32,
    pub(crate) kind: AnchorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnchorKind {
    Cell,
    /// A finding about a row: the list says 第N行.
    Row,
    /// A finding about the whole sheet: the link goes to A1.
    Sheet,
}

impl Anchor {
    /// How the list shows the place: the cell, 第N行, or 整表.
    pub(crate) fn label(&self) -> String {
        let Anchor { row, col, kind } = *self;
        match kind {
            AnchorKind::Cell => cell_name(col, row + 1),
            AnchorKind::Row => format!("第{}行", row + 1),
            AnchorKind::Sheet => "整表".to_string(),
        }
    }
}

/// Findings (by index in the report) by the cell they are shown on, and where each finding links
/// to.
pub(super) type Marks = (BTreeMap<(u32, u32), Vec<usize>>, BTreeMap<usize, Anchor>);

/// Places a sheet's findings on its cells; `merges` are the regions the copy merges.
pub(super) fn place_marks(
    grid: &Grid,
    report: &Report,
    findings: &[usize],
    merges: &[Merge],
) -> Marks {
    let mut marks: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    let mut anchors: BTreeMap<usize, Anchor> = BTreeMap::new();
    for &i in findings {
        let f = &report.findings[i];
        let anchor = match (f.row, f.column) {
            (Some(row), Some(col)) if (1..=MAX_ROWS).contains(&row) && col < MAX_COLS => Anchor {
                row: row - 1,
                col,
                kind: AnchorKind::Cell,
            },
            // A row: its first non-empty cell, or A when it is blank.
            (Some(row), _) if (1..=MAX_ROWS).contains(&row) => Anchor {
                row: row - 1,
                col: grid
                    .row(row - 1)
                    .and_then(|r| r.cells.first())
                    .map_or(0, |c| c.col),
                kind: AnchorKind::Row,
            },
            _ => Anchor {
                row: 0,
                col: 0,
                kind: AnchorKind::Sheet,
            },
        };
        if anchor.kind != AnchorKind::Sheet {
            marks.entry((anchor.row, anchor.col)).or_default().push(i);
        }
        // A repeated fact is one row of the list, and a mark on each of its cells.
        for cell in &f.same {
            if let Some((col, row)) = svcat_core::text::parse_cell(cell)
                && (1..=MAX_ROWS).contains(&row)
                && col < MAX_COLS
            {
                marks.entry((row - 1, col)).or_default().push(i);
            }
        }
        anchors.insert(i, anchor);
    }

    // Findings inside a merged region move to its top-left cell, the one Excel shows (the whole
    // region takes the fill).
    for m in merges {
        let corner = (m.first_row, m.first_col);
        let inside: Vec<(u32, u32)> = marks
            .range((m.first_row, m.first_col)..=(m.last_row, m.last_col))
            .map(|(&cell, _)| cell)
            .filter(|&cell| (m.first_col..=m.last_col).contains(&cell.1) && cell != corner)
            .collect();
        if inside.is_empty() {
            continue;
        }
        let mut moved: Vec<usize> = inside
            .iter()
            .flat_map(|cell| marks.remove(cell).unwrap_or_default())
            .collect();
        let ids = marks.entry(corner).or_default();
        ids.append(&mut moved);
        // Report order in the note.
        ids.sort_unstable();
    }
    (marks, anchors)
}

/// A note with every message for one cell: "[C001] message\n建议：help".
pub(super) fn note(findings: &[&Finding]) -> Note {
    let text = findings
        .iter()
        .map(|f| {
            let mut s = format!("[{}] {}", f.rule, f.message);
            if !f.help.is_empty() {
                s.push_str("\n建议：");
                s.push_str(&f.help);
            }
            if let Some(fix) = &f.fix {
                s.push_str("\n可改为：");
                s.push_str(fix);
            }
            s
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = truncate_utf16(&text, MAX_NOTE_UTF16);
    // A CJK character at 9pt is about 12 px: 300 px holds ~24 of them (48 width units) a line.
    let lines: u32 = text
        .lines()
        .map(|l| (text_width(l) / 46.0).ceil().max(1.0) as u32)
        .sum::<u32>()
        + 1;
    Note::new(text)
        .set_author(NOTE_AUTHOR)
        .set_font_size(9)
        .set_width(300)
        .set_height((lines * 15 + 10).clamp(60, 600))
}
