//! clap in Chinese: the help pages (用法、参数、选项、命令, the possible and default values) and the
//! command-line errors, which clap writes only in English. The help is rendered by clap and its
//! few fixed English words replaced; an error is rebuilt from its kind and context.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// The command line as staff read it: every command's help page in Chinese.
pub fn localize(command: Command) -> Command {
    localize_one(command, true)
}

fn localize_one(command: Command, root: bool) -> Command {
    let mut command = command
        .help_template("{before-help}{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("命令")
        .subcommand_value_name("命令")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .mut_args(localize_arg)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("显示帮助")
                .help_heading("选项"),
        );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("显示版本")
                .help_heading("选项"),
        );
    }
    command.mut_subcommands(|sub| localize_one(sub, false))
}

/// An argument under 参数 or 选项, its possible and default values said in Chinese.
fn localize_arg(arg: Arg) -> Arg {
    let heading = if arg.is_positional() {
        "参数"
    } else {
        "选项"
    };
    let mut notes = Vec::new();
    // A flag's possible values (true, false) say nothing.
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push(format!("可选：{}", values.join("、")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(format!("默认：{}", defaults.join("、")));
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let help = if notes.is_empty() {
        help
    } else {
        format!("{help}（{}）", notes.join("；"))
    };
    let arg = arg.help_heading(heading).help(help);
    if takes_values {
        arg.hide_possible_values(true).hide_default_value(true)
    } else {
        arg
    }
}

/// clap's rendered help with its fixed English placeholders in Chinese.
pub fn help_page(rendered: &str) -> String {
    let mut page = rendered
        .replace("[OPTIONS]", "[选项]")
        .replace("<COMMAND>", "<命令>");
    for heading in ["命令", "参数", "选项"] {
        page = page.replace(&format!("\n{heading}:\n"), &format!("\n{heading}：\n"));
    }
    page
}

/// What to say for a command-line error, and how to go on: (message, help).
pub fn explain(error: &clap::Error) -> (String, String) {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join("、")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("、"),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let usage = text(ContextKind::Usage)
        .map(|u| help_page(u.trim_start_matches("Usage: ").trim()))
        .unwrap_or_default();
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let message = match error.kind() {
        ErrorKind::UnknownArgument => format!("不认识的选项或参数：{arg}"),
        ErrorKind::InvalidSubcommand => format!(
            "不认识的命令：{}",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => match text(ContextKind::InvalidValue) {
            Some(value) if !value.is_empty() => format!("{arg} 的取值“{value}”不对"),
            _ => format!("{arg} 后面缺少取值"),
        },
        ErrorKind::MissingRequiredArgument => format!("缺少必须写的参数：{arg}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "缺少命令".to_string()
        }
        ErrorKind::ArgumentConflict => format!(
            "{arg} 不能和 {} 同时使用",
            text(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues => format!(
            "{arg} 的取值太多：{}",
            text(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("{arg} 的取值个数不对")
        }
        ErrorKind::ValueValidation => format!(
            "{arg} 的取值“{}”不对",
            text(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::NoEquals => format!("{arg} 的取值要用 = 连着写"),
        ErrorKind::InvalidUtf8 => "命令行中有无法识别的字符（不是 UTF-8）".to_string(),
        _ => "命令行写得不对".to_string(),
    };
    let mut help = Vec::new();
    if let Some(valid) = text(ContextKind::ValidValue) {
        help.push(format!("可选：{valid}"));
    }
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        if let Some(suggested) = text(kind) {
            help.push(format!("是不是要写：{suggested}"));
        }
    }
    if let Some(value) = text(ContextKind::TrailingArg) {
        help.push(format!("要把“{value}”当作取值，请写在 -- 之后"));
    }
    if !usage.is_empty() {
        help.push(format!("用法：{usage}"));
    }
    let command = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ");
    help.push(if command.is_empty() {
        "查看说明：svcat --help，或在命令后加 --help（如 svcat check --help）".to_string()
    } else {
        format!("查看说明：{command} --help")
    });
    (message, help.join("；"))
}
