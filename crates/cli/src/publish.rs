//! What `export`, `lists` and `guide` say about a catalog with findings before it is published,
//! and the gate `--deny LEVEL` puts in front of them: one check, one wording, for all three.
//!
//! A refused run exits with 1, as `check --deny` does: the catalog was read, and what stops the
//! run is its findings (the "1 findings" of the exit-code policy in lib.rs); 2 stays for input
//! that cannot be read and wrong arguments, so a script can tell a closed gate from a broken run.

use std::path::PathBuf;

use svcat_core::error::Error;
use svcat_core::finding::Severity;
use svcat_ingest::Ingested;
use svcat_rules::{check_catalog, group_repeated_facts};

use super::check::Level;

/// How many findings the catalog has, counted as `check` reports them (a repeated fact once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Findings {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Findings {
    fn at_or_above(&self, level: Severity) -> usize {
        [
            (Severity::Error, self.errors),
            (Severity::Warning, self.warnings),
            (Severity::Info, self.infos),
        ]
        .into_iter()
        .filter(|(s, _)| *s >= level)
        .map(|(_, n)| n)
        .sum()
    }
}

/// Runs the rules over the catalog (as `check` does without `--against`).
pub(crate) fn count_findings(ingested: &Ingested) -> Result<Findings, Error> {
    let mut report = check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files)?;
    group_repeated_facts(&mut report).map_err(|e| Error::io("临时文件", e))?;
    Ok(Findings {
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        infos: report.count(Severity::Info),
    })
}

/// What is published: the inputs and schema it is made from (for the `svcat check` to run) and
/// what it is called ("公示清单").
pub(crate) struct Publication<'a> {
    pub paths: &'a [PathBuf],
    pub schema: Option<&'a String>,
    pub what: &'a str,
}

/// `svcat check PATHS… [--schema S]` for the inputs, as the user can type it again.
fn check_command(publication: &Publication) -> String {
    let mut command = "svcat check".to_string();
    let words = publication
        .paths
        .iter()
        .map(|p| p.display().to_string())
        .chain(
            publication
                .schema
                .into_iter()
                .flat_map(|s| ["--schema".to_string(), s.clone()]),
        );
    for shown in words {
        command.push(' ');
        if shown
            .chars()
            .any(|c| c.is_whitespace() || "'\"$`\\;&|<>()*?".contains(c))
        {
            command.push_str(&format!("'{}'", shown.replace('\'', r"'\''")));
        } else {
            command.push_str(&shown);
        }
    }
    command
}

fn level_name(level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Error => ("error", "错误"),
        Level::Warning => ("warning", "错误或警告"),
        Level::Info => ("info", "错误、警告或提示"),
    }
}

/// What the gate decided.
pub(crate) enum Gate {
    /// Findings at or above `--deny`: said on stderr; the caller writes nothing and exits with 1.
    Refused,
    /// Go ahead; the findings when the gate counted them (with `--deny`).
    Open(Option<Findings>),
}

/// The gate: with `--deny LEVEL`, checks the catalog before anything is written and refuses when
/// it has findings at or above LEVEL. Without `--deny` it checks nothing (the warning counts the
/// findings after writing, unless `--quiet`).
pub(crate) fn gate(
    ingested: &Ingested,
    deny: Option<Level>,
    publication: &Publication,
) -> Result<Gate, Error> {
    let Some(level) = deny else {
        return Ok(Gate::Open(None));
    };
    let findings = count_findings(ingested)?;
    let denied = findings.at_or_above(match level {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info => Severity::Info,
    });
    if denied > 0 {
        let (flag, words) = level_name(level);
        eprintln!(
            "目录中有 {denied} 个{words}（--deny {flag}），没有写出{}；运行 {} 查看详情，改正后再生成",
            publication.what,
            // check lists infos one by one only with --verbose.
            check_command(publication)
                + if level == Level::Info {
                    " --verbose"
                } else {
                    ""
                }
        );
        return Ok(Gate::Refused);
    }
    Ok(Gate::Open(Some(findings)))
}

/// The findings the gate counted, else counted now.
pub(crate) fn findings(counted: Option<Findings>, ingested: &Ingested) -> Result<Findings, Error> {
    match counted {
        Some(findings) => Ok(findings),
        None => count_findings(ingested),
    }
}

/// The exit code of a refused run: 2 when some input could not be read (said here), else 1.
pub(crate) fn refused(errors: Vec<Error>) -> u8 {
    if super::report_input_errors(errors) {
        super::exit::ERROR
    } else {
        super::exit::FINDINGS
    }
}

/// The warning after writing: how many errors and warnings were published as they are, how many
/// values the output marks 待核实, and how to see them. `what` names the output ("公示清单").
pub(crate) fn warning(findings: &Findings, unverified: usize, publication: &Publication) -> String {
    let what = publication.what;
    let mut out = String::new();
    if findings.errors + findings.warnings > 0 {
        out.push_str(&format!(
            "注意：目录中仍有 {} 个错误、{} 个警告未处理，{what}已按读到的内容原样写出；运行 {} 查看详情（加 --deny error 则有错误时不写出）\n",
            findings.errors,
            findings.warnings,
            check_command(publication)
        ));
    } else {
        out.push_str("检查未发现错误或警告\n");
    }
    if unverified > 0 {
        out.push_str(&format!(
            "{what}中有 {unverified} 处办结时限不能照原样公示（即办件填了时限、承诺时限未定等），已标为“待核实”\n"
        ));
    }
    out
}
