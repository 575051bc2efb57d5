//! One computation for each figure (issue 18, item 11): the exported workbook's 汇总 and `svcat
//! stats` give every department the same 要素完整度 and the same 即办件 count, since both ask
//! `Catalog::requires`/`answers` (M001's definition of what an item must have) and the five
//! handling types of `core::handling`.

mod common;

use std::collections::BTreeMap;

use calamine::{Data, DataType, Reader, open_workbook_auto};
use common::svcat;
use serde_json::Value;

const SAMPLE: &str = "catalogs/sample-town";

/// The 汇总 sheet's rows, the index of its department table's header, and a column of it by name.
fn summary_table(xlsx: &std::path::Path) -> (Vec<Vec<Data>>, usize) {
    let mut book = open_workbook_auto(xlsx).unwrap();
    let summary = book.worksheet_range("汇总").unwrap();
    let rows: Vec<Vec<Data>> = summary.rows().map(<[Data]>::to_vec).collect();
    let header = rows
        .iter()
        .position(|r| {
            r.iter()
                .any(|c| *c == Data::String("必填要素完整率".to_string()))
        })
        .expect("the department table's header");
    (rows, header)
}

fn column(rows: &[Vec<Data>], header: usize, name: &str) -> usize {
    rows[header]
        .iter()
        .position(|c| *c == Data::String(name.to_string()))
        .unwrap_or_else(|| panic!("no {name} column in {:?}", rows[header]))
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[test]
fn export_summary_and_stats_agree() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("目录.xlsx");
    let out = svcat()
        .args(["-q", "export", SAMPLE, "-o"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(out.status.success());
    let all: Value = serde_json::from_slice(
        &svcat()
            .args(["stats", SAMPLE, "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let by_department: BTreeMap<String, &Value> = all["departments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["department"].as_str().unwrap().to_string(), d))
        .collect();

    let (rows, header) = summary_table(&xlsx);
    let (rate, immediate) = (
        column(&rows, header, "必填要素完整率"),
        column(&rows, header, "即办件"),
    );
    let mut compared = 0;
    for row in &rows[header + 1..] {
        let department = row[0].to_string();
        if department.is_empty() {
            break;
        }
        let Some(stats) = by_department.get(&department) else {
            assert_eq!(
                department, "合计",
                "{department} is in 汇总 but not in stats"
            );
            assert_eq!(
                round4(row[rate].as_f64().unwrap()),
                all["total"]["completeness"].as_f64().unwrap(),
                "合计"
            );
            continue;
        };
        assert_eq!(
            round4(row[rate].as_f64().unwrap()),
            stats["completeness"].as_f64().unwrap(),
            "{department}: 要素完整度"
        );
        let share = stats["immediate_share"].as_f64().unwrap();
        let items = stats["items"].as_f64().unwrap();
        assert_eq!(
            row[immediate].as_f64().unwrap(),
            (share * items).round(),
            "{department}: 即办件"
        );
        compared += 1;
    }
    assert_eq!(compared, by_department.len(), "every department compared");
}

/// A placeholder (无 for 是否收费 and for 到办事现场次数) answers nothing in either: stats and the 汇总
/// count it the way M001 does, and give the same rate.
#[test]
fn a_placeholder_counts_alike_in_both() {
    use common::fixture::Fixture;
    let dir = Fixture::items([
        Fixture::item_no(1)
            .set("是否收费", "无")
            .set("到办事现场次数", "无"),
        Fixture::item_no(2),
    ])
    .csv();
    let outputs = tempfile::tempdir().unwrap();
    let xlsx = outputs.path().join("目录.xlsx");
    let out = svcat()
        .args(["-q", "export"])
        .arg(dir.path())
        .arg("-o")
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all: Value = serde_json::from_slice(
        &svcat()
            .args(["stats", "--format", "json"])
            .arg(dir.path())
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let (rows, header) = summary_table(&xlsx);
    let rate = column(&rows, header, "必填要素完整率");
    let total = rows[header + 1..]
        .iter()
        .find(|r| r[0] == Data::String("合计".to_string()))
        .unwrap();
    let from_stats = all["total"]["completeness"].as_f64().unwrap();
    assert!(from_stats < 1.0, "the 无 is not an answer: {from_stats}");
    assert_eq!(round4(total[rate].as_f64().unwrap()), from_stats);
}
