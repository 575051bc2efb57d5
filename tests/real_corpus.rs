//! svcat on real published catalogs (tests/real): every error and warning it reports is one the
//! reviewed labels know, every reviewed real problem is still found, and at least 95 % of what it
//! reports is real. A change that makes a new finding fails here until someone reviews it and adds
//! it to the catalog's labels.tsv (scripts/precision.py prints the same table and the differences).

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::svcat;
use serde_json::Value;

/// (rule, cell or "-", element or "-"): what a label and a finding are matched on.
type Key = (String, String, String);

struct Labels {
    file: String,
    /// Each reviewed finding and whether it is real.
    rows: Vec<(Key, bool)>,
}

fn labels(catalog: &str) -> Labels {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/real")
        .join(catalog)
        .join("labels.tsv");
    let text = std::fs::read_to_string(&path).expect("labels.tsv");
    let mut file = None;
    let mut rows = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("# file:") {
            file = Some(name.trim().to_string());
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 5, "{catalog}: short label line {line}");
        assert!(
            matches!(cols[3], "real" | "false"),
            "{catalog}: verdict {line}"
        );
        assert!(!cols[4].trim().is_empty(), "{catalog}: no reason: {line}");
        let key = (cols[0].into(), cols[1].into(), cols[2].into());
        rows.push((key, cols[3] == "real"));
    }
    Labels {
        file: file.expect("# file: line"),
        rows,
    }
}

/// The error and warning findings of `svcat check` on one corpus file.
fn findings(catalog: &str, file: &str) -> (Vec<Key>, Value) {
    let path = format!("tests/real/{catalog}/{file}");
    let out = svcat()
        .args(["check", &path, "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{catalog}: findings, exit 1");
    let report: Value = serde_json::from_slice(&out.stdout).expect("report JSON");
    let keys = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| {
            let s = |v: &Value| v.as_str().unwrap_or("-").to_string();
            (s(&f["rule"]), s(&f["cell"]), s(&f["element"]))
        })
        .collect();
    (keys, report)
}

fn counts(keys: impl IntoIterator<Item = Key>) -> BTreeMap<Key, usize> {
    let mut map = BTreeMap::new();
    for k in keys {
        *map.entry(k).or_default() += 1;
    }
    map
}

/// Checks one catalog against its labels; returns (real, false) among today's findings.
fn matches_review(catalog: &str) -> (usize, usize, Value) {
    let labels = labels(catalog);
    let (found, report) = findings(catalog, &labels.file);
    let found = counts(found);
    let reviewed = counts(labels.rows.iter().map(|(k, _)| k.clone()));
    let new: Vec<&Key> = found
        .iter()
        .filter(|(k, n)| reviewed.get(*k).copied().unwrap_or(0) < **n)
        .map(|(k, _)| k)
        .collect();
    assert!(
        new.is_empty(),
        "{catalog}: findings nobody reviewed: {new:?}"
    );
    let real = counts(
        labels
            .rows
            .iter()
            .filter(|(_, r)| *r)
            .map(|(k, _)| k.clone()),
    );
    let lost: Vec<&Key> = real
        .iter()
        .filter(|(k, n)| found.get(*k).copied().unwrap_or(0) < **n)
        .map(|(k, _)| k)
        .collect();
    assert!(
        lost.is_empty(),
        "{catalog}: reviewed real problems no longer found: {lost:?}"
    );
    let real = labels.rows.iter().filter(|(_, r)| *r).count();
    let false_ = labels.rows.len() - real;
    let precision = real as f64 / labels.rows.len().max(1) as f64;
    assert!(
        precision >= 0.95,
        "{catalog}: precision {precision:.3} ({real} real, {false_} false)"
    );
    (real, false_, report)
}

fn of<'a>(report: &'a Value, rule: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

#[test]
fn guangdong_province_implementation_list() {
    let (real, false_, report) = matches_review("guangdong-gdzwfw");
    assert_eq!((real, false_), (352, 15));
    assert_eq!(report["summary"]["items"], 2262);
    // The portal's limits (30(工作日)) are read: none is unreadable, and the promised-vs-legal
    // checks see them.
    assert!(of(&report, "F007").is_empty());
    // 31- and 33-character codes, Guangdong's own 事项类型 segments (21 公共服务, 20 其他行政权力):
    // only the three codes whose 统一社会信用代码 fails its check digit.
    assert!(of(&report, "F002").is_empty());
    let f003 = of(&report, "F003");
    assert_eq!(f003.len(), 3);
    assert!(f003.iter().all(|f| {
        f["message"]
            .as_str()
            .unwrap()
            .contains("13440000515356094L")
    }));
    // Codes carry the 基本编码 and 实施编码: never "empty".
    assert!(
        of(&report, "M001")
            .iter()
            .all(|f| f["element"] == "materials")
    );
    // Sub-items sharing a 31-character 实施编码 are not one name with several codes.
    assert!(of(&report, "X002").is_empty());
    // The portal's own columns are not taken for misspelt standard ones.
    assert!(of(&report, "S001").is_empty());
    // One office's number as both consultation and complaint line on 38 items is one finding,
    // with its count and the other 37 cells.
    let same = of(&report, "C007");
    let office = same
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("020-87351468"))
        .expect("the office's number");
    assert_eq!(office["cell"], "AJ1256");
    assert_eq!(office["count"], 38);
    let cells = office["same_cells"].as_array().unwrap();
    assert_eq!(cells.len(), 37);
    assert_eq!(cells[0], "AJ1257");
    // 12345 as both lines is the independent channel the rule asks for.
    assert!(
        same.iter()
            .all(|f| !f["message"].as_str().unwrap().contains("12345"))
    );
}

#[test]
fn sichuan_district_directory() {
    let (_, false_, report) = matches_review("sichuan-guangan-district-items");
    assert_eq!(false_, 0);
    // Hyphenated Sichuan codes are recognised: no code called malformed or empty.
    assert!(of(&report, "F003").is_empty());
    assert!(of(&report, "M001").is_empty());
    // A list of names, codes, types and departments is checked as a 目录, and says so once.
    let s009 = of(&report, "S009");
    assert_eq!(s009.len(), 1);
    assert!(
        s009[0]["message"]
            .as_str()
            .unwrap()
            .contains("事项目录（权责清单）")
    );
    let absent: Vec<&str> = of(&report, "S002")
        .iter()
        .map(|f| f["element"].as_str().unwrap())
        .collect();
    assert_eq!(absent, ["level", "legal_basis"]);
}

#[test]
fn hubei_province_list() {
    let (_, false_, report) = matches_review("hubei-province-list");
    assert_eq!(false_, 0);
    // Hotlines with menu keys, area codes with a space, offices in brackets are dialable; what
    // is left is 12 cells, 6 numbers (each reported once, with its other cells).
    let f008 = of(&report, "F008");
    assert_eq!(f008.len(), 6);
    let cells: u64 = f008.iter().map(|f| f["count"].as_u64().unwrap_or(1)).sum();
    assert_eq!(cells, 12);
    // A file named hubei_items names no department: none is made up.
    assert!(of(&report, "S010").is_empty());
    assert!(
        of(&report, "S002")
            .iter()
            .any(|f| f["element"] == "department")
    );
}

#[test]
fn liaoning_power_list() {
    let (_, false_, _) = matches_review("liaoning-province-powers-sample");
    assert_eq!(false_, 0);
}

#[test]
fn chongqing_names_list() {
    let (real, false_, report) = matches_review("chongqing-jiangbei-names");
    assert_eq!((real, false_), (25, 0));
    // A list of names alone is read (its header names one element, on the first row).
    assert_eq!(report["summary"]["items"], 5078);
}

#[test]
fn kind_can_be_forced() {
    // The Hubei list read as an 实施清单: every 实施清单 column it lacks is reported.
    let out = svcat()
        .args([
            "check",
            "tests/real/hubei-province-list/hubei_items.csv",
            "--kind",
            "实施清单",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(of(&report, "S009").is_empty());
    assert!(of(&report, "S002").len() > 10);
    // An unknown kind is a usage error that names the kinds there are.
    let out = svcat()
        .args([
            "check",
            "tests/real/hubei-province-list/hubei_items.csv",
            "--kind",
            "清单",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("清单类型“清单”不存在"), "{stderr}");
    assert!(stderr.contains("实施清单、目录"), "{stderr}");
}

#[test]
fn guide_declines_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = svcat()
        .args([
            "guide",
            "tests/real/sichuan-guangan-district-items/guangan_items.csv",
            "-o",
        ])
        .arg(dir.path().join("guide"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("输入是事项目录（权责清单）"), "{stderr}");
    assert!(!dir.path().join("guide").exists(), "nothing written");
}
