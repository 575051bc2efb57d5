//! `svcat schema show` and `svcat schema check`.

mod common;

use common::svcat;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = svcat().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn show_lists_every_element_with_aliases_and_codes() {
    let (code, out, _) = run(&["schema", "show"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("国家政务服务事项实施清单要素（national） 版本 2022\n"),
        "{out}"
    );
    assert!(
        out.contains("  legal_limit          法定办结时限  [time_limit]  必填：general\n"),
        "{out}"
    );
    assert!(out.contains("别名：法定时限、法定期限"), "{out}");
    assert!(out.contains("01 行政许可、02 行政处罚"), "{out}");
    assert!(out.contains("5 镇（乡、街道）级"), "{out}");
}

#[test]
fn show_township_profile_and_its_toml() {
    let (code, out, _) = run(&["schema", "show", "township"]);
    assert_eq!(code, 0);
    assert!(out.contains("目录层级：镇（乡、街道）级"), "{out}");
    let (code, toml, _) = run(&["schema", "show", "township", "--format", "toml"]);
    assert_eq!(code, 0);
    assert!(toml.contains("extends = \"national\""));
}

#[test]
fn check_accepts_a_valid_profile() {
    let (code, out, err) = run(&["schema", "check", "tests/fixtures/schemas/province.toml"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("名称 province-x"), "{out}");
}

#[test]
fn check_points_at_the_toml_line() {
    let (code, _, err) = run(&["schema", "check", "tests/fixtures/schemas/bad-type.toml"]);
    assert_eq!(code, 1);
    assert!(err.contains("要素 prohibitions 的类型“txet”无效"), "{err}");
    assert!(
        err.contains("[tests/fixtures/schemas/bad-type.toml:7:8]"),
        "{err}"
    );
    assert!(err.contains("可用的类型：text"), "{err}");

    let (code, _, err) = run(&["schema", "check", "tests/fixtures/schemas/bad-syntax.toml"]);
    assert_eq!(code, 1);
    assert!(err.contains("bad-syntax.toml:6:"), "{err}");

    let (code, _, err) = run(&["schema", "check", "tests/fixtures/schemas/bad-group.toml"]);
    assert_eq!(code, 1);
    assert!(err.contains("“genral”不是已定义的事项类型分组"), "{err}");
}

#[test]
fn a_user_schema_maps_its_own_headers() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("x.csv");
    std::fs::write(
        &csv,
        "事项名称,事项编码,禁止性要求\n乡村建设规划许可证核发,370501050000,不得占用基本农田\n",
    )
    .unwrap();
    let out = svcat()
        .args(["import", "--schema", "tests/fixtures/schemas/province.toml"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(out.status.success());
    let catalog: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(catalog["meta"]["schema"], "province-x");
    assert_eq!(catalog["items"][0]["prohibitions"], "不得占用基本农田");
}

#[test]
fn unknown_schema_name_is_explained() {
    let (code, _, err) = run(&[
        "import",
        "--schema",
        "nosuch",
        "tests/fixtures/ingest/utf16.tsv",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("找不到规范“nosuch”"), "{err}");
    assert!(err.contains("内置规范有：national、township"), "{err}");
}

/// Time-limit notation and code forms are schema data: a profile adds a unit word, a word for "on
/// the spot", a code form and a region's 事项类型 table, and they are read and checked that way.
#[test]
fn a_profile_adds_limit_words_and_code_forms() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("local.toml");
    std::fs::write(
        &schema,
        r#"name = "local"
extends = "national"

[[time_units]]
words = ["工作天"]
unit = "工作日"

[time_limits]
immediate = ["马上办"]

[[code_forms]]
name = "本地编码"
pattern = '^QS-(?P<basic_code>[0-9]{12})-(?P<sub_item>[0-9]{2})$'

[[kind_segments]]
region = "37"
title = "本地事项类型代码"
codes = { "21" = "公共服务" }
"#,
    )
    .unwrap();
    let csv = dir.path().join("x.csv");
    std::fs::write(
        &csv,
        "事项编码,事项名称,事项类型,法定办结时限,承诺办结时限\n\
         QS-372101001000-01,殡葬咨询,公共服务,5工作天,马上办\n\
         QS-370501002000-01,临时救助,公共服务,10个工作日,5工作天\n",
    )
    .unwrap();
    let out = svcat()
        .args(["import", "--schema"])
        .arg(&schema)
        .arg(&csv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let catalog: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &catalog["items"][0];
    assert_eq!(
        first["legal_limit"],
        serde_json::json!({"value": 5, "unit": "工作日"})
    );
    assert_eq!(
        first["promised_limit"],
        serde_json::json!({"value": 0, "unit": "即办"})
    );
    // The local form's 基本编码 is checked against the region's own table: 21 is 公共服务 in
    // region 37 here; the second item's segment 05 (行政给付) is not.
    let out = svcat()
        .args(["check", "--format", "json", "--schema"])
        .arg(&schema)
        .arg(&csv)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f002: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "F002" || f["rule"] == "F003")
        .collect();
    assert_eq!(f002.len(), 1, "{f002:#?}");
    assert_eq!(f002[0]["cell"], "A3");
    // A unit that is neither 工作日 nor 自然日 is a schema error (schema check's exit 1: the
    // schema it checks has a problem).
    std::fs::write(
        &schema,
        "name = \"local\"\nextends = \"national\"\n[[time_units]]\nwords = [\"工作周\"]\nunit = \"周\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run(&["schema", "check", schema.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("时限单位“周”无效"), "{stderr}");
}
