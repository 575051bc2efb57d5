//! File names built from data (an item's code, an input file's name) made valid on Windows as
//! well as on Unix: staff open svcat's outputs on Windows, copy them there from a Linux server, or
//! zip them. Windows refuses `<>:"/\|?*` and control characters, silently drops trailing dots and
//! spaces (so `a.` and `a` are one file), and opens a device instead of a file for CON, NUL, COM1
//! and the like, with any extension. Every output file name that comes from data goes through
//! [`file_name`].
//!
//!
//! Paths named in reports go through [`shown_path`]: written with `/` on every system, so a
//! report (a machine contract) and a baseline read the same on Windows as on Linux.
//!
//! Hand-written rather than a crate: the rules are a dozen lines, and the replacements are the
//! full-width characters Chinese staff read as the same punctuation (as sheet names get them).

use std::path::Path;

/// The longest name written, in UTF-8 bytes: Linux allows 255 bytes, Windows 255 UTF-16 units,
/// and 255 bytes of UTF-8 never take more than 255 UTF-16 units.
const MAX_BYTES: usize = 255;

/// A name for an empty one (or one of dots and spaces only).
const UNNAMED: &str = "未命名";

/// Whether Windows reserves `name` for a device: CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM0–COM9
/// and LPT0–LPT9 (also with ¹ ² ³) in any case, with or without an extension (`nul.html` opens the
/// device too) and with spaces before the extension.
pub fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.trim_end_matches(' ').to_ascii_lowercase();
    if matches!(
        stem.as_str(),
        "con" | "prn" | "aux" | "nul" | "conin$" | "conout$"
    ) {
        return true;
    }
    let (Some(head), Some(digit)) = (stem.get(..3), stem.get(3..)) else {
        return false;
    };
    matches!(head, "com" | "lpt")
        && matches!(
            digit,
            "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "¹" | "²" | "³"
        )
}

/// `name` as a valid file name on Windows and Unix, unchanged when it already is one: `<>:"/\|?*`
/// become their full-width forms (／ ： ？ …), control characters `_`; trailing dots and spaces go;
/// a reserved device name gets `_` after its stem (`CON.xlsx` → `CON_.xlsx`); a name over 255
/// bytes is shortened before its extension; an empty name becomes 未命名.
pub fn file_name(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| match c {
            '<' => '＜',
            '>' => '＞',
            ':' => '：',
            '"' => '＂',
            '/' => '／',
            '\\' => '＼',
            '|' => '｜',
            '?' => '？',
            '*' => '＊',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    if out.len() > MAX_BYTES {
        out = shorten(&out);
    }
    let kept = out.trim_end_matches(['.', ' ']).len();
    out.truncate(kept);
    if out.is_empty() {
        return UNNAMED.to_string();
    }
    if is_reserved(&out) {
        let at = out.find('.').unwrap_or(out.len());
        out.insert(at, '_');
        // Only a name with a long extension can now be a byte over: cut its end, never the
        // stem, which stays unreserved.
        while out.len() > MAX_BYTES {
            out.pop();
        }
        let kept = out.trim_end_matches(['.', ' ']).len();
        out.truncate(kept);
    }
    out
}

/// A path as reports and messages name it: as given, with `/` between its parts on every system
/// (Windows takes both `\` and `/`; on Unix a `\` is part of a name and stays).
pub fn shown_path(path: &Path) -> String {
    let shown = path.display().to_string();
    if cfg!(windows) {
        shown.replace('\\', "/")
    } else {
        shown
    }
}

/// Whether `name` is already a valid file name (what [`file_name`] leaves as it is).
pub fn is_valid(name: &str) -> bool {
    file_name(name) == name
}

/// A name cut to [`MAX_BYTES`], keeping a short extension (up to 16 bytes) and cutting the stem.
fn shorten(name: &str) -> String {
    let ext = name
        .rfind('.')
        .map(|at| &name[at..])
        .filter(|ext| ext.len() <= 16)
        .unwrap_or("");
    let stem = &name[..name.len() - ext.len()];
    let mut room = MAX_BYTES - ext.len();
    while !stem.is_char_boundary(room) {
        room -= 1;
    }
    format!("{}{ext}", stem[..room].trim_end_matches(['.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_with_slashes() {
        assert_eq!(
            shown_path(Path::new("样例 镇/catalog.toml")),
            "样例 镇/catalog.toml"
        );
        assert_eq!(
            shown_path(&Path::new("样例 镇").join("catalog.toml")),
            "样例 镇/catalog.toml"
        );
        let backslash = shown_path(Path::new(r"a\b.csv"));
        assert_eq!(
            backslash,
            if cfg!(windows) { "a/b.csv" } else { r"a\b.csv" }
        );
    }

    #[test]
    fn device_names_are_reserved_with_any_extension_and_case() {
        for name in [
            "CON",
            "con",
            "Nul",
            "AUX",
            "prn",
            "COM1",
            "com9",
            "LPT1",
            "lpt9",
            "COM0",
            "COM¹",
            "lpt³",
            "CONIN$",
            "conout$.txt",
            "nul.html",
            "CON.md",
            "aux.tar.gz",
            "NUL .txt",
        ] {
            assert!(is_reserved(name), "{name}");
        }
        for name in [
            "CONS",
            "co",
            "COM",
            "COM10",
            "COM⁴",
            "LPT",
            "NULL",
            "item-00001",
            "COMA",
            "xcon",
            "",
            "民政办.xlsx",
            "CON_.xlsx",
            "con-2",
            ".con",
        ] {
            assert!(!is_reserved(name), "{name}");
        }
    }

    #[test]
    fn valid_names_are_left_alone() {
        for name in [
            "01民政办.xlsx",
            "02社会保障服务中心.csv",
            "a b.csv",
            "item-00001.html",
            ".hidden",
            "（2）附件.xlsx",
            "x.tar.gz",
        ] {
            assert_eq!(file_name(name), name);
            assert!(is_valid(name), "{name}");
        }
    }

    #[test]
    fn reserved_names_get_an_underscore_after_their_stem() {
        assert_eq!(file_name("CON"), "CON_");
        assert_eq!(file_name("con.xlsx"), "con_.xlsx");
        assert_eq!(file_name("LPT1.tar.gz"), "LPT1_.tar.gz");
        assert_eq!(file_name("NUL .csv"), "NUL _.csv");
        assert_eq!(file_name("COM1."), "COM1_");
        assert!(!is_valid("aux.md"));
    }

    #[test]
    fn forbidden_characters_become_full_width_and_controls_underscores() {
        assert_eq!(
            file_name(r#"a<b>c:d"e/f\g|h?i*j.xlsx"#),
            "a＜b＞c：d＂e／f＼g｜h？i＊j.xlsx"
        );
        assert_eq!(file_name("a\tb\nc\u{0}d\u{7f}.csv"), "a_b_c_d_.csv");
        assert_eq!(file_name("../x"), "..／x");
    }

    #[test]
    fn trailing_dots_and_spaces_go_and_nothing_left_is_unnamed() {
        assert_eq!(file_name("报表. . "), "报表");
        assert_eq!(file_name("a.csv."), "a.csv");
        assert_eq!(file_name(""), UNNAMED);
        assert_eq!(file_name(".."), UNNAMED);
        assert_eq!(file_name(" . "), UNNAMED);
    }

    #[test]
    fn long_names_are_cut_before_the_extension_on_a_character_boundary() {
        let long = format!("{}.xlsx", "很长".repeat(100));
        let cut = file_name(&long);
        assert!(cut.len() <= MAX_BYTES, "{}", cut.len());
        assert!(cut.ends_with(".xlsx"));
        assert!(cut.starts_with("很长很长"));
        assert!(is_valid(&cut));
        // No extension worth keeping: the whole name is cut.
        let plain = "a".repeat(300);
        assert_eq!(file_name(&plain), "a".repeat(MAX_BYTES));
        // A cut that ends in a space loses it.
        let spaced = format!("{}  {}.csv", "a".repeat(249), "b".repeat(20));
        assert_eq!(file_name(&spaced), format!("{}.csv", "a".repeat(249)));
    }

    #[test]
    fn every_result_is_valid_and_stable() {
        for name in [
            "CON",
            "a:b",
            "报表. ",
            "",
            "\u{1}",
            "COM1 .txt",
            "x*?",
            &"长".repeat(200),
            &format!("CON{}x", " ".repeat(300)),
            &format!("CON.{}", "x".repeat(300)),
        ] {
            let once = file_name(name);
            assert_eq!(file_name(&once), once, "{name:?}");
            assert!(!once.is_empty());
            assert!(once.len() <= MAX_BYTES, "{once}");
            assert!(!is_reserved(&once), "{once}");
            assert!(!once.ends_with(['.', ' ']), "{once}");
            assert!(
                !once
                    .chars()
                    .any(|c| "<>:\"/\\|?*".contains(c) || c.is_control()),
                "{once}"
            );
        }
    }
}
