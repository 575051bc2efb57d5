//! The report for people: miette diagnostics grouped by file, sheet and item, each showing the
//! cell (民政办.xlsx!实施清单!O6), the cell's text, the message and the help; then a summary line.

use std::fmt::Write as _;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use rayon::prelude::*;

use svcat_core::escape::terminal;
use svcat_core::finding::{Finding, Severity};
use svcat_core::model::{CatalogSettings, SettingFrom};
use svcat_core::report::FindingSource;

/// How to draw: colours only on a terminal without NO_COLOR; a fixed width keeps output stable.
#[derive(Debug, Clone, Copy)]
pub struct Style<'a> {
    pub color: bool,
    pub width: usize,
    /// Show every info finding; otherwise infos are counted by rule at the end.
    pub verbose: bool,
    /// Only the findings (`check -q`): no note on hidden infos, no summary line.
    pub quiet: bool,
    /// Input files that could not be read (their errors follow the report): the summary must
    /// not say a catalog was clean when part of it was never read.
    pub unreadable: usize,
    /// What the catalog was checked with, said after the summary.
    pub settings: Option<&'a CatalogSettings>,
}

/// Writes the report finding by finding (a large catalog's report is never held as one text).
pub fn write_human(
    report: &dyn FindingSource,
    style: Style<'_>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false);
    let mut text = String::new();
    let mut started = false;
    let mut last_group: Option<(String, Option<String>)> = None;
    let mut last_item: Option<(String, String)> = None;
    let mut hidden: std::collections::BTreeMap<&'static str, usize> = Default::default();
    // A chunk of findings at a time: drawing the diagnostics (most of the work) on every core,
    // then the group and item headings in order.
    report.chunks(&mut |findings| {
        let shown: Vec<&Finding> = findings
            .iter()
            .filter(|f| {
                let shown = f.severity != Severity::Info || style.verbose;
                if !shown {
                    *hidden.entry(f.rule).or_default() += 1;
                }
                shown
            })
            .collect();
        let drawn: Vec<String> = shown
            .par_iter()
            .map(|f| {
                let mut drawn = String::new();
                let diagnostic = FindingDiagnostic::new(f, style.width);
                let _ = handler.render_report(&mut drawn, &diagnostic);
                without_line_and_column(&mut drawn);
                // A blank line after each diagnostic, so two in a row never run together.
                drawn.push('\n');
                drawn
            })
            .collect();
        for (f, drawn) in shown.into_iter().zip(drawn) {
            text.clear();
            let group = (f.file.clone(), f.sheet.clone());
            if last_group.as_ref() != Some(&group) {
                let title = match &f.sheet {
                    Some(sheet) => format!("{} › {}", terminal(&f.file), terminal(sheet)),
                    None => terminal(&f.file).into_owned(),
                };
                let _ = writeln!(text, "━━ {title} ━━\n");
                last_group = Some(group);
                last_item = None;
            }
            let item = f.item.as_ref().map(|i| (i.code.clone(), i.name.clone()));
            if item != last_item {
                if let Some((code, name)) = &item {
                    let code = if code.is_empty() {
                        "无编码".into()
                    } else {
                        terminal(code)
                    };
                    let _ = writeln!(text, "事项：{}（{code}）", terminal(name));
                }
                last_item = item;
            }
            text.push_str(&drawn);
            started |= !text.is_empty();
            out.write_all(text.as_bytes())?;
        }
        Ok(())
    })?;
    text.clear();
    if style.quiet {
        return Ok(());
    }
    // The last diagnostic ended with a blank line already.
    let gap = if started { "" } else { "\n" };
    if !hidden.is_empty() {
        let parts: Vec<String> = hidden
            .iter()
            .map(|(rule, n)| format!("{rule} {n} 条"))
            .collect();
        let total: usize = hidden.values().sum();
        let _ = writeln!(text, "{gap}另有 {total} 条提示未显示，加 --verbose 显示：");
        // The rules with their counts, as many to a line as the width holds.
        text.push_str(&fill(&format!("  {}", parts.join("，")), "，", style.width));
        text.push('\n');
    }
    // What the catalog was checked with, then the summary, which stays the last line.
    let gap = if started || !hidden.is_empty() {
        ""
    } else {
        "\n"
    };
    text.push_str(gap);
    if let Some(settings) = style.settings {
        let line = terminal(&settings_line(settings)).into_owned();
        text.push_str(&fill(&line, "，", style.width));
    }
    let _ = writeln!(text, "{}", summary_line(report, style.unreadable));
    out.write_all(text.as_bytes())
}

/// The schema and catalog settings a check used, each with where it came from when that is not
/// the catalog.toml named at the start: "设置（catalogs/town/catalog.toml）：规范 township，…".
pub fn settings_line(settings: &CatalogSettings) -> String {
    let from = |from: SettingFrom| match from {
        SettingFrom::CatalogToml => String::new(),
        other => format!("（{}）", other.label()),
    };
    let mut parts = vec![format!(
        "规范 {}{}",
        settings.schema.value,
        from(settings.schema.from)
    )];
    if settings.kind.is_none() {
        parts.push("清单类型 按各表的列识别".into());
    }
    for (_, label, value, source) in settings.listed() {
        parts.push(format!("{label} {value}{}", from(source)));
    }
    match &settings.catalog_toml {
        Some(path) => format!("设置（{path}）：{}", parts.join("，")),
        None => format!("设置（没有 catalog.toml）：{}", parts.join("，")),
    }
}

pub fn summary_line(report: &dyn FindingSource, unreadable: usize) -> String {
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    let files = match unreadable {
        0 => format!("{} 个文件", report.files()),
        n => format!(
            "{} 个文件（其中 {n} 个无法读取，见下方错误）",
            report.files()
        ),
    };
    let items = report.items();
    match (report.is_empty(), unreadable) {
        (true, 0) => format!("检查了 {files}、{items} 个事项，没有发现问题"),
        (true, _) => format!("检查了 {files}、{items} 个事项，读到的内容中没有发现问题"),
        (false, _) => {
            format!("检查了 {files}、{items} 个事项：{e} 个错误，{w} 个警告，{i} 条提示")
        }
    }
}

/// A finding as a miette diagnostic, the cell's text as its source. Everything that comes from the
/// catalog (the cell's text, the place, the message and help that quote it) is made safe for the
/// terminal first.
#[derive(Debug)]
struct FindingDiagnostic {
    message: String,
    code: String,
    severity: miette::Severity,
    help: String,
    source: Option<NamedSource<String>>,
    label: Option<String>,
    len: usize,
}

impl FindingDiagnostic {
    /// `width`: the report's width, which a long cell text is wrapped to.
    fn new(f: &Finding, width: usize) -> Self {
        let text = f
            .text
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(|t| wrap(&terminal(t), width.saturating_sub(SNIPPET_MARGIN)));
        let len = text.as_ref().map_or(0, String::len);
        let location = terminal(&f.location()).into_owned();
        let note = svcat_core::finding::same_note(&f.same);
        let message = terminal(&f.message);
        let (message, source) = match text {
            Some(text) => (
                format!("{message}{}", terminal(&note)),
                Some(NamedSource::new(location, text)),
            ),
            None => (format!("[{location}] {message}{}", terminal(&note)), None),
        };
        FindingDiagnostic {
            message,
            code: match svcat_rules::find_rule(f.rule) {
                Some(rule) => format!("{} {}", f.rule, rule.name),
                None => f.rule.to_string(),
            },
            severity: match f.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            help: terminal(&help_with_fix(&f.help, f.fix.as_deref())).into_owned(),
            source,
            label: f
                .header
                .as_deref()
                .or(f.element.as_deref())
                .map(|l| terminal(l).into_owned()),
            len,
        }
    }
}

/// Columns a snippet's line takes besides its text: the indent, the line number and the bar.
const SNIPPET_MARGIN: usize = 8;

/// A cell's text with its lines wrapped to `columns` display columns (a Chinese character takes
/// two), so a long cell reads on the terminal instead of running off its edge.
fn wrap(text: &str, columns: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let columns = columns.max(10);
    let mut out = String::with_capacity(text.len() + text.len() / columns);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for c in line.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > columns {
                out.push('\n');
                used = 0;
            }
            out.push(c);
            used += w;
        }
    }
    out
}

/// A line of `separator`-joined parts broken between parts to fit `width` columns, each line
/// after the first indented by two, every line ending in a newline.
fn fill(line: &str, separator: &str, width: usize) -> String {
    let mut out = String::new();
    let mut current = String::new();
    for part in line.split(separator) {
        let longer = if current.is_empty() {
            part.to_string()
        } else {
            format!("{current}{separator}{part}")
        };
        // The separator a full line ends with takes columns too.
        if !current.is_empty() && columns(&longer) + columns(separator) > width {
            out.push_str(&current);
            out.push_str(separator);
            out.push('\n');
            current = format!("  {part}");
        } else {
            current = longer;
        }
    }
    out.push_str(&current);
    out.push('\n');
    out
}

/// Display columns of a text (a Chinese character takes two).
fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// miette names a snippet's place as `name:line:column`; a finding's place is a cell
/// (`01民政办.xlsx!实施清单!P10`), which a line and column of the cell's own text would only blur.
fn without_line_and_column(drawn: &mut String) {
    let Some(start) = drawn.find("─[") else {
        return;
    };
    let Some(end) = drawn[start..].find('\n').map(|e| start + e) else {
        return;
    };
    if let Some(at) = drawn[start..end].rfind(":1:1") {
        drawn.replace_range(start + at..start + at + ":1:1".len(), "");
    }
}

/// A finding's help, saying what `svcat fix` would write when it can fix the value: "把全角数字、
/// 字母改为半角（svcat fix 可自动修正为“30个工作日”）", the rule's own "（svcat fix 可自动修正）"
/// not said twice.
fn help_with_fix(help: &str, fix: Option<&str>) -> String {
    let Some(fix) = fix else {
        return help.to_string();
    };
    let help = help
        .strip_suffix("（svcat fix 可自动修正）")
        .unwrap_or(help);
    format!("{help}（svcat fix 可自动修正为“{fix}”）")
}

impl std::fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        // Label the first line of the cell text (a long cell still points at where it starts).
        let first_line = self
            .source
            .as_ref()
            .map(|s| s.inner().lines().next().unwrap_or("").len())
            .unwrap_or(self.len);
        Some(Box::new(std::iter::once(LabeledSpan::new(
            self.label.clone(),
            0,
            first_line.max(1).min(self.len.max(1)),
        ))))
    }
}
