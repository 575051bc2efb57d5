//! What a catalog is read with: a department's file takes its directory's catalog.toml, every
//! report names the schema and settings it used, and a typo in catalog.toml or a schema (an
//! unknown key, rule ID or value) is an error pointing at its line (issue 18, items 3 and 7).

mod common;

use std::path::Path;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::{Value, json};

const TOWN: &str = "catalogs/sample-town";
const FILE: &str = "catalogs/sample-town/01民政办.xlsx";

/// `svcat ARGS…`: exit code, stdout, stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = svcat().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn check_json(path: &str, extra: &[&str]) -> Value {
    let (_, stdout, stderr) = run(&[&["check", path, "--format", "json"], extra].concat());
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"))
}

/// A report's findings on one file as (rule, sheet, cell, message).
fn findings_on(report: &Value, file: &str) -> Vec<(String, Value, Value, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["file"] == file)
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["sheet"].clone(),
                f["cell"].clone(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The sample town's settings, as `report/1` writes them.
fn town_settings() -> Value {
    json!({
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
}

// ---- 3. A department's file gets its directory's verdict ----------------------------------

#[test]
fn a_department_file_gets_the_verdict_it_gets_in_its_directory() {
    let town = check_json(TOWN, &[]);
    let file = check_json(FILE, &[]);
    let in_town = findings_on(&town, "01民政办.xlsx");
    let alone = findings_on(&file, FILE);
    assert!(!in_town.is_empty());
    assert_eq!(alone, in_town);
    assert_eq!(file["settings"], town_settings());
    assert_eq!(town["settings"], town_settings());
}

#[test]
fn every_report_names_the_schema_and_settings_it_used() {
    // SARIF: the run's properties.
    let (_, sarif, _) = run(&["check", FILE, "--format", "sarif"]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(sarif["runs"][0]["properties"]["settings"], town_settings());
    // The human report: before the summary, which stays the last line.
    let (code, human, _) = run(&["check", FILE]);
    assert_eq!(code, 1);
    // The settings line is broken between settings to fit the report's width.
    let tail: Vec<&str> = human.lines().rev().take(4).collect();
    assert_eq!(
        tail,
        [
            "检查了 1 个文件、12 个事项：3 个错误，3 个警告，9 条提示",
            "  层级 镇（乡、街道）级，版本 2022-06，日期 2022-06-30，最多跑动次数 1",
            "设置（catalogs/sample-town/catalog.toml）：规范 township，清单类型 按各表的列识别，地区 青石镇，",
            "",
        ]
    );
    // What the command line sets is named as such.
    let report = check_json(FILE, &["--schema", "national", "--kind", "实施清单"]);
    assert_eq!(
        (&report["settings"]["schema"], &report["settings"]["kind"]),
        (
            &json!({"value": "national", "from": "--schema"}),
            &json!({"value": "实施清单", "from": "--kind"})
        )
    );
    let (_, human, _) = run(&["check", FILE, "--schema", "national"]);
    assert!(
        human.contains(
            "\n设置（catalogs/sample-town/catalog.toml）：规范 national（--schema），清单类型 按各表的列识别，\n  \
             地区 青石镇，层级 镇（乡、街道）级，版本 2022-06，日期 2022-06-30，最多跑动次数 1\n检查了 1 个文件"
        ),
        "{human}"
    );
}

#[test]
fn a_catalog_toml_further_up_is_never_read() {
    let tmp = tempfile::tempdir().unwrap();
    let sub = tmp.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(
        tmp.path().join("catalog.toml"),
        "schema = \"township\"\nmax_visits = 0\n",
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/sample-town/02社会保障服务中心.csv"),
        sub.join("02社会保障服务中心.csv"),
    )
    .unwrap();
    let path = sub.join("02社会保障服务中心.csv");
    let report = check_json(path.to_str().unwrap(), &[]);
    assert_eq!(
        report["settings"],
        json!({
            "catalog_toml": null,
            "schema": {"value": "national", "from": "default"},
            "kind": {"value": null, "from": null},
            "region": {"value": null, "from": null},
            "level": {"value": null, "from": null},
            "version": {"value": null, "from": null},
            "date": {"value": null, "from": null},
            "max_visits": {"value": null, "from": null},
            "upper": {"value": null, "from": null}
        })
    );
    let (_, human, _) = run(&["check", path.to_str().unwrap()]);
    assert!(
        human.contains(
            "\n设置（没有 catalog.toml）：规范 national（默认），清单类型 按各表的列识别\n检查了 1 个文件"
        ),
        "{human}"
    );
}

#[test]
fn template_uses_the_catalogs_schema_and_says_which() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("模板.xlsx");
    let out = out.to_str().unwrap();
    let (code, _, stderr) = run(&["template", "--catalog", TOWN, "-o", out]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "已生成填报模板 {out}：填报说明 + “事项清单”工作表（50 列，17 列带下拉选项），\
             规范 township（catalogs/sample-town/catalog.toml 指定）\n"
        )
    );
    let (code, _, stderr) = run(&[
        "template",
        "--catalog",
        FILE,
        "--schema",
        "national",
        "-o",
        out,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.ends_with("，规范 national（--schema）\n"),
        "{stderr}"
    );
}

// ---- 7. Typos that validate ------------------------------------------------------------------

/// A copy of one department's file with this catalog.toml (and other files), checked.
fn check_catalog_toml(toml: &str, more: &[(&str, &str)]) -> (i32, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("town");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/sample-town/02社会保障服务中心.csv"),
        dir.join("02社会保障服务中心.csv"),
    )
    .unwrap();
    std::fs::write(dir.join("catalog.toml"), toml).unwrap();
    for (name, text) in more {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = svcat()
        .current_dir(tmp.path())
        .args(["check", "town"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_catalog_toml_typo_is_an_error_at_its_line_with_the_nearest_name() {
    for (toml, expected) in [
        (
            "region = \"青石镇\"\nlevel = \"镇级别\"\n",
            "  x town/catalog.toml 有误：level“镇级别”不是规范 national 中的层级\n   \
             ,-[town/catalog.toml:2:9]\n 1 | region = \"青石镇\"\n 2 | level = \"镇级别\"\n   \
             :         ^^^^|^^^\n   :             `-- 未知的层级\n   `----\n  \
             help: 是否应为“镇级”？可用的层级：国家级、省级、市级、县级、镇（乡、街道）级、村（社区）级\n",
        ),
        (
            "max_visits = 1\nmaxvisits = 2\n",
            "  x town/catalog.toml 有误：TOML 写法不对\n   ,-[town/catalog.toml:2:1]\n \
             1 | max_visits = 1\n 2 | maxvisits = 2\n   : ^^^^|^^^^\n   :     `-- 未知的键“maxvisits”\n   \
             `----\n  help: 是否应为“max_visits”？可用的键：region、level、version、date、schema、\
             upper、upper_catalog、max_visits、kind\n",
        ),
        (
            "kind = \"实施清淡\"\n",
            "  x town/catalog.toml 有误：kind“实施清淡”不是规范 national 中的清单类型\n   \
             ,-[town/catalog.toml:1:8]\n 1 | kind = \"实施清淡\"\n   :        ^^^^^|^^^^\n   \
             :             `-- 未知的清单类型\n   `----\n  \
             help: 是否应为“实施清单”？可用的清单类型：实施清单、目录\n",
        ),
        (
            "schema = \"townshp\"\n",
            "  x town/catalog.toml 有误：schema“townshp”既不是内置规范，也不是目录中的文件\n   \
             ,-[town/catalog.toml:1:10]\n 1 | schema = \"townshp\"\n   :          ^^^^|^^^^\n   \
             :              `-- 未知的规范\n   `----\n  \
             help: 是否应为“township”？内置规范有：national、township；或写目录中规范文件（.toml）的相对路径\n",
        ),
        (
            "max_visits = -1\n",
            "  x town/catalog.toml 有误：max_visits 的值 -1 无效\n   ,-[town/catalog.toml:1:14]\n \
             1 | max_visits = -1\n   :              ^|\n   :               `-- 应为 0 或正整数\n   \
             `----\n  help: max_visits 是承诺的最多到现场次数，写 0 或正整数，例如 max_visits = 1（最多跑一次）\n",
        ),
    ] {
        let (code, stdout, stderr) = check_catalog_toml(toml, &[]);
        assert_eq!(code, 2, "{toml}: {stderr}");
        assert_eq!(stdout, "", "{toml}");
        assert_eq!(stderr, format!("{expected}\n"), "{toml}");
    }
}

#[test]
fn an_unknown_rule_id_in_a_catalogs_schema_is_an_error() {
    let (code, stdout, stderr) = check_catalog_toml(
        "schema = \"s.toml\"\n",
        &[(
            "s.toml",
            "name = \"s\"\nextends = \"national\"\n\n[rules]\nG05 = \"off\"\n",
        )],
    );
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stdout, "");
    // A schema file a catalog named is never quoted: its line and column are given.
    assert!(
        stderr.contains(
            "/town/s.toml：规范 s 的 [rules] 中，规则编号“G05”不存在（第 5 行第 1 列：未知的规则编号）\n  \
             help: 是否应为“G005”？[rules] 的键是规则编号（如 C001、G005），svcat rules 列出全部规则\n"
        ),
        "{stderr}"
    );
}

#[test]
fn schema_check_refuses_unknown_rule_ids_and_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let schema = tmp.path().join("s.toml");
    std::fs::write(
        &schema,
        "name = \"s\"\nextends = \"national\"\n\n[rules]\nC07 = \"off\"\nZ999 = \"error\"\n",
    )
    .unwrap();
    let path = schema.to_str().unwrap();
    let (code, _, stderr) = run(&["schema", "check", path]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "  x 规范 s 的 [rules] 中，规则编号“C07”不存在\n   ,-[{path}:5:1]\n \
             4 | [rules]\n 5 | C07 = \"off\"\n   : ^|^\n   :  `-- 未知的规则编号\n 6 | Z999 = \"error\"\n   \
             `----\n  help: 是否应为“C007”？[rules] 的键是规则编号（如 C001、G005），svcat rules 列出全部规则\n\n"
        )
    );
    // Used by a check, the same schema is an error (exit 2) before anything is read.
    let (code, stdout, stderr) = run(&["check", TOWN, "--schema", path]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(stderr.contains("规则编号“C07”不存在"), "{stderr}");
    for args in [
        vec!["import", TOWN, "--schema", path],
        vec!["diff", TOWN, "catalogs/sample-town-2023", "--schema", path],
        vec!["template", "--schema", path, "-o", "never-written.xlsx"],
    ] {
        let (code, stdout, stderr) = run(&args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}: {stderr}");
        assert!(stderr.contains("规则编号“C07”不存在"), "{args:?}: {stderr}");
    }
    assert!(
        !Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("never-written.xlsx")
            .exists()
    );

    std::fs::write(
        &schema,
        "name = \"s\"\nextends = \"national\"\nleve = \"镇级\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run(&["schema", "check", path]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "  x 规范文件 {path} 的 TOML 有误\n   ,-[{path}:3:1]\n 2 | extends = \"national\"\n \
             3 | leve = \"镇级\"\n   : ^^|^\n   :   `-- 未知的键“leve”\n   `----\n  \
             help: 是否应为“level”？可用的键：name、extends、title、version、level、groups、"
        )),
        "{stderr}"
    );
}

#[test]
fn an_invalid_value_in_a_schema_names_the_nearest_valid_one() {
    let (code, _, stderr) = run(&["schema", "check", "tests/fixtures/schemas/bad-type.toml"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "  help: 是否应为“text”？可用的类型：text, code, uscc, phone, legal_basis, enum, \
             materials, time_limit, integer, bool, online_depth\n"
        ),
        "{stderr}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let schema = tmp.path().join("s.toml");
    std::fs::write(
        &schema,
        "name = \"s\"\nextends = \"national\"\n\n[rules]\nC007 = \"of\"\n",
    )
    .unwrap();
    let path = schema.to_str().unwrap();
    let (code, _, stderr) = run(&["schema", "check", path]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "  x 规则 C007 的级别“of”无效\n   ,-[{path}:5:8]\n 4 | [rules]\n \
             5 | C007 = \"of\"\n   :        ^^|^\n   :          `-- 应为 error、warning、info 或 off\n   \
             `----\n  help: 是否应为“off”？\n\n"
        )
    );
}

/// A key or value quoted back from catalog.toml never sends a control character to the terminal.
#[test]
fn a_typo_is_quoted_with_control_characters_made_visible() {
    let (code, _, stderr) = check_catalog_toml("\"\\u001b[31mred\" = 1\n", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(stderr.contains("`-- 未知的键“␛[31mred”\n"), "{stderr}");
    let (code, _, stderr) = check_catalog_toml("level = \"\\u001b[2J镇级别\"\n", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(
        stderr.contains("x town/catalog.toml 有误：level“␛[2J镇级别”不是规范 national 中的层级\n"),
        "{stderr}"
    );
}
