//! `svcat import PATHS… [-o FILE] [--schema NAME|FILE]`

use std::path::PathBuf;

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::Output;
use svcat_core::text::column_letter;
use svcat_emit::json::CatalogJsonStream;
use svcat_ingest::{IngestOptions, Ingested, ItemMode, NoticeKind, read_inputs};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// 部门表格（xlsx、xlsm、xls、ods、csv、tsv）、目录或目录 JSON；- 表示从标准输入读一个表格
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出文件（默认写到标准输出；- 也表示标准输出）
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// 要素规范：内置名称（national、township）或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,
}

pub fn run(args: &ImportArgs, cli: &Cli) -> Result<u8, Error> {
    if let Some(output) = super::output_file(args.output.as_deref()) {
        super::guard_outputs(
            &args.paths,
            args.schema.as_ref(),
            &[],
            &[Output::File(output)],
        )?;
    }
    // Items are written as they are parsed: the catalog is never held in memory whole.
    let bar = super::progress(cli.quiet, "正在读取");
    let mut read: Option<Result<Ingested, Error>> = None;
    let written = super::write_output(args.output.as_deref(), |out| {
        let stream = CatalogJsonStream::new(out);
        let ingested = read_inputs(
            &args.paths,
            &IngestOptions {
                schema: args.schema.clone(),
                progress: Some(&bar),
                mode: ItemMode::Stream(&stream),
                list_kind: None,
                check_schema: Some(&svcat_rules::check_rule_ids),
            },
        );
        let result = match &ingested {
            // Nothing read: no file is left behind (the error follows below).
            Ok(ingested) if ingested.items_read == 0 => Err(std::io::Error::other("没有读到事项")),
            Ok(ingested) => stream.finish(&ingested.catalog),
            Err(_) => Err(std::io::Error::other("输入无法读取")),
        };
        read = Some(ingested);
        result
    });
    bar.finish_and_clear();
    // An input that cannot be read at all is the error to show, not the output it left undone.
    let ingested = match read {
        Some(Err(e)) => return Err(e),
        Some(Ok(ingested)) => ingested,
        None => return written.map(|_| exit::ERROR),
    };
    if let Some(nothing) = super::nothing_read(&args.paths, &ingested) {
        super::report_input_errors(ingested.errors);
        return Err(nothing);
    }
    written?;
    if !cli.quiet {
        eprint!("{}", summary(&ingested));
    }
    let failed = super::report_input_errors(ingested.errors);
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}

/// The short stderr summary: what was read, and the columns svcat could not map.
pub fn summary(ingested: &Ingested) -> String {
    let catalog = &ingested.catalog;
    let failed = if ingested.errors.is_empty() {
        String::new()
    } else {
        format!("（其中 {} 个无法读取，见下方错误）", ingested.errors.len())
    };
    let mut out = format!(
        "已读取 {} 个文件{failed}、{} 个工作表，共 {} 个事项（规范：{}）\n",
        ingested.files,
        catalog.sheets.len(),
        ingested.items_read,
        catalog.schema.name
    );
    let mut unknown = Vec::new();
    let mut skipped = Vec::new();
    for notice in &ingested.notices {
        let place = match &notice.sheet {
            Some(sheet) => format!("{}!{}", notice.file, sheet),
            None => notice.file.clone(),
        };
        match &notice.kind {
            NoticeKind::UnknownHeader { header, nearest } => {
                let column = notice.column.map(column_letter).unwrap_or_default();
                let hint = nearest
                    .as_deref()
                    .and_then(|key| catalog.schema.element(key))
                    .map(|e| format!("，可能是“{}”（{}）", e.label, e.key))
                    .unwrap_or_default();
                unknown.push(format!("  {place} {column}列“{header}”{hint}"));
            }
            NoticeKind::DuplicateHeader { header, element } => {
                let column = notice.column.map(column_letter).unwrap_or_default();
                unknown.push(format!(
                    "  {place} {column}列“{header}”与前面的列重复（{element}）"
                ));
            }
            NoticeKind::SkippedSheet { reason } => skipped.push(format!("  {place}：{reason}")),
            NoticeKind::NoHeader => {
                skipped.push(format!("  {place}：前 30 行中没有找到可识别的表头"))
            }
            NoticeKind::EncodingGuessed { encoding } => {
                out.push_str(&format!("{place} 按 {encoding}（GBK）编码读取\n"))
            }
            _ => {}
        }
    }
    if !unknown.is_empty() {
        out.push_str("未能识别的列（内容已原样保留在 extra 中）：\n");
        for line in unknown {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !skipped.is_empty() {
        out.push_str("已跳过：\n");
        for line in skipped {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}
