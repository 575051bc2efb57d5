//! Excel's size limits, and how text fits them: cut to a cell's length, measured in column
//! widths.

/// Excel's limits.
pub(crate) const MAX_ROWS: u32 = 1_048_576;
pub(crate) const MAX_COLS: u32 = 16_384;
pub(crate) const MAX_CELL_UTF16: usize = 32_767;

/// A text's width in Excel character units: CJK and full-width characters take two.
pub(super) fn text_width(text: &str) -> f64 {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| if is_wide(c) { 2.0 } else { 1.0 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// Cuts a text to Excel's limit in UTF-16 units, marking the cut with "…".
pub(crate) fn truncate_utf16(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max || text.encode_utf16().count() <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut units = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units > max - 1 {
            break;
        }
        end = i + c.len_utf8();
    }
    std::borrow::Cow::Owned(format!("{}…", &text[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_respects_utf16() {
        assert_eq!(truncate_utf16("abc", 5), "abc");
        assert_eq!(truncate_utf16("abcdef", 4), "abc…");
        assert_eq!(truncate_utf16("𠀀𠀀𠀀", 4), "𠀀…");
    }

    #[test]
    fn widths_count_cjk_twice() {
        assert_eq!(text_width("30个工作日"), 10.0);
        assert_eq!(text_width("ab\n一二三"), 6.0);
    }
}
