//! The district's summary workbook: 达标情况 (towns × indicators, each figure coloured against
//! its target, and the rank), 要素N同对照表 (one row per element that differs between towns,
//! each town's value side by side, the cells off the majority coloured) and 认领情况 (each
//! town against the upper catalog).
//!
//! Every text cell is a string cell, headers included (town names head the columns), so no
//! value ever becomes a formula; the document properties are fixed, so the same district gives
//! the same bytes.

use std::path::Path;

use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use svcat_core::error::Error;
use svcat_emit::xlsx::{
    ColumnWidths, Styles, cell_text, fixed_properties, row_height, save_atomic, xlsx_error,
};

use crate::indicator_values::target_of;
use crate::model::{District, Indicator};
use crate::targets::met;

/// The workbook's file name in the output directory.
pub const SUMMARY_WORKBOOK: &str = "汇总.xlsx";
pub const TARGETS_SHEET: &str = "达标情况";
pub const VARIANTS_SHEET: &str = "要素N同对照表";
pub const COVERAGE_SHEET: &str = "认领情况";

/// The most towns the 要素N同对照表 prints one page wide with.
const FIT_TOWNS: usize = 10;

/// How a blank value shows in the tables.
const BLANK: &str = "（未填）";

struct Formats {
    styles: Styles,
    title_left: Format,
    met: Format,
    not_met: Format,
    differs: Format,
}

impl Formats {
    fn new() -> Formats {
        let styles = Styles::new();
        let met = styles
            .percent
            .clone()
            .set_background_color(Color::RGB(0xC6EFCE))
            .set_font_color(Color::RGB(0x006100));
        let not_met = styles
            .percent
            .clone()
            .set_background_color(Color::RGB(0xFFC7CE))
            .set_font_color(Color::RGB(0x9C0006));
        let differs = styles
            .body
            .clone()
            .set_background_color(Color::RGB(0xFFEB9C));
        Formats {
            title_left: styles.title.clone().set_align(FormatAlign::Left),
            styles,
            met,
            not_met,
            differs,
        }
    }
}

/// Writes the summary workbook to `path`, atomically.
pub fn write_summary_workbook(district: &District, path: &Path) -> Result<(), Error> {
    let mut workbook = build(district).map_err(|e| xlsx_error(path, e))?;
    save_atomic(&mut workbook, path)
}

fn build(district: &District) -> Result<Workbook, XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(&fixed_properties(
        &format!("{}政务服务事项目录汇总", district.name),
        None,
    )?);
    targets_sheet(workbook.add_worksheet(), district, &formats)?;
    variants_sheet(workbook.add_worksheet(), district, &formats)?;
    coverage_sheet(workbook.add_worksheet(), district, &formats)?;
    Ok(workbook)
}

/// Print setup every sheet shares: A4 landscape, the header row on every page, frozen below it.
fn print_setup(
    sheet: &mut Worksheet,
    header_row: u32,
    widths: &ColumnWidths,
) -> Result<(), XlsxError> {
    widths.apply(sheet)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_repeat_rows(header_row, header_row)?;
    sheet.set_freeze_panes(header_row + 1, 0)?;
    sheet.set_print_gridlines(false);
    Ok(())
}

fn title(
    sheet: &mut Worksheet,
    text: &str,
    last_col: u16,
    formats: &Formats,
) -> Result<(), XlsxError> {
    if last_col == 0 {
        // Unmerged, at the left: the title of a table that prints across pages.
        sheet.write_string_with_format(0, 0, text, &formats.title_left)?;
    } else {
        sheet.merge_range(0, 0, 0, last_col, text, &formats.styles.title)?;
    }
    sheet.set_row_height(0, 30)?;
    Ok(())
}

fn headers(
    sheet: &mut Worksheet,
    row: u32,
    headers: &[String],
    widths: &mut ColumnWidths,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let mut lines = 1;
    for (col, header) in headers.iter().enumerate() {
        let (text, _) = cell_text(header);
        widths.observe(col, &text);
        lines = lines.max(widths.lines(col, &text));
        sheet.write_string_with_format(row, col as u16, text.as_ref(), &formats.styles.header)?;
    }
    if let Some(height) = row_height(lines) {
        sheet.set_row_height(row, height)?;
    }
    Ok(())
}

/// 达标情况: rank, town, items, errors, warnings, every indicator (coloured against its target
/// where the district sets one), targets met. A 目标 row under the header gives the goals.
fn targets_sheet(
    sheet: &mut Worksheet,
    district: &District,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(TARGETS_SHEET)?;
    let styles = &formats.styles;
    let mut columns: Vec<String> = ["排名", "镇（街道）", "事项数", "错误", "警告"]
        .map(String::from)
        .to_vec();
    columns.extend(Indicator::ALL.iter().map(|i| i.label().to_string()));
    columns.push(format!("达标数（共 {} 项）", district.targets.len()));
    let last_col = (columns.len() - 1) as u16;
    let mut widths = ColumnWidths::new(columns.len(), 8.0, 24.0);
    title(
        sheet,
        &format!("{}各镇（街道）政务服务事项目录达标情况", district.name),
        last_col,
        formats,
    )?;
    let header_row = 2;
    headers(sheet, header_row, &columns, &mut widths, formats)?;
    let mut row = header_row;
    if !district.targets.is_empty() {
        row += 1;
        sheet.write_string_with_format(row, 0, "", &styles.total)?;
        sheet.write_string_with_format(row, 1, "目标", &styles.total)?;
        for col in 2..5 {
            sheet.write_string_with_format(row, col, "", &styles.total)?;
        }
        for (n, indicator) in Indicator::ALL.iter().enumerate() {
            let col = 5 + n as u16;
            match district.targets.iter().find(|t| t.indicator == *indicator) {
                Some(target) => {
                    sheet.write_number_with_format(row, col, target.goal, &styles.percent)?
                }
                None => sheet.write_string_with_format(row, col, "—", &styles.center)?,
            };
        }
        sheet.write_string_with_format(row, last_col, "", &styles.total)?;
    }
    for town in &district.towns {
        row += 1;
        let (name, _) = cell_text(&town.name);
        widths.observe(1, &name);
        if let Some(height) = row_height(widths.lines(1, &name)) {
            sheet.set_row_height(row, height)?;
        }
        sheet.write_number_with_format(row, 0, town.rank as f64, &styles.number)?;
        sheet.write_string_with_format(row, 1, name.as_ref(), &styles.body)?;
        sheet.write_number_with_format(row, 2, town.indicators.items as f64, &styles.number)?;
        sheet.write_number_with_format(
            row,
            3,
            town.report.count(svcat_core::finding::Severity::Error) as f64,
            &styles.number,
        )?;
        sheet.write_number_with_format(
            row,
            4,
            town.report.count(svcat_core::finding::Severity::Warning) as f64,
            &styles.number,
        )?;
        for (n, indicator) in Indicator::ALL.iter().enumerate() {
            let col = 5 + n as u16;
            let marked = target_of(town, *indicator).map(|t| {
                if t.met {
                    &formats.met
                } else {
                    &formats.not_met
                }
            });
            match indicator.value(&town.indicators) {
                Some(v) => sheet.write_number_with_format(
                    row,
                    col,
                    v,
                    marked.unwrap_or(&styles.percent),
                )?,
                None => sheet.write_string_with_format(
                    row,
                    col,
                    "—",
                    marked.unwrap_or(&styles.center),
                )?,
            };
        }
        sheet.write_number_with_format(row, last_col, met(town) as f64, &styles.number)?;
    }
    row += 2;
    let note = "说明：排名先比达标项数（多者在前），再比错误数（少者在前）。绿色为达标，红色为未达标；“—”表示目录中没有填写相应要素，按未达标计。";
    sheet.merge_range(row, 0, row, last_col, note, &styles.note)?;
    sheet.set_row_height(row, 32)?;
    sheet.autofilter(
        header_row,
        0,
        header_row + district.towns.len() as u32 + u32::from(!district.targets.is_empty()),
        last_col,
    )?;
    print_setup(sheet, header_row, &widths)?;
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn shown(value: &str) -> &str {
    if value.is_empty() { BLANK } else { value }
}

/// 要素N同对照表: code, name, element, a column per town (in rank order), the majority and the
/// upper catalog's value. A town's cell is coloured when it differs from the majority (every
/// holder's when there is none); blank where the town does not hold the item.
fn variants_sheet(
    sheet: &mut Worksheet,
    district: &District,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(VARIANTS_SHEET)?;
    let styles = &formats.styles;
    let mut columns: Vec<String> = ["基本编码", "事项名称", "要素"].map(String::from).to_vec();
    columns.extend(district.towns.iter().map(|t| t.name.clone()));
    columns.push("多数写法".to_string());
    columns.push("上级目录".to_string());
    let last_col = (columns.len() - 1) as u16;
    let mut widths = ColumnWidths::new(columns.len(), 10.0, 30.0);
    // Up to ten towns the table prints one page wide; more print across pages (repeating the
    // code, name and element columns on each left so few towns per page that a district of
    // twenty took three times the paper), the title at the top left of the first.
    let fits = district.towns.len() <= FIT_TOWNS;
    title(
        sheet,
        &format!("{}事项要素N同对照表", district.name),
        if fits { last_col } else { 0 },
        formats,
    )?;
    let header_row = 2;
    headers(sheet, header_row, &columns, &mut widths, formats)?;
    let mut rows: Vec<Vec<(u16, String, bool)>> = Vec::new();
    for variant in &district.variants {
        let mut cells = vec![
            (0, variant.item.code.clone(), false),
            (1, variant.item.name.clone(), false),
            (2, variant.label.clone(), false),
        ];
        for (n, town) in district.towns.iter().enumerate() {
            if let Some(value) = variant.value_of(&town.name) {
                let differs = variant.majority.as_deref() != Some(value);
                cells.push((3 + n as u16, shown(value).to_string(), differs));
            }
        }
        let majority = variant.majority.as_deref().map_or("（无多数）", shown);
        cells.push((last_col - 1, majority.to_string(), false));
        let upper = variant.upper.as_deref().map_or("", shown);
        cells.push((last_col, upper.to_string(), false));
        for (col, text, _) in &mut cells {
            *text = cell_text(text).0.into_owned();
            widths.observe(usize::from(*col), text);
        }
        rows.push(cells);
    }
    let mut row = header_row;
    for cells in &rows {
        row += 1;
        let lines = cells
            .iter()
            .map(|(col, text, _)| widths.lines(usize::from(*col), text))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(lines) {
            sheet.set_row_height(row, height)?;
        }
        for col in 0..=last_col {
            sheet.write_blank(row, col, &styles.body)?;
        }
        for (col, text, differs) in cells {
            let format = if *differs {
                &formats.differs
            } else {
                &styles.body
            };
            sheet.write_string_with_format(row, *col, text, format)?;
        }
    }
    if rows.is_empty() {
        row += 1;
        sheet.write_string_with_format(
            row,
            0,
            "各镇（街道）共有事项的要素一致，没有需要对照的要素。",
            &styles.note,
        )?;
    } else {
        sheet.autofilter(header_row, 0, row, last_col)?;
    }
    row += 2;
    sheet.merge_range(
        row,
        0,
        row,
        last_col,
        "说明：黄色为与多数写法不同的写法（没有多数时，各镇写法都标出）；空白表示该镇（街道）没有这个事项。",
        &styles.note,
    )?;
    sheet.set_row_height(row, 32)?;
    print_setup(sheet, header_row, &widths)?;
    // Codes are read whole: the code column is as wide as its longest code.
    let code_width = district
        .variants
        .iter()
        .map(|v| svcat_emit::xlsx::text_width(&v.item.code))
        .fold(widths.width(0), f64::max);
    sheet.set_column_width(0, (code_width + 2.0).min(40.0))?;
    sheet.set_freeze_panes(header_row + 1, 3)?;
    if fits {
        sheet.set_print_fit_to_pages(1, 0);
    }
    Ok(())
}

/// 认领情况: one row per finding of the coverage: town, what (未认领 / 上级目录没有 / 与上级不一致),
/// code, name, element, the town's value and the upper catalog's.
fn coverage_sheet(
    sheet: &mut Worksheet,
    district: &District,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(COVERAGE_SHEET)?;
    let styles = &formats.styles;
    let columns: Vec<String> = [
        "镇（街道）",
        "情况",
        "基本编码",
        "事项名称",
        "要素",
        "本镇（街道）写法",
        "上级目录写法",
    ]
    .map(String::from)
    .to_vec();
    let last_col = (columns.len() - 1) as u16;
    let mut widths = ColumnWidths::new(columns.len(), 10.0, 40.0);
    title(
        sheet,
        &format!("{}各镇（街道）认领承接情况", district.name),
        last_col,
        formats,
    )?;
    let header_row = 2;
    headers(sheet, header_row, &columns, &mut widths, formats)?;
    let mut rows: Vec<[String; 7]> = Vec::new();
    for coverage in &district.coverage {
        let town = &coverage.town;
        for item in &coverage.unclaimed {
            rows.push([
                town.clone(),
                "未认领".into(),
                item.code.clone(),
                item.name.clone(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        for item in &coverage.not_in_upper {
            rows.push([
                town.clone(),
                "上级目录没有".into(),
                item.code.clone(),
                item.name.clone(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        for d in &coverage.differs_from_upper {
            rows.push([
                town.clone(),
                "与上级不一致".into(),
                d.item.code.clone(),
                d.item.name.clone(),
                d.label.clone(),
                shown(&d.town_value).to_string(),
                shown(&d.upper_value).to_string(),
            ]);
        }
    }
    for cells in &mut rows {
        for (col, text) in cells.iter_mut().enumerate() {
            *text = cell_text(text).0.into_owned();
            widths.observe(col, text);
        }
    }
    let mut row = header_row;
    for cells in &rows {
        row += 1;
        let lines = cells
            .iter()
            .enumerate()
            .map(|(col, text)| widths.lines(col, text))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(lines) {
            sheet.set_row_height(row, height)?;
        }
        for (col, text) in cells.iter().enumerate() {
            let format = if col == 1 {
                &styles.center
            } else {
                &styles.body
            };
            sheet.write_string_with_format(row, col as u16, text, format)?;
        }
    }
    if rows.is_empty() {
        row += 1;
        let note = if district.upper.is_none() {
            "没有指定上级目录（--upper 或 district.toml 的 upper），未比对认领情况。"
        } else {
            "各镇（街道）已认领上级目录的全部事项，要素与上级一致。"
        };
        sheet.merge_range(row, 0, row, last_col, note, &styles.note)?;
    } else {
        sheet.autofilter(header_row, 0, row, last_col)?;
    }
    print_setup(sheet, header_row, &widths)?;
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}
