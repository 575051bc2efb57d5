//! The standardized catalog workbook (a 汇总 sheet, then one sheet per department) and the pieces
//! every workbook svcat writes shares: styles, Excel-valid sheet names, column widths that suit
//! Chinese text, dropdown lists, fixed document properties and the atomic save, with the same
//! bytes on every system.
//!
//! The catalog workbook: `catalog` (the workbook), `departments` (its department sheets),
//! `summary` (its 汇总 sheet). The shared pieces: `styles`, `sizing` (column widths, row
//! heights), `sheet_names`, `dropdowns`, `properties`, `limits` (Excel's limits, text cut to
//! them), `save` and `zip_system` (a workbook's zip marked as made on Unix on every system).

mod catalog;
mod departments;
mod dropdowns;
mod limits;
mod properties;
mod save;
mod sheet_names;
mod sizing;
mod styles;
mod summary;
mod zip_system;

pub use catalog::{NO_DEPARTMENT_SHEET, WorkbookSummary, catalog_xlsx_bytes, write_catalog_xlsx};
pub use dropdowns::{DropdownLists, LISTS_SHEET, dropdown_values, element_dropdown};
pub use limits::{MAX_ROW, cell_text, cut_utf16, fit_message};
pub use properties::fixed_properties;
pub use save::{save_atomic, xlsx_error};
pub use sheet_names::{clean_sheet_name, sheet_names};
pub use sizing::{ColumnWidths, end_constant_memory_sheet, row_height, text_width, wrapped_lines};
pub use styles::Styles;
pub use summary::{SUMMARY_SHEET, catalog_title, write_header};
pub use zip_system::{mark_bytes_made_on_unix, mark_made_on_unix};
