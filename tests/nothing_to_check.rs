//! Nothing to check is never a green run (issue 18, item 1): inputs that give not one item — an
//! empty directory, a file that is no catalog, the catalog's own settings file, a table with a
//! header and no rows — end every command that reads a catalog with exit 2, a message saying
//! what was found instead, and no output written.

mod common;

use std::path::Path;

use common::svcat;

/// Runs svcat in `dir` and returns (exit code, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = svcat()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("svcat runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stderr).expect("utf-8 stderr"),
    )
}

/// The one-line message after `x ` in miette's piped output.
fn message(stderr: &str) -> &str {
    stderr
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("x "))
        .unwrap_or_else(|| panic!("no error message in: {stderr}"))
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("空目录")).expect("mkdir");
    std::fs::write(dir.path().join("说明.md"), "# 说明\n\n这不是事项表。\n").expect("write");
    std::fs::write(
        dir.path().join("只有表头.csv"),
        "事项名称,事项编码,事项类型,实施主体\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("catalog.toml"), "schema = \"township\"\n").expect("write");
    dir
}

#[test]
fn check_says_what_it_found_instead_of_items() {
    let dir = workspace();
    for (input, said) in [
        ("空目录", "没有读到任何事项：目录 空目录 中没有表格文件"),
        (
            "说明.md",
            "没有读到任何事项：说明.md：前 30 行中找不到表头，不像事项表格",
        ),
        (
            "catalog.toml",
            "没有读到任何事项：catalog.toml 是目录的设置文件，不是事项表格（要检查的是它所在的目录）",
        ),
        (
            "只有表头.csv",
            "没有读到任何事项：只有表头.csv：有表头，但表头下没有事项行",
        ),
    ] {
        let (code, stderr) = run(dir.path(), &["check", input]);
        assert_eq!(code, 2, "check {input}: {stderr}");
        assert_eq!(message(&stderr), said, "check {input}");
        assert!(!stderr.contains("没有发现问题"), "{stderr}");
    }
    // The same through the held check (--annotate), which writes no workbook.
    let (code, stderr) = run(dir.path(), &["check", "空目录", "--annotate", "标注.xlsx"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!dir.path().join("标注.xlsx").exists());
}

#[test]
fn every_command_that_reads_a_catalog_refuses_and_writes_nothing() {
    let dir = workspace();
    let cases: [(&[&str], &str); 7] = [
        (&["export", "空目录", "-o", "目录.xlsx"], "目录.xlsx"),
        (&["stats", "空目录", "-o", "统计.html"], "统计.html"),
        (&["lists", "空目录", "-o", "清单"], "清单"),
        (&["guide", "空目录", "-o", "指南"], "指南"),
        (&["import", "空目录", "-o", "目录.json"], "目录.json"),
        (&["fix", "空目录", "-o", "修正"], "修正"),
        (&["check", "空目录", "--format", "json"], ""),
    ];
    for (args, output) in cases {
        let (code, stderr) = run(dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert_eq!(
            message(&stderr),
            "没有读到任何事项：目录 空目录 中没有表格文件",
            "{args:?}"
        );
        if !output.is_empty() {
            assert!(!dir.path().join(output).exists(), "{args:?} wrote {output}");
        }
    }
}

/// A catalog with items is unaffected: the sample town still checks (with findings, exit 1).
#[test]
fn a_catalog_with_items_still_checks() {
    let (code, _) = run(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["check", "catalogs/sample-town", "--format", "json"],
    );
    assert_eq!(code, 1);
}
