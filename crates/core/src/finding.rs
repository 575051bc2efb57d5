//! A finding: what a rule says about a cell, an item, a sheet or a file.

use std::cmp::Ordering;

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
