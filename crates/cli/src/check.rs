//! `svcat check PATHS… [--schema S] [--against UPPER] [--format human|json|sarif] [--deny LEVEL]
//! [--annotate OUT.xlsx]`

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::finding::Severity;
use svcat_core::model::{CatalogSettings, Setting, SettingFrom};
use svcat_core::output::{Output, write_atomic};
use svcat_core::report::FindingSource;
use svcat_ingest::upper::read_upper;
use svcat_ingest::{ItemMode, has_extension};
use svcat_report::annotate::write_annotated;
use svcat_report::baseline::{BaselineOutcome, apply_baseline};
use svcat_report::human::{Style, write_human};
use svcat_report::json::{write_report_json, write_report_json_with};
use svcat_report::sarif::write_sarif;
use svcat_rules::one_catalog::check_read;
use svcat_rules::{CheckStream, all_rules, group_repeated_facts};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    pub(crate) fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info => Severity::Info,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// 部门表格、目录或目录 JSON；- 表示从标准输入读一个表格
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 要素规范：内置名称（national、township）或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 清单类型：实施清单 或 目录（事项目录、权责清单）；默认按各表的列自动识别
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,

    /// 上级目录（任意输入形式），用于检查两级要素是否统一；默认取 catalog.toml 的 upper
    #[arg(long, value_name = "UPPER")]
    pub against: Option<PathBuf>,

    /// 输出格式：human（给人看，默认）、json（报告接口）、sarif（代码扫描工具）；不写时由 -o
    /// 的扩展名决定（.txt、.json、.sarif）
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// 达到这一级别的问题使退出码为 1
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = Level::Error)]
    pub deny: Level,

    /// 把报告写入文件（默认写到标准输出；- 也表示标准输出）
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// 接受 FILE 中记录的问题（由 --write-baseline 生成），只报告新出现的问题；问题按规则、事项、要素和内容对应，不看行号，排序、插行后基线仍然有效
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// 把本次发现的问题记录为基线（写出后退出码为 0，除非有输入无法读取）
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// 另存一份标注过的工作簿（.xlsx）：首页为问题清单，其后按原行列复制各部门的表格，问题单元格标色并加批注
    #[arg(long, value_name = "OUT.xlsx")]
    pub annotate: Option<PathBuf>,

    /// human 格式也逐条显示提示级的问题
    #[arg(short, long)]
    pub verbose: bool,
}

pub fn run(args: &CheckArgs, cli: &Cli) -> Result<u8, Error> {
    // `-o -` is standard output, no file to guard.
    let report = super::output_file(args.output.as_deref());
    let outputs: Vec<Output> = [
        report,
        args.write_baseline.as_deref(),
        args.annotate.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(Output::File)
    .collect();
    super::guard_outputs(
        &args.paths,
        args.schema.as_ref(),
        &[args.against.as_deref(), args.baseline.as_deref()],
        &outputs,
    )?;
    // After the guard: an output that is an input is the first thing to say.
    let format = super::output_format(
        "check",
        args.format,
        args.output.as_deref(),
        &[
            ("sarif.json", Format::Sarif),
            ("sarif", Format::Sarif),
            ("json", Format::Json),
            ("txt", Format::Human),
        ],
        Format::Human,
        Some("标注了问题的工作簿用 --annotate 问题标注.xlsx 写出"),
    )?;
    if let Some(path) = &args.annotate
        && !has_extension(path, "xlsx")
    {
        return Err(Error::usage(
            format!(
                "--annotate 写出的是 xlsx 工作簿，{} 的扩展名不是 .xlsx",
                path.display()
            ),
            Some("例如：--annotate 问题标注.xlsx"),
        ));
    }
    // The upper-level catalog named on the command line is read first: a mistake in it fails at
    // once, before a large catalog is read.
    let against = args.against.as_deref().map(read_upper).transpose()?;

    // The annotated workbook copies the department sheets and marks their cells, so it needs the
    // catalog in memory; otherwise the catalog is checked as it is read and never held.
    let Some(annotate) = &args.annotate else {
        // Where catalog.toml's `upper` is found: the directory of the catalog.toml the catalog is
        // read with (a department's file takes its directory's).
        let base = svcat_ingest::catalog_dir(&args.paths);
        let stream = CheckStream::new(against, base, format == Format::Human);
        let mut ingested = super::read_catalog_kind(
            &args.paths,
            args.schema.as_ref(),
            args.kind.as_ref(),
            cli.quiet,
            ItemMode::Stream(&stream),
        )?;
        let input_errors = std::mem::take(&mut ingested.errors);
        let settings = settings_of(args, &ingested);
        let bar = super::spinner(cli.quiet, "正在检查");
        let checked = stream.finish(ingested);
        bar.finish_and_clear();
        let mut store = checked?;
        // One phone, code or spelling repeated down a column is one fact: reported once, with its
        // cells (check_read does the same for a held catalog).
        group_repeated_facts(&mut store).map_err(|e| Error::io("临时文件", e))?;
        write_reports(args, cli, format, &mut store, &settings, input_errors.len())?;
        let failed = super::report_input_errors(input_errors);
        return Ok(exit_code(args, &store, failed));
    };

    let ingested = super::read_catalog_kind(
        &args.paths,
        args.schema.as_ref(),
        args.kind.as_ref(),
        cli.quiet,
        ItemMode::Parse,
    )?;
    let bar = super::spinner(cli.quiet, "正在检查");
    // The one definition of checking a held catalog, which `svcat district` uses for each town.
    let mut report = check_read(&args.paths, &ingested, against)?;
    bar.finish_and_clear();
    let settings = settings_of(args, &ingested);
    write_reports(
        args,
        cli,
        format,
        &mut report,
        &settings,
        ingested.errors.len(),
    )?;

    // After the report, so the findings are shown even if the workbook cannot be written. A
    // repeated fact is one row of its list and a mark on each of its cells.
    write_annotated(annotate, &args.paths, &ingested.catalog, &report)?;

    let failed = super::report_input_errors(ingested.errors);
    Ok(exit_code(args, &report, failed))
}

/// What the catalog is checked with: ingest's settings, and the upper catalog `--against` names.
fn settings_of(args: &CheckArgs, ingested: &svcat_ingest::Ingested) -> CatalogSettings {
    let mut settings = ingested.settings.clone();
    if let Some(against) = &args.against {
        settings.upper = Some(Setting::new(
            against.display().to_string(),
            SettingFrom::Flag("--against"),
        ));
    }
    settings
}

/// Records the baseline asked for, applies the one given, then writes the report and, on stderr,
/// what the baselines did. `unreadable` input files are reported after it.
fn write_reports(
    args: &CheckArgs,
    cli: &Cli,
    format: Format,
    report: &mut dyn FindingSource,
    settings: &CatalogSettings,
    unreadable: usize,
) -> Result<(), Error> {
    let mut said = Vec::new();
    if let Some(path) = &args.write_baseline {
        write_atomic(path, |out| write_report_json(report, Some(settings), out))?;
        said.push(format!(
            "已把 {} 个问题记录为基线：{}",
            report.len(),
            path.display()
        ));
    }
    let outcome = match &args.baseline {
        Some(path) => Some(apply_baseline(report, path)?),
        None => None,
    };
    write_report(
        args,
        format,
        cli.quiet,
        report,
        settings,
        outcome.as_ref(),
        unreadable,
    )?;
    if !cli.quiet {
        let mut err = std::io::stderr().lock();
        for line in said {
            let _ = writeln!(err, "{line}");
        }
        if let (Some(outcome), Some(path)) = (&outcome, &args.baseline) {
            let _ = outcome.write_human(path, &mut err);
        }
    }
    Ok(())
}

/// Writes the report in the format asked for, to `-o` or stdout.
fn write_report(
    args: &CheckArgs,
    format: Format,
    quiet: bool,
    report: &dyn FindingSource,
    settings: &CatalogSettings,
    baseline: Option<&BaselineOutcome>,
    unreadable: usize,
) -> Result<(), Error> {
    let rules = all_rules();
    let base = args
        .paths
        .first()
        .filter(|p| p.is_dir())
        .map(|p| p.display().to_string());
    let render = |out: &mut dyn Write| -> std::io::Result<()> {
        match format {
            Format::Json => write_report_json_with(report, Some(settings), baseline, out),
            Format::Sarif => write_sarif(report, &rules, base.as_deref(), Some(settings), out),
            Format::Human => {
                let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
                let color = to_terminal && std::env::var_os("NO_COLOR").is_none();
                let width = if to_terminal {
                    terminal_width().unwrap_or(100)
                } else {
                    100
                };
                let style = Style {
                    color,
                    width,
                    verbose: args.verbose,
                    quiet,
                    unreadable,
                    settings: Some(settings),
                };
                write_human(report, style, out)
            }
        }
    };
    super::write_output(args.output.as_deref(), render)
}

/// Unreadable input fails; recording a baseline succeeds whatever it recorded; a check fails on a
/// finding at `--deny`'s level.
fn exit_code(args: &CheckArgs, report: &dyn FindingSource, input_failed: bool) -> u8 {
    if input_failed {
        exit::ERROR
    } else if args.write_baseline.is_none() && report.denies(args.deny.severity()) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn terminal_width() -> Option<usize> {
    std::env::var("COLUMNS").ok()?.parse().ok()
}
