//! `-o`'s extension chooses the format where the command can write it, else the command refuses
//! (issue 18, item 8): `check -o 报告.xlsx` no longer puts plain text into a file named .xlsx.

mod common;

use std::path::Path;

use common::svcat;

const SAMPLE: &str = "catalogs/sample-town";
const REVISION: &str = "catalogs/sample-town-2023";

/// Runs svcat from the repository root; returns (exit code, stderr).
fn run(args: &[&str]) -> (i32, String) {
    let output = svcat()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("svcat runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stderr).expect("utf-8"),
    )
}

fn head(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("written");
    text.lines().next().unwrap_or_default().to_string()
}

#[test]
fn the_extension_chooses_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).display().to_string();
    for (args, file, first_line) in [
        (vec!["check", SAMPLE, "-o"], "报告.json", "{"),
        (vec!["check", SAMPLE, "-o"], "报告.sarif", "{"),
        (
            vec!["check", SAMPLE, "-o"],
            "报告.txt",
            "━━ 01民政办.xlsx › 实施清单 ━━",
        ),
        (vec!["stats", SAMPLE, "-o"], "统计.html", "<!DOCTYPE html>"),
        (vec!["stats", SAMPLE, "-o"], "统计.json", "{"),
        (
            vec!["diff", REVISION, SAMPLE, "-o"],
            "变化.md",
            "### 事项目录变更",
        ),
        (vec!["diff", REVISION, SAMPLE, "-o"], "变化.json", "{"),
    ] {
        let path = out(file);
        let mut args = args.clone();
        args.push(&path);
        let (code, stderr) = run(&args);
        assert!(code == 0 || code == 1, "{args:?}: {stderr}");
        assert_eq!(head(Path::new(&path)), first_line, "{args:?}");
    }
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out("报告.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out("报告.json")).unwrap()).unwrap();
    assert_eq!(report["svcat"], "report/1");
}

#[test]
fn a_format_the_command_cannot_write_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    for (args, file, message) in [
        (
            vec!["check", SAMPLE, "-o"],
            "报告.xlsx",
            "svcat check 不能写出 .xlsx 文件",
        ),
        (
            vec!["stats", SAMPLE, "-o"],
            "统计.xlsx",
            "svcat stats 不能写出 .xlsx 文件",
        ),
        (
            vec!["diff", REVISION, SAMPLE, "-o"],
            "对照.ods",
            "svcat diff 不能写出 .ods 文件",
        ),
        (
            vec!["check", SAMPLE, "--format", "human", "-o"],
            "报告.json",
            "的扩展名 .json 是 json 格式，与 --format human 不一致",
        ),
    ] {
        let path = dir.path().join(file).display().to_string();
        let mut args = args.clone();
        args.push(&path);
        let (code, stderr) = run(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!Path::new(&path).exists(), "{args:?} wrote {path}");
    }
    // The refusal says what the command can write, and where the workbook is.
    let (_, stderr) = run(&["check", SAMPLE, "-o", "x.xlsx"]);
    assert!(
        stderr.contains("svcat check 的 -o 可以写：.sarif.json（sarif）、.sarif（sarif）、.json（json）、.txt（human）；标注了问题的工作簿用 --annotate 问题标注.xlsx 写出"),
        "{stderr}"
    );
}

/// An extension that names no document format leaves the choice to --format (human by default).
#[test]
fn other_extensions_keep_the_format_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("check.log").display().to_string();
    let (code, _) = run(&["check", SAMPLE, "--format", "json", "-o", &log]);
    assert_eq!(code, 1);
    assert_eq!(head(Path::new(&log)), "{");
    let (code, _) = run(&["check", SAMPLE, "-o", &log]);
    assert_eq!(code, 1);
    assert_eq!(head(Path::new(&log)), "━━ 01民政办.xlsx › 实施清单 ━━");
}
