//! The fixed canonical catalog (`svcat fix … -o OUT.json`): the fixes applied to the catalog's
//! values, and the catalog written as JSON.

use std::collections::BTreeMap;
use std::path::Path;

use svcat_core::error::Error;
use svcat_core::model::Catalog;
use svcat_core::output::write_atomic;
use svcat_emit::json::write_catalog_json;
use svcat_ingest::parse::parse_value;
use svcat_ingest::sheet::NO_COLUMN;

use super::CellFix;

/// Applies the fixes to the catalog and writes it to `output` as canonical JSON, atomically.
pub fn write_fixed_catalog(
    output: &Path,
    catalog: &mut Catalog,
    fixes: &[CellFix],
) -> Result<(), Error> {
    apply_to_catalog(catalog, fixes);
    write_atomic(output, |out| write_catalog_json(catalog, out))
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
