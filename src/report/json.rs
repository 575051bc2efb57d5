//! The check report contract (`"svcat": "report/1"`), written finding by finding.

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use super::{Finding, FindingSource, Severity};

pub const REPORT_FORMAT: &str = "report/1";

pub fn write_report_json(report: &dyn FindingSource, out: &mut dyn Write) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(&mut *out);
    ReportDoc(report)
        .serialize(&mut serializer)
        .map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

struct ReportDoc<'a>(&'a dyn FindingSource);

impl Serialize for ReportDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("svcat", REPORT_FORMAT)?;
        map.serialize_entry("summary", &Summary(report))?;
        map.serialize_entry("findings", &Findings(report))?;
        map.end()
    }
}

struct Summary<'a>(&'a dyn FindingSource);

impl Serialize for Summary<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut map = s.serialize_map(Some(5))?;
        map.serialize_entry("files", &r.files())?;
        map.serialize_entry("items", &r.items())?;
        map.serialize_entry("errors", &r.count(Severity::Error))?;
        map.serialize_entry("warnings", &r.count(Severity::Warning))?;
        map.serialize_entry("infos", &r.count(Severity::Info))?;
        map.end()
    }
}

struct Findings<'a>(&'a dyn FindingSource);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        serialize_each(self.0, |f| seq.serialize_element(&FindingDoc(f)))?;
        seq.end()
    }
}

/// Runs a serializer step for every finding of a source; a failure to read the findings (a spill
/// file) becomes the serializer's error.
pub(crate) fn serialize_each<E: serde::ser::Error>(
    source: &dyn FindingSource,
    mut step: impl FnMut(&Finding) -> Result<(), E>,
) -> Result<(), E> {
    let mut failed: Option<E> = None;
    let read = source.each(&mut |f| {
        step(f).map_err(|e| {
            failed = Some(e);
            std::io::Error::other("serializer")
        })
    });
    match (failed, read) {
        (Some(e), _) => Err(e),
        (None, Err(e)) => Err(E::custom(e)),
        (None, Ok(())) => Ok(()),
    }
}

pub(crate) struct FindingDoc<'a>(pub &'a Finding);

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
struct ItemDoc<'a>(&'a super::ItemKey);

impl Serialize for ItemDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("code", &self.0.code)?;
        map.serialize_entry("name", &self.0.name)?;
        map.end()
    }
}
