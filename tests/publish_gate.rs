//! `export`, `lists` and `guide` publish what a catalog says: on a catalog with findings they all
//! warn the same way (how many, that it is written as it is, the `svcat check` to see them), and
//! with `--deny LEVEL` they refuse before writing anything (exit 1, as `check --deny`).

mod common;

use std::path::Path;

use common::svcat;
use pretty_assertions::assert_eq;

const SAMPLE: &str = "catalogs/sample-town";

/// Runs `svcat ARGS…`: (exit code, stderr).
fn run(args: &[&str]) -> (i32, String) {
    let out = svcat().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// The three publishing commands writing into `out` (a directory for lists and guide, a file for
/// export): the command's arguments and what the warning calls its output.
fn commands(out: &Path) -> Vec<(Vec<String>, &'static str)> {
    let out = out.to_str().unwrap().to_string();
    vec![
        (
            vec![
                "export".into(),
                "--to".into(),
                "csv".into(),
                "-o".into(),
                format!("{out}.csv"),
            ],
            "导出文件",
        ),
        (vec!["lists".into(), "-o".into(), out.clone()], "公示清单"),
        (
            vec![
                "guide".into(),
                "--format".into(),
                "md".into(),
                "-o".into(),
                out,
            ],
            "办事指南",
        ),
    ]
}

fn with_inputs(command: &[String], inputs: &[&str], more: &[&str]) -> Vec<String> {
    let mut args = vec![command[0].clone()];
    args.extend(inputs.iter().map(|s| s.to_string()));
    args.extend(command[1..].iter().cloned());
    args.extend(more.iter().map(|s| s.to_string()));
    args
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[test]
fn all_three_warn_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    for (command, what) in commands(&dir.path().join("out")) {
        let args = with_inputs(&command, &[SAMPLE], &[]);
        let (code, stderr) = run(&strs(&args));
        assert_eq!(code, 0, "{stderr}");
        let line = format!(
            "注意：目录中仍有 24 个错误、15 个警告未处理，{what}已按读到的内容原样写出；运行 svcat check catalogs/sample-town 查看详情（加 --deny error 则有错误时不写出）\n"
        );
        assert!(stderr.contains(&line), "{}: {stderr}", command[0]);
    }
}

#[test]
fn deny_refuses_before_writing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    for (command, what) in commands(&out) {
        for (level, found, more) in [
            ("error", "24 个错误", ""),
            ("warning", "39 个错误或警告", ""),
            ("info", "75 个错误、警告或提示", " --verbose"),
        ] {
            let args = with_inputs(&command, &[SAMPLE], &["--deny", level]);
            let (code, stderr) = run(&strs(&args));
            assert_eq!(code, 1, "{}: {stderr}", command[0]);
            assert_eq!(
                stderr,
                format!(
                    "目录中有 {found}（--deny {level}），没有写出{what}；运行 svcat check catalogs/sample-town{more} 查看详情，改正后再生成\n"
                ),
                "{}",
                command[0]
            );
            assert_eq!(
                std::fs::read_dir(dir.path()).unwrap().count(),
                0,
                "{}",
                command[0]
            );
        }
    }
    // Only the levels check knows.
    let (code, stderr) = run(&[
        "lists",
        SAMPLE,
        "-o",
        out.to_str().unwrap(),
        "--deny",
        "fatal",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--deny <LEVEL> 的取值“fatal”不对")
            && stderr.contains("可选：error、warning、info"),
        "{stderr}"
    );
}

#[test]
fn deny_lets_a_catalog_below_the_level_through() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("民政办.csv");
    std::fs::write(
        &input,
        "事项名称,事项编码,实施部门,事项类型,申请材料,法定办结时限,承诺办结时限,办件类型,到办事现场次数,咨询电话\n\
         临时救助审核,000505002000,民政办,行政给付,1.临时救助申请书,20个工作日,10个工作日,承诺件,1,0531-88101201\n",
    )
    .unwrap();
    // Columns the sheet lacks (S002) are warnings under this schema: no errors are left.
    let schema = dir.path().join("s.toml");
    std::fs::write(
        &schema,
        "name = \"t\"\nextends = \"national\"\n\n[rules]\nS002 = \"warning\"\n",
    )
    .unwrap();
    let (input, schema) = (input.to_str().unwrap(), schema.to_str().unwrap());
    for (command, what) in commands(&dir.path().join("out")) {
        let args = with_inputs(&command, &[input], &["--schema", schema, "--deny", "error"]);
        let (code, stderr) = run(&strs(&args));
        assert_eq!(code, 0, "{}: {stderr}", command[0]);
        assert!(
            stderr.contains(&format!(
                "注意：目录中仍有 0 个错误、14 个警告未处理，{what}已按读到的内容原样写出；运行 svcat check {input} --schema {schema} 查看详情"
            )),
            "{}: {stderr}",
            command[0]
        );
        let args = with_inputs(
            &command,
            &[input],
            &["--schema", schema, "--deny", "warning"],
        );
        let (code, stderr) = run(&strs(&args));
        assert_eq!(code, 1, "{}: {stderr}", command[0]);
        assert!(
            stderr.starts_with("目录中有 14 个错误或警告（--deny warning）"),
            "{stderr}"
        );
    }
    assert!(dir.path().join("out").join("承诺件清单.md").is_file());
    assert!(dir.path().join("out.csv").is_file());
}
