//! Column widths and row heights for Chinese text: a Chinese character is about two digits wide,
//! and a row of wrapped text needs a height of its own.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

/// Display width of text in Excel's column units: a Chinese character is about two digits wide.
/// Multi-line text is as wide as its longest line.
pub fn text_width(text: &str) -> f64 {
    text.lines()
        .map(|line| line.chars().map(char_width).sum::<f64>())
        .fold(0.0, f64::max)
}

/// [`text_width`], stopping as soon as a line reaches `cap`: a long paragraph is as wide as the
/// widest column allows after its first few dozen characters.
fn text_width_upto(text: &str, cap: f64) -> f64 {
    let mut widest: f64 = 0.0;
    let mut line = 0.0;
    for c in text.chars() {
        if c == '\n' {
            widest = widest.max(line);
            line = 0.0;
            continue;
        }
        line += char_width(c);
        if line >= cap {
            return line;
        }
    }
    widest.max(line)
}

/// Points one line of 11-point text takes; CJK glyphs need more than Excel's 15-point default.
const LINE_HEIGHT: f64 = 15.6;
/// Excel's tallest row.
const MAX_ROW_HEIGHT: f64 = 409.0;

/// Lines a text takes in a column `width` units wide, wrapped as a spreadsheet wraps it.
///
/// Every cell of a large catalog passes through here, so widths are estimated from bytes, which
/// the compiler counts many at a time: an ASCII byte is a narrow character, and the other bytes of
/// a line are mostly CJK characters, three bytes each and two units wide (the few narrow non-ASCII
/// characters, such as —, come out a little wide, which only makes a row a little taller).
pub fn wrapped_lines(text: &str, width: f64) -> usize {
    let usable = (width - 1.0).max(1.0);
    // No byte is wider than 1.1 units: a short cell on one line needs no measuring.
    if text.len() as f64 * 1.1 <= usable && !text.contains('\n') {
        return 1;
    }
    text.split('\n')
        .map(|line| {
            let ascii = line.bytes().filter(u8::is_ascii).count();
            let wide = line.len() - ascii;
            let w = ascii as f64 * 1.1 + wide as f64 * (2.0 / 3.0);
            ((w / usable).ceil() as usize).max(1)
        })
        .sum()
}

/// The height a row of `lines` lines needs, or None when one line fits the default height.
/// LibreOffice (like WPS) keeps a row at the default height unless the file says otherwise, so
/// wrapped text would show only its first line.
pub fn row_height(lines: usize) -> Option<f64> {
    (lines > 1).then(|| (lines as f64 * LINE_HEIGHT + 2.0).min(MAX_ROW_HEIGHT))
}

/// rust_xlsxwriter 0.102 writes the last row of a constant-memory sheet twice when that row has a
/// height (Excel then calls the file damaged). A formatted blank cell on the row below makes that
/// row the last one; it is empty, outside the table, and import skips it.
pub fn end_constant_memory_sheet(
    sheet: &mut Worksheet,
    last_row_has_height: bool,
    last_row: u32,
    format: &Format,
) -> Result<(), XlsxError> {
    if last_row_has_height {
        sheet.write_blank(last_row + 1, 0, format)?;
    }
    Ok(())
}

fn char_width(c: char) -> f64 {
    if is_wide(c) { 2.0 } else { 1.1 }
}

/// East Asian wide and full-width characters (CJK ideographs, kana, hangul, full-width forms and
/// CJK punctuation).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// Column widths measured from the text a column holds, within bounds: codes get their full width,
/// long paragraphs wrap at `max`.
pub struct ColumnWidths {
    widths: Vec<f64>,
    min: f64,
    max: f64,
}

impl ColumnWidths {
    pub fn new(columns: usize, min: f64, max: f64) -> ColumnWidths {
        ColumnWidths {
            widths: vec![0.0; columns],
            min,
            max,
        }
    }

    pub fn observe(&mut self, column: usize, text: &str) {
        let max = self.max;
        if let Some(w) = self.widths.get_mut(column)
            && *w < max
        {
            *w = w.max(text_width_upto(text, max));
        }
    }

    pub fn width(&self, column: usize) -> f64 {
        // Two units of padding, and never wider than `max` (the cell wraps instead).
        ((self.widths[column] + 2.0).clamp(self.min, self.max) * 10.0).round() / 10.0
    }

    /// Lines a text takes in this column.
    pub fn lines(&self, column: usize, text: &str) -> usize {
        wrapped_lines(text, self.width(column))
    }

    pub fn apply(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        for column in 0..self.widths.len() {
            sheet.set_column_width(column as u16, self.width(column))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_text_is_twice_as_wide() {
        assert_eq!(text_width("事项名称"), 8.0);
        assert!((text_width("abc") - 3.3).abs() < 1e-9);
        assert_eq!(text_width("一二\n一二三"), 6.0);
        assert_eq!(text_width_upto("一二\n一二三", 100.0), 6.0);
        assert_eq!(text_width_upto(&"一".repeat(1000), 50.0), 50.0);
        // 30 characters in a 21-unit column: 60 units over 20 usable, 3 lines; plus a short line.
        assert_eq!(wrapped_lines(&format!("{}\n短", "一".repeat(30)), 21.0), 4);
        assert_eq!(row_height(1), None);
        assert_eq!(row_height(2), Some(33.2));
    }
}
