//! Merged regions ([`Merge`]) and their filling as a sheet's rows come in: every cell a region
//! covers takes the value of its top-left cell, and is marked when that value came from a row
//! above.

use super::cell::RawCell;

/// A merged region, zero-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

/// A cell after merged regions are filled.
#[derive(Debug, Clone, Default)]
pub(super) struct Cell {
    pub(super) raw: RawCell,
    /// The value came from a merged region that starts on an earlier row.
    pub(super) merged_from_above: bool,
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
pub(super) struct MergeFill {
    pending: Vec<Merge>,
    active: Vec<(Merge, RawCell)>,
}

impl MergeFill {
    pub(super) fn new(merges: Vec<Merge>) -> Self {
        let mut merges = disjoint(merges);
        // Regions are taken from the end as rows reach them.
        merges.reverse();
        MergeFill {
            pending: merges,
            active: Vec::new(),
        }
    }

    pub(super) fn apply(&mut self, row: u32, cells: &mut Vec<Cell>, filled: &mut u32) {
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
