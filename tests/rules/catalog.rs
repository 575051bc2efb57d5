//! The catalog rules (X).

use super::*;

#[test]
fn x001_duplicate_item() {
    let dir = Fixture::items([Fixture::item(), Fixture::item()]).csv();
    let c = fixture::check_with(dir.path(), &[]);
    assert_eq!(fixture::fired(&c.report), [("X001", "B3")]);
    says(message(&c.report, "X001", "B3"), &["临时救助", "第2行"]);
    assert_eq!(c.code, 1);
    // Near miss: two items of one department, each with its own name and code.
    let near = Fixture::items([Fixture::item_no(1), Fixture::item_no(2)]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn x001_quiet_on_business_sub_items() {
    let r = check("x001-subitems.csv");
    assert!(fired(&r, "X001").is_empty(), "{:#?}", findings(&r, "X001"));
}

#[test]
fn x002_one_name_two_codes() {
    let r = check("x002.csv");
    assert_eq!(fired(&r, "X002"), [("X002", "B2"), ("X002", "B3")]);
    says(
        message(&r, "X002", "B2"),
        &["计划生育家庭特别扶助金申请审核", "5370513011000"],
    );
    // Near miss: 政府信息公开申请 in two departments, each with its own code.
    let r = check("x002-ok.csv");
    assert!(fired(&r, "X002").is_empty());
}

#[test]
fn x003_one_code_two_names() {
    let r = check("x003.csv");
    assert_eq!(fired(&r, "X003"), [("X003", "B2"), ("X003", "B3")]);
    says(
        message(&r, "X003", "B3"),
        &[
            "农作物秸秆综合利用补贴申报",
            "农业机械购置补贴申请受理",
            "第2行",
        ],
    );
    let r = check("x003-ok.csv");
    assert!(fired(&r, "X003").is_empty());
}

#[test]
fn x004_department_variants() {
    let r = check("x004.csv");
    assert_eq!(fired(&r, "X004"), [("X004", "G4")]);
    let f = finding(&r, "X004", "G4");
    says(
        f["message"].as_str().unwrap(),
        &["青石镇民政办公室", "青石镇民政办"],
    );
    assert_eq!(f["help"], "统一写作“青石镇民政办”");
    // Near miss: one spelling everywhere; 民政办, 社会保障服务中心 and 司法所 are different bodies.
    let r = check("x004-ok.csv");
    assert!(fired(&r, "X004").is_empty());
}
