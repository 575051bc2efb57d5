//! The 汇总 sheet of the catalog workbook: items by department, by type and by handling type, and
//! how complete the required elements are.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::sizing::{row_height, wrapped_lines};
use super::styles::Styles;
use crate::table::element_text;
use svcat_core::model::{Catalog, Item};

/// The summary sheet's name; ingest skips a sheet of this name.
pub const SUMMARY_SHEET: &str = "汇总";

/// "青石镇政务服务事项目录"
pub fn catalog_title(catalog: &Catalog) -> String {
    format!(
        "{}政务服务事项目录",
        catalog.meta.region.as_deref().unwrap_or_default()
    )
}

/// Counts for the 汇总 sheet.
pub(super) struct CatalogStats {
    departments: Vec<DepartmentStats>,
    kinds: Vec<(String, usize)>,
    handling_types: Vec<(String, usize)>,
    /// (element label, items it is required for, items that fill it)
    completeness: Vec<(String, usize, usize)>,
    items: usize,
}

struct DepartmentStats {
    department: String,
    sheet: String,
    items: usize,
    /// 即办件, and the items that promise a limit (承诺件, 联办件, 上报件), by 办件类型.
    immediate: usize,
    promised: usize,
    /// Elements its items must fill in (by item type), and how many of those are filled.
    required: usize,
    filled: usize,
}

const UNFILLED: &str = "（未填）";

impl CatalogStats {
    pub(super) fn new(
        catalog: &Catalog,
        groups: &[(String, Vec<&Item>)],
        sheets: &[String],
    ) -> CatalogStats {
        let schema = catalog.schema.as_ref();
        let masks = catalog.list_masks();
        let mut required_by_element = vec![(0usize, 0usize); schema.elements.len()];
        let mut departments = Vec::new();
        for ((department, items), sheet) in groups.iter().zip(sheets) {
            let mut stats = DepartmentStats {
                department: if department.is_empty() {
                    UNFILLED.to_string()
                } else {
                    department.clone()
                },
                sheet: sheet.clone(),
                items: items.len(),
                immediate: 0,
                promised: 0,
                required: 0,
                filled: 0,
            };
            for item in items {
                // The five handling types as lists and stats read them: 联办件 and 上报件
                // promise a limit as 承诺件 do.
                match svcat_core::handling::handling_type(catalog, item) {
                    Some(t) if t.done_at_once() => stats.immediate += 1,
                    Some(t) if t.promises_limit() => stats.promised += 1,
                    _ => {}
                }
                // 要素完整度 as `stats` counts it, and as M001 asks it: one definition.
                for e in catalog.required_elements(item, &masks) {
                    let answered = usize::from(catalog.answers(item, e));
                    stats.required += 1;
                    stats.filled += answered;
                    required_by_element[e].0 += 1;
                    required_by_element[e].1 += answered;
                }
            }
            departments.push(stats);
        }
        let completeness = schema
            .elements
            .iter()
            .zip(required_by_element)
            .filter(|(_, (required, _))| *required > 0)
            .map(|(e, (required, filled))| (e.label.clone(), required, filled))
            .collect();
        CatalogStats {
            departments,
            kinds: count_values(catalog, "kind"),
            handling_types: count_values(catalog, "handling_type"),
            completeness,
            items: catalog.items.len(),
        }
    }
}

/// Items per value of an enum element: the schema's values in order, then text it does not know
/// (sorted), then （未填）. Values no item has are left out.
fn count_values(catalog: &Catalog, key: &str) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<Cow<str>, usize> = BTreeMap::new();
    let mut unfilled = 0;
    let element = catalog.schema.element_index(key);
    for item in &catalog.items {
        match element.and_then(|e| item.field(e)) {
            Some(field) => *counts.entry(element_text(&field.value)).or_default() += 1,
            None => unfilled += 1,
        }
    }
    let mut out = Vec::new();
    if let Some(element) = catalog.schema.element(key) {
        for v in &element.values {
            if let Some(n) = counts.remove(v.value.as_str()) {
                out.push((v.value.clone(), n));
            }
        }
    }
    out.extend(counts.into_iter().map(|(value, n)| (value.into_owned(), n)));
    if unfilled > 0 {
        out.push((UNFILLED.to_string(), unfilled));
    }
    out
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The 汇总 sheet: title, then four small tables one under another — by department, by type, by
/// handling type, and the completeness of required elements.
pub(super) fn write_summary_sheet(
    sheet: &mut Worksheet,
    catalog: &Catalog,
    stats: &CatalogStats,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SUMMARY_SHEET)?;
    for (col, width) in [24.0, 24.0, 12.0, 12.0, 12.0, 16.0].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.merge_range(0, 0, 0, 5, &catalog_title(catalog), &styles.title)?;
    sheet.set_row_height(0, 30)?;
    sheet.merge_range(
        1,
        0,
        1,
        5,
        &catalog_subtitle(catalog, stats),
        &styles.subtitle,
    )?;

    let mut row = 3;
    sheet.write_string_with_format(row, 0, "一、按部门", &styles.section)?;
    row += 1;
    write_header(
        sheet,
        row,
        &[
            "部门",
            "工作表",
            "事项数",
            "即办件",
            "承诺件",
            "必填要素完整率",
        ],
        styles,
    )?;
    let (mut required, mut filled, mut immediate, mut promised) = (0, 0, 0, 0);
    for d in &stats.departments {
        row += 1;
        let lines = wrapped_lines(&d.department, 24.0).max(wrapped_lines(&d.sheet, 24.0));
        if let Some(height) = row_height(lines) {
            sheet.set_row_height(row, height)?;
        }
        sheet.write_string_with_format(row, 0, &d.department, &styles.body)?;
        sheet.write_string_with_format(row, 1, &d.sheet, &styles.body)?;
        sheet.write_number_with_format(row, 2, d.items as f64, &styles.number)?;
        sheet.write_number_with_format(row, 3, d.immediate as f64, &styles.number)?;
        sheet.write_number_with_format(row, 4, d.promised as f64, &styles.number)?;
        write_ratio(sheet, row, 5, ratio(d.filled, d.required), styles)?;
        required += d.required;
        filled += d.filled;
        immediate += d.immediate;
        promised += d.promised;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "合计", &styles.total)?;
    sheet.write_string_with_format(row, 1, "", &styles.total)?;
    sheet.write_number_with_format(row, 2, stats.items as f64, &styles.number)?;
    sheet.write_number_with_format(row, 3, immediate as f64, &styles.number)?;
    sheet.write_number_with_format(row, 4, promised as f64, &styles.number)?;
    write_ratio(sheet, row, 5, ratio(filled, required), styles)?;

    for (title, first, counts) in [
        ("二、按事项类型", "事项类型", &stats.kinds),
        ("三、按办件类型", "办件类型", &stats.handling_types),
    ] {
        row += 2;
        sheet.write_string_with_format(row, 0, title, &styles.section)?;
        row += 1;
        write_header(sheet, row, &[first, "事项数", "占比"], styles)?;
        for (value, n) in counts {
            row += 1;
            sheet.write_string_with_format(row, 0, value, &styles.body)?;
            sheet.write_number_with_format(row, 1, *n as f64, &styles.number)?;
            write_ratio(sheet, row, 2, ratio(*n, stats.items), styles)?;
        }
    }

    row += 2;
    sheet.write_string_with_format(row, 0, "四、必填要素完整度", &styles.section)?;
    row += 1;
    write_header(
        sheet,
        row,
        &["要素", "应填事项数", "已填", "完整率"],
        styles,
    )?;
    for (label, required, filled) in &stats.completeness {
        row += 1;
        sheet.write_string_with_format(row, 0, label, &styles.body)?;
        sheet.write_number_with_format(row, 1, *required as f64, &styles.number)?;
        sheet.write_number_with_format(row, 2, *filled as f64, &styles.number)?;
        write_ratio(sheet, row, 3, ratio(*filled, *required), styles)?;
    }
    row += 2;
    sheet.merge_range(
        row,
        0,
        row,
        5,
        "说明：必填要素按事项类型确定（一般事项、行政处罚、行政检查与强制、公共服务各不相同）；填写“无”“待定”等占位词的不算已填。",
        &styles.note,
    )?;
    sheet.set_row_height(row, 32)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn catalog_subtitle(catalog: &Catalog, stats: &CatalogStats) -> String {
    let meta = &catalog.meta;
    let mut parts = Vec::new();
    if let Some(version) = &meta.version {
        parts.push(format!("版本：{version}"));
    }
    if let Some(level) = &meta.level {
        parts.push(format!("层级：{level}"));
    }
    parts.push(format!("规范：{}", catalog.schema.title));
    parts.push(format!(
        "共 {} 个部门、{} 个事项",
        stats.departments.len(),
        stats.items
    ));
    parts.join("　")
}

pub fn write_header(
    sheet: &mut Worksheet,
    row: u32,
    headers: &[&str],
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *header, &styles.header)?;
    }
    Ok(())
}

fn write_ratio(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<f64>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    match value {
        Some(v) => sheet.write_number_with_format(row, col, v, &styles.percent)?,
        None => sheet.write_string_with_format(row, col, "—", &styles.center)?,
    };
    Ok(())
}
