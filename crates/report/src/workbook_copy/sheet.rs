//! One source sheet copied into a worksheet with its marks: every cell where the source has it,
//! merged regions, header rows in bold and frozen, columns as wide as their text, marked cells
//! filled by severity with a note.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use svcat_core::error::Error;
use svcat_core::finding::Finding;
use svcat_core::report::Report;
use svcat_ingest::grid::Grid;
use svcat_ingest::sheet::Merge;

use super::excel::{MAX_CELL_UTF16, MAX_COLS, MAX_ROWS, text_width, truncate_utf16};
use super::marks::{Anchor, NOTE_AUTHOR, note, place_marks};
use super::{Budget, CopyError, Formats, SheetKey, new_worksheet};

/// Column widths of a copied sheet, in Excel's character units.
const MIN_WIDTH: f64 = 6.0;
const MAX_WIDTH: f64 = 40.0;
/// Header rows are only looked for this far down when choosing where to freeze panes.
const FREEZE_SCAN_ROWS: u32 = 30;

/// One copied source sheet, not yet named.
pub(crate) struct Copy {
    pub(crate) key: SheetKey,
    pub(crate) worksheet: Worksheet,
    /// Where each of the sheet's findings (by index in the report) links to.
    pub(crate) anchors: BTreeMap<usize, Anchor>,
}

/// What a copy knows of its source's rows: the header texts (to make header rows bold) and the
/// rows to hide (0-based, inclusive ranges: rows that belong to another part of the inputs).
#[derive(Default, Clone, Copy)]
pub(crate) struct SourceRows<'a> {
    pub(crate) header_texts: Option<&'a HashSet<String>>,
    pub(crate) hidden: &'a [(u32, u32)],
}

/// Copies one source sheet with its marks. Cells are written strictly row by row (merged regions
/// when their first row comes), as rust_xlsxwriter's constant-memory mode requires.
pub(crate) fn copy_sheet(
    workbook: &mut Workbook,
    grid: &Grid,
    report: &Report,
    findings: &[usize],
    source_rows: SourceRows,
    formats: &Formats,
    budget: &mut Budget,
) -> Result<Copy, CopyError> {
    let key = (grid.file.clone(), grid.sheet.clone());
    let widest = grid
        .rows
        .iter()
        .filter_map(|r| r.cells.last())
        .map(|c| c.col)
        .max()
        .unwrap_or(0);
    if let Some(last) = grid.rows.last()
        && (last.row >= MAX_ROWS || widest >= MAX_COLS)
    {
        return Err(Error::Unreadable {
            file: grid.file.clone(),
            sheet: grid.sheet.clone(),
            cell: None,
            message: format!(
                "表格有 {} 行、{} 列，超出 Excel 的上限（{MAX_ROWS} 行、{MAX_COLS} 列），无法生成标注副本",
                last.row + 1,
                widest + 1
            ),
            help: Some("去掉 --annotate 再检查，或把表格拆分成几个文件".into()),
        }
        .into());
    }

    // Merges Excel accepts; marks: findings by the cell they are shown on (inside a merge, its
    // top-left cell), and where each finding links to.
    let merges = valid_merges(&grid.merges);
    let (marks, anchors) = place_marks(grid, report, findings, &merges);
    let severity_at = |cell: (u32, u32)| {
        marks
            .get(&cell)
            .and_then(|ids| ids.iter().map(|&i| report.findings[i].severity).max())
    };

    let SourceRows {
        header_texts,
        hidden,
    } = source_rows;
    let header_rows: HashSet<u32> = match header_texts {
        Some(texts) => grid
            .rows
            .iter()
            .filter(|r| is_header_row(r.cells.iter().map(|c| c.text.as_str()), texts))
            .map(|r| r.row)
            .collect(),
        None => HashSet::new(),
    };
    // Titles span several columns: they would make their first column far too wide.
    let title_cells: HashSet<(u32, u32)> = merges
        .iter()
        .filter(|m| m.last_col > m.first_col)
        .map(|m| (m.first_row, m.first_col))
        .collect();

    let mut ws = new_worksheet(workbook, grid.rows.len(), &budget.limits)?;
    ws.set_default_note_author(NOTE_AUTHOR);
    if grid.hidden {
        ws.set_hidden(true);
    }

    // Every row with text, a mark or the start of a merged region, in order.
    let mut rows: BTreeSet<u32> = grid.rows.iter().map(|r| r.row).collect();
    rows.extend(marks.keys().map(|&(row, _)| row));
    rows.extend(merges.iter().map(|m| m.first_row));
    let mut widths: Vec<f64> = Vec::new();
    let mut next_merge = 0;
    let mut active: Vec<Merge> = Vec::new();
    for r in rows {
        // Before the row's cells: a constant-memory sheet writes a row out as the next starts.
        if hidden
            .iter()
            .any(|&(first, last)| (first..=last).contains(&r))
        {
            ws.set_row_hidden(r)?;
        }
        let header = header_rows.contains(&r);
        let source = grid.row(r).map_or(&[][..], |row| row.cells.as_slice());
        let text_at = |col: u32| {
            source
                .binary_search_by_key(&col, |c| c.col)
                .ok()
                .map(|i| &source[i])
        };
        active.retain(|m| m.last_row >= r);
        // Merged regions starting here: the top-left value over the whole region.
        while let Some(m) = merges.get(next_merge).filter(|m| m.first_row == r) {
            let corner = text_at(m.first_col);
            let format = formats.cell(header, true, severity_at((r, m.first_col)));
            let text = corner.map_or("", |c| c.text.as_str());
            ws.merge_range(
                r,
                m.first_col as u16,
                m.last_row,
                m.last_col as u16,
                &truncate_utf16(text, MAX_CELL_UTF16),
                format,
            )?;
            if let Some(c) = corner.filter(|c| c.numeric) {
                write_cell(&mut ws, r, m.first_col, &c.text, true, format)?;
            }
            active.push(*m);
            next_merge += 1;
        }
        let merged = |col: u32| {
            active
                .iter()
                .any(|m| (m.first_col..=m.last_col).contains(&col))
        };
        // Every cell where the source has it.
        for cell in source {
            if !title_cells.contains(&(r, cell.col)) {
                let col = cell.col as usize;
                if widths.len() <= col {
                    widths.resize(col + 1, 0.0);
                }
                widths[col] = widths[col].max(text_width(&cell.text));
            }
            if !merged(cell.col) {
                let format = formats.cell(header, false, severity_at((r, cell.col)));
                write_cell(&mut ws, r, cell.col, &cell.text, cell.numeric, format)?;
            }
        }
        // Marked cells: a fill where the source is empty, and the note.
        for (&(_, col), ids) in marks.range((r, 0)..=(r, u32::MAX)) {
            if text_at(col).is_none() && !merged(col) {
                let format = formats.cell(header, false, severity_at((r, col)));
                ws.write_blank(r, col as u16, format)?;
            }
            if budget.notes == 0 {
                budget.notes_dropped += 1;
                continue;
            }
            budget.notes -= 1;
            let findings: Vec<&Finding> = ids.iter().map(|&i| &report.findings[i]).collect();
            ws.insert_note(r, col as u16, &note(&findings))?;
        }
    }

    for (col, width) in widths.iter().enumerate() {
        if *width > 0.0 {
            let width = (width * 1.1 + 1.5).clamp(MIN_WIDTH, MAX_WIDTH);
            ws.set_column_width(col as u16, width)?;
        }
    }
    // Freeze below the header when it is near the top, as staff scroll long sheets.
    if let Some(&first) = header_rows.iter().filter(|&&r| r < FREEZE_SCAN_ROWS).min() {
        let mut last = first;
        while header_rows.contains(&(last + 1)) {
            last += 1;
        }
        ws.set_freeze_panes(last + 1, 0)?;
    }

    Ok(Copy {
        key,
        worksheet: ws,
        anchors,
    })
}

/// Writes a cell's value: numbers the source stored as numbers as numbers, everything else as a
/// string, so text such as `=HYPERLINK(…)` or `+86…` never becomes a formula.
fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u32,
    text: &str,
    numeric: bool,
    format: &Format,
) -> Result<(), XlsxError> {
    let col = col as u16;
    match text.parse::<f64>() {
        Ok(n) if numeric && n.is_finite() => ws.write_number_with_format(row, col, n, format)?,
        _ => ws.write_string_with_format(row, col, truncate_utf16(text, MAX_CELL_UTF16), format)?,
    };
    Ok(())
}

/// The merges rust_xlsxwriter will accept, in source order (a corrupt file's overlapping or
/// out-of-range regions are dropped rather than failing the whole workbook).
fn valid_merges(merges: &[Merge]) -> Vec<Merge> {
    let mut sorted: Vec<Merge> = merges
        .iter()
        .copied()
        .filter(|m| {
            m.first_row <= m.last_row
                && m.first_col <= m.last_col
                && m.last_row < MAX_ROWS
                && m.last_col < MAX_COLS
                && (m.first_row, m.first_col) != (m.last_row, m.last_col)
        })
        .collect();
    sorted.sort_by_key(|m| (m.first_row, m.first_col, m.last_row, m.last_col));
    sorted.dedup();
    let mut kept: Vec<Merge> = Vec::with_capacity(sorted.len());
    for m in sorted {
        let overlaps = kept.iter().rev().any(|k| {
            k.first_row <= m.last_row
                && m.first_row <= k.last_row
                && k.first_col <= m.last_col
                && m.first_col <= k.last_col
        });
        if !overlaps {
            kept.push(m);
        }
    }
    kept
}

/// Whether a row is (part of) the header: at least two of its cells are header texts, and they
/// make up at least half of its non-empty cells.
fn is_header_row<'a>(cells: impl Iterator<Item = &'a str>, texts: &HashSet<String>) -> bool {
    let (mut matched, mut total) = (0usize, 0usize);
    for text in cells {
        total += 1;
        if texts.contains(&squash(text)) {
            matched += 1;
        }
    }
    matched >= 2 && matched * 2 >= total
}

/// Text without whitespace, to compare header cells (which often wrap) with recorded headers.
pub(crate) fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook_copy::LIMITS;
    use svcat_core::finding::Severity;

    #[test]
    fn merges_that_excel_refuses_are_dropped() {
        let m = |a, b, c, d| Merge {
            first_row: a,
            first_col: b,
            last_row: c,
            last_col: d,
        };
        let kept = valid_merges(&[m(0, 0, 0, 5), m(0, 2, 1, 2), m(3, 3, 3, 3), m(4, 0, 6, 0)]);
        assert_eq!(kept, [m(0, 0, 0, 5), m(4, 0, 6, 0)]);
    }

    fn finding(rule: &'static str, row: u32, column: Option<u32>) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            element: None,
            message: format!("{rule} 的问题"),
            help: String::new(),
            file: "t.xlsx".into(),
            sheet: Some("表".into()),
            row: Some(row),
            column,
            item: None,
            text: None,
            header: None,
            fix: None,
            same: Vec::new(),
        }
    }

    #[test]
    fn marks_go_to_merge_corners_row_starts_and_empty_cells() {
        use svcat_ingest::grid::{GridCell, GridRow};
        let cell = |col, text: &str| GridCell {
            col,
            text: text.into(),
            numeric: false,
        };
        let merge = |first_row, first_col, last_row, last_col| Merge {
            first_row,
            first_col,
            last_row,
            last_col,
        };
        let grid = Grid {
            file: "t.xlsx".into(),
            sheet: Some("表".into()),
            hidden: false,
            rows: vec![
                GridRow {
                    row: 0,
                    cells: vec![cell(0, "标题")],
                },
                GridRow {
                    row: 2,
                    cells: vec![cell(1, "民政办"), cell(2, "甲")],
                },
                GridRow {
                    row: 3,
                    cells: vec![cell(2, "乙")],
                },
            ],
            merges: vec![merge(0, 0, 0, 2), merge(2, 1, 4, 1)],
            truncated: false,
        };
        let report = Report {
            files: 1,
            items: 2,
            // B4 lies in the merge B3:B5; row 3 starts at B3; D6 is empty.
            findings: vec![
                finding("X004", 4, Some(1)),
                finding("S006", 3, None),
                finding("M002", 6, Some(3)),
            ],
        };
        let mut workbook = Workbook::new();
        let mut budget = Budget {
            limits: LIMITS,
            notes: 10,
            notes_dropped: 0,
            too_large: Vec::new(),
        };
        let copy = copy_sheet(
            &mut workbook,
            &grid,
            &report,
            &[0, 1, 2],
            SourceRows::default(),
            &Formats::new(),
            &mut budget,
        )
        .unwrap();
        let labels: Vec<String> = copy.anchors.values().map(Anchor::label).collect();
        assert_eq!(labels, ["B4", "第3行", "D6"]);
        let mut worksheet = copy.worksheet;
        worksheet.set_name("表").unwrap();
        workbook.push_worksheet(worksheet);
        let bytes = workbook.save_to_buffer().unwrap();

        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
            text
        };
        let comments = read("xl/comments1.xml");
        let refs: Vec<&str> = comments
            .split("<comment ref=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        // Both the merge finding and the row finding land on B3, in report order.
        assert_eq!(refs, ["B3", "D6"]);
        let b3 = &comments[comments.find("ref=\"B3\"").unwrap()..];
        let b3 = &b3[..b3.find("</comment>").unwrap()];
        assert!(
            b3.find("[X004]").unwrap() < b3.find("[S006]").unwrap(),
            "{b3}"
        );
        // The empty D6 is written (as a styled blank) so its fill shows.
        let sheet = read("xl/worksheets/sheet1.xml");
        assert!(sheet.contains("<c r=\"D6\" s=\""), "{sheet}");
        assert!(sheet.contains("<mergeCell ref=\"B3:B5\"/>"), "{sheet}");
    }
}
