//! Baselines: a recorded report whose findings are accepted, so CI fails only on new ones and a
//! legacy catalog can adopt svcat without staying red.
//!
//! A finding is recognised by what it is about — rule, file, sheet, item, element and message —
//! never by its row or cell, so sorting a sheet or inserting rows keeps the baseline. Row numbers
//! a message quotes ("第14行") are left out of the key for the same reason. The baseline is a
//! multiset: two identical recorded findings accept two, not more.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use serde_json::Value;

use svcat_core::error::Error;
use svcat_core::finding::Finding;
use svcat_core::report::FindingSource;

/// What identifies a finding across runs: rule, file, sheet, item (its code, or its name when it
/// has none), element, and the message with its row numbers left out.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    rule: String,
    file: String,
    sheet: Option<String>,
    item: Option<String>,
    element: Option<String>,
    message: String,
}

impl Key {
    fn new(
        rule: &str,
        file: &str,
        sheet: Option<&str>,
        item: Option<(&str, &str)>,
        element: Option<&str>,
        message: &str,
        grouped: bool,
    ) -> Key {
        // A fact reported once for many cells or items (a phone down a column, a text repeated
        // in many items) stands at the first of them, which sorting changes: it is keyed by what
        // it says, not by that item.
        let grouped = grouped || message.contains(REPEATED_TEXT);
        Key {
            rule: rule.to_string(),
            file: file.to_string(),
            sheet: sheet.map(str::to_string),
            item: item.filter(|_| !grouped).map(|(code, name)| {
                if code.trim().is_empty() {
                    format!("名称:{name}")
                } else {
                    format!("编码:{code}")
                }
            }),
            element: element.map(str::to_string),
            message: without_rows(message),
        }
    }

    fn of(f: &Finding) -> Key {
        Key::new(
            f.rule,
            &f.file,
            f.sheet.as_deref(),
            f.item.as_ref().map(|i| (i.code.as_str(), i.name.as_str())),
            f.element.as_deref(),
            &f.message,
            !f.same.is_empty(),
        )
    }

    /// The key of a finding as a report/1 document records it (any version's: the fields used
    /// have been there since the first).
    fn of_json(f: &Value) -> Key {
        let s = |k: &str| f.get(k).and_then(Value::as_str);
        let item = f.get("item").filter(|i| i.is_object()).map(|i| {
            let s = |k: &str| i.get(k).and_then(Value::as_str).unwrap_or_default();
            (s("code"), s("name"))
        });
        Key::new(
            s("rule").unwrap_or_default(),
            s("file").unwrap_or_default(),
            s("sheet"),
            item,
            s("element"),
            s("message").unwrap_or_default(),
            f.get("same_cells")
                .and_then(Value::as_array)
                .is_some_and(|cells| !cells.is_empty()),
        )
    }
}

/// How a message says its text is repeated in other items ("（另有2个事项的这一栏文字相同）").
const REPEATED_TEXT: &str = "个事项的这一栏文字相同）";

/// The message with every "第12行" / "第3、7行" written as "第…行" (a row a message points to
/// moves with the rows around it), and the count of items that repeat a text as "另有…个事项"
/// (one item more or fewer does not make the text a new finding).
fn without_rows(message: &str) -> String {
    let message = match message.find(REPEATED_TEXT) {
        Some(end) => match message[..end].rfind("（另有") {
            Some(start) => format!("{}（另有…{}", &message[..start], &message[end..]),
            None => message.to_string(),
        },
        None => message.to_string(),
    };
    let mut out = String::with_capacity(message.len());
    let mut rest = message.as_str();
    while let Some(at) = rest.find('第') {
        out.push_str(&rest[..at]);
        let after = &rest[at + '第'.len_utf8()..];
        let digits = after
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || c == '、'))
            .map_or(after.len(), |(i, _)| i);
        if digits > 0
            && after[..digits].starts_with(|c: char| c.is_ascii_digit())
            && after[digits..].starts_with('行')
        {
            out.push_str("第…行");
            rest = &after[digits + '行'.len_utf8()..];
        } else {
            out.push('第');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// What applying a baseline did: how many findings it accepted, and the recorded findings that no
/// longer occur (as the baseline file holds them, report/1 findings).
#[derive(Debug, Default)]
pub struct BaselineOutcome {
    pub accepted: usize,
    pub gone: Vec<Value>,
}

impl BaselineOutcome {
    /// Said on stderr after a check with `--baseline`.
    pub fn write_human(&self, path: &Path, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(
            out,
            "基线 {} 接受了 {} 个已记录的问题",
            path.display(),
            self.accepted
        )?;
        if self.gone.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "基线中有 {} 条记录已不再出现（问题已解决，可用 --write-baseline 重新生成基线）：",
            self.gone.len()
        )?;
        for f in &self.gone {
            let s = |k: &str| f.get(k).and_then(Value::as_str);
            let mut place = s("file").unwrap_or_default().to_string();
            if let Some(sheet) = s("sheet") {
                place.push('!');
                place.push_str(sheet);
            }
            if let Some(cell) = s("cell") {
                place.push('!');
                place.push_str(cell);
            } else if let Some(row) = f.get("row").and_then(Value::as_u64) {
                place.push_str(&format!("!第{row}行"));
            }
            let item = f
                .get("item")
                .and_then(|i| i.get("name"))
                .and_then(Value::as_str)
                .map(|name| format!("（{name}）"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {} [{}]{} {}",
                s("rule").unwrap_or_default(),
                place,
                item,
                s("message").unwrap_or_default()
            )?;
        }
        Ok(())
    }
}

/// The findings a baseline file records, by key, each with as many recorded findings as it had.
struct Baseline(HashMap<Key, Vec<Value>>);

impl Baseline {
    fn read(path: &Path) -> Result<Baseline, Error> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&display, e))?;
        // A baseline is svcat's own JSON: its errors get their own advice, not the spreadsheet
        // one, and serde_json's English stays out of the message.
        let bad = |cell: Option<String>, message: &str| Error::Unreadable {
            file: display.clone(),
            sheet: None,
            cell,
            message: message.to_string(),
            help: Some(
                "基线文件由 svcat check --write-baseline 生成；请重新生成，不要手工修改"
                    .to_string(),
            ),
        };
        let doc: Value = serde_json::from_str(&text).map_err(|e| {
            bad(
                Some(format!("第{}行第{}列", e.line(), e.column())),
                "基线文件不是有效的 JSON",
            )
        })?;
        let Some(findings) = doc.get("findings").and_then(Value::as_array) else {
            return Err(bad(None, "基线文件缺少 findings，不是 svcat 的检查报告"));
        };
        let mut map: HashMap<Key, Vec<Value>> = HashMap::new();
        // Reversed, so that `pop` takes the recorded findings in the file's order.
        for f in findings.iter().rev() {
            map.entry(Key::of_json(f)).or_default().push(f.clone());
        }
        Ok(Baseline(map))
    }

    /// Whether the baseline accepts this finding; an accepted finding uses up one record.
    fn accept(&mut self, f: &Finding) -> bool {
        self.0.get_mut(&Key::of(f)).and_then(Vec::pop).is_some()
    }
}

/// Removes the findings the baseline file records, and says how many it removed and which records
/// no longer occur.
pub fn apply_baseline(
    report: &mut dyn FindingSource,
    path: &Path,
) -> Result<BaselineOutcome, Error> {
    let baseline = RefCell::new(Baseline::read(path)?);
    let before = report.len();
    report
        .retain(&|f| !baseline.borrow_mut().accept(f))
        .map_err(|e| Error::io("临时文件", e))?;
    let accepted = before - report.len();
    let mut gone: Vec<Value> = baseline.into_inner().0.into_values().flatten().collect();
    gone.sort_by_cached_key(|f| {
        let s = |k: &str| {
            f.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        (
            s("file"),
            s("sheet"),
            f.get("row").and_then(Value::as_u64),
            f.get("column")
                .and_then(Value::as_str)
                .map(|c| (c.len(), c.to_string())),
            s("rule"),
            s("message"),
        )
    });
    Ok(BaselineOutcome { accepted, gone })
}

#[cfg(test)]
mod tests {
    use super::without_rows;

    #[test]
    fn row_numbers_leave_the_message() {
        assert_eq!(
            without_rows("已跳过合计/小计行（第14行）"),
            "已跳过合计/小计行（第…行）"
        );
        assert_eq!(without_rows("重复表头（第3、17行）"), "重复表头（第…行）");
        assert_eq!(
            without_rows("另有编码（a.ods!卫生健康办第5行）"),
            "另有编码（a.ods!卫生健康办第…行）"
        );
        assert_eq!(without_rows("第一行第2列第"), "第一行第2列第");
        assert_eq!(
            without_rows("句子过长（另有12个事项的这一栏文字相同）"),
            "句子过长（另有…个事项的这一栏文字相同）"
        );
    }
}
