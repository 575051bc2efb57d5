//! Every rule, one by one: a fixture where it must fire (exact cells) and a near miss — the
//! realistic trap — where it must stay quiet. Fixtures live in tests/fixtures/rules/; each
//! `xNNN.csv` fires rule XNNN, each `xNNN-ok.csv` is its near miss (a directory where the rule needs
//! catalog.toml, `county.csv` the upper-level catalog for the U rules). The traps that once caught
//! a rule (fill-down across departments, bracketed phone area codes, official names with notes,
//! catch-all wordings, sub-items sharing a code) each keep a test of their own.
//!
//! Where a case is a few ordinary items, the test builds them with `common::fixture`: the clean
//! base item, changed by header label, and the exact (rule, cell) list of everything reported.
//! Their csv fixtures stay: tests/check.rs checks tests/fixtures/rules as one catalog, and the
//! clean near misses are listed below.

mod common;

use std::collections::BTreeSet;

use common::fixture::{self, Fixture, Item};
use common::svcat;
use serde_json::Value;

/// The cell of a finding about a whole sheet or file (its `cell` is null).
const WHOLE: &str = "—";

/// Every rule `svcat rules` lists, each covered below.
const ALL_RULES: &[&str] = &[
    "S001", "S002", "S003", "S004", "S005", "S006", "S007", "S008", "S009", "S010", //
    "M001", "M002", "M003", "M004", "M005", "M006", "M007", "M008", //
    "F001", "F002", "F003", "F004", "F005", "F006", "F007", "F008", "F009", "F010", "F011", "F012",
    "F013", //
    "G001", "G002", "G003", "G004", "G005", //
    "C001", "C002", "C003", "C004", "C005", "C006", "C007", "C008", "C009", "C010", "C011",
    "C012", //
    "X001", "X002", "X003", "X004", //
    "U001", "U002", "U003", "U004", "U005", //
    // The L rules are covered in tests/language_rules.rs.
    "L001", "L002", "L003", "L004",
];

/// What `svcat check … --format json` returned.
struct Checked {
    code: i32,
    report: Value,
}

fn path(name: &str) -> String {
    format!("tests/fixtures/rules/{name}")
}

/// Runs `svcat check FIXTURE --format json EXTRA…` on a fixture under tests/fixtures/rules/.
fn check_with(name: &str, extra: &[&str]) -> Checked {
    let out = svcat()
        .arg("check")
        .arg(path(name))
        .args(["--format", "json"])
        .args(extra)
        .output()
        .expect("svcat runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!("{name}: no JSON report ({e})\nstdout: {stdout}\nstderr: {stderr}")
    });
    assert_eq!(report["svcat"], "report/1", "{name}");
    Checked {
        code: out.status.code().expect("exit code"),
        report,
    }
}

fn check(name: &str) -> Value {
    check_with(name, &[]).report
}

/// The U rules: checked against tests/fixtures/rules/county.csv.
fn check_against_county(name: &str) -> Checked {
    check_with(name, &["--against", &path("county.csv")])
}

fn findings<'a>(report: &'a Value, rule: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// The (rule, cell) pairs one rule fired, in report order; [`WHOLE`] for a finding without a cell.
fn fired<'a>(report: &'a Value, rule: &str) -> Vec<(&'a str, &'a str)> {
    findings(report, rule)
        .into_iter()
        .map(|f| {
            (
                f["rule"].as_str().expect("rule"),
                f["cell"].as_str().unwrap_or(WHOLE),
            )
        })
        .collect()
}

/// The finding of `rule` at `cell` (exactly one).
fn finding<'a>(report: &'a Value, rule: &str, cell: &str) -> &'a Value {
    let at: Vec<&Value> = findings(report, rule)
        .into_iter()
        .filter(|f| f["cell"].as_str().unwrap_or(WHOLE) == cell)
        .collect();
    assert_eq!(at.len(), 1, "one {rule} at {cell}: {at:#?}");
    at[0]
}

fn message<'a>(report: &'a Value, rule: &str, cell: &str) -> &'a str {
    finding(report, rule, cell)["message"]
        .as_str()
        .expect("message")
}

/// Asserts a message contains every part.
fn says(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "“{message}” lacks “{part}”");
    }
}

fn summary(report: &Value, key: &str) -> u64 {
    report["summary"][key].as_u64().expect("summary count")
}

// ------------------------------------------------------------------------------------ the builder

/// The fixture builder's base item is clean, in csv and in xlsx: not one finding, not even an info.
/// So is a catalog of the distinct items on two sheets, and the base item under the national
/// schema.
#[test]
fn base_item_has_no_findings() {
    let alone = Fixture::items([Fixture::item()]);
    let national = Fixture::items([Fixture::item()]).schema("national");
    let two_sheets = Fixture::items((1..=3).map(Fixture::item_no))
        .sheet("司法所", [Fixture::item_no(4), Fixture::item_no(5)]);
    for (fixture, items) in [(alone, 1), (national, 1), (two_sheets, 5)] {
        for dir in [fixture.csv(), fixture.xlsx()] {
            let c = fixture::check_with(dir.path(), &["--deny", "info"]);
            assert_eq!(summary(&c.report, "items"), items, "{fixture:?}");
            assert_eq!(fixture::fired(&c.report), [], "{fixture:?}");
            assert_eq!(c.code, 0);
        }
    }
}

/// Built as xlsx, the same items are reported at the same cells, on the sheet they were put on;
/// a column dropped with `without` is missing from the sheet.
#[test]
fn builder_writes_xlsx_sheets_and_drops_columns() {
    let dir = promised_over_legal().xlsx();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("C001", "Q2"), ("C001", "Q3")]);
    let f = finding(&r, "C001", "Q2");
    assert_eq!(f["file"], "事项.xlsx");
    assert_eq!(f["sheet"], "实施清单");
    let dir = Fixture::item().without("受理条件").xlsx();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("S002", WHOLE)]);
    assert_eq!(finding(&r, "S002", WHOLE)["element"], "conditions");
}

// ------------------------------------------------------------------------------------ S structure

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
    let r = check("s007.csv");
    assert_eq!(fired(&r, "S007"), [("S007", WHOLE)]);
    assert_eq!(summary(&r, "items"), 0);
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

// ------------------------------------------------------------------------------------ M missing

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

// ------------------------------------------------------------------------------------ F format

#[test]
fn f001_enum_value_not_allowed() {
    let r = check("f001.csv");
    assert_eq!(fired(&r, "F001"), [("F001", "D2"), ("F001", "R3")]);
    says(message(&r, "F001", "D2"), &["行政审批", "行政许可"]);
    says(message(&r, "F001", "R3"), &["承诺制", "承诺件"]);
    assert!(
        finding(&r, "F001", "D2")["help"]
            .as_str()
            .unwrap()
            .contains("行政确认")
    );
    // Near miss: codes (07, 5), synonyms (给付, 镇级), “4,5”, “自然人、企业法人”, 法人 — all readable.
    let r = check("f001-ok.csv");
    assert!(fired(&r, "F001").is_empty());
}

#[test]
fn f001_level_list_joined_by_dun() {
    let r = check("f001-level-list.csv");
    assert!(fired(&r, "F001").is_empty(), "{:#?}", findings(&r, "F001"));
}

#[test]
fn f002_basic_code_structure() {
    let r = check("f002.csv");
    assert_eq!(
        fired(&r, "F002"),
        [("F002", "B2"), ("F002", "B3"), ("F002", "B4")]
    );
    says(
        message(&r, "F002", "B2"),
        &["370511001000", "05", "行政确认", "07"],
    );
    says(message(&r, "F002", "B3"), &["11位", "12位"]);
    says(message(&r, "F002", "B4"), &["非数字"]);
    // Near miss: 12 digits whose type segment matches (05 给付, 20 公共服务 with region 00, the
    // kind written as the code “05”), and a local code QS-MZ-0008 read as it is.
    let r = check("f002-ok.csv");
    assert!(fired(&r, "F002").is_empty());
}

#[test]
fn f003_implementation_code_structure() {
    let r = check("f003.csv");
    assert_eq!(
        fired(&r, "F003"),
        [
            ("F003", "B2"),
            ("F003", "B3"),
            ("F003", "B4"),
            ("F003", "Z5")
        ]
    );
    says(message(&r, "F003", "B2"), &["30位", "31位"]);
    says(message(&r, "F003", "B3"), &["11370112004325179C", "B"]);
    says(message(&r, "F003", "B4"), &["07", "行政给付"]);
    says(message(&r, "F003", "Z5"), &["370511009000", "370511008000"]);
    // Near miss: 11440100007482575H + 5 + 440505001000 (行政给付), its 基本编码 column the same.
    let r = check("f003-ok.csv");
    assert!(fired(&r, "F003").is_empty());
}

#[test]
fn f004_uscc_invalid() {
    let r = check("f004.csv");
    assert_eq!(
        fired(&r, "F004"),
        [("F004", "H2"), ("F004", "H3"), ("F004", "H4")]
    );
    says(message(&r, "F004", "H2"), &["13370112MB1944302Y", "“X”"]);
    says(message(&r, "F004", "H3"), &["16位", "18位"]);
    says(message(&r, "F004", "H4"), &["第9位", "O"]);
    // Near miss: 11440100007482575H, 13370112MB1944302X, 12370112MB2850172B, 12441500196720244T.
    let r = check("f004-ok.csv");
    assert!(fired(&r, "F004").is_empty());
    assert!(fired(&r, "F003").is_empty());
}

#[test]
fn f005_lowercase_code() {
    let r = check("f005.csv");
    assert_eq!(fired(&r, "F005"), [("F005", "B2"), ("F005", "H3")]);
    let f = finding(&r, "F005", "B2");
    says(f["message"].as_str().unwrap(), &["“m”"]);
    assert_eq!(f["fix"], "12370112MB2850172B5372012012000");
    assert_eq!(finding(&r, "F005", "H3")["fix"], "12370112MB2850172B");
    // Each lowercase letter once, in the order it appears.
    assert_eq!(
        message(&r, "F005", "H3"),
        "实施主体编码“12370112mb2850172b”含有小写字母“m”“b”，应为“12370112MB2850172B”"
    );
    // Reported once, as F005: not also as a bad structure, check digit or mismatch.
    assert!(fired(&r, "F003").is_empty());
    assert!(fired(&r, "F004").is_empty());
    assert!(fired(&r, "C009").is_empty());
    let r = check("f005-ok.csv");
    assert!(fired(&r, "F005").is_empty());
}

#[test]
fn f006_code_stored_as_number() {
    // Canonical JSON recording a 基本编码 cell that the department's xlsx stored as a number.
    let r = check("f006.json");
    assert_eq!(fired(&r, "F006"), [("F006", "B6")]);
    let f = finding(&r, "F006", "B6");
    assert_eq!(f["file"], "05综合.xlsx");
    assert_eq!(f["sheet"], "司法所");
    says(
        f["message"].as_str().unwrap(),
        &["2018005000", "002018005000"],
    );
    // Reported as lost zeros only, not also as a 10-digit 基本编码.
    assert!(fired(&r, "F002").is_empty());
    // Near miss: a numeric 370516003000 has all its 12 digits; a text 002018006000 is intact.
    let r = check("f006-ok.json");
    assert!(fired(&r, "F006").is_empty());
    assert!(fired(&r, "F002").is_empty());
}

#[test]
fn f007_time_limit_unreadable() {
    let dir = Fixture::items([
        Fixture::item().set("承诺办结时限", "尽快办理"),
        Fixture::item_no(2).set("法定办结时限", "按相关规定执行"),
    ])
    .csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("F007", "Q2"), ("F007", "P3")]);
    says(message(&r, "F007", "Q2"), &["尽快办理"]);
    says(message(&r, "F007", "P3"), &["按相关规定执行"]);
    // Near miss: 自受理之日起30个工作日内办结, 1个月, 15日, 当场办结; 待定 is M002's, not F007's.
    let near = Fixture::items([
        Fixture::item().set("法定办结时限", "自受理之日起30个工作日内办结"),
        Fixture::item_no(2)
            .set("法定办结时限", "1个月")
            .set("承诺办结时限", "15日"),
        Fixture::item_no(3)
            .set("法定办结时限", "即办")
            .set("承诺办结时限", "当场办结")
            .set("办件类型", "即办件"),
        Fixture::item_no(4).set("承诺办结时限", "待定"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), [("M002", "Q5")]);
}

#[test]
fn f008_phone_format() {
    let r = check("f008.csv");
    assert_eq!(
        fired(&r, "F008"),
        [("F008", "X2"), ("F008", "Y3"), ("F008", "X4")]
    );
    says(message(&r, "F008", "X2"), &["88101201", "区号"]);
    says(message(&r, "F008", "Y3"), &["找窗口工作人员"]);
    // The area code is there; the number after it is two digits short.
    assert_eq!(
        message(&r, "F008", "X4"),
        "咨询电话：电话“0531-881012”区号0531后的号码有6位，固定电话应为7或8位"
    );
    // Near miss: 0531-88880001, 12345, a mobile, “0531-88101100；12345”, 053188101201.
    let r = check("f008-ok.csv");
    assert!(fired(&r, "F008").is_empty());
}

#[test]
fn f008_quiet_on_bracketed_area_code() {
    // F013 already offers the fix 0531-88101201; the number itself is valid.
    let r = check("f013.csv");
    assert!(fired(&r, "F008").is_empty(), "{:#?}", findings(&r, "F008"));
}

#[test]
fn f009_full_width_and_odd_whitespace() {
    let r = check("f009.csv");
    assert_eq!(fired(&r, "F009"), [("F009", "P2"), ("F009", "V3")]);
    let f = finding(&r, "F009", "P2");
    says(f["message"].as_str().unwrap(), &["全角数字"]);
    assert_eq!(f["fix"], "30个工作日");
    says(message(&r, "F009", "V3"), &["全角空格"]);
    // Near miss: Chinese punctuation （，《》—：） and single spaces are normal text.
    let r = check("f009-ok.csv");
    assert!(fired(&r, "F009").is_empty());
}

#[test]
fn f010_integer_or_bool_unreadable() {
    let dir = Fixture::items([
        Fixture::item().set("到办事现场次数", "视情况而定"),
        Fixture::item_no(2).set("是否收费", "看情况"),
    ])
    .csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("F010", "T2"), ("F010", "S3")]);
    says(message(&r, "F010", "T2"), &["视情况而定", "整数"]);
    says(message(&r, "F010", "S3"), &["看情况", "“是”或“否”"]);
    // Near miss: 1次, 最多跑一次, 不跑, 0次; 免费, 不收费.
    let none = |item: Item, visits: &str, fee: &str| {
        item.set("到办事现场次数", visits)
            .set("必须现场办理原因说明", "")
            .set("是否收费", fee)
    };
    let near = Fixture::items([
        Fixture::item().set("到办事现场次数", "1次"),
        Fixture::item_no(2).set("到办事现场次数", "最多跑一次"),
        none(Fixture::item_no(3), "不跑", "免费"),
        none(Fixture::item_no(4), "0次", "不收费"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn f011_enum_written_as_code_or_synonym() {
    let r = check("f011.csv");
    assert_eq!(fired(&r, "F011"), [("F011", "E2"), ("F011", "D3")]);
    assert_eq!(finding(&r, "F011", "E2")["fix"], "镇（乡、街道）级");
    assert_eq!(finding(&r, "F011", "D3")["fix"], "行政确认");
    says(message(&r, "F011", "E2"), &["镇级", "镇（乡、街道）级"]);
    // Near miss: 镇（乡、街道）级 is never split on 、; “自然人、企业法人” and “自然人,企业法人”
    // differ only in the separator.
    let r = check("f011-ok.csv");
    assert!(fired(&r, "F011").is_empty());
}

#[test]
fn f011_level_list_differs_only_in_separator() {
    let r = check("f011-level-list.csv");
    assert!(fired(&r, "F011").is_empty(), "{:#?}", findings(&r, "F011"));
}

#[test]
fn f012_chinese_numerals_in_limit() {
    let dir = Fixture::items([
        Fixture::item().set("承诺办结时限", "十五个工作日"),
        Fixture::item_no(2).set("法定办结时限", "三十日"),
    ])
    .csv();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("F012", "Q2"), ("F012", "P3")]);
    assert_eq!(finding(&r, "F012", "Q2")["fix"], "15个工作日");
    says(message(&r, "F012", "Q2"), &["十五个工作日", "15个工作日"]);
    assert_eq!(finding(&r, "F012", "P3")["fix"], "30个自然日");
    // Near miss: Chinese numerals outside a time limit (公示七天 in 特别程序, “一次” visits).
    let near = Fixture::items([
        Fixture::item().set("特别程序", "村（居）公示七天，不计入办结时限"),
        Fixture::item_no(2).set("到办事现场次数", "一次"),
    ]);
    assert_eq!(fixture::check(near.csv().path()), []);
}

#[test]
fn f013_landline_style() {
    let r = check("f013.csv");
    assert_eq!(fired(&r, "F013"), [("F013", "X2"), ("F013", "Y3")]);
    assert_eq!(finding(&r, "F013", "X2")["fix"], "0531-88101201");
    assert_eq!(finding(&r, "F013", "Y3")["fix"], "0531-88101100");
    says(
        message(&r, "F013", "X2"),
        &["（0531）88101201", "0531-88101201"],
    );
    // Near miss: 0531-88101201, an extension, 12345, a mobile.
    let r = check("f013-ok.csv");
    assert!(fired(&r, "F013").is_empty());
}

// ------------------------------------------------------------------------------------ G granularity

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

// ------------------------------------------------------------------------------------ C consistency

/// Two promised limits longer than the legal ones: C001 at Q2 and Q3.
fn promised_over_legal() -> Fixture {
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
    // Near miss: 1, 最多跑一次, 0 under the same promise; the same 2 visits without a promise.
    let r = check("c005-ok");
    assert!(fired(&r, "C005").is_empty());
    let r = check("c005/民政办.csv");
    assert!(fired(&r, "C005").is_empty());
}

#[test]
fn c006_free_with_online_payment() {
    let r = check("c006.csv");
    assert_eq!(fired(&r, "C006"), [("C006", "AB2")]);
    let r = check("c006-ok.csv");
    assert!(fired(&r, "C006").is_empty());
}

/// The same consult and complaint phone: C007 at Y2 and Y3 (and F013 at X3).
fn same_phones() -> Fixture {
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

// ------------------------------------------------------------------------------------ X catalog

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

// ------------------------------------------------------------------------------------ U upper level

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

// ------------------------------------------------------------------------------------ near misses

/// Near-miss fixtures that must come out entirely clean: no rule at all may fire on them.
#[test]
fn clean_near_misses_have_no_findings_at_all() {
    let clean = [
        "s001-ok.csv",
        "s002-ok.csv",
        "s003-ok.csv",
        "s004-ok.csv",
        "s005-ok.csv",
        "s006-ok.csv",
        "s007-ok.csv",
        "s008-ok.csv",
        "m001-ok.csv",
        "m002-ok.csv",
        "m003-ok.csv",
        "m004-ok.csv",
        "m005-ok.csv",
        "f003-ok.csv",
        "f004-ok.csv",
        "f005-ok.csv",
        "f009-ok.csv",
        "f010-ok.csv",
        "f011-ok.csv",
        "f012-ok.csv",
        "f013-ok.csv",
        "g001-ok.csv",
        "g002-ok.csv",
        "g003-ok.csv",
        "g004-ok.csv",
        "g005-ok.csv",
        "c001-ok.csv",
        "c002-ok.csv",
        "c003-ok.csv",
        "c004-ok.csv",
        "c005-ok",
        "c006-ok.csv",
        "c007-ok.csv",
        "c009-ok.csv",
        "x001-ok.csv",
        "x002-ok.csv",
        "x003-ok.csv",
        "x004-ok.csv",
        "county.csv",
    ];
    for name in clean {
        let c = check_with(name, &["--deny", "info"]);
        assert!(summary(&c.report, "items") > 0, "{name}: no items read");
        assert_eq!(
            c.report["findings"],
            serde_json::json!([]),
            "{name} should be clean"
        );
        assert_eq!(c.code, 0, "{name}");
    }
    for name in ["u002-ok.csv", "u004-ok.csv"] {
        let c = check_against_county(name);
        assert_eq!(c.report["findings"], serde_json::json!([]), "{name}");
        assert_eq!(c.code, 0, "{name}");
    }
}

// ------------------------------------------------------------------------------------ svcat rules

fn rules_output(args: &[&str]) -> (i32, String, String) {
    let out = svcat()
        .arg("rules")
        .args(args)
        .output()
        .expect("svcat runs");
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

#[test]
fn rules_lists_every_rule_exactly_once() {
    let (code, out, _) = rules_output(&[]);
    assert_eq!(code, 0);
    let listed: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| {
            w.len() == 4
                && w.starts_with(['S', 'M', 'F', 'G', 'C', 'X', 'U', 'L'])
                && w[1..].bytes().all(|b| b.is_ascii_digit())
        })
        .collect();
    let unique: BTreeSet<&str> = listed.iter().copied().collect();
    assert_eq!(unique.len(), listed.len(), "an ID listed twice: {listed:?}");
    // A rule added without fixtures here fails this test: add it to ALL_RULES with its tests.
    let covered: BTreeSet<&str> = ALL_RULES.iter().copied().collect();
    assert_eq!(unique, covered);
}

#[test]
fn rules_explains_one_rule_with_examples() {
    let (code, out, _) = rules_output(&["C001"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("C001：承诺时限超过法定时限\n"), "{out}");
    assert!(
        out.lines()
            .any(|l| l == "错误示例：法定办结时限：20个工作日；承诺办结时限：30个工作日"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l == "正确示例：法定办结时限：20个工作日；承诺办结时限：10个工作日"),
        "{out}"
    );
    // Every rule has its explanation with a bad and a good example.
    for id in ALL_RULES {
        let (code, out, _) = rules_output(&[id]);
        assert_eq!(code, 0, "{id}");
        assert!(out.starts_with(&format!("{id}：")), "{out}");
        for label in ["错误示例：", "正确示例："] {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(label) && l.len() > label.len()),
                "{id} lacks {label}: {out}"
            );
        }
    }
}

#[test]
fn rules_unknown_id_is_a_usage_error() {
    let (code, out, err) = rules_output(&["Z999"]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("Z999"), "{err}");
}

// ------------------------------------------------------------------------------------ schema levels

#[test]
fn schema_turns_a_rule_off_and_changes_a_severity() {
    let overrides = path("schema-overrides.toml");
    // G001 is on by default, off under the profile.
    assert_eq!(fired(&check("g001.csv"), "G001").len(), 2);
    let c = check_with("g001.csv", &["--schema", &overrides]);
    assert!(fired(&c.report, "G001").is_empty());
    assert_eq!(c.code, 0);
    // C007 is a warning by default (exit 0), an error under the profile (exit 1).
    let dir = same_phones().csv();
    let c = fixture::check_with(dir.path(), &["--schema", &overrides]);
    assert_eq!(fired(&c.report, "C007"), [("C007", "Y2"), ("C007", "Y3")]);
    assert!(
        findings(&c.report, "C007")
            .iter()
            .all(|f| f["severity"] == "error")
    );
    assert_eq!(summary(&c.report, "errors"), 2);
    assert_eq!(c.code, 1);
    // Other rules keep their defaults.
    let dir = promised_over_legal().csv();
    let c = fixture::check_with(dir.path(), &["--schema", &overrides]);
    assert_eq!(fired(&c.report, "C001"), [("C001", "Q2"), ("C001", "Q3")]);
    assert!(
        findings(&c.report, "C001")
            .iter()
            .all(|f| f["severity"] == "error")
    );
}
