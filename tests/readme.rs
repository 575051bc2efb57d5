//! Every command README.md and the staff manual (docs/使用手册.md) show runs as written on a
//! fresh clone (issue 18, item 17): the quick start's check and each line of the tour, from a copy
//! of the repository's catalogs and examples in a git repository of their own (the tour's
//! `diff --git HEAD`). Each must finish with 0 or 1 (findings), never 2 (an error: a file that
//! does not exist, an option that does not). `svcat serve` is left out: it runs until stopped
//! (tests/serve.rs starts it).

mod common;

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The commands of a document's ```sh blocks that run svcat (`svcat …`, and the quick start's
/// `cargo run --release -- …` as `svcat …`), without their comments, as argument lists.
fn commands_in(document: &str) -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(root().join(document)).unwrap();
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line == "```sh" && !in_sh;
            continue;
        }
        if !in_sh {
            continue;
        }
        let line = line.split("  #").next().unwrap().trim();
        let rest = if let Some(rest) = line.strip_prefix("cargo run --release -- ") {
            rest
        } else if let Some(rest) = line.strip_prefix("svcat ") {
            rest
        } else {
            continue;
        };
        if rest.starts_with("serve") {
            continue;
        }
        commands.push(rest.split_whitespace().map(str::to_string).collect());
    }
    commands
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=svcat",
            "-c",
            "user.email=svcat@example.invalid",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {status:?}");
}

#[test]
fn every_readme_command_runs_as_written() {
    let mut commands = commands_in("README.md");
    assert!(commands.len() >= 25, "{} commands found", commands.len());
    let manual = commands_in("docs/使用手册.md");
    assert!(
        manual.len() >= 10,
        "{} commands found in the manual",
        manual.len()
    );
    commands.extend(manual);
    let clone = tempfile::tempdir().unwrap();
    for dir in ["catalogs", "examples"] {
        copy_dir(&root().join(dir), &clone.path().join(dir));
    }
    git(clone.path(), &["init", "-q"]);
    git(clone.path(), &["add", "."]);
    git(clone.path(), &["commit", "-q", "-m", "catalogs"]);
    for args in &commands {
        let out = common::svcat()
            .current_dir(clone.path())
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "svcat {}: exit {code:?}\n{stderr}",
            args.join(" ")
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // What the tour says it writes is there.
    for written in [
        "c.json",
        "out.sarif",
        "base.json",
        "问题标注.xlsx",
        "fixed",
        "stats.html",
        "目录.xlsx",
        "目录.csv",
        "公示清单",
        "民政办填报模板.xlsx",
        "guide/index.html",
        "guide-md",
        "使用手册.html",
        "新旧对照表.xlsx",
        "区县汇总.json",
        "区县汇总/index.html",
        // The manual's.
        "检查结果.txt",
        "修正后",
        "清单",
        "办事指南/index.html",
        "改革指标.html",
        "汇总/汇总.xlsx",
    ] {
        assert!(clone.path().join(written).exists(), "{written}");
    }
}
