//! Command-line wiring: clap parses, each subcommand's file turns the arguments into a call into
//! the library, and this module owns the exit-code policy (0 clean, 1 findings, 2 error).

mod check;
mod completions;
mod diff;
mod district;
mod export;
mod fix;
mod guide;
mod help_text;
mod import;
mod lists;
mod manpage;
mod manual;
mod publish;
mod rules;
mod schema;
mod serve;
mod stats;
mod template;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use svcat_core::error::Error;

#[derive(Debug, Parser)]
#[command(
    name = "svcat",
    version,
    about = "政务服务事项目录标准化工具：读取、检查、导出、生成办事指南、比对修订",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    /// 不显示进度条和摘要（错误仍会显示）
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 读取部门表格，输出标准目录 JSON
    Import(import::ImportArgs),
    /// 检查目录：要素缺失、颗粒度、一致性，指出到单元格
    Check(check::CheckArgs),
    /// 比较两版目录：新增、删除、重新编码、要素变化及改革方向
    Diff(diff::DiffArgs),
    /// 区县模式：逐镇（街道）检查、比对同一事项的要素（要素N同）、核对上级目录的认领、按目标排名
    District(district::DistrictArgs),
    /// 改革指标：即办件占比、承诺时限压缩、跑动次数、网办深度、材料数、要素完整度
    Stats(stats::StatsArgs),
    /// 生成白话版办事指南：可打印的 HTML 手册、单项页面、一次性告知单或 Markdown，附可读性摘要
    Guide(guide::GuideArgs),
    /// 导出标准目录：xlsx（汇总 + 每个部门一张表）、csv 或 json
    Export(export::ExportArgs),
    /// 生成公示清单：一窗受理、即办件、承诺件、联办件、上报件、帮办代办、全程网办/最多跑一次、承诺件移交
    Lists(lists::ListsArgs),
    /// 生成部门填报模板（xlsx）：填报说明、标准表头、下拉选项、输入提示
    Template(template::TemplateArgs),
    /// 只做安全的自动修正（全角字符、规范取值、电话写法、编码大写），另存一份标准化副本
    Fix(fix::FixArgs),
    /// 列出全部检查规则，或解释一条规则
    Rules(rules::RulesArgs),
    /// 写出使用手册（可打印的 HTML 网页）
    Manual(manual::ManualArgs),
    /// 查看或校验要素规范（schema）
    #[command(subcommand)]
    Schema(schema::SchemaCommand),
    /// 生成 shell 补全脚本：bash、zsh、fish、powershell
    Completions(completions::CompletionsArgs),
    /// 生成 man 手册页（供打包者使用）
    #[command(hide = true)]
    Manpage(manpage::ManpageArgs),
    /// 启动本机网页：拖入目录即可检查、查看问题、下载标注工作簿等（默认只有本机能访问）
    Serve(serve::ServeArgs),
}

/// The command line as clap parses it and as `--help`, the completions and the man page show it:
/// one definition, in Chinese.
pub(crate) fn command_line() -> clap::Command {
    help_text::localize(Cli::command())
}

/// A double-click on svcat.exe in Explorer starts it with no arguments, in a console window of
/// its own: staff who never open a terminal get the local page in their browser, and the window
/// says how to stop it. Only on Windows; elsewhere no arguments stays a usage error (the help).
/// `SVCAT_DOUBLE_CLICK=1` asks for it anywhere, so the Wine test can see what Explorer starts
/// without Explorer.
fn started_by_double_click(args: &[OsString]) -> bool {
    args.len() <= 1
        && (cfg!(windows) || std::env::var_os("SVCAT_DOUBLE_CLICK").is_some_and(|v| v == "1"))
}

/// The port the double-clicked page takes: 8080 (the manual names it), else any free one, so a
/// second svcat or another program on 8080 does not stop it.
const DOUBLE_CLICK_PORT: u16 = 8080;

/// `svcat serve --open` on the loopback address, announced in the window.
fn double_click_cli() -> Cli {
    let loopback = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    let port = if std::net::TcpListener::bind((loopback, DOUBLE_CLICK_PORT)).is_ok() {
        DOUBLE_CLICK_PORT
    } else {
        0
    };
    println!(
        "正在启动 svcat 本机网页，浏览器会自动打开；如果没有打开，请把下面一行中的地址复制到浏览器。"
    );
    println!(
        "使用期间请不要关闭这个窗口。用完后关闭这个窗口，或在窗口中按 Ctrl+C，即可停止 svcat。"
    );
    Cli {
        quiet: false,
        command: Command::Serve(serve::ServeArgs {
            port,
            listen: loopback,
            open: true,
        }),
    }
}

/// After an error in a double-clicked window (say the page could not start) the window would
/// close with the message unread: wait for Enter first.
fn wait_before_closing() {
    eprintln!("按回车键关闭这个窗口。");
    let _ = std::io::stdin().read_line(&mut String::new());
}

/// Exit codes, in one place.
pub mod exit {
    pub const CLEAN: u8 = 0;
    pub const FINDINGS: u8 = 1;
    pub const ERROR: u8 = 2;
}

/// Runs svcat with the given arguments and returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    install_report_handler();
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let double_clicked = started_by_double_click(&args);
    let parsed = if double_clicked {
        Ok(double_click_cli())
    } else {
        command_line()
            .try_get_matches_from(&args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return command_line_error(&e),
    };
    let result = match &cli.command {
        Command::Import(args) => import::run(args, &cli),
        Command::Check(args) => check::run(args, &cli),
        Command::Rules(args) => rules::run(args),
        Command::Manual(args) => manual::run(args, &cli),
        Command::Diff(args) => diff::run(args, &cli),
        Command::Fix(args) => fix::run(args, &cli),
        Command::Stats(args) => stats::run(args, &cli),
        Command::District(args) => district::run(args, &cli),
        Command::Guide(args) => guide::run(args, &cli),
        Command::Export(args) => export::run(args, &cli),
        Command::Lists(args) => lists::run(args, &cli),
        Command::Template(args) => template::run(args, &cli),
        Command::Schema(cmd) => schema::run(cmd, &cli),
        Command::Completions(args) => completions::run(args),
        Command::Manpage(args) => manpage::run(args),
        Command::Serve(args) => serve::run(args, &cli),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            report_error(e);
            if double_clicked {
                wait_before_closing();
            }
            ExitCode::from(exit::ERROR)
        }
    }
}

/// `--help`, `--version` and command-line mistakes, in Chinese: help and version on stdout (exit
/// 0), a mistake as an error with its usage (exit 2).
fn command_line_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let page = help_text::help_page(&e.render().to_string());
            let _ = std::io::Write::write_all(&mut std::io::stdout(), page.as_bytes());
            ExitCode::from(exit::CLEAN)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            // `svcat` or `svcat schema` alone: that command's help page, on stderr, as a usage
            // error.
            eprint!("{}", help_text::help_page(&e.render().to_string()));
            ExitCode::from(exit::ERROR)
        }
        _ => {
            let (message, help) = help_text::explain(e);
            report_error(Error::Usage {
                message,
                help: Some(help),
            });
            ExitCode::from(exit::ERROR)
        }
    }
}

/// Diagnostics wrap to the terminal on a terminal; piped (CI logs, tests) they keep each message
/// on one line, so a file name is never cut in two.
fn install_report_handler() {
    let terminal = std::io::stderr().is_terminal();
    let _ = miette::set_hook(Box::new(move |_| {
        // Without the cause chain: each error says in Chinese what went wrong, and the chain would
        // repeat it in the system's English ("No such file or directory (os error 2)").
        let opts = miette::MietteHandlerOpts::new().without_cause_chain();
        let opts = if terminal {
            opts
        } else {
            opts.wrap_lines(false).color(false).unicode(false)
        };
        Box::new(opts.build())
    }));
}

/// Prints an error the miette way (graphical on a terminal, plain when piped or NO_COLOR).
pub fn report_error(e: Error) {
    eprintln!("{:?}", miette::Report::new(e));
}

/// Reads the inputs into a catalog, with a progress spinner on a terminal (not with `--quiet`).
pub(crate) fn read_catalog(
    paths: &[std::path::PathBuf],
    schema: Option<&String>,
    quiet: bool,
) -> Result<svcat_ingest::Ingested, Error> {
    read_catalog_as(paths, schema, quiet, svcat_ingest::ItemMode::Parse)
}

/// [`read_catalog`] with items handled as `mode` says (streamed to a writer or a check).
pub(crate) fn read_catalog_as(
    paths: &[std::path::PathBuf],
    schema: Option<&String>,
    quiet: bool,
    mode: svcat_ingest::ItemMode,
) -> Result<svcat_ingest::Ingested, Error> {
    read_catalog_kind(paths, schema, None, quiet, mode)
}

/// [`read_catalog_as`] with every sheet taken as the kind of list `--kind` names.
pub(crate) fn read_catalog_kind(
    paths: &[std::path::PathBuf],
    schema: Option<&String>,
    list_kind: Option<&String>,
    quiet: bool,
    mode: svcat_ingest::ItemMode,
) -> Result<svcat_ingest::Ingested, Error> {
    let bar = progress(quiet, "正在读取");
    let ingested = svcat_rules::one_catalog::read_for_check(
        paths,
        svcat_ingest::IngestOptions {
            schema: schema.cloned(),
            progress: Some(&bar),
            mode,
            list_kind: list_kind.cloned(),
            check_schema: None,
        },
    );
    bar.finish_and_clear();
    ingested.map_err(|failure| {
        report_input_errors(failure.unreadable);
        *failure.error
    })
}

pub(crate) use svcat_ingest::nothing_read;

/// Extensions of documents people open, each a format some command writes: `-o` with one of them
/// says what the file must be, so a command that cannot write it refuses rather than putting text
/// into a file named .xlsx.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "xlsx", "xlsm", "xls", "et", "ods", "csv", "tsv", "pdf", "doc", "docx", "wps", "html", "htm",
    "md", "json", "sarif", "txt", "xml",
];

/// The format a command writes its output in: what `--format` names; else what `-o`'s extension
/// says (`by_extension`, longest suffix first: "sarif.json" before "json"); else `default`. An
/// extension that names another format than `--format`, or a document format the command cannot
/// write, is refused before anything is read.
pub(crate) fn output_format<F: Copy + PartialEq + clap::ValueEnum>(
    command: &str,
    explicit: Option<F>,
    output: Option<&std::path::Path>,
    by_extension: &[(&str, F)],
    default: F,
    hint: Option<&str>,
) -> Result<F, Error> {
    let name_of = |f: F| {
        f.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    };
    let Some(output) = output else {
        return Ok(explicit.unwrap_or(default));
    };
    let file = output
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let shown = output.display();
    let known = by_extension
        .iter()
        .find(|(ext, _)| file.ends_with(&format!(".{ext}")));
    match (known, explicit) {
        (Some((_, by_ext)), None) => Ok(*by_ext),
        (Some((_, by_ext)), Some(explicit)) if *by_ext == explicit => Ok(explicit),
        (Some((ext, by_ext)), Some(explicit)) => Err(Error::usage(
            format!(
                "-o {shown} 的扩展名 .{ext} 是 {} 格式，与 --format {} 不一致",
                name_of(*by_ext),
                name_of(explicit)
            ),
            Some("去掉 --format 让扩展名决定格式，或把 -o 的扩展名改成与 --format 一致"),
        )),
        (None, explicit) => {
            let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
            if !DOCUMENT_EXTENSIONS.contains(&ext) {
                return Ok(explicit.unwrap_or(default));
            }
            let can: Vec<String> = by_extension
                .iter()
                .map(|(ext, f)| format!(".{ext}（{}）", name_of(*f)))
                .collect();
            let mut help = format!("svcat {command} 的 -o 可以写：{}", can.join("、"));
            if let Some(hint) = hint {
                help.push('；');
                help.push_str(hint);
            }
            Err(Error::Usage {
                message: format!("svcat {command} 不能写出 .{ext} 文件（-o {shown}）"),
                help: Some(help),
            })
        }
    }
}

/// Runs the output guard ([`svcat_core::output::guard_outputs`]) before anything is read: `paths` and
/// `schema` (when it names a file) and `more` are what the command reads.
pub(crate) fn guard_outputs(
    paths: &[std::path::PathBuf],
    schema: Option<&String>,
    more: &[Option<&std::path::Path>],
    outputs: &[svcat_core::output::Output],
) -> Result<(), Error> {
    use svcat_core::input::is_stdio;
    use svcat_core::output::Output;
    // `-o -` is standard output where a command writes it (it leaves `-` out of its outputs);
    // anywhere else it would be a file named "-".
    for output in outputs {
        if let Output::File(p) | Output::Dir(p) = output
            && is_stdio(p)
        {
            return Err(Error::usage(
                "这个输出不能写到标准输出（-）",
                Some("给出文件或目录路径；写到标准输出的只有报告、JSON、csv 等单个文件的输出"),
            ));
        }
    }
    let mut inputs: Vec<&std::path::Path> = paths
        .iter()
        .map(|p| p.as_path())
        .filter(|p| !is_stdio(p))
        .collect();
    inputs.extend(schema.map(std::path::Path::new));
    inputs.extend(more.iter().flatten());
    svcat_core::output::guard_outputs(&inputs, outputs)
}

/// The file `-o` names, or None for standard output (no `-o`, or `-o -`).
pub(crate) fn output_file(output: Option<&std::path::Path>) -> Option<&std::path::Path> {
    output.filter(|p| !svcat_core::input::is_stdio(p))
}

/// Writes a command's output: to `path` atomically, or to stdout, where a closed pipe
/// (`svcat … | head`) is not an error.
pub(crate) fn write_output(
    path: Option<&std::path::Path>,
    render: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    use std::io::Write;
    match output_file(path) {
        Some(path) => svcat_core::output::write_atomic(path, render),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            match render(&mut lock).and_then(|_| lock.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Error::Write {
                    file: "标准输出".into(),
                    source: e,
                }),
                Ok(()) => Ok(()),
            }
        }
    }
}

/// Prints the errors of files that could not be read; true when there were any (exit code 2).
pub(crate) fn report_input_errors(errors: Vec<Error>) -> bool {
    let failed = !errors.is_empty();
    for e in errors {
        report_error(e);
    }
    failed
}

/// A progress spinner on stderr when it is a terminal and not `--quiet`; hidden otherwise.
pub fn progress(quiet: bool, message: &str) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} {human_pos} 个事项（{elapsed}）")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.set_message(message.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// A spinner for a step that counts nothing (running the rules, writing a workbook), on the same
/// terms as [`progress`].
pub fn spinner(quiet: bool, message: &str) -> indicatif::ProgressBar {
    let bar = progress(quiet, message);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg}（{elapsed}）")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar
}
