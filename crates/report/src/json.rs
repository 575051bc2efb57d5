//! The check report contract (`"svcat": "report/1"`), written finding by finding.

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::baseline::BaselineOutcome;
use svcat_core::finding::Severity;
use svcat_core::json_writer::write_items;
use svcat_core::model::CatalogSettings;
use svcat_core::report::FindingSource;

pub const REPORT_FORMAT: &str = "report/1";

/// Writes the report; `settings`, what the catalog was checked with, go in `"settings"`.
pub fn write_report_json(
    report: &dyn FindingSource,
    settings: Option<&CatalogSettings>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    write_report_json_with(report, settings, None, out)
}

/// The report, its summary telling what the baseline applied did (`summary.baseline`, a field
/// added to report/1: `accepted`, the number of findings it accepted, and `gone`, the recorded
/// findings that no longer occur); `settings`, what the catalog was checked with, go in
/// `"settings"`.
pub fn write_report_json_with(
    report: &dyn FindingSource,
    settings: Option<&CatalogSettings>,
    baseline: Option<&BaselineOutcome>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // The document with no findings, as serde_json writes it; it ends in `"findings": []\n}`.
    let mut head = Vec::new();
    let mut serializer = serde_json::Serializer::pretty(&mut head);
    ReportDoc(report, settings, baseline)
        .serialize(&mut serializer)
        .map_err(std::io::Error::from)?;
    if report.is_empty() {
        out.write_all(&head)?;
        return out.write_all(b"\n");
    }
    // Up to the array's `[`, then the findings as serde_json's pretty printer writes them there,
    // a thousand or so at a time on every core, then the array's and the document's ends.
    out.write_all(&head[..head.len() - b"]\n}".len()])?;
    let mut first = true;
    report.json_chunks(&mut |part| write_items(out, part, &mut first))?;
    out.write_all(b"\n  ]\n}\n")
}

/// The report with an empty findings array (see `write_report_json`).
struct ReportDoc<'a>(
    &'a dyn FindingSource,
    Option<&'a CatalogSettings>,
    Option<&'a BaselineOutcome>,
);

impl Serialize for ReportDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("svcat", REPORT_FORMAT)?;
        map.serialize_entry("summary", &Summary(report, self.2))?;
        if let Some(settings) = self.1 {
            map.serialize_entry("settings", settings)?;
        }
        map.serialize_entry("findings", &[(); 0])?;
        map.end()
    }
}

struct Summary<'a>(&'a dyn FindingSource, Option<&'a BaselineOutcome>);

impl Serialize for Summary<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("files", &r.files())?;
        map.serialize_entry("items", &r.items())?;
        map.serialize_entry("errors", &r.count(Severity::Error))?;
        map.serialize_entry("warnings", &r.count(Severity::Warning))?;
        map.serialize_entry("infos", &r.count(Severity::Info))?;
        if let Some(baseline) = self.1 {
            map.serialize_entry(
                "baseline",
                &serde_json::json!({
                    "accepted": baseline.accepted,
                    "gone": baseline.gone,
                }),
            )?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use svcat_core::finding_json::FindingDoc;
    use svcat_core::report::Report;
    use svcat_core::testing::{assert_is_pretty_json, varied_finding as finding};

    /// The report is written a chunk at a time on every core; its bytes are serde_json's pretty
    /// printing of the whole document, with no findings, one, and more than a chunk's worth.
    #[test]
    fn chunked_writing_gives_serde_jsons_bytes() {
        for n in [0, 1, 2, 5000] {
            let report = Report {
                files: 1,
                items: n,
                findings: (0..n).map(finding).collect(),
            };
            let mut written = Vec::new();
            write_report_json(&report, None, &mut written).unwrap();
            let findings: Vec<serde_json::Value> = report
                .findings
                .iter()
                .map(|f| serde_json::to_value(FindingDoc(f)).unwrap())
                .collect();
            let doc = serde_json::json!({
                "svcat": REPORT_FORMAT,
                "summary": serde_json::to_value(Summary(&report, None)).unwrap(),
                "findings": findings,
            });
            assert_is_pretty_json(written, &doc, n);
        }
    }
}
