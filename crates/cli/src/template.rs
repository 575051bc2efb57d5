//! `svcat template [--schema S] [--department NAME] -o FILE.xlsx`

use std::path::PathBuf;

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::model::SettingFrom;
use svcat_emit::template::write_template;
use svcat_ingest::{catalog_schema, has_extension};

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// 要素规范：内置名称（national、township）或 .toml 文件；默认取 --catalog 的 catalog.toml 中的规范，
    /// 否则为 national
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 为哪个目录生成：目录（或其中的一个部门表格），使用其 catalog.toml 指定的规范
    #[arg(long, value_name = "DIR")]
    pub catalog: Option<PathBuf>,

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
    let catalog: Vec<PathBuf> = args.catalog.iter().cloned().collect();
    super::guard_outputs(
        &catalog,
        args.schema.as_ref(),
        &[],
        &[svcat_core::output::Output::File(&args.output)],
    )?;
    if let Some(path) = &args.catalog
        && !path.exists()
    {
        return Err(Error::usage(
            format!("找不到 {}", path.display()),
            Some("--catalog 给出目录（如 catalogs/sample-town）或其中的一个部门表格"),
        ));
    }
    let (schema, from, toml) = catalog_schema(&catalog, args.schema.as_deref())?;
    svcat_rules::check_rule_ids(&schema)?;
    let summary = write_template(&schema, department, &args.output)?;
    if !cli.quiet {
        let from = match (from, &toml) {
            (SettingFrom::CatalogToml, Some(toml)) => format!("（{toml} 指定）"),
            (SettingFrom::Default, Some(toml)) => format!("（默认；{toml} 未指定规范）"),
            (other, _) => format!("（{}）", other.label()),
        };
        eprintln!(
            "已生成填报模板 {}：填报说明 + “{}”工作表（{} 列，{} 列带下拉选项），规范 {}{from}",
            args.output.display(),
            summary.input_sheet,
            summary.columns,
            summary.dropdowns,
            schema.name
        );
    }
    Ok(exit::CLEAN)
}
