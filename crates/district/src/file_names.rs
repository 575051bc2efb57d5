//! File and folder names made from catalog text (a town's name, a department's), valid on
//! Windows and Linux alike: one path component, no character either system refuses, no name
//! Windows reserves, no trailing dot or space, a bounded length, and unique within their folder
//! (compared case-insensitively, as Windows and macOS compare them). Which names Windows reserves
//! is core's to say (`svcat_core::file_name::is_reserved`), as for every other output.

use svcat_core::file_name::file_name;
#[cfg(test)]
use svcat_core::file_name::is_reserved;

/// The most characters of catalog text a name keeps (a Chinese character is three bytes in
/// UTF-8: 60 of them and a suffix stay well within the 255 bytes a file name may have).
const MAX_CHARS: usize = 60;

/// `text` as one valid path component: the characters Windows forbids (`<>:"/\|?*`) as their
/// full-width forms, control characters dropped, a leading dot full-width (no hidden folder, no
/// `.` or `..`), trailing dots and spaces trimmed, a reserved device name marked with `_` after
/// its stem (`CON_`, as core's `file_name` does for every output), cut to [`MAX_CHARS`].
/// `fallback` when nothing is left.
pub fn clean(text: &str, fallback: &str) -> String {
    let mut out: String = text
        .chars()
        .filter(|c| !svcat_core::escape::is_unsafe(*c))
        .take(MAX_CHARS)
        .collect();
    out = out.trim_matches(|c: char| c.is_whitespace()).to_string();
    if let Some(rest) = out.strip_prefix('.') {
        out = format!("．{rest}");
    }
    if out.trim_end_matches(['.', ' ']).is_empty() {
        return fallback.to_string();
    }
    // What Windows refuses, and the names it reserves, as every output's file names get them.
    file_name(&out)
}

/// Unique names within one folder: each wanted name cleaned, and a name already taken (or one of
/// `reserved`, compared case-insensitively) gets "（2）", "（3）" … before `suffix`. Returns the
/// names with `suffix` appended, in the order wanted.
pub struct UniqueNames {
    taken: Vec<String>,
}

impl UniqueNames {
    pub fn new(reserved: &[&str]) -> UniqueNames {
        UniqueNames {
            taken: reserved.iter().map(|r| r.to_lowercase()).collect(),
        }
    }

    /// The cleaned, unique name for `text` followed by `suffix` (e.g. "-问题标注.xlsx").
    pub fn name(&mut self, text: &str, fallback: &str, suffix: &str) -> String {
        let base = clean(text, fallback);
        let mut candidate = format!("{base}{suffix}");
        let mut n = 2;
        while self.taken.contains(&candidate.to_lowercase()) {
            candidate = format!("{base}（{n}）{suffix}");
            n += 1;
        }
        self.taken.push(candidate.to_lowercase());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_valid_component() {
        assert_eq!(clean("青石镇", "x"), "青石镇");
        assert_eq!(clean("../x", "x"), "．.／x");
        assert_eq!(clean("..", "x"), "．");
        assert_eq!(clean("CON.", "x"), "CON_");
        assert_eq!(clean("con.txt", "x"), "con_.txt");
        assert_eq!(clean("COM1", "x"), "COM1_");
        assert_eq!(clean("COM10", "x"), "COM10");
        assert_eq!(clean("Console", "x"), "Console");
        assert_eq!(clean("青石镇", "x"), "青石镇");
        assert_eq!(clean("lpt²", "x"), "lpt²_");
        assert_eq!(clean("Com", "x"), "Com");
        assert_eq!(clean("a<b>:\"c|d?*", "x"), "a＜b＞：＂c｜d？＊");
        assert_eq!(clean(" 镇. . ", "x"), "镇");
        assert_eq!(clean("\u{202e}\u{1b}", "未命名"), "未命名");
        assert_eq!(clean(&"镇".repeat(100), "x").chars().count(), MAX_CHARS);
    }

    #[test]
    fn names_are_unique_case_insensitively() {
        let mut names = UniqueNames::new(&["index.html"]);
        assert_eq!(names.name("INDEX", "x", ".html"), "INDEX（2）.html");
        assert_eq!(names.name("青石镇", "x", ""), "青石镇");
        assert_eq!(names.name("青石镇", "x", ""), "青石镇（2）");
        assert_eq!(names.name("A", "x", ""), "A");
        assert_eq!(names.name("a", "x", ""), "a（2）");
    }

    proptest::proptest! {
        /// Whatever a catalog says, the name is one component both systems accept.
        #[test]
        fn any_text_makes_a_valid_name(text in "\\PC{0,80}|[. CONconLPT1²/\\\\:]{0,8}") {
            let name = clean(&text, "未命名");
            proptest::prop_assert!(!name.is_empty());
            proptest::prop_assert!(name != "." && name != "..");
            proptest::prop_assert!(!name.starts_with('.'));
            proptest::prop_assert!(!name.ends_with(['.', ' ']));
            proptest::prop_assert!(!name.contains(['<', '>', ':', '"', '/', '\\', '|', '?', '*']));
            proptest::prop_assert!(!name.chars().any(svcat_core::escape::is_unsafe));
            proptest::prop_assert!(name.chars().count() <= MAX_CHARS + 1);
            proptest::prop_assert!(!is_reserved(&name));
        }
    }
}
