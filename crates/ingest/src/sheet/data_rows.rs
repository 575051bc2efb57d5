//! The rows under the header: blank rows, the header repeated and 合计 rows skipped; blank cells
//! filled down where the format records no merges; and each row starting an item or continuing
//! the one above.

use super::ingest::SheetIngest;
use super::merge::Cell;
use super::pending::{PendingItem, take_cells};
use svcat_core::schema::normalize_header;
use svcat_core::text::trim;

impl SheetIngest<'_> {
    pub(super) fn data_row(&mut self, row: u32, mut cells: Vec<Cell>) {
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
}
