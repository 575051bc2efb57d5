//! What an ods sheet expands to, checked before calamine expands it. An ods row or cell may say it
//! repeats (`table:number-rows-repeated="99000"`, `table:number-columns-repeated="1000"`), and
//! calamine writes every repetition out, up to 100 million cells a sheet: a 1 KB file asked for
//! 6 GB and aborted svcat. The zip bounds (`super::zip_bounds`) cannot see this, since
//! the repetition happens after inflating.
//!
//! The content is read here as calamine reads it, event for event: the same XML reader with the
//! same settings, and the same steps (a sheet's rows, a row's cells, a string cell's text up to
//! the cell's end tag whatever is still open in it, any other cell skipped to its matching end).
//! Counting open elements instead, as an earlier version did, let one unclosed `<text:p>` hide a
//! row's end and with it the row's repetitions. Where calamine would stop with an error, nothing
//! is expanded and the error is left to it; where it would read past the end of the content
//! forever, the sheet is refused.
//!
//! What is counted is what calamine keeps: a sheet keeps the box from its first to its last row
//! with a value and from its leftmost to its rightmost value, every repetition inside counted;
//! repeated empty rows and cells outside that box (LibreOffice ends each sheet with a million of
//! them) cost nothing. A cell is a value when calamine makes one of it: a value attribute, a
//! string cell (even with no text) or a formula. The text of string cells is counted too, as
//! calamine copies it into every repetition (and writes out `<text:s text:c="…"/>` space runs).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;

use svcat_core::error::Error;

/// Cells a sheet may expand to: an xls sheet's size (65,536 × 256), room for a catalog of over
/// half a million items of 25 columns, and about 1 GB in calamine's hands.
const MAX_CELLS: u64 = 65_536 * 256;
/// Bytes of text a sheet may expand to, every repetition of a cell's text counted.
const MAX_TEXT_BYTES: u64 = 512 << 20;
/// calamine stops repeating rows and columns at these.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Refuses an ods file one of whose sheets expands past [`MAX_CELLS`] or [`MAX_TEXT_BYTES`], or
/// whose content ends inside a sheet.
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
    let Some(damage) = damaged_sheet(BufReader::new(content)) else {
        return Ok(());
    };
    let (sheet, message) = match damage {
        Damage::Oversized { sheet, rows, cols } => (
            sheet,
            format!(
                "工作表展开重复的行、列后有 {rows} 行 × {cols} 列，超过读取上限（{MAX_CELLS} 个单元格），文件可能已损坏"
            ),
        ),
        Damage::TooManyCells { sheet, cells } => (
            sheet,
            format!(
                "工作表展开重复的列后有 {cells} 个单元格，超过读取上限（{MAX_CELLS} 个单元格），文件可能已损坏"
            ),
        ),
        Damage::TooMuchText { sheet, bytes } => (
            sheet,
            format!(
                "工作表的文字展开后有 {} MB，超过读取上限（{} MB），文件可能已损坏",
                bytes >> 20,
                MAX_TEXT_BYTES >> 20
            ),
        ),
        Damage::Unfinished { sheet } => (
            sheet,
            "文件内容在这张工作表中途结束，文件已被截断或损坏".to_string(),
        ),
    };
    Err(Error::unreadable(display, Some(&sheet), message))
}

/// What makes a sheet unreadable.
#[derive(Debug, PartialEq, Eq)]
enum Damage {
    /// Its value box expands past [`MAX_CELLS`].
    Oversized { sheet: String, rows: u64, cols: u64 },
    /// Its rows, each read once, already hold more than [`MAX_CELLS`] cells.
    TooManyCells { sheet: String, cells: u64 },
    /// Its text expands past [`MAX_TEXT_BYTES`].
    TooMuchText { sheet: String, bytes: u64 },
    /// The content ends where calamine then waits for an end tag forever (a sheet's, a note's).
    Unfinished { sheet: String },
}

/// Why reading a sheet stopped early.
enum Stop {
    /// calamine stops with an error here: it expands nothing, and reports the file itself.
    Error,
    /// calamine reads on past the end of the content, forever.
    Unfinished,
    /// The sheet already holds too much (the damage, without the sheet's name).
    Over(Damage),
}

type Reader<R> = quick_xml::Reader<R>;

/// The first damaged sheet, read as calamine reads the content (`calamine::ods::parse_content`).
fn damaged_sheet(content: impl BufRead) -> Option<Damage> {
    let mut reader = Reader::from_reader(content);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.name() == QName("table:table") => {
                // calamine reads a sheet only when it has a name.
                let name = match raw_attr(&e, "table:style-name")
                    .and_then(|_| raw_attr(&e, "table:name"))
                {
                    Err(()) => return None,
                    Ok(None) => continue,
                    Ok(Some(v)) => match quick_xml::escape::unescape(v) {
                        Ok(name) => name.into_owned(),
                        Err(_) => return None,
                    },
                };
                match read_table(&mut reader) {
                    Ok(()) => {}
                    Err(Stop::Error) => return None,
                    Err(Stop::Unfinished) => return Some(Damage::Unfinished { sheet: name }),
                    Err(Stop::Over(damage)) => return Some(named(damage, name)),
                }
            }
            Ok(Event::Start(e)) if e.name() == QName("table:named-expressions") => {
                if skip_named_expressions(&mut reader).is_err() {
                    return None;
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

fn named(damage: Damage, sheet: String) -> Damage {
    match damage {
        Damage::Oversized { rows, cols, .. } => Damage::Oversized { sheet, rows, cols },
        Damage::TooManyCells { cells, .. } => Damage::TooManyCells { sheet, cells },
        Damage::TooMuchText { bytes, .. } => Damage::TooMuchText { sheet, bytes },
        Damage::Unfinished { .. } => Damage::Unfinished { sheet },
    }
}

/// `calamine::ods::read_named_expressions`, which stops at anything but a named range.
fn skip_named_expressions<R: BufRead>(reader: &mut Reader<R>) -> Result<(), Stop> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e))
                if e.name() == QName("table:named-range")
                    || e.name() == QName("table:named-expression") => {}
            Ok(Event::End(e))
                if e.name() == QName("table:named-range")
                    || e.name() == QName("table:named-expression") => {}
            Ok(Event::End(e)) if e.name() == QName("table:named-expressions") => return Ok(()),
            _ => return Err(Stop::Error),
        }
    }
}

/// `calamine::ods::read_table`, counting instead of keeping.
fn read_table<R: BufRead>(reader: &mut Reader<R>) -> Result<(), Stop> {
    let mut sheet = Extent::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.name() == QName("table:table-row") => {
                let repeats = match raw_attr(&e, "table:number-rows-repeated") {
                    Err(()) => return Err(Stop::Error),
                    Ok(None) => 1,
                    Ok(Some(v)) => quick_xml::escape::unescape(v)
                        .ok()
                        .and_then(|v| v.parse::<u64>().ok())
                        .ok_or(Stop::Error)?,
                };
                let row = read_row(reader)?;
                sheet.add(repeats, &row)?;
            }
            Ok(Event::End(e)) if e.name() == QName("table:table") => {
                return match sheet.oversized() {
                    Some(damage) => Err(Stop::Over(damage)),
                    None => Ok(()),
                };
            }
            Err(_) => return Err(Stop::Error),
            // calamine asks for the next event again and again.
            Ok(Event::Eof) => return Err(Stop::Unfinished),
            Ok(_) => {}
        }
    }
}

/// One row element as calamine reads it: how many cells it keeps (each column repetition written
/// out, trailing empty cells dropped), where its values are, and the bytes of text it copies.
#[derive(Default)]
struct Row {
    cells: u64,
    /// The first column with a value, and the last.
    values: Option<(u64, u64)>,
    text: u64,
}

/// `calamine::ods::read_row`.
fn read_row<R: BufRead>(reader: &mut Reader<R>) -> Result<Row, Stop> {
    let mut row = Row::default();
    let mut empty_repeats = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let e = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e))
                if e.name() == QName("table:table-cell")
                    || e.name() == QName("table:covered-table-cell") =>
            {
                e.into_owned()
            }
            Ok(Event::End(e)) if e.name() == QName("table:table-row") => return Ok(row),
            _ => return Err(Stop::Error),
        };
        let repeats = match raw_attr(&e, "table:number-columns-repeated") {
            Err(()) => return Err(Stop::Error),
            Ok(None) => 1,
            Ok(Some(v)) => v.parse::<u64>().map_err(|_| Stop::Error)?,
        };
        let cell = read_cell(reader, &e)?;
        row.cells += empty_repeats.min(MAX_COLUMNS.saturating_sub(row.cells));
        let repeats = repeats.min(MAX_COLUMNS.saturating_sub(row.cells));
        if cell.value || cell.formula {
            if repeats > 0 {
                let (first, last) = row.values.get_or_insert((row.cells, row.cells));
                *first = (*first).min(row.cells);
                *last = row.cells + repeats - 1;
            }
            row.text = row.text.saturating_add(cell.text.saturating_mul(repeats));
            row.cells += repeats;
            empty_repeats = 0;
        } else {
            empty_repeats = repeats;
        }
        if !cell.closed {
            let mut skipped = Vec::new();
            reader
                .read_to_end_into(e.name(), &mut skipped)
                .map_err(|_| Stop::Error)?;
        }
    }
}

/// A cell as calamine reads it (`calamine::ods::get_datatype`).
struct Cell {
    /// calamine makes a value of it (not `Data::Empty`).
    value: bool,
    formula: bool,
    /// Bytes of the value's text and formula.
    text: u64,
    /// Its end tag has been read.
    closed: bool,
}

fn read_cell<R: BufRead>(reader: &mut Reader<R>, e: &BytesStart) -> Result<Cell, Stop> {
    let mut value_set = false;
    let mut string_value: Option<usize> = None;
    let mut is_string = false;
    let mut is_error = false;
    let mut cell = Cell {
        value: false,
        formula: false,
        text: 0,
        closed: false,
    };
    for attr in RawAttrs::new(e.attributes_raw()) {
        let (key, value) = attr?;
        match key {
            "office:value" | "office:boolean-value" if !value_set => value_set = true,
            "office:string-value" | "office:date-value" | "office:time-value" if !value_set => {
                value_set = true;
                string_value = Some(value.len());
                cell.text += value.len() as u64;
            }
            "office:value-type" if !value_set => is_string = value == "string",
            "calcext:value-type" => is_error = value == "error",
            "table:formula" => {
                cell.formula = !value.is_empty();
                cell.text += value.len() as u64;
            }
            _ => {}
        }
    }
    cell.value = value_set;
    if (!value_set && is_string) || (is_error && string_value == Some(0)) {
        // The text is read up to the cell's end tag, whatever is open.
        cell.value = true;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_event_into(&mut buf) {
                Ok(Event::Text(t)) => cell.text = cell.text.saturating_add(t.len() as u64),
                Ok(Event::GeneralRef(_)) => cell.text += 4,
                Ok(Event::End(end))
                    if end.name() == QName("table:table-cell")
                        || end.name() == QName("table:covered-table-cell") =>
                {
                    cell.closed = true;
                    return Ok(cell);
                }
                Ok(Event::Start(s)) if s.name() == QName("office:annotation") => loop {
                    buf.clear();
                    match reader.read_event_into(&mut buf) {
                        Ok(Event::End(end)) if end.name() == QName("office:annotation") => break,
                        Err(_) => return Err(Stop::Error),
                        // calamine asks for the note's end again and again.
                        Ok(Event::Eof) => return Err(Stop::Unfinished),
                        Ok(_) => {}
                    }
                },
                Ok(Event::Start(s)) if s.name() == QName("text:s") => {
                    let spaces = match raw_attr(&s, "text:c") {
                        Err(()) => return Err(Stop::Error),
                        Ok(None) => 1,
                        Ok(Some(v)) => quick_xml::escape::unescape(v)
                            .ok()
                            .and_then(|v| v.parse::<u64>().ok())
                            .ok_or(Stop::Error)?,
                    };
                    cell.text = cell.text.saturating_add(spaces);
                }
                Ok(Event::Start(_)) => cell.text += 1,
                Ok(Event::Eof) | Err(_) => return Err(Stop::Error),
                Ok(_) => {}
            }
        }
    }
    Ok(cell)
}

/// The box a sheet's values fill, in rows (repetitions counted) and columns, and what its rows
/// hold.
#[derive(Default)]
struct Extent {
    /// Rows read so far, repetitions counted (as calamine caps them).
    rows: u64,
    /// The rows before the first row with a value, and the rows up to the end of the last.
    row_span: Option<(u64, u64)>,
    col_span: Option<(u64, u64)>,
    /// Cells read, each row once.
    cells: u64,
    text: u64,
}

impl Extent {
    fn add(&mut self, repeats: u64, row: &Row) -> Result<(), Stop> {
        let repeats = repeats.min(MAX_ROWS.saturating_sub(self.rows));
        if let Some((first, last)) = row.values {
            let span = self.row_span.get_or_insert((self.rows, self.rows));
            span.1 = self.rows + repeats;
            let cols = self.col_span.get_or_insert((first, last));
            cols.0 = cols.0.min(first);
            cols.1 = cols.1.max(last);
        }
        self.rows += repeats;
        self.cells = self.cells.saturating_add(row.cells);
        // Kept once as read, and once more for every repetition.
        self.text = self
            .text
            .saturating_add(row.text.saturating_mul(repeats.saturating_add(1)));
        if self.cells > MAX_CELLS {
            return Err(Stop::Over(Damage::TooManyCells {
                sheet: String::new(),
                cells: self.cells,
            }));
        }
        if self.text > MAX_TEXT_BYTES {
            return Err(Stop::Over(Damage::TooMuchText {
                sheet: String::new(),
                bytes: self.text,
            }));
        }
        Ok(())
    }

    fn oversized(&self) -> Option<Damage> {
        let (first_row, end_row) = self.row_span?;
        let (first_col, last_col) = self.col_span?;
        let (rows, cols) = (end_row - first_row, last_col + 1 - first_col);
        (rows.saturating_mul(cols) > MAX_CELLS).then(|| Damage::Oversized {
            sheet: String::new(),
            rows,
            cols,
        })
    }
}

/// An attribute's raw value, as calamine finds it (`calamine::attrs::RawAttributes::raw_attr`):
/// the first with this name, an error for a malformed attribute before it.
fn raw_attr<'e>(e: &'e BytesStart, name: &str) -> Result<Option<&'e str>, ()> {
    for attr in RawAttrs::new(e.attributes_raw()) {
        let (key, value) = attr.map_err(|_| ())?;
        if key == name {
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// calamine's attribute reader (`calamine::attrs::RawAttrIter`): `key="value"` or `key='value'`
/// pairs, a key running to its `=`; a key without `=` or a value without quotes is an error.
struct RawAttrs<'a> {
    raw: &'a str,
    pos: usize,
}

impl<'a> RawAttrs<'a> {
    fn new(raw: &'a str) -> Self {
        RawAttrs { raw, pos: 0 }
    }
}

impl<'a> Iterator for RawAttrs<'a> {
    type Item = Result<(&'a str, &'a str), Stop>;

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.raw.as_bytes();
        let len = bytes.len();
        let mut pos = self.pos;
        while pos < len && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if pos >= len {
            self.pos = pos;
            return None;
        }
        let key_start = pos;
        while pos < len && bytes[pos] != b'=' {
            pos += 1;
        }
        if pos >= len {
            self.pos = len;
            return Some(Err(Stop::Error));
        }
        let key = self.raw[key_start..pos].trim_ascii_end();
        pos += 1;
        while pos < len && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let quote = match bytes.get(pos) {
            Some(&q) if q == b'"' || q == b'\'' => q,
            _ => {
                self.pos = len;
                return Some(Err(Stop::Error));
            }
        };
        pos += 1;
        let start = pos;
        while pos < len && bytes[pos] != quote {
            pos += 1;
        }
        let value = &self.raw[start..pos];
        if pos < len {
            pos += 1;
        }
        self.pos = pos;
        Some(Ok((key, value)))
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
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
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

    /// calamine reads a string cell's text up to the cell's end tag, whatever is still open: an
    /// unclosed paragraph hides neither the row's end nor its repetitions.
    #[test]
    fn an_unclosed_paragraph_hides_nothing() {
        let rows = format!(
            r#"{HEADER}<table:table-row table:number-rows-repeated="99000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</table:table-cell></table:table-row>"#
        );
        assert_eq!(scan(&rows), oversized(99_001, 1_000));
    }

    /// A string cell without text is an empty string to calamine, a value.
    #[test]
    fn an_empty_string_cell_is_a_value() {
        let rows = format!(
            r#"{HEADER}<table:table-row table:number-rows-repeated="99000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"/></table:table-row>"#
        );
        assert_eq!(scan(&rows), oversized(99_001, 1_000));
        // A float cell without a value is no value.
        let rows = format!(
            r#"{HEADER}<table:table-row table:number-rows-repeated="99000"><table:table-cell office:value-type="float" table:number-columns-repeated="1000"/></table:table-row>"#
        );
        assert_eq!(scan(&rows), None);
    }

    #[test]
    fn text_is_counted_with_its_repetitions() {
        let rows = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="4000000000"/></text:p></table:table-cell></table:table-row>"#;
        assert!(matches!(scan(rows), Some(Damage::TooMuchText { .. })));
        let long = "x".repeat(1000);
        let rows = format!(
            r#"<table:table-row table:number-rows-repeated="1000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>{long}</text:p></table:table-cell></table:table-row>"#
        );
        assert!(matches!(scan(&rows), Some(Damage::TooMuchText { .. })));
    }

    #[test]
    fn a_note_that_never_ends_is_found() {
        let text = content(
            r#"<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>x"#,
        );
        let text = &text[..text.find("</table:table>").unwrap()];
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
