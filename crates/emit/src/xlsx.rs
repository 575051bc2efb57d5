//! The standardized catalog workbook (a 汇总 sheet, then one sheet per department) and the pieces
//! every workbook svcat writes shares: styles, Excel-valid sheet names, column widths that suit
//! Chinese text, dropdown lists, fixed document properties and the atomic save.
//!
//! Cell text is always written with `write_string`, so text such as `=HYPERLINK(…)` stays text and
//! never becomes a formula. Department sheets are written in constant-memory mode: a row goes to
//! disk as soon as the next one starts, so the writer holds one row, however large the catalog.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

use super::table::{ColumnSource, Layout, by_department, element_text};
use svcat_core::error::Error;
use svcat_core::model::{Catalog, Field, Item, Value};
use svcat_core::schema::{Element, ElementType, Schema};
use svcat_core::text::column_letter;

/// The summary sheet's name; ingest skips a sheet of this name.
pub const SUMMARY_SHEET: &str = "汇总";
/// The hidden sheet that holds dropdown lists too long to write inline; ingest skips it.
pub const LISTS_SHEET: &str = "下拉选项";
/// The sheet for items that name no department.
pub const NO_DEPARTMENT_SHEET: &str = "未填部门";

/// Excel's limits.
const MAX_SHEET_NAME: usize = 31;
const MAX_CELL_CHARS: usize = 32_767;
pub const MAX_ROW: u32 = 1_048_575;
const MAX_INLINE_LIST: usize = 255;

/// How many items per sheet are measured for column widths: enough to see the long texts, without
/// scanning a whole 100k-item catalog twice.
const WIDTH_SAMPLE: usize = 2_000;

/// The formats svcat's workbooks share, so every file looks like one publication.
pub struct Styles {
    pub title: Format,
    pub subtitle: Format,
    pub section: Format,
    pub header: Format,
    /// A header of an element that must be filled in (the template marks them).
    pub header_required: Format,
    pub body: Format,
    /// Data sheets (a format per column, no borders): wrapped, top-aligned text.
    pub data: Format,
    pub data_number: Format,
    pub center: Format,
    pub number: Format,
    pub percent: Format,
    pub total: Format,
    pub note: Format,
}

impl Default for Styles {
    fn default() -> Self {
        Self::new()
    }
}

impl Styles {
    pub fn new() -> Styles {
        let border = Color::RGB(0xA6A6A6);
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_border_color(border)
            .set_align(FormatAlign::Top)
            .set_text_wrap();
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_background_color(Color::RGB(0xDDEBF7))
            .set_border(FormatBorder::Thin)
            .set_border_color(border);
        Styles {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            subtitle: Format::new()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_font_color(Color::RGB(0x404040)),
            section: Format::new().set_bold().set_font_size(12),
            header_required: header
                .clone()
                .set_font_color(Color::RGB(0xC00000))
                .set_background_color(Color::RGB(0xFCE4D6)),
            header,
            body: cell.clone(),
            data: Format::new().set_align(FormatAlign::Top).set_text_wrap(),
            data_number: Format::new()
                .set_align(FormatAlign::Top)
                .set_align(FormatAlign::Center),
            center: cell.clone().set_align(FormatAlign::Center),
            number: cell
                .clone()
                .set_align(FormatAlign::Center)
                .set_num_format("0"),
            percent: cell.clone().set_num_format("0.0%"),
            total: cell.clone().set_bold(),
            note: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}

/// Display width of text in Excel's column units: a Chinese character is about two digits wide.
/// Multi-line text is as wide as its longest line.
pub fn text_width(text: &str) -> f64 {
    text.lines()
        .map(|line| line.chars().map(char_width).sum::<f64>())
        .fold(0.0, f64::max)
}

/// [`text_width`], stopping as soon as a line reaches `cap`: a long paragraph is as wide as the
/// widest column allows after its first few dozen characters.
fn text_width_upto(text: &str, cap: f64) -> f64 {
    let mut widest: f64 = 0.0;
    let mut line = 0.0;
    for c in text.chars() {
        if c == '\n' {
            widest = widest.max(line);
            line = 0.0;
            continue;
        }
        line += char_width(c);
        if line >= cap {
            return line;
        }
    }
    widest.max(line)
}

/// Points one line of 11-point text takes; CJK glyphs need more than Excel's 15-point default.
const LINE_HEIGHT: f64 = 15.6;
/// Excel's tallest row.
const MAX_ROW_HEIGHT: f64 = 409.0;

/// Lines a text takes in a column `width` units wide, wrapped as a spreadsheet wraps it.
///
/// Every cell of a large catalog passes through here, so widths are estimated from bytes, which
/// the compiler counts many at a time: an ASCII byte is a narrow character, and the other bytes of
/// a line are mostly CJK characters, three bytes each and two units wide (the few narrow non-ASCII
/// characters, such as —, come out a little wide, which only makes a row a little taller).
pub fn wrapped_lines(text: &str, width: f64) -> usize {
    let usable = (width - 1.0).max(1.0);
    // No byte is wider than 1.1 units: a short cell on one line needs no measuring.
    if text.len() as f64 * 1.1 <= usable && !text.contains('\n') {
        return 1;
    }
    text.split('\n')
        .map(|line| {
            let ascii = line.bytes().filter(u8::is_ascii).count();
            let wide = line.len() - ascii;
            let w = ascii as f64 * 1.1 + wide as f64 * (2.0 / 3.0);
            ((w / usable).ceil() as usize).max(1)
        })
        .sum()
}

/// The height a row of `lines` lines needs, or None when one line fits the default height.
/// LibreOffice (like WPS) keeps a row at the default height unless the file says otherwise, so
/// wrapped text would show only its first line.
pub fn row_height(lines: usize) -> Option<f64> {
    (lines > 1).then(|| (lines as f64 * LINE_HEIGHT + 2.0).min(MAX_ROW_HEIGHT))
}

/// rust_xlsxwriter 0.102 writes the last row of a constant-memory sheet twice when that row has a
/// height (Excel then calls the file damaged). A formatted blank cell on the row below makes that
/// row the last one; it is empty, outside the table, and import skips it.
pub fn end_constant_memory_sheet(
    sheet: &mut Worksheet,
    last_row_has_height: bool,
    last_row: u32,
    format: &Format,
) -> Result<(), XlsxError> {
    if last_row_has_height {
        sheet.write_blank(last_row + 1, 0, format)?;
    }
    Ok(())
}

fn char_width(c: char) -> f64 {
    if is_wide(c) { 2.0 } else { 1.1 }
}

/// East Asian wide and full-width characters (CJK ideographs, kana, hangul, full-width forms and
/// CJK punctuation).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// Column widths measured from the text a column holds, within bounds: codes get their full width,
/// long paragraphs wrap at `max`.
pub struct ColumnWidths {
    widths: Vec<f64>,
    min: f64,
    max: f64,
}

impl ColumnWidths {
    pub fn new(columns: usize, min: f64, max: f64) -> ColumnWidths {
        ColumnWidths {
            widths: vec![0.0; columns],
            min,
            max,
        }
    }

    pub fn observe(&mut self, column: usize, text: &str) {
        let max = self.max;
        if let Some(w) = self.widths.get_mut(column)
            && *w < max
        {
            *w = w.max(text_width_upto(text, max));
        }
    }

    pub fn width(&self, column: usize) -> f64 {
        // Two units of padding, and never wider than `max` (the cell wraps instead).
        ((self.widths[column] + 2.0).clamp(self.min, self.max) * 10.0).round() / 10.0
    }

    /// Lines a text takes in this column.
    pub fn lines(&self, column: usize, text: &str) -> usize {
        wrapped_lines(text, self.width(column))
    }

    pub fn apply(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        for column in 0..self.widths.len() {
            sheet.set_column_width(column as u16, self.width(column))?;
        }
        Ok(())
    }
}

/// Text as a cell can hold it: Excel keeps at most 32,767 characters in a cell. Longer text is cut
/// (the caller counts it and says so).
pub fn cell_text(text: &str) -> (Cow<'_, str>, bool) {
    // A UTF-8 string never has more UTF-16 units than bytes: most cells need no counting.
    if text.len() <= MAX_CELL_CHARS
        || text.chars().map(char::len_utf16).sum::<usize>() <= MAX_CELL_CHARS
    {
        return (Cow::Borrowed(text), false);
    }
    let mut used = 0;
    let cut: String = text
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= MAX_CELL_CHARS
        })
        .collect();
    (Cow::Owned(cut), true)
}

/// Makes names valid, unique Excel sheet names, deterministically: the characters Excel forbids
/// ([]:*?/\) become their full-width forms, names are cut to 31 characters, and a name already
/// taken (compared case-insensitively, as Excel does) or reserved gets "（2）", "（3）" ….
pub fn sheet_names<'a>(
    wanted: impl IntoIterator<Item = &'a str>,
    reserved: &[&str],
) -> Vec<String> {
    let mut taken: Vec<String> = reserved.iter().map(|r| sheet_key(r)).collect();
    // Excel reserves "History" for its change tracking.
    taken.push("history".to_string());
    let mut names = Vec::new();
    for name in wanted {
        let base = clean_sheet_name(name);
        let mut candidate = base.clone();
        let mut n = 2;
        while taken.contains(&sheet_key(&candidate)) {
            let suffix = format!("（{n}）");
            candidate = format!(
                "{}{suffix}",
                cut_utf16(&base, MAX_SHEET_NAME - suffix.encode_utf16().count())
            );
            n += 1;
        }
        taken.push(sheet_key(&candidate));
        names.push(candidate);
    }
    names
}

fn sheet_key(name: &str) -> String {
    name.to_lowercase()
}

/// A name Excel accepts as a sheet name: the characters it forbids become their full-width forms,
/// and the name is cut to 31 UTF-16 units.
pub fn clean_sheet_name(name: &str) -> String {
    let replaced: String = name
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '[' => '［',
            ']' => '］',
            ':' => '：',
            '*' => '＊',
            '?' => '？',
            '/' => '／',
            '\\' => '＼',
            other => other,
        })
        .collect();
    let trimmed = replaced.trim().trim_matches('\'').trim();
    let cut = cut_utf16(trimmed, MAX_SHEET_NAME).trim_end_matches('\'');
    if cut.is_empty() {
        "未命名".to_string()
    } else {
        cut.to_string()
    }
}

/// The longest prefix of `text` within `max_units` UTF-16 units.
pub fn cut_utf16(text: &str, max_units: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > max_units {
            return &text[..i];
        }
    }
    text
}

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

/// Cuts a validation message to Excel's 255 characters.
pub fn fit_message(text: &str) -> String {
    if text.encode_utf16().count() <= 255 {
        text.to_string()
    } else {
        format!("{}…", cut_utf16(text, 254))
    }
}

/// Document properties with a fixed creation time, so the same input gives byte-identical files.
/// The catalog's own date is used when it has one (it is what the file is "of").
pub fn fixed_properties(title: &str, date: Option<&str>) -> Result<DocProperties, XlsxError> {
    let created = date
        .and_then(parse_date)
        .map(|(y, m, d)| ExcelDateTime::from_ymd(y, m, d))
        .unwrap_or_else(|| ExcelDateTime::from_ymd(2000, 1, 1))?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_comment("由 svcat 生成")
        .set_creation_datetime(&created))
}

/// "2022-06-30" (also 2022/6/30, 2022.06.30) → (2022, 6, 30).
fn parse_date(text: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1900..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((y, m, d))
}

/// Saves a workbook atomically (see [`super::write_atomic_file`]; the zip writer needs the file
/// itself, not a buffered stream).
pub fn save_atomic(workbook: &mut Workbook, path: &Path) -> Result<(), Error> {
    svcat_core::output::write_atomic_file(path, |file| save_to(workbook, file, path))
}

/// Saves a workbook into `out`; the first write error is the one reported (a full disk, say),
/// whatever the workbook library made of it, and nothing is printed.
fn save_to(
    workbook: &mut Workbook,
    out: impl std::io::Write + Send,
    path: &Path,
) -> Result<(), Error> {
    let mut writer = FirstError {
        inner: out,
        error: None,
    };
    let saved = workbook.save_to_writer(&mut writer);
    match (writer.error, saved) {
        (Some(source), _) => Err(Error::Write {
            file: path.display().to_string(),
            source,
        }),
        (None, Err(e)) => Err(xlsx_error(path, e)),
        (None, Ok(())) => Ok(()),
    }
}

/// A writer that fails once, on the first write error, and then accepts and discards everything.
/// The zip writer inside the workbook library finishes the archive when it is dropped after an
/// error and prints to stderr if that fails too; with this, the finishing writes quietly go
/// nowhere and the error reported is the first one.
struct FirstError<W> {
    inner: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> std::io::Write for FirstError<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.error.is_some() {
            return Ok(buf.len());
        }
        self.inner.write(buf).map_err(|e| self.fail(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.error.is_some() {
            return Ok(());
        }
        self.inner.flush().map_err(|e| self.fail(e))
    }
}

impl<W> FirstError<W> {
    fn fail(&mut self, e: std::io::Error) -> std::io::Error {
        if e.kind() == std::io::ErrorKind::Interrupted {
            return e; // retried by the caller
        }
        let copy = std::io::Error::new(e.kind(), e.to_string());
        self.error = Some(e);
        copy
    }
}

/// A workbook-library error as svcat reports it.
pub fn xlsx_error(path: &Path, e: XlsxError) -> Error {
    match e {
        XlsxError::IoError(source) => Error::Write {
            file: path.display().to_string(),
            source,
        },
        other => Error::Write {
            file: path.display().to_string(),
            source: std::io::Error::other(other.to_string()),
        },
    }
}

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

/// What every department sheet is written from.
struct DepartmentSheets<'a> {
    catalog: &'a Catalog,
    groups: &'a [(String, Vec<&'a Item>)],
    styles: &'a Styles,
    /// Each element's dropdown, if it has one.
    dropdowns: &'a [Option<DataValidation>],
}

impl DepartmentSheets<'_> {
    /// Fills `sheets` (one per group, in order) on as many threads as there are cores, the
    /// largest departments first, each to the thread with the fewest items so far. Returns the
    /// number of cells cut to Excel's limit.
    fn fill(&self, sheets: &mut [Worksheet]) -> Result<usize, XlsxError> {
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, sheets.len().max(1));
        let mut order: Vec<usize> = (0..sheets.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.groups[i].1.len()));
        let mut loads = vec![0usize; workers];
        let mut owner = vec![0usize; sheets.len()];
        for i in order {
            let worker = (0..workers).min_by_key(|&w| loads[w]).unwrap_or(0);
            loads[worker] += self.groups[i].1.len();
            owner[i] = worker;
        }
        let mut jobs: Vec<Vec<(usize, &mut Worksheet)>> =
            (0..workers).map(|_| Vec::new()).collect();
        for (i, sheet) in sheets.iter_mut().enumerate() {
            jobs[owner[i]].push((i, sheet));
        }
        std::thread::scope(|scope| {
            let running: Vec<_> = jobs
                .into_iter()
                .map(|job| {
                    scope.spawn(move || {
                        job.into_iter().try_fold(0, |truncated, (i, sheet)| {
                            Ok(truncated + self.write(sheet, &self.groups[i].1)?)
                        })
                    })
                })
                .collect();
            running
                .into_iter()
                .map(|worker| worker.join().expect("writing a sheet does not panic"))
                .sum()
        })
    }
}

/// "青石镇政务服务事项目录"
pub fn catalog_title(catalog: &Catalog) -> String {
    format!(
        "{}政务服务事项目录",
        catalog.meta.region.as_deref().unwrap_or_default()
    )
}

impl DepartmentSheets<'_> {
    /// One department sheet: the header, then the items, written row by row (constant memory).
    /// Returns the number of cells cut to Excel's limit.
    fn write(&self, sheet: &mut Worksheet, items: &[&Item]) -> Result<usize, XlsxError> {
        let (catalog, styles) = (self.catalog, self.styles);
        let layout = Layout::new(catalog, items.iter().copied());
        let last_col = (layout.columns.len() - 1) as u16;
        let last_row = items.len() as u32;

        let mut widths = ColumnWidths::new(layout.columns.len(), 6.0, 50.0);
        for (i, column) in layout.columns.iter().enumerate() {
            widths.observe(i, &column.header);
        }
        widths.observe(0, &items.len().to_string());
        let mut cells = Vec::new();
        for item in items.iter().take(WIDTH_SAMPLE) {
            layout.cells_into(item, &mut cells);
            for (column, text) in &cells {
                widths.observe(*column, text);
            }
        }
        widths.apply(sheet)?;
        // The cells take their column's format: one lookup per column instead of one per cell,
        // which is a fifth of the writing time on a large catalog. Data sheets therefore have no cell
        // borders (a column format reaches every empty cell below); they print with gridlines.
        sheet.set_column_format(0, &styles.data_number)?;
        for col in 1..=last_col {
            sheet.set_column_format(col, &styles.data)?;
        }
        sheet.set_print_gridlines(true);
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_repeat_rows(0, 0)?;
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        for (i, column) in layout.columns.iter().enumerate() {
            if let ColumnSource::Element(e) = column.source
                && let Some(validation) = &self.dropdowns[e]
            {
                sheet.add_data_validation(1, i as u16, last_row, i as u16, validation)?;
            }
        }

        // Heights go before a row's cells: a constant-memory sheet writes a row out when the next
        // one starts.
        let header_lines = layout
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| widths.lines(i, &c.header))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(header_lines) {
            sheet.set_row_height(0, height)?;
        }
        for (i, column) in layout.columns.iter().enumerate() {
            sheet.write_string_with_format(0, i as u16, &column.header, &styles.header)?;
        }
        let mut truncated = 0;
        let mut last_height = None;
        for (n, item) in items.iter().enumerate() {
            let row = n as u32 + 1;
            layout.cells_into(item, &mut cells);
            let lines = cells
                .iter()
                .map(|(column, text)| widths.lines(*column, text))
                .max()
                .unwrap_or(1);
            last_height = row_height(lines);
            if let Some(height) = last_height {
                sheet.set_row_height(row, height)?;
            }
            sheet.write_number(row, 0, (n + 1) as f64)?;
            for (column, text) in cells.drain(..) {
                let (text, cut) = cell_text(&text);
                truncated += usize::from(cut);
                sheet.write_string(row, column as u16, text.as_ref())?;
            }
        }
        end_constant_memory_sheet(sheet, last_height.is_some(), last_row, &styles.data_number)?;
        Ok(truncated)
    }
}

/// Counts for the 汇总 sheet.
struct CatalogStats {
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
    /// 即办件 and 承诺件 by 办件类型.
    immediate: usize,
    promised: usize,
    /// Elements its items must fill in (by item type), and how many of those are filled.
    required: usize,
    filled: usize,
}

const UNFILLED: &str = "（未填）";

impl CatalogStats {
    fn new(catalog: &Catalog, groups: &[(String, Vec<&Item>)], sheets: &[String]) -> CatalogStats {
        let schema = catalog.schema.as_ref();
        let handling_type = schema.element_index("handling_type");
        let kind_element = schema.element_index("kind");
        let mut filled = vec![false; schema.elements.len()];
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
                match handling_type
                    .and_then(|e| item.field(e))
                    .and_then(|f| f.value.as_text())
                {
                    Some("即办件") => stats.immediate += 1,
                    Some("承诺件") => stats.promised += 1,
                    _ => {}
                }
                let kind = match kind_element.and_then(|e| item.field(e)).map(|f| &f.value) {
                    Some(Value::Enum(kind)) => Some(kind.as_str()),
                    _ => None,
                };
                // One pass over the item's fields, then one over the elements: a catalog of a
                // million items would otherwise search its fields once per element.
                filled.fill(false);
                for field in &item.fields {
                    filled[usize::from(field.element)] = field_filled(schema, field);
                }
                let mask = schema.required_mask(kind);
                for (e, element) in schema.elements.iter().enumerate() {
                    let required = match mask {
                        Some(mask) => mask[e],
                        None => schema.is_required(element, kind),
                    };
                    if required {
                        stats.required += 1;
                        stats.filled += usize::from(filled[e]);
                        required_by_element[e].0 += 1;
                        required_by_element[e].1 += usize::from(filled[e]);
                    }
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

/// Whether a field holds something, not a placeholder (as typed: a 是否收费 of 无 reads as 否
/// but says nothing). A typed value read from its cell as written is never a placeholder, so only
/// text is looked at, without rendering materials and limits again.
fn field_filled(schema: &Schema, field: &Field) -> bool {
    match (&field.raw, &field.value) {
        (Some(raw), _) => !schema.is_placeholder(raw),
        (None, Value::Text(text) | Value::Enum(text)) => !schema.is_placeholder(text),
        (None, _) => true,
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
fn write_summary_sheet(
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

#[cfg(test)]
mod tests {
    /// A disk that fills up after `room` bytes.
    struct Full {
        room: usize,
        writes_after_full: usize,
    }

    impl std::io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                self.writes_after_full += 1;
                return Err(std::io::Error::from_raw_os_error(28));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_full_disk_is_reported_once_and_the_zip_is_not_finished_into_it() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for row in 0..200 {
            sheet.write_number(row, 0, f64::from(row)).unwrap();
        }
        let mut disk = Full {
            room: 500,
            writes_after_full: 0,
        };
        let error = super::save_to(&mut workbook, &mut disk, std::path::Path::new("out.xlsx"))
            .expect_err("the disk is full");
        let svcat_core::error::Error::Write { file, source } = error else {
            panic!("a write error: {error:?}");
        };
        assert_eq!(file, "out.xlsx");
        assert_eq!(source.raw_os_error(), Some(28));
        // The zip writer, dropped after the error, finishes the archive into the void rather
        // than into the full disk (where failing again it would print to stderr).
        assert_eq!(disk.writes_after_full, 1);
    }

    use super::*;

    #[test]
    fn sheet_names_are_valid_unique_and_stable() {
        let long = "青石镇社会保障和就业服务中心劳动保障监察与劳动争议调解仲裁服务站点";
        let names = sheet_names(
            [
                "民政办",
                "农业/农村办",
                "汇总",
                long,
                long,
                "'引号'",
                "[司法所]",
                "ABC",
                "abc",
                "",
            ],
            &["汇总", "下拉选项"],
        );
        assert_eq!(names[0], "民政办");
        assert_eq!(names[1], "农业／农村办");
        assert_eq!(names[2], "汇总（2）");
        assert_eq!(names[3].encode_utf16().count(), 31);
        assert_eq!(names[4].encode_utf16().count(), 31);
        assert!(names[4].ends_with("（2）"), "{}", names[4]);
        assert_eq!(names[5], "引号");
        assert_eq!(names[6], "［司法所］");
        assert_eq!(names[7], "ABC");
        assert_eq!(names[8], "abc（2）");
        assert_eq!(names[9], "未命名");
        for name in &names {
            assert!(!name.contains(['[', ']', ':', '*', '?', '/', '\\']));
        }
    }

    #[test]
    fn chinese_text_is_twice_as_wide() {
        assert_eq!(text_width("事项名称"), 8.0);
        assert!((text_width("abc") - 3.3).abs() < 1e-9);
        assert_eq!(text_width("一二\n一二三"), 6.0);
        assert_eq!(text_width_upto("一二\n一二三", 100.0), 6.0);
        assert_eq!(text_width_upto(&"一".repeat(1000), 50.0), 50.0);
        // 30 characters in a 21-unit column: 60 units over 20 usable, 3 lines; plus a short line.
        assert_eq!(wrapped_lines(&format!("{}\n短", "一".repeat(30)), 21.0), 4);
        assert_eq!(row_height(1), None);
        assert_eq!(row_height(2), Some(33.2));
    }

    #[test]
    fn long_cells_are_cut_to_excels_limit() {
        let long = "材".repeat(40_000);
        let (text, cut) = cell_text(&long);
        assert!(cut);
        assert_eq!(text.chars().count(), 32_767);
        assert!(!cell_text("短").1);
    }

    #[test]
    fn dates_parse() {
        assert_eq!(parse_date("2022-06-30"), Some((2022, 6, 30)));
        assert_eq!(parse_date("2022/6/3"), Some((2022, 6, 3)));
        assert_eq!(parse_date("2022-06"), None);
    }
}
