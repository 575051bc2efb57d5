//! Baselines: a recorded report whose findings are accepted, so CI fails only on new ones and a
//! legacy catalog can adopt svcat without staying red.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

use svcat_core::error::Error;
use svcat_core::finding::Finding;
use svcat_core::report::FindingSource;

/// What identifies a finding across runs: rule, place and item — not the message wording.
type Key = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<u64>,
    Option<String>,
);

fn key_of_json(f: &Value) -> Key {
    let s = |k: &str| f.get(k).and_then(Value::as_str).map(str::to_string);
    (
        s("rule").unwrap_or_default(),
        s("file").unwrap_or_default(),
        s("sheet"),
        s("cell"),
        f.get("row").and_then(Value::as_u64),
        f.get("item")
            .and_then(|i| i.get("code"))
            .and_then(Value::as_str)
            .map(str::to_string),
    )
}

/// The findings a baseline file records.
struct Baseline(HashSet<Key>);

impl Baseline {
    fn read(path: &Path) -> Result<Baseline, Error> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&display, e))?;
        let doc: Value = serde_json::from_str(&text).map_err(|e| {
            Error::unreadable(&display, None, format!("基线文件不是有效的 JSON：{e}"))
        })?;
        let Some(findings) = doc.get("findings").and_then(Value::as_array) else {
            return Err(Error::unreadable(
                &display,
                None,
                "基线文件缺少 findings（应由 svcat check --write-baseline 生成）",
            ));
        };
        Ok(Baseline(findings.iter().map(key_of_json).collect()))
    }

    /// Whether the baseline accepts this finding.
    fn covers(&self, f: &Finding) -> bool {
        let key = (
            f.rule.to_string(),
            f.file.clone(),
            f.sheet.clone(),
            f.cell(),
            f.row.map(u64::from),
            f.item.as_ref().map(|i| i.code.clone()),
        );
        self.0.contains(&key)
    }
}

/// Removes the findings the baseline file records.
pub fn apply_baseline(report: &mut dyn FindingSource, path: &Path) -> Result<(), Error> {
    let baseline = Baseline::read(path)?;
    report
        .retain(&|f| !baseline.covers(f))
        .map_err(|e| Error::io("临时文件", e))
}
