//! Command-line conventions: shell completions and the man page generated from the same
//! definitions as `--help`, and `-` for standard input and output.

mod common;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::Value;

const SAMPLE: &str = "catalogs/sample-town";
const CSV: &str = "catalogs/sample-town/02社会保障服务中心.csv";

/// Every command a user can type, as the completions must offer them.
const COMMANDS: &[&str] = &[
    "import",
    "check",
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
];

#[test]
fn completions_for_every_shell_offer_every_command() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = svcat().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in COMMANDS {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        // Options too, from the same definitions.
        assert!(script.contains("fail-on"), "{shell}");
        assert!(out.stderr.is_empty(), "{shell}");
    }
    // zsh and fish show the Chinese help beside each command.
    let out = svcat().args(["completions", "fish"]).output().unwrap();
    let fish = String::from_utf8(out.stdout).unwrap();
    assert!(fish.contains("检查目录：要素缺失、颗粒度、一致性，指出到单元格"));
    let out = svcat().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_man_page_says_what_help_says_in_chinese() {
    let out = svcat().arg("manpage").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "roff: {page}");
    assert!(page.contains(".TH svcat 1"), "{page}");
    assert!(page.contains("政务服务事项目录标准化工具：读取、检查、导出、生成办事指南、比对修订"));
    // Each command's description, under its own page's name.
    assert!(page.contains("svcat\\-check(1)\n检查目录：要素缺失、颗粒度、一致性，指出到单元格"));
    assert!(page.contains("不显示进度条和摘要（错误仍会显示）"));
    // A command's own page: its options' Chinese help, and the global ones.
    let out = svcat().args(["manpage", "diff"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH svcat-diff 1"), "{page}");
    assert!(page.contains("出现这类变化时退出码为 1"), "{page}");
    assert!(page.contains("不显示进度条和摘要"), "{page}");
    // `manpage` is for packagers: not in the command list staff read.
    let help = svcat().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("completions"), "{help}");
    assert!(!help.contains("  manpage "), "{help}");
    // -o writes the file; an unknown command is a usage error naming the commands.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("svcat.1");
    let out = svcat().args(["manpage", "-o"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(".TH svcat 1")
    );
    let out = svcat().args(["manpage", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("没有名为“nope”的命令"));
}

/// The JSON report with the file's name replaced, for comparing a file read from standard input
/// with the same file read by name.
fn report(args: &[&str], stdin: Option<&[u8]>, name: &str) -> (i32, Value) {
    let mut command = svcat();
    command.args(args).args(["--format", "json"]);
    if let Some(bytes) = stdin {
        command.write_stdin(bytes.to_vec());
    }
    let out = command.output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap().replace(name, "FILE");
    (
        out.status.code().unwrap(),
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")),
    )
}

#[test]
fn a_file_piped_in_is_checked_as_the_same_file_named() {
    // Copies with no catalog.toml beside them: the settings are the same either way.
    let dir = tempfile::tempdir().unwrap();
    for file in [
        "02社会保障服务中心.csv",
        "01民政办.xlsx",
        "03卫生健康办.ods",
        "04残疾人联合会.xls",
    ] {
        let path = dir.path().join(file);
        std::fs::copy(format!("{SAMPLE}/{file}"), &path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let path = path.to_str().unwrap();
        let (named_code, named) = report(&["check", path], None, path);
        let (piped_code, piped) = report(&["check", "-"], Some(&bytes), "<标准输入>");
        assert_eq!(piped_code, named_code, "{file}");
        assert_eq!(piped, named, "{file}");
        assert!(named["summary"]["errors"].as_u64().unwrap() > 0, "{file}");
    }
    // The human report names it <标准输入>.
    let mut child = svcat()
        .args(["check", "-"])
        .write_stdin(std::fs::read(CSV).unwrap())
        .output()
        .unwrap();
    assert_eq!(child.status.code(), Some(1));
    let text = String::from_utf8(std::mem::take(&mut child.stdout)).unwrap();
    assert!(text.contains("[<标准输入>!"), "{text}");
    // A canonical JSON catalog piped in, recognised by its first byte.
    let json = svcat().args(["import", CSV]).output().unwrap().stdout;
    let (code, from_json) = report(&["check", "-"], Some(&json), "<标准输入>");
    assert_eq!(code, 1);
    assert_eq!(from_json["summary"]["items"], 12);
}

#[test]
fn nothing_piped_in_is_an_error() {
    let out = svcat()
        .args(["check", "-"])
        .write_stdin(Vec::new())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("标准输入是空的"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn dash_as_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = svcat()
        .current_dir(dir.path())
        .args(["check"])
        .arg(std::fs::canonicalize(SAMPLE).unwrap())
        .args(["--format", "json", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["svcat"], "report/1");
    // Nothing named "-" was written.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // A workbook to a pipe is the workbook.
    let out = svcat()
        .current_dir(dir.path())
        .args(["export"])
        .arg(std::fs::canonicalize(SAMPLE).unwrap())
        .args(["--to", "xlsx", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK\x03\x04"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // A directory output cannot be standard output.
    let out = svcat()
        .current_dir(dir.path())
        .args(["lists"])
        .arg(std::fs::canonicalize(SAMPLE).unwrap())
        .args(["-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("这个输出不能写到标准输出（-）"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// A workbook is never written to a terminal (a zip archive there is noise and can upset it);
/// `script` (util-linux) gives the command a terminal as its standard output.
#[test]
fn a_workbook_to_a_terminal_is_refused() {
    let bin = assert_cmd::cargo::cargo_bin("svcat");
    let bin = bin.to_str().unwrap();
    for (command, message) in [
        (
            format!("{bin} diff {SAMPLE} catalogs/sample-town-2023 --format xlsx"),
            "新旧对照表是 xlsx 文件，不能写到终端",
        ),
        (
            format!("{bin} export {SAMPLE} --to xlsx -o -"),
            "xlsx 是二进制文件，不能写到终端（-o -）",
        ),
    ] {
        let out = std::process::Command::new("script")
            .args(["-qec", &format!("{command}; echo 退出码=$?"), "/dev/null"])
            .env("NO_COLOR", "1")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("script (util-linux) runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(message), "{command}: {text}");
        assert!(text.contains("退出码=2"), "{command}: {text}");
        assert!(!text.contains("PK\u{3}\u{4}"), "{command}: {text}");
    }
}
