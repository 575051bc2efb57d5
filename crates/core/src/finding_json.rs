//! One finding as the report contract (`report/1`) writes it. Written by hand, since it runs for
//! every finding of reports that can hold millions; the findings store renders its records with
//! it, and [`FindingDoc`] is the serde reference it is tested against.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use rayon::prelude::*;

use crate::finding::{Finding, ItemKey, Severity};
use crate::json_writer as pretty;
use crate::text::{cell_name, column_letter};

/// Renders a run of findings (or their records) on every core, a few hundred into each part of
/// the output, the parts in order; the first error stops it.
pub fn render_parts<T: Sync>(
    findings: &[T],
    render: impl Fn(&T, &mut Vec<u8>) -> std::io::Result<()> + Sync,
) -> std::io::Result<Vec<Vec<u8>>> {
    findings
        .par_chunks(256)
        .map(|part| {
            let mut buf = Vec::with_capacity(part.len() * 1024);
            for f in part {
                render(f, &mut buf)?;
            }
            Ok(buf)
        })
        .collect()
}

/// A finding's parts as the report shows them, borrowed from a [`Finding`] or from a record of
/// the findings store.
pub struct FindingJson<'a> {
    pub rule: &'a str,
    pub severity: Severity,
    pub element: Option<&'a str>,
    pub message: &'a str,
    /// Text the message goes on with (the L rules' note on repeats, kept apart in the store).
    pub message_suffix: &'a str,
    pub help: &'a str,
    pub file: &'a str,
    pub sheet: Option<&'a str>,
    pub row: Option<u32>,
    pub column: Option<u32>,
    /// Code and name.
    pub item: Option<(&'a str, &'a str)>,
    pub fix: Option<&'a str>,
    /// The other cells of the same fact.
    pub same: &'a [String],
}

impl<'a> FindingJson<'a> {
    pub fn of(f: &'a Finding) -> FindingJson<'a> {
        FindingJson {
            rule: f.rule,
            severity: f.severity,
            element: f.element.as_deref(),
            message: &f.message,
            message_suffix: "",
            help: &f.help,
            file: &f.file,
            sheet: f.sheet.as_deref(),
            row: f.row,
            column: f.column,
            item: f.item.as_ref().map(|i| (i.code.as_str(), i.name.as_str())),
            fix: f.fix.as_deref(),
            same: &f.same,
        }
    }
}

/// One finding, byte for byte as serde_json's pretty printer writes it inside the findings array
/// (tested against it), after ",\n    ". Written by hand: this runs for every finding of a
/// report that can hold millions, and a record of the store renders without being decoded into
/// owned strings first.
pub fn render_finding(buf: &mut Vec<u8>, f: &FindingJson) {
    buf.extend_from_slice(b",\n    {\n      \"rule\": ");
    pretty::string(buf, f.rule);
    buf.extend_from_slice(b",\n      \"severity\": ");
    pretty::string(buf, f.severity.name());
    buf.extend_from_slice(b",\n      \"element\": ");
    pretty::opt_string(buf, f.element);
    buf.extend_from_slice(b",\n      \"message\": ");
    if f.message_suffix.is_empty() {
        pretty::string(buf, f.message);
    } else {
        pretty::string(buf, &format!("{}{}", f.message, f.message_suffix));
    }
    buf.extend_from_slice(b",\n      \"help\": ");
    pretty::string(buf, f.help);
    buf.extend_from_slice(b",\n      \"file\": ");
    pretty::string(buf, f.file);
    buf.extend_from_slice(b",\n      \"sheet\": ");
    pretty::opt_string(buf, f.sheet);
    buf.extend_from_slice(b",\n      \"row\": ");
    json_opt_number(buf, f.row);
    buf.extend_from_slice(b",\n      \"column\": ");
    pretty::opt_string(buf, f.column.map(column_letter).as_deref());
    buf.extend_from_slice(b",\n      \"cell\": ");
    let cell = f
        .column
        .zip(f.row)
        .map(|(column, row)| cell_name(column, row));
    pretty::opt_string(buf, cell.as_deref());
    buf.extend_from_slice(b",\n      \"item\": ");
    match f.item {
        Some((code, name)) => {
            buf.extend_from_slice(b"{\n        \"code\": ");
            pretty::string(buf, code);
            buf.extend_from_slice(b",\n        \"name\": ");
            pretty::string(buf, name);
            buf.extend_from_slice(b"\n      }");
        }
        None => buf.extend_from_slice(b"null"),
    }
    if let Some(fix) = f.fix {
        buf.extend_from_slice(b",\n      \"fix\": ");
        pretty::string(buf, fix);
    }
    // A repeated fact: how many cells in all, and the others (fields added to report/1).
    if !f.same.is_empty() {
        buf.extend_from_slice(b",\n      \"count\": ");
        buf.extend_from_slice(itoa::Buffer::new().format(f.same.len() + 1).as_bytes());
        buf.extend_from_slice(b",\n      \"same_cells\": [");
        for (i, cell) in f.same.iter().enumerate() {
            buf.extend_from_slice(if i == 0 {
                b"\n        "
            } else {
                b",\n        "
            });
            pretty::string(buf, cell);
        }
        buf.extend_from_slice(b"\n      ]");
    }
    buf.extend_from_slice(b"\n    }");
}

fn json_opt_number(buf: &mut Vec<u8>, n: Option<u32>) {
    match n {
        Some(n) => pretty::integer(buf, n),
        None => buf.extend_from_slice(b"null"),
    }
}

/// A finding as serde would write it: the reference `render_finding` is tested against.
pub struct FindingDoc<'a>(pub &'a Finding);

impl Serialize for FindingDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("rule", f.rule)?;
        map.serialize_entry("severity", f.severity.name())?;
        map.serialize_entry("element", &f.element)?;
        map.serialize_entry("message", &f.message)?;
        map.serialize_entry("help", &f.help)?;
        map.serialize_entry("file", &f.file)?;
        map.serialize_entry("sheet", &f.sheet)?;
        map.serialize_entry("row", &f.row)?;
        map.serialize_entry("column", &f.column_letter())?;
        map.serialize_entry("cell", &f.cell())?;
        map.serialize_entry("item", &f.item.as_ref().map(ItemDoc))?;
        if let Some(fix) = &f.fix {
            map.serialize_entry("fix", fix)?;
        }
        map.end()
    }
}

/// An item key as the contract writes it: `{"code": …, "name": …}`.
struct ItemDoc<'a>(&'a ItemKey);

impl Serialize for ItemDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("code", &self.0.code)?;
        map.serialize_entry("name", &self.0.name)?;
        map.end()
    }
}
