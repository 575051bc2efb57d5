//! A fixed copy that is the department's own document with only the fixed cells changed: an xlsx
//! workbook's package is copied entry by entry, byte for byte (styles, widths, merged titles,
//! the 填报说明 sheet, everything svcat does not read), and only the XML of the sheets with fixes is
//! rewritten, each fixed cell's value replaced in place, its style kept; a csv is written back in
//! its own encoding, delimiter and line ends.

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Read, Write};
use std::path::Path;

use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

use svcat_core::error::Error;
use svcat_core::escape::{spreadsheet_cell, xml};
use svcat_core::text::cell_name;

use super::CellFix;

/// The fixes that could not be made in place (a formula cell, a cell the sheet does not have):
/// (cell, why).
pub type Skipped = Vec<(String, &'static str)>;

/// The workbook at `path` with `fixes` (all on its sheets) set into its cells.
pub fn fix_xlsx(
    path: &Path,
    display: &str,
    fixes: &[&CellFix],
) -> Result<(Vec<u8>, Skipped), Error> {
    svcat_ingest::check_zip_bounds(path, display)?;
    let bad = |message: String| Error::unreadable(display, None, message);
    let file = std::fs::File::open(path).map_err(|e| Error::io(display, e))?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| bad(format!("无法打开工作簿：{e}")))?;
    let mut read = |name: &str| -> Result<String, Error> {
        let mut entry = archive
            .by_name(name)
            .map_err(|_| bad(format!("工作簿缺少 {name}")))?;
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .map_err(|e| bad(format!("{name} 无法读取：{e}")))?;
        Ok(text)
    };
    let parts = sheet_parts(
        &read("xl/workbook.xml")?,
        &read("xl/_rels/workbook.xml.rels")?,
    );

    let mut by_part: BTreeMap<String, Vec<&CellFix>> = BTreeMap::new();
    let mut skipped = Skipped::new();
    for fix in fixes {
        let sheet = fix.sheet.as_deref().unwrap_or_default();
        match parts.get(sheet) {
            Some(part) => by_part.entry(part.clone()).or_default().push(fix),
            None => skipped.push((fix.location(), "找不到所在的工作表")),
        }
    }
    let mut rewritten: HashMap<String, Vec<u8>> = HashMap::new();
    for (part, fixes) in &by_part {
        let xml = read(part)?;
        let (xml, mut missed) = set_cells(&xml, fixes);
        skipped.append(&mut missed);
        rewritten.insert(part.clone(), xml.into_bytes());
    }

    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let write_error = |e: zip::result::ZipError| bad(format!("写出修正后的工作簿时出错：{e}"));
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(write_error)?;
        let name = entry.name().map_err(write_error)?.into_owned();
        match rewritten.get(&name) {
            Some(bytes) => {
                // Made on Unix on every system, so the Windows build writes the same bytes.
                let mut options = zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated)
                    .system(zip::System::Unix);
                if let Some(time) = entry.last_modified() {
                    options = options.last_modified_time(time);
                }
                drop(entry);
                out.start_file(name, options).map_err(write_error)?;
                out.write_all(bytes).map_err(|e| Error::io(display, e))?;
            }
            // Everything svcat did not change, as it was, compressed bytes and all.
            None => out.raw_copy_file(entry).map_err(write_error)?,
        }
    }
    let bytes = out.finish().map_err(write_error)?.into_inner();
    Ok((bytes, skipped))
}

/// Each sheet's name and the package part holding its XML.
fn sheet_parts(workbook: &str, rels: &str) -> HashMap<String, String> {
    let mut targets: HashMap<String, String> = HashMap::new();
    for attributes in elements(rels, "Relationship") {
        if let (Some(id), Some(target)) = (attributes.get("Id"), attributes.get("Target")) {
            // A target is relative to xl/, or absolute from the package root.
            let part = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("xl/{target}"),
            };
            targets.insert(id.clone(), part);
        }
    }
    elements(workbook, "sheet")
        .into_iter()
        .filter_map(|a| {
            let id = a.get("r:id")?;
            Some((a.get("name")?.clone(), targets.get(id)?.clone()))
        })
        .collect()
}

/// The attributes (unescaped) of every element with this local name.
fn elements(xml: &str, name: &str) -> Vec<HashMap<String, String>> {
    let mut reader = Reader::from_str(xml);
    let mut found = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == name => {
                let mut attributes = HashMap::new();
                for a in e.attributes().flatten() {
                    let key = a.key.as_ref().to_string();
                    if let Ok(value) = a.normalized_value(XmlVersion::Implicit1_0) {
                        attributes.insert(key, value.into_owned());
                    }
                }
                found.push(attributes);
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    found
}

/// A sheet's XML with each fix's cell holding the new text as an inline string, its style kept.
fn set_cells(xml: &str, fixes: &[&CellFix]) -> (String, Skipped) {
    let wanted: HashMap<String, &CellFix> = fixes
        .iter()
        .map(|f| (cell_name(f.column, f.row), *f))
        .collect();
    // (start, end, replacement) of each fixed cell element, found in one pass.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut skipped = Skipped::new();
    let mut reader = Reader::from_str(xml);
    let mut open: Option<(usize, String, Option<String>, bool)> = None;
    loop {
        let before = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        let after = reader.buffer_position() as usize;
        match event {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == "c" && open.is_none() =>
            {
                let mut reference = None;
                let mut style = None;
                for a in e.attributes().flatten() {
                    let value = || {
                        a.normalized_value(XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.into_owned())
                    };
                    match a.key.as_ref() {
                        "r" => reference = value(),
                        "s" => style = value(),
                        _ => {}
                    }
                }
                let Some(reference) = reference.filter(|r| wanted.contains_key(r)) else {
                    continue;
                };
                let empty = xml[before..after].ends_with("/>");
                if empty {
                    edits.push((
                        before,
                        after,
                        cell(&reference, style.as_deref(), wanted[&reference]),
                    ));
                } else {
                    open = Some((before, reference, style, false));
                }
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "f" => {
                if let Some(open) = &mut open {
                    open.3 = true;
                }
            }
            Event::End(e) if e.local_name().as_ref() == "c" => {
                if let Some((start, reference, style, formula)) = open.take() {
                    if formula {
                        skipped.push((wanted[&reference].location(), "单元格是公式，没有改动"));
                    } else {
                        edits.push((
                            start,
                            after,
                            cell(&reference, style.as_deref(), wanted[&reference]),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    let found: Vec<&str> = edits.iter().map(|(s, _, _)| &xml[*s..]).collect();
    for (reference, fix) in &wanted {
        let done = found
            .iter()
            .any(|at| at.contains(&format!("r=\"{reference}\"")))
            || skipped.iter().any(|(place, _)| *place == fix.location());
        if !done {
            skipped.push((fix.location(), "工作表中没有这个单元格"));
        }
    }
    let mut out = xml.to_string();
    edits.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    for (start, end, replacement) in edits {
        out.replace_range(start..end, &replacement);
    }
    (out, skipped)
}

/// A cell element holding `fix.new` as an inline string (never a formula, whatever it starts
/// with), in the cell's own style.
fn cell(reference: &str, style: Option<&str>, fix: &CellFix) -> String {
    let style = style
        .map(|s| format!(" s=\"{}\"", xml(s)))
        .unwrap_or_default();
    format!(
        "<c r=\"{reference}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
        xml(&fix.new)
    )
}

/// A csv with `fixes` set, written back as it came: the same encoding (and byte-order mark), the
/// same delimiter, the same line ends. A value the encoding cannot hold is an error, not a `?`.
pub fn fix_csv(path: &Path, display: &str, fixes: &[&CellFix]) -> Result<Vec<u8>, Error> {
    let bytes = svcat_core::input::read_regular_file(path, MAX_CSV_BYTES)
        .map_err(|e| Error::io(display, e))?;
    let decoded = svcat_ingest::decode(&bytes, display)?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let delimiter = svcat_ingest::sniff_delimiter(&decoded.text, &extension);
    let crlf = decoded.text.contains("\r\n");
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(decoded.text.as_bytes());
    for record in reader.records() {
        let record =
            record.map_err(|e| Error::unreadable(display, None, format!("无法读取：{e}")))?;
        rows.push(record.iter().map(str::to_string).collect());
    }
    for fix in fixes {
        let (row, column) = (fix.row as usize - 1, fix.column as usize);
        if let Some(cells) = rows.get_mut(row) {
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            // The one cell svcat writes is defused, like every cell of its csv outputs.
            cells[column] = spreadsheet_cell(&fix.new).into_owned();
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in &rows {
        writer
            .write_record(row)
            .map_err(|e| Error::io(display, std::io::Error::other(e)))?;
    }
    let text = writer
        .into_inner()
        .map_err(|e| Error::io(display, e.into_error()))?;
    let text = String::from_utf8(text).expect("written from strings");
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    match decoded.encoding {
        "UTF-8" => {
            let mut out = Vec::with_capacity(text.len() + 3);
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(text.as_bytes());
            Ok(out)
        }
        name => {
            let encoding =
                encoding_rs::Encoding::for_label(name.as_bytes()).unwrap_or(encoding_rs::GB18030);
            // UTF-16 is read, never written (by anyone): such a file comes back as UTF-8 with a
            // byte-order mark, which Excel and WPS open the same way.
            if encoding.output_encoding() != encoding {
                let mut out = b"\xEF\xBB\xBF".to_vec();
                out.extend_from_slice(text.as_bytes());
                return Ok(out);
            }
            let (encoded, _, unmappable) = encoding.encode(&text);
            if unmappable {
                return Err(Error::unreadable(
                    display,
                    None,
                    format!("修正后的值有 {name} 编码写不出的字符，没有写出这份副本"),
                ));
            }
            Ok(encoded.into_owned())
        }
    }
}

/// The largest csv `fix` copies (as large as a catalog svcat checks in memory).
const MAX_CSV_BYTES: u64 = 2 << 30;

#[cfg(test)]
mod tests {
    use super::*;

    /// The cell svcat writes into a csv is never a formula, whatever the fix (a hostile schema's
    /// enum value can be anything); the department's other cells are left as they were.
    #[test]
    fn a_fixed_csv_cell_is_defused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        std::fs::write(&path, "事项名称,事项类型\n=原样,类型\n").unwrap();
        let fix = CellFix {
            file: "a.csv".into(),
            sheet: None,
            row: 2,
            column: 1,
            rule: "F011",
            header: None,
            old: "类型".into(),
            new: "=1+1".into(),
        };
        let bytes = fix_csv(&path, "a.csv", &[&fix]).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "事项名称,事项类型\n=原样,'=1+1\n"
        );
    }

    #[test]
    fn xml_cells_hold_escaped_text_in_their_style() {
        let fix = CellFix {
            file: "a.xlsx".into(),
            sheet: Some("表".into()),
            row: 3,
            column: 2,
            rule: "F011",
            header: None,
            old: String::new(),
            new: "<a & \"b\">\u{1}".into(),
        };
        let xml = r#"<sheetData><row r="3"><c r="C3" s="4" t="s"><v>7</v></c></row></sheetData>"#;
        let (out, skipped) = set_cells(xml, &[&fix]);
        assert!(skipped.is_empty());
        assert_eq!(
            out,
            r#"<sheetData><row r="3"><c r="C3" s="4" t="inlineStr"><is><t xml:space="preserve">&lt;a &amp; &quot;b&quot;&gt;</t></is></c></row></sheetData>"#
        );
    }
}
