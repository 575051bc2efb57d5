//! `svcat template [--schema S] [--department NAME] -o FILE.xlsx`

use std::path::PathBuf;

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::schema::load_schema;
use svcat_emit::template::write_template;
use svcat_ingest::has_extension;

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// 要素规范：内置名称（national、township）或 .toml 文件
    #[arg(long, value_name = "NAME|FILE", default_value = "national")]
    pub schema: String,

    /// 为哪个部门生成：填报表以部门命名，实施部门一列提供该名称
    #[arg(long, value_name = "NAME")]
    pub department: Option<String>,

    /// 输出的 xlsx 文件
    #[arg(short, long, value_name = "FILE.xlsx")]
    pub output: PathBuf,
}

pub fn run(args: &TemplateArgs, cli: &Cli) -> Result<u8, Error> {
    if !has_extension(&args.output, "xlsx") {
        return Err(Error::usage(
            format!(
                "填报模板是 xlsx 工作簿，{} 的扩展名不是 .xlsx",
                args.output.display()
            ),
            Some("例如：svcat template --department 民政办 -o 民政办填报模板.xlsx"),
        ));
    }
    let department = args
        .department
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    super::guard_outputs(
        &[],
        Some(&args.schema),
        &[],
        &[svcat_core::output::Output::File(&args.output)],
    )?;
    let schema = load_schema(&args.schema)?;
    let summary = write_template(&schema, department, &args.output)?;
    if !cli.quiet {
        eprintln!(
            "已生成填报模板 {}：填报说明 + “{}”工作表（{} 列，{} 列带下拉选项），规范 {}",
            args.output.display(),
            summary.input_sheet,
            summary.columns,
            summary.dropdowns,
            schema.name
        );
    }
    Ok(exit::CLEAN)
}
