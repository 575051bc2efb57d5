//! `svcat stats PATHS… [--format human|json|html] [-o FILE]`

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::Output;

use svcat_rules::{check_catalog, group_repeated_facts};
use svcat_stats::compute;
use svcat_stats::render::{stats_html, stats_human, stats_json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// 部门表格、目录或目录 JSON；- 表示从标准输入读一个表格
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出格式：human（表格，默认）、json、html（含柱状图的单页报告）；不写时由 -o 的扩展名决定
    /// （.txt、.json、.html）
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// 要素规范：内置名称或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 写入文件（默认写到标准输出；- 也表示标准输出）
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &StatsArgs, cli: &Cli) -> Result<u8, Error> {
    if let Some(out) = super::output_file(args.output.as_deref()) {
        super::guard_outputs(&args.paths, args.schema.as_ref(), &[], &[Output::File(out)])?;
    }
    // After the guard: an output that is an input is the first thing to say.
    let format = super::output_format(
        "stats",
        args.format,
        args.output.as_deref(),
        &[
            ("txt", Format::Human),
            ("json", Format::Json),
            ("html", Format::Html),
            ("htm", Format::Html),
        ],
        Format::Human,
        None,
    )?;
    let ingested = super::read_catalog(&args.paths, args.schema.as_ref(), cli.quiet)?;
    let mut report = check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files)?;
    // Counted as `check` reports them: a repeated fact once.
    group_repeated_facts(&mut report).map_err(|e| Error::io("临时文件", e))?;
    let stats = compute(&ingested.catalog, &report);
    let meta = &ingested.catalog.meta;
    let text = match format {
        Format::Human => stats_human(&stats, meta),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&stats_json(&stats, meta)).expect("JSON");
            s.push('\n');
            s
        }
        Format::Html => stats_html(&stats, meta),
    };
    super::write_output(args.output.as_deref(), |out| out.write_all(text.as_bytes()))?;
    let failed = super::report_input_errors(ingested.errors);
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}
