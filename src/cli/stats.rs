//! `svcat stats PATHS… [--format human|json|html] [-o FILE]`

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Cli, exit};
use crate::emit::{refuse_input_as_output, write_atomic};
use crate::error::Error;
use crate::ingest::{IngestOptions, read_inputs};
use crate::rules::check_catalog;
use crate::stats::compute;
use crate::stats::render::{stats_html, stats_human, stats_json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// 部门表格、目录或目录 JSON
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出格式：human（表格）、json、html（含柱状图的单页报告）
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// 要素规范：内置名称或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 写入文件（默认写到标准输出）
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &StatsArgs, cli: &Cli) -> Result<u8, Error> {
    if let Some(out) = &args.output {
        refuse_input_as_output(out, &args.paths)?;
    }
    let bar = super::progress(cli.quiet, "正在读取");
    let ingested = read_inputs(
        &args.paths,
        &IngestOptions {
            schema: args.schema.clone(),
            progress: Some(&bar),
        },
    )?;
    bar.finish_and_clear();
    let report = check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files);
    let stats = compute(&ingested.catalog, &report);
    let meta = &ingested.catalog.meta;
    let text = match args.format {
        Format::Human => stats_human(&stats, meta),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&stats_json(&stats, meta)).expect("JSON");
            s.push('\n');
            s
        }
        Format::Html => stats_html(&stats, meta),
    };
    match &args.output {
        Some(path) => write_atomic(path, |out| out.write_all(text.as_bytes()))?,
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => {
                    return Err(Error::Write {
                        file: "标准输出".into(),
                        source: e,
                    });
                }
                Ok(()) => {}
            }
        }
    }
    let failed = !ingested.errors.is_empty();
    for e in ingested.errors {
        super::report_error(e);
    }
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}
