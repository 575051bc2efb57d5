//! Findings and the report that holds them: data first; the renderers (human, JSON, SARIF, the
//! annotated workbook) are views of it.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rayon::slice::ParallelSliceMut;

use crate::text::{cell_name, column_letter};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "提示",
            Severity::Warning => "警告",
            Severity::Error => "错误",
        }
    }

    pub fn from_name(name: &str) -> Option<Severity> {
        Some(match name {
            "info" => Severity::Info,
            "warning" => Severity::Warning,
            "error" => Severity::Error,
            _ => return None,
        })
    }
}

/// The item a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemKey {
    pub code: String,
    pub name: String,
}

/// One thing wrong, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// The element key the finding is about, if one.
    pub element: Option<String>,
    pub message: String,
    pub help: String,
    pub file: String,
    pub sheet: Option<String>,
    /// Spreadsheet row (1-based); None for findings about a whole sheet or catalog.
    pub row: Option<u32>,
    /// Zero-based column; None when the finding is about a row or more.
    pub column: Option<u32>,
    pub item: Option<ItemKey>,
    /// The cell's text as typed, for the human report and the annotated workbook.
    pub text: Option<String>,
    /// The column header as the department's sheet shows it (or the element's label).
    pub header: Option<String>,
    /// A safe replacement for the cell text, when there is one (`svcat fix` applies these).
    pub fix: Option<String>,
    /// The other cells of the same column where the same fact was found (a phone, a code, a
    /// value written the same way), reported once here ([`svcat_rules::Rule::one_fact`]).
    pub same: Vec<String>,
}

impl Finding {
    /// "H17", when the finding is about one cell.
    pub fn cell(&self) -> Option<String> {
        Some(cell_name(self.column?, self.row?))
    }

    pub fn column_letter(&self) -> Option<String> {
        self.column.map(column_letter)
    }

    /// Where the finding is, as a person would look for it: 民政办.xlsx!民政办!H17.
    pub fn location(&self) -> String {
        let mut s = self.file.clone();
        if let Some(sheet) = &self.sheet {
            s.push('!');
            s.push_str(sheet);
        }
        match (self.cell(), self.row) {
            (Some(cell), _) => {
                s.push('!');
                s.push_str(&cell);
            }
            (None, Some(row)) => s.push_str(&format!("!第{row}行")),
            _ => {}
        }
        s
    }

    /// The contract's order: file, sheet, row, column index (Z before AA), rule. Findings without
    /// a row (whole sheet) come before the sheet's rows.
    pub fn order(&self, other: &Finding) -> Ordering {
        self.file
            .cmp(&other.file)
            .then_with(|| self.sheet.cmp(&other.sheet))
            .then_with(|| self.row.cmp(&other.row))
            .then_with(|| self.column.cmp(&other.column))
            .then_with(|| self.rule.cmp(other.rule))
            .then_with(|| self.message.cmp(&other.message))
    }
}

/// The findings of a check as the renderers read them: in the contract's order, from memory
/// ([`Report`]) or from a spill file ([`store::FindingStore`], for catalogs too large to hold).
pub trait FindingSource {
    /// Input files read.
    fn files(&self) -> usize;
    /// Items checked.
    fn items(&self) -> usize;
    fn len(&self) -> usize;
    fn count(&self, severity: Severity) -> usize;
    /// Visits every finding, in order; stops at the first error.
    fn each(&self, visit: &mut dyn FnMut(&Finding) -> std::io::Result<()>) -> std::io::Result<()>;

    /// Keeps the findings `keep` accepts (a baseline's filter).
    fn retain(&mut self, keep: &dyn Fn(&Finding) -> bool) -> std::io::Result<()>;

    /// Reports a repeated fact once: of the findings of a rule for which `one_fact` holds that
    /// say the same about cells of one column of one sheet, the first keeps its place and lists
    /// the others' cells in `same`; they are dropped.
    fn group_repeats(&mut self, one_fact: &dyn Fn(&str) -> bool) -> std::io::Result<()>;

    /// Visits the findings in order, some thousands at a time (for renderers that work on every
    /// core).
    fn chunks(
        &self,
        visit: &mut dyn FnMut(&[Finding]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut chunk = Vec::with_capacity(CHUNK);
        self.each(&mut |f| {
            chunk.push(f.clone());
            if chunk.len() == CHUNK {
                visit(&chunk)?;
                chunk.clear();
            }
            Ok(())
        })?;
        if chunk.is_empty() {
            Ok(())
        } else {
            visit(&chunk)
        }
    }

    /// The findings as the JSON report writes them (each after ",\n    "), in order, some thousands
    /// at a time.
    fn json_chunks(
        &self,
        visit: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.chunks(&mut |findings| {
            crate::finding_json::render_parts(findings, |f, buf| {
                crate::finding_json::render_finding(buf, &crate::finding_json::FindingJson::of(f));
                Ok(())
            })?
            .iter()
            .try_for_each(|part| visit(part))
        })
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether any finding reaches `deny`.
    fn denies(&self, deny: Severity) -> bool {
        [Severity::Info, Severity::Warning, Severity::Error]
            .into_iter()
            .any(|s| s >= deny && self.count(s) > 0)
    }
}

/// How many findings [`FindingSource::chunks`] hands over at a time.
pub const CHUNK: usize = 4096;

impl FindingSource for Report {
    fn files(&self) -> usize {
        self.files
    }

    fn items(&self) -> usize {
        self.items
    }

    fn len(&self) -> usize {
        self.findings.len()
    }

    fn count(&self, severity: Severity) -> usize {
        Report::count(self, severity)
    }

    fn each(&self, visit: &mut dyn FnMut(&Finding) -> std::io::Result<()>) -> std::io::Result<()> {
        self.findings.iter().try_for_each(visit)
    }

    fn retain(&mut self, keep: &dyn Fn(&Finding) -> bool) -> std::io::Result<()> {
        self.findings.retain(|f| keep(f));
        Ok(())
    }

    fn group_repeats(&mut self, one_fact: &dyn Fn(&str) -> bool) -> std::io::Result<()> {
        let mut heads: HashMap<RepeatKey, usize> = HashMap::new();
        let mut dropped = vec![false; self.findings.len()];
        let mut same: Vec<(usize, String)> = Vec::new();
        for (i, f) in self.findings.iter().enumerate() {
            let Some(key) = repeat_key(f, one_fact) else {
                continue;
            };
            match heads.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
                Entry::Occupied(slot) => {
                    same.push((*slot.get(), f.cell().unwrap_or_default()));
                    dropped[i] = true;
                }
            }
        }
        for (head, cell) in same {
            self.findings[head].same.push(cell);
        }
        let mut i = 0;
        self.findings.retain(|_| {
            i += 1;
            !dropped[i - 1]
        });
        Ok(())
    }

    fn chunks(
        &self,
        visit: &mut dyn FnMut(&[Finding]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.findings.chunks(CHUNK).try_for_each(visit)
    }
}

/// What makes two findings one repeated fact: rule, file, sheet, column and message.
pub type RepeatKey = (&'static str, String, Option<String>, u32, String);

/// The repeat key of a finding whose rule reports facts, when it is about a cell.
pub fn repeat_key(f: &Finding, one_fact: &dyn Fn(&str) -> bool) -> Option<RepeatKey> {
    if !one_fact(f.rule) || f.row.is_none() {
        return None;
    }
    Some((
        f.rule,
        f.file.clone(),
        f.sheet.clone(),
        f.column?,
        f.message.clone(),
    ))
}

/// How a finding that stands for several cells says so: "（同一写法另有 2 处：AG9、AG12）", with
/// at most ten cells named.
pub fn same_note(same: &[String]) -> String {
    if same.is_empty() {
        return String::new();
    }
    const NAMED: usize = 10;
    let mut note = format!("（同一写法另有 {} 处：", same.len());
    note.push_str(
        &same
            .iter()
            .take(NAMED)
            .cloned()
            .collect::<Vec<_>>()
            .join("、"),
    );
    if same.len() > NAMED {
        note.push('等');
    }
    note.push('）');
    note
}

/// What `check` found, ready to render.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub files: usize,
    pub items: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn sort(&mut self) {
        self.findings.par_sort_by(Finding::order);
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Builders for what a rule adds to a finding after placing it.
impl Finding {
    pub fn help(&mut self, help: impl Into<String>) -> &mut Finding {
        self.help = help.into();
        self
    }

    pub fn fix(&mut self, fix: impl Into<String>) -> &mut Finding {
        self.fix = Some(fix.into());
        self
    }

    pub fn element(&mut self, key: &str) -> &mut Finding {
        self.element = Some(key.to_string());
        self
    }

    pub fn item(&mut self, key: ItemKey) -> &mut Finding {
        self.item = Some(key);
        self
    }
}
