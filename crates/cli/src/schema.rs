//! `svcat schema show [NAME]` and `svcat schema check FILE`

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::schema::{Schema, check_schema_file, load_schema};

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// 显示一个规范：要素、表头别名、类型、必填条件
    Show {
        /// 内置名称（national、township）或 .toml 文件
        #[arg(default_value = "national")]
        name: String,
        /// table：要素一览；toml：规范文件原文
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// 校验自定义规范文件，错误会指出 TOML 中的行
    Check {
        /// 规范文件（.toml）
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ShowFormat {
    Table,
    Toml,
}

pub fn run(cmd: &SchemaCommand, cli: &Cli) -> Result<u8, Error> {
    match cmd {
        SchemaCommand::Show { name, format } => {
            let schema = load_schema(name)?;
            let text = match format {
                ShowFormat::Toml => {
                    let (_, text) = schema.sources.last().expect("a schema has its source");
                    text.clone()
                }
                ShowFormat::Table => describe(&schema),
            };
            super::write_output(None, |out| out.write_all(text.as_bytes()))?;
            Ok(exit::CLEAN)
        }
        SchemaCommand::Check { file } => {
            if !file.is_file() {
                return Err(Error::usage(
                    format!("找不到规范文件 {}", file.display()),
                    None,
                ));
            }
            // The rules layer knows the rule IDs `[rules]` may name.
            let checked = match check_schema_file(file) {
                Ok(schema) => match svcat_rules::check_rule_ids(&schema) {
                    Ok(()) => Ok(schema),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            match checked {
                Ok(schema) => {
                    if !cli.quiet {
                        super::write_output(None, |out| {
                            writeln!(
                                out,
                                "规范 {} 有效：名称 {}，{} 个要素",
                                file.display(),
                                schema.name,
                                schema.elements.len()
                            )
                        })?;
                    }
                    Ok(exit::CLEAN)
                }
                Err(e) => {
                    eprintln!("{:?}", miette::Report::new(e));
                    Ok(exit::FINDINGS)
                }
            }
        }
    }
}

/// The schema as a reader wants it: one line per element.
pub fn describe(schema: &Schema) -> String {
    let mut out = format!("{}（{}）", schema.title, schema.name);
    if let Some(v) = &schema.version {
        out.push_str(&format!(" 版本 {v}"));
    }
    out.push('\n');
    if let Some(level) = &schema.level {
        out.push_str(&format!("目录层级：{level}\n"));
    }
    out.push_str("事项类型分组：\n");
    for (group, kinds) in &schema.groups {
        out.push_str(&format!("  {group}: {}\n", kinds.join("、")));
    }
    out.push_str(&format!("\n{} 个要素：\n", schema.elements.len()));
    for e in &schema.elements {
        let required = if e.required.is_empty() {
            "选填".to_string()
        } else {
            format!("必填：{}", e.required.join(","))
        };
        out.push_str(&format!(
            "  {:<20} {}  [{}{}]  {}\n",
            e.key,
            e.label,
            e.ty.name(),
            if e.multiple { "，可多值" } else { "" },
            required
        ));
        if !e.aliases.is_empty() {
            out.push_str(&format!("  {:<20} 别名：{}\n", "", e.aliases.join("、")));
        }
        if !e.values.is_empty() {
            let values: Vec<String> = e
                .values
                .iter()
                .map(|v| match v.codes.first() {
                    Some(code) => format!("{code} {}", v.value),
                    None => v.value.clone(),
                })
                .collect();
            out.push_str(&format!("  {:<20} 取值：{}\n", "", values.join("、")));
        }
    }
    out
}
