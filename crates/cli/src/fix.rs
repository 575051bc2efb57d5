//! `svcat fix PATHS… -o OUT`: applies only safe fixes and writes a standardized copy; the input is
//! never touched. OUT is a directory (a fixed copy of each file: an xlsx or csv is the file itself
//! with only the fixed cells changed, in its own formatting, encoding and delimiter; xls, et and ods
//! become xlsx, which the listing says) or a `.json` file (the fixed canonical catalog). The fixes are planned and written by `svcat_report::fix`; this command
//! reads its arguments, lists the fixes and says what is left.

use std::path::PathBuf;

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::{Output, guard_output_names};
use svcat_ingest::has_extension;
use svcat_report::fix::{
    Copies, fixes_by_rule, left_unfixed, plan_fixes, planned_copies, write_copies,
    write_fixed_catalog,
};

use svcat_rules::check_catalog;

#[derive(Debug, Args)]
pub struct FixArgs {
    /// 部门表格、目录或目录 JSON
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出目录（每个文件一份修正后的副本），或 .json 文件（修正后的目录 JSON）
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,

    /// 要素规范：内置名称或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,
}

pub fn run(args: &FixArgs, cli: &Cli) -> Result<u8, Error> {
    let to_json = has_extension(&args.output, "json");
    let output = if to_json {
        Output::File(&args.output)
    } else {
        Output::Dir(&args.output)
    };
    super::guard_outputs(&args.paths, args.schema.as_ref(), &[], &[output])?;
    if !to_json {
        guard_output_names(&args.output, &planned_copies(&args.paths)?)?;
    }
    let mut ingested = super::read_catalog(&args.paths, args.schema.as_ref(), cli.quiet)?;
    let report = check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files)?;
    let fixes = plan_fixes(&report);

    let mut copies = Copies::default();
    if to_json {
        write_fixed_catalog(&args.output, &mut ingested.catalog, &fixes)?;
    } else {
        copies = write_copies(&args.paths, &args.output, &fixes, &ingested.catalog)?;
    }

    super::write_output(None, |out| {
        for fix in &fixes {
            let header = fix.header.as_deref().unwrap_or("表头");
            writeln!(
                out,
                "{}  {}：{} → {}  [{}]",
                svcat_core::escape::terminal(&fix.location()),
                svcat_core::escape::terminal(header),
                svcat_core::escape::terminal(&fix.old),
                svcat_core::escape::terminal(&fix.new),
                fix.rule
            )?;
        }
        Ok(())
    })?;
    // What the copies could not keep: a format written as xlsx instead, a fix not made.
    for note in &copies.notes {
        eprintln!("注意：{}", svcat_core::escape::terminal(note));
    }
    if !cli.quiet {
        let parts: Vec<String> = fixes_by_rule(&fixes)
            .iter()
            .map(|(r, n)| format!("{r} {n} 处"))
            .collect();
        let left = left_unfixed(&report, &fixes);
        eprintln!(
            "已修正 {} 个单元格{}，写入 {}；其余 {left} 个错误和警告需要人工处理（svcat check 查看）",
            fixes.len(),
            if parts.is_empty() {
                String::new()
            } else {
                format!("（{}）", parts.join("，"))
            },
            args.output.display()
        );
    }
    // A file that could not be read is not reported again for its copy.
    let mut errors = ingested.errors;
    for e in copies.failed {
        if !errors
            .iter()
            .any(|r| r.file().is_some() && r.file() == e.file())
        {
            errors.push(e);
        }
    }
    let failed = super::report_input_errors(errors);
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}
