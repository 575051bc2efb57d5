//! A compact inline text diff for conditions, process and other prose: unchanged stretches are
//! shortened, deletions shown as [-…-] and insertions as {+…+}.

use similar::{ChangeTag, TextDiff};

/// How many unchanged characters to keep on each side of a change.
const CONTEXT: usize = 6;

pub fn inline_diff(old: &str, new: &str) -> String {
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_millis(200))
        .diff_chars(old, new);
    // Runs of (tag, text), merged.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = change.tag();
        match runs.last_mut() {
            Some((last, text)) if *last == tag => text.push_str(change.value()),
            _ => runs.push((tag, change.value().to_string())),
        }
    }
    let mut out = String::new();
    let count = runs.len();
    for (i, (tag, text)) in runs.iter().enumerate() {
        match tag {
            ChangeTag::Delete => out.push_str(&format!("[-{text}-]")),
            ChangeTag::Insert => out.push_str(&format!("{{+{text}+}}")),
            ChangeTag::Equal => {
                let chars: Vec<char> = text.chars().collect();
                let keep_head = if i == 0 { 0 } else { CONTEXT };
                let keep_tail = if i + 1 == count { 0 } else { CONTEXT };
                if chars.len() <= keep_head + keep_tail + 1 {
                    out.push_str(text);
                } else {
                    out.extend(&chars[..keep_head]);
                    out.push('…');
                    out.extend(&chars[chars.len() - keep_tail..]);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::inline_diff;

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
}
