//! `svcat district` on the sample district (catalogs/sample-district, README.md there lists what
//! was planted): every planted 要素N同 difference is reported with exactly its towns and nothing
//! else is, coverage of the county catalog is exact, each town's counts are its own `svcat check`'s,
//! targets and ranks, the district/1 shape, and the mistakes a district directory can hold.

mod common;

use std::path::Path;

use common::svcat;
use serde_json::{Value, json};

const DISTRICT: &str = "catalogs/sample-district";

fn district_json(args: &[&str]) -> Value {
    let out = svcat()
        .args(["district", DISTRICT, "--format", "json"])
        .args(args)
        .output()
        .expect("svcat runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "the sample towns have errors: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn every_planted_difference_is_reported_with_its_towns_and_nothing_else() {
    let d = district_json(&[]);
    let basis =
        "《社会救助暂行办法》第九条、第十一条；《最低生活保障审核确认办法》（民发〔2021〕57号）";
    let expected = json!([
        {"code": "370116001000", "name": "农村宅基地申请审批", "element": "legal_limit",
         "values": [{"value": "20个工作日", "towns": ["柳河乡", "龙泉街道", "青石镇"]},
                    {"value": "30个工作日", "towns": ["白马镇"]}],
         "majority": "20个工作日", "upper": "20个工作日", "label": "法定办结时限"},
        {"code": "370119002000", "name": "户外广告设置审批", "element": "fee_charged",
         "values": [{"value": "否", "towns": ["白马镇", "青石镇"]},
                    {"value": "是", "towns": ["柳河乡", "龙泉街道"]}],
         "majority": null, "upper": null, "label": "是否收费"},
        {"code": "370511001000", "name": "最低生活保障审核确认", "element": "legal_basis",
         "values": [{"value": basis, "towns": ["白马镇", "龙泉街道", "青石镇"]},
                    {"value": "《山东省最低生活保障办法》第八条", "towns": ["柳河乡"]}],
         "majority": basis, "upper": basis, "label": "设定依据"},
        {"code": "370516010000", "name": "实际种粮农民一次性补贴申领", "element": "materials",
         "values": [{"value": "种粮面积申报表；申报人身份证；社会保障卡或银行账户信息",
                     "towns": ["白马镇", "柳河乡", "青石镇"]},
                    {"value": "种粮面积申报表；申报人身份证；社会保障卡或银行账户信息；土地承包合同或流转合同",
                     "towns": ["龙泉街道"]}],
         "majority": "种粮面积申报表；申报人身份证；社会保障卡或银行账户信息", "upper": null,
         "label": "申请材料"},
        {"code": "372016008000", "name": "政策性农业保险投保服务", "element": "handling_type",
         "values": [{"value": "即办件", "towns": ["白马镇", "龙泉街道", "青石镇"]},
                    {"value": "承诺件", "towns": ["柳河乡"]}],
         "majority": "即办件", "upper": null, "label": "办件类型"},
    ]);
    assert_eq!(d["variants"], expected);
}

#[test]
fn coverage_of_the_county_catalog_is_exact() {
    let d = district_json(&[]);
    let item = |code: &str, name: &str| json!({"code": code, "name": name});
    let differs = |code: &str, name: &str, element: &str, town: &str, upper: &str, label: &str| {
        json!({"code": code, "name": name, "element": element, "town_value": town,
               "upper_value": upper, "label": label})
    };
    // What every town carries from the sample town (catalogs/sample-county/README.md).
    let common = [
        differs(
            "370511004000",
            "困难残疾人生活补贴和重度残疾人护理补贴",
            "legal_basis",
            "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
            "《残疾人保障法》；《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
            "设定依据",
        ),
        differs(
            "370511005000",
            "高龄津贴申请",
            "name",
            "高龄津贴申请",
            "高龄津贴发放",
            "事项名称",
        ),
        differs(
            "370511009000",
            "困境儿童基本生活保障审核",
            "legal_limit",
            "20个工作日",
            "15个工作日",
            "法定办结时限",
        ),
        differs(
            "370511010000",
            "孤儿基本生活保障金给付审核",
            "kind",
            "行政给付",
            "行政确认",
            "事项类型",
        ),
    ];
    let marriage = item("372011007000", "婚姻登记咨询预约");
    let with =
        |first: Vec<Value>| -> Vec<Value> { first.into_iter().chain(common.clone()).collect() };
    let coverage = json!([
        {"town": "白马镇", "unclaimed": [],
         "not_in_upper": [item("372016013000", "高素质农民培育报名"), marriage],
         "differs_from_upper": with(vec![differs("370116001000", "农村宅基地申请审批", "legal_limit",
                                                 "30个工作日", "20个工作日", "法定办结时限")])},
        {"town": "青石镇",
         "unclaimed": [item("370117001000", "乡村建设规划许可证核发"),
                       item("370117002000", "乡村建设规划许可证变更")],
         "not_in_upper": [marriage], "differs_from_upper": with(vec![])},
        {"town": "龙泉街道", "unclaimed": [], "not_in_upper": [marriage],
         "differs_from_upper": with(vec![])},
        {"town": "柳河乡", "unclaimed": [], "not_in_upper": [marriage],
         "differs_from_upper": with(vec![differs("370511001000", "最低生活保障审核确认", "legal_basis",
             "《山东省最低生活保障办法》第八条",
             "《社会救助暂行办法》第九条、第十一条；《最低生活保障审核确认办法》（民发〔2021〕57号）",
             "设定依据")])},
    ]);
    // In rank order, as the towns are; each town's own differences before the common ones only
    // where its item comes first in its catalog: compare as sets per town.
    let actual = d["coverage"].as_array().expect("coverage");
    let expected = coverage.as_array().expect("array");
    assert_eq!(actual.len(), expected.len());
    for (a, e) in actual.iter().zip(expected) {
        assert_eq!(a["town"], e["town"]);
        assert_eq!(a["unclaimed"], e["unclaimed"], "{}", e["town"]);
        let set = |v: &Value| {
            let mut list: Vec<String> = v
                .as_array()
                .expect("list")
                .iter()
                .map(Value::to_string)
                .collect();
            list.sort();
            list
        };
        assert_eq!(
            set(&a["not_in_upper"]),
            set(&e["not_in_upper"]),
            "{}",
            e["town"]
        );
        assert_eq!(
            set(&a["differs_from_upper"]),
            set(&e["differs_from_upper"]),
            "{}",
            e["town"]
        );
    }
}

#[test]
fn each_towns_counts_are_its_own_check() {
    let d = district_json(&[]);
    let towns = d["towns"].as_array().expect("towns");
    assert_eq!(towns.len(), 4);
    for town in towns {
        let path = town["path"].as_str().expect("path");
        let out = svcat()
            .args(["check", path, "--format", "json"])
            .output()
            .expect("check runs");
        let report: Value = serde_json::from_slice(&out.stdout).expect("report JSON");
        let summary = &report["summary"];
        assert_eq!(town["items"], summary["items"], "{path}");
        assert_eq!(town["errors"], summary["errors"], "{path}");
        assert_eq!(town["warnings"], summary["warnings"], "{path}");
        assert_eq!(town["indicators"]["findings"]["errors"], summary["errors"]);
    }
}

#[test]
fn the_json_follows_the_contract_and_ranks_the_towns_against_the_targets() {
    let d = district_json(&[]);
    assert_eq!(
        keys(&d),
        [
            "svcat", "district", "towns", "variants", "coverage", "upper"
        ]
    );
    assert_eq!(d["svcat"], "district/1");
    assert_eq!(d["district"], "历城区");
    assert_eq!(d["upper"], "catalogs/sample-district/县级目录");
    let town = &d["towns"][0];
    assert_eq!(
        keys(town),
        [
            "town",
            "path",
            "items",
            "errors",
            "warnings",
            "indicators",
            "targets",
            "rank"
        ]
    );
    // The indicators are stats/1's.
    let stats = svcat()
        .args([
            "stats",
            "catalogs/sample-district/baima",
            "--format",
            "json",
        ])
        .output()
        .expect("stats runs");
    let stats: Value = serde_json::from_slice(&stats.stdout).expect("stats JSON");
    let baima = d["towns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["town"] == "白马镇")
        .expect("白马镇");
    assert_eq!(keys(&baima["indicators"]), keys(&stats["total"]));
    assert_eq!(
        baima["indicators"]["immediate_share"],
        stats["total"]["immediate_share"]
    );
    // Targets by their Chinese names, in district.toml's order; 柳河乡 alone misses 即办件比例.
    let ranked: Vec<(&str, u64, Vec<bool>)> = d["towns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            assert_eq!(
                keys(&t["targets"]),
                ["即办件比例", "要素完整度", "一窗通办比例"]
            );
            let met = ["即办件比例", "要素完整度", "一窗通办比例"]
                .iter()
                .map(|k| t["targets"][k]["met"].as_bool().expect("met"))
                .collect();
            (
                t["town"].as_str().unwrap(),
                t["rank"].as_u64().unwrap(),
                met,
            )
        })
        .collect();
    assert_eq!(
        ranked,
        [
            ("白马镇", 1, vec![true, true, false]),
            ("青石镇", 2, vec![true, true, false]),
            ("龙泉街道", 3, vec![true, true, false]),
            ("柳河乡", 4, vec![false, true, false]),
        ]
    );
    let liuhe = &d["towns"][3]["targets"];
    assert_eq!(
        liuhe["即办件比例"],
        json!({"goal": 0.31, "actual": 0.3056, "met": false})
    );
    // No town says whether its items are 一窗通办: no figure, not met.
    assert_eq!(liuhe["一窗通办比例"]["actual"], Value::Null);
}

#[test]
fn the_json_validates_against_the_published_schema() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("docs/district.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let d = district_json(&[]);
    let errors: Vec<String> = validator
        .iter_errors(&d)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject a malformed document.
    let mut broken = d.clone();
    broken["towns"][0]["targets"]["即办比例"] = json!({"goal": 2, "actual": null, "met": true});
    assert!(!validator.is_valid(&broken));
}

#[test]
fn upper_on_the_command_line_replaces_district_tomls() {
    let d = district_json(&["--upper", "catalogs/sample-county"]);
    assert_eq!(d["upper"], "catalogs/sample-county");
    assert_eq!(d["coverage"][1]["unclaimed"].as_array().unwrap().len(), 2);
}

#[test]
fn json_to_a_file_is_the_same_as_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("district.json");
    let run = svcat()
        .args(["district", DISTRICT, "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(written, district_json(&[]));
}

/// A district directory in a scratch directory: two towns copied from the sample district, and
/// `district.toml` with `toml` (none when empty).
fn scratch_district(toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for town in ["baima", "liuhe"] {
        let to = dir.path().join(town);
        std::fs::create_dir(&to).unwrap();
        let from = Path::new(DISTRICT).join(town);
        for entry in std::fs::read_dir(&from).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
    if !toml.is_empty() {
        std::fs::write(dir.path().join("district.toml"), toml).unwrap();
    }
    dir
}

fn run_district(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = svcat()
        .arg("district")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn district_toml_mistakes_point_at_their_line_with_the_nearest_name() {
    for (toml, line, said) in [
        (
            "name = \"区\"\nuper = \"x\"\n",
            "2 | uper",
            "是否应为“upper”",
        ),
        (
            "name = \"区\"\n[targets]\n\"即办比例\" = 0.5\n",
            "3 | \"即办比例\"",
            "是否应为“即办件比例”",
        ),
        (
            "[targets]\n\"一窗通办比例\" = 100\n",
            "2 | \"一窗通办比例\" = 100",
            "应为 0 到 1 之间的数",
        ),
    ] {
        let dir = scratch_district(toml);
        let (code, stdout, stderr) = run_district(dir.path(), &[]);
        assert_eq!(code, 2, "{toml}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains("district.toml 有误"), "{stderr}");
        assert!(stderr.contains(line), "{toml}: {stderr}");
        assert!(stderr.contains(said), "{toml}: {stderr}");
    }
}

#[test]
fn an_upper_outside_the_district_is_refused_unless_named_on_the_command_line() {
    let dir = scratch_district("upper = \"../sample-county\"\n");
    let (code, stdout, stderr) = run_district(dir.path(), &[]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("之外"), "{stderr}");
    assert!(stderr.contains("--upper"), "{stderr}");
    // Named on the command line, the same catalog is the user's own choice.
    let county = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/sample-county");
    let (code, stdout, _) = run_district(
        dir.path(),
        &["--upper", county.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(code, 1);
    let d: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(d["coverage"].as_array().unwrap().len(), 2);
}

#[test]
fn a_directory_without_towns_is_exit_2_saying_what_it_holds() {
    let (code, stdout, stderr) = run_district(Path::new("catalogs/sample-town"), &[]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("没有找到镇（街道）的目录：没有子目录；目录本身有 5 个表格文件"),
        "{stderr}"
    );
    assert!(stderr.contains("svcat check"), "{stderr}");
    let empty = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run_district(empty.path(), &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("是空的"), "{stderr}");
}

#[test]
fn an_unreadable_town_is_reported_and_the_others_still_compared() {
    let dir = scratch_district("");
    // A third town whose only spreadsheet is no spreadsheet at all.
    let broken = dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(broken.join("01民政办.xlsx"), "not a workbook").unwrap();
    let (code, stdout, stderr) = run_district(dir.path(), &["--format", "json"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("“broken”的目录有无法读取的输入"),
        "{stderr}"
    );
    assert!(stderr.contains("01民政办.xlsx"), "{stderr}");
    let d: Value = serde_json::from_str(&stdout).unwrap();
    let towns: Vec<&str> = d["towns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["town"].as_str().unwrap())
        .collect();
    assert_eq!(towns, ["白马镇", "柳河乡"]);
    // Without district.toml: the directory's name, no targets, no coverage.
    assert_eq!(d["coverage"], json!([]));
    assert_eq!(d["towns"][0]["targets"], json!({}));
}

#[test]
fn the_deny_level_decides_exit_1_and_an_xlsx_is_refused() {
    let (code, _, _) = run_district(Path::new(DISTRICT), &["--deny", "error"]);
    assert_eq!(code, 1);
    let (code, _, stderr) = run_district(Path::new(DISTRICT), &["-o", "x.xlsx"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("不能写出 .xlsx"), "{stderr}");
}

/// `-o DIR` on the sample district: the ranked table still on stdout, and in DIR the dashboard,
/// the summary workbook and one folder per town with each department's annotated workbook and
/// pre-filled template, nothing else; a second run gives the same bytes.
#[test]
fn an_output_directory_gets_the_dashboard_the_workbook_and_a_folder_per_town() {
    let (_, plain, _) = run_district(Path::new(DISTRICT), &[]);
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("汇总");
    let (code, stdout, stderr) =
        run_district(Path::new(DISTRICT), &["-o", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout, plain);
    assert!(
        stderr.contains("已写出 74 个文件（看板 index.html、汇总工作簿、4 个镇街文件夹）"),
        "{stderr}"
    );
    let mut written = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                written.push(path.strip_prefix(&dir).unwrap().display().to_string());
            }
        }
    }
    written.sort();
    assert_eq!(written.len(), 74);
    assert!(written.contains(&"index.html".to_string()), "{written:?}");
    assert!(written.contains(&"汇总.xlsx".to_string()), "{written:?}");
    // Each town: one annotated workbook and one template per department, the same departments.
    for town in ["白马镇", "柳河乡", "青石镇", "龙泉街道"] {
        let files: Vec<&String> = written
            .iter()
            .filter(|f| f.starts_with(&format!("{town}/")))
            .collect();
        assert_eq!(
            files.iter().filter(|f| f.ends_with("-问题标注.xlsx")).count(),
            files.iter().filter(|f| f.ends_with("-填报模板.xlsx")).count(),
            "{town}: {files:?}"
        );
        assert!(files.contains(&&format!("{town}/司法所-问题标注.xlsx")), "{files:?}");
    }
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for seen in ["历城区", "政策性农业保险投保服务", "柳河乡", "龙泉街道"] {
        assert!(page.contains(seen), "{seen}");
    }
    // Again into the same directory (an earlier output): the same bytes.
    let before = std::fs::read(dir.join("汇总.xlsx")).unwrap();
    let (code, _, stderr) = run_district(Path::new(DISTRICT), &["-q", "-o", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(std::fs::read(dir.join("汇总.xlsx")).unwrap(), before);
    assert_eq!(std::fs::read_to_string(dir.join("index.html")).unwrap(), page);
}

#[test]
fn towns_with_large_files_do_not_wait_on_each_other() {
    // A csv over 1 MB is parsed in chunks on rayon's pool while its reader waits: towns read on
    // the pool's own workers once left no worker to parse (30 towns hung forever). One worker
    // makes that certain; the run must finish.
    let dir = tempfile::tempdir().unwrap();
    let source =
        std::fs::read_to_string(Path::new(DISTRICT).join("baima/01农业农村办.csv")).unwrap();
    let (header, rows) = source.split_once("\r\n").unwrap();
    let mut big = String::from(header);
    big.push_str("\r\n");
    while big.len() < 1_500_000 {
        big.push_str(rows);
    }
    for (town, region) in [("a", "甲镇"), ("b", "乙镇"), ("c", "丙镇")] {
        let to = dir.path().join(town);
        std::fs::create_dir(&to).unwrap();
        std::fs::write(to.join("事项.csv"), &big).unwrap();
        std::fs::write(to.join("catalog.toml"), format!("region = \"{region}\"\n")).unwrap();
    }
    let out = svcat()
        .env("RAYON_NUM_THREADS", "1")
        .timeout(std::time::Duration::from_secs(300))
        .args(["district", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["towns"].as_array().unwrap().len(), 3);
}
