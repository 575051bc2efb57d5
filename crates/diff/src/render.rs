//! Diff renderers: JSON (the `diff/1` contract), Markdown for a pull-request comment, and a
//! human view grouped by department.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::{Change, Diff, Direction, ItemRef, Side};
use svcat_core::escape::{markdown as md, markdown_code as md_code, terminal};

pub const DIFF_FORMAT: &str = "diff/1";

fn side_json(side: &Side) -> Value {
    match side {
        Side::Absent => Value::Null,
        Side::Text(t) => json!(t),
        Side::Number(n) => json!(n),
        Side::Bool(b) => json!(b),
    }
}

fn change_json(c: &Change) -> Value {
    json!({
        "element": c.element,
        "label": c.label,
        "old": side_json(&c.old),
        "new": side_json(&c.new),
        "direction": c.direction.name(),
        "detail": c.detail,
    })
}

fn item_json(i: &ItemRef) -> Value {
    json!({"code": i.code, "name": i.name, "department": i.department})
}

pub fn diff_json(diff: &Diff) -> Value {
    json!({
        "svcat": DIFF_FORMAT,
        "summary": {
            "added": diff.added.len(),
            "removed": diff.removed.len(),
            "recoded": diff.recoded.len(),
            "changed": diff.changed.len(),
            "unchanged": diff.unchanged,
            "better": diff.count(Direction::Better),
            "worse": diff.count(Direction::Worse),
            "neutral": diff.count(Direction::Neutral),
        },
        "added": diff.added.iter().map(item_json).collect::<Vec<_>>(),
        "removed": diff.removed.iter().map(item_json).collect::<Vec<_>>(),
        "recoded": diff.recoded.iter().map(|r| json!({
            "old_code": r.old_code,
            "new_code": r.new_code,
            "name": r.item.name,
            "department": r.item.department,
            "changes": r.changes.iter().map(change_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "changed": diff.changed.iter().map(|c| json!({
            "code": c.item.code,
            "name": c.item.name,
            "department": c.item.department,
            "changes": c.changes.iter().map(change_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "duplicates": diff.duplicates.iter().map(|d| json!({
            "side": d.side, "code": d.code, "names": d.names,
        })).collect::<Vec<_>>(),
    })
}

fn side_text(side: &Side) -> String {
    match side {
        Side::Absent => "（无）".to_string(),
        Side::Text(t) => t.clone(),
        Side::Number(n) => n.to_string(),
        Side::Bool(b) => if *b { "是" } else { "否" }.to_string(),
    }
}

fn mark(direction: Direction) -> &'static str {
    match direction {
        Direction::Better => "✅",
        Direction::Worse => "⚠️",
        Direction::Neutral => "·",
    }
}

/// The summary both people's renderers open or close with: added, removed, recoded, changed,
/// unchanged items; better and worse element changes.
fn counts(diff: &Diff) -> [usize; 7] {
    [
        diff.added.len(),
        diff.removed.len(),
        diff.recoded.len(),
        diff.changed.len(),
        diff.unchanged,
        diff.count(Direction::Better),
        diff.count(Direction::Worse),
    ]
}

pub fn diff_markdown(diff: &Diff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### 事项目录变更\n");
    let [added, removed, recoded, changed, unchanged, better, worse] = counts(diff);
    let _ = writeln!(
        out,
        "| 新增 | 删除 | 重新编码 | 变更 | 未变 | 更好 | 更差 |\n|---:|---:|---:|---:|---:|---:|---:|\n| {added} | {removed} | {recoded} | {changed} | {unchanged} | {better} | {worse} |\n",
    );
    if diff.is_empty() {
        let _ = writeln!(out, "没有变化。");
    }
    for d in &diff.duplicates {
        let side = if d.side == "old" { "旧版" } else { "新版" };
        let _ = writeln!(
            out,
            "> ⚠️ {side}中编码 {} 被 {} 个事项共用：{}\n",
            md_code(&d.code),
            d.names.len(),
            md(&d.names.join("、"))
        );
    }
    let list = |out: &mut String, title: &str, items: &[ItemRef]| {
        if items.is_empty() {
            return;
        }
        let _ = writeln!(out, "#### {title}（{}）\n", items.len());
        let _ = writeln!(out, "| 部门 | 编码 | 事项名称 |\n|---|---|---|");
        for i in items {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                md(&i.department),
                md_code(&i.code),
                md(&i.name)
            );
        }
        out.push('\n');
    };
    list(&mut out, "新增事项", &diff.added);
    list(&mut out, "删除事项", &diff.removed);
    if !diff.recoded.is_empty() {
        let _ = writeln!(out, "#### 重新编码（{}）\n", diff.recoded.len());
        let _ = writeln!(
            out,
            "| 部门 | 事项名称 | 原编码 | 新编码 |\n|---|---|---|---|"
        );
        for r in &diff.recoded {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(&r.item.department),
                md(&r.item.name),
                md_code(&r.old_code),
                md_code(&r.new_code)
            );
        }
        out.push('\n');
    }
    if !diff.changed.is_empty() {
        let _ = writeln!(out, "#### 要素变更（{}）\n", diff.changed.len());
        for c in &diff.changed {
            let _ = writeln!(
                out,
                "**{}** {}（{}）\n",
                md(&c.item.name),
                md_code(&c.item.code),
                md(&c.item.department)
            );
            let _ = writeln!(out, "| | 要素 | 原 | 新 | 说明 |\n|---|---|---|---|---|");
            for ch in &c.changes {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    mark(ch.direction),
                    md(&ch.label),
                    md(&clip(&side_text(&ch.old))),
                    md(&clip(&side_text(&ch.new))),
                    md(&ch.detail)
                );
            }
            out.push('\n');
        }
    }
    out
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// For people at a terminal: grouped by department, coloured when `color`.
pub fn diff_human(diff: &Diff, color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    };
    let mut groups: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for i in &diff.added {
        groups.entry(&i.department).or_default().push(paint(
            "32",
            &format!("+ 新增  {}（{}）", terminal(&i.name), terminal(&i.code)),
        ));
    }
    for i in &diff.removed {
        groups.entry(&i.department).or_default().push(paint(
            "31",
            &format!("- 删除  {}（{}）", terminal(&i.name), terminal(&i.code)),
        ));
    }
    for r in &diff.recoded {
        let mut lines = vec![paint(
            "36",
            &format!(
                "↻ 重新编码  {}：{} → {}",
                terminal(&r.item.name),
                terminal(&r.old_code),
                terminal(&r.new_code)
            ),
        )];
        lines.extend(r.changes.iter().map(|c| change_line(c, &paint)));
        groups
            .entry(&r.item.department)
            .or_default()
            .push(lines.join("\n"));
    }
    for c in &diff.changed {
        let mut lines = vec![paint(
            "33",
            &format!(
                "~ 变更  {}（{}）",
                terminal(&c.item.name),
                terminal(&c.item.code)
            ),
        )];
        lines.extend(c.changes.iter().map(|ch| change_line(ch, &paint)));
        groups
            .entry(&c.item.department)
            .or_default()
            .push(lines.join("\n"));
    }
    let mut out = String::new();
    for d in &diff.duplicates {
        let side = if d.side == "old" { "旧版" } else { "新版" };
        let _ = writeln!(
            out,
            "注意：{side}中编码 {} 被 {} 个事项共用（{}），已按名称逐一比对",
            terminal(&d.code),
            d.names.len(),
            terminal(&d.names.join("、"))
        );
    }
    for (department, lines) in groups {
        let name = if department.is_empty() {
            "（未写部门）".into()
        } else {
            terminal(department)
        };
        let _ = writeln!(out, "━━ {name} ━━");
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    let [added, removed, recoded, changed, unchanged, better, worse] = counts(diff);
    let _ = writeln!(
        out,
        "新增 {added}，删除 {removed}，重新编码 {recoded}，变更 {changed}，未变 {unchanged}；要素变化中更好 {better}、更差 {worse}",
    );
    out
}

fn change_line(c: &Change, paint: &dyn Fn(&str, &str) -> String) -> String {
    let tag = match c.direction {
        Direction::Better => paint("32", "✓ 更好"),
        Direction::Worse => paint("31", "✗ 更差"),
        Direction::Neutral => "· 中性".to_string(),
    };
    format!("    {tag}  {}：{}", terminal(&c.label), terminal(&c.detail))
}
