//! The project's escapers, one per kind of output, used by every renderer: catalog text (names,
//! departments, values, codes, headers, sheet and file names) is never trusted to be inert.
//!
//! - [`terminal`]: text for a terminal, control characters and bidirectional formatting characters
//!   shown visibly, so a cell can neither move the cursor, clear the screen, colour the output nor
//!   reorder what is shown.
//! - [`markdown`] (and [`markdown_paragraph`], [`markdown_code`]): Markdown that can carry no HTML,
//!   no link and no formatting, and stays in its table cell.
//! - [`html`] and [`html_inline`]: element content and quoted attribute values.
//! - [`spreadsheet_cell`]: csv cells a spreadsheet will not run as formulas.
//! - [`uri_path`]: a path as an RFC 3986 URI reference.
//!
//! A control character never survives any of them: each shows it as [`visible`] does.

use std::borrow::Cow;

/// The bidirectional formatting characters: marks (ALM, LRM, RLM), embeddings and overrides
/// (U+202A–U+202E) and isolates (U+2066–U+2069). They reorder the text around them on screen.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` must not reach any output as itself: control characters (C0, DEL, C1), the
/// bidirectional formatting characters and the Unicode line and paragraph separators. Line breaks
/// and tabs are among them; each escaper treats those on its own first.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// How an unsafe character is shown: a C0 control or DEL as its Unicode control picture (ESC as
/// "␛", NUL as "␀"), anything else as `\u{202e}`. `None` for characters that are safe.
pub fn visible(c: char) -> Option<Cow<'static, str>> {
    if !is_unsafe(c) {
        return None;
    }
    let code = u32::from(c);
    Some(match code {
        0x00..=0x1F => Cow::Owned(
            char::from_u32(0x2400 + code)
                .expect("control pictures")
                .to_string(),
        ),
        0x7F => Cow::Borrowed("\u{2421}"),
        _ => Cow::Owned(format!("\\u{{{code:x}}}")),
    })
}

/// Text for a terminal: `\n` and `\t` kept, `\r\n` as `\n`, every other control character (a lone
/// `\r` too, which would let later text overwrite earlier text) and every bidirectional formatting
/// character shown as [`visible`] does. Borrowed when there is nothing to change.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => {}
            c => match visible(c) {
                Some(shown) => out.push_str(&shown),
                None => out.push(c),
            },
        }
    }
    Cow::Owned(out)
}

/// Calls `each` with every character of `text`, except that a line break (`\r\n`, `\r`, `\n`, or
/// U+2028/U+2029) comes as one `'\n'`.
fn for_each_char_lines(text: &str, mut each: impl FnMut(char)) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                each('\n');
            }
            '\u{2028}' | '\u{2029}' => each('\n'),
            c => each(c),
        }
    }
}

/// Text for Markdown, inline or in a table cell: it can carry no HTML (`<`, `>` and `&` become
/// entities), no link, emphasis, code or heading (the characters that start them are
/// backslash-escaped, bare `http:`/`www.` autolinks broken), and it stays on its line and in its
/// cell (`|` escaped, line breaks as `<br>`, tabs as spaces); other control characters are shown
/// as [`visible`] does.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    markdown_into(&mut out, text);
    out
}

fn markdown_into(out: &mut String, text: &str) {
    // The last characters written as themselves, to see "http:" and "www." coming.
    let mut prev: [char; 3] = [' '; 3];
    for_each_char_lines(text, |c| {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br>"),
            '\t' => out.push(' '),
            // A scheme ("http:", "javascript:") or "www." would become a link (GFM autolinks).
            ':' if prev[2].is_ascii_alphabetic() => out.push_str("\\:"),
            '.' if prev.iter().all(|p| p.eq_ignore_ascii_case(&'w')) => out.push_str("\\."),
            c => match visible(c) {
                Some(shown) => {
                    for s in shown.chars() {
                        if s == '\\' {
                            out.push('\\');
                        }
                        out.push(s);
                    }
                }
                None => out.push(c),
            },
        }
        prev = [prev[1], prev[2], c];
    });
}

/// [`markdown`] for text that starts a block (a list item's or a paragraph's first line), where
/// "1. text", "1) text", "- text" or "+ text" would start a list.
pub fn markdown_paragraph(text: &str) -> String {
    let mut s = markdown(text);
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && s[digits..].starts_with(['.', ')']) {
        s.insert(digits, '\\');
    } else if s.starts_with(['-', '+', '=']) {
        s.insert(0, '\\');
    }
    s
}

/// A code (an item's 事项编码) for Markdown: as a code span when it holds only letters, digits and
/// `-` `.` `/` `_`, which a code span shows as they are; otherwise as escaped text ([`markdown`]),
/// since a code span can escape nothing (a backtick would end it, a `|` the table cell).
pub fn markdown_code(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '/' | '_'))
        && !text.chars().any(is_unsafe);
    if plain {
        format!("`{text}`")
    } else {
        markdown(text)
    }
}

/// Escapes text for HTML element content and quoted attribute values: `& < > " '` as entities,
/// line breaks as `<br>`, tabs as spaces, other control characters as [`visible`] shows them.
pub fn html_into(out: &mut String, text: &str) {
    html_with(out, text, "<br>");
}

/// [`html_into`] into a new string.
pub fn html(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    html_into(&mut s, text);
    s
}

/// [`html`] for places where markup is not read (`<title>`, SVG text, attributes): line breaks as
/// spaces.
pub fn html_inline(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    html_with(&mut s, text, " ");
    s
}

fn html_with(out: &mut String, text: &str, line_break: &str) {
    for_each_char_lines(text, |c| match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        '\n' => out.push_str(line_break),
        '\t' => out.push(' '),
        c => match visible(c) {
            Some(shown) => out.push_str(&shown),
            None => out.push(c),
        },
    });
}

/// A csv cell a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading single quote, as OWASP recommends against CSV
/// injection. Every cell svcat writes to a csv goes through this, the header row included.
/// (xlsx files need no such quote: svcat writes every cell there as a string cell, never a
/// formula.)
pub fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Text for an XML element or attribute (a cell svcat sets inside a workbook's package): the five
/// special characters escaped, and characters XML 1.0 cannot hold at all dropped.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A path as an RFC 3986 URI reference (SARIF's `artifactLocation.uri`): `/` kept as the
/// separator (and `\` taken as one), the unreserved characters (letters, digits, `-._~`) kept, any
/// other byte of the UTF-8 text percent-encoded (`%20` for a space, `%E6%B0%91` for 民, `%25`,
/// `%23`, `%3F`, `%3A` …).
pub fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len() * 3);
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(b))
            }
            b'\\' if cfg!(windows) => out.push('/'),
            b => {
                use std::fmt::Write as _;
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_shows_controls_and_bidi_visibly() {
        assert_eq!(terminal("民政办"), Cow::Borrowed("民政办"));
        assert_eq!(
            terminal("a\u{1b}[2Jb\u{9b}31m\u{202e}c\rd\r\ne\tf\u{7f}"),
            "a␛[2Jb\\u{9b}31m\\u{202e}c␍d\ne\tf␡"
        );
        assert_eq!(terminal("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
    }

    #[test]
    fn markdown_is_inert() {
        assert_eq!(
            markdown("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(markdown("*粗* [链接](x)"), "\\*粗\\* \\[链接\\](x)");
        assert_eq!(markdown("a|b`c"), "a\\|b\\`c");
        assert_eq!(markdown("x\r<!-- y"), "x<br>&lt;\\!-- y");
        assert_eq!(markdown("x\r\ny\nz"), "x<br>y<br>z");
        assert_eq!(markdown("# 标题"), "\\# 标题");
        assert_eq!(
            markdown("见 http://x.cn 或 www.y.cn"),
            "见 http\\://x.cn 或 www\\.y.cn"
        );
        assert_eq!(markdown("9:00"), "9:00");
        assert_eq!(markdown("a\u{1b}b\u{202e}"), "a␛b\\\\u{202e}");
        assert_eq!(markdown_paragraph("1.受理"), "1\\.受理");
        assert_eq!(markdown_paragraph("- 项"), "\\- 项");
        assert_eq!(
            markdown_code("11370112MB0T66217F5370515013000"),
            "`11370112MB0T66217F5370515013000`"
        );
        assert_eq!(markdown_code("a`|b"), "a\\`\\|b");
    }

    #[test]
    fn html_escapes_everything_that_could_be_markup() {
        assert_eq!(
            html("<script>alert(\"x&y\")</script>'"),
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;"
        );
        assert_eq!(html("一\n二\u{7}\r三"), "一<br>二␇<br>三");
        assert_eq!(html_inline("一\r\n二"), "一 二");
    }

    #[test]
    fn formula_like_text_is_defused() {
        for text in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_cell(text), format!("'{text}"));
        }
        for text in ["最低生活保障", "1+1", "", "'quoted"] {
            assert_eq!(spreadsheet_cell(text), text);
        }
    }

    #[test]
    fn uri_paths_are_percent_encoded() {
        assert_eq!(
            uri_path("catalogs/town/01民政办.xlsx"),
            "catalogs/town/01%E6%B0%91%E6%94%BF%E5%8A%9E.xlsx"
        );
        assert_eq!(uri_path("a b/c%d#e?f:g"), "a%20b/c%25d%23e%3Ff%3Ag");
    }
}
