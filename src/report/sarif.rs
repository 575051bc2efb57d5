//! SARIF 2.1.0, so code-scanning tools show findings on the file: one run, the rules' metadata as
//! the tool's rules, each finding a result with its file and (where known) its row and column.

use std::io::Write;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Value, json};

use super::{Finding, FindingSource, Severity};
use crate::rules::Rule;

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF document around its results, which stand as [`RESULTS`] until written.
fn document(rules: &[&Rule]) -> Value {
    let descriptors: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.name,
                "shortDescription": {"text": r.name},
                "fullDescription": {"text": r.explain},
                "help": {"text": format!("{}\n示例（错误）：{}\n示例（正确）：{}", r.help, r.bad, r.good)},
                "defaultConfiguration": {"level": sarif_level(r.severity)},
                "properties": {"family": r.family.label(), "source": r.source, "fixable": r.fixable}
            })
        })
        .collect();
    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "svcat",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": descriptors
            }},
            "language": "zh-CN",
            "columnKind": "unicodeCodePoints",
            "results": RESULTS
        }]
    })
}

/// Where the results go in [`document`]: they are written one by one from the findings, never
/// held as one value (a large catalog has millions).
const RESULTS: &str = "\u{0}results";

/// One finding as a SARIF result. `base` is the directory URIs are relative to (the inputs'
/// root), so a CI upload can place results on the repository's files.
fn result(f: &Finding, rule_index: Option<usize>, base: Option<&str>) -> Value {
    let uri = match base {
        Some(base) if !base.is_empty() => {
            format!("{}/{}", base.trim_end_matches('/'), f.file)
        }
        _ => f.file.clone(),
    };
    let mut physical = json!({"artifactLocation": {"uri": uri}});
    if let Some(row) = f.row {
        let mut region = json!({"startLine": row});
        if let Some(col) = f.column {
            region["startColumn"] = json!(col + 1);
        }
        physical["region"] = region;
    }
    let mut location = json!({"physicalLocation": physical});
    let mut logical = Vec::new();
    if let Some(sheet) = &f.sheet {
        logical.push(json!({"name": sheet, "kind": "module"}));
    }
    if let Some(item) = &f.item {
        logical.push(json!({"name": item.name, "fullyQualifiedName": item.code, "kind": "object"}));
    }
    if !logical.is_empty() {
        location["logicalLocations"] = Value::Array(logical);
    }
    let mut result = json!({
        "ruleId": f.rule,
        "level": sarif_level(f.severity),
        "message": {"text": format!("{}（{}）", f.message, f.help)},
        "locations": [location],
        "properties": {"cell": f.cell(), "sheet": f.sheet, "element": f.element}
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    result
}

pub fn write_sarif(
    report: &dyn FindingSource,
    rules: &[&Rule],
    base: Option<&str>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let doc = document(rules);
    let results = Results {
        report,
        rules,
        base,
    };
    serde_json::to_writer_pretty(&mut *out, &Filled(&doc, &results))
        .map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

struct Results<'a> {
    report: &'a dyn FindingSource,
    rules: &'a [&'a Rule],
    base: Option<&'a str>,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.report.len()))?;
        serialize_each(self.report, |f| {
            let index = self.rules.iter().position(|r| r.id == f.rule);
            seq.serialize_element(&result(f, index, self.base))
        })?;
        seq.end()
    }
}

/// A JSON value written as serde_json writes it, with the results where [`RESULTS`] stands.
struct Filled<'a>(&'a Value, &'a Results<'a>);

impl Serialize for Filled<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::String(hole) if hole == RESULTS => self.1.serialize(s),
            Value::Array(values) => {
                let mut seq = s.serialize_seq(Some(values.len()))?;
                for v in values {
                    seq.serialize_element(&Filled(v, self.1))?;
                }
                seq.end()
            }
            Value::Object(map) => {
                let mut out = s.serialize_map(Some(map.len()))?;
                for (k, v) in map {
                    out.serialize_entry(k, &Filled(v, self.1))?;
                }
                out.end()
            }
            other => other.serialize(s),
        }
    }
}

/// Runs a serializer step for every finding of a source; a failure to read the findings (a spill
/// file) becomes the serializer's error.
fn serialize_each<E: serde::ser::Error>(
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
