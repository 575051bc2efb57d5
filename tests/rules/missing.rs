//! The missing rules (M).

use super::*;

#[test]
fn m001_required_element_empty() {
    let dir = Fixture::item().set("受理条件", "").csv();
    let c = fixture::check_with(dir.path(), &[]);
    assert_eq!(fixture::fired(&c.report), [("M001", "L2")]);
    says(message(&c.report, "M001", "L2"), &["受理条件", "行政给付"]);
    assert_eq!(c.code, 1);
    // Near miss: a 公共服务 item without time limits, 特别程序, 权力来源, 层级 or 主体性质, and a
    // 行政检查 item without 受理条件, materials, limits or 办件类型: none of them is required.
    let public = Fixture::item_no(2)
        .set("实施编码", "12370112MB2850172B5372012001000")
        .set("实施主体编码", "12370112MB2850172B")
        .set("实施部门", "青石镇社会保障服务中心")
        .set("事项类型", "公共服务")
        .set("办件类型", "即办件")
        .set("到办事现场次数", "0")
        .empty(&["行使层级", "权力来源", "实施主体性质", "特别程序"])
        .empty(&["法定办结时限", "承诺办结时限", "必须现场办理原因说明"]);
    let inspection = Fixture::item_no(3)
        .set("实施编码", "11370112004325179B5370617009000")
        .set("事项名称", "农村自建房安全隐患排查")
        .set("事项类型", "行政检查")
        .set("实施部门", "青石镇规划建设办")
        .set("设定依据", "《山东省农村自建房安全管理办法》第十八条")
        .set("办理流程", "制定检查计划—现场检查—告知结果—督促整改")
        .empty(&[
            "行使层级",
            "权力来源",
            "实施主体性质",
            "服务对象",
            "受理条件",
        ])
        .empty(&[
            "申请材料",
            "特别程序",
            "法定办结时限",
            "承诺办结时限",
            "办件类型",
        ])
        .empty(&["是否收费", "到办事现场次数", "必须现场办理原因说明"])
        .empty(&["办理地点", "办理时间"]);
    let near = Fixture::items([public, inspection])
        .schema("national")
        .csv();
    assert_eq!(fixture::check(near.path()), []);
}

#[test]
fn m002_placeholder() {
    let r = check("m002.csv");
    assert_eq!(
        fired(&r, "M002"),
        [("M002", "N2"), ("M002", "L3"), ("M002", "K4")]
    );
    says(message(&r, "M002", "N2"), &["办理流程", "见附件"]);
    says(message(&r, "M002", "L3"), &["受理条件", "“无”"]);
    // Near miss: “无” in 特别程序 and in 必须现场办理原因说明 (0 visits) is a real answer.
    let r = check("m002-ok.csv");
    assert!(fired(&r, "M002").is_empty());
}

#[test]
fn m003_charged_without_standard_or_basis() {
    let r = check("m003.csv");
    assert_eq!(fired(&r, "M003"), [("M003", "AA2"), ("M003", "Z3")]);
    assert_eq!(finding(&r, "M003", "AA2")["element"], "fee_basis");
    says(message(&r, "M003", "AA2"), &["收费依据"]);
    // “按规定” is no fee standard.
    assert_eq!(finding(&r, "M003", "Z3")["element"], "fee_standard");
    // Near miss: charged with both; free (“否”, “不收费”) with empty or “无” fee columns.
    let r = check("m003-ok.csv");
    assert!(fired(&r, "M003").is_empty());
}

#[test]
fn m004_visits_without_reason() {
    let dir = Fixture::item().set("必须现场办理原因说明", "").csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("M004", "U2")]);
    says(message(&r, "M004", "U2"), &["1"]);
    // Near miss: “1次” and “最多跑一次” with a reason; 0 visits need none.
    let near = Fixture::items([
        Fixture::item().set("到办事现场次数", "1次"),
        Fixture::item_no(2).set("到办事现场次数", "最多跑一次"),
        Fixture::item_no(3)
            .set("到办事现场次数", "0")
            .set("必须现场办理原因说明", ""),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn m005_special_procedure_without_duration() {
    let r = check("m005.csv");
    assert_eq!(fired(&r, "M005"), [("M005", "O2"), ("M005", "O3")]);
    says(message(&r, "M005", "O2"), &["公示"]);
    // Near miss: 7个自然日, “公示七天”, 无, 无特别程序, 不涉及.
    let r = check("m005-ok.csv");
    assert!(fired(&r, "M005").is_empty());
}

#[test]
fn m006_permit_without_faq() {
    let r = check("m006.csv");
    // Empty, and “无”: a permit has questions people ask.
    assert_eq!(fired(&r, "M006"), [("M006", "Z2"), ("M006", "Z3")]);
    says(message(&r, "M006", "Z2"), &["行政许可", "常见问题"]);
    // Near miss: a permit with an FAQ; an empty FAQ on a 行政给付 item.
    let r = check("m006-ok.csv");
    assert!(fired(&r, "M006").is_empty());
    // A sheet without the column is not reported item by item.
    let r = check("m006-no-column.csv");
    assert!(fired(&r, "M006").is_empty());
}

#[test]
fn m007_permit_process_lacks_steps() {
    let r = check("m007.csv");
    assert_eq!(fired(&r, "M007"), [("M007", "N2"), ("M007", "N3")]);
    assert_eq!(
        message(&r, "M007", "N2"),
        "行政许可的办理流程没有“审查”“决定”“送达”环节"
    );
    assert_eq!(
        message(&r, "M007", "N3"),
        "行政许可的办理流程没有“决定”“送达”环节"
    );
    // Near miss: the four steps; the same steps in other words (审批, 领取); a 行政给付 item with
    // two steps; a placeholder process (M002's business).
    let r = check("m007-ok.csv");
    assert!(fired(&r, "M007").is_empty());
    assert_eq!(fired(&r, "M002"), [("M002", "N5")]);
}

#[test]
fn m008_result_without_sample() {
    let r = check("m008.csv");
    assert_eq!(fired(&r, "M008"), [("M008", "AA2")]);
    says(message(&r, "M008", "AA2"), &["最低生活保障金领取证"]);
    assert_eq!(finding(&r, "M008", "AA2")["severity"], "info");
    // Near miss: a sample given; no result at all.
    let r = check("m008-ok.csv");
    assert!(fired(&r, "M008").is_empty());
    // A sheet without the column is not reported item by item.
    let r = check("c010.csv");
    assert!(fired(&r, "M008").is_empty());
}
