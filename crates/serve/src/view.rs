//! What the result page shows of a check: the summary with the reform indicators, and the
//! findings grouped by department and item, each with its cell, the cell's text, the message and
//! what to do. Plain data; the template escapes every value as it renders it.

use std::collections::{BTreeSet, HashMap};

use serde_json::{Value, json};

use crate::checked::Checked;
use crate::upload::Upload;
use svcat_core::department::Departments;
use svcat_core::finding::{Finding, Severity};

/// The heading of findings about a file or sheet rather than an item.
const FILES_GROUP: &str = "文件与表格";

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Info => "提示",
    }
}

fn severity_key(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// Items of one sheet (file, sheet name): first row, last row, index in the catalog.
type SheetRows<'a> = HashMap<(&'a str, Option<&'a str>), Vec<(u32, u32, usize)>>;
/// A department's (or the files') findings by item: key, title, findings.
type Group = (String, Vec<(String, String, Vec<Value>)>);

/// The page's data for a checked upload.
pub fn view(upload: &Upload, checked: &Checked) -> Value {
    let catalog = &checked.ingested.catalog;
    let report = &checked.report;
    let standard = Departments::of(catalog);
    // Items by sheet, to find the item (and its department) of a finding's row.
    let mut rows: SheetRows = HashMap::new();
    for (i, item) in catalog.items.iter().enumerate() {
        let sheet = &catalog.sheets[item.sheet as usize];
        rows.entry((sheet.file.as_str(), sheet.sheet.as_deref()))
            .or_default()
            .push((item.row, item.last_row, i));
    }
    let department_of = |f: &Finding| -> Option<String> {
        f.item.as_ref()?;
        let row = f.row?;
        let items = rows.get(&(f.file.as_str(), f.sheet.as_deref()))?;
        let (_, _, i) = items.iter().find(|(a, b, _)| *a <= row && row <= *b)?;
        let written = catalog.text(&catalog.items[*i], "department");
        let d = standard.standard(&written).to_string();
        Some(if d.is_empty() {
            "（未写部门）".into()
        } else {
            d
        })
    };

    // Departments, then items (or files), in the report's order of first appearance.
    let mut groups: Vec<Group> = Vec::new();
    let mut rules = BTreeSet::new();
    for f in &report.findings {
        rules.insert(f.rule);
        let (group, key, title) = match (&f.item, department_of(f)) {
            (Some(item), Some(dept)) => (
                dept,
                format!("{}\u{1}{}", item.code, item.name),
                if item.code.is_empty() {
                    item.name.clone()
                } else {
                    format!("{}（{}）", item.name, item.code)
                },
            ),
            _ => {
                let place = match &f.sheet {
                    Some(s) => format!("{}!{s}", f.file),
                    None => f.file.clone(),
                };
                (FILES_GROUP.to_string(), place.clone(), place)
            }
        };
        let finding = json!({
            "rule": f.rule,
            "severity": severity_key(f.severity),
            "severity_label": severity_label(f.severity),
            "place": match (&f.sheet, f.cell()) {
                (Some(s), Some(c)) => format!("{}!{s}!{c}", f.file),
                (Some(s), None) => format!("{}!{s}", f.file),
                (None, Some(c)) => format!("{}!{c}", f.file),
                (None, None) => f.file.clone(),
            },
            "cell": f.cell().unwrap_or_default(),
            "same": f.same,
            "header": f.header.clone().unwrap_or_default(),
            "text": f.text.clone().unwrap_or_default(),
            "message": f.message,
            "help": f.help,
            "fix": f.fix,
        });
        let g = match groups.iter().position(|(g, _)| *g == group) {
            Some(g) => g,
            None => {
                groups.push((group, Vec::new()));
                groups.len() - 1
            }
        };
        let items = &mut groups[g].1;
        match items.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, list)) => list.push(finding),
            None => items.push((key, title, vec![finding])),
        }
    }
    // Problems of the items first; those of whole files and sheets after them.
    groups.sort_by_key(|(name, _)| name == FILES_GROUP);
    let departments: Vec<Value> = groups
        .into_iter()
        .map(|(name, items)| {
            let count: usize = items.iter().map(|(_, _, f)| f.len()).sum();
            json!({
                "name": name,
                "count": count,
                "items": items.into_iter().map(|(_, title, findings)| json!({
                    "title": title,
                    "findings": findings,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();

    let stats = svcat_stats::compute(catalog, report);
    let t = &stats.total;
    let indicators = vec![
        ("事项数", t.items.to_string()),
        ("即办件占比", pct(t.immediate_share)),
        ("承诺件压缩率", pct(t.compression)),
        ("零跑动", pct(t.zero_visit_share)),
        ("最多跑一次", pct(t.at_most_one_visit_share)),
        ("全程网办", pct(t.full_online_share)),
        ("一窗通办", pct(t.one_window_share)),
        ("帮办代办", pct(t.proxy_share)),
        (
            "平均材料数",
            t.average_materials
                .map_or("—".into(), |v| format!("{v:.1}")),
        ),
        ("要素完整度", pct(t.completeness)),
    ];
    let s = &checked.settings;
    let setting = |v: Option<String>| v.unwrap_or_else(|| "—".into());
    json!({
        "folder": upload.catalog.shown(),
        "files": upload.catalog.names,
        "skipped": upload.catalog.skipped,
        "upper": upload.upper.as_ref().map(|u| u.shown()),
        "unreadable": checked.unreadable,
        "settings": {
            "catalog_toml": s.catalog_toml,
            "schema": s.schema.value,
            "region": setting(s.region.as_ref().map(|r| r.value.clone())),
            "level": setting(s.level.as_ref().map(|r| r.value.clone())),
            "version": setting(s.version.as_ref().map(|r| r.value.clone())),
            "upper_in_toml": upload.upper.is_none().then(|| s.upper.as_ref().map(|u| u.value.clone())).flatten(),
        },
        "summary": {
            "files": report.files,
            "items": report.items,
            "errors": report.count(Severity::Error),
            "warnings": report.count(Severity::Warning),
            "infos": report.count(Severity::Info),
        },
        "indicators": indicators.into_iter().map(|(label, value)| json!({"label": label, "value": value})).collect::<Vec<_>>(),
        "departments": departments,
        "rules": rules.into_iter().collect::<Vec<_>>(),
    })
}
