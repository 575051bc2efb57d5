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
        docs.push(entry.unwrap().path());
    }
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
