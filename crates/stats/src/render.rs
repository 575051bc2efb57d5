//! Stats renderers: a table for the terminal, JSON (`stats/1`), and one self-contained HTML page
//! with inline SVG bar charts (no scripts, no external resources).

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::{Indicators, Stats};
// The project's one HTML escaper, line breaks as spaces: the page puts text in `<title>`, SVG
// `<text>` and table cells, where a `<br>` has no place.
use svcat_core::escape::{html_inline as escape, terminal};
use svcat_core::model::CatalogMeta;

pub const STATS_FORMAT: &str = "stats/1";

fn pct(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |v| format!("{:.1}%", v * 100.0))
}

fn num(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |v| format!("{v:.1}"))
}

/// Rounded to 4 places so JSON stays stable and readable.
pub fn round(v: Option<f64>) -> Value {
    v.map_or(Value::Null, |v| json!((v * 10_000.0).round() / 10_000.0))
}

/// One set of indicators as stats/1 writes it (also each town's `indicators` in district/1).
pub fn indicators_json(i: &Indicators) -> Value {
    json!({
        "items": i.items,
        "by_kind": i.by_kind,
        "immediate_share": round(i.immediate_share),
        "promise_compression": round(i.compression),
        "zero_visit_share": round(i.zero_visit_share),
        "at_most_one_visit_share": round(i.at_most_one_visit_share),
        "full_online_share": round(i.full_online_share),
        "one_window_share": round(i.one_window_share),
        "proxy_share": round(i.proxy_share),
        "average_materials": round(i.average_materials),
        "completeness": round(i.completeness),
        "findings": {"errors": i.errors, "warnings": i.warnings, "infos": i.infos},
    })
}

pub fn stats_json(stats: &Stats, meta: &CatalogMeta) -> Value {
    json!({
        "svcat": STATS_FORMAT,
        "meta": {"region": meta.region, "level": meta.level, "version": meta.version},
        "total": indicators_json(&stats.total),
        "departments": stats.departments.iter().map(|(name, i)| {
            let mut v = indicators_json(i);
            v["department"] = json!(name);
            v
        }).collect::<Vec<_>>(),
    })
}

/// The indicator columns, label and how to print them.
type Column = (&'static str, fn(&Indicators) -> String);

const COLUMNS: &[Column] = &[
    ("事项数", |i| i.items.to_string()),
    ("即办件占比", |i| pct(i.immediate_share)),
    ("承诺件压缩率", |i| pct(i.compression)),
    ("零跑动", |i| pct(i.zero_visit_share)),
    ("最多跑一次", |i| pct(i.at_most_one_visit_share)),
    ("全程网办", |i| pct(i.full_online_share)),
    ("一窗通办", |i| pct(i.one_window_share)),
    ("帮办代办", |i| pct(i.proxy_share)),
    ("平均材料数", |i| num(i.average_materials)),
    ("要素完整度", |i| pct(i.completeness)),
    ("错误", |i| i.errors.to_string()),
    ("警告", |i| i.warnings.to_string()),
];

pub fn stats_human(stats: &Stats, meta: &CatalogMeta) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["部门".to_string()];
    header.extend(COLUMNS.iter().map(|(l, _)| l.to_string()));
    rows.push(header);
    for (name, i) in &stats.departments {
        let mut row = vec![terminal(name).into_owned()];
        row.extend(COLUMNS.iter().map(|(_, f)| f(i)));
        rows.push(row);
    }
    let mut total = vec!["合计".to_string()];
    total.extend(COLUMNS.iter().map(|(_, f)| f(&stats.total)));
    rows.push(total);
    let mut out = String::new();
    let title = terminal(
        &[meta.region.as_deref(), meta.version.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
    )
    .into_owned();
    let _ = writeln!(
        out,
        "{}改革指标",
        if title.is_empty() {
            String::new()
        } else {
            format!("{title} ")
        }
    );
    // A rule under the header and above the total.
    out.push_str(&svcat_core::terminal_table::terminal_table(
        &rows,
        |n, len| n == 0 || n + 2 == len,
    ));
    let _ = writeln!(out, "\n按事项类型：");
    for (kind, n) in &stats.total.by_kind {
        let _ = writeln!(out, "  {}：{n}", terminal(kind));
    }
    out
}

/// One horizontal bar chart: a row per department, values in 0..=max.
fn bar_chart(
    title: &str,
    rows: &[(String, Option<f64>)],
    max: f64,
    format: fn(Option<f64>) -> String,
) -> String {
    let row_h = 26;
    let label_w = 190;
    let bar_w = 420;
    let height = rows.len() * row_h + 10;
    let mut svg = format!(
        r#"<figure><figcaption>{}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{}" width="{}" height="{height}" viewBox="0 0 {} {height}">"#,
        escape(title),
        escape(title),
        label_w + bar_w + 80,
        label_w + bar_w + 80
    );
    for (n, (label, value)) in rows.iter().enumerate() {
        let y = n * row_h + 5;
        let w = value.map_or(0.0, |v| (v / max).clamp(0.0, 1.0) * bar_w as f64);
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="end" class="label">{}</text><rect x="{label_w}" y="{}" width="{w:.1}" height="{}" class="bar"/><text x="{}" y="{}" class="value">{}</text>"##,
            label_w - 8,
            y + 17,
            escape(label),
            y + 4,
            row_h - 8,
            label_w as f64 + w + 6.0,
            y + 17,
            escape(&format(*value))
        );
    }
    svg.push_str("</svg></figure>\n");
    svg
}

pub fn stats_html(stats: &Stats, meta: &CatalogMeta) -> String {
    let title = format!(
        "{}政务服务事项改革指标{}",
        meta.region.as_deref().unwrap_or(""),
        meta.version
            .as_deref()
            .map(|v| format!("（{v}）"))
            .unwrap_or_default()
    );
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimHei", sans-serif; margin: 2em auto; max-width: 60em; color: #1f2933; }}
h1 {{ font-size: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; font-size: .92em; }}
th, td {{ border: 1px solid #cbd2d9; padding: .35em .5em; text-align: right; }}
th:first-child, td:first-child {{ text-align: left; }}
thead th {{ background: #e4e7eb; white-space: nowrap; }}
tr.total td {{ font-weight: bold; background: #f5f7fa; }}
figure {{ margin: 1.5em 0; }}
figcaption {{ font-weight: bold; margin-bottom: .3em; }}
svg .label {{ font-size: 13px; fill: #3e4c59; }}
svg .value {{ font-size: 12px; fill: #1f2933; }}
svg .bar {{ fill: #2f80ed; }}
.wide {{ overflow-x: auto; }}
@page {{ size: A4 landscape; margin: 12mm; }}
@media print {{
  body {{ margin: 0; max-width: none; font-size: 9.5pt; }}
  figure {{ break-inside: avoid; }}
  tr {{ break-inside: avoid; }}
  thead {{ display: table-header-group; }}
}}
</style>
</head>
<body>
<h1>{title}</h1>
"#,
        title = escape(&title)
    );
    // Column headings stay on one line (a narrow column broke 即办件占比 character by character);
    // the table scrolls sideways on a narrow screen and prints on A4 landscape.
    html.push_str("<div class=\"wide\"><table>\n<thead><tr><th>部门</th>");
    for (label, _) in COLUMNS {
        let _ = write!(html, "<th>{label}</th>");
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (name, i) in &stats.departments {
        let _ = write!(html, "<tr><td>{}</td>", escape(name));
        for (_, f) in COLUMNS {
            let _ = write!(html, "<td>{}</td>", escape(&f(i)));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("<tr class=\"total\"><td>合计</td>");
    for (_, f) in COLUMNS {
        let _ = write!(html, "<td>{}</td>", escape(&f(&stats.total)));
    }
    html.push_str("</tr>\n</tbody>\n</table></div>\n");

    let series = |f: fn(&Indicators) -> Option<f64>| -> Vec<(String, Option<f64>)> {
        stats
            .departments
            .iter()
            .map(|(n, i)| (n.clone(), f(i)))
            .collect()
    };
    html.push_str(&bar_chart(
        "即办件占比",
        &series(|i| i.immediate_share),
        1.0,
        pct,
    ));
    html.push_str(&bar_chart(
        "承诺件压缩率（1 − 承诺时限/法定时限）",
        &series(|i| i.compression),
        1.0,
        pct,
    ));
    html.push_str(&bar_chart(
        "最多跑一次占比",
        &series(|i| i.at_most_one_visit_share),
        1.0,
        pct,
    ));
    html.push_str(&bar_chart(
        "全程网办占比",
        &series(|i| i.full_online_share),
        1.0,
        pct,
    ));
    let most_materials = stats
        .departments
        .iter()
        .filter_map(|(_, i)| i.average_materials)
        .fold(1.0_f64, f64::max);
    html.push_str(&bar_chart(
        "平均申请材料数",
        &series(|i| i.average_materials),
        most_materials,
        num,
    ));
    html.push_str(&bar_chart(
        "必填要素完整度",
        &series(|i| i.completeness),
        1.0,
        pct,
    ));
    html.push_str("</body>\n</html>\n");
    html
}
