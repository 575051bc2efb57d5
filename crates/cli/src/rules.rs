//! `svcat rules [ID] [--format markdown]`: every rule, or one explained with a bad and a good
//! example; in Markdown, the whole reference the staff manual (docs/使用手册.md) carries, so the
//! manual says what the rules say.

use std::io::Write;

use clap::{Args, ValueEnum};

use super::exit;
use svcat_core::error::Error;
use svcat_core::escape::{markdown, markdown_paragraph};
use svcat_rules::{Rule, all_rules, find_rule};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// 规则编号，如 C001；不给时列出全部规则
    pub id: Option<String>,

    /// 输出格式：text（默认）或 markdown（每条规则的完整说明，用于手册）
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: &RulesArgs) -> Result<u8, Error> {
    if args.format == Format::Markdown {
        let rules = match &args.id {
            None => all_rules(),
            Some(id) => vec![known(id)?],
        };
        super::write_output(None, |out| write_markdown(&rules, out))?;
        return Ok(exit::CLEAN);
    }
    match &args.id {
        None => {
            super::write_output(None, |out| {
                let mut family = ' ';
                for rule in all_rules() {
                    if rule.family.letter() != family {
                        family = rule.family.letter();
                        writeln!(out, "{family} {}", rule.family.label())?;
                    }
                    let fix = if rule.fixable.is_some() {
                        "  [可自动修正]"
                    } else {
                        ""
                    };
                    writeln!(
                        out,
                        "  {}  {:<7} {}{fix}",
                        rule.id,
                        rule.severity.label(),
                        rule.name
                    )?;
                }
                writeln!(out, "\n用 svcat rules <编号> 查看一条规则的说明和示例")
            })?;
            Ok(exit::CLEAN)
        }
        Some(id) => {
            let rule = known(id)?;
            super::write_output(None, |out| {
                writeln!(out, "{}：{}", rule.id, rule.name)?;
                writeln!(
                    out,
                    "类别：{}（{}）",
                    rule.family.label(),
                    rule.family.letter()
                )?;
                writeln!(out, "默认级别：{}", rule.severity.label())?;
                writeln!(out, "依据：{}", rule.source)?;
                writeln!(out)?;
                writeln!(out, "{}", rule.explain)?;
                writeln!(out)?;
                writeln!(out, "错误示例：{}", rule.bad)?;
                writeln!(out, "正确示例：{}", rule.good)?;
                writeln!(out)?;
                writeln!(out, "怎么改：{}", rule.help)?;
                if rule.fixable.is_some() {
                    writeln!(out, "svcat fix 可以自动修正这一问题。")?;
                }
                writeln!(
                    out,
                    "\n在规范中调整级别：[rules] {} = \"warning\"（或 error、info、off）",
                    rule.id
                )
            })?;
            Ok(exit::CLEAN)
        }
    }
}

fn known(id: &str) -> Result<&'static Rule, Error> {
    find_rule(id).ok_or_else(|| {
        Error::usage(
            format!("没有编号为 {id} 的规则"),
            Some("svcat rules 列出全部规则"),
        )
    })
}

/// The rules as Markdown: a section per family, a subsection per rule with everything
/// `svcat rules ID` says.
fn write_markdown(rules: &[&Rule], out: &mut dyn Write) -> std::io::Result<()> {
    let mut family = None;
    for rule in rules {
        if family != Some(rule.family.letter()) {
            family = Some(rule.family.letter());
            writeln!(
                out,
                "### {} {}\n",
                rule.family.letter(),
                markdown(rule.family.label())
            )?;
        }
        writeln!(out, "#### {} {}\n", rule.id, markdown(rule.name))?;
        let fix = if rule.fixable.is_some() {
            "；`svcat fix` 可以自动修正"
        } else {
            ""
        };
        writeln!(out, "- 默认级别：{}{fix}", rule.severity.label())?;
        writeln!(out, "- 依据：{}\n", markdown(rule.source))?;
        writeln!(out, "{}\n", markdown_paragraph(rule.explain))?;
        writeln!(out, "- 错误示例：{}", markdown(rule.bad))?;
        writeln!(out, "- 正确示例：{}", markdown(rule.good))?;
        writeln!(out, "- 怎么改：{}\n", markdown(rule.help))?;
    }
    Ok(())
}
