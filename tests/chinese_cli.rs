//! Chinese throughout (issue 18, item 12): the help pages, command-line mistakes, system errors
//! and the help each error kind gives, as staff read them. No clap English (`Usage:`, `Options:`,
//! `Print help`, `unexpected argument`), no `os error 2`, no internal codes (`svcat::usage`).

mod common;

use common::svcat;

/// (exit code, stdout, stderr)
fn run(args: &[&str]) -> (i32, String, String) {
    let out = svcat()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "possible values",
    "[default:",
    "[OPTIONS]",
    "<COMMAND>",
    "unexpected argument",
    "unrecognized subcommand",
    "invalid value",
    "tip:",
    "For more information",
    "os error",
    "svcat::",
];

fn no_english(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "“{word}” in:\n{text}");
    }
}

#[test]
fn help_pages_are_chinese() {
    let (code, stdout, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("\n用法：svcat [选项] <命令>\n\n命令：\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\n选项：\n  -q, --quiet    不显示进度条和摘要（错误仍会显示）\n  -h, --help     显示帮助\n  -V, --version  显示版本\n"), "{stdout}");
    no_english(&stdout);
    for command in [
        "check",
        "import",
        "diff",
        "stats",
        "guide",
        "export",
        "lists",
        "template",
        "fix",
        "rules",
        "schema",
        "completions",
        "manpage",
        "manual",
        "serve",
    ] {
        let (code, stdout, stderr) = run(&[command, "--help"]);
        assert_eq!(code, 0, "{command}: {stderr}");
        assert!(
            stdout.contains(&format!("用法：svcat {command} ")),
            "{stdout}"
        );
        no_english(&stdout);
    }
    // Possible and default values are said in Chinese beside the option.
    let (_, stdout, _) = run(&["check", "--help"]);
    assert!(
        stdout
            .contains("达到这一级别的问题使退出码为 1（可选：error、warning、info；默认：error）"),
        "{stdout}"
    );
    // A command that needs a subcommand shows its own help page, as a usage error.
    let (code, _, stderr) = run(&["schema"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("用法：svcat schema [选项] <命令>"),
        "{stderr}"
    );
    no_english(&stderr);
}

#[test]
fn command_line_mistakes_are_explained_in_chinese() {
    for (args, message, help) in [
        (
            &["check", "--bogus"][..],
            "x 不认识的选项或参数：--bogus",
            "help: 用法：svcat check [选项] <PATHS>...；查看说明：svcat check --help",
        ),
        (
            &["chek"][..],
            "x 不认识的命令：chek",
            "help: 是不是要写：schema、check；用法：svcat [选项] <命令>；查看说明：svcat --help",
        ),
        (
            &["check", "x", "--format", "xml"][..],
            "x --format <FORMAT> 的取值“xml”不对",
            "help: 可选：human、json、sarif；",
        ),
        (
            &["check"][..],
            "x 缺少必须写的参数：<PATHS>...",
            "help: 用法：svcat check <PATHS>...；查看说明：svcat check --help",
        ),
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(stdout, "");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(stderr.contains(help), "{args:?}: {stderr}");
        no_english(&stderr);
    }
}

#[test]
fn system_errors_and_each_error_kinds_help_are_chinese() {
    let dir = tempfile::tempdir().unwrap();
    // A directory where no file can be made (Linux's /proc): the system's reason in Chinese, and
    // no cause chain repeating it in English.
    let (code, _, stderr) = run(&["export", "catalogs/sample-town", "-o", "/proc/目录.xlsx"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("x 无法写入 /proc/目录.xlsx：文件或目录不存在"),
        "{stderr}"
    );
    no_english(&stderr);
    // A broken catalog JSON gets JSON advice, not "save it as xlsx in Excel".
    let json = dir.path().join("目录.json");
    std::fs::write(&json, "{\"svcat\": \"catalog/1\", \"items\": [").unwrap();
    let (code, _, stderr) = run(&["check", json.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("目录.json!第1行第33列：JSON 不完整：文件在中途结束"),
        "{stderr}"
    );
    assert!(
        stderr.contains("help: 目录 JSON 由 svcat import 生成"),
        "{stderr}"
    );
    assert!(!stderr.contains("另存为"), "{stderr}");
    no_english(&stderr);
    // So does a broken baseline: its own advice, no serde English.
    let baseline = dir.path().join("基线.json");
    std::fs::write(&baseline, "not json").unwrap();
    let (code, _, stderr) = run(&[
        "check",
        "catalogs/sample-town",
        "--baseline",
        baseline.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("基线.json!第1行第2列：基线文件不是有效的 JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "help: 基线文件由 svcat check --write-baseline 生成；请重新生成，不要手工修改"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("expected"), "{stderr}");
    no_english(&stderr);
}
