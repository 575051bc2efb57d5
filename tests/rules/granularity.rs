//! The granularity rules (G).

use super::*;

#[test]
fn g001_bundled_name() {
    let r = check("g001.csv");
    assert_eq!(fired(&r, "G001"), [("G001", "C2"), ("G001", "C3")]);
    says(
        message(&r, "G001", "C2"),
        &["老年人优待证办理、补办", "“、”"],
    );
    says(message(&r, "G001", "C3"), &["“及”"]);
    // Near miss: official single names with 和 (name_exceptions), 、 inside brackets, 《》.
    let r = check("g001-ok.csv");
    assert!(fired(&r, "G001").is_empty());
}

#[test]
fn g001_statutory_bundle_split_into_sub_items() {
    // 律师事务所（分所）设立、变更、注销许可 bundles three services; an item that is one of its
    // 业务办理项 is already split. Inspections list what they inspect, not services.
    let r = check("g001-sub-item.csv");
    assert_eq!(fired(&r, "G001"), [("G001", "C3")]);
    says(message(&r, "G001", "C3"), &["“设立”", "“变更”"]);
}

#[test]
fn g001_exception_with_bracket_note() {
    let r = check("g001-exception-note.csv");
    assert!(fired(&r, "G001").is_empty(), "{:#?}", findings(&r, "G001"));
}

#[test]
fn g002_situations_without_sub_items() {
    let r = check("g002.csv");
    assert_eq!(fired(&r, "G002"), [("G002", "M2")]);
    says(message(&r, "G002", "M2"), &["如属代办的"]);
    // Near miss: the same materials under a 业务办理项; “结婚证复印件（如有）” is not a situation.
    let r = check("g002-ok.csv");
    assert!(fired(&r, "G002").is_empty());
}

#[test]
fn g003_catch_all_material() {
    let c = check_with("g003.csv", &[]);
    assert_eq!(fired(&c.report, "G003"), [("G003", "M2"), ("G003", "M3")]);
    says(
        message(&c.report, "G003", "M2"),
        &["有关部门要求的其他材料"],
    );
    says(message(&c.report, "G003", "M3"), &["其他相关材料"]);
    assert_eq!(c.code, 1);
    // Near miss: 共同生活的其他家庭成员身份证复印件 is a specific material.
    let r = check("g003-ok.csv");
    assert!(fired(&r, "G003").is_empty());
}

#[test]
fn g003_common_catch_all_wordings() {
    let r = check("g003-missed.csv");
    assert_eq!(
        fired(&r, "G003"),
        [("G003", "M2"), ("G003", "M3"), ("G003", "M4")]
    );
}

#[test]
fn g004_material_blob() {
    let r = check("g004.csv");
    assert_eq!(fired(&r, "G004"), [("G004", "M2")]);
    says(message(&r, "G004", "M2"), &["60字"]);
    // Near miss: “居民户口簿、居民身份证原件及复印件” is one material, not a blob.
    let r = check("g004-ok.csv");
    assert!(fired(&r, "G004").is_empty());
}

#[test]
fn g005_generic_name() {
    let r = check("g005.csv");
    assert_eq!(fired(&r, "G005"), [("G005", "C2"), ("G005", "C3")]);
    says(message(&r, "G005", "C2"), &["其他民政事项"]);
    let r = check("g005-ok.csv");
    assert!(fired(&r, "G005").is_empty());
}
