//! How many cells an ods sheet expands to, checked before calamine expands it. An ods row or cell
//! may say it repeats (`table:number-rows-repeated="99000"`, `table:number-columns-repeated=
//! "1000"`), and calamine writes every repetition out, up to 100 million cells a sheet: a 1 KB
//! file asked for 4 GB and aborted svcat. The zip bounds (`workbook::check_zip_bounds`) cannot
//! see this, since the repetition happens after inflating.
//!
//! The sheet's content is read as calamine reads it: a sheet keeps the box from its first to
//! its last row with a value and from its leftmost to its rightmost value, every repetition
//! inside counted; repeated empty rows and cells outside that box (LibreOffice ends each sheet
//! with a million of them) cost nothing. A cell counts as a value when it carries one
//! (`office:value`, `office:string-value` …, `table:formula`) or has content.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use crate::error::Error;

/// Cells a sheet may expand to: an xls sheet's size (65,536 × 256), room for a catalog of over
/// half a million items of 25 columns, and about 1 GB in calamine's hands.
const MAX_CELLS: u64 = 65_536 * 256;
/// calamine stops repeating rows and columns at these.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Refuses an ods file one of whose sheets expands past [`MAX_CELLS`].
pub fn check_ods(path: &Path, display: &str) -> Result<(), Error> {
    let Ok(file) = File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = zip::ZipArchive::new(BufReader::new(file)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let message = match damaged_sheet(BufReader::new(content)) {
        None => return Ok(()),
        Some(Damage::Oversized { sheet, rows, cols }) => (
            sheet,
            format!(
                "工作表展开重复的行、列后有 {rows} 行 × {cols} 列，超过读取上限（{MAX_CELLS} 个单元格），文件可能已损坏"
            ),
        ),
        Some(Damage::Unfinished { sheet }) => (
            sheet,
            "文件内容在这张工作表中途结束，文件已被截断或损坏".to_string(),
        ),
    };
    Err(Error::unreadable(display, Some(&message.0), message.1))
}

/// What makes a sheet unreadable.
#[derive(Debug, PartialEq, Eq)]
enum Damage {
    /// It expands past [`MAX_CELLS`].
    Oversized { sheet: String, rows: u64, cols: u64 },
    /// The content ends inside it (calamine then waits for the sheet's end forever).
    Unfinished { sheet: String },
}

/// The first damaged sheet. Content that does not parse is left for calamine to report.
fn damaged_sheet(content: impl std::io::BufRead) -> Option<Damage> {
    let mut reader = quick_xml::Reader::from_reader(content);
    // As calamine reads it: a mismatched end tag is no error.
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut sheet: Option<(String, Extent)> = None;
    let mut row: Option<Row> = None;
    // Inside a cell with content: how deep, so its end is found.
    let mut in_cell = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        let closed = matches!(event, Event::Empty(_));
        match event {
            Event::Eof => return sheet.map(|(sheet, _)| Damage::Unfinished { sheet }),
            Event::Start(e) if in_cell > 0 => {
                in_cell += 1;
                if let Some(row) = row.as_mut()
                    && e.name().as_ref() == "text:p"
                {
                    row.content_in_cell = true;
                }
            }
            Event::End(_) if in_cell > 0 => {
                in_cell -= 1;
                if in_cell == 0
                    && let Some(row) = row.as_mut()
                {
                    row.end_cell();
                }
            }
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                sheet = Some((
                    attr(&e, "table:name").unwrap_or_default(),
                    Extent::default(),
                ));
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                if let Some((sheet, extent)) = sheet.take()
                    && let Some((rows, cols)) = extent.oversized()
                {
                    return Some(Damage::Oversized { sheet, rows, cols });
                }
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                let repeats = count(&e, "table:number-rows-repeated");
                let started = Row::new(repeats);
                if closed {
                    if let Some((_, extent)) = sheet.as_mut() {
                        extent.add(&started);
                    }
                } else {
                    row = Some(started);
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if let (Some(done), Some((_, extent))) = (row.take(), sheet.as_mut()) {
                    extent.add(&done);
                }
            }
            Event::Start(e) | Event::Empty(e)
                if e.name().as_ref() == "table:table-cell"
                    || e.name().as_ref() == "table:covered-table-cell" =>
            {
                if let Some(row) = row.as_mut() {
                    row.start_cell(
                        count(&e, "table:number-columns-repeated"),
                        carries_value(&e),
                    );
                    if closed {
                        row.end_cell();
                    }
                }
                if !closed {
                    in_cell = 1;
                }
            }
            _ => {}
        }
        buf.clear();
    }
}

/// An attribute's text.
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// A repetition count (1 when absent or unreadable, as a count below 1 is).
fn count(e: &BytesStart, name: &str) -> u64 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

fn carries_value(e: &BytesStart) -> bool {
    const VALUES: [&str; 6] = [
        "office:value",
        "office:string-value",
        "office:date-value",
        "office:time-value",
        "office:boolean-value",
        "table:formula",
    ];
    e.attributes()
        .with_checks(false)
        .flatten()
        .any(|a| VALUES.contains(&a.key.as_ref()))
}

/// One row being read: its repetition, where its values start and end, and the cell at hand.
struct Row {
    repeats: u64,
    /// Columns read so far.
    width: u64,
    /// The first column with a value, and the column after the last.
    values: Option<(u64, u64)>,
    cell: Option<(u64, bool)>,
    content_in_cell: bool,
}

impl Row {
    fn new(repeats: u64) -> Row {
        Row {
            repeats,
            width: 0,
            values: None,
            cell: None,
            content_in_cell: false,
        }
    }

    fn start_cell(&mut self, repeats: u64, carries_value: bool) {
        self.cell = Some((repeats, carries_value));
        self.content_in_cell = false;
    }

    fn end_cell(&mut self) {
        let Some((repeats, carries_value)) = self.cell.take() else {
            return;
        };
        let repeats = repeats.min(MAX_COLUMNS.saturating_sub(self.width));
        if carries_value || self.content_in_cell {
            let (first, end) = self.values.get_or_insert((self.width, self.width));
            *first = (*first).min(self.width);
            *end = self.width + repeats;
        }
        self.width += repeats;
    }
}

/// The box a sheet's values fill, in rows (repetitions counted) and columns.
#[derive(Default)]
struct Extent {
    /// Rows read so far, repetitions counted.
    rows: u64,
    /// The first row with a value, and the row after the last.
    row_span: Option<(u64, u64)>,
    col_span: Option<(u64, u64)>,
}

impl Extent {
    fn add(&mut self, row: &Row) {
        let repeats = row.repeats.min(MAX_ROWS.saturating_sub(self.rows));
        if let Some((first, end)) = row.values {
            let span = self.row_span.get_or_insert((self.rows, self.rows));
            span.1 = self.rows + repeats;
            let cols = self.col_span.get_or_insert((first, end));
            cols.0 = cols.0.min(first);
            cols.1 = cols.1.max(end);
        }
        self.rows += repeats;
    }

    fn oversized(&self) -> Option<(u64, u64)> {
        let (first_row, end_row) = self.row_span?;
        let (first_col, end_col) = self.col_span?;
        let (rows, cols) = (end_row - first_row, end_col - first_col);
        (rows.saturating_mul(cols) > MAX_CELLS).then_some((rows, cols))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(rows: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="卫生健康办">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    }

    const HEADER: &str = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>事项名称</text:p></table:table-cell></table:table-row>"#;

    fn scan(rows: &str) -> Option<Damage> {
        damaged_sheet(content(rows).as_bytes())
    }

    fn oversized(rows: u64, cols: u64) -> Option<Damage> {
        Some(Damage::Oversized {
            sheet: "卫生健康办".into(),
            rows,
            cols,
        })
    }

    #[test]
    fn repeated_values_past_the_limit_are_found() {
        let rows = format!(
            r#"{HEADER}<table:table-row table:number-rows-repeated="99000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row>"#
        );
        assert_eq!(scan(&rows), oversized(99_001, 1_000));
    }

    #[test]
    fn empty_rows_between_values_count() {
        let rows = format!(
            r#"{HEADER}<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="40"/></table:table-row><table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated="30"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#
        );
        assert_eq!(scan(&rows), oversized(1_000_002, 32));
    }

    #[test]
    fn what_libreoffice_writes_passes() {
        // Styled empty cells and rows to the sheet's end, after the values.
        let rows = format!(
            r#"{HEADER}<table:table-row><table:table-cell office:value-type="string"><text:p>临时救助</text:p></table:table-cell><table:table-cell table:style-name="ce1" table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        );
        assert_eq!(scan(&rows), None);
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for path in [
            "tests/fixtures/ingest/sheets.ods",
            "catalogs/sample-town/03卫生健康办.ods",
        ] {
            assert!(check_ods(&root.join(path), path).is_ok(), "{path}");
        }
    }

    /// A sheet whose end tag was damaged (found by fuzzing): calamine reads on past the end of
    /// the content, forever.
    #[test]
    fn content_that_ends_inside_a_sheet_is_found() {
        let text = content(HEADER).replace("</table:table>", "</table:tab/office:spreadsheet>");
        assert_eq!(
            damaged_sheet(text.as_bytes()),
            Some(Damage::Unfinished {
                sheet: "卫生健康办".into()
            })
        );
    }

    #[test]
    fn unparsable_content_is_left_to_calamine() {
        assert_eq!(damaged_sheet(&b"not xml at all"[..]), None);
        assert_eq!(damaged_sheet(&b"<a><b attr=\"x></a>"[..]), None);
    }
}
