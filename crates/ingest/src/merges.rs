//! The merged regions of every worksheet of an xlsx file, found by scanning the inflated sheet
//! XML for `<mergeCell ref="…"/>` on a thread of their own.
//!
//! Merged regions come at the end of a sheet's XML, after every cell, yet rows need them as they
//! are read (a department merged down many rows fills each row). calamine finds them by parsing
//! the whole sheet XML once more, and only after the workbook is opened, which loads the shared
//! strings; on a 100k-item workbook that pass was a fifth of reading it. Here the sheets are
//! inflated and searched for the one tag while calamine opens the workbook. A `<` in cell text is
//! always escaped in XML, so the tag cannot be mistaken for cell content.
//!
//! Anything unexpected (a workbook laid out differently, a reference that does not parse) gives
//! `None` for the workbook, and the reader asks calamine instead.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use std::sync::LazyLock;

use regex::bytes::Regex;

use super::sheet::Merge;

/// The merged regions of each worksheet, by sheet name, when the scan understood the workbook.
pub fn scan_merges(path: &Path) -> Option<HashMap<String, Vec<Merge>>> {
    let file = File::open(path).ok()?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).ok()?;
    let workbook = read_small(&mut zip, "xl/workbook.xml")?;
    let rels = read_small(&mut zip, "xl/_rels/workbook.xml.rels")?;
    let targets: HashMap<String, String> = elements(&rels, "Relationship")
        .map(|attrs| Some((attr(attrs, "Id")?, attr(attrs, "Target")?)))
        .collect::<Option<_>>()?;
    let mut merges = HashMap::new();
    for attrs in elements(&workbook, "sheet") {
        let name = unescape(&attr(attrs, "name")?)?;
        let target = targets.get(&attr(attrs, "id")?)?;
        let part = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        if part.contains("..") {
            return None;
        }
        // Chart sheets and the like have no cells to merge.
        if !part.starts_with("xl/worksheets/") {
            continue;
        }
        let entry = zip.by_name(&part).ok()?;
        merges.insert(name, merges_in(entry)?);
    }
    Some(merges)
}

/// A small part of the package (workbook, relationships), whole.
fn read_small<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Option<Vec<u8>> {
    let entry = zip.by_name(name).ok()?;
    if entry.size() > 64 << 20 {
        return None;
    }
    let mut bytes = Vec::new();
    entry.take(64 << 20).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

static ELEMENT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z]+)\s([^>]*)>"#).expect("valid regex")
});
static ATTR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|\s)(?:[A-Za-z_][\w.-]*:)?([A-Za-z]+)\s*=\s*"([^"]*)""#).expect("valid regex")
});

/// The attribute text of every element with this local name.
fn elements<'x>(xml: &'x [u8], local_name: &'x str) -> impl Iterator<Item = &'x [u8]> + 'x {
    ELEMENT_RE.captures_iter(xml).filter_map(move |caps| {
        (&caps[1] == local_name.as_bytes()).then(|| caps.get(2).expect("group").as_bytes())
    })
}

/// An attribute's value by local name (`r:id` is `id`), as written.
fn attr(attrs: &[u8], local_name: &str) -> Option<String> {
    ATTR_RE
        .captures_iter(attrs)
        .find(|caps| &caps[1] == local_name.as_bytes())
        .and_then(|caps| String::from_utf8(caps[2].to_vec()).ok())
}

/// An attribute value with XML's character references resolved.
fn unescape(value: &str) -> Option<String> {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';')? + at;
        let reference = &rest[at + 1..end];
        let c = match reference {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = match reference.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => reference.strip_prefix('#')?.parse().ok()?,
                };
                char::from_u32(code)?
            }
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// A `<mergeCell …>` tag at the start of the text. The search looks for the name first (a
/// literal, found many times faster than a regex finds a tag in XML, which has a `<` every few
/// bytes: on a 100k-item sheet of inline strings the regex took most of the scan, and reading rows
/// waits for the scan), then matches the tag from its `<`.
static MERGE_CELL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*"([^"]*)""#)
        .expect("valid regex")
});

/// The merged regions tagged in `xml` whose tags start before `settled`, and where the last of
/// them ends (0 when none).
fn merge_tags(xml: &[u8], settled: usize, merges: &mut Vec<Merge>) -> Option<usize> {
    let mut end = 0;
    let mut from = 0;
    for name in memchr::memmem::find_iter(xml, b"mergeCell") {
        // The name inside a tag already read (an attribute value may hold it).
        if name < from {
            continue;
        }
        // The tag's `<` is the last one before its name (a namespace prefix holds none).
        let Some(open) = memchr::memrchr(b'<', &xml[from..name]).map(|at| from + at) else {
            continue;
        };
        if open >= settled {
            break;
        }
        if let Some(caps) = MERGE_CELL_RE.captures(&xml[open..]) {
            merges.push(parse_ref(std::str::from_utf8(&caps[1]).ok()?)?);
            end = open + caps.get(0).expect("match").end();
            from = end;
        }
    }
    Some(end)
}

/// Bytes kept from one read to the next, so that a tag cut by a read is found whole in the next.
const OVERLAP: usize = 64 << 10;

/// The merged regions of one sheet's XML, read as a stream.
fn merges_in(mut xml: impl Read) -> Option<Vec<Merge>> {
    let mut merges = Vec::new();
    let mut buffer: Vec<u8> = Vec::with_capacity(4 << 20);
    let mut chunk = vec![0u8; 4 << 20];
    loop {
        let read = xml.read(&mut chunk).ok()?;
        let last = read == 0;
        buffer.extend_from_slice(&chunk[..read]);
        // Tags starting in the last OVERLAP bytes wait for the next read (unless none comes).
        let settled = if last {
            buffer.len()
        } else {
            buffer.len().saturating_sub(OVERLAP)
        };
        let consumed = settled.max(merge_tags(&buffer, settled, &mut merges)?);
        if last {
            return Some(merges);
        }
        buffer.drain(..consumed);
    }
}

/// "B3:D7" (or "B3") as zero-based rows and columns.
fn parse_ref(reference: &str) -> Option<Merge> {
    let (start, end) = reference.split_once(':').unwrap_or((reference, reference));
    let (first_row, first_col) = parse_cell(start)?;
    let (last_row, last_col) = parse_cell(end)?;
    Some(Merge {
        first_row,
        first_col,
        last_row,
        last_col,
    })
}

fn parse_cell(cell: &str) -> Option<(u32, u32)> {
    let digits = cell.find(|c: char| c.is_ascii_digit())?;
    let (letters, number) = cell.split_at(digits);
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let col = letters
        .bytes()
        .fold(0u32, |acc, b| acc * 26 + u32::from(b - b'A' + 1))
        - 1;
    let row: u32 = number.parse().ok()?;
    Some((row.checked_sub(1)?, col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_parse_as_calamine_reads_them() {
        let m = parse_ref("B3:AA10").unwrap();
        assert_eq!(
            (m.first_row, m.first_col, m.last_row, m.last_col),
            (2, 1, 9, 26)
        );
        let m = parse_ref("C1").unwrap();
        assert_eq!(
            (m.first_row, m.first_col, m.last_row, m.last_col),
            (0, 2, 0, 2)
        );
        assert!(parse_ref("$A$1:B2").is_none());
        assert!(parse_ref("A0").is_none());
    }

    #[test]
    fn names_are_unescaped() {
        assert_eq!(unescape("民政&amp;社保").unwrap(), "民政&社保");
        assert_eq!(unescape("&#x4E00;&#20108;").unwrap(), "一二");
        assert!(unescape("a&b").is_none());
    }

    /// The regions the scan finds, as (first row, first column, last row, last column).
    fn scanned(xml: &[u8]) -> Vec<(u32, u32, u32, u32)> {
        merges_in(xml)
            .unwrap()
            .iter()
            .map(|m| (m.first_row, m.first_col, m.last_row, m.last_col))
            .collect()
    }

    /// A tag cut by the end of a read is found in the next one, once.
    #[test]
    fn tags_across_reads_are_found_once() {
        let mut xml = Vec::new();
        xml.extend_from_slice(b"<worksheet><sheetData>");
        xml.resize(5 << 20, b' ');
        xml.extend_from_slice(b"</sheetData><mergeCells count=\"2\">");
        let cut = (4 << 20) - 10;
        xml.splice(cut..cut, b"<x:mergeCell ref=\"A2:A9\"/>".iter().copied());
        xml.extend_from_slice(b"<mergeCell ref=\"B1:C1\"/></mergeCells></worksheet>");
        assert_eq!(scanned(&xml), [(1, 0, 8, 0), (0, 1, 0, 2)]);
    }

    /// The name inside an attribute of a tag already read, or in escaped cell text, is no tag.
    #[test]
    fn the_name_outside_a_tag_is_not_a_tag() {
        let xml = b"<c><is><t>&lt;mergeCell ref=\"Z9\"</t></is></c>\
            <mergeCell note=\"mergeCell\" ref=\"A1:A3\" also=\"mergeCell\"/>\
            <mergeCells count=\"1\"><mergeCell ref=\"B2:C2\"/>";
        assert_eq!(scanned(xml), [(0, 0, 2, 0), (1, 1, 1, 2)]);
    }

    /// On every workbook the tests and samples ship, the scan finds what calamine finds, sheet by
    /// sheet (the reader relies on it wherever the scan gives an answer).
    #[test]
    fn the_scan_finds_what_calamine_finds() {
        use calamine::{Reader, Xlsx, open_workbook};
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let mut workbooks = Vec::new();
        let mut dirs = vec![root.join("tests/fixtures"), root.join("catalogs")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "xlsx" || e == "xlsm") {
                    workbooks.push(path);
                }
            }
        }
        let mut compared = 0;
        let mut with_merges = 0;
        for path in workbooks {
            let Ok(mut book) = open_workbook::<Xlsx<_>, _>(&path) else {
                continue;
            };
            let scanned =
                scan_merges(&path).unwrap_or_else(|| panic!("{} not understood", path.display()));
            for sheet in book.sheet_names() {
                let Ok(expected) = book.merge_cells_by_sheet_name(&sheet) else {
                    continue;
                };
                let expected: Vec<(u32, u32, u32, u32)> = expected
                    .iter()
                    .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                    .collect();
                let found: Vec<(u32, u32, u32, u32)> = scanned[&sheet]
                    .iter()
                    .map(|m| (m.first_row, m.first_col, m.last_row, m.last_col))
                    .collect();
                assert_eq!(found, expected, "{} / {sheet}", path.display());
                compared += 1;
                with_merges += usize::from(!expected.is_empty());
            }
        }
        assert!(compared >= 10, "only {compared} sheets compared");
        assert!(with_merges >= 2, "only {with_merges} sheets with merges");
    }
}
