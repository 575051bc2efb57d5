//! `svcat diff OLD NEW [--format human|markdown|json|xlsx] [--fail-on worse|removed|any]`
//! and `svcat diff --git REV PATH`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Args, ValueEnum};

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_diff::render::{diff_human, diff_json, diff_markdown};
use svcat_diff::workbook::diff_workbook;
use svcat_diff::{Diff, Direction, diff_paths};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Markdown,
    Json,
    /// 新旧对照表（xlsx）
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// 有任何要素变差
    Worse,
    /// 有事项被删除
    Removed,
    /// 有任何变化
    Any,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// 旧版目录和新版目录（文件、目录或目录 JSON）；用 --git 时只给一个路径
    #[arg(value_name = "OLD NEW", num_args = 1..=2)]
    pub paths: Vec<PathBuf>,

    /// 把 PATH 在 git 版本 REV 的内容与工作区比较，如 --git origin/main catalogs/town
    #[arg(long, value_name = "REV")]
    pub git: Option<String>,

    /// 输出格式：human（默认）、markdown、json、xlsx（新旧对照表）；不写时由 -o 的扩展名决定（.txt、.md、.json、.xlsx）
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// 出现这类变化时退出码为 1
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,

    /// 要素规范：内置名称或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 写入文件（默认写到标准输出；- 也表示标准输出）
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Refuses a schema whose `[rules]` names an unknown rule ID (the rules layer knows them; the diff
/// layer below it reads the revisions), for the schema each revision is read with.
fn check_rule_ids(paths: &[&std::path::Path], schema: Option<&str>) -> Result<(), Error> {
    for path in paths {
        let (schema, _, _) = svcat_ingest::catalog_schema(&[path.to_path_buf()], schema)?;
        svcat_rules::check_rule_ids(&schema)?;
    }
    Ok(())
}

pub fn run(args: &DiffArgs, cli: &Cli) -> Result<u8, Error> {
    if let Some(output) = super::output_file(args.output.as_deref()) {
        super::guard_outputs(
            &args.paths,
            args.schema.as_ref(),
            &[],
            &[svcat_core::output::Output::File(output)],
        )?;
    }
    // After the guard: an output that is an input is the first thing to say.
    let format = super::output_format(
        "diff",
        args.format,
        args.output.as_deref(),
        &[
            ("txt", Format::Human),
            ("md", Format::Markdown),
            ("json", Format::Json),
            ("xlsx", Format::Xlsx),
        ],
        Format::Human,
        None,
    )?;
    // A zip archive on a terminal is noise; to a pipe or a redirect it is the file.
    if format == Format::Xlsx
        && super::output_file(args.output.as_deref()).is_none()
        && std::io::stdout().is_terminal()
    {
        return Err(Error::usage(
            "新旧对照表是 xlsx 文件，不能写到终端",
            Some("用 -o 对照表.xlsx 写入文件，或用管道、重定向接收"),
        ));
    }
    let schema = args.schema.as_deref();
    let bar = super::progress(cli.quiet, "正在比较");
    let progress = Some(&bar);
    let compared = match (&args.git, args.paths.as_slice()) {
        (Some(rev), [path]) => {
            let dir = checkout_at(rev, path)?;
            let old_path = dir.path().join(path.file_name().unwrap_or_default());
            let compared = check_rule_ids(&[&old_path, path], schema)
                .and_then(|()| diff_paths(&old_path, path, schema, progress));
            svcat_core::output::forget_unfinished(dir.path());
            let mut compared = compared?;
            // Not the temporary copy's path: the revision and the path in it.
            if compared.diff.versions[0] == old_path.display().to_string() {
                compared.diff.versions[0] = format!("{}（{rev}）", path.display());
            }
            compared
        }
        (None, [old, new]) => {
            check_rule_ids(&[old, new], schema)?;
            diff_paths(old, new, schema, progress)?
        }
        _ => {
            return Err(Error::usage(
                "diff 需要两个路径（旧版 新版），或 --git REV 加一个路径",
                Some("例如：svcat diff old/ new/，或 svcat diff --git origin/main catalogs/town"),
            ));
        }
    };
    bar.finish_and_clear();
    let failed = !compared.errors.is_empty();
    for e in compared.errors {
        super::report_error(e);
    }
    let diff = compared.diff;
    let render = |out: &mut dyn Write| -> std::io::Result<()> {
        match format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &diff_json(&diff))
                    .map_err(std::io::Error::from)?;
                out.write_all(b"\n")
            }
            Format::Markdown => out.write_all(diff_markdown(&diff).as_bytes()),
            // The 新旧对照表 (a zip archive, written whole).
            Format::Xlsx => out.write_all(
                &diff_workbook(&diff)
                    .and_then(|mut w| w.save_to_buffer())
                    .map_err(|e| std::io::Error::other(e.to_string()))?,
            ),
            Format::Human => {
                let color = args.output.is_none()
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none();
                out.write_all(diff_human(&diff, color).as_bytes())
            }
        }
    };
    super::write_output(args.output.as_deref(), render)?;
    Ok(exit_code(failed, &diff, args.fail_on))
}

fn exit_code(failed: bool, diff: &Diff, fail_on: Option<FailOn>) -> u8 {
    if failed {
        exit::ERROR
    } else if fails(diff, fail_on) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn fails(diff: &Diff, fail_on: Option<FailOn>) -> bool {
    match fail_on {
        None => false,
        Some(FailOn::Worse) => diff.count(Direction::Worse) > 0,
        Some(FailOn::Removed) => !diff.removed.is_empty(),
        Some(FailOn::Any) => !diff.is_empty(),
    }
}

fn git(args: &[&str]) -> Result<Vec<u8>, Error> {
    let out = Command::new("git").args(args).output().map_err(|e| {
        Error::usage(
            format!("无法运行 git：{e}"),
            Some("确认已安装 git 且在 PATH 中"),
        )
    })?;
    if !out.status.success() {
        return Err(Error::usage(
            format!(
                "git {} 失败：{}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            Some("确认当前目录在 git 仓库中，且版本名（如 origin/main）存在"),
        ));
    }
    Ok(out.stdout)
}

/// Writes PATH as it was at REV into a temporary directory (PATH's last component kept, so a
/// catalog directory keeps its name and its catalog.toml).
fn checkout_at(rev: &str, path: &Path) -> Result<tempfile::TempDir, Error> {
    let top = String::from_utf8_lossy(&git(&["rev-parse", "--show-toplevel"])?)
        .trim()
        .to_string();
    let absolute = std::fs::canonicalize(path)
        .or_else(|_| std::env::current_dir().map(|d| d.join(path)))
        .map_err(|e| Error::io(&path.display().to_string(), e))?;
    let top = std::fs::canonicalize(&top).unwrap_or_else(|_| PathBuf::from(&top));
    let relative = absolute.strip_prefix(&top).map_err(|_| {
        Error::usage(
            format!("{} 不在 git 仓库 {} 中", path.display(), top.display()),
            None,
        )
    })?;
    let relative = relative.to_string_lossy().replace('\\', "/");
    // -z: raw names, not quoted (Chinese file names are quoted otherwise).
    let listing = git(&[
        "-C",
        &top.to_string_lossy(),
        "ls-tree",
        "-r",
        "-z",
        "--name-only",
        // A revision that starts with '-' is a revision, never an option.
        "--end-of-options",
        rev,
        "--",
        &relative,
    ])?;
    let names: Vec<String> = String::from_utf8_lossy(&listing)
        .split('\0')
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return Err(Error::usage(format!("{rev} 中没有 {relative}"), None));
    }
    let dir = tempfile::tempdir().map_err(|e| Error::io("临时目录", e))?;
    // Removed on Ctrl-C too.
    svcat_core::output::track_unfinished(dir.path());
    let base = Path::new(&relative)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    for name in names {
        let inside = Path::new(&name)
            .strip_prefix(&base)
            .unwrap_or(Path::new(&name));
        // A crafted tree can hold entries named `..`: joined onto the temporary directory they
        // would write outside it. Only plain names are written.
        let plain = inside.components().next().is_some()
            && inside
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !plain {
            return Err(Error::usage(
                format!("git 版本 {rev} 中的路径“{name}”含有 ..、. 或根目录，svcat 不会写出它"),
                Some("该版本的目录树不正常（可能是伪造的提交），请检查这个版本"),
            ));
        }
        let bytes = git(&[
            "-C",
            &top.to_string_lossy(),
            "cat-file",
            "--end-of-options",
            "blob",
            &format!("{rev}:{name}"),
        ])?;
        let target = dir.path().join(inside);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::io(&target.display().to_string(), e))?;
        }
        std::fs::write(&target, bytes).map_err(|e| Error::io(&target.display().to_string(), e))?;
    }
    Ok(dir)
}
