//! The delimiter: the one that splits a file's first lines into the most consistent number of
//! fields.

use std::borrow::Cow;

/// Picks the delimiter that splits the first lines into the most consistent number of fields.
pub fn sniff_delimiter(text: &str, extension: &str) -> u8 {
    if extension.eq_ignore_ascii_case("tsv") {
        return b'\t';
    }
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_LINES)
        .collect();
    let mut best = (b',', 0usize);
    for delimiter in [b',', b'\t', b';', b'|'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, delimiter))
            .collect();
        let Some(&max) = counts.iter().max() else {
            continue;
        };
        if max == 0 {
            continue;
        }
        // Lines that agree with the most common count, weighted by that count.
        let mode = most_common(&counts);
        let agreeing = counts.iter().filter(|&&c| c == mode && c > 0).count();
        let score = agreeing * mode;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// The start of `bytes` that holds the lines [`sniff_delimiter`] looks at (its first 20 that are
/// not blank), decoded: only they are, not the whole megabyte read up front. A line ends at
/// `\n` there too, and the byte of `\n` occurs inside no UTF-8 or GB18030 character.
pub(super) fn sniff_lines<'b>(
    bytes: &'b [u8],
    decode: impl Fn(&'b [u8]) -> Cow<'b, str>,
) -> String {
    let mut text = String::new();
    let mut lines = 0;
    let mut at = 0;
    while lines < SNIFF_LINES && at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |k| at + k + 1);
        let line = decode(&bytes[at..end]);
        if !line.trim().is_empty() {
            lines += 1;
        }
        text.push_str(&line);
        at = end;
    }
    text
}

/// How many lines that are not blank decide the delimiter.
const SNIFF_LINES: usize = 20;

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            n += 1;
        }
    }
    n
}

fn most_common(counts: &[usize]) -> usize {
    let mut best = (0, 0);
    for &c in counts {
        let n = counts.iter().filter(|&&x| x == c).count();
        if n > best.1 || (n == best.1 && c > best.0) {
            best = (c, n);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::GB18030;

    #[test]
    fn sniffs_delimiters() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n", "csv"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n", "csv"), b'\t');
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n", "csv"), b';');
        assert_eq!(sniff_delimiter("a,b\n", "tsv"), b'\t');
    }

    #[test]
    fn sniffs_only_the_lines_it_needs() {
        // 30 lines: blank ones (one of ideographic spaces) do not count toward the 20.
        let mut text = String::from("\n\u{3000}\n  \r\n");
        for n in 0..30 {
            text.push_str(&format!("{n};b,c;d\r\n"));
        }
        let sniffed = sniff_lines(text.as_bytes(), String::from_utf8_lossy);
        assert!(text.starts_with(&sniffed));
        assert_eq!(sniffed.lines().filter(|l| !l.trim().is_empty()).count(), 20);
        assert_eq!(sniffed.lines().count(), 23);
        assert_eq!(
            sniff_delimiter(&sniffed, "csv"),
            sniff_delimiter(&text, "csv")
        );
        // Fewer lines than that: all of them.
        assert_eq!(
            sniff_lines(b"a,b\n1,2", String::from_utf8_lossy),
            "a,b\n1,2"
        );
        // GB18030, decoded line by line as a whole.
        let (gbk, _, _) = GB18030.encode("事项,材料\n低保,身份证\n");
        let decoded = sniff_lines(&gbk, |b| GB18030.decode_without_bom_handling(b).0);
        assert_eq!(decoded, "事项,材料\n低保,身份证\n");
    }
}
