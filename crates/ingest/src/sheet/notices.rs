//! What a sheet reports about its shape, for the S-family checks: notices as reading finds them,
//! and those about the whole sheet once it is read.

use super::ingest::SheetIngest;
use crate::{Notice, NoticeKind};

impl SheetIngest<'_> {
    pub(super) fn notice(&mut self, kind: NoticeKind, row: Option<u32>, column: Option<u32>) {
        self.notices.push(Notice {
            kind,
            file: self.display.clone(),
            sheet: self.sheet.clone(),
            row,
            column,
        });
    }

    /// The notices about the whole sheet, once it is read: no header found, cells filled from
    /// merged regions or by fill-down, 合计 rows and repeated headers skipped.
    pub(super) fn sheet_notices(&mut self) {
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
    }
}
