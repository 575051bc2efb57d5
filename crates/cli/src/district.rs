//! `svcat district DIR [--upper UPPER] [--format human|json] [-o OUT] [--config district.toml]
//! [--deny LEVEL]`

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::check::Level;
use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::Output;
use svcat_core::report::FindingSource;
use svcat_district::human::district_human;
use svcat_district::json::district_json_text;
use svcat_district::{Options, run as run_district};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct DistrictArgs {
    /// 区县目录：其中每个子目录是一个镇（街道）的目录（含 catalog.toml 或部门表格）
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// 上级（县级）目录，任意输入形式，用于核对各镇的认领情况；默认取 district.toml 的 upper
    #[arg(long, value_name = "UPPER")]
    pub upper: Option<PathBuf>,

    /// 输出格式：human（排名表和要素N同，默认）、json（district/1 接口）；不写时由 -o 的扩展名决定
    /// （.txt、.json）
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// 写出到 OUT：.json、.txt 写结果文件；其他（目录）写出区县看板 index.html、汇总工作簿和各镇文件夹
    /// （每个部门一份问题标注工作簿和预填好的填报模板），排名表仍显示在屏幕上
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// 区县设置文件（名称、上级目录、各项指标的目标）；默认取 DIR 中的 district.toml
    #[arg(long, value_name = "district.toml")]
    pub config: Option<PathBuf>,

    /// 任一镇（街道）有达到这一级别的问题时退出码为 1
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = Level::Error)]
    pub deny: Level,
}

pub fn run(args: &DistrictArgs, cli: &Cli) -> Result<u8, Error> {
    let inputs = [args.dir.clone()];
    if let Some(out) = &args.output {
        let output = if is_dir_output(out) {
            Output::Dir(out)
        } else {
            Output::File(out)
        };
        super::guard_outputs(
            &inputs,
            None,
            &[args.upper.as_deref(), args.config.as_deref()],
            &[output],
        )?;
    }
    // -o names a file for the text (.json, .txt) or a directory for the dashboard, the summary
    // workbook and the towns' folders; with a directory the text goes to standard output.
    let (text_file, out_dir) = match &args.output {
        Some(out) if is_dir_output(out) => (None, Some(out.as_path())),
        Some(out) => (Some(out.as_path()), None),
        None => (None, None),
    };
    let format = super::output_format(
        "district",
        args.format,
        text_file,
        &[("json", Format::Json), ("txt", Format::Human)],
        Format::Human,
        None,
    )?;

    let bar = super::spinner(cli.quiet, "正在读取和检查各镇（街道）的目录");
    let result = run_district(Options {
        dir: &args.dir,
        upper: args.upper.as_deref(),
        config: args.config.as_deref(),
    });
    bar.finish_and_clear();
    let run = result?;
    let district = &run.district;
    let text = match format {
        Format::Human => district_human(district),
        Format::Json => district_json_text(district),
    };
    super::write_output(text_file, |out| out.write_all(text.as_bytes()))?;
    if let Some(dir) = out_dir {
        let bar = super::spinner(cli.quiet, "正在写出看板、汇总工作簿和各镇文件夹");
        if !bar.is_hidden() {
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {msg} {pos}/{len} 个镇（街道）（{elapsed}）",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
        }
        let written = svcat_district::outputs::write_outputs(district, dir, Some(&bar));
        bar.finish_and_clear();
        let written = written?;
        if !cli.quiet {
            eprintln!(
                "已写出 {} 个文件（看板 index.html、汇总工作簿、{} 个镇街文件夹）到 {}",
                written.files.len(),
                written.folders.len(),
                dir.display()
            );
        }
    }

    // Unreadable inputs, each under its town, as check reports them.
    let failed = !run.errors.is_empty();
    let mut last_town: Option<String> = None;
    for (town, error) in run.errors {
        if last_town.as_ref() != Some(&town) {
            eprintln!(
                "镇（街道）“{}”的目录有无法读取的输入：",
                svcat_core::escape::terminal(&town)
            );
            last_town = Some(town);
        }
        super::report_error(error);
    }
    let denied = district
        .towns
        .iter()
        .any(|town| town.report.denies(args.deny.severity()));
    Ok(if failed {
        exit::ERROR
    } else if denied {
        exit::FINDINGS
    } else {
        exit::CLEAN
    })
}

/// `-o` names a directory when it is one or has no extension (`汇总`); otherwise a file, whose
/// extension says the format (.json, .txt) or is refused (.xlsx: the workbook is in the directory).
fn is_dir_output(out: &std::path::Path) -> bool {
    out.is_dir() || out.extension().is_none()
}
