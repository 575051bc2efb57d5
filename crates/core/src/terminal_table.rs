//! A table for the terminal: columns aligned by display width (a Chinese character takes two
//! columns), two spaces between them, a rule of ─ under the rows the caller names. The human
//! outputs of `stats` and `district` print their tables with it.

use unicode_width::UnicodeWidthStr;

/// `rows` (the first is the header) as lines; a rule follows row `n` when `rule_after(n, rows)`.
/// Cells are shown as given: escape them for the terminal first.
pub fn terminal_table(rows: &[Vec<String>], rule_after: impl Fn(usize, usize) -> bool) -> String {
    let Some(first) = rows.first() else {
        return String::new();
    };
    let widths: Vec<usize> = (0..first.len())
        .map(|c| {
            rows.iter()
                .map(|r| r.get(c).map_or(0, |cell| cell.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let rule = "─".repeat(widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1));
    let mut out = String::new();
    for (n, row) in rows.iter().enumerate() {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w.saturating_sub(cell.width()))))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
        if rule_after(n, rows.len()) {
            out.push_str(&rule);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_display_width() {
        let rows = vec![
            vec!["镇".to_string(), "事项数".to_string()],
            vec!["青石镇".to_string(), "108".to_string()],
            vec!["A".to_string(), "9".to_string()],
        ];
        assert_eq!(
            terminal_table(&rows, |n, _| n == 0),
            "镇      事项数\n──────────────\n青石镇  108\nA       9\n"
        );
        assert_eq!(terminal_table(&[], |_, _| true), "");
    }
}
