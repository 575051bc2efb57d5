//! Cell text → typed values. Every parser takes any string without panicking; text it cannot read
//! stays text (see [`Value::Text`]) for the checks to report.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use svcat_core::limit_notation::LimitNotation;
use svcat_core::model::{Material, TimeLimit, TimeUnit, Value};
use svcat_core::schema::{Element, ElementType, Schema};
use svcat_core::text::{Memo, fold_width, memoized, parse_chinese_number, parse_count, trim};

/// Parses a cell for an element. `unit_hint` is the unit the header named ("法定办结时限（工作日）").
pub fn parse_value(
    schema: &Schema,
    element: &Element,
    text: &str,
    unit_hint: Option<&str>,
) -> Value {
    let text = trim(text);
    let parsed = match element.ty {
        ElementType::Text
        | ElementType::Code
        | ElementType::Uscc
        | ElementType::Phone
        | ElementType::LegalBasis => None,
        ElementType::Enum => parse_enum(schema, element, text),
        ElementType::OnlineDepth => parse_online_depth(schema, element, text),
        ElementType::Materials => {
            // A placeholder such as 见附件 stays text: it names no material.
            if schema.is_placeholder(text) {
                None
            } else {
                let materials = parse_materials(text);
                (!materials.is_empty()).then_some(Value::Materials(materials))
            }
        }
        ElementType::TimeLimit => {
            let notation = &schema.limit_notation;
            match unit_hint {
                None => {
                    forget_other_notations(notation.id);
                    memoized(&TIME_LIMITS, text, || {
                        parse_time_limit(text, None, notation)
                    })
                }
                Some(_) => parse_time_limit(text, unit_hint, notation),
            }
            .map(Value::Limit)
        }
        ElementType::Integer => parse_visits(text).map(Value::Integer),
        ElementType::Bool => parse_bool(text).map(Value::Bool),
    };
    parsed.unwrap_or_else(|| Value::Text(text.to_string()))
}

/// Separators between several enum values in one cell. 、 separates values only outside brackets,
/// so "镇（乡、街道）级" is never split.
const ENUM_SEPARATORS: &[char] = &[',', '，', ';', '；', '^', '|', '/', '\n', ' ', '　'];

/// Splits a cell holding several values: on , ; ^ | / and spaces, and on 、 outside brackets.
pub fn split_values(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for part in text.split(ENUM_SEPARATORS) {
        let mut depth = 0i32;
        let mut start = 0;
        for (i, c) in part.char_indices() {
            match c {
                '（' | '(' | '【' | '[' => depth += 1,
                '）' | ')' | '】' | ']' => depth -= 1,
                '、' if depth <= 0 => {
                    parts.push(&part[start..i]);
                    start = i + c.len_utf8();
                }
                _ => {}
            }
        }
        parts.push(&part[start..]);
    }
    parts
        .into_iter()
        .map(trim)
        .filter(|p| !p.is_empty())
        .collect()
}

fn parse_enum(schema: &Schema, element: &Element, text: &str) -> Option<Value> {
    if let Some(v) = schema.enum_value(element, text) {
        return Some(if element.multiple {
            Value::List(vec![v.value.clone()])
        } else {
            Value::Enum(v.value.clone())
        });
    }
    if !element.multiple {
        return None;
    }
    let parts = split_values(text);
    if parts.len() < 2 {
        return None;
    }
    let mut values: Vec<String> = parts
        .iter()
        .map(|p| schema.enum_value(element, p).map(|v| v.value.clone()))
        .collect::<Option<_>>()?;
    dedup_keep_order(&mut values);
    Some(Value::List(values))
}

fn dedup_keep_order(values: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(v.clone()));
}

/// 网上办理深度 in either scheme: a level (一级…四级, Ⅰ…Ⅳ, 全程网办) or the platform's multi-select
/// codes 1–7 ("3^4^5^6"), which map to the level of the deepest step: 1 咨询 → 一级, 2 收件 → 二级,
/// 3 预审 and 4 受理 → 三级, 5 办理 and beyond → 四级.
fn parse_online_depth(schema: &Schema, element: &Element, text: &str) -> Option<Value> {
    if let Some(v) = schema.enum_value(element, text) {
        return Some(Value::Enum(v.value.clone()));
    }
    let folded = fold_width(text);
    let digits: Vec<&str> = folded
        .split(['^', ',', '，', ';', '；', '|', '、', ' '])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if digits.is_empty()
        || !digits
            .iter()
            .all(|d| d.len() == 1 && d.as_bytes()[0].is_ascii_digit())
    {
        return None;
    }
    let codes: Vec<u8> = digits.iter().map(|d| d.as_bytes()[0] - b'0').collect();
    if codes.iter().any(|&c| !(1..=7).contains(&c)) {
        return None;
    }
    // A single digit 1–4 is a level in the 一级…四级 scheme; several codes are the platform's.
    let level_index = if codes.len() == 1 && codes[0] <= 4 {
        usize::from(codes[0] - 1)
    } else {
        match codes.iter().max().copied().unwrap_or(1) {
            1 => 0,
            2 => 1,
            3 | 4 => 2,
            _ => 3,
        }
    };
    element
        .values
        .get(level_index)
        .map(|v| Value::Enum(v.value.clone()))
}

/// Compiles the parsers' patterns, which the first cell needing each would otherwise compile (a
/// few milliseconds in all, in the way of the first batch of items). Reading calls it on a worker
/// thread as it starts, while the main thread loads the schema.
pub fn compile_patterns() {
    for pattern in [
        &NOTE_RE,
        &VISITS_RE,
        &NUMBERING_RE,
        &LEADING_NUMBER_RE,
        &COPIES_RE,
        &OPTIONAL_RE,
        &BRACKET_NUMBER_START_RE,
        &BRACKET_NUMBER_RE,
    ] {
        LazyLock::force(pattern);
    }
    LazyLock::force(&BRACKETED_FORMS);
}

static NOTE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(][^（()）]*[）)]").expect("valid regex"));

/// Reads a time limit in the schema's notation: "20个工作日", "２０个工作日", "二十个工作日", "15日",
/// "20天", "1个月", "30(工作日)", "即办", "当场办结", "自受理之日起20个工作日内", or a bare number
/// under a header that names the unit. The national schema reads 日/天 as calendar days, a month as
/// 30 of them, a week as 7.
pub fn parse_time_limit(
    text: &str,
    unit_hint: Option<&str>,
    notation: &LimitNotation,
) -> Option<TimeLimit> {
    let folded = fold_width(trim(text));
    let compact: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return None;
    }
    if notation.immediate.contains(&compact) {
        return Some(TimeLimit::IMMEDIATE);
    }
    if compact.chars().all(|c| c.is_ascii_digit() || c == '.') {
        let value = parse_whole_number(&compact)?;
        if value == 0 {
            return Some(TimeLimit::IMMEDIATE);
        }
        let unit = match unit_hint {
            Some("自然日") => TimeUnit::CalendarDays,
            _ => TimeUnit::WorkingDays,
        };
        return Some(TimeLimit { value, unit });
    }
    // Portals write the unit in brackets after the number: "30(工作日)", "40(工作日（不算周末和法定
    //节假日）)", "15（自然日）". The bracket holds the limit's own unit, not a note: open it.
    let compact = match notation.bracketed.captures(&compact) {
        Some(caps) => {
            let mut opened = String::with_capacity(compact.len());
            opened.push_str(&caps[1]);
            opened.push_str(&caps[2]);
            opened.push_str(&compact[caps.get(0).map_or(0, |m| m.end())..]);
            // The bracket that closed the unit is now unmatched: drop the last closing bracket.
            if let Some(at) = opened.rfind([')', '）']) {
                let width = opened[at..].chars().next().map_or(1, char::len_utf8);
                opened.replace_range(at..at + width, "");
            }
            opened
        }
        None => compact,
    };
    // A note in brackets ("30个工作日（公示7天不计入）") is about something else than the limit.
    let without_notes = NOTE_RE.replace_all(&compact, "");
    let compact: &str = if without_notes.is_empty() {
        &compact
    } else {
        &without_notes
    };
    let mut found: Option<TimeLimit> = None;
    for caps in notation.limit.captures_iter(compact) {
        let number = &caps[1];
        let value = if number.chars().all(|c| c.is_ascii_digit()) {
            number.parse::<u32>().ok()?
        } else {
            parse_chinese_number(number)?
        };
        let (unit, days) = notation.unit_of(&caps[2])?;
        let value = value.checked_mul(days)?;
        let limit = if value == 0 {
            TimeLimit::IMMEDIATE
        } else {
            TimeLimit { value, unit }
        };
        match found {
            // Two different limits in one cell ("10个工作日，特殊情况30个工作日") is not one limit.
            Some(previous) if previous != limit => return None,
            _ => found = Some(limit),
        }
    }
    // The limit must be the point of the cell, not a number buried in a paragraph.
    if found.is_some() && compact.chars().count() > 40 {
        return None;
    }
    found
}

/// Empties this thread's memo of limits when they were read in another schema's notation.
fn forget_other_notations(id: u32) {
    TIME_LIMITS_NOTATION.with(|owner| {
        if owner.get() != id {
            owner.set(id);
            TIME_LIMITS.with(|memo| memo.borrow_mut().clear());
        }
    });
}

fn parse_whole_number(text: &str) -> Option<u32> {
    let value: f64 = text.parse().ok()?;
    (value.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&value)).then_some(value as u32)
}

static VISITS_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:最多跑|跑)?(\d+|[零〇一二两三四五六七八九十]+)(?:次|趟)?$")
        .expect("valid regex")
});

/// Reads 到办事现场次数: "1", "1次", "一次", "最多跑一次", "0次", "零次", "不跑".
pub fn parse_visits(text: &str) -> Option<i64> {
    let compact: String = fold_width(trim(text))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if matches!(
        compact.as_str(),
        "不跑" | "零跑" | "0跑" | "不用跑" | "无需到现场"
    ) {
        return Some(0);
    }
    if compact.chars().all(|c| c.is_ascii_digit() || c == '.') && !compact.is_empty() {
        return parse_whole_number(&compact).map(i64::from);
    }
    let caps = VISITS_RE.captures(&compact)?;
    parse_count(&caps[1]).map(i64::from)
}

/// Reads yes/no: 是/否, √/×, Y/N, 有/无, 收费/不收费, TRUE/FALSE, 1/0.
pub fn parse_bool(text: &str) -> Option<bool> {
    let yes = [
        "是", "√", "✓", "✔", "Y", "YES", "TRUE", "1", "有", "收费", "支持", "需要", "对",
    ];
    let no = [
        "否",
        "×",
        "✗",
        "✘",
        "X",
        "N",
        "NO",
        "FALSE",
        "0",
        "无",
        "不收费",
        "免费",
        "不支持",
        "不需要",
        "免收",
        "不",
        "没有",
    ];
    // The words are written as the compact form below would make them, so a cell that is one
    // of them as it stands needs no folding, filtering and upper-casing first.
    let trimmed = trim(text);
    if yes.contains(&trimmed) {
        return Some(true);
    }
    if no.contains(&trimmed) {
        return Some(false);
    }
    let compact: String = fold_width(trimmed)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if yes.contains(&compact.as_str()) {
        Some(true)
    } else if no.contains(&compact.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// The start of a numbered material: "1." "1、" "1）" "（1）" "(1)" "①" "一、" "第一，".
static NUMBERING_RE: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        r"(?:^|[\s；;。，,])\s*(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[.．、）)](?:\s|[^\d])|[一二三四五六七八九十]{1,3}、)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]",
    )
    // Every material cell is scanned: a lazy DFA that fits Chinese text's states is faster
    // than one that keeps clearing its 2 MB default cache.
    .dfa_size_limit(16 << 20)
    .build()
    .expect("valid regex")
});

static LEADING_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[.．、）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[一二三四五六七八九十]{1,3}、)\s*",
    )
    .expect("valid regex")
});

static COPIES_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[（(，,]?\s*(?:各|一式)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*份\s*[）)]?")
        .expect("valid regex")
});

static OPTIONAL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[（(]\s*(?:如有|非必要|非必须|选填|可选|容缺|非必需)\s*[）)]")
        .expect("valid regex")
});

const FORMS: &[&str] = &[
    "原件及复印件",
    "原件和复印件",
    "原件与复印件",
    "原件、复印件",
    "原件或复印件",
    "原件",
    "复印件",
    "电子版",
    "扫描件",
    "电子证照",
];

/// Splits a materials cell into materials: on numbering (1. 1、 （1） ①), on ；/; and on line
/// breaks — never on 、 inside one material — and reads 原件/复印件 and 份数 out of each.
pub fn parse_materials(text: &str) -> Vec<Material> {
    let text = trim(text);
    let mut materials = Vec::new();
    if text.is_empty() {
        return materials;
    }
    for line in material_lines(text) {
        let line = trim(line);
        if !line.is_empty() {
            materials.extend(memoized(&MATERIAL_LINES, line, || {
                parse_material_line(line)
            }));
        }
    }
    materials
}

/// A materials cell cut at line breaks, ； and ; — what `text.split(['\n', '\r', '；', ';'])`
/// gives, found with two vector searches where `split` decodes and compares every character.
fn material_lines(text: &str) -> impl Iterator<Item = &str> {
    const FULL_WIDTH: &[u8] = "；".as_bytes();
    let bytes = text.as_bytes();
    let next_ascii = |from: usize| {
        memchr::memchr3(b'\n', b'\r', b';', &bytes[from..]).map_or(bytes.len(), |k| from + k)
    };
    let next_full_width = |from: usize| {
        memchr::memmem::find(&bytes[from..], FULL_WIDTH).map_or(bytes.len(), |k| from + k)
    };
    // Where the line starts, and the next separator of each kind at or after it (found again
    // only once passed, so a cell of many separators is searched once).
    let mut start = 0;
    let mut ascii = next_ascii(0);
    let mut full_width = next_full_width(0);
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        if ascii < start {
            ascii = next_ascii(start);
        }
        if full_width < start {
            full_width = next_full_width(start);
        }
        let (cut, width) = if full_width < ascii {
            (full_width, FULL_WIDTH.len())
        } else {
            (ascii, 1)
        };
        if cut == bytes.len() {
            done = true;
            return Some(&text[start..]);
        }
        let line = &text[start..cut];
        start = cut + width;
        Some(line)
    })
}

/// The materials of one line of a materials cell.
fn parse_material_line(line: &str) -> Vec<Material> {
    let mut pieces: Vec<String> = Vec::new();
    // Split a line that holds several numbered materials: "1.身份证 2.户口簿". A line that
    // starts "（1）" is numbered that way throughout, even without spaces: "（1）申请书（2）户口簿".
    if BRACKET_NUMBER_START_RE.is_match(line) {
        let starts: Vec<usize> = BRACKET_NUMBER_RE
            .find_iter(line)
            .map(|m| m.start())
            .collect();
        push_pieces(&mut pieces, line, starts);
    } else {
        let starts: Vec<usize> = NUMBERING_RE
            .find_iter(line)
            .map(|m| {
                // Skip the separator the match may begin with.
                let s = m.as_str();
                let lead = s.len()
                    - s.trim_start_matches(['；', ';', '。', '，', ',', ' ', '\t'])
                        .len();
                m.start() + lead
            })
            .collect();
        push_pieces(&mut pieces, line, starts);
    }
    pieces
        .iter()
        .map(|p| parse_material(p))
        .filter(|m| !m.name.is_empty())
        .collect()
}

thread_local! {
    // Departments repeat the same materials and time limits item after item: each distinct text
    // is parsed once per thread.
    static MATERIAL_LINES: Memo<Vec<Material>> = RefCell::new(HashMap::default());
    static TIME_LIMITS: Memo<Option<TimeLimit>> = RefCell::new(HashMap::default());
    /// The notation the memo's limits were read in.
    static TIME_LIMITS_NOTATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

static BRACKET_NUMBER_START_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[（(]\s*1\s*[）)]").expect("valid regex"));
static BRACKET_NUMBER_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(]\s*\d{1,2}\s*[）)]").expect("valid regex"));

/// Cuts a line at the given starts of numbered materials.
fn push_pieces(pieces: &mut Vec<String>, line: &str, starts: Vec<usize>) {
    if starts.len() <= 1 {
        pieces.push(line.to_string());
        return;
    }
    let mut bounds = starts;
    if bounds[0] != 0 {
        bounds.insert(0, 0);
    }
    bounds.push(line.len());
    for pair in bounds.windows(2) {
        let piece = trim(&line[pair[0]..pair[1]]);
        let piece = piece.trim_end_matches(['，', ',', '。']);
        if !piece.is_empty() {
            pieces.push(piece.to_string());
        }
    }
}

/// Reads one material: "身份证原件及复印件1份" → name 身份证, form 原件及复印件, copies 1. A note in
/// brackets after them is the material's note: "身份证复印件1份（核验原件后退回）" → name 身份证, form
/// 复印件, copies 1, notes 核验原件后退回.
pub fn parse_material(text: &str) -> Material {
    let text = trim(text);
    let text = LEADING_NUMBER_RE
        .find(text)
        .map_or(text, |numbering| &text[numbering.end()..]);
    // A note hides the form and copies from the end of the material: read them before it. A
    // bracket that is itself a detail ("（原件）", "（如有）", "（一式两份）") is no note, and one
    // after a material without details ("户口簿（户主页及本人页）") stays part of the name.
    if let Some((head, note)) = trailing_bracket(text)
        && !has_details(&parse_material_body(&format!("材料（{note}）")))
    {
        let mut before = parse_material_body(head);
        if !before.name.is_empty() && has_details(&before) {
            before.notes = Some(note.to_string());
            return before;
        }
    }
    parse_material_body(text)
}

fn has_details(material: &Material) -> bool {
    material.form.is_some() || material.copies.is_some() || !material.required
}

/// The text before a bracketed group that ends it, and the group's content (brackets nested
/// inside it kept): "证明1份（村（社区）盖章）" → ("证明1份", "村（社区）盖章").
fn trailing_bracket(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end_matches(['。', '；', ';', '，', ',']);
    let last = text.chars().next_back()?;
    if last != '）' && last != ')' {
        return None;
    }
    let mut depth = 0usize;
    for (at, c) in text.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' => {
                depth -= 1;
                if depth == 0 {
                    let note = trim(&text[at + c.len_utf8()..text.len() - last.len_utf8()]);
                    let head = trim(&text[..at]);
                    return (!note.is_empty() && !head.is_empty()).then_some((head, note));
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_material_body(text: &str) -> Material {
    // `rest` stays a slice of the cell's text until a step has to change it: most materials
    // carry no optional marker, copies or form, and this runs for every material of every item.
    let mut rest = Cow::Borrowed(text.trim_end_matches(['。', '；', ';', '，', ',']));
    let mut material = Material {
        required: true,
        ..Material::default()
    };
    if OPTIONAL_RE.is_match(&rest) {
        material.required = false;
        rest = Cow::Owned(OPTIONAL_RE.replace_all(&rest, "").into_owned());
    }
    if rest.contains('份')
        && let Some(whole) = COPIES_RE.find(&rest)
    {
        // Only a count at the end of the material (or inside its closing bracket) is its copies;
        // "2份证明" is part of a name.
        let tail =
            rest[whole.end()..].trim_matches(|c: char| c == '）' || c == ')' || c.is_whitespace());
        if tail.is_empty()
            && let Some(caps) = COPIES_RE.captures_at(&rest, whole.start())
        {
            material.copies = parse_count(&caps[1]);
            let without = format!("{}{}", &rest[..whole.start()], &rest[whole.end()..]);
            rest = Cow::Owned(without);
        }
    }
    // Every form says 件 or 电子.
    if rest.contains('件') || rest.contains("电子") {
        for (form, bracketed) in FORMS.iter().zip(BRACKETED_FORMS.iter()) {
            if !rest.contains(form) {
                continue;
            }
            if let Some(b) = bracketed.iter().find(|b| rest.contains(b.as_str())) {
                rest = Cow::Owned(rest.replacen(b.as_str(), "", 1));
                material.form = Some(normalize_form(form));
                break;
            }
            if let Some(stripped) = rest.strip_suffix(form) {
                rest = Cow::Owned(stripped.to_string());
                material.form = Some(normalize_form(form));
                break;
            }
        }
    }
    let rest = rest
        .trim_end_matches(['，', ',', '、', ' ', '（', '('])
        .trim_end_matches(['(', '（']);
    // Drop brackets that the removals left empty.
    material.name = if rest.contains("（）") || rest.contains("()") {
        trim(&rest.replace("（）", "").replace("()", "")).to_string()
    } else {
        trim(rest).to_string()
    };
    material
}

/// "（原件）" and "(原件)" for each form, built once.
static BRACKETED_FORMS: LazyLock<Vec<[String; 2]>> = LazyLock::new(|| {
    FORMS
        .iter()
        .map(|f| [format!("（{f}）"), format!("({f})")])
        .collect()
});

fn normalize_form(form: &str) -> String {
    match form {
        "原件和复印件" | "原件与复印件" | "原件、复印件" => {
            "原件及复印件".to_string()
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn material_lines_are_splits_lines(text in "[a；;\n\r中、]{0,40}") {
            let expected: Vec<&str> = text.split(['\n', '\r', '；', ';']).collect();
            proptest::prop_assert_eq!(material_lines(&text).collect::<Vec<_>>(), expected);
        }
    }

    fn notation() -> LimitNotation {
        svcat_core::schema::load_schema("national")
            .expect("national schema")
            .limit_notation
    }

    fn limit(value: u32, unit: TimeUnit) -> Option<TimeLimit> {
        Some(TimeLimit { value, unit })
    }

    #[test]
    fn time_limits() {
        use TimeUnit::*;
        assert_eq!(
            parse_time_limit("20个工作日", None, &notation()),
            limit(20, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("２０个工作日", None, &notation()),
            limit(20, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("二十个工作日", None, &notation()),
            limit(20, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("十五个工作日", None, &notation()),
            limit(15, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("15日", None, &notation()),
            limit(15, CalendarDays)
        );
        assert_eq!(
            parse_time_limit("20天", None, &notation()),
            limit(20, CalendarDays)
        );
        assert_eq!(
            parse_time_limit("1个月", None, &notation()),
            limit(30, CalendarDays)
        );
        assert_eq!(
            parse_time_limit("即办", None, &notation()),
            Some(TimeLimit::IMMEDIATE)
        );
        assert_eq!(
            parse_time_limit("当场办结", None, &notation()),
            Some(TimeLimit::IMMEDIATE)
        );
        assert_eq!(
            parse_time_limit("10", Some("工作日"), &notation()),
            limit(10, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("10", Some("自然日"), &notation()),
            limit(10, CalendarDays)
        );
        assert_eq!(
            parse_time_limit("0", None, &notation()),
            Some(TimeLimit::IMMEDIATE)
        );
        assert_eq!(
            parse_time_limit("自受理之日起20个工作日内办结", None, &notation()),
            limit(20, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("30个工作日（公示7天不计入）", None, &notation()),
            limit(30, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("10个工作日，特殊情况30个工作日", None, &notation()),
            None
        );
        // The portals' notation: the unit in brackets after the number.
        assert_eq!(
            parse_time_limit("30(工作日)", None, &notation()),
            limit(30, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("30 (工作日)", None, &notation()),
            limit(30, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("15（自然日）", None, &notation()),
            limit(15, CalendarDays)
        );
        assert_eq!(
            parse_time_limit("365 个工作日", None, &notation()),
            limit(365, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("40(工作日（不算周末和法定节假日）)", None, &notation()),
            limit(40, WorkingDays)
        );
        assert_eq!(
            parse_time_limit("0(工作日)", None, &notation()),
            Some(TimeLimit::IMMEDIATE)
        );
        assert_eq!(parse_time_limit("待定", None, &notation()), None);
        assert_eq!(parse_time_limit("", None, &notation()), None);
    }

    #[test]
    fn visits() {
        assert_eq!(parse_visits("1次"), Some(1));
        assert_eq!(parse_visits("0"), Some(0));
        assert_eq!(parse_visits("一次"), Some(1));
        assert_eq!(parse_visits("最多跑一次"), Some(1));
        assert_eq!(parse_visits("２次"), Some(2));
        assert_eq!(parse_visits("不跑"), Some(0));
        assert_eq!(parse_visits("视情况"), None);
    }

    #[test]
    fn booleans() {
        assert_eq!(parse_bool("是"), Some(true));
        assert_eq!(parse_bool("√"), Some(true));
        assert_eq!(parse_bool("×"), Some(false));
        assert_eq!(parse_bool("不收费"), Some(false));
        assert_eq!(parse_bool("也许"), None);
    }

    fn names(text: &str) -> Vec<String> {
        parse_materials(text).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn materials_split_on_numbering_and_semicolons() {
        assert_eq!(
            names("1.身份证原件及复印件1份；2.户口簿原件及复印件1份；3.申请书"),
            ["身份证", "户口簿", "申请书"]
        );
        assert_eq!(names("1、申请书 2、身份证"), ["申请书", "身份证"]);
        assert_eq!(
            names("（1）申请表\n（2）身份证复印件"),
            ["申请表", "身份证"]
        );
        assert_eq!(names("①申请表②户口簿"), ["申请表", "户口簿"]);
        assert_eq!(names("（1）残疾人证（2）户口簿"), ["残疾人证", "户口簿"]);
        assert_eq!(names("申请表（2份）"), ["申请表"]);
        assert_eq!(names("申请表;身份证"), ["申请表", "身份证"]);
    }

    #[test]
    fn value_lists_split_outside_brackets() {
        assert_eq!(
            split_values("县级、镇（乡、街道）级"),
            ["县级", "镇（乡、街道）级"]
        );
        assert_eq!(split_values("镇（乡、街道）级"), ["镇（乡、街道）级"]);
        assert_eq!(split_values("自然人,法人"), ["自然人", "法人"]);
        assert_eq!(split_values("3^4"), ["3", "4"]);
    }

    #[test]
    fn materials_never_split_on_enumeration_comma() {
        assert_eq!(
            names("居民户口簿、居民身份证原件及复印件"),
            ["居民户口簿、居民身份证"]
        );
    }

    #[test]
    fn material_details() {
        let m = parse_material("1.身份证原件及复印件1份");
        assert_eq!(m.name, "身份证");
        assert_eq!(m.form.as_deref(), Some("原件及复印件"));
        assert_eq!(m.copies, Some(1));
        assert!(m.required);
        let m = parse_material("户口簿（原件）");
        assert_eq!(
            (m.name.as_str(), m.form.as_deref()),
            ("户口簿", Some("原件"))
        );
        let m = parse_material("结婚证复印件（如有）");
        assert_eq!(m.name, "结婚证");
        assert!(!m.required);
        let m = parse_material("申请表（一式两份）");
        assert_eq!((m.name.as_str(), m.copies), ("申请表", Some(2)));
        let m = parse_material("２寸照片2张");
        assert_eq!(m.name, "２寸照片2张");
    }

    #[test]
    fn material_notes_after_form_and_copies() {
        let m = parse_material("1.房屋权属证明材料复印件1份（村（社区）出具并加盖公章）；");
        assert_eq!(m.name, "房屋权属证明材料");
        assert_eq!(m.form.as_deref(), Some("复印件"));
        assert_eq!(m.copies, Some(1));
        assert_eq!(m.notes.as_deref(), Some("村（社区）出具并加盖公章"));
        let m = parse_material("结婚证复印件（如有）（离婚的提供离婚证）");
        assert_eq!(
            (m.name.as_str(), m.form.as_deref(), m.required),
            ("结婚证", Some("复印件"), false)
        );
        assert_eq!(m.notes.as_deref(), Some("离婚的提供离婚证"));
        let m = parse_material("申请表（一式两份）(需村委会盖章)");
        assert_eq!((m.name.as_str(), m.copies), ("申请表", Some(2)));
        assert_eq!(m.notes.as_deref(), Some("需村委会盖章"));
        // A bracket that reveals no form or copies stays in the name.
        let m = parse_material("户口簿（户主页及本人页）");
        assert_eq!(
            (m.name.as_str(), m.notes),
            ("户口簿（户主页及本人页）", None)
        );
        let m = parse_material("逝者居民死亡医学证明（推断）书复印件1份");
        assert_eq!(m.name, "逝者居民死亡医学证明（推断）书");
        assert_eq!(m.notes, None);
        // Unbalanced brackets are left alone.
        assert_eq!(trailing_bracket("申请书）"), None);
        assert_eq!(trailing_bracket("（）"), None);
    }
}
