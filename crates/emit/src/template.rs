//! The fill-in template: the schema as a workbook departments fill in, so next round's sheets come
//! back in the standard shape. A 填报说明 sheet explains every element (meaning, whether it is
//! required for which item types, allowed values, an example); the input sheet has the standard
//! headers with dropdowns on enum and yes/no columns and an input hint on every column.
//!
//! The input sheet's headers are the schema's labels, so `svcat import` maps every column. Long
//! dropdown lists live on a hidden 下拉选项 sheet, which ingest skips like the 填报说明 sheet.

use std::path::Path;

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Workbook, Worksheet, XlsxError,
};

use super::table::{INDEX_HEADER, element_text};
use super::xlsx::{
    ColumnWidths, DropdownLists, LISTS_SHEET, MAX_ROW, Styles, cell_text, dropdown_values,
    element_dropdown, fit_message, fixed_properties, row_height, save_atomic, sheet_names,
    wrapped_lines, xlsx_error,
};
use svcat_core::error::Error;
use svcat_core::model::{Catalog, Item};
use svcat_core::schema::{Element, ElementType, Schema};

pub const INSTRUCTIONS_SHEET: &str = "填报说明";
/// The input sheet's name when no department is given.
pub const DEFAULT_INPUT_SHEET: &str = "事项清单";

/// What the template holds, for the command's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateSummary {
    pub input_sheet: String,
    pub columns: usize,
    pub dropdowns: usize,
}

/// Writes the template for a schema; with a department, the input sheet is named after it (ingest
/// then takes the department from the sheet when a row leaves it blank).
pub fn write_template(
    schema: &Schema,
    department: Option<&str>,
    path: &Path,
) -> Result<TemplateSummary, Error> {
    let (mut workbook, summary) =
        build_template(schema, department, None).map_err(|e| xlsx_error(path, e))?;
    save_atomic(&mut workbook, path)?;
    Ok(summary)
}

/// The template of a catalog's schema, its input sheet pre-filled with `items` (a department's
/// current items, one a row, each element in its column as `svcat import` reads it back), so
/// the department corrects what it has instead of typing it again. The dropdowns and hints stay
/// on every row; every value is a string cell, never a formula.
pub fn write_prefilled_template(
    catalog: &Catalog,
    items: &[&Item],
    department: Option<&str>,
    path: &Path,
) -> Result<TemplateSummary, Error> {
    let (mut workbook, summary) = build_template(&catalog.schema, department, Some(items))
        .map_err(|e| xlsx_error(path, e))?;
    save_atomic(&mut workbook, path)?;
    Ok(summary)
}

fn build_template(
    schema: &Schema,
    department: Option<&str>,
    items: Option<&[&Item]>,
) -> Result<(Workbook, TemplateSummary), XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let title = format!("{}政务服务事项填报模板", department.unwrap_or_default());
    workbook.set_properties(&fixed_properties(&title, None)?);

    let mut reserved: Vec<&str> = vec![INSTRUCTIONS_SHEET, LISTS_SHEET];
    reserved.extend(schema.skip_sheets.iter().map(String::as_str));
    let input_sheet = sheet_names([department.unwrap_or(DEFAULT_INPUT_SHEET)], &reserved)
        .pop()
        .expect("one name asked, one given");

    write_instructions(
        workbook.add_worksheet(),
        schema,
        &title,
        &input_sheet,
        &styles,
    )?;
    let mut lists = DropdownLists::new();
    let input = workbook.add_worksheet();
    input.set_name(&input_sheet)?;
    let dropdowns = write_input_sheet(input, schema, department, &styles, &mut lists)?;
    if let Some(items) = items {
        fill_input_sheet(input, schema, items, &styles)?;
    }
    lists.add_to(&mut workbook)?;
    Ok((
        workbook,
        TemplateSummary {
            input_sheet,
            columns: schema.elements.len() + 1,
            dropdowns,
        },
    ))
}

/// Labels for the schema's item-type groups, as staff know them.
fn group_label(schema: &Schema, group: &str) -> String {
    match group {
        "general" => "一般事项（行政许可、行政给付、行政确认等）".to_string(),
        "penalty" => "行政处罚".to_string(),
        "enforcement" => "行政强制、行政检查".to_string(),
        "public" => "公共服务".to_string(),
        other => schema
            .groups
            .get(other)
            .map(|kinds| kinds.join("、"))
            .unwrap_or_else(|| other.to_string()),
    }
}

/// "必填", "选填", or "必填：行政处罚；其他类型选填".
pub fn required_text(schema: &Schema, element: &Element) -> String {
    if element.required.is_empty() {
        return "选填".to_string();
    }
    let all_groups = schema
        .groups
        .keys()
        .all(|g| element.required.iter().any(|r| r == g));
    if element.required.iter().any(|r| r == "all") || all_groups {
        return "必填".to_string();
    }
    let labels: Vec<String> = element
        .required
        .iter()
        .map(|r| group_label(schema, r))
        .collect();
    format!("必填：{}；其他类型选填", labels.join("、"))
}

/// Whether the input sheet marks the header as required: required for the general group, the
/// items most towns list.
fn marked_required(schema: &Schema, element: &Element) -> bool {
    schema.is_required(element, None)
}

/// How a value is written, by type.
fn format_text(element: &Element) -> &'static str {
    match element.ty {
        ElementType::Code => "按文本填写，不要存成数字（否则开头的0会丢失）",
        ElementType::Uscc => "18位统一社会信用代码，字母大写",
        ElementType::Phone => "带区号的电话号码，如 0531-88101201",
        ElementType::LegalBasis => "法律、法规、规章或规范性文件的名称及条款",
        ElementType::Enum | ElementType::OnlineDepth if element.multiple => {
            "从下拉列表选择；可填多个，用“；”分隔"
        }
        ElementType::Enum | ElementType::OnlineDepth => "从下拉列表选择",
        ElementType::Materials => {
            "每项材料编号列出或一行一项，如“1.身份证（原件及复印件，1份）”；非必要材料注明“（非必要）”"
        }
        ElementType::TimeLimit => "写作“20个工作日”“30个自然日”或“即办”",
        ElementType::Integer => "填写数字，如 0、1",
        ElementType::Bool => "从下拉列表选择“是”或“否”",
        ElementType::Text => "按实际情况填写，不要填“无”“待定”等占位词",
    }
}

/// The example the instructions show: the schema's, else one that fits the type.
fn example_text(element: &Element) -> String {
    if let Some(example) = &element.example {
        return example.clone();
    }
    match element.ty {
        ElementType::Enum | ElementType::OnlineDepth => element
            .values
            .first()
            .map(|v| v.value.clone())
            .unwrap_or_default(),
        ElementType::Bool => "是".to_string(),
        ElementType::TimeLimit => "20个工作日".to_string(),
        ElementType::Integer => "1".to_string(),
        ElementType::Phone => "0531-88101201".to_string(),
        _ => String::new(),
    }
}

fn allowed_values(element: &Element) -> String {
    match dropdown_values(element) {
        Some(values) => values.join("；"),
        None => "—".to_string(),
    }
}

const NOTES: &[&str] = &[
    "每行填写一个事项；不要修改、删除或合并表头，不要合并单元格，不要在表中插入合计行。",
    "表头为红色的要素，行政许可、行政给付等一般事项必须填写；其他事项类型的必填要求见下表“是否必填”。",
    "带下拉箭头的列请从列表中选择；可多选的列填写多个值时用“；”分隔。",
    "申请材料每项编号列出或一行一项，写明原件或复印件、份数，如“1.身份证（原件及复印件，1份）”；非必要材料注明“（非必要）”。",
    "办结时限写作“20个工作日”“30个自然日”或“即办”；到办事现场次数填写数字。",
    "编码请按文本填写，不要让表格软件把它变成数字或科学计数法。",
    "填好后可用 svcat check 检查，问题会指到具体单元格。",
];

fn write_instructions(
    sheet: &mut Worksheet,
    schema: &Schema,
    title: &str,
    input_sheet: &str,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(INSTRUCTIONS_SHEET)?;
    let headers = [
        "序号",
        "表头",
        "要素代码",
        "含义",
        "是否必填",
        "可选值",
        "填写要求",
        "填写示例",
    ];
    let last_col = (headers.len() - 1) as u16;
    let widths = [6.0, 20.0, 18.0, 36.0, 24.0, 30.0, 36.0, 30.0];
    for (col, width) in widths.into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_row_height(0, 32)?;
    sheet.merge_range(
        0,
        0,
        0,
        last_col,
        &format!("{title}·填报说明"),
        &styles.title,
    )?;
    let version = schema
        .version
        .as_deref()
        .map(|v| format!("（{v}版）"))
        .unwrap_or_default();
    sheet.merge_range(
        1,
        0,
        1,
        last_col,
        &format!(
            "要素规范：{}{version}　　请在“{input_sheet}”工作表中填写",
            schema.title
        ),
        &styles.subtitle,
    )?;
    let mut row = 3;
    for (n, note) in NOTES.iter().enumerate() {
        sheet.merge_range(
            row,
            0,
            row,
            last_col,
            &format!("{}. {note}", n + 1),
            &styles.note,
        )?;
        let lines = wrapped_lines(note, widths.iter().sum());
        sheet.set_row_height(row, row_height(lines).unwrap_or(20.0))?;
        row += 1;
    }
    row += 1;
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *header, &styles.header)?;
    }
    sheet.set_freeze_panes(row + 1, 0)?;
    for (n, element) in schema.elements.iter().enumerate() {
        row += 1;
        let label_format = if marked_required(schema, element) {
            &styles.header_required
        } else {
            &styles.body
        };
        let texts = [
            element.label.clone(),
            element.key.clone(),
            element
                .description
                .clone()
                .unwrap_or_else(|| "—".to_string()),
            required_text(schema, element),
            allowed_values(element),
            format_text(element).to_string(),
            example_text(element),
        ];
        let lines = texts
            .iter()
            .zip(&widths[1..])
            .map(|(text, width)| wrapped_lines(text, *width))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(lines) {
            sheet.set_row_height(row, height)?;
        }
        sheet.write_number_with_format(row, 0, (n + 1) as f64, &styles.number)?;
        for (col, text) in texts.iter().enumerate() {
            let format = if col == 0 { label_format } else { &styles.body };
            sheet.write_string_with_format(row, col as u16 + 1, text, format)?;
        }
    }
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The input sheet: 序号 and the labels in standard order, a validation on every element column
/// (a dropdown or a number check, and always an input hint). Returns the number of dropdowns.
fn write_input_sheet(
    sheet: &mut Worksheet,
    schema: &Schema,
    department: Option<&str>,
    styles: &Styles,
    lists: &mut DropdownLists,
) -> Result<usize, XlsxError> {
    let columns = schema.elements.len() + 1;
    let mut widths = ColumnWidths::new(columns, 10.0, 40.0);
    widths.observe(0, INDEX_HEADER);
    for (i, element) in schema.elements.iter().enumerate() {
        widths.observe(i + 1, &element.label);
        widths.observe(i + 1, &example_text(element));
    }
    widths.apply(sheet)?;
    sheet.set_column_width(0, 6)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, 0, (columns - 1) as u16)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);

    sheet.write_string_with_format(0, 0, INDEX_HEADER, &styles.header)?;
    let mut dropdowns = 0;
    for (i, element) in schema.elements.iter().enumerate() {
        let col = (i + 1) as u16;
        let format = if marked_required(schema, element) {
            &styles.header_required
        } else {
            &styles.header
        };
        sheet.write_string_with_format(0, col, &element.label, format)?;
        let validation = match input_validation(element, department, lists)? {
            Some(v) => {
                dropdowns += 1;
                v
            }
            None => match element.ty {
                ElementType::Integer => DataValidation::new()
                    .allow_whole_number(DataValidationRule::Between(0, 99))
                    .set_error_title("请填写数字")?
                    .set_error_message(format!("“{}”请填写数字，如 0 或 1。", element.label))?,
                _ => DataValidation::new().allow_any_value(),
            },
        };
        let validation = validation
            .set_input_title(cut_title(&element.label))?
            .set_input_message(fit_message(&input_hint(schema, element, department)))?;
        sheet.add_data_validation(1, col, MAX_ROW, col, &validation)?;
    }
    Ok(dropdowns)
}

/// The items' current values in the input sheet's rows (the caller's catalog's schema is the
/// template's): 序号, then each element's text in its column, rows tall enough for wrapped text,
/// columns widened to what they hold (within the template's bounds).
fn fill_input_sheet(
    sheet: &mut Worksheet,
    schema: &Schema,
    items: &[&Item],
    styles: &Styles,
) -> Result<(), XlsxError> {
    let columns = schema.elements.len() + 1;
    let mut widths = ColumnWidths::new(columns, 10.0, 40.0);
    widths.observe(0, INDEX_HEADER);
    for (i, element) in schema.elements.iter().enumerate() {
        widths.observe(i + 1, &element.label);
        widths.observe(i + 1, &example_text(element));
    }
    let rows: Vec<Vec<(usize, String)>> = items
        .iter()
        .map(|item| {
            item.fields
                .iter()
                .filter_map(|field| {
                    let text = element_text(&field.value);
                    let column = usize::from(field.element) + 1;
                    (!text.is_empty() && column < columns)
                        .then(|| (column, cell_text(&text).0.into_owned()))
                })
                .collect()
        })
        .collect();
    for row in &rows {
        for (column, text) in row {
            widths.observe(*column, text);
        }
    }
    widths.apply(sheet)?;
    sheet.set_column_width(0, 6)?;
    let last_row = (items.len() as u32).min(MAX_ROW);
    sheet.autofilter(0, 0, last_row, (columns - 1) as u16)?;
    sheet.set_repeat_rows(0, 0)?;
    for (n, cells) in rows.iter().enumerate().take(MAX_ROW as usize) {
        let row = n as u32 + 1;
        let lines = cells
            .iter()
            .map(|(column, text)| widths.lines(*column, text))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(lines) {
            sheet.set_row_height(row, height)?;
        }
        sheet.write_number_with_format(row, 0, (n + 1) as f64, &styles.data_number)?;
        for (column, text) in cells {
            // A string cell: text such as "=HYPERLINK(…)" stays text, never a formula.
            sheet.write_string_with_format(row, *column as u16, text, &styles.data)?;
        }
    }
    Ok(())
}

/// The department column offers the given department; enum and yes/no columns their values.
fn input_validation(
    element: &Element,
    department: Option<&str>,
    lists: &mut DropdownLists,
) -> Result<Option<DataValidation>, XlsxError> {
    if element.key == "department"
        && let Some(department) = department
    {
        return Ok(Some(
            lists
                .validation(&[department.to_string()])?
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_title("实施部门")?
                .set_error_message(fit_message(&format!(
                    "本模板为“{department}”生成，请确认实施部门名称。"
                )))?,
        ));
    }
    element_dropdown(element, lists)
}

/// The hint shown when a cell is selected: required or not, meaning, format, example.
fn input_hint(schema: &Schema, element: &Element, department: Option<&str>) -> String {
    let mut parts = vec![required_text(schema, element)];
    if let Some(description) = &element.description {
        parts.push(description.clone());
    }
    parts.push(format_text(element).to_string());
    let example = match (element.key.as_str(), department) {
        ("department", Some(d)) => d.to_string(),
        _ => example_text(element),
    };
    if !example.is_empty() {
        parts.push(format!("示例：{example}"));
    }
    parts.join("\n")
}

/// Excel allows 32 characters in an input title.
fn cut_title(label: &str) -> String {
    let mut used = 0;
    label
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= 32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use svcat_core::schema::load_schema;

    #[test]
    fn required_text_names_the_groups() {
        let schema = load_schema("national").unwrap();
        let text = |key: &str| required_text(&schema, schema.element(key).unwrap());
        assert_eq!(text("name"), "必填");
        assert_eq!(text("sub_item"), "选填");
        assert_eq!(text("penalty_details"), "必填：行政处罚；其他类型选填");
        assert_eq!(
            text("conditions"),
            "必填：一般事项（行政许可、行政给付、行政确认等）、公共服务；其他类型选填"
        );
    }
}
