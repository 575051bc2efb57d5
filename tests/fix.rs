//! `svcat fix`: only safe fixes, into a copy; the input never changes.

mod common;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::Value;

fn rules_in(report: &Value) -> Vec<String> {
    let mut rules: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

fn digest(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn fixes_safe_cells_in_a_copy_and_lists_them() {
    let before = digest("catalogs/sample-town");
    let out = tempfile::tempdir().unwrap();
    let fixed = out.path().join("fixed");
    let result = svcat()
        .args(["fix", "catalogs/sample-town", "-o"])
        .arg(&fixed)
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(0));
    assert_eq!(
        digest("catalogs/sample-town"),
        before,
        "the input is never modified"
    );
    let listed = String::from_utf8(result.stdout).unwrap();
    assert_eq!(
        listed,
        "01民政办.xlsx!实施清单!H11  行使层级：镇级 → 镇（乡、街道）级  [F011]\n\
         01民政办.xlsx!实施清单!H18  行使层级：镇级 → 镇（乡、街道）级  [F011]\n\
         02社会保障服务中心.csv!D9  事项类别：07 → 行政确认  [F011]\n\
         02社会保障服务中心.csv!B13  事项编码：12370112mB2850172B5372012012000 → 12370112MB2850172B5372012012000  [F005]\n\
         03卫生健康办.ods!卫生健康办!M2  表头：受理条见 → 受理条件  [S001]\n\
         03卫生健康办.ods!卫生健康办!R10  承诺期限：十五个工作日 → 15个工作日  [F012]\n\
         04残疾人联合会.xls!Sheet1!D5  类型：5 → 行政给付  [F011]\n\
         04残疾人联合会.xls!Sheet1!D6  类型：5 → 行政给付  [F011]\n\
         05综合.xlsx!退役军人服务站!M9  法定办结时限：２０个工作日 → 20个工作日  [F009]\n"
    );
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(
        stderr
            .contains("已修正 9 个单元格（F005 1 处，F009 1 处，F011 5 处，F012 1 处，S001 1 处）"),
        "{stderr}"
    );

    let names: Vec<String> = digest(fixed.to_str().unwrap())
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        [
            "01民政办.xlsx",
            "02社会保障服务中心.csv",
            "03卫生健康办.xlsx",
            "04残疾人联合会.xlsx",
            "05综合.xlsx",
            "catalog.toml"
        ]
    );
    // The CSV copy is UTF-8 with a BOM now (it was GBK).
    let csv = std::fs::read(fixed.join("02社会保障服务中心.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    assert!(
        String::from_utf8(csv)
            .unwrap()
            .contains("12370112MB2850172B5372012012000")
    );

    // Checked again, the fixed findings are gone and nothing else changed.
    let check = |path: &std::path::Path| -> Value {
        let out = svcat()
            .arg("check")
            .arg(path)
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let original = check(std::path::Path::new("catalogs/sample-town"));
    let after = check(&fixed);
    assert_eq!(after["summary"]["items"], 108);
    for gone in ["F005", "F009", "F011", "F012", "S001", "S004"] {
        assert!(rules_in(&original).contains(&gone.to_string()));
        assert!(
            !rules_in(&after).contains(&gone.to_string()),
            "{gone} fixed"
        );
    }
    // 受理条见 renamed: the ods sheet has its 受理条件 column again.
    assert_eq!(original["summary"]["errors"], 24);
    assert_eq!(after["summary"]["errors"], 22);
}

#[test]
fn json_output_holds_the_fixed_catalog() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("fixed.json");
    svcat()
        .args(["fix", "catalogs/sample-town", "-q", "-o"])
        .arg(&target)
        .assert()
        .success();
    let catalog: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    let item = catalog["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "城乡居民医疗保险参保信息变更")
        .unwrap();
    assert_eq!(item["code"], "12370112MB2850172B5372012012000");
}

#[test]
fn refuses_to_write_into_the_input() {
    let out = svcat()
        .args(["fix", "catalogs/sample-town", "-o", "catalogs/sample-town"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不会覆盖输入文件"));
}
