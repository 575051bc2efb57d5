//! `svcat manual [-o 使用手册.html]`: the staff manual as one HTML file to open and print.

use std::path::PathBuf;

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::write_atomic;
use svcat_guide::manual::manual_html;
use svcat_ingest::has_extension;

#[derive(Debug, Args)]
pub struct ManualArgs {
    /// 写出的 HTML 文件，用浏览器打开即可阅读和打印
    #[arg(short, long, value_name = "FILE.html", default_value = "使用手册.html")]
    pub output: PathBuf,
}

pub fn run(args: &ManualArgs, cli: &Cli) -> Result<u8, Error> {
    if !has_extension(&args.output, "html") && !has_extension(&args.output, "htm") {
        return Err(Error::usage(
            format!(
                "使用手册写出为 HTML 网页，{} 的扩展名不是 .html",
                args.output.display()
            ),
            Some("例如：svcat manual -o 使用手册.html"),
        ));
    }
    let page = manual_html();
    write_atomic(&args.output, |out| out.write_all(page.as_bytes()))?;
    if !cli.quiet {
        eprintln!(
            "已写出使用手册：{}（用浏览器打开，可直接打印）",
            args.output.display()
        );
    }
    Ok(exit::CLEAN)
}
