//! A compact inline text diff for conditions, process and other prose: unchanged stretches are
//! shortened, and what was deleted and inserted is kept apart, for each renderer to show its way
//! (colour at a terminal, struck-through and bold in Markdown, `[-…-]` and `{+…+}` in the JSON
//! contract's `detail`).

use similar::{ChangeTag, TextDiff};

/// How many unchanged characters to keep on each side of a change.
const CONTEXT: usize = 6;

/// One stretch of an inline diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Unchanged text, shortened with "…" far from a change.
    Same(String),
    Deleted(String),
    Inserted(String),
}

/// Runs of (tag, text) from `old` to `new`, character by character, merged.
fn runs(old: &str, new: &str) -> Vec<(ChangeTag, String)> {
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_millis(200))
        .diff_chars(old, new);
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = change.tag();
        match runs.last_mut() {
            Some((last, text)) if *last == tag => text.push_str(change.value()),
            _ => runs.push((tag, change.value().to_string())),
        }
    }
    runs
}

/// The changes from `old` to `new` with every unchanged stretch in full (for a cell that shows
/// the whole value with its changes marked).
pub fn full_pieces(old: &str, new: &str) -> Vec<Piece> {
    runs(old, new)
        .into_iter()
        .map(|(tag, text)| match tag {
            ChangeTag::Delete => Piece::Deleted(text),
            ChangeTag::Insert => Piece::Inserted(text),
            ChangeTag::Equal => Piece::Same(text),
        })
        .collect()
}

/// The changes from `old` to `new`, character by character, merged into stretches.
pub fn inline_pieces(old: &str, new: &str) -> Vec<Piece> {
    let runs = runs(old, new);
    let count = runs.len();
    runs.into_iter()
        .enumerate()
        .map(|(i, (tag, text))| match tag {
            ChangeTag::Delete => Piece::Deleted(text),
            ChangeTag::Insert => Piece::Inserted(text),
            ChangeTag::Equal => {
                let chars: Vec<char> = text.chars().collect();
                let keep_head = if i == 0 { 0 } else { CONTEXT };
                let keep_tail = if i + 1 == count { 0 } else { CONTEXT };
                if chars.len() <= keep_head + keep_tail + 1 {
                    Piece::Same(text)
                } else {
                    let mut out: String = chars[..keep_head].iter().collect();
                    out.push('…');
                    out.extend(&chars[chars.len() - keep_tail..]);
                    Piece::Same(out)
                }
            }
        })
        .collect()
}

/// The pieces as one line of the JSON contract's `detail`: deletions as [-…-], insertions as
/// {+…+}.
pub fn marked(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Same(t) => out.push_str(t),
            Piece::Deleted(t) => {
                out.push_str("[-");
                out.push_str(t);
                out.push_str("-]");
            }
            Piece::Inserted(t) => {
                out.push_str("{+");
                out.push_str(t);
                out.push_str("+}");
            }
        }
    }
    out
}

/// The old side of the pieces (unchanged and deleted text) and the new side (unchanged and
/// inserted text).
pub fn sides(pieces: &[Piece]) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for piece in pieces {
        match piece {
            Piece::Same(t) => {
                old.push_str(t);
                new.push_str(t);
            }
            Piece::Deleted(t) => old.push_str(t),
            Piece::Inserted(t) => new.push_str(t),
        }
    }
    (old, new)
}

/// Conditions (受理条件) as clauses: split at 。；; and line ends, numbering ("1.", "（2）",
/// "3、") and blanks dropped.
pub fn clauses(text: &str) -> Vec<String> {
    text.split(['。', '；', ';', '\n'])
        .map(|c| {
            let c = without_number(c.trim());
            c.trim_end_matches(['，', ',']).trim().to_string()
        })
        .filter(|c| !c.is_empty())
        .collect()
}

/// A clause without its leading number: "1." "2、" "3）" "（4）" "(5)".
fn without_number(clause: &str) -> &str {
    let open = clause.strip_prefix(['（', '(']);
    let rest = open.unwrap_or(clause);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return clause;
    }
    let after = &rest[digits..];
    let closers: &[char] = if open.is_some() {
        &['）', ')']
    } else {
        &['.', '、', '．', '）', ')']
    };
    match after.strip_prefix(closers) {
        Some(text) => text.trim_start(),
        None => clause,
    }
}

#[cfg(test)]
mod tests {
    use super::{clauses, inline_pieces, marked};

    fn inline_diff(old: &str, new: &str) -> String {
        marked(&inline_pieces(old, new))
    }

    #[test]
    fn marks_changes_and_shortens_context() {
        assert_eq!(
            inline_diff(
                "具有本镇户籍，家庭人均收入低于当地低保标准",
                "具有本镇户籍，家庭人均收入低于当地低保标准的1.5倍"
            ),
            "…当地低保标准{+的1.5倍+}"
        );
        assert_eq!(
            inline_diff("受理、审核、决定", "受理、决定"),
            "受理、[-审核、-]决定"
        );
    }

    #[test]
    fn conditions_split_into_clauses() {
        assert_eq!(
            clauses("1.具有本镇户籍；2.年满60周岁。\n（3）本人申请；60周岁以上"),
            ["具有本镇户籍", "年满60周岁", "本人申请", "60周岁以上"]
        );
    }
}
