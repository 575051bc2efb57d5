//! The documentation tells the truth about the repository (issue 18, item 17): README.md and
//! docs/ link only inside it, to files that exist, and each JSON example in docs/contracts.md has
//! only fields the real output for the sample town has.

mod common;

use std::path::Path;

use common::svcat;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn documents() -> Vec<std::path::PathBuf> {
    let mut docs = vec![root().join("README.md")];
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            docs.push(path);
        }
    }
    docs.sort();
    docs
}

#[test]
fn documents_link_only_to_files_in_the_repository() {
    let link = regex::Regex::new(r"\]\(([^)#]+)(#[^)]*)?\)").unwrap();
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        assert!(
            !text.contains("../shared") && !text.contains("DESIGN.md"),
            "{} points outside the repository",
            doc.display()
        );
        for caps in link.captures_iter(&text) {
            let target = &caps[1];
            if target.starts_with("http://") || target.starts_with("https://") {
                continue;
            }
            let path = doc.parent().unwrap().join(target);
            assert!(path.exists(), "{}: {target} does not exist", doc.display());
            assert!(
                path.canonicalize().unwrap().starts_with(root()),
                "{}: {target} is outside the repository",
                doc.display()
            );
        }
    }
}

/// Every key of `example` (an object's keys, recursively; an array's first element against each
/// real element's union) is in `real`. "…" stands for what the example leaves out.
fn fields_exist(example: &Value, real: &Value, path: &str) {
    match (example, real) {
        (Value::Object(e), Value::Object(r)) => {
            for (key, value) in e {
                if key == "…" {
                    continue;
                }
                let real = r
                    .get(key)
                    .unwrap_or_else(|| panic!("{path}.{key} is not in the real output"));
                fields_exist(value, real, &format!("{path}.{key}"));
            }
        }
        (Value::Array(e), _) if e.is_empty() => {}
        (Value::Object(_), Value::Array(r)) | (Value::Array(_), Value::Array(r))
            if r.is_empty() =>
        {
            panic!("{path}: the real output has no element to compare with")
        }
        (Value::Array(e), Value::Array(r)) => {
            for element in e {
                // Some real element has every field the example's element has.
                let fits = r.iter().any(|real| {
                    std::panic::catch_unwind(|| fields_exist(element, real, path)).is_ok()
                });
                assert!(fits, "{path}: no real element has the example's fields");
            }
        }
        _ => {}
    }
}

fn run_json(args: &[&str]) -> Value {
    let out = svcat().current_dir(root()).args(args).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn contract_examples_show_real_fields() {
    let text = std::fs::read_to_string(root().join("docs/contracts.md")).unwrap();
    let blocks: Vec<Value> = text
        .split("```json\n")
        .skip(1)
        .map(|rest| {
            let block = &rest[..rest.find("```").unwrap()];
            serde_json::from_str(block).unwrap_or_else(|e| panic!("{e}:\n{block}"))
        })
        .collect();
    assert_eq!(blocks.len(), 4);
    for example in blocks {
        let real = match example["svcat"].as_str().unwrap() {
            "catalog/1" => run_json(&["import", "catalogs/sample-town"]),
            "report/1" => run_json(&["check", "catalogs/sample-town", "--format", "json"]),
            "diff/1" => run_json(&[
                "diff",
                "catalogs/sample-town-2023",
                "catalogs/sample-town",
                "--format",
                "json",
            ]),
            "district/1" => run_json(&["district", "catalogs/sample-district", "--format", "json"]),
            other => panic!("an example of {other}"),
        };
        assert_eq!(example["svcat"], real["svcat"]);
        fields_exist(&example, &real, "");
    }
}

/// The manual's rule reference is what `svcat rules --format markdown` prints today, so it never
/// drifts from the rules (issue 21, item 3). `SVCAT_UPDATE_GOLDEN=1` rewrites it.
#[test]
fn the_manual_explains_every_rule_as_the_rules_do() {
    const START: &str = "<!-- 规则说明开始：由 svcat rules --format markdown 生成，请勿手改 -->\n";
    const END: &str = "<!-- 规则说明结束 -->";
    let path = root().join("docs/使用手册.md");
    let manual = std::fs::read_to_string(&path).unwrap();
    let out = svcat()
        .args(["rules", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rules = String::from_utf8(out.stdout).unwrap();
    assert!(rules.contains("#### C001 承诺时限超过法定时限"), "{rules}");
    let start = manual.find(START).expect("start marker") + START.len();
    let end = manual.find(END).expect("end marker");
    if std::env::var_os("SVCAT_UPDATE_GOLDEN").is_some() {
        let updated = format!("{}{rules}{}", &manual[..start], &manual[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        manual[start..end] == rules,
        "docs/使用手册.md's rule reference is not what `svcat rules --format markdown` prints; \
         rewrite it with SVCAT_UPDATE_GOLDEN=1 cargo test --test docs"
    );
}

/// `svcat manual` writes the manual as one HTML page: every rule in it, nothing fetched, and it
/// refuses a name that is not .html.
#[test]
fn the_manual_is_one_self_contained_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("使用手册.html");
    let out = svcat()
        .args(["manual", "-o", page.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>svcat 使用手册</title>"));
    assert!(html.contains(r#"<h2 id="十一每条规则的说明">"#), "{html}");
    for id in ["S001", "M001", "C001", "U001", "L001"] {
        assert!(
            html.contains(&format!("<h4 id=\"{}", id.to_lowercase())),
            "{id}"
        );
    }
    for external in ["<script", "src=\"http", "<link", "@import"] {
        assert!(!html.contains(external), "{external}");
    }
    let refused = svcat()
        .args([
            "manual",
            "-o",
            dir.path().join("手册.pdf").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("扩展名不是 .html"));
}

#[test]
#[ignore = "needs chromium and poppler-utils; .ci/run installs them"]
fn the_manual_prints_on_a4() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("使用手册.html");
    let out = svcat()
        .args(["manual", "-o", page.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let pdf = dir.path().join("manual.pdf");
    let chromium = common::browser::chromium();
    common::browser::chromium_run(
        chromium,
        &page,
        &[
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
        ],
    );
    let pages = common::browser::pdf_pages(&pdf);
    assert!((10..=60).contains(&pages), "{pages} pages");
    let size = common::browser::poppler("pdfinfo", &[], &pdf, &[]);
    // A4 portrait: 595 x 842 points (Chromium rounds to 594.96 x 841.92).
    assert!(size.contains("594.96 x 841.92 pts (A4)"), "not A4: {size}");
    let text = common::browser::poppler("pdftotext", &[], &pdf, &["-"]);
    for seen in ["svcat 使用手册", "一、安装", "C001 承诺时限超过法定时限"] {
        assert!(text.contains(seen), "{seen} not printed");
    }
}
