//! The annotated workbook's first sheet, 问题清单: a title, a one-line summary, a legend, then one
//! row per finding in report order with a link to its cell in the copies.

use rust_xlsxwriter::{
    Color, Format, FormatAlign, FormatBorder, Url, Workbook, Worksheet, XlsxError,
};

use svcat_core::finding::Severity;
use svcat_core::model::Catalog;
use svcat_core::report::Report;
use svcat_core::text::column_letter;
use svcat_emit::xlsx::{row_height, wrapped_lines};

use crate::workbook_copy::{
    Anchor, Budget, Formats, MAX_CELL_UTF16, MAX_ROWS, TITLE, new_worksheet, rank, severity_colors,
    truncate_utf16,
};

/// Where a list row links to: a cell of a named copy.
#[derive(Debug, Clone)]
pub(super) struct Link {
    pub(super) sheet: String,
    pub(super) anchor: Anchor,
}

impl Link {
    fn label(&self) -> String {
        self.anchor.label()
    }

    fn url(&self) -> String {
        let Anchor { row, col, .. } = self.anchor;
        format!(
            "internal:'{}'!{}{}",
            self.sheet.replace('\'', "''"),
            column_letter(col),
            row + 1
        )
    }
}

/// The list's columns: header and width.
const LIST_COLUMNS: [(&str, f64); 10] = [
    ("序号", 6.0),
    ("级别", 6.0),
    ("规则", 7.0),
    ("文件", 24.0),
    ("工作表", 14.0),
    ("单元格", 9.0),
    ("事项编码", 34.0),
    ("事项名称", 26.0),
    ("问题", 56.0),
    ("修改建议", 44.0),
];
/// Row of the list's header (zero-based): under the title, summary and legend.
const LIST_HEADER_ROW: u32 = 3;

/// The 问题清单 sheet: a title, a one-line summary, a legend, then one row per finding in report
/// order with a link to the cell in the annotated copy.
pub(super) fn list_sheet(
    workbook: &mut Workbook,
    catalog: &Catalog,
    report: &Report,
    links: &[Option<Link>],
    budget: &Budget,
    formats: &Formats,
) -> Result<Worksheet, XlsxError> {
    let last_col = (LIST_COLUMNS.len() - 1) as u16;
    let border = |f: Format| {
        f.set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0xBFBFBF))
    };
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let plain = Format::new().set_align(FormatAlign::VerticalCenter);
    let header = border(
        Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xD9D9D9))
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter),
    );
    let body = border(Format::new().set_text_wrap().set_align(FormatAlign::Top));
    let centered = border(
        Format::new()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::Top),
    );
    let link = border(Format::new().set_hyperlink().set_align(FormatAlign::Top));
    let level = |s: Severity| {
        severity_colors(
            border(
                Format::new()
                    .set_align(FormatAlign::Center)
                    .set_align(FormatAlign::Top),
            ),
            s,
        )
    };
    let levels = [
        level(Severity::Info),
        level(Severity::Warning),
        level(Severity::Error),
    ];

    let mut ws = new_worksheet(workbook, report.findings.len(), &budget.limits)?;
    ws.merge_range(0, 0, 0, last_col, TITLE, &title)?;
    ws.set_row_height(0, 30)?;
    // The summary, and what did not fit (said here, where staff read first).
    let mut line = summary(catalog, report);
    let mut lines = 1;
    if !budget.too_large.is_empty() {
        line.push_str(&format!(
            "\n{} 超过 {} 个单元格，未复制标注，其问题只在本清单列出。",
            budget.too_large.join("、"),
            budget.limits.grid_cells
        ));
        lines += 1;
    }
    if budget.notes_dropped > 0 {
        line.push_str(&format!(
            "\n标色单元格较多，只有前 {} 个加了批注，其余 {} 个的问题见本清单。",
            budget.limits.notes, budget.notes_dropped
        ));
        lines += 1;
    }
    ws.merge_range(1, 0, 1, last_col, &line, &plain.clone().set_text_wrap())?;
    ws.set_row_height(1, 6 + 16 * lines)?;
    // Legend: the three fills as the copies use them.
    ws.write_string_with_format(2, 0, "图例", &plain)?;
    for (col, severity) in [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .enumerate()
    {
        let format = formats
            .cell(false, true, Some(severity))
            .clone()
            .set_text_wrap();
        ws.write_string_with_format(2, col as u16 + 1, severity.label(), &format)?;
    }
    ws.merge_range(
        2,
        4,
        2,
        last_col,
        "点击“单元格”一栏可跳转到后面各工作表中的原位置；各工作表与报送的表格行列一致，标色单元格的批注写明了问题和修改建议。",
        &plain,
    )?;
    ws.set_row_height(2, 20)?;

    for (col, (name, width)) in LIST_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(LIST_HEADER_ROW, col as u16, *name, &header)?;
        ws.set_column_width(col as u16, *width)?;
    }

    // Excel's last row holds a note on what is left out, should the findings not fit.
    let room = (MAX_ROWS - LIST_HEADER_ROW - 2) as usize;
    for (i, f) in report.findings.iter().enumerate().take(room) {
        let row = LIST_HEADER_ROW + 1 + i as u32;
        ws.write_number_with_format(row, 0, (i + 1) as f64, &centered)?;
        ws.write_string_with_format(row, 1, f.severity.label(), &levels[rank(f.severity)])?;
        ws.write_string_with_format(row, 2, f.rule, &centered)?;
        ws.write_string_with_format(row, 3, &f.file, &body)?;
        ws.write_string_with_format(row, 4, f.sheet.as_deref().unwrap_or(""), &body)?;
        match &links[i] {
            Some(target) => {
                let label = target.label();
                let url = Url::new(target.url()).set_text(&label);
                ws.write_url_with_format(row, 5, url, &link)?;
            }
            // A source with no copy (canonical JSON, an unreadable file): the place as text.
            None => {
                let place = match (f.cell(), f.row) {
                    (Some(cell), _) => cell,
                    (None, Some(r)) => format!("第{r}行"),
                    _ => String::new(),
                };
                ws.write_string_with_format(row, 5, place, &centered)?;
            }
        }
        let (code, name) = f
            .item
            .as_ref()
            .map_or(("", ""), |k| (k.code.as_str(), k.name.as_str()));
        ws.write_string_with_format(row, 6, code, &body)?;
        ws.write_string_with_format(row, 7, name, &body)?;
        ws.write_string_with_format(row, 8, truncate_utf16(&f.message, MAX_CELL_UTF16), &body)?;
        let mut advice = f.help.clone();
        if let Some(fix) = &f.fix {
            if !advice.is_empty() {
                advice.push('\n');
            }
            advice.push_str("可改为：");
            advice.push_str(fix);
        }
        ws.write_string_with_format(row, 9, truncate_utf16(&advice, MAX_CELL_UTF16), &body)?;
        // LibreOffice and WPS keep a row at the default height unless the file says otherwise,
        // which would show only the first line of a wrapped message or advice.
        let texts = [
            (3, f.file.as_str()),
            (4, f.sheet.as_deref().unwrap_or("")),
            (6, code),
            (7, name),
            (8, f.message.as_str()),
            (9, advice.as_str()),
        ];
        let lines = texts
            .iter()
            .map(|(col, text)| wrapped_lines(text, LIST_COLUMNS[*col].1))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(lines) {
            ws.set_row_height(row, height)?;
        }
    }
    let listed = report.findings.len().min(room);
    let mut last_row = LIST_HEADER_ROW + listed as u32;
    if listed < report.findings.len() {
        last_row += 1;
        ws.merge_range(
            last_row,
            0,
            last_row,
            last_col,
            &format!(
                "……其余 {} 条超出 Excel 的行数上限，未列出；完整报告请用 --format json 导出。",
                report.findings.len() - listed
            ),
            &body,
        )?;
    }
    if report.findings.is_empty() {
        ws.merge_range(
            LIST_HEADER_ROW + 1,
            0,
            LIST_HEADER_ROW + 1,
            last_col,
            "未发现问题。",
            &body,
        )?;
    }
    ws.autofilter(LIST_HEADER_ROW, 0, last_row, last_col)?;
    ws.set_freeze_panes(LIST_HEADER_ROW + 1, 0)?;

    // Printing: A4 landscape, one page wide, the header on every page, page numbers.
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer("&C第 &P 页，共 &N 页");
    ws.set_repeat_rows(LIST_HEADER_ROW, LIST_HEADER_ROW)?;
    Ok(ws)
}

/// "青石镇政务服务事项目录（2022-06 版）：检查 5 个文件、108 个事项，发现问题 57 条（错误 24 条、
/// 警告 12 条、提示 21 条）。"
fn summary(catalog: &Catalog, report: &Report) -> String {
    let meta = &catalog.meta;
    let mut s = format!(
        "{}政务服务事项目录",
        meta.region.as_deref().unwrap_or_default()
    );
    if let Some(version) = &meta.version {
        s.push_str(&format!("（{version} 版）"));
    }
    s.push_str(&format!(
        "：检查 {} 个文件、{} 个事项，",
        report.files, report.items
    ));
    if report.findings.is_empty() {
        s.push_str("未发现问题。");
    } else {
        s.push_str(&format!(
            "发现问题 {} 条（错误 {} 条、警告 {} 条、提示 {} 条）。",
            report.findings.len(),
            report.count(Severity::Error),
            report.count(Severity::Warning),
            report.count(Severity::Info)
        ));
    }
    s
}
