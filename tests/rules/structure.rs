//! The structure rules (S).

use super::*;

#[test]
fn s001_misspelled_header() {
    let r = check("s001.csv");
    assert_eq!(fired(&r, "S001"), [("S001", "L1")]);
    let f = finding(&r, "S001", "L1");
    assert_eq!(f["severity"], "warning");
    says(f["message"].as_str().unwrap(), &["受理条见", "受理条件"]);
    assert_eq!(f["fix"], "受理条件");
    // Near miss: 申请条件 / 所需材料 / 办事流程 are aliases, not typos.
    let r = check("s001-ok.csv");
    assert!(fired(&r, "S001").is_empty());
    assert!(fired(&r, "S002").is_empty());
}

#[test]
fn s002_required_column_absent_once_per_sheet() {
    let r = check("s002.csv");
    assert_eq!(fired(&r, "S002"), [("S002", WHOLE)]);
    let f = finding(&r, "S002", WHOLE);
    assert_eq!(f["element"], "conditions");
    assert!(f["row"].is_null() && f["column"].is_null());
    says(f["message"].as_str().unwrap(), &["受理条件"]);
    // Reported for the sheet, not once more per item.
    assert!(fired(&r, "M001").is_empty());
    // Near miss: 行政检查 items need no 受理条件, 申请材料 or time limits.
    let r = check("s002-ok.csv");
    assert_eq!(summary(&r, "items"), 2);
    assert!(fired(&r, "S002").is_empty());
}

#[test]
fn s003_duplicate_header() {
    let r = check("s003.csv");
    assert_eq!(fired(&r, "S003"), [("S003", "Z1")]);
    says(message(&r, "S003", "Z1"), &["办理期限", "承诺办结时限"]);
    // Near miss: one 收费标准及依据 column feeds two elements; it is not a duplicate, and it
    // satisfies the charged item's fee standard and basis.
    let r = check("s003-ok.csv");
    assert!(fired(&r, "S003").is_empty());
    assert!(fired(&r, "M003").is_empty());
}

#[test]
fn s004_encoding_guessed() {
    // s004.csv is the one fixture not in UTF-8: GB18030, as Excel's plain “CSV” saves it.
    let r = check("s004.csv");
    assert_eq!(fired(&r, "S004"), [("S004", WHOLE)]);
    says(message(&r, "S004", WHOLE), &["GB18030"]);
    assert_eq!(summary(&r, "items"), 2);
    // Near miss: UTF-8 with a BOM (“CSV UTF-8”) is not a guess.
    let r = check("s004-ok.csv");
    assert!(fired(&r, "S004").is_empty());
    assert_eq!(summary(&r, "items"), 2);
}

#[test]
fn s005_fill_down_in_a_format_without_merges() {
    // A CSV item with blank 实施部门 and 实施主体编码: filled from the row above.
    let r = check("s005.csv");
    assert_eq!(fired(&r, "S005"), [("S005", WHOLE)]);
    says(message(&r, "S005", WHOLE), &["2 个单元格"]);
    let r = check("s005-ok.csv");
    assert!(fired(&r, "S005").is_empty());
}

#[test]
fn s005_quiet_on_csv_continuation_rows() {
    let r = check("s005-continuation.csv");
    assert_eq!(summary(&r, "items"), 1);
    assert!(fired(&r, "S005").is_empty(), "{:#?}", findings(&r, "S005"));
}

#[test]
fn s006_skipped_rows() {
    let r = check("s006.csv");
    assert_eq!(fired(&r, "S006"), [("S006", WHOLE), ("S006", WHOLE)]);
    let rows: Vec<&Value> = findings(&r, "S006").iter().map(|f| &f["row"]).collect();
    assert_eq!(rows, [3, 5]);
    says(
        findings(&r, "S006")[0]["message"].as_str().unwrap(),
        &["重复", "第3行"],
    );
    says(
        findings(&r, "S006")[1]["message"].as_str().unwrap(),
        &["合计", "第5行"],
    );
    assert_eq!(summary(&r, "items"), 2);
    // Near miss: a blank line between items is skipped silently.
    let r = check("s006-ok.csv");
    assert!(fired(&r, "S006").is_empty());
    assert_eq!(summary(&r, "items"), 2);
}

#[test]
fn s007_no_header() {
    // A file without a header beside a department's table: S007 on the file, the rest read.
    let dir = Fixture::items([Fixture::item()]).csv();
    std::fs::copy(path("s007.csv"), dir.path().join("s007.csv")).unwrap();
    let c = fixture::check_with(dir.path(), &[]);
    assert_eq!(fixture::fired(&c.report), [("S007", WHOLE)]);
    assert_eq!(summary(&c.report, "items"), 1);
    // Alone, it is nothing to check: exit 2, saying what was found instead.
    let out = svcat().arg("check").arg(path("s007.csv")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("没有读到任何事项：") && stderr.contains("s007.csv：前 30 行中找不到表头"),
        "{stderr}"
    );
    // Near miss: a title row and a 填报单位 row above the header.
    let r = check("s007-ok.csv");
    assert!(fired(&r, "S007").is_empty());
    assert_eq!(summary(&r, "items"), 1);
}

#[test]
fn s008_extra_column() {
    let c = check_with("s008.csv", &[]);
    assert_eq!(fired(&c.report, "S008"), [("S008", "Z1")]);
    assert_eq!(finding(&c.report, "S008", "Z1")["severity"], "info");
    says(message(&c.report, "S008", "Z1"), &["备注"]);
    // Info only: clean by default and under --deny warning, a finding under --deny info.
    assert_eq!(c.code, 0);
    assert_eq!(check_with("s008.csv", &["--deny", "warning"]).code, 0);
    assert_eq!(check_with("s008.csv", &["--deny", "info"]).code, 1);
    // Near miss: 序号, “事项名称（必填）”, “*实施编码”, “法定办结时限（工作日）” over a bare 30.
    let r = check("s008-ok.csv");
    assert!(fired(&r, "S008").is_empty());
    assert!(fired(&r, "S001").is_empty());
    assert!(fired(&r, "F007").is_empty());
}
