//! SARIF 2.1.0, so code-scanning tools show findings on the file: one run, the rules' metadata as
//! the tool's rules, each finding a result with its file and (where known) its row and column.

use std::io::Write;

use serde::Serialize;
use serde_json::{Value, json};

use svcat_core::escape::uri_path;
use svcat_core::finding::{Finding, Severity};
use svcat_core::finding_json::render_parts;
use svcat_core::json_writer::{formatter_at, write_items};
use svcat_core::model::CatalogSettings;
use svcat_core::report::FindingSource;
use svcat_rules::Rule;

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF document around its results, which stand as [`RESULTS`] until written.
fn document(rules: &[&Rule], settings: Option<&CatalogSettings>) -> Value {
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
                "properties": {"family": r.family.label(), "source": r.source, "fixable": r.fixable.is_some()}
            })
        })
        .collect();
    let mut run = json!({
            "tool": {"driver": {
                "name": "svcat",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": descriptors
            }},
            "language": "zh-CN",
            "columnKind": "unicodeCodePoints",
            "results": RESULTS
    });
    // What the catalog was checked with: the report contract's `settings`.
    if let Some(settings) = settings {
        run["properties"] = json!({ "settings": settings });
    }
    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [run]
    })
}

/// Where the results go in [`document`]: they are written one by one from the findings, never
/// held as one value (a large catalog has millions).
const RESULTS: &str = "\u{0}results";

/// One finding as a SARIF result. `base` is the directory URIs are relative to (the inputs'
/// root), so a CI upload can place results on the repository's files. The URI is percent-encoded
/// as RFC 3986 asks (a space, `#`, `?`, `%` or a Chinese file name would otherwise make it
/// invalid or point elsewhere).
fn result(f: &Finding, rule_index: Option<usize>, base: Option<&str>) -> Value {
    let path = match base {
        Some(base) if !base.is_empty() => {
            format!("{}/{}", base.trim_end_matches('/'), f.file)
        }
        _ => f.file.clone(),
    };
    let uri = uri_path(&path);
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
        "message": {"text": format!("{}{}（{}）", f.message, svcat_core::finding::same_note(&f.same), f.help)},
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
    settings: Option<&CatalogSettings>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // The document as serde_json writes it with the hole for the results, cut at the hole.
    let mut doc =
        serde_json::to_vec_pretty(&document(rules, settings)).map_err(std::io::Error::from)?;
    doc.push(b'\n');
    let hole = serde_json::to_vec(RESULTS).map_err(std::io::Error::from)?;
    let at = doc
        .windows(hole.len())
        .position(|w| w == hole.as_slice())
        .ok_or_else(|| std::io::Error::other("SARIF results hole"))?;
    let (head, tail) = (&doc[..at], &doc[at + hole.len()..]);
    if report.is_empty() {
        out.write_all(head)?;
        out.write_all(b"[]")?;
        return out.write_all(tail);
    }
    // The results, as serde_json's pretty printer writes them in that array: each on a new line,
    // two spaces deeper than the "results" key, a chunk at a time on every core.
    let key_indent = leading_spaces(head);
    let depth = key_indent / 2 + 1;
    let prefix = [b",\n".as_slice(), &vec![b' '; depth * 2]].concat();
    out.write_all(head)?;
    out.write_all(b"[")?;
    let mut first = true;
    report.chunks(&mut |findings| {
        let parts = render_parts(findings, |f, buf| {
            buf.extend_from_slice(&prefix);
            let index = rules.iter().position(|r| r.id == f.rule);
            let mut serializer = serde_json::Serializer::with_formatter(buf, formatter_at(depth));
            result(f, index, base)
                .serialize(&mut serializer)
                .map_err(std::io::Error::from)
        })?;
        parts
            .iter()
            .try_for_each(|part| write_items(out, part, &mut first))
    })?;
    out.write_all(b"\n")?;
    out.write_all(&vec![b' '; key_indent])?;
    out.write_all(b"]")?;
    out.write_all(tail)
}

/// How far the last line of `head` (the one with the "results" key) is indented.
fn leading_spaces(head: &[u8]) -> usize {
    let line = head
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(head, |n| &head[n + 1..]);
    line.iter().take_while(|&&b| b == b' ').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use svcat_core::report::Report;
    use svcat_core::testing::{assert_is_pretty_json, varied_finding as finding};
    use svcat_rules::all_rules;

    /// The results are written a chunk at a time on every core into the document's bytes; the
    /// whole equals serde_json's pretty printing of the document holding every result, with no
    /// findings, one, and more than a chunk's worth.
    #[test]
    fn chunked_results_give_serde_jsons_bytes() {
        let rules = all_rules();
        for n in [0, 1, 5000] {
            let report = Report {
                files: 1,
                items: n,
                findings: (0..n).map(finding).collect(),
            };
            let mut written = Vec::new();
            write_sarif(&report, &rules, Some("catalogs/town"), None, &mut written).unwrap();
            let mut doc = document(&rules, None);
            doc["runs"][0]["results"] = Value::Array(
                report
                    .findings
                    .iter()
                    .map(|f| {
                        let index = rules.iter().position(|r| r.id == f.rule);
                        result(f, index, Some("catalogs/town"))
                    })
                    .collect(),
            );
            assert_is_pretty_json(written, &doc, n);
        }
    }
}
