//! SARIF 2.1.0, so code-scanning tools show findings on the file: one run, the rules' metadata as
//! the tool's rules, each finding a result with its file and (where known) its row and column.

use std::io::Write;

use serde_json::{Value, json};

use super::{Report, Severity};
use crate::rules::Rule;

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF document. `base` is the directory URIs are relative to (the inputs' root), so a CI
/// upload can place results on the repository's files.
pub fn sarif_document(report: &Report, rules: &[&Rule], base: Option<&str>) -> Value {
    let rule_index = |id: &str| rules.iter().position(|r| r.id == id);
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
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
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
                logical.push(
                    json!({"name": item.name, "fullyQualifiedName": item.code, "kind": "object"}),
                );
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
            if let Some(i) = rule_index(f.rule) {
                result["ruleIndex"] = json!(i);
            }
            result
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
            "results": results
        }]
    })
}

pub fn write_sarif(
    report: &Report,
    rules: &[&Rule],
    base: Option<&str>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let doc = sarif_document(report, rules, base);
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}
