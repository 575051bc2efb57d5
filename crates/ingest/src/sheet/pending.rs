//! Items read but not yet parsed: a row's cells on their way into an item.

use super::cell::RawCell;
use super::header::{ColumnPlan, Target};
use super::merge::Cell;

/// A cell on its way into an item. Values are parsed only once the item is complete (its
/// continuation rows read), so whole items can be parsed on every core while the file is still
/// being read — or, for a diff's first pass, only fingerprinted.
pub(super) struct PendingCell {
    /// Index into the header's columns.
    pub(super) plan: u32,
    pub(super) raw: RawCell,
    pub(super) row: u32,
    pub(super) continuation: bool,
}

/// An item's cells, read but not yet parsed.
pub struct PendingItem {
    pub(super) row: u32,
    pub(super) last_row: u32,
    pub(super) cells: Vec<PendingCell>,
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

/// Moves a row's non-empty cells into the pending item, in column order. A continuation row
/// gives only its own cells: a value merged down from the item's first row is already there.
pub(super) fn take_cells(
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
