//! The district's dashboard, `index.html`: one self-contained page (inline CSS and SVG, no
//! script, no font, style sheet or image fetched) that reads on screen and prints on A4 —
//! the towns ranked, each indicator's bars against its target, the 要素N同 matrix (items ×
//! towns, the cells off the majority marked) and each town against the upper catalog.
//!
//! Every value from a catalog goes through the project's HTML escaper; links to the towns'
//! folders are URI-escaped first. The page holds no date: the same district, the same bytes.

use std::fmt::Write as _;

use svcat_core::escape::{html, html_inline, uri_path};
use svcat_core::finding::Severity;

use crate::indicator_values::{percent, target_of};
use crate::model::{District, Indicator};
use crate::targets::met;

/// Marks the page as a district output, so a later run may write into its directory again.
pub const GENERATOR: &str = r#"<meta name="generator" content="svcat district">"#;

/// The dashboard's file name in the output directory.
pub const DASHBOARD: &str = "index.html";

const STYLE: &str = r#"
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimHei", sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1f2933; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 2px solid #2f80ed; padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p.meta { color: #52606d; margin-top: 0; }
table { border-collapse: collapse; font-size: .9em; margin: .5em 0; }
th, td { border: 1px solid #cbd2d9; padding: .3em .45em; vertical-align: top; }
thead th { background: #e4e7eb; }
td.num { text-align: right; white-space: nowrap; }
td.met { background: #c6efce; color: #006100; }
td.unmet { background: #ffc7ce; color: #9c0006; }
td.differs { background: #ffeb9c; font-weight: bold; }
td.absent { background: #f5f7fa; color: #9aa5b1; }
td.majority { background: #f0f4f8; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.matrix { font-size: .78em; }
.matrix td { min-width: 4em; max-width: 18em; overflow-wrap: anywhere; }
.matrix td:first-child { min-width: 9em; }
.wide { overflow-x: auto; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(26em, 1fr)); gap: 0 2em; }
figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; max-width: 680px; }
figcaption { font-weight: bold; margin-bottom: .3em; }
svg .label { font-size: 13px; fill: #3e4c59; }
svg .value { font-size: 12px; fill: #1f2933; }
svg .bar { fill: #2f80ed; }
svg .bar.met { fill: #27ae60; }
svg .bar.unmet { fill: #e05252; }
svg .target { stroke: #1f2933; stroke-width: 2; stroke-dasharray: 4 3; }
svg .target-label { font-size: 11px; fill: #1f2933; }
ul.items { margin: .2em 0 .6em; padding-left: 1.4em; font-size: .9em; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .5em; border: 1px solid #cbd2d9; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
  .wide { overflow: visible; }
  .charts { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
  h2.new-page { break-before: page; page-break-before: always; }
}
"#;

/// The dashboard. `folders[i]` is the folder of `district.towns[i]` in the output directory
/// (the ranked table links to it); `workbook` the summary workbook's name.
pub fn dashboard_html(district: &District, folders: &[String], workbook: &str) -> String {
    let mut out = String::new();
    let title = format!("{}政务服务事项目录评估", district.name);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{GENERATOR}\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        html_inline(&title),
        html(&title)
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">共 {} 个镇（街道）；{}；要素N同不一致 {} 处。汇总表：<a href=\"{}\">{}</a>。</p>",
        district.towns.len(),
        match &district.upper {
            Some(upper) => format!("上级目录：{}", html(&upper.display().to_string())),
            None => "未指定上级目录".to_string(),
        },
        district.variants.len(),
        html_inline(&uri_path(workbook)),
        html(workbook)
    );
    ranking(&mut out, district, folders);
    bars(&mut out, district);
    matrix(&mut out, district);
    coverage(&mut out, district);
    out.push_str("</body>\n</html>\n");
    out
}

/// 一、排名: the towns in rank order with their counts, indicators and targets met.
fn ranking(out: &mut String, district: &District, folders: &[String]) {
    out.push_str("<h2>一、各镇（街道）排名</h2>\n");
    if !district.targets.is_empty() {
        out.push_str("<p class=\"legend\">目标：");
        for target in &district.targets {
            let _ = write!(
                out,
                "{} ≥ {}　",
                target.indicator.label(),
                percent(Some(target.goal))
            );
        }
        out.push_str("<span style=\"background:#c6efce\">达标</span><span style=\"background:#ffc7ce\">未达标</span></p>\n");
    }
    out.push_str("<div class=\"wide\"><table>\n<thead><tr><th>排名</th><th>镇（街道）</th><th>事项</th><th>错误</th><th>警告</th>");
    for indicator in Indicator::ALL {
        let _ = write!(out, "<th>{}</th>", indicator.label());
    }
    let _ = writeln!(
        out,
        "<th>达标（共 {} 项）</th></tr></thead>\n<tbody>",
        district.targets.len()
    );
    for (n, town) in district.towns.iter().enumerate() {
        let name = match folders.get(n) {
            Some(folder) => format!(
                "<a href=\"{}/\">{}</a>",
                html_inline(&uri_path(folder)),
                html(&town.name)
            ),
            None => html(&town.name),
        };
        let _ = write!(
            out,
            "<tr><td class=\"num\">{}</td><td>{name}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            town.rank,
            town.indicators.items,
            town.report.count(Severity::Error),
            town.report.count(Severity::Warning)
        );
        for indicator in Indicator::ALL {
            let class = match target_of(town, indicator) {
                Some(t) if t.met => "num met",
                Some(_) => "num unmet",
                None => "num",
            };
            let _ = write!(
                out,
                "<td class=\"{class}\">{}</td>",
                percent(indicator.value(&town.indicators))
            );
        }
        let _ = writeln!(out, "<td class=\"num\">{}</td></tr>", met(town));
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// 二、指标与目标: a bar chart per indicator (those with a target first), one bar per town,
/// coloured against the target, the target a dashed line.
fn bars(out: &mut String, district: &District) {
    out.push_str("<h2>二、指标与目标</h2>\n");
    let mut order: Vec<Indicator> = district.targets.iter().map(|t| t.indicator).collect();
    order.extend(
        Indicator::ALL
            .iter()
            .filter(|i| !order.contains(i))
            .copied()
            .collect::<Vec<_>>(),
    );
    // Two charts side by side where the page is wide enough (and on paper).
    out.push_str("<div class=\"charts\">\n");
    for indicator in order {
        let goal = district
            .targets
            .iter()
            .find(|t| t.indicator == indicator)
            .map(|t| t.goal);
        bar_chart(out, district, indicator, goal);
    }
    out.push_str("</div>\n");
}

fn bar_chart(out: &mut String, district: &District, indicator: Indicator, goal: Option<f64>) {
    let (row_h, label_w, bar_w) = (24, 170, 440);
    let width = label_w + bar_w + 70;
    let top = if goal.is_some() { 16 } else { 4 };
    let height = district.towns.len() * row_h + top + 6;
    let caption = match goal {
        Some(goal) => format!("{}（目标 ≥ {}）", indicator.label(), percent(Some(goal))),
        None => format!("{}（未设目标）", indicator.label()),
    };
    let _ = write!(
        out,
        "<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">",
        html(&caption),
        html_inline(&caption)
    );
    for (n, town) in district.towns.iter().enumerate() {
        let y = n * row_h + top;
        let figure = indicator.value(&town.indicators);
        let w = figure.map_or(0.0, |v| v.clamp(0.0, 1.0) * bar_w as f64);
        let class = match target_of(town, indicator) {
            Some(t) if t.met => "bar met",
            Some(_) => "bar unmet",
            None => "bar",
        };
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text><rect x=\"{label_w}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" class=\"{class}\"/><text x=\"{:.1}\" y=\"{}\" class=\"value\">{}</text>",
            label_w - 8,
            y + 16,
            html_inline(&short(&town.name, 12)),
            y + 4,
            row_h - 8,
            label_w as f64 + w + 6.0,
            y + 16,
            percent(figure)
        );
    }
    if let Some(goal) = goal {
        let x = label_w as f64 + goal.clamp(0.0, 1.0) * bar_w as f64;
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\" class=\"target\"/><text x=\"{x:.1}\" y=\"11\" text-anchor=\"middle\" class=\"target-label\">目标 {}</text>",
            top - 2,
            height - 2,
            percent(Some(goal))
        );
    }
    out.push_str("</svg></figure>\n");
}

/// A label cut to `max` characters (the full name is in the ranked table).
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}

fn shown(value: &str) -> String {
    if value.is_empty() {
        "（未填）".to_string()
    } else {
        html(value)
    }
}

/// 三、要素N同: one row per differing element of an item, a column per town (rank order), then
/// the majority and the upper catalog's value. A town's cell is marked where it differs from the
/// majority (every holder's when none has a majority); grey where the town has no such item.
fn matrix(out: &mut String, district: &District) {
    // The matrix starts a printed page: its heading and legend never end a page without it.
    out.push_str("<h2 class=\"new-page\">三、要素N同对照</h2>\n");
    if district.variants.is_empty() {
        out.push_str("<p>各镇（街道）共有事项的要素一致。</p>\n");
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"legend\">同一事项在各镇（街道）应当一致的要素中，有 {} 处写法不同。<span style=\"background:#ffeb9c\">与多数不同</span><span style=\"background:#f5f7fa\">无此事项</span></p>",
        district.variants.len()
    );
    out.push_str(
        "<div class=\"wide\"><table class=\"matrix\">\n<thead><tr><th>事项</th><th>要素</th>",
    );
    for town in &district.towns {
        let _ = write!(out, "<th>{}</th>", html(&town.name));
    }
    out.push_str("<th>多数写法</th><th>上级目录</th></tr></thead>\n<tbody>\n");
    for variant in &district.variants {
        let code = if variant.item.code.is_empty() {
            String::new()
        } else {
            format!("<br><small>{}</small>", html(&variant.item.code))
        };
        let _ = write!(
            out,
            "<tr><td>{}{code}</td><td>{}</td>",
            html(&variant.item.name),
            html(&variant.label)
        );
        for town in &district.towns {
            match variant.value_of(&town.name) {
                Some(value) if variant.majority.as_deref() == Some(value) => {
                    let _ = write!(out, "<td>{}</td>", shown(value));
                }
                Some(value) => {
                    let _ = write!(out, "<td class=\"differs\">{}</td>", shown(value));
                }
                None => out.push_str("<td class=\"absent\">—</td>"),
            }
        }
        let majority = variant
            .majority
            .as_deref()
            .map_or_else(|| "（无多数）".to_string(), shown);
        let upper = variant.upper.as_deref().map_or_else(String::new, shown);
        let _ = writeln!(
            out,
            "<td class=\"majority\">{majority}</td><td class=\"majority\">{upper}</td></tr>"
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// 四、认领情况: counts per town, then each town's items.
fn coverage(out: &mut String, district: &District) {
    out.push_str("<h2>四、认领承接情况</h2>\n");
    if district.coverage.is_empty() {
        out.push_str(
            "<p>没有指定上级目录（--upper 或 district.toml 的 upper），未比对认领情况。</p>\n",
        );
        return;
    }
    out.push_str("<table>\n<thead><tr><th>镇（街道）</th><th>未认领</th><th>上级目录没有的事项</th><th>与上级不一致的要素</th></tr></thead>\n<tbody>\n");
    for c in &district.coverage {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            html(&c.town),
            c.unclaimed.len(),
            c.not_in_upper.len(),
            c.differs_from_upper.len()
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for c in &district.coverage {
        if c.unclaimed.is_empty() && c.not_in_upper.is_empty() && c.differs_from_upper.is_empty() {
            continue;
        }
        let _ = writeln!(out, "<h3>{}</h3>", html(&c.town));
        for (what, items) in [("未认领", &c.unclaimed), ("上级目录没有", &c.not_in_upper)]
        {
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "<p>{what}（{} 项）：</p>\n<ul class=\"items\">",
                items.len()
            );
            for item in items.iter() {
                let code = if item.code.is_empty() {
                    String::new()
                } else {
                    format!("{}　", html(&item.code))
                };
                let _ = writeln!(out, "<li>{code}{}</li>", html(&item.name));
            }
            out.push_str("</ul>\n");
        }
        if !c.differs_from_upper.is_empty() {
            let _ = writeln!(
                out,
                "<p>与上级不一致（{} 处）：</p>\n<table>\n<thead><tr><th>事项</th><th>要素</th><th>本镇（街道）写法</th><th>上级目录写法</th></tr></thead>\n<tbody>",
                c.differs_from_upper.len()
            );
            for d in &c.differs_from_upper {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td class=\"differs\">{}</td><td>{}</td></tr>",
                    html(&d.item.name),
                    html(&d.label),
                    shown(&d.town_value),
                    shown(&d.upper_value)
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }
}
