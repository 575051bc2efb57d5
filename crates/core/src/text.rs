//! Small text helpers shared by the schema, the parsers and the rules: width folding, Chinese
//! numerals, spreadsheet column letters, and a per-thread memo for parses of repeated text.

use std::cell::RefCell;
use std::collections::HashMap;
use std::thread::LocalKey;

/// Folds full-width ASCII (Ａ-Ｚ, ０-９, punctuation) and the ideographic space to their half-width
/// forms. Chinese punctuation without an ASCII twin (、 。 《》) is left alone.
/// Whether a cell says there is none: 无, 暂无, 不需要, or nothing; for conditions and materials
/// also the ways portals write "no conditions, nothing to bring" (无条件受理, 无受理条件, 无需提交材料).
pub fn says_none(text: &str) -> bool {
    matches!(
        text.trim().trim_end_matches(['。', '.', '；', ';']),
        "" | "无"
            | "暂无"
            | "没有"
            | "不需要"
            | "无需"
            | "无条件"
            | "无条件受理"
            | "无条件办理"
            | "无受理条件"
            | "无申请条件"
            | "无需提交材料"
            | "无需材料"
            | "不需要材料"
            | "无限制"
    )
}

pub fn fold_width(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// True when the text holds a character `fold_width` would change.
pub fn has_full_width(text: &str) -> bool {
    text.chars().any(is_full_width)
}

/// True for a character `fold_width` would change.
pub fn is_full_width(c: char) -> bool {
    fold_char(c) != c
}

pub fn fold_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// True for full-width digits and Latin letters only: the characters whose full-width form is a
/// typing accident rather than Chinese punctuation (a full-width comma is normal Chinese text).
pub fn is_full_width_alnum(c: char) -> bool {
    matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
}

/// True when the text has what the width rule tidies: a full-width digit or Latin letter, an
/// ideographic, non-breaking or zero-width space, a byte-order mark, a tab, or two spaces in a row.
/// Reads the UTF-8 bytes character by character without decoding them (the rule runs on every
/// cell): each of these is a fixed byte sequence, and a Chinese character is skipped by its
/// first byte alone. Half again as fast as testing decoded characters.
pub fn has_odd_width(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        let following = |n: usize| bytes.get(i + 1..i + 1 + n).unwrap_or_default();
        let (odd, len) = match lead {
            // Most Chinese characters: never one of these.
            0xE4..=0xEE => (false, 3),
            b'\t' => (true, 1),
            b' ' => (following(1) == b" ", 1),
            0xC2 => (following(1) == [0xA0], 2),
            0xE2 => (following(2) == [0x80, 0x8B], 3),
            0xE3 => (following(2) == [0x80, 0x80], 3),
            0xEF => (
                matches!(
                    following(2),
                    [0xBB, 0xBF] | [0xBC, 0x90..=0x99 | 0xA1..=0xBA] | [0xBD, 0x81..=0x9A]
                ),
                3,
            ),
            0xC3..=0xDF => (false, 2),
            0xE0 | 0xE1 => (false, 3),
            _ => (false, 1),
        };
        if odd {
            return true;
        }
        i += len;
    }
    false
}

/// Trims ASCII and ideographic whitespace, including non-breaking spaces that Excel users paste in.
pub fn trim(text: &str) -> &str {
    // Most cells have nothing to trim: their first and last characters say so at once, and
    // most of those are ASCII or three-byte characters whose bytes say so undecoded.
    if starts_untrimmable(text.as_bytes()) && ends_untrimmable(text.as_bytes()) {
        return text;
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next_back()) {
        (Some(first), Some(last)) if !is_trimmable(first) && !is_trimmable(last) => text,
        (Some(first), None) if !is_trimmable(first) => text,
        _ => text.trim_matches(is_trimmable),
    }
}

/// What `trim` removes: whitespace, the byte-order mark and the zero-width space.
/// `char::is_whitespace` looks every non-ASCII character up in a table, while no whitespace lies
/// above U+3000: Chinese characters and full-width forms are ruled out by a compare.
fn is_trimmable(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => matches!(c, ' ' | '\t'..='\r'),
        0x3001.. => c == '\u{FEFF}',
        _ => c.is_whitespace() || c == '\u{200B}',
    }
}

/// Whether a three-byte character (its UTF-8 bytes) is not one `trim` removes: no Chinese
/// character (lead bytes E4–E9) is, and of the CJK symbols (E3) and the full-width forms (EF) only
/// the ideographic space U+3000 and the byte-order mark U+FEFF are. Other leads: not known here.
fn three_bytes_untrimmable(char_bytes: &[u8]) -> bool {
    match char_bytes {
        [0xE4..=0xE9, _, _] => true,
        [0xE3, rest @ ..] => rest != [0x80, 0x80],
        [0xEF, rest @ ..] => rest != [0xBB, 0xBF],
        _ => false,
    }
}

fn ascii_untrimmable(b: u8) -> bool {
    b < 0x80 && !is_trimmable(char::from(b))
}

/// The text's first character is certainly not trimmed (false: not known without decoding).
fn starts_untrimmable(bytes: &[u8]) -> bool {
    match bytes.first() {
        Some(&b) if b < 0x80 => ascii_untrimmable(b),
        Some(0xE0..=0xEF) => bytes.get(..3).is_some_and(three_bytes_untrimmable),
        _ => false,
    }
}

/// The text's last character is certainly not trimmed (false: not known without decoding).
fn ends_untrimmable(bytes: &[u8]) -> bool {
    match bytes.last() {
        Some(&b) if b < 0x80 => ascii_untrimmable(b),
        Some(_) => bytes
            .len()
            .checked_sub(3)
            .is_some_and(|start| three_bytes_untrimmable(&bytes[start..])),
        None => false,
    }
}

/// Parses a Chinese numeral such as 十五, 二十, 一百二十, 两, 〇 or 零. Returns None for anything else.
pub fn parse_chinese_number(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '零' | '〇' => 0,
            '一' | '壹' => 1,
            '二' | '两' | '贰' => 2,
            '三' | '叁' => 3,
            '四' | '肆' => 4,
            '五' | '伍' => 5,
            '六' | '陆' => 6,
            '七' | '柒' => 7,
            '八' | '捌' => 8,
            '九' | '玖' => 9,
            _ => return None,
        })
    };
    let mut total: u32 = 0;
    let mut current: Option<u32> = None;
    for c in text.chars() {
        if let Some(d) = digit(c) {
            current = Some(d);
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            _ => return None,
        };
        total = total.checked_add(current.unwrap_or(1).checked_mul(unit)?)?;
        current = None;
    }
    total.checked_add(current.unwrap_or(0))
}

/// Parses a count written as digits (half or full width) or as a Chinese numeral.
pub fn parse_count(text: &str) -> Option<u32> {
    let folded = fold_width(trim(text));
    if !folded.is_empty() && folded.chars().all(|c| c.is_ascii_digit()) {
        return folded.parse().ok();
    }
    parse_chinese_number(&folded)
}

/// Spreadsheet column letters for a zero-based column index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: u32) -> String {
    let mut letters = String::new();
    push_column_letter(&mut letters, index);
    letters
}

/// A cell's name as the sheet shows it, "H17": the zero-based column's letters, then the row.
pub fn cell_name(column: u32, row: u32) -> String {
    let mut name = String::new();
    push_cell_name(&mut name, column, row);
    name
}

/// Appends a cell's name (see [`cell_name`]).
pub fn push_cell_name(out: &mut String, column: u32, row: u32) {
    push_column_letter(out, column);
    out.push_str(itoa::Buffer::new().format(row));
}

/// Appends the column letters of a zero-based index (see [`column_letter`]).
pub fn push_column_letter(out: &mut String, index: u32) {
    if index < 26 {
        out.push(char::from(b'A' + index as u8));
        return;
    }
    // At most seven letters for any u32.
    let mut letters = [0u8; 8];
    let mut at = letters.len();
    let mut n = index as u64 + 1;
    while n > 0 {
        at -= 1;
        letters[at] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    out.push_str(std::str::from_utf8(&letters[at..]).expect("ASCII letters"));
}

/// Zero-based column index of spreadsheet column letters ("A" → 0, "AA" → 26).
pub fn column_index(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 4 {
        return None;
    }
    let mut n: u32 = 0;
    for b in letters.bytes() {
        if !b.is_ascii_uppercase() {
            return None;
        }
        n = n * 26 + u32::from(b - b'A' + 1);
    }
    Some(n - 1)
}

/// Splits a cell reference such as "H17" into (zero-based column, one-based row).
pub fn parse_cell(cell: &str) -> Option<(u32, u32)> {
    let split = cell.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = cell.split_at(split);
    Some((column_index(letters)?, digits.parse().ok()?))
}

/// A character count that reads naturally for Chinese text (not bytes).
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// A fast hash for the texts of one's own catalog (the FxHash step; no untrusted peer can make
/// the map slow on purpose here, and SipHash over every text was a visible share of `check` and
/// `import`).
#[derive(Default)]
pub struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastHash = std::hash::BuildHasherDefault<Fx>;

/// A per-thread memo of a pure function of cell text: department sheets repeat the same
/// materials, limits and phone numbers item after item, so each distinct text is worked out once
/// per thread.
pub type Memo<V> = RefCell<HashMap<String, V, FastHash>>;

/// How many texts a memo holds before it starts over.
const MEMO_MAX: usize = 4096;

/// `work(text)`, looked up in a per-thread memo first.
pub fn memoized<V: Clone>(
    memo: &'static LocalKey<Memo<V>>,
    text: &str,
    work: impl FnOnce() -> V,
) -> V {
    memo.with(|memo| {
        if let Some(known) = memo.borrow().get(text) {
            return known.clone();
        }
        let found = work();
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_MAX {
            memo.clear();
        }
        memo.insert(text.to_string(), found.clone());
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_is_whitespace_bom_and_zero_width_space() {
        let trimmable = |c: char| c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}';
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}{c}中{c}a{c}");
            assert_eq!(
                trim(&text),
                text.trim_matches(trimmable),
                "U+{:04X}",
                u32::from(c)
            );
            let alone = c.to_string();
            assert_eq!(
                trim(&alone),
                alone.trim_matches(trimmable),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn odd_width_is_the_width_rules_characters() {
        let by_chars = |t: &str| {
            t.chars().any(|c| {
                is_full_width_alnum(c)
                    || matches!(c, '\u{3000}' | '\u{00A0}' | '\u{200B}' | '\u{FEFF}' | '\t')
            }) || t.contains("  ")
        };
        let cases = [
            "",
            "20个工作日",
            "２０个工作日",
            "ＡＢ",
            "ｚ",
            "Ｚ",
            "０",
            "９",
            "：",
            "（乡、街道）",
            "a\u{3000}b",
            "a\u{00A0}b",
            "\u{200B}",
            "\u{FEFF}x",
            "a\tb",
            "a  b",
            "a b",
            " ",
            "、。",
            "\u{FF0F}",
            "\u{FF1A}",
            "\u{FF20}",
            "\u{FF3B}",
            "\u{FF40}",
            "\u{FF5B}",
            "\u{3001}",
            "\u{200A}",
            "\u{200C}",
            "\u{FEFE}",
            "\u{00A1}",
            "\u{2000}",
        ];
        for case in cases {
            assert_eq!(has_odd_width(case), by_chars(case), "{case:?}");
        }
        // Every character from U+0000 to U+FFFF, alone and between CJK text.
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let text = format!("事项{c}名称");
            assert_eq!(has_odd_width(&text), by_chars(&text), "{c:?}");
        }
    }

    #[test]
    fn folds_full_width() {
        assert_eq!(fold_width("２０个工作日"), "20个工作日");
        assert_eq!(fold_width("ＡＢ　c"), "AB c");
        assert_eq!(fold_width("镇（乡、街道）级"), "镇(乡、街道)级");
    }

    #[test]
    fn chinese_numbers() {
        assert_eq!(parse_chinese_number("十五"), Some(15));
        assert_eq!(parse_chinese_number("二十"), Some(20));
        assert_eq!(parse_chinese_number("一百二十"), Some(120));
        assert_eq!(parse_chinese_number("两"), Some(2));
        assert_eq!(parse_chinese_number("三十个"), None);
        assert_eq!(parse_count("３"), Some(3));
        assert_eq!(parse_count("一"), Some(1));
    }

    #[test]
    fn column_letters_round_trip() {
        for (i, s) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (701, "ZZ"),
            (702, "AAA"),
        ] {
            assert_eq!(column_letter(i), s);
            assert_eq!(column_index(s), Some(i));
        }
        assert_eq!(parse_cell("H17"), Some((7, 17)));
        assert_eq!(parse_cell("17"), None);
        // The largest index (a value from no column) still gets its letters, all seven of them.
        assert_eq!(column_letter(u32::MAX), "MWLQKWV");
        assert_eq!(column_letter(16_383), "XFD");
    }
}
