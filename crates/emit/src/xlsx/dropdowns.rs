//! Dropdown lists on enum and yes/no columns: inline when they fit, else on a hidden sheet.

use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Formula, Workbook, XlsxError};

use super::limits::{MAX_INLINE_LIST, fit_message};
use svcat_core::schema::{Element, ElementType};
use svcat_core::text::column_letter;

/// The hidden sheet that holds dropdown lists too long to write inline; ingest skips it.
pub const LISTS_SHEET: &str = "下拉选项";

/// Dropdown lists: written inline in the validation when they fit Excel's 255-character limit,
/// else as a column of the hidden 下拉选项 sheet that the validation points at.
#[derive(Default)]
pub struct DropdownLists {
    columns: Vec<Vec<String>>,
}

impl DropdownLists {
    pub fn new() -> DropdownLists {
        DropdownLists::default()
    }

    /// A list validation offering `values`.
    pub fn validation(&mut self, values: &[String]) -> Result<DataValidation, XlsxError> {
        let inline_length: usize = values
            .iter()
            .map(|v| v.encode_utf16().count() + 1)
            .sum::<usize>();
        if inline_length <= MAX_INLINE_LIST && !values.iter().any(|v| v.contains(',')) {
            return DataValidation::new().allow_list_strings(values);
        }
        let column = match self.columns.iter().position(|c| c.as_slice() == values) {
            Some(i) => i,
            None => {
                self.columns.push(values.to_vec());
                self.columns.len() - 1
            }
        };
        let letter = column_letter(column as u32);
        Ok(
            DataValidation::new().allow_list_formula(Formula::new(format!(
                "='{LISTS_SHEET}'!${letter}$1:${letter}${}",
                values.len().max(1)
            ))),
        )
    }

    /// Adds the hidden 下拉选项 sheet, if any list needed it. Call after every other sheet.
    pub fn add_to(&self, workbook: &mut Workbook) -> Result<(), XlsxError> {
        if self.columns.is_empty() {
            return Ok(());
        }
        let sheet = workbook.add_worksheet();
        sheet.set_name(LISTS_SHEET)?;
        for (col, values) in self.columns.iter().enumerate() {
            for (row, value) in values.iter().enumerate() {
                sheet.write_string(row as u32, col as u16, value)?;
            }
        }
        sheet.set_hidden(true);
        Ok(())
    }
}

/// The values a dropdown offers for an element: an enum's values, 是/否 for yes-no elements.
pub fn dropdown_values(element: &Element) -> Option<Vec<String>> {
    if element.ty.is_enum() && !element.values.is_empty() {
        Some(element.values.iter().map(|v| v.value.clone()).collect())
    } else if element.ty == ElementType::Bool {
        Some(vec!["是".to_string(), "否".to_string()])
    } else {
        None
    }
}

/// The dropdown for an element's column. Several values may share a cell ("自然人；企业法人"), so a
/// multi-valued element only warns about text off the list instead of refusing it.
pub fn element_dropdown(
    element: &Element,
    lists: &mut DropdownLists,
) -> Result<Option<DataValidation>, XlsxError> {
    let Some(values) = dropdown_values(element) else {
        return Ok(None);
    };
    let mut validation = lists.validation(&values)?;
    if element.multiple {
        validation = validation
            .set_error_style(DataValidationErrorStyle::Information)
            .set_error_title("可多选")?
            .set_error_message(format!(
                "“{}”可以填写多个值，请用“；”分隔，每个值都应取自下拉列表。",
                element.label
            ))?;
    } else {
        validation = validation
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title("不在可选值中")?
            .set_error_message(fit_message(&format!(
                "“{}”应从下拉列表中选择：{}",
                element.label,
                values.join("；")
            )))?;
    }
    Ok(Some(validation))
}
