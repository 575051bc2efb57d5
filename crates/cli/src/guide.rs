//! `svcat guide PATHS… [-o DIR] [--format html|md] [--item CODE|NAME] [--glossary FILE]`

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::check::Level;
use super::publish::{self, Gate, Publication};
use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_guide::summary::summary_text;
use svcat_guide::{GuideFormat, build_guide, builtin_glossary, load_glossary, write_guide};
use svcat_ingest::{IngestOptions, read_inputs};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// 可打印的 HTML 手册、单项页面和一次性告知单
    Html,
    /// Markdown：每个事项一个文件，另有目录页
    Md,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// 部门表格、目录或目录 JSON
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出目录（不存在时会创建）
    #[arg(short, long, value_name = "DIR", default_value = "guide")]
    pub output: PathBuf,

    /// 输出格式
    #[arg(long, value_enum, default_value_t = Format::Html)]
    pub format: Format,

    /// 只生成这一个事项（事项编码或完整名称）
    #[arg(long, value_name = "CODE|NAME")]
    pub item: Option<String>,

    /// 自己的术语表（TOML），合并在内置术语表之上
    #[arg(long, value_name = "FILE")]
    pub glossary: Option<PathBuf>,

    /// 要素规范：内置名称或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,

    /// 目录中有这一级别及以上的问题时不生成指南，退出码为 1（级别同 svcat check --deny）
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Level>,
}

pub fn run(args: &GuideArgs, cli: &Cli) -> Result<u8, Error> {
    refuse_file_as_dir(&args.output)?;
    super::guard_outputs(
        &args.paths,
        args.schema.as_ref(),
        &[args.glossary.as_deref()],
        &[svcat_core::output::Output::Dir(&args.output)],
    )?;
    let glossary = match &args.glossary {
        Some(path) => std::sync::Arc::new(load_glossary(path)?),
        None => builtin_glossary(),
    };
    let bar = super::progress(cli.quiet, "正在读取");
    let ingested = read_inputs(
        &args.paths,
        &IngestOptions {
            schema: args.schema.clone(),
            progress: Some(&bar),
            check_schema: Some(&svcat_rules::check_rule_ids),
            ..Default::default()
        },
    )?;
    bar.finish_and_clear();
    if let Some(nothing) = super::nothing_read(&args.paths, &ingested) {
        super::report_input_errors(ingested.errors);
        return Err(nothing);
    }
    refuse_directory(&ingested.catalog)?;
    let counted = match publish::gate(&ingested, args.deny, &publication(args))? {
        Gate::Refused => return Ok(publish::refused(ingested.errors)),
        Gate::Open(counted) => counted,
    };
    let guide = build_guide(&ingested.catalog, &glossary, args.item.as_deref())?;
    let format = match args.format {
        Format::Html => GuideFormat::Html,
        Format::Md => GuideFormat::Markdown,
    };
    write_guide(&guide, format, &args.output)?;
    if !cli.quiet {
        eprint!(
            "{}",
            summary_text(&guide, format, &args.output.display().to_string())
        );
        let findings = publish::findings(counted, &ingested)?;
        eprint!("{}", publish::warning(&findings, 0, &publication(args)));
    }
    let failed = !ingested.errors.is_empty();
    for e in ingested.errors {
        super::report_error(e);
    }
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}

/// A 目录 or 权责清单 holds names, codes and bases, none of what a guide tells residents
/// (materials, limits, where to go): a guide of it would say 此项信息待补充 a dozen times a page.
fn refuse_directory(catalog: &svcat_core::model::Catalog) -> Result<(), Error> {
    let forced = catalog.meta.list_kind.as_deref();
    let kinds: Vec<_> = catalog
        .sheets
        .iter()
        .map(|s| s.list_kind(&catalog.schema, forced))
        .collect();
    let directory = kinds
        .iter()
        .flatten()
        .find(|k| !k.required.is_empty())
        .filter(|_| {
            !kinds.is_empty()
                && kinds
                    .iter()
                    .all(|k| k.is_some_and(|k| !k.required.is_empty()))
        });
    match directory {
        Some(kind) => Err(Error::usage(
            format!(
                "输入是{}：只有事项名称、编码、类型等，没有申请材料、办结时限、办理地点等办事内容，无法生成办事指南",
                kind.title
            ),
            Some(
                "办事指南要用实施清单；要列出这些事项，可用 svcat export（标准目录）或 svcat check（检查目录本身）",
            ),
        )),
        None => Ok(()),
    }
}

/// The output must be a directory (the guard keeps it apart from the inputs).
fn refuse_file_as_dir(dir: &Path) -> Result<(), Error> {
    if dir.is_file() {
        return Err(Error::usage(
            format!("输出 {} 是一个文件，guide 需要输出目录", dir.display()),
            Some("例如：svcat guide catalogs/town -o guide"),
        ));
    }
    Ok(())
}

/// What this command publishes, for the warning and the gate.
fn publication(args: &GuideArgs) -> Publication<'_> {
    Publication {
        paths: &args.paths,
        schema: args.schema.as_ref(),
        what: "办事指南",
    }
}
