//! Excel's limits (a sheet name's length, a cell's text, the last row, an inline dropdown list),
//! and text cut to fit them.

use std::borrow::Cow;

/// Excel's limits.
pub(super) const MAX_SHEET_NAME: usize = 31;
const MAX_CELL_CHARS: usize = 32_767;
pub const MAX_ROW: u32 = 1_048_575;
pub(super) const MAX_INLINE_LIST: usize = 255;

/// Text as a cell can hold it: Excel keeps at most 32,767 characters in a cell. Longer text is cut
/// (the caller counts it and says so).
pub fn cell_text(text: &str) -> (Cow<'_, str>, bool) {
    // A UTF-8 string never has more UTF-16 units than bytes: most cells need no counting.
    if text.len() <= MAX_CELL_CHARS
        || text.chars().map(char::len_utf16).sum::<usize>() <= MAX_CELL_CHARS
    {
        return (Cow::Borrowed(text), false);
    }
    let mut used = 0;
    let cut: String = text
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= MAX_CELL_CHARS
        })
        .collect();
    (Cow::Owned(cut), true)
}

/// The longest prefix of `text` within `max_units` UTF-16 units.
pub fn cut_utf16(text: &str, max_units: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > max_units {
            return &text[..i];
        }
    }
    text
}

/// Cuts a validation message to Excel's 255 characters.
pub fn fit_message(text: &str) -> String {
    if text.encode_utf16().count() <= 255 {
        text.to_string()
    } else {
        format!("{}…", cut_utf16(text, 254))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_cells_are_cut_to_excels_limit() {
        let long = "材".repeat(40_000);
        let (text, cut) = cell_text(&long);
        assert!(cut);
        assert_eq!(text.chars().count(), 32_767);
        assert!(!cell_text("短").1);
    }
}
