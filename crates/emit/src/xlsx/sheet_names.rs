//! Excel-valid, unique, stable sheet names.

use super::limits::{MAX_SHEET_NAME, cut_utf16};

/// Makes names valid, unique Excel sheet names, deterministically: the characters Excel forbids
/// ([]:*?/\) become their full-width forms, names are cut to 31 characters, and a name already
/// taken (compared case-insensitively, as Excel does) or reserved gets "（2）", "（3）" ….
pub fn sheet_names<'a>(
    wanted: impl IntoIterator<Item = &'a str>,
    reserved: &[&str],
) -> Vec<String> {
    let mut taken: Vec<String> = reserved.iter().map(|r| sheet_key(r)).collect();
    // Excel reserves "History" for its change tracking.
    taken.push("history".to_string());
    let mut names = Vec::new();
    for name in wanted {
        let base = clean_sheet_name(name);
        let mut candidate = base.clone();
        let mut n = 2;
        while taken.contains(&sheet_key(&candidate)) {
            let suffix = format!("（{n}）");
            candidate = format!(
                "{}{suffix}",
                cut_utf16(&base, MAX_SHEET_NAME - suffix.encode_utf16().count())
            );
            n += 1;
        }
        taken.push(sheet_key(&candidate));
        names.push(candidate);
    }
    names
}

fn sheet_key(name: &str) -> String {
    name.to_lowercase()
}

/// A name Excel accepts as a sheet name: the characters it forbids become their full-width forms,
/// and the name is cut to 31 UTF-16 units.
pub fn clean_sheet_name(name: &str) -> String {
    let replaced: String = name
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '[' => '［',
            ']' => '］',
            ':' => '：',
            '*' => '＊',
            '?' => '？',
            '/' => '／',
            '\\' => '＼',
            other => other,
        })
        .collect();
    let trimmed = replaced.trim().trim_matches('\'').trim();
    let cut = cut_utf16(trimmed, MAX_SHEET_NAME).trim_end_matches('\'');
    if cut.is_empty() {
        "未命名".to_string()
    } else {
        cut.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_unique_and_stable() {
        let long = "青石镇社会保障和就业服务中心劳动保障监察与劳动争议调解仲裁服务站点";
        let names = sheet_names(
            [
                "民政办",
                "农业/农村办",
                "汇总",
                long,
                long,
                "'引号'",
                "[司法所]",
                "ABC",
                "abc",
                "",
            ],
            &["汇总", "下拉选项"],
        );
        assert_eq!(names[0], "民政办");
        assert_eq!(names[1], "农业／农村办");
        assert_eq!(names[2], "汇总（2）");
        assert_eq!(names[3].encode_utf16().count(), 31);
        assert_eq!(names[4].encode_utf16().count(), 31);
        assert!(names[4].ends_with("（2）"), "{}", names[4]);
        assert_eq!(names[5], "引号");
        assert_eq!(names[6], "［司法所］");
        assert_eq!(names[7], "ABC");
        assert_eq!(names[8], "abc（2）");
        assert_eq!(names[9], "未命名");
        for name in &names {
            assert!(!name.contains(['[', ']', ':', '*', '?', '/', '\\']));
        }
    }
}
