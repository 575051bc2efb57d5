//! The department sheets of the catalog workbook, filled on several threads in constant-memory
//! mode: the schema's elements in standard order, one item a row.

use rust_xlsxwriter::{DataValidation, Worksheet, XlsxError};

use super::limits::cell_text;
use super::sizing::{ColumnWidths, end_constant_memory_sheet, row_height};
use super::styles::Styles;
use crate::table::{ColumnSource, Layout};
use svcat_core::model::{Catalog, Item};

/// How many items per sheet are measured for column widths: enough to see the long texts, without
/// scanning a whole 100k-item catalog twice.
const WIDTH_SAMPLE: usize = 2_000;

/// What every department sheet is written from.
pub(super) struct DepartmentSheets<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) groups: &'a [(String, Vec<&'a Item>)],
    pub(super) styles: &'a Styles,
    /// Each element's dropdown, if it has one.
    pub(super) dropdowns: &'a [Option<DataValidation>],
}

impl DepartmentSheets<'_> {
    /// Fills `sheets` (one per group, in order) on as many threads as there are cores, the
    /// largest departments first, each to the thread with the fewest items so far. Returns the
    /// number of cells cut to Excel's limit.
    pub(super) fn fill(&self, sheets: &mut [Worksheet]) -> Result<usize, XlsxError> {
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, sheets.len().max(1));
        let mut order: Vec<usize> = (0..sheets.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.groups[i].1.len()));
        let mut loads = vec![0usize; workers];
        let mut owner = vec![0usize; sheets.len()];
        for i in order {
            let worker = (0..workers).min_by_key(|&w| loads[w]).unwrap_or(0);
            loads[worker] += self.groups[i].1.len();
            owner[i] = worker;
        }
        let mut jobs: Vec<Vec<(usize, &mut Worksheet)>> =
            (0..workers).map(|_| Vec::new()).collect();
        for (i, sheet) in sheets.iter_mut().enumerate() {
            jobs[owner[i]].push((i, sheet));
        }
        std::thread::scope(|scope| {
            let running: Vec<_> = jobs
                .into_iter()
                .map(|job| {
                    scope.spawn(move || {
                        job.into_iter().try_fold(0, |truncated, (i, sheet)| {
                            Ok(truncated + self.write(sheet, &self.groups[i].1)?)
                        })
                    })
                })
                .collect();
            running
                .into_iter()
                .map(|worker| worker.join().expect("writing a sheet does not panic"))
                .sum()
        })
    }
}

impl DepartmentSheets<'_> {
    /// One department sheet: the header, then the items, written row by row (constant memory).
    /// Returns the number of cells cut to Excel's limit.
    fn write(&self, sheet: &mut Worksheet, items: &[&Item]) -> Result<usize, XlsxError> {
        let (catalog, styles) = (self.catalog, self.styles);
        let layout = Layout::new(catalog, items.iter().copied());
        let last_col = (layout.columns.len() - 1) as u16;
        let last_row = items.len() as u32;

        let mut widths = ColumnWidths::new(layout.columns.len(), 6.0, 50.0);
        for (i, column) in layout.columns.iter().enumerate() {
            widths.observe(i, &column.header);
        }
        widths.observe(0, &items.len().to_string());
        let mut cells = Vec::new();
        for item in items.iter().take(WIDTH_SAMPLE) {
            layout.cells_into(item, &mut cells);
            for (column, text) in &cells {
                widths.observe(*column, text);
            }
        }
        widths.apply(sheet)?;
        // The cells take their column's format: one lookup per column instead of one per cell,
        // which is a fifth of the writing time on a large catalog. Data sheets therefore have no cell
        // borders (a column format reaches every empty cell below); they print with gridlines.
        sheet.set_column_format(0, &styles.data_number)?;
        for col in 1..=last_col {
            sheet.set_column_format(col, &styles.data)?;
        }
        // A catalog is far wider than a page: fitted to one page wide it would print at a sixth
        // of its size. It prints at 60% instead (about 7-point text: the sample town's 108 items
        // take 106 A4 pages, against 172 at 70% and 312 at full size), an item's pages one after
        // another (over, then down), each with the header row and 序号 and 事项名称 (the
        // layout's first two columns) repeated, so no page loses which item it shows. On screen
        // those stay in view. The public lists are the one-page-wide print.
        sheet.set_print_gridlines(true);
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_page_order(false);
        sheet.set_print_scale(60);
        sheet.set_repeat_rows(0, 0)?;
        let title_columns = u16::from(layout.columns.len() > 1);
        sheet.set_repeat_columns(0, title_columns)?;
        sheet.set_freeze_panes(1, title_columns + 1)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        for (i, column) in layout.columns.iter().enumerate() {
            if let ColumnSource::Element(e) = column.source
                && let Some(validation) = &self.dropdowns[e]
            {
                sheet.add_data_validation(1, i as u16, last_row, i as u16, validation)?;
            }
        }

        // Heights go before a row's cells: a constant-memory sheet writes a row out when the next
        // one starts.
        let header_lines = layout
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| widths.lines(i, &c.header))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(header_lines) {
            sheet.set_row_height(0, height)?;
        }
        for (i, column) in layout.columns.iter().enumerate() {
            sheet.write_string_with_format(0, i as u16, &column.header, &styles.header)?;
        }
        let mut truncated = 0;
        let mut last_height = None;
        for (n, item) in items.iter().enumerate() {
            let row = n as u32 + 1;
            layout.cells_into(item, &mut cells);
            let lines = cells
                .iter()
                .map(|(column, text)| widths.lines(*column, text))
                .max()
                .unwrap_or(1);
            last_height = row_height(lines);
            if let Some(height) = last_height {
                sheet.set_row_height(row, height)?;
            }
            sheet.write_number(row, 0, (n + 1) as f64)?;
            for (column, text) in cells.drain(..) {
                let (text, cut) = cell_text(&text);
                truncated += usize::from(cut);
                sheet.write_string(row, column as u16, text.as_ref())?;
            }
        }
        end_constant_memory_sheet(sheet, last_height.is_some(), last_row, &styles.data_number)?;
        Ok(truncated)
    }
}
