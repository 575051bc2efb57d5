//! `svcat stats`: reform indicators in three formats.

mod common;

use common::svcat;
use serde_json::{Value, json};

fn stats_json() -> Value {
    let out = svcat()
        .args(["stats", "catalogs/sample-town", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn totals_match_the_sample_catalog() {
    let stats = stats_json();
    assert_eq!(stats["svcat"], "stats/1");
    let total = &stats["total"];
    assert_eq!(total["items"], 108);
    assert_eq!(total["by_kind"]["行政给付"], 32);
    assert_eq!(total["by_kind"]["公共服务"], 48);
    // 34 of 108 items are 即办件.
    assert_eq!(total["immediate_share"], json!(0.3148));
    assert_eq!(
        total["findings"],
        json!({"errors": 24, "warnings": 15, "infos": 36})
    );
    let departments = stats["departments"].as_array().unwrap();
    let items: u64 = departments
        .iter()
        .map(|d| d["items"].as_u64().unwrap())
        .sum();
    assert_eq!(items, 108, "departments add up to the total");
    let justice = departments
        .iter()
        .find(|d| d["department"] == "司法所")
        .unwrap();
    assert_eq!(justice["items"], 12);
    assert_eq!(justice["immediate_share"], json!(0.5));
    assert_eq!(justice["at_most_one_visit_share"], json!(1.0));
}

#[test]
fn human_table_and_html_page() {
    let out = svcat()
        .args(["stats", "catalogs/sample-town"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("青石镇 2022-06 改革指标\n"), "{text}");
    assert!(
        text.contains("合计                    108     31.5%"),
        "{text}"
    );

    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("stats.html");
    svcat()
        .args(["stats", "catalogs/sample-town", "--format", "html", "-o"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>青石镇政务服务事项改革指标（2022-06）</title>"));
    assert_eq!(html.matches("<svg ").count(), 6, "one chart per indicator");
    assert!(!html.contains("<script"), "no scripts");
    assert!(
        !html.contains("http://") || !html.contains("src=\"http"),
        "no external resources"
    );
    assert!(!html.contains(" src="), "nothing loaded from elsewhere");
}

/// The stats page prints on A4 landscape (issue 18, item 14): Chromium's PDF has A4 landscape
/// pages, and every column heading prints whole on one line, not broken character by character.
#[test]
#[ignore = "needs Chromium (chromium, fonts-noto-cjk) and poppler-utils (pdftotext, pdfinfo); .ci/run installs them"]
fn stats_page_prints_on_a4_with_whole_headings() {
    let chromium = common::browser::chromium();
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("统计.html");
    let out = common::svcat()
        .args(["stats", "catalogs/sample-town", "-o"])
        .arg(&html)
        .output()
        .unwrap();
    assert!(out.status.success());
    let pdf = dir.path().join("统计.pdf");
    common::browser::chromium_run(
        chromium,
        &html,
        &[
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
        ],
    );
    let info = common::browser::poppler("pdfinfo", &[], &pdf, &[]);
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap()
        .trim()
        .to_string();
    // A4 landscape: 842 x 595 points (Chromium rounds to 841.92 x 594.96).
    assert!(
        size.starts_with("841.9") && size.contains(" x 59"),
        "{size}"
    );
    let text = common::browser::poppler("pdftotext", &["-layout"], &pdf, &["-"]);
    let header = text
        .lines()
        .find(|l| l.contains("部门"))
        .unwrap_or_else(|| panic!("no heading row in:\n{text}"));
    for heading in ["即办件占比", "承诺件压缩率", "最多跑一次", "要素完整度"] {
        assert!(header.contains(heading), "{heading} broken in: {header}");
    }
}

/// 联办件 and 上报件 promise a limit as 承诺件 do (one definition for lists, stats and guides):
/// their cut counts in the compression, and none of them is a 即办件.
#[test]
fn joint_and_reported_items_count_as_promising_a_limit() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("民政办.csv");
    std::fs::write(
        &input,
        "事项名称,事项编码,实施部门,事项类型,法定办结时限,承诺办结时限,办件类型\n\
         居民身份证明开具,000505001000,民政办,行政给付,即办,即办,即办件\n\
         临时救助审核,000505002000,民政办,行政给付,20个工作日,10个工作日,承诺件\n\
         残疾人两项补贴审核,000505003000,民政办,行政给付,20个工作日,15个工作日,联办件\n\
         特困人员供养审核,000505004000,民政办,行政给付,30个工作日,10个工作日,上报件\n",
    )
    .unwrap();
    let out = svcat()
        .args(["stats", input.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["total"]["immediate_share"], json!(0.25));
    // (1 − 10/20 + 1 − 15/20 + 1 − 10/30) / 3; 承诺件 alone would give 0.5.
    assert_eq!(stats["total"]["promise_compression"], json!(0.4722));
}
