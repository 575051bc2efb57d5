//! The upper level rules (U).

use super::*;

#[test]
fn u001_absent_from_upper_catalog() {
    let c = check_against_county("u001.csv");
    assert_eq!(fired(&c.report, "U001"), [("U001", "B2")]);
    says(
        message(&c.report, "U001", "B2"),
        &["农村留守儿童关爱服务登记"],
    );
    // Without an upper catalog the U rules say nothing.
    assert!(fired(&check("u001.csv"), "U001").is_empty());
    // Near miss: the town's own 实施编码 (its USCC, level 5) carries the county's 基本编码; a local
    // code falls back to the name.
    let c = check_against_county("u001-ok.csv");
    assert!(fired(&c.report, "U001").is_empty());
}

#[test]
fn u002_name_differs() {
    let c = check_against_county("u002.csv");
    assert_eq!(fired(&c.report, "U002"), [("U002", "C2")]);
    says(
        message(&c.report, "U002", "C2"),
        &["低保申请", "最低生活保障审核确认"],
    );
    let c = check_against_county("u002-ok.csv");
    assert!(fired(&c.report, "U002").is_empty());
    assert_eq!(summary(&c.report, "items"), 2);
}

#[test]
fn u003_kind_differs() {
    let c = check_against_county("u003.csv");
    assert_eq!(fired(&c.report, "U003"), [("U003", "D2")]);
    says(message(&c.report, "U003", "D2"), &["行政给付", "行政确认"]);
    assert_eq!(c.code, 1);
    // Near miss: the same type written as a code (07) or a synonym (给付).
    let c = check_against_county("u003-ok.csv");
    assert!(fired(&c.report, "U003").is_empty());
}

#[test]
fn u004_legal_basis_differs() {
    let c = check_against_county("u004.csv");
    assert_eq!(fired(&c.report, "U004"), [("U004", "K2")]);
    says(
        message(&c.report, "U004", "K2"),
        &[
            "《山东省社会救助办法》第十条",
            "《社会救助暂行办法》第九条至第十一条",
        ],
    );
    // Near miss: the same basis with a space and a full stop.
    let c = check_against_county("u004-ok.csv");
    assert!(fired(&c.report, "U004").is_empty());
}

#[test]
fn u005_limits_differ() {
    let c = check_against_county("u005.csv");
    assert_eq!(fired(&c.report, "U005"), [("U005", "P2"), ("U005", "Q3")]);
    says(
        message(&c.report, "U005", "P2"),
        &["20个工作日", "30个工作日"],
    );
    says(
        message(&c.report, "U005", "Q3"),
        &["15个工作日", "10个工作日"],
    );
    // Near miss: 三十个工作日 is 30个工作日; 15日 is 15个自然日; a shorter promise is fine.
    let c = check_against_county("u005-ok.csv");
    assert!(fired(&c.report, "U005").is_empty());
}
