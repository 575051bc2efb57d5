//! The catalog as one csv table: the same columns as the workbook's department sheets (序号, the
//! elements in standard order, unknown columns last), one row per item, sorted by department then
//! code.
//!
//! UTF-8 with a byte-order mark by default, which Excel and WPS need to open UTF-8 csv without
//! garbling it; GBK or GB18030 for systems that only read those. Text that a spreadsheet would run
//! as a formula (starting with = + - @, a tab or a carriage return) gets a leading single quote, as
//! OWASP recommends against CSV injection, in every cell, the header row included.

use std::io::Write;

use encoding_rs::{Encoding, GB18030, GBK};

use super::table::{Layout, sorted_items};
use svcat_core::model::Catalog;
use svcat_core::text::cell_name;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvEncoding {
    /// UTF-8 with a byte-order mark.
    Utf8,
    Gbk,
    Gb18030,
}

pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A character the chosen encoding cannot represent, and every cell it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unencodable {
    pub character: char,
    /// The cells, in file order: the cell's name in the csv ("B2": the header is row 1) and the
    /// column's header.
    pub cells: Vec<(String, String)>,
}

#[derive(Debug)]
pub enum CsvError {
    Io(std::io::Error),
    /// Every character the encoding cannot represent, in the order they first occur. Nothing is
    /// written after the first record that holds one.
    Unencodable(Vec<Unencodable>),
}

impl From<std::io::Error> for CsvError {
    fn from(e: std::io::Error) -> CsvError {
        CsvError::Io(e)
    }
}

/// Text a spreadsheet would take as a formula, made inert with a leading single quote: the one
/// function every csv cell goes through, header row included.
pub use svcat_core::escape::spreadsheet_cell as defuse;

/// Writes the catalog as csv, CRLF line ends.
pub fn write_catalog_csv(
    catalog: &Catalog,
    encoding: CsvEncoding,
    out: &mut dyn Write,
) -> Result<(), CsvError> {
    let items = sorted_items(catalog);
    let layout = Layout::new(catalog, items.iter().copied());
    let target: Option<&'static Encoding> = match encoding {
        CsvEncoding::Utf8 => {
            out.write_all(UTF8_BOM)?;
            None
        }
        CsvEncoding::Gbk => Some(GBK),
        CsvEncoding::Gb18030 => Some(GB18030),
    };
    let builder = {
        let mut b = csv::WriterBuilder::new();
        b.terminator(csv::Terminator::CRLF);
        b
    };
    let headers: Vec<&str> = layout.columns.iter().map(|c| c.header.as_str()).collect();
    // A header (an unknown column's, or a schema's label) could be a formula as well as any cell.
    let header_cells: Vec<std::borrow::Cow<str>> = headers.iter().map(|h| defuse(h)).collect();
    let header_record: Vec<&str> = header_cells.iter().map(|c| c.as_ref()).collect();
    let mut buffer: Vec<u8> = Vec::new();
    // Once a character cannot be written, the rest is only read, so that every such character is
    // named at once.
    let mut unencodable: Vec<Unencodable> = Vec::new();
    let mut emit = |record: &[&str], line: usize, out: &mut dyn Write| -> Result<(), CsvError> {
        buffer.clear();
        {
            let mut writer = builder.from_writer(&mut buffer);
            writer.write_record(record).map_err(csv_io)?;
            writer.flush()?;
        }
        match target {
            None => out.write_all(&buffer)?,
            Some(encoding) => {
                let text = std::str::from_utf8(&buffer).expect("csv writes UTF-8");
                let (bytes, _, unmappable) = encoding.encode(text);
                if unmappable {
                    collect_unencodable(encoding, record, &headers, line, &mut unencodable);
                } else if unencodable.is_empty() {
                    out.write_all(&bytes)?;
                }
            }
        }
        Ok(())
    };
    emit(&header_record, 1, out)?;
    for (n, item) in items.iter().enumerate() {
        let row = layout.row(item, n + 1);
        let cells: Vec<std::borrow::Cow<str>> = row.iter().map(|c| defuse(c)).collect();
        let record: Vec<&str> = cells.iter().map(|c| c.as_ref()).collect();
        emit(&record, n + 2, out)?;
    }
    if unencodable.is_empty() {
        Ok(())
    } else {
        Err(CsvError::Unencodable(unencodable))
    }
}

fn csv_io(e: csv::Error) -> CsvError {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => CsvError::Io(e),
        other => CsvError::Io(std::io::Error::other(format!("{other:?}"))),
    }
}

/// Adds the characters of a record the encoding cannot represent, with their cells, to `found`.
fn collect_unencodable(
    encoding: &'static Encoding,
    record: &[&str],
    headers: &[&str],
    line: usize,
    found: &mut Vec<Unencodable>,
) {
    for (column, (cell, header)) in record.iter().zip(headers).enumerate() {
        let mut in_cell: Vec<char> = Vec::new();
        for c in cell.chars() {
            let mut buf = [0u8; 4];
            if !encoding.encode(c.encode_utf8(&mut buf)).2 || in_cell.contains(&c) {
                continue;
            }
            in_cell.push(c);
            let place = (cell_name(column as u32, line as u32), header.to_string());
            match found.iter_mut().find(|u| u.character == c) {
                Some(u) => u.cells.push(place),
                None => found.push(Unencodable {
                    character: c,
                    cells: vec![place],
                }),
            }
        }
    }
}
