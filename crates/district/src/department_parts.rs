//! A town's catalog and findings cut by department, for the workbooks sent back to each one:
//! the department's items (grouped under the standard spelling of its name, as `stats` and the
//! exported workbook group them), the sheets they are on, and the findings on those sheets that
//! are not about another department's rows (with those on the item-less sheets of its files).

use std::collections::{BTreeMap, HashMap, HashSet};

use svcat_core::department::Departments;
use svcat_core::model::{Catalog, Item, Value};
use svcat_core::report::Report;
use svcat_report::annotate::HiddenRows;

/// One department of a town.
pub struct DepartmentPart<'a> {
    /// The standard spelling; empty for the items that name no department.
    pub name: String,
    /// Its items, in catalog order.
    pub items: Vec<&'a Item>,
    /// The town's catalog cut to those items and the sheets they are on.
    pub catalog: Catalog,
    /// The findings on those sheets, less those about rows of another department's items.
    pub report: Report,
    /// The rows of those sheets that hold another department's items (1-based, inclusive), to
    /// hide in the department's copy of a sheet several departments share.
    pub hidden: HiddenRows,
}

type SheetKey = (String, Option<String>);

/// The departments of a catalog, by standard name (the items naming none last).
pub fn department_parts<'a>(catalog: &'a Catalog, report: &Report) -> Vec<DepartmentPart<'a>> {
    let departments = Departments::of(catalog);
    let mut groups: BTreeMap<(bool, String), Vec<&Item>> = BTreeMap::new();
    let mut row_owner: HashMap<SheetKey, Vec<(u32, u32, String)>> = HashMap::new();
    for item in &catalog.items {
        let written = catalog
            .value(item, "department")
            .and_then(Value::as_text)
            .unwrap_or_default();
        let name = departments.standard(written).to_string();
        let source = catalog.sheet_of(item);
        row_owner
            .entry((source.file.clone(), source.sheet.clone()))
            .or_default()
            .push((item.row, item.last_row, name.clone()));
        groups
            .entry((name.is_empty(), name))
            .or_default()
            .push(item);
    }
    groups
        .into_iter()
        .map(|((_, name), items)| {
            let catalog = cut_catalog(catalog, &items);
            let sheets: HashSet<SheetKey> = catalog
                .sheets
                .iter()
                .map(|s| (s.file.clone(), s.sheet.clone()))
                .collect();
            let files: HashSet<&str> = catalog.sheets.iter().map(|s| s.file.as_str()).collect();
            let findings = report
                .findings
                .iter()
                .filter(|f| {
                    let key = (f.file.clone(), f.sheet.clone());
                    if !sheets.contains(&key) {
                        // A sheet of no department's items (instructions, a summary, a whole
                        // file) goes with the departments whose items its file holds.
                        return files.contains(f.file.as_str()) && !row_owner.contains_key(&key);
                    }
                    // A finding on a row of another department's item is that department's.
                    let owner = f.row.and_then(|row| {
                        row_owner.get(&key).and_then(|rows| {
                            rows.iter()
                                .find(|(first, last, _)| (*first..=*last).contains(&row))
                        })
                    });
                    owner.is_none_or(|(_, _, owner)| *owner == name)
                })
                .cloned()
                .collect();
            let report = Report {
                files: files.len(),
                items: items.len(),
                findings,
            };
            let hidden = sheets
                .iter()
                .filter_map(|key| {
                    let others: Vec<(u32, u32)> = row_owner
                        .get(key)?
                        .iter()
                        .filter(|(_, _, owner)| *owner != name)
                        .map(|(first, last, _)| (*first, *last))
                        .collect();
                    (!others.is_empty()).then(|| (key.clone(), others))
                })
                .collect();
            DepartmentPart {
                name,
                items,
                catalog,
                report,
                hidden,
            }
        })
        .collect()
}

/// The catalog with only `items` and the sheets they are on (the items' sheet indices follow).
fn cut_catalog(catalog: &Catalog, items: &[&Item]) -> Catalog {
    let mut cut = Catalog::new(catalog.meta.clone(), catalog.schema.clone());
    let mut index: HashMap<u32, u32> = HashMap::new();
    for item in items {
        let sheet = *index.entry(item.sheet).or_insert_with(|| {
            cut.sheets.push(catalog.sheet_of(item).clone());
            (cut.sheets.len() - 1) as u32
        });
        let mut copy = (*item).clone();
        copy.sheet = sheet;
        cut.items.push(copy);
    }
    cut
}
