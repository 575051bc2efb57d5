//! `svcat rules [ID]`: every rule, or one explained with a bad and a good example.

use clap::Args;

use super::exit;
use svcat_core::error::Error;
use svcat_rules::{all_rules, find_rule};

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// 规则编号，如 C001；不给时列出全部规则
    pub id: Option<String>,
}

pub fn run(args: &RulesArgs) -> Result<u8, Error> {
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
            let Some(rule) = find_rule(id) else {
                return Err(Error::usage(
                    format!("没有编号为 {id} 的规则"),
                    Some("svcat rules 列出全部规则"),
                ));
            };
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
