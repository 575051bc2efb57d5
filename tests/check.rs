//! `svcat check` on the sample town catalog: every planted defect found at its cell, nothing else,
//! and the report contracts (json, sarif, human, exit codes, baselines).

mod common;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::Value;

fn check_json(args: &[&str]) -> (i32, Value) {
    let out = svcat()
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), json)
}

/// `svcat check ARGS…` in the human format: its exit code and what it wrote on stdout.
fn check_human(args: &[&str]) -> (Option<i32>, String) {
    let out = svcat().arg("check").args(args).output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

type Place = (String, String, Option<String>, Option<String>);

fn places(report: &Value) -> Vec<Place> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["sheet"].as_str().map(str::to_string),
                f["cell"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// Every finding on the sample catalog, in contract order. Each was reviewed against
/// catalogs/sample-town/DEFECTS.md: D01–D34 are all here at their cells; the rest are real
/// properties of the sample (its 备注 columns, the GBK CSV, the 行政处罚 items without
/// 处罚的行为、种类、幅度, the sheets with only a 基本编码 column, skipped sheets and rows).
/// The L findings (infos) were each reviewed too: L001 the 5 受理条件 with a sentence over 50
/// characters as the guide prints it, L002 the 6 legal terms residents will not know (法定义务人,
/// 宣告失踪, 权利义务关系, 集约化, 暂予监外执行, 消纳场所), L003 the one 依法 left after rewriting.
const EXPECTED: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    ("S006", "01民政办.xlsx", Some("填报说明"), None),
    ("S005", "01民政办.xlsx", Some("实施清单"), None),
    ("S008", "01民政办.xlsx", Some("实施清单"), Some("AB4")),
    ("L001", "01民政办.xlsx", Some("实施清单"), Some("L9")),
    ("L002", "01民政办.xlsx", Some("实施清单"), Some("L9")),
    ("C001", "01民政办.xlsx", Some("实施清单"), Some("P10")),
    ("F011", "01民政办.xlsx", Some("实施清单"), Some("H11")),
    ("L001", "01民政办.xlsx", Some("实施清单"), Some("L11")),
    ("G001", "01民政办.xlsx", Some("实施清单"), Some("C13")),
    ("M002", "01民政办.xlsx", Some("实施清单"), Some("L15")),
    ("G003", "01民政办.xlsx", Some("实施清单"), Some("M16")),
    ("X004", "01民政办.xlsx", Some("实施清单"), Some("B17")),
    ("L002", "01民政办.xlsx", Some("实施清单"), Some("L17")),
    ("L001", "01民政办.xlsx", Some("实施清单"), Some("L18")),
    ("G005", "01民政办.xlsx", Some("实施清单"), Some("C19")),
    ("S004", "02社会保障服务中心.csv", None, None),
    ("S008", "02社会保障服务中心.csv", None, Some("Z1")),
    ("L001", "02社会保障服务中心.csv", None, Some("J2")),
    ("C004", "02社会保障服务中心.csv", None, Some("T4")),
    ("C002", "02社会保障服务中心.csv", None, Some("O7")),
    ("G002", "02社会保障服务中心.csv", None, Some("K8")),
    ("F011", "02社会保障服务中心.csv", None, Some("D9")),
    ("L001", "02社会保障服务中心.csv", None, Some("J9")),
    ("M002", "02社会保障服务中心.csv", None, Some("N11")),
    ("F005", "02社会保障服务中心.csv", None, Some("B13")),
    ("S002", "03卫生健康办.ods", Some("卫生健康办"), None),
    ("S001", "03卫生健康办.ods", Some("卫生健康办"), Some("M2")),
    ("S008", "03卫生健康办.ods", Some("卫生健康办"), Some("AD2")),
    ("G004", "03卫生健康办.ods", Some("卫生健康办"), Some("N4")),
    ("X002", "03卫生健康办.ods", Some("卫生健康办"), Some("B5")),
    ("C003", "03卫生健康办.ods", Some("卫生健康办"), Some("S8")),
    ("F012", "03卫生健康办.ods", Some("卫生健康办"), Some("R10")),
    ("C007", "03卫生健康办.ods", Some("卫生健康办"), Some("AA11")),
    ("X002", "03卫生健康办.ods", Some("卫生健康办"), Some("B14")),
    ("S002", "04残疾人联合会.xls", Some("Sheet1"), None),
    ("S008", "04残疾人联合会.xls", Some("Sheet1"), Some("Y1")),
    ("M004", "04残疾人联合会.xls", Some("Sheet1"), Some("R4")),
    ("F011", "04残疾人联合会.xls", Some("Sheet1"), Some("D5")),
    ("F004", "04残疾人联合会.xls", Some("Sheet1"), Some("H5")),
    ("M002", "04残疾人联合会.xls", Some("Sheet1"), Some("L8")),
    ("C008", "04残疾人联合会.xls", Some("Sheet1"), Some("F9")),
    ("C004", "04残疾人联合会.xls", Some("Sheet1"), Some("S11")),
    ("C012", "04残疾人联合会.xls", Some("Sheet1"), Some("R13")),
    ("S006", "04残疾人联合会.xls", Some("Sheet1"), None),
    ("S010", "05综合.xlsx", Some("农业农村办"), None),
    ("S008", "05综合.xlsx", Some("农业农村办"), Some("Z1")),
    ("C005", "05综合.xlsx", Some("农业农村办"), Some("R2")),
    ("G001", "05综合.xlsx", Some("农业农村办"), Some("D3")),
    ("L003", "05综合.xlsx", Some("农业农村办"), Some("J3")),
    ("L002", "05综合.xlsx", Some("农业农村办"), Some("J5")),
    ("X003", "05综合.xlsx", Some("农业农村办"), Some("B6")),
    ("X003", "05综合.xlsx", Some("农业农村办"), Some("B7")),
    ("F003", "05综合.xlsx", Some("农业农村办"), Some("C7")),
    ("L002", "05综合.xlsx", Some("农业农村办"), Some("J13")),
    ("S002", "05综合.xlsx", Some("司法所"), None),
    ("S010", "05综合.xlsx", Some("司法所"), None),
    ("S008", "05综合.xlsx", Some("司法所"), Some("Y1")),
    ("L002", "05综合.xlsx", Some("司法所"), Some("I4")),
    ("F006", "05综合.xlsx", Some("司法所"), Some("B6")),
    ("M002", "05综合.xlsx", Some("司法所"), Some("E7")),
    ("S006", "05综合.xlsx", Some("汇总"), None),
    ("S002", "05综合.xlsx", Some("综合行政执法办"), None),
    ("S010", "05综合.xlsx", Some("综合行政执法办"), None),
    ("S008", "05综合.xlsx", Some("综合行政执法办"), Some("AD1")),
    ("C010", "05综合.xlsx", Some("综合行政执法办"), Some("V4")),
    ("M003", "05综合.xlsx", Some("综合行政执法办"), Some("R5")),
    ("L002", "05综合.xlsx", Some("综合行政执法办"), Some("J6")),
    ("S010", "05综合.xlsx", Some("规划建设办"), None),
    ("S008", "05综合.xlsx", Some("规划建设办"), Some("AC1")),
    ("M007", "05综合.xlsx", Some("规划建设办"), Some("L2")),
    ("F001", "05综合.xlsx", Some("规划建设办"), Some("E3")),
    ("G003", "05综合.xlsx", Some("规划建设办"), Some("K4")),
    ("S010", "05综合.xlsx", Some("退役军人服务站"), None),
    ("S008", "05综合.xlsx", Some("退役军人服务站"), Some("Z1")),
    ("F009", "05综合.xlsx", Some("退役军人服务站"), Some("M9")),
];

#[test]
fn sample_town_findings_are_exactly_the_planted_defects() {
    let (code, report) = check_json(&["catalogs/sample-town"]);
    assert_eq!(code, 1, "errors found: exit 1");
    let expected: Vec<Place> = EXPECTED
        .iter()
        .map(|(r, f, s, c)| {
            (
                r.to_string(),
                f.to_string(),
                s.map(str::to_string),
                c.map(str::to_string),
            )
        })
        .collect();
    assert_eq!(places(&report), expected);
    assert_eq!(
        report["summary"],
        serde_json::json!({"files": 5, "items": 108, "errors": 24, "warnings": 15, "infos": 36})
    );
}

#[test]
fn every_defect_in_defects_md_is_found_at_its_cell() {
    let (_, report) = check_json(&["catalogs/sample-town"]);
    let found = places(&report);
    let table = std::fs::read_to_string("catalogs/sample-town/DEFECTS.md").unwrap();
    let mut checked = 0;
    for line in table
        .lines()
        .filter(|l| l.starts_with("| D") && l.contains("| 主 |"))
    {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        let (file, sheet, cell) = (cols[4], cols[5], cols[6]);
        let sheet = (sheet != "—").then(|| sheet.to_string());
        let hit = found.iter().any(|(_, f, s, c)| {
            f == file
                && *s == sheet
                && (c.as_deref() == Some(cell) || c.is_none() && cols[7] == "（表头）")
        });
        assert!(hit, "defect not found at its cell: {line}");
        checked += 1;
    }
    assert_eq!(checked, 36, "every main row of DEFECTS.md was checked");
}

#[test]
fn report_json_follows_the_contract() {
    let (_, report) = check_json(&["catalogs/sample-town"]);
    assert_eq!(report["svcat"], "report/1");
    // Added to report/1: what the catalog was checked with, each setting with where it came from.
    assert_eq!(
        report["settings"],
        serde_json::json!({
            "catalog_toml": "catalogs/sample-town/catalog.toml",
            "schema": {"value": "township", "from": "catalog.toml"},
            "kind": {"value": null, "from": null},
            "region": {"value": "青石镇", "from": "catalog.toml"},
            "level": {"value": "镇（乡、街道）级", "from": "catalog.toml"},
            "version": {"value": "2022-06", "from": "catalog.toml"},
            "date": {"value": "2022-06-30", "from": "catalog.toml"},
            "max_visits": {"value": 1, "from": "catalog.toml"},
            "upper": {"value": null, "from": null}
        })
    );
    let c001 = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "C001")
        .unwrap();
    assert_eq!(
        *c001,
        serde_json::json!({
            "rule": "C001", "severity": "error", "element": "promised_limit",
            "message": "承诺办结时限（30个工作日）超过法定办结时限（20个工作日）",
            "help": "承诺时限应不长于法定时限，请核对后修改",
            "file": "01民政办.xlsx", "sheet": "实施清单", "row": 10, "column": "P", "cell": "P10",
            "item": {"code": "11370112004325179B5370511003000", "name": "临时救助"}
        })
    );
    // A finding about a whole sheet has null row, column and cell.
    let s002 = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "S002")
        .unwrap();
    assert_eq!(
        (
            s002["row"].clone(),
            s002["column"].clone(),
            s002["cell"].clone()
        ),
        (Value::Null, Value::Null, Value::Null)
    );
    // Z before AA: the 01 sheet's AB column finding comes after its earlier columns on row 4.
    let rows: Vec<(u64, usize)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["file"] == "03卫生健康办.ods" && f["row"] == 2)
        .map(|f| {
            (
                f["row"].as_u64().unwrap(),
                f["column"].as_str().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(rows, [(2, 1), (2, 2)], "M2 before AD2");
}

#[test]
fn sarif_validates_against_the_published_schema() {
    let out = svcat()
        .args(["check", "catalogs/sample-town", "--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/sarif-2.1.0-rtm.5.json").unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject a malformed log.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator.is_valid(&broken));
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "svcat");
    assert_eq!(run["language"], "zh-CN");
    let c001 = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "C001")
        .unwrap();
    assert_eq!(c001["level"], "error");
    assert_eq!(
        c001["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        // 民政办, percent-encoded (RFC 3986).
        "catalogs/sample-town/01%E6%B0%91%E6%94%BF%E5%8A%9E.xlsx"
    );
    assert_eq!(
        c001["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 10, "startColumn": 16})
    );
    let index = c001["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "C001");
}

#[test]
fn human_report_shows_cell_text_message_and_help_without_colour_when_piped() {
    let (code, text) = check_human(&["catalogs/sample-town"]);
    assert_eq!(code, Some(1));
    assert!(!text.contains('\u{1b}'), "no ANSI colour when piped");
    assert!(text.contains("━━ 01民政办.xlsx › 实施清单 ━━"), "{text}");
    assert!(
        text.contains("事项：临时救助（11370112004325179B5370511003000）"),
        "{text}"
    );
    assert!(
        text.contains("承诺办结时限（30个工作日）超过法定办结时限（20个工作日）"),
        "{text}"
    );
    assert!(text.contains("01民政办.xlsx!实施清单!P10"), "{text}");
    assert!(text.contains("30个工作日"), "{text}");
    assert!(
        text.contains("help: 承诺时限应不长于法定时限，请核对后修改"),
        "{text}"
    );
    // Infos are counted, not listed, unless --verbose.
    assert!(text.contains("另有 36 条提示未显示"), "{text}");
    assert!(
        text.ends_with("检查了 5 个文件、108 个事项：24 个错误，15 个警告，36 条提示\n"),
        "{text}"
    );
    let (_, verbose) = check_human(&["catalogs/sample-town", "--verbose"]);
    assert!(
        verbose.contains("承诺办结时限“十五个工作日”使用中文数字，规范写法为“15个工作日”"),
        "{verbose}"
    );
}

#[test]
fn deny_level_sets_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("x.csv");
    // One warning (bundled name), no error.
    std::fs::write(
        &csv,
        "事项名称,事项类型,受理条件\n老年人优待证办理、补办,公共服务,年满60周岁\n",
    )
    .unwrap();
    let code = |deny: &str| {
        svcat()
            .arg("check")
            .arg(&csv)
            .args(["--schema", "township", "--deny", deny, "--format", "json"])
            .output()
            .unwrap()
            .status
            .code()
            .unwrap()
    };
    let (_, report) = check_json(&[csv.to_str().unwrap(), "--schema", "township"]);
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"G001"), "{rules:?}");
    if report["summary"]["errors"] == 0 {
        assert_eq!(code("error"), 0);
    }
    assert_eq!(code("warning"), 1);
}

#[test]
fn baseline_accepts_recorded_findings() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    svcat()
        .args([
            "check",
            "catalogs/sample-town",
            "--format",
            "json",
            "--write-baseline",
        ])
        .arg(&baseline)
        .assert()
        .code(0);
    let (code, report) = check_json(&[
        "catalogs/sample-town",
        "--baseline",
        baseline.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "nothing new: exit 0");
    assert_eq!(report["findings"], serde_json::json!([]));
}

const BASELINE_HEADER: &str = "序号,事项名称,事项编码,事项类型,实施部门,申请材料,法定办结时限,承诺办结时限,到办事现场次数,备注";
const BASELINE_ROWS: [&str; 3] = [
    "1,临时救助申请,370705000001,行政给付,民政办,1.申请书,20个工作日,10个工作日,1,",
    "2,残疾人证办理,370705000004,行政确认,残联,1.申请表,20个工作日,5个工作日,1,",
    "3,高龄津贴申请,370705000005,行政给付,民政办,1.申请书,20个工作日,10个工作日,1,",
];

/// Runs `svcat check ARGS… --format json` in `dir`: exit code, report, stderr.
fn check_in(dir: &std::path::Path, args: &[&str]) -> (i32, Value, String) {
    let out = svcat()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap(),
        json,
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn write_rows(dir: &std::path::Path, rows: &[&str]) {
    let mut text = format!("{BASELINE_HEADER}\n");
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    std::fs::write(dir.join("town.csv"), text).unwrap();
}

/// A baseline recognises findings by what they are about, not by row: sorting the sheet and
/// inserting a row above keep it; it says what it accepted and which records no longer occur;
/// writing one says so and exits 0.
#[test]
fn baseline_survives_moved_rows_and_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    write_rows(dir.path(), &BASELINE_ROWS);
    let out = svcat()
        .current_dir(dir.path())
        .args(["check", "town.csv", "--write-baseline", "b.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "writing a baseline succeeds");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "已把 19 个问题记录为基线：b.json\n"
    );

    // A new row on top, the rest in the opposite order: the F002 of 临时救助申请 and 高龄津贴申请
    // are on other rows now, and the new item brings its own.
    let new = "0,优抚对象认定,370705000006,行政给付,民政办,1.申请书,20个工作日,10个工作日,1,";
    write_rows(
        dir.path(),
        &[new, BASELINE_ROWS[2], BASELINE_ROWS[1], BASELINE_ROWS[0]],
    );
    let (code, report, stderr) = check_in(dir.path(), &["town.csv", "--baseline", "b.json"]);
    assert_eq!(code, 1, "the new item's finding is new");
    let found: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["cell"].as_str().unwrap()))
        .collect();
    assert_eq!(found, [("F002", "C2")]);
    assert_eq!(
        report["summary"]["baseline"],
        serde_json::json!({"accepted": 19, "gone": []})
    );
    assert_eq!(stderr, "基线 b.json 接受了 19 个已记录的问题\n");

    // 高龄津贴申请 fixed (its type now matches its code): its record no longer occurs.
    let fixed = BASELINE_ROWS[2].replace("行政给付", "行政确认");
    write_rows(dir.path(), &[BASELINE_ROWS[1], BASELINE_ROWS[0], &fixed]);
    let (code, report, stderr) = check_in(dir.path(), &["town.csv", "--baseline", "b.json"]);
    assert_eq!(code, 0);
    assert_eq!(report["findings"], serde_json::json!([]));
    assert_eq!(report["summary"]["baseline"]["accepted"], 18);
    let gone = &report["summary"]["baseline"]["gone"];
    assert_eq!(gone.as_array().unwrap().len(), 1, "{gone}");
    assert_eq!(gone[0]["cell"], "C4", "as recorded");
    assert_eq!(gone[0]["item"]["name"], "高龄津贴申请");
    assert_eq!(
        stderr,
        "基线 b.json 接受了 18 个已记录的问题\n\
         基线中有 1 条记录已不再出现（问题已解决，可用 --write-baseline 重新生成基线）：\n  \
         F002 [town.csv!C4]（高龄津贴申请） 基本编码“370705000005”的事项类型段为“07”，按国家事项类型代码是“行政确认”，与事项类型“行政给付”不一致（国家事项类型代码中行政给付为05）\n"
    );
}

/// A text repeated in several items is one finding, at the first of them: after the rows are
/// reversed it stands at another item, and the baseline still accepts it (and its count of
/// other items may change).
#[test]
fn baseline_accepts_a_repeated_text_wherever_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let header = "事项名称,事项编码,事项类型,实施部门,受理条件\n";
    let condition = "具有本镇户籍的困难群众在经过相关部门依法审核认定之后可以按照规定程序向民政办提出申请并提交材料";
    let rows = [
        format!("临时救助申请,370705000001,行政确认,民政办,{condition}\n"),
        format!("低保申请,370705000002,行政确认,民政办,{condition}\n"),
        format!("高龄津贴申请,370705000005,行政确认,民政办,{condition}\n"),
    ];
    let write = |rows: &[&String]| {
        let text: String = std::iter::once(header.to_string())
            .chain(rows.iter().map(|r| r.to_string()))
            .collect();
        std::fs::write(dir.path().join("town.csv"), text).unwrap();
    };
    write(&[&rows[0], &rows[1], &rows[2]]);
    let (_, before, _) = check_in(dir.path(), &["town.csv", "--write-baseline", "b.json"]);
    let l003: Vec<&Value> = before["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "L003")
        .collect();
    assert_eq!(l003.len(), 1, "one finding for the three items");
    assert_eq!(l003[0]["item"]["name"], "临时救助申请");

    // Reversed, and one of the three gone: the finding is at 高龄津贴申请, "另有1个事项".
    write(&[&rows[2], &rows[0]]);
    let (code, report, _) = check_in(dir.path(), &["town.csv", "--baseline", "b.json"]);
    assert_eq!(code, 0);
    assert_eq!(report["findings"], serde_json::json!([]));
    assert_eq!(report["summary"]["baseline"]["gone"], serde_json::json!([]));
}

/// Two identical findings in the baseline accept two, and no more: the baseline is a multiset.
/// A baseline as earlier versions wrote it (report/1, keyed then by cell) still loads.
#[test]
fn baseline_counts_identical_findings_and_reads_old_files() {
    let dir = tempfile::tempdir().unwrap();
    // An old baseline: the 临时救助申请 F002 recorded at C9, twice over.
    let old = |cell: &str, row: u32| {
        serde_json::json!({
            "rule": "F002", "severity": "error", "element": "code",
            "message": "基本编码“370705000001”的事项类型段为“07”，按国家事项类型代码是“行政确认”，与事项类型“行政给付”不一致（国家事项类型代码中行政给付为05）",
            "help": "", "file": "town.csv", "sheet": null, "row": row, "column": "C", "cell": cell,
            "item": {"code": "370705000001", "name": "临时救助申请"}
        })
    };
    let doc = serde_json::json!({
        "svcat": "report/1",
        "summary": {"files": 1, "items": 9, "errors": 2, "warnings": 0, "infos": 0},
        "findings": [old("C9", 9), old("C10", 10)],
    });
    std::fs::write(dir.path().join("old.json"), doc.to_string()).unwrap();

    // Three rows for the same item now: the baseline accepts two of its findings.
    write_rows(dir.path(), &[BASELINE_ROWS[0]; 3]);
    let (_, report, _) = check_in(dir.path(), &["town.csv", "--baseline", "old.json"]);
    let f002: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "F002")
        .map(|f| f["cell"].as_str().unwrap())
        .collect();
    assert_eq!(f002.len(), 1, "two accepted, one new: {f002:?}");
    assert_eq!(report["summary"]["baseline"]["accepted"], 2);
    assert_eq!(report["summary"]["baseline"]["gone"], serde_json::json!([]));
}

#[test]
fn unreadable_input_exits_2_but_reports_the_rest() {
    let (code, report) = check_json(&["tests/fixtures/ingest/dir-catalog"]);
    assert_eq!(code, 2);
    assert_eq!(report["summary"]["items"], 2);

    // The human summary says part of the catalog was never read.
    let (code, stdout) = check_human(&["tests/fixtures/ingest/dir-catalog"]);
    assert_eq!(code, Some(2));
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("检查了 3 个文件（其中 1 个无法读取，见下方错误）、2 个事项："),
        "{last}"
    );
    assert!(!stdout.contains("，没有发现问题"), "{stdout}");
    // With nothing read at all there is no report: the file's error, then that nothing was read.
    let out = svcat()
        .args(["check", "tests/fixtures/ingest/bad/looping-chain.xls"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let unreadable = stderr.find("扇区链首尾相接").expect("the file's error");
    let nothing = stderr
        .find("没有读到任何事项：1 个文件无法读取（见上）")
        .expect("nothing read");
    assert!(unreadable < nothing, "{stderr}");
    assert!(
        stderr.contains("先按上面的提示处理无法读取的文件"),
        "{stderr}"
    );
}

#[test]
fn rules_command_explains_a_rule() {
    let out = svcat().args(["rules", "C001"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("C001：承诺时限超过法定时限\n"), "{text}");
    assert!(text.contains("错误示例：法定办结时限：20个工作日；承诺办结时限：30个工作日"));
}

/// `svcat check … --format json | head`: a reader that stops early is not an error, in any
/// machine format (serde_json's I/O errors keep their kind).
#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("big.csv");
    let mut text = String::from("事项名称,事项编码,事项类型,实施部门\n");
    for n in 0..3000 {
        text.push_str(&format!("事项{n},3707050{n:05},行政审批,民政办\n"));
    }
    std::fs::write(&csv, text).unwrap();
    for format in ["json", "sarif"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("svcat"))
            .args(["check", "--format", format])
            .arg(&csv)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0u8; 64];
        child.stdout.take().unwrap().read_exact(&mut head).unwrap();
        // The pipe is closed here, with most of the report unread.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{format}: {stderr}");
    }
}

/// Runs `svcat check ARGS… --format FORMAT`, once as usual (checked while read, never holding the
/// catalog) and once with `--annotate`, which holds the catalog in memory and checks it whole;
/// returns the first run's exit code and stdout after asserting the two runs agree byte for byte.
fn streamed_equals_held(args: &[&str], format: &str) -> (i32, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let annotated = dir.path().join("a.xlsx");
    let run = |extra: &[&str]| {
        let out = svcat()
            .arg("check")
            .args(args)
            .args(["--format", format])
            .args(extra)
            .output()
            .unwrap();
        (out.status.code().unwrap(), out.stdout)
    };
    let streamed = run(&[]);
    let held = run(&["--annotate", annotated.to_str().unwrap()]);
    if streamed.1 != held.1 {
        let (a, b) = (
            String::from_utf8_lossy(&streamed.1),
            String::from_utf8_lossy(&held.1),
        );
        let (line, (x, y)) = a
            .lines()
            .zip(b.lines())
            .enumerate()
            .find(|(_, (x, y))| x != y)
            .unwrap_or((0, ("(shorter)", "(longer)")));
        panic!(
            "{args:?} {format}: line {}:\n  streamed: {x}\n  held:     {y}",
            line + 1
        );
    }
    assert_eq!(streamed.0, held.0, "{args:?} {format}");
    streamed
}

/// The streamed check settles at the end what crosses its batches of 256 items; its report equals
/// the whole-catalog check's in every format, on a 700-item catalog built for that
/// (tests/fixtures/stream/make_many.py) and on the rule fixtures (with the U rules' upper catalog).
#[test]
fn checking_while_reading_reports_what_checking_the_whole_catalog_does() {
    let many = "tests/fixtures/stream/many.csv";
    let county = "tests/fixtures/rules/county.csv";
    for args in [
        vec![many],
        vec!["catalogs/sample-town"],
        vec!["tests/fixtures/rules", "--against", county],
        vec!["tests/fixtures/language"],
        vec!["tests/fixtures/ingest", "--verbose"],
    ] {
        for format in ["json", "sarif", "human"] {
            streamed_equals_held(&args, format);
        }
    }

    let (code, stdout) = streamed_equals_held(&[many], "json");
    assert_eq!(code, 1);
    let report: Value = serde_json::from_slice(&stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let of =
        |rule: &str| -> Vec<&Value> { findings.iter().filter(|f| f["rule"] == rule).collect() };
    // The same long text on rows 3, 300 and 690, in three batches: one finding, at the first.
    let long = of("L001");
    assert_eq!(long.len(), 1);
    assert_eq!(long[0]["cell"], "H3");
    assert!(
        long[0]["message"]
            .as_str()
            .unwrap()
            .ends_with("（另有2个事项的这一栏文字相同）"),
        "{}",
        long[0]["message"]
    );
    // No 设定依据 column and no item with one: once for the sheet, never per item.
    let absent: Vec<&Value> = of("S002")
        .into_iter()
        .filter(|f| f["element"] == "legal_basis")
        .collect();
    assert_eq!(absent.len(), 1);
    assert_eq!(absent[0]["cell"], Value::Null);
    // No 基本编码 column, but row 650 (batch 3) has one: every other item lacks it.
    let lacking: Vec<&Value> = of("M001")
        .into_iter()
        .filter(|f| f["element"] == "basic_code")
        .collect();
    assert_eq!(lacking.len(), 699);
    assert!(lacking.iter().all(|f| f["row"] != 650));
    assert!(of("M001").iter().all(|f| f["element"] != "legal_basis"));
    // A duplicate in batch 3 of an item in batch 1.
    let duplicate = of("X001");
    assert_eq!(duplicate.len(), 1);
    assert_eq!(duplicate[0]["cell"], "B651");
    assert_eq!(of("X002").len(), 700);
    assert_eq!(report["summary"]["items"], 700);
}

/// A fixable finding's help says what `svcat fix` would write, once.
#[test]
fn human_help_names_the_fix() {
    let (_, text) = check_human(&["tests/fixtures/rules/f009.csv", "--verbose"]);
    assert!(
        text.contains(
            "help: 把全角数字、字母改为半角，去掉多余空格（svcat fix 可自动修正为“30个工作日”）\n"
        ),
        "{text}"
    );
    let (_, text) = check_human(&["tests/fixtures/rules/f005.csv"]);
    assert!(
        text.contains("help: 编码中的字母一律大写（svcat fix 可自动修正为“12370112MB2850172B”）"),
        "{text}"
    );
    assert!(!text.contains("可自动修正）（"), "{text}");
}

/// The human report reads as staff need it (issue 18, item 13): the cell without miette's
/// `:line:column`, the rule's title beside its ID, a blank line between two diagnostics of one
/// item, every line within the report's width (a long cell's text wrapped), and `-q` printing the
/// findings only.
#[test]
fn human_diagnostics_name_the_cell_and_rule_and_fit_the_width() {
    let (code, stdout) = check_human(&["catalogs/sample-town"]);
    assert_eq!(code, Some(1));
    assert!(!stdout.contains(":1:1]"), "{stdout}");
    assert!(
        stdout.contains("   ╭─[01民政办.xlsx!实施清单!P10]\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\nC001 承诺时限超过法定时限\n"), "{stdout}");
    // S002 and S001 about the same sheet follow each other: a blank line between them.
    assert!(
        stdout.contains(
            "  help: 在表中增加这一列并逐项填写；svcat template 可生成含全部标准列的填报模板\n\nS001 表头疑似写错\n"
        ),
        "{stdout}"
    );
    let widest = stdout
        .lines()
        .map(|l| {
            l.chars()
                .map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 })
                .sum::<usize>()
        })
        .max()
        .unwrap();
    assert!(widest <= 100, "a line of {widest} columns");
    // The 75-character material blob is wrapped: its second half on a line of its own.
    assert!(
        stdout.contains(" 2 │ 再生育申请审批表由所在村居委会签署意见后报镇卫生健康办审核\n"),
        "{stdout}"
    );

    let quiet = svcat()
        .args(["-q", "check", "catalogs/sample-town"])
        .output()
        .unwrap();
    let quiet = String::from_utf8(quiet.stdout).unwrap();
    assert!(
        quiet.starts_with("━━ 01民政办.xlsx › 实施清单 ━━\n"),
        "{quiet}"
    );
    assert!(!quiet.contains("检查了 5 个文件"), "{quiet}");
    assert!(!quiet.contains("另有 36 条提示未显示"), "{quiet}");
    assert!(
        quiet.ends_with("  help: 删去兜底条款，把确实需要的材料逐项写明\n\n"),
        "{quiet}"
    );
}
