//! A small harness: run the real binary on fixture files and read what it wrote.
#![allow(dead_code)]

pub mod browser;
pub mod fixture;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

pub fn svcat() -> Command {
    let mut cmd = Command::cargo_bin("svcat").expect("binary built");
    cmd.env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs `svcat import ARGS…` and returns (exit code, parsed stdout JSON, stderr).
pub fn import(args: &[&str]) -> (i32, Value, String) {
    let out = svcat().arg("import").args(args).output().expect("runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 stdout");
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// The item with this name, or a panic listing the names there are.
pub fn item<'a>(catalog: &'a Value, name: &str) -> &'a Value {
    let items = catalog["items"].as_array().expect("items array");
    items.iter().find(|i| i["name"] == name).unwrap_or_else(|| {
        let names: Vec<&str> = items.iter().filter_map(|i| i["name"].as_str()).collect();
        panic!("no item {name}; have {names:?}")
    })
}

pub fn material_names(item: &Value) -> Vec<String> {
    item["materials"]
        .as_array()
        .map(|m| {
            m.iter()
                .map(|m| m["name"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A JSON file svcat wrote.
pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The names of a canonical catalog's items, in order.
pub fn item_names(catalog: &Value) -> Vec<&str> {
    catalog["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["name"].as_str().expect("a name"))
        .collect()
}
