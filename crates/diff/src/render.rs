//! Diff renderers: JSON (the `diff/1` contract), Markdown for a pull-request comment, and a
//! human view grouped by department.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::text::{Piece, marked, sides};
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
        "versions": {"old": diff.versions[0], "new": diff.versions[1]},
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
    let _ = writeln!(
        out,
        "旧版：{}　→　新版：{}\n",
        md(&diff.versions[0]),
        md(&diff.versions[1])
    );
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
                let (old, new, detail) = if ch.pieces.is_empty() {
                    (
                        md(&clip(&side_text(&ch.old))),
                        md(&clip(&side_text(&ch.new))),
                        md(&ch.detail),
                    )
                } else {
                    // The text around the change, deletions struck through in 原 and insertions
                    // in bold in 新; 说明 only when it says more than that.
                    (
                        md_side(&ch.pieces, false),
                        md_side(&ch.pieces, true),
                        if is_text_diff(ch) {
                            String::new()
                        } else {
                            md(&ch.detail)
                        },
                    )
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {old} | {new} | {detail} |",
                    mark(ch.direction),
                    md(&ch.label),
                );
            }
            out.push('\n');
        }
    }
    out
}

/// Whether the change's detail is only its text diff (not a summary such as "新增条件：…").
fn is_text_diff(c: &Change) -> bool {
    !c.pieces.is_empty() && c.detail == marked(&c.pieces)
}

/// One side of a text diff in Markdown: the old side with its deletions as ~~…~~, or the new side
/// with its insertions as **…**, every stretch escaped. Where CommonMark would not take the
/// delimiters as such (a marked stretch that starts or ends with punctuation next to a letter,
/// or with a space), the stretch is wrapped in <del> or <ins> instead.
fn md_side(pieces: &[Piece], new: bool) -> String {
    let stretches: Vec<(bool, String)> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Same(t) => Some((false, md(t))),
            Piece::Deleted(t) if !new => Some((true, md(t))),
            Piece::Inserted(t) if new => Some((true, md(t))),
            _ => None,
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let (delim, open, close) = if new {
        ("**", "<ins>", "</ins>")
    } else {
        ("~~", "<del>", "</del>")
    };
    let mut out = String::new();
    for (i, (changed, text)) in stretches.iter().enumerate() {
        if !changed {
            out.push_str(text);
            continue;
        }
        let before = out.chars().last();
        let after = stretches.get(i + 1).and_then(|(_, t)| t.chars().next());
        if delimiters_hold(text, before, after) {
            out.push_str(delim);
            out.push_str(text);
            out.push_str(delim);
        } else {
            out.push_str(open);
            out.push_str(text);
            out.push_str(close);
        }
    }
    out
}

/// Whether `**text**` (or `~~text~~`) between `before` and `after` opens and closes emphasis:
/// the opening run must be left-flanking and the closing one right-flanking (CommonMark 6.2).
fn delimiters_hold(text: &str, before: Option<char>, after: Option<char>) -> bool {
    let (Some(first), Some(last)) = (text.chars().next(), text.chars().last()) else {
        return false;
    };
    let open_side = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_punctuation(c));
    let left_flanking = !first.is_whitespace() && (!is_punctuation(first) || open_side(before));
    let right_flanking = !last.is_whitespace() && (!is_punctuation(last) || open_side(after));
    left_flanking && right_flanking
}

/// Unicode punctuation and symbols as CommonMark counts them (ASCII punctuation, the P and S
/// categories): for CJK text, the full-width marks and 、。《》…
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || (!c.is_alphanumeric()
            && !c.is_whitespace()
            && !c.is_control()
            && !('\u{4E00}'..='\u{9FFF}').contains(&c))
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
        lines.extend(r.changes.iter().map(|c| change_line(c, &paint, color)));
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
        lines.extend(c.changes.iter().map(|ch| change_line(ch, &paint, color)));
        groups
            .entry(&c.item.department)
            .or_default()
            .push(lines.join("\n"));
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "比较：旧版 {} → 新版 {}\n",
        terminal(&diff.versions[0]),
        terminal(&diff.versions[1])
    );
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

fn change_line(c: &Change, paint: &dyn Fn(&str, &str) -> String, color: bool) -> String {
    let tag = match c.direction {
        Direction::Better => paint("32", "✓ 更好"),
        Direction::Worse => paint("31", "✗ 更差"),
        Direction::Neutral => "· 中性".to_string(),
    };
    let detail = if !is_text_diff(c) {
        terminal(&c.detail).into_owned()
    } else if color {
        // Deletions red and struck through, insertions green and underlined.
        c.pieces
            .iter()
            .map(|p| match p {
                Piece::Same(t) => terminal(t).into_owned(),
                Piece::Deleted(t) => paint("31;9", &terminal(t)),
                Piece::Inserted(t) => paint("32;4", &terminal(t)),
            })
            .collect()
    } else {
        let (old, new) = sides(&c.pieces);
        format!("“{}” → “{}”", terminal(&old), terminal(&new))
    };
    format!("    {tag}  {}：{detail}", terminal(&c.label))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::inline_pieces;

    fn remark_change(old: &str, new: &str) -> Diff {
        let pieces = inline_pieces(old, new);
        Diff {
            changed: vec![crate::ChangedItem {
                item: ItemRef {
                    code: "1".into(),
                    name: "甲".into(),
                    department: "乙".into(),
                },
                changes: vec![Change {
                    element: "extra.备注".into(),
                    label: "备注".into(),
                    old: Side::Text(old.into()),
                    new: Side::Text(new.into()),
                    direction: Direction::Neutral,
                    detail: marked(&pieces),
                    pieces,
                    values: [old.into(), new.into()],
                }],
            }],
            versions: ["旧".into(), "新".into()],
            ..Diff::default()
        }
    }

    /// At a terminal, deletions are red and struck through, insertions green and underlined;
    /// no [-…-] or {+…+} either way.
    #[test]
    fn terminal_text_changes_are_coloured() {
        let diff = remark_change("备注甲", "备注乙");
        let line = diff_human(&diff, true)
            .lines()
            .find(|l| l.contains("备注："))
            .unwrap()
            .to_string();
        assert_eq!(
            line,
            "    · 中性  备注：备注\u{1b}[31;9m甲\u{1b}[0m\u{1b}[32;4m乙\u{1b}[0m"
        );
    }

    #[test]
    fn emphasis_only_where_commonmark_takes_it() {
        assert!(delimiters_hold("乙", Some('注'), None));
        assert!(delimiters_hold("；补植", Some('。'), None));
        assert!(!delimiters_hold("；补植", Some('准'), None));
        assert!(!delimiters_hold("补植。", Some('准'), Some('后')));
        assert!(!delimiters_hold(" 乙", None, None));
        assert_eq!(
            md_side(&inline_pieces("标准", "标准；另有"), true),
            "标准<ins>；另有</ins>"
        );
        assert_eq!(
            md_side(&inline_pieces("甲审核乙", "甲乙"), false),
            "甲~~审核~~乙"
        );
        // "、" before "决": a closing ~~ there would not close.
        assert_eq!(
            md_side(&inline_pieces("审核、决定", "决定"), false),
            "<del>审核、</del>决定"
        );
    }
}
