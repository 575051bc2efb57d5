//! `svcat export PATHS… --to xlsx|csv|json [-o PATH] [--encoding utf-8|gbk|gb18030]`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{Args, ValueEnum};

use super::check::Level;
use super::publish::{self, Findings, Gate, Publication};
use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::Output;
use svcat_emit::csv::{CsvEncoding, CsvError, Unencodable, write_catalog_csv};
use svcat_emit::json::write_catalog_json;
use svcat_emit::xlsx::{catalog_xlsx_bytes, write_catalog_xlsx};
use svcat_ingest::Ingested;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Xlsx,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    Gbk,
    Gb18030,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// 部门表格、目录或目录 JSON；- 表示从标准输入读一个表格
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 导出格式：xlsx（汇总 + 每个部门一张表）、csv（一行一个事项）、json（标准目录）；默认按 -o 的扩展名
    #[arg(long = "to", value_enum, value_name = "FORMAT")]
    pub to: Option<ExportFormat>,

    /// 输出文件（csv 和 json 默认写到标准输出；xlsx 必须指定，- 表示写到管道）
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// csv 的编码：utf-8（带 BOM，Excel 和 WPS 能直接打开）、gbk 或 gb18030
    #[arg(long, value_enum, default_value_t = Encoding::Utf8)]
    pub encoding: Encoding,

    /// 要素规范：内置名称（national、township）或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 目录中有这一级别及以上的问题时不导出，退出码为 1（级别同 svcat check --deny）
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Level>,
}

pub fn run(args: &ExportArgs, cli: &Cli) -> Result<u8, Error> {
    let format = resolve_format(args)?;
    if let Some(output) = super::output_file(args.output.as_deref()) {
        super::guard_outputs(
            &args.paths,
            args.schema.as_ref(),
            &[],
            &[Output::File(output)],
        )?;
        refuse_missing_directory(output)?;
    }
    if format == ExportFormat::Xlsx
        && args.output.is_some()
        && super::output_file(args.output.as_deref()).is_none()
        && std::io::stdout().is_terminal()
    {
        return Err(Error::usage(
            "xlsx 是二进制文件，不能写到终端（-o -）",
            Some("用 -o 目录.xlsx 写入文件，或用管道、重定向接收"),
        ));
    }
    if format == ExportFormat::Xlsx && args.output.is_none() {
        return Err(Error::usage(
            "导出 xlsx 需要用 -o 指定输出文件",
            Some("例如：svcat export catalogs/sample-town --to xlsx -o 目录.xlsx"),
        ));
    }
    let ingested = super::read_catalog(&args.paths, args.schema.as_ref(), cli.quiet)?;
    // With --deny the checks come first: nothing is written when they refuse.
    let counted = match publish::gate(&ingested, args.deny, &publication(args))? {
        Gate::Refused => return Ok(publish::refused(ingested.errors)),
        Gate::Open(counted) => counted,
    };

    // Else the file first, then the checks: the checks use every core, and running them alongside
    // would only slow the writing down on a busy machine. Their count is part of the summary, so
    // `--quiet` skips them.
    let started = Instant::now();
    let mut note = write_export(&ingested, format, args)?;
    note.seconds = started.elapsed().as_secs_f64();
    if !cli.quiet {
        let findings = publish::findings(counted, &ingested)?;
        eprint!(
            "{}",
            summary(
                &ingested,
                format,
                args.output.as_deref(),
                &note,
                &findings,
                &publication(args)
            )
        );
    }
    let failed = super::report_input_errors(ingested.errors);
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}

/// `--to`, else the output's extension.
fn resolve_format(args: &ExportArgs) -> Result<ExportFormat, Error> {
    if let Some(to) = args.to {
        return Ok(to);
    }
    let extension = args
        .output
        .as_deref()
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("xlsx") => Ok(ExportFormat::Xlsx),
        Some("csv") => Ok(ExportFormat::Csv),
        Some("json") => Ok(ExportFormat::Json),
        _ => Err(Error::usage(
            "请用 --to 指定导出格式：xlsx、csv 或 json",
            Some("例如：svcat export catalogs/sample-town --to xlsx -o 目录.xlsx"),
        )),
    }
}

/// A file output whose directory does not exist is refused before anything is read.
fn refuse_missing_directory(output: &Path) -> Result<(), Error> {
    match output.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => Err(Error::usage(
            format!("输出目录 {} 不存在", dir.display()),
            Some("先创建该目录，或换一个输出路径"),
        )),
        _ => Ok(()),
    }
}

/// What the summary adds about the written file.
#[derive(Default)]
struct Written {
    sheets: Option<usize>,
    truncated_cells: usize,
    /// How long writing the file took (the benchmark reads it from the summary).
    seconds: f64,
}

fn write_export(
    ingested: &Ingested,
    format: ExportFormat,
    args: &ExportArgs,
) -> Result<Written, Error> {
    let catalog = &ingested.catalog;
    match format {
        ExportFormat::Xlsx => {
            let summary = match super::output_file(args.output.as_deref()) {
                Some(path) => write_catalog_xlsx(catalog, path)?,
                // `-o -`: to the pipe (a terminal was refused before reading).
                None => {
                    let (bytes, summary) = catalog_xlsx_bytes(catalog)?;
                    super::write_output(None, |out| out.write_all(&bytes))?;
                    summary
                }
            };
            Ok(Written {
                sheets: Some(summary.sheets.len() + 1),
                truncated_cells: summary.truncated_cells,
                ..Written::default()
            })
        }
        ExportFormat::Json => {
            super::write_output(args.output.as_deref(), |out| {
                write_catalog_json(catalog, out)
            })?;
            Ok(Written::default())
        }
        ExportFormat::Csv => {
            let encoding = match args.encoding {
                Encoding::Utf8 => CsvEncoding::Utf8,
                Encoding::Gbk => CsvEncoding::Gbk,
                Encoding::Gb18030 => CsvEncoding::Gb18030,
            };
            let mut unencodable = None;
            let result = super::write_output(args.output.as_deref(), |out| {
                write_catalog_csv(catalog, encoding, out).map_err(|e| match e {
                    CsvError::Io(e) => e,
                    CsvError::Unencodable(u) => {
                        unencodable = Some(u);
                        std::io::Error::other("unencodable")
                    }
                })
            });
            if let Some(found) = unencodable {
                return Err(Error::usage(
                    unencodable_message(&found),
                    Some("改用默认的 --encoding utf-8（带 BOM），或 --encoding gb18030"),
                ));
            }
            result?;
            Ok(Written::default())
        }
    }
}

/// Every character GBK cannot hold, one a line, with the cells it is in (the first
/// `NAMED` of them, and how many there are in all).
fn unencodable_message(found: &[Unencodable]) -> String {
    const NAMED: usize = 20;
    let mut message = format!("有 {} 个字符无法用 GBK 表示，没有写出文件：", found.len());
    for u in found {
        let cells: Vec<String> = u
            .cells
            .iter()
            .take(NAMED)
            .map(|(cell, header)| format!("{cell}（{header}）"))
            .collect();
        message.push_str(&format!(
            "\n  “{}”（U+{:04X}）在 {}",
            u.character,
            u.character as u32,
            cells.join("、")
        ));
        if u.cells.len() > NAMED {
            message.push_str(&format!(" 等，共 {} 个单元格", u.cells.len()));
        }
    }
    message
}

fn summary(
    ingested: &Ingested,
    format: ExportFormat,
    output: Option<&Path>,
    written: &Written,
    findings: &Findings,
    publication: &Publication,
) -> String {
    let target = super::output_file(output)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "标准输出".to_string());
    let format_name = match format {
        ExportFormat::Xlsx => "xlsx",
        ExportFormat::Csv => "csv",
        ExportFormat::Json => "json",
    };
    let sheets = written
        .sheets
        .map(|n| format!("（{n} 个工作表）"))
        .unwrap_or_default();
    let mut out = format!(
        "已导出 {} 个事项到 {target}{sheets}，格式 {format_name}，写出用时 {:.2} 秒\n",
        ingested.catalog.items.len(),
        written.seconds
    );
    if written.truncated_cells > 0 {
        out.push_str(&format!(
            "注意：{} 个单元格超过 Excel 的 32767 字符上限，已截断\n",
            written.truncated_cells
        ));
    }
    out.push_str(&publish::warning(findings, 0, publication));
    out
}

/// What this command publishes, for the warning and the gate.
fn publication(args: &ExportArgs) -> Publication<'_> {
    Publication {
        paths: &args.paths,
        schema: args.schema.as_ref(),
        what: "导出文件",
    }
}
