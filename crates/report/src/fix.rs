//! Safe fixes: the findings whose rule can repair a cell without guessing (full-width characters,
//! enum synonyms to the standard value, Chinese numerals in limits, phone formatting, lowercase
//! letters in codes). Planned from a check report; applied to a copy, never to the input.

use std::collections::BTreeMap;

use svcat_core::model::Catalog;
use svcat_core::report::Report;
use svcat_ingest::parse::parse_value;
use svcat_ingest::sheet::NO_COLUMN;
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

/// Applies the fixes to the catalog's values (for a canonical JSON copy): each fixed cell is read
/// again as its element. Returns how many values changed.
pub fn apply_to_catalog(catalog: &mut Catalog, fixes: &[CellFix]) -> usize {
    let mut index: BTreeMap<(&str, Option<&str>, u32, u32), &CellFix> = BTreeMap::new();
    for fix in fixes {
        index.insert((&fix.file, fix.sheet.as_deref(), fix.row, fix.column), fix);
    }
    let schema = catalog.schema.clone();
    let mut changed = 0;
    for item in &mut catalog.items {
        let sheet = &catalog.sheets[item.sheet as usize];
        for field in &mut item.fields {
            if field.column == NO_COLUMN {
                continue;
            }
            let key = (
                sheet.file.as_str(),
                sheet.sheet.as_deref(),
                field.row,
                field.column,
            );
            let Some(fix) = index.get(&key) else { continue };
            let element = &schema.elements[usize::from(field.element)];
            let value = parse_value(&schema, element, &fix.new, None);
            let rendered = value.render();
            field.raw = (rendered != fix.new).then(|| fix.new.clone().into());
            field.value = value;
            changed += 1;
        }
    }
    changed
}
