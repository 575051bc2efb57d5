//! Safe fixes: the findings whose rule can repair a cell without guessing (full-width characters,
//! enum synonyms to the standard value, Chinese numerals in limits, phone formatting, lowercase
//! letters in codes). Planned from a check report (here); applied to a copy, never to the input:
//! the canonical catalog's values (`catalog`), or a copy of each source file (`copies`), which
//! for xlsx and csv is the file itself with only the fixed cells changed (`in_place`).

mod catalog;
mod copies;
mod in_place;

pub use catalog::{apply_to_catalog, write_fixed_catalog};
pub use copies::{Copies, planned_copies, write_copies};

use std::collections::{BTreeMap, HashSet};

use svcat_core::finding::Severity;
use svcat_core::report::Report;
use svcat_rules::find_rule;

/// One cell's change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFix {
    pub file: String,
    pub sheet: Option<String>,
    /// Spreadsheet row, 1-based.
    pub row: u32,
    /// Zero-based column.
    pub column: u32,
    pub rule: &'static str,
    pub header: Option<String>,
    pub old: String,
    pub new: String,
}

impl CellFix {
    pub fn location(&self) -> String {
        let cell = svcat_core::text::cell_name(self.column, self.row);
        match &self.sheet {
            Some(sheet) => format!("{}!{}!{}", self.file, sheet, cell),
            None => format!("{}!{}", self.file, cell),
        }
    }
}

/// When several rules fix one cell, the fix of the lowest rank wins (see [`svcat_rules::Rule::fixable`]).
fn rank(rule: &str) -> u8 {
    find_rule(rule).and_then(|r| r.fixable).unwrap_or(u8::MAX)
}

/// The fixes a report allows, one per cell, in report order.
pub fn plan_fixes(report: &Report) -> Vec<CellFix> {
    let mut by_cell: BTreeMap<(String, Option<String>, u32, u32), CellFix> = BTreeMap::new();
    for f in &report.findings {
        let (Some(new), Some(row), Some(column)) = (&f.fix, f.row, f.column) else {
            continue;
        };
        if find_rule(f.rule).is_none_or(|r| r.fixable.is_none()) {
            continue;
        }
        let fix = CellFix {
            file: f.file.clone(),
            sheet: f.sheet.clone(),
            row,
            column,
            rule: f.rule,
            header: f.header.clone(),
            old: f.text.clone().unwrap_or_default(),
            new: new.clone(),
        };
        let key = (f.file.clone(), f.sheet.clone(), row, column);
        match by_cell.get(&key) {
            Some(existing) if rank(existing.rule) <= rank(fix.rule) => {}
            _ => {
                by_cell.insert(key, fix);
            }
        }
    }
    let mut fixes: Vec<CellFix> = by_cell.into_values().collect();
    fixes.sort_by(|a, b| {
        (&a.file, &a.sheet, a.row, a.column).cmp(&(&b.file, &b.sheet, b.row, b.column))
    });
    fixes
}

/// How many cells each rule fixes, by rule ID.
pub fn fixes_by_rule(fixes: &[CellFix]) -> BTreeMap<&'static str, usize> {
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for fix in fixes {
        *by_rule.entry(fix.rule).or_default() += 1;
    }
    by_rule
}

/// The report's errors and warnings the fixes leave for people: those with no fix, and those
/// whose fix is not the one applied at their cell.
pub fn left_unfixed(report: &Report, fixes: &[CellFix]) -> usize {
    let fixed_cells: HashSet<_> = fixes
        .iter()
        .map(|f| (&f.file, &f.sheet, f.row, f.column))
        .collect();
    report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .filter(|f| {
            f.fix.is_none()
                || !f
                    .row
                    .zip(f.column)
                    .is_some_and(|(r, c)| fixed_cells.contains(&(&f.file, &f.sheet, r, c)))
        })
        .count()
}
