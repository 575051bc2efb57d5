//! The standardized catalog workbook: a 汇总 sheet, then one sheet per department.
//!
//! Cell text is always written with `write_string`, so text such as `=HYPERLINK(…)` stays text and
//! never becomes a formula. Department sheets are written in constant-memory mode: a row goes to
//! disk as soon as the next one starts, so the writer holds one row, however large the catalog.

use std::path::Path;

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::departments::DepartmentSheets;
use super::dropdowns::{DropdownLists, LISTS_SHEET, element_dropdown};
use super::properties::fixed_properties;
use super::save::{save_atomic, xlsx_error};
use super::sheet_names::sheet_names;
use super::styles::Styles;
use super::summary::{CatalogStats, SUMMARY_SHEET, catalog_title, write_summary_sheet};
use crate::table::by_department;
use svcat_core::error::Error;
use svcat_core::model::Catalog;

/// The sheet for items that name no department.
pub const NO_DEPARTMENT_SHEET: &str = "未填部门";

/// What a catalog workbook holds, for the command's summary and the tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkbookSummary {
    /// Department sheets in order: (sheet name, department, items).
    pub sheets: Vec<(String, String, usize)>,
    /// Cells cut to Excel's 32,767 characters.
    pub truncated_cells: usize,
}

/// Writes the standardized catalog workbook: 汇总, then one sheet per department with the schema's
/// elements in standard order, items sorted by code.
pub fn write_catalog_xlsx(catalog: &Catalog, path: &Path) -> Result<WorkbookSummary, Error> {
    let (mut workbook, summary) =
        build_catalog_workbook(catalog).map_err(|e| xlsx_error(path, e))?;
    save_atomic(&mut workbook, path)?;
    Ok(summary)
}

/// The standardized catalog workbook as bytes, for standard output (`-o -` to a pipe).
pub fn catalog_xlsx_bytes(catalog: &Catalog) -> Result<(Vec<u8>, WorkbookSummary), Error> {
    let path = Path::new("标准输出");
    let (mut workbook, summary) =
        build_catalog_workbook(catalog).map_err(|e| xlsx_error(path, e))?;
    let bytes = workbook.save_to_buffer().map_err(|e| xlsx_error(path, e))?;
    Ok((bytes, summary))
}

fn build_catalog_workbook(catalog: &Catalog) -> Result<(Workbook, WorkbookSummary), XlsxError> {
    let styles = Styles::new();
    let groups = by_department(catalog);
    let schema = catalog.schema.as_ref();
    let mut reserved: Vec<&str> = vec![SUMMARY_SHEET, LISTS_SHEET];
    reserved.extend(schema.skip_sheets.iter().map(String::as_str));
    let names = sheet_names(
        groups.iter().map(|(department, _)| {
            if department.is_empty() {
                NO_DEPARTMENT_SHEET
            } else {
                department.as_str()
            }
        }),
        &reserved,
    );

    let mut workbook = Workbook::new();
    workbook.set_properties(&fixed_properties(
        &catalog_title(catalog),
        catalog.meta.date.as_deref(),
    )?);
    // The department sheets are filled on several threads. A format gets its index the first
    // time it is used, so the formats they use are registered here, in a fixed order: the same
    // input then gives the same file whichever thread comes first.
    for format in [&styles.header, &styles.data, &styles.data_number] {
        workbook.register_format(format);
    }
    // Dropdowns once per element, so every sheet points at the same lists.
    let mut lists = DropdownLists::new();
    let dropdowns = schema
        .elements
        .iter()
        .map(|e| element_dropdown(e, &mut lists))
        .collect::<Result<Vec<_>, _>>()?;
    let mut sheets = Vec::with_capacity(groups.len());
    for name in &names {
        let mut sheet = workbook.new_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        sheets.push(sheet);
    }
    let department_sheets = DepartmentSheets {
        catalog,
        groups: &groups,
        styles: &styles,
        dropdowns: &dropdowns,
    };
    // The 汇总 counts go alongside the department sheets.
    let (stats, truncated) = std::thread::scope(|scope| {
        let counting = scope.spawn(|| CatalogStats::new(catalog, &groups, &names));
        let truncated = department_sheets.fill(&mut sheets);
        (counting.join().expect("counting does not panic"), truncated)
    });
    let mut summary = WorkbookSummary {
        truncated_cells: truncated?,
        ..WorkbookSummary::default()
    };
    let mut summary_sheet = Worksheet::new();
    write_summary_sheet(&mut summary_sheet, catalog, &stats, &styles)?;
    workbook.push_worksheet(summary_sheet);
    for (((department, items), name), sheet) in groups.iter().zip(&names).zip(sheets) {
        workbook.push_worksheet(sheet);
        summary
            .sheets
            .push((name.clone(), department.clone(), items.len()));
    }
    lists.add_to(&mut workbook)?;
    Ok((workbook, summary))
}
