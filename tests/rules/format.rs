//! The format rules (F).

use super::*;

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
