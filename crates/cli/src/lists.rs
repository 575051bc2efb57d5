//! `svcat lists PATHS… -o DIR [--deny LEVEL]`

use std::path::{Path, PathBuf};

use clap::Args;

use super::check::Level;
use super::publish::{self, Gate, Publication};
use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_emit::lists::write_lists;

#[derive(Debug, Args)]
pub struct ListsArgs {
    /// 部门表格、目录或目录 JSON
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出目录（不存在时创建），每份清单写成 xlsx 和 Markdown 两个文件
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    /// 要素规范：内置名称（national、township）或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 目录中有这一级别及以上的问题时不生成清单，退出码为 1（级别同 svcat check --deny）
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Level>,
}

pub fn run(args: &ListsArgs, cli: &Cli) -> Result<u8, Error> {
    refuse_file_as_dir(&args.output)?;
    super::guard_outputs(
        &args.paths,
        args.schema.as_ref(),
        &[],
        &[svcat_core::output::Output::Dir(&args.output)],
    )?;
    let ingested = super::read_catalog(&args.paths, args.schema.as_ref(), cli.quiet)?;
    let counted = match publish::gate(&ingested, args.deny, &publication(args))? {
        Gate::Refused => return Ok(publish::refused(ingested.errors)),
        Gate::Open(counted) => counted,
    };

    let written = write_lists(&ingested.catalog, &args.output)?;
    if !cli.quiet {
        eprintln!(
            "已从 {} 个事项生成 {} 份清单，写入 {}：",
            ingested.catalog.items.len(),
            written.lists.len(),
            args.output.display()
        );
        for list in &written.lists {
            let stem = list
                .xlsx
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            eprintln!(
                "  {}：{} 项（{stem}.xlsx、{stem}.md）",
                list.title, list.items
            );
        }
        if !written.skipped.is_empty() {
            eprintln!(
                "  {}：目录中没有这类事项，未生成",
                written.skipped.join("、")
            );
        }
        let findings = publish::findings(counted, &ingested)?;
        eprint!(
            "{}",
            publish::warning(&findings, written.unverified, &publication(args))
        );
    }
    let failed = super::report_input_errors(ingested.errors);
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}

/// The output must be a directory; the guard keeps it apart from the inputs (lists written into a
/// catalog directory would be read as department sheets next time).
fn refuse_file_as_dir(output: &Path) -> Result<(), Error> {
    if output.is_file() {
        return Err(Error::usage(
            format!("{} 是一个文件，-o 需要一个目录", output.display()),
            Some("例如 -o 公示清单"),
        ));
    }
    Ok(())
}

/// What this command publishes, for the warning and the gate.
fn publication(args: &ListsArgs) -> Publication<'_> {
    Publication {
        paths: &args.paths,
        schema: args.schema.as_ref(),
        what: "公示清单",
    }
}
