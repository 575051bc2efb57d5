//! The consistency rules (C).

use super::*;

/// Two promised limits longer than the legal ones: C001 at Q2 and Q3.
pub fn promised_over_legal() -> Fixture {
    Fixture::items([
        Fixture::item()
            .set("法定办结时限", "20个工作日")
            .set("承诺办结时限", "30个工作日"),
        // 15 working days are longer than 15 calendar days.
        Fixture::item_no(2)
            .set("法定办结时限", "15个自然日")
            .set("承诺办结时限", "15个工作日"),
    ])
}

#[test]
fn c001_promised_over_legal() {
    let dir = promised_over_legal().csv();
    let c = fixture::check_with(dir.path(), &[]);
    assert_eq!(fixture::fired(&c.report), [("C001", "Q2"), ("C001", "Q3")]);
    says(
        message(&c.report, "C001", "Q2"),
        &["30个工作日", "20个工作日"],
    );
    says(
        message(&c.report, "C001", "Q3"),
        &["15个工作日", "15个自然日"],
    );
    assert_eq!(finding(&c.report, "C001", "Q2")["severity"], "error");
    assert_eq!(c.code, 1);
    // Near miss: 10个工作日 within 15个自然日 (≈10.7 working days), equal limits, 即办.
    let near = Fixture::items([
        Fixture::item()
            .set("法定办结时限", "15个自然日")
            .set("承诺办结时限", "10个工作日"),
        Fixture::item_no(2).set("承诺办结时限", "20个工作日"),
        Fixture::item_no(3)
            .set("承诺办结时限", "即办")
            .set("办件类型", "即办件"),
    ])
    .csv();
    let c = fixture::check_with(near.path(), &[]);
    assert_eq!(fixture::fired(&c.report), []);
    assert_eq!(c.code, 0);
}

#[test]
fn c002_immediate_item_with_a_limit() {
    let dir = Fixture::item()
        .set("法定办结时限", "10个工作日")
        .set("承诺办结时限", "5个工作日")
        .set("办件类型", "即办件")
        .csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("C002", "R2")]);
    says(message(&r, "C002", "R2"), &["即办件", "5个工作日"]);
    // Near miss: 即办件 with 即办, 当场办结, 0.
    let immediate = |n: usize, promised: &str| {
        Fixture::item_no(n)
            .set("法定办结时限", "即办")
            .set("承诺办结时限", promised)
            .set("办件类型", "即办件")
    };
    let near = Fixture::items([
        immediate(1, "即办"),
        immediate(2, "当场办结"),
        immediate(3, "0"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn c003_promised_item_immediate() {
    let dir = Fixture::item()
        .set("法定办结时限", "即办")
        .set("承诺办结时限", "即办")
        .csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("C003", "R2")]);
    says(message(&r, "C003", "R2"), &["承诺件", "即办"]);
    // Near miss: a 承诺件 with a limit; an immediate 即办件.
    let near = Fixture::items([
        Fixture::item(),
        Fixture::item_no(2)
            .set("法定办结时限", "即办")
            .set("承诺办结时限", "即办")
            .set("办件类型", "即办件"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn c004_fully_online_with_visits() {
    let dir = Fixture::item().set("网上办理深度", "全程网办").csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("C004", "Z2")]);
    // “全程网办” itself is not explained as （全程网办）; “四级” would be.
    assert_eq!(
        message(&r, "C004", "Z2"),
        "网上办理深度为“全程网办”，但到办事现场次数为1"
    );
    // Near miss: 全程网办 with 0 visits; “1^2^3^4” (up to 受理) and Ⅲ级 with a visit.
    let near = Fixture::items([
        Fixture::item()
            .set("网上办理深度", "全程网办")
            .set("到办事现场次数", "0")
            .set("必须现场办理原因说明", ""),
        Fixture::item_no(2).set("网上办理深度", "1^2^3^4"),
        Fixture::item_no(3).set("网上办理深度", "Ⅲ级"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn c005_visits_over_catalog_promise() {
    // c005/catalog.toml: max_visits = 1, level = "镇级".
    let r = check("c005");
    assert_eq!(fired(&r, "C005"), [("C005", "T2"), ("C005", "T3")]);
    let f = finding(&r, "C005", "T2");
    assert_eq!(f["file"], "民政办.csv");
    says(f["message"].as_str().unwrap(), &["2", "最多跑一次"]);
    // The department's file alone is checked with its directory's catalog.toml: the same verdict.
    let r = check("c005/民政办.csv");
    assert_eq!(fired(&r, "C005"), [("C005", "T2"), ("C005", "T3")]);
    // Near miss: 1, 最多跑一次, 0 under the same promise; the same 2 visits without a promise
    // (the file copied out of its catalog).
    let r = check("c005-ok");
    assert!(fired(&r, "C005").is_empty());
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("民政办.csv");
    std::fs::copy(path("c005/民政办.csv"), &copy).unwrap();
    let alone = fixture::check(&copy);
    assert!(!alone.0.iter().any(|(rule, _)| rule == "C005"), "{alone:?}");
}

#[test]
fn c006_free_with_online_payment() {
    let r = check("c006.csv");
    assert_eq!(fired(&r, "C006"), [("C006", "AB2")]);
    let r = check("c006-ok.csv");
    assert!(fired(&r, "C006").is_empty());
}

/// The same consult and complaint phone: C007 at Y2 and Y3 (and F013 at X3).
pub fn same_phones() -> Fixture {
    Fixture::items([
        Fixture::item().set("监督投诉电话", "0531-88101201"),
        // The same digits written differently are the same phone (the space is F013's).
        Fixture::item_no(2)
            .set("咨询电话", "0531 88101204")
            .set("监督投诉电话", "0531-88101204"),
    ])
}

#[test]
fn c007_same_consult_and_complaint_phone() {
    let dir = same_phones().csv();
    let c = fixture::check_with(dir.path(), &[]);
    assert_eq!(
        fixture::fired(&c.report),
        [("C007", "Y2"), ("F013", "X3"), ("C007", "Y3")]
    );
    says(message(&c.report, "C007", "Y2"), &["0531-88101201"]);
    // Warnings only: exit 0, unless warnings are denied.
    assert_eq!(summary(&c.report, "errors"), 0);
    assert_eq!(c.code, 0);
    assert_eq!(
        fixture::check_with(dir.path(), &["--deny", "warning"]).code,
        1
    );
    // Near miss: 12345 for complaints; a complaint cell adding 12345 to the consult number.
    let near = Fixture::items([
        Fixture::item().set("监督投诉电话", "12345"),
        Fixture::item_no(2).set("监督投诉电话", "0531-88101201；12345"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn c008_level_differs_from_catalog() {
    // c008/catalog.toml: level = "镇级" (a synonym of 镇（乡、街道）级).
    let r = check("c008");
    assert_eq!(fired(&r, "C008"), [("C008", "E2")]);
    says(message(&r, "C008", "E2"), &["县级", "镇（乡、街道）级"]);
    // Near miss: 镇（乡、街道）级 (never split on 、), 镇级, 5, and 4,5 which includes it.
    let r = check("c008-ok");
    assert!(fired(&r, "C008").is_empty());
    assert!(fired(&r, "F001").is_empty());
}

#[test]
fn c009_implementation_code_vs_implementer() {
    let r = check("c009.csv");
    assert_eq!(fired(&r, "C009"), [("C009", "B2")]);
    says(
        message(&r, "C009", "B2"),
        &["12370112MB2850172B", "11370112004325179B"],
    );
    let r = check("c009-ok.csv");
    assert!(fired(&r, "C009").is_empty());
}

#[test]
fn c010_result_type_vs_result_name() {
    let r = check("c010.csv");
    assert_eq!(
        fired(&r, "C010"),
        [("C010", "Z2"), ("C010", "Z3"), ("C010", "Z4")]
    );
    assert_eq!(
        message(&r, "C010", "Z2"),
        "审批结果“临时占用城市道路许可证”是证件，审批结果类型应为“出证办结”，而不是“审批办结”"
    );
    says(message(&r, "C010", "Z3"), &["批复", "“审批办结”"]);
    // A bracketed note after the name does not hide the 证.
    says(
        message(&r, "C010", "Z4"),
        &["《残疾人证》（正本）", "“出证办结”"],
    );
    // Near miss: a permit (副本) as 出证办结; a 决定书 and a 审批表 (no type implied); a
    // certificate and a reply in one cell (types disagree); 出生医学证明 (ends in 明, not 证).
    let r = check("c010-ok.csv");
    assert!(fired(&r, "C010").is_empty());
}

#[test]
fn c011_zero_visits_without_a_way_to_stay_home() {
    let r = check("c011.csv");
    assert_eq!(fired(&r, "C011"), [("C011", "T2"), ("C011", "T3")]);
    assert_eq!(
        message(&r, "C011", "T2"),
        "到办事现场次数为0，但网上办理深度为“三级”（不能全程网办），办理形式中也没有快递申请"
    );
    says(message(&r, "C011", "T3"), &["二级", "也不支持物流快递"]);
    // Near miss: 快递申请 among the forms; 帮办代办; 四级 (全程网办); one visit; express delivery;
    // neither forms nor express delivery filled in (nothing to judge by).
    let r = check("c011-ok.csv");
    assert!(fired(&r, "C011").is_empty());
}

#[test]
fn c012_zero_visits_with_a_reason_to_come() {
    let dir = Fixture::item()
        .set("到办事现场次数", "0")
        .set("必须现场办理原因说明", "需现场核验身份证件原件")
        .csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("C012", "U2")]);
    says(message(&r, "C012", "U2"), &["0", "需现场核验身份证件原件"]);
    // Near miss: 无, 不需要到现场, empty and / with 0 visits; a reason with 1 visit. The “/” is a
    // placeholder, M002's business.
    let zero = |n: usize, reason: &str| {
        Fixture::item_no(n)
            .set("到办事现场次数", "0")
            .set("必须现场办理原因说明", reason)
    };
    let near = Fixture::items([
        zero(1, "无"),
        zero(2, "不需要到现场"),
        zero(3, ""),
        Fixture::item_no(4),
        zero(5, "/"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), [("M002", "U6")]);
}

#[test]
fn c009_fill_down_stops_at_a_new_department() {
    // Row 3 (青石镇民政办) leaves 实施主体编码 blank under a 社会保障服务中心 item: it must be
    // reported empty (M001), not take the other body's code and then disagree with its own 实施编码.
    let r = check("c009-filldown.csv");
    assert!(fired(&r, "C009").is_empty(), "{:#?}", findings(&r, "C009"));
    assert_eq!(fired(&r, "M001"), [("M001", "H3")]);
}
