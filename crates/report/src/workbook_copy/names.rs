//! Names for the copied sheets: the source sheet's, qualified with its file's when two copies
//! would share one, valid for Excel and unique.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use svcat_emit::xlsx::{clean_sheet_name, cut_utf16};

use super::{Copy, SheetKey};

/// The annotated workbook's first sheet; no copy takes its name, in that workbook or any other.
pub const LIST_SHEET: &str = "问题清单";
/// Sheet names: Excel allows 31 characters (UTF-16 units).
const MAX_SHEET_NAME_UTF16: usize = 31;

/// Names for the copies, in order: the sheet name when no other copy (and not 问题清单) has it,
/// else 文件名-工作表; a CSV file's copy is named after the file's stem. Names are then made valid
/// for Excel (no []:*?/\, no leading or trailing apostrophe, at most 31 characters) and unique
/// (case-insensitively, as Excel compares them) with a （2）, （3）… suffix.
pub(crate) fn sheet_names(copies: &[Copy]) -> Vec<String> {
    let stem = |file: &str| {
        Path::new(file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| file.to_string())
    };
    let base = |(file, sheet): &SheetKey| sheet.clone().unwrap_or_else(|| stem(file));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for copy in copies {
        *counts
            .entry(clean_sheet_name(&base(&copy.key)).to_lowercase())
            .or_default() += 1;
    }
    let reserved = [LIST_SHEET.to_lowercase(), "history".to_string()];
    let mut used: HashSet<String> = reserved.iter().cloned().collect();
    let mut names = Vec::with_capacity(copies.len());
    for copy in copies {
        let plain = clean_sheet_name(&base(&copy.key));
        let lower = plain.to_lowercase();
        let wanted = match &copy.key.1 {
            Some(sheet) if counts[&lower] > 1 || reserved.contains(&lower) => {
                qualified_name(&stem(&copy.key.0), sheet)
            }
            _ => plain,
        };
        let mut name = wanted.clone();
        let mut n = 2;
        while used.contains(&name.to_lowercase()) {
            let suffix = format!("（{n}）");
            let room = MAX_SHEET_NAME_UTF16 - suffix.encode_utf16().count();
            name = format!(
                "{}{suffix}",
                cut_utf16(&wanted, room).trim_end_matches('\'')
            );
            n += 1;
        }
        used.insert(name.to_lowercase());
        names.push(name);
    }
    names
}

/// 文件名-工作表, shortening the file name first so the sheet name stays readable.
fn qualified_name(stem: &str, sheet: &str) -> String {
    let sheet = clean_sheet_name(sheet);
    let room = MAX_SHEET_NAME_UTF16.saturating_sub(sheet.encode_utf16().count() + 1);
    if room >= 4 {
        clean_sheet_name(&format!("{}-{sheet}", cut_utf16(stem, room)))
    } else {
        clean_sheet_name(&format!("{stem}-{sheet}"))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use rust_xlsxwriter::Worksheet;

    use super::*;

    #[test]
    fn clean_names() {
        assert_eq!(clean_sheet_name("a/b:c[1]"), "a／b：c［1］");
        assert_eq!(clean_sheet_name("'引号'"), "引号");
        assert_eq!(clean_sheet_name("  "), "未命名");
        let long = "一".repeat(40);
        assert_eq!(clean_sheet_name(&long).chars().count(), 31);
        // Astral characters take two UTF-16 units.
        let astral = "𠀀".repeat(20);
        assert_eq!(clean_sheet_name(&astral).chars().count(), 15);
        for name in ["a/b:c[1]", &long, &astral] {
            rust_xlsxwriter::utility::check_sheet_name(&clean_sheet_name(name)).unwrap();
        }
    }

    fn copy(file: &str, sheet: Option<&str>) -> Copy {
        Copy {
            key: (file.to_string(), sheet.map(str::to_string)),
            worksheet: Worksheet::new(),
            anchors: BTreeMap::new(),
        }
    }

    #[test]
    fn names_are_plain_when_unique_and_qualified_when_not() {
        let copies = [
            copy("01民政办.xlsx", Some("实施清单")),
            copy("05综合.xlsx", Some("Sheet1")),
            copy("04残联.xls", Some("sheet1")),
            copy("02社保.csv", None),
            copy("x/问题清单.xlsx", Some("问题清单")),
            copy("a/02社保.csv", None),
        ];
        assert_eq!(
            sheet_names(&copies),
            [
                "实施清单",
                "05综合-Sheet1",
                "04残联-sheet1",
                "02社保",
                "问题清单-问题清单",
                "02社保（2）",
            ]
        );
        let long = "很长的文件名".repeat(6);
        let copies = [
            copy(&format!("{long}.xlsx"), Some("表")),
            copy(&format!("{long}.xls"), Some("表")),
        ];
        let names = sheet_names(&copies);
        assert_eq!(names[0], format!("{}-表", cut_utf16(&long, 29)));
        assert_eq!(names[1], format!("{}（2）", cut_utf16(&names[0], 28)));
        for name in &names {
            rust_xlsxwriter::utility::check_sheet_name(name).unwrap();
        }
    }
}
