//! The diff as a 新旧对照表 workbook, the form a district files with its 动态调整 report: one
//! block of rows per item added, removed, recoded or changed (the item's cells merged over its
//! block, one row per changed element), old and new values side by side, the changed cells
//! coloured by the change's direction, and the reform direction in words (减材料、缩时限、少跑动…);
//! a second sheet counts the changes by direction.
//!
//! Every cell is written with `write_string` (or as a number the workbook computes nothing from),
//! never as a formula, so text such as `=HYPERLINK(…)` from a catalog stays text, headers included.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Color, Format, Workbook, Worksheet, XlsxError};

use super::text::{Piece, full_pieces, marked};
use super::{Change, Diff, Direction, ItemRef};
use svcat_emit::xlsx::{ColumnWidths, Styles, cell_text, fixed_properties, row_height};

/// The sheets' names.
pub const TABLE_SHEET: &str = "新旧对照表";
pub const SUMMARY_SHEET: &str = "调整汇总";

const HEADERS: [&str; 11] = [
    "序号",
    "调整类型",
    "实施部门",
    "事项编码",
    "事项名称",
    "调整要素",
    "调整前",
    "调整后",
    "改革方向",
    "评价",
    "说明",
];
/// The columns an item's block shares (merged over its rows): 序号 to 事项名称.
const ITEM_COLUMNS: usize = 5;
/// Minimum and maximum width of each column, in Excel's units.
/// Together about 175 units, which prints on A4 landscape at about 75%: a 31-character code
/// wraps onto two lines rather than widening the page.
const WIDTHS: [(f64, f64); 11] = [
    (5.0, 5.0),
    (9.0, 9.0),
    (10.0, 12.0),
    (12.0, 18.0),
    (12.0, 18.0),
    (10.0, 12.0),
    (14.0, 30.0),
    (14.0, 30.0),
    (10.0, 11.0),
    (6.0, 6.0),
    (12.0, 24.0),
];
/// The table's header row (title and versions above it).
const HEADER_ROW: u32 = 2;

/// What an added or removed item shows in the element column.
const WHOLE_ITEM: &str = "（整个事项）";

/// One row of the table.
struct Row {
    element: String,
    old: String,
    new: String,
    reform: String,
    direction: Option<Direction>,
    detail: String,
    /// A text change: the cells mark what was deleted and inserted.
    text_diff: bool,
}

/// One item's block of rows.
struct Block<'a> {
    kind: &'static str,
    item: &'a ItemRef,
    /// The code the item's cells show (a recoded item: its new code).
    code: &'a str,
    rows: Vec<Row>,
}

/// The reform direction of a change in the words of the reforms: 减材料/增材料, 缩时限/延时限,
/// 少跑动/多跑动 …, by the element and the direction the diff gave it.
pub fn reform_direction(change: &Change) -> &'static str {
    use Direction::{Better, Neutral, Worse};
    match (change.element.as_str(), change.direction) {
        ("materials", Better) => "减材料",
        ("materials", Worse) => "增材料",
        ("materials", Neutral) => "调材料",
        ("legal_limit" | "promised_limit", Better) => "缩时限",
        ("legal_limit" | "promised_limit", Worse) => "延时限",
        ("visits", Better) => "少跑动",
        ("visits", Worse) => "多跑动",
        ("conditions", Better) => "减条件",
        ("conditions", Worse) => "增条件",
        ("online_depth", Better) => "提网办深度",
        ("online_depth", Worse) => "降网办深度",
        ("handling_type", Better) => "改为即办",
        ("handling_type", Worse) => "改为承诺办理",
        ("fee_charged", Better) => "免收费",
        ("fee_charged", Worse) => "改收费",
        (_, Better) => "增便民服务",
        (_, Worse) => "减便民服务",
        (_, Neutral) => "内容调整",
    }
}

fn direction_label(direction: Option<Direction>) -> &'static str {
    direction.map_or("—", Direction::label)
}

fn change_row(change: &Change) -> Row {
    let [old, new] = &change.values;
    let shown = |text: &str| {
        if text.is_empty() {
            "（无）".to_string()
        } else {
            text.to_string()
        }
    };
    Row {
        element: change.label.clone(),
        old: shown(old),
        new: shown(new),
        reform: reform_direction(change).to_string(),
        direction: Some(change.direction),
        // Prose and materials (whose JSON values are counts) show what went and what came.
        text_diff: (!change.pieces.is_empty() || change.element == "materials")
            && !old.is_empty()
            && !new.is_empty(),
        // A text diff's detail ([-…-]{+…+}) repeats the two values: left out.
        detail: if !change.pieces.is_empty() && change.detail == marked(&change.pieces) {
            String::new()
        } else {
            change.detail.clone()
        },
    }
}

fn blocks(diff: &Diff) -> Vec<Block<'_>> {
    let whole = |old: &str, new: &str, reform: &str| Row {
        element: WHOLE_ITEM.to_string(),
        old: old.to_string(),
        new: new.to_string(),
        reform: reform.to_string(),
        direction: None,
        detail: String::new(),
        text_diff: false,
    };
    let mut blocks = Vec::new();
    for item in &diff.added {
        blocks.push(Block {
            kind: "新增",
            item,
            code: &item.code,
            rows: vec![whole("（无）", "新增事项", "新增事项")],
        });
    }
    for item in &diff.removed {
        blocks.push(Block {
            kind: "取消",
            item,
            code: &item.code,
            rows: vec![whole("原有事项", "（取消）", "取消事项")],
        });
    }
    for r in &diff.recoded {
        let mut rows = vec![Row {
            element: "事项编码".to_string(),
            old: r.old_code.clone(),
            new: r.new_code.clone(),
            reform: "重新编码".to_string(),
            // The recode itself is no element change: coloured as a whole item is, and not
            // counted among the element changes (as the other formats do not count it).
            direction: None,
            detail: String::new(),
            text_diff: false,
        }];
        rows.extend(r.changes.iter().map(change_row));
        blocks.push(Block {
            kind: "重新编码",
            item: &r.item,
            code: &r.new_code,
            rows,
        });
    }
    for c in &diff.changed {
        blocks.push(Block {
            kind: "变更",
            item: &c.item,
            code: &c.item.code,
            rows: c.changes.iter().map(change_row).collect(),
        });
    }
    blocks
}

/// The fills of a changed cell, by direction (Excel's own 好/差/适中 cell styles), and of an
/// added or removed item's cell.
struct Fills {
    better: Format,
    worse: Format,
    neutral: Format,
    whole: Format,
    /// The runs of a text change: unchanged, deleted (struck through), inserted (bold, underlined).
    plain: Format,
    deleted: Format,
    inserted: Format,
}

impl Fills {
    fn new(body: &Format) -> Fills {
        let fill = |bg: u32, fg: u32| {
            body.clone()
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg))
        };
        Fills {
            better: fill(0xC6EFCE, 0x006100),
            worse: fill(0xFFC7CE, 0x9C0006),
            neutral: fill(0xFFEB9C, 0x9C5700),
            whole: fill(0xDDEBF7, 0x1F4E78),
            plain: Format::new(),
            deleted: Format::new()
                .set_font_strikethrough()
                .set_font_color(Color::RGB(0xC00000)),
            inserted: Format::new()
                .set_bold()
                .set_underline(rust_xlsxwriter::FormatUnderline::Single)
                .set_font_color(Color::RGB(0x006100)),
        }
    }

    fn of(&self, direction: Option<Direction>) -> &Format {
        match direction {
            Some(Direction::Better) => &self.better,
            Some(Direction::Worse) => &self.worse,
            Some(Direction::Neutral) => &self.neutral,
            None => &self.whole,
        }
    }
}

/// The workbook's title: "青石镇政务服务事项目录新旧对照表".
fn title(diff: &Diff) -> String {
    format!("{}政务服务事项目录新旧对照表", diff.region)
}

fn versions_line(diff: &Diff) -> String {
    format!("旧版：{}　→　新版：{}", diff.versions[0], diff.versions[1])
}

/// Text as a cell holds it (cut to Excel's limit).
fn cell(text: &str) -> String {
    cell_text(text).0.into_owned()
}

/// The 新旧对照表 workbook of a diff.
pub fn diff_workbook(diff: &Diff) -> Result<Workbook, XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(&fixed_properties(&title(diff), None)?);
    let blocks = blocks(diff);
    write_table(workbook.add_worksheet(), diff, &blocks, &styles)?;
    write_summary(workbook.add_worksheet(), diff, &blocks, &styles)?;
    Ok(workbook)
}

fn write_table(
    sheet: &mut Worksheet,
    diff: &Diff,
    blocks: &[Block],
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(TABLE_SHEET)?;
    let fills = Fills::new(&styles.body);
    let last_col = (HEADERS.len() - 1) as u16;

    // Widths from the text each column holds, within its bounds.
    let mut widths: Vec<ColumnWidths> = WIDTHS
        .iter()
        .map(|(min, max)| ColumnWidths::new(1, *min, *max))
        .collect();
    let observe = |widths: &mut Vec<ColumnWidths>, col: usize, text: &str| {
        widths[col].observe(0, text);
    };
    for (col, header) in HEADERS.iter().enumerate() {
        observe(&mut widths, col, header);
    }
    for block in blocks {
        for (col, text) in [
            (2, block.item.department.as_str()),
            (3, block.code),
            (4, &block.item.name),
        ] {
            observe(&mut widths, col, text);
        }
        for row in &block.rows {
            for (col, text) in row_texts(row) {
                observe(&mut widths, col, text);
            }
        }
    }
    for (col, w) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, w.width(0))?;
    }
    let lines = |col: usize, text: &str| widths[col].lines(0, text);

    sheet.set_row_height(0, 32)?;
    sheet.merge_range(0, 0, 0, last_col, &cell(&title(diff)), &styles.title)?;
    sheet.merge_range(
        1,
        0,
        1,
        last_col,
        &cell(&versions_line(diff)),
        &styles.subtitle,
    )?;
    for (col, header) in HEADERS.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, col as u16, *header, &styles.header)?;
    }

    let mut row = HEADER_ROW;
    for (n, block) in blocks.iter().enumerate() {
        let first = row + 1;
        let last = row + block.rows.len() as u32;
        let item_cells: [(u16, String, &Format); ITEM_COLUMNS] = [
            (0, (n + 1).to_string(), &styles.center),
            (1, block.kind.to_string(), &styles.center),
            (2, cell(&block.item.department), &styles.body),
            (3, cell(block.code), &styles.body),
            (4, cell(&block.item.name), &styles.body),
        ];
        // The item's cells need their lines over the whole block.
        let item_lines = item_cells
            .iter()
            .map(|(col, text, _)| lines(*col as usize, text))
            .max()
            .unwrap_or(1);
        let mut block_lines = 0;
        for (i, r) in block.rows.iter().enumerate() {
            let at = first + i as u32;
            let mut row_lines = row_texts(r)
                .into_iter()
                .map(|(col, text)| lines(col, text))
                .max()
                .unwrap_or(1);
            if i + 1 == block.rows.len() {
                row_lines = row_lines.max(item_lines.saturating_sub(block_lines));
            }
            block_lines += row_lines;
            if let Some(height) = row_height(row_lines) {
                sheet.set_row_height(at, height)?;
            }
            let fill = fills.of(r.direction);
            sheet.write_string_with_format(at, 5, cell(&r.element), &styles.body)?;
            write_side(sheet, at, 6, r, false, fill, &fills)?;
            write_side(sheet, at, 7, r, true, fill, &fills)?;
            sheet.write_string_with_format(at, 8, cell(&r.reform), fill)?;
            sheet.write_string_with_format(at, 9, direction_label(r.direction), &styles.center)?;
            sheet.write_string_with_format(at, 10, cell(&r.detail), &styles.body)?;
        }
        for (col, text, format) in &item_cells {
            if first == last {
                sheet.write_string_with_format(first, *col, text, format)?;
            } else {
                sheet.merge_range(first, *col, last, *col, text, format)?;
            }
        }
        row = last;
    }
    if blocks.is_empty() {
        row += 1;
        sheet.merge_range(row, 0, row, last_col, "两版目录没有变化。", &styles.body)?;
    }

    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_print_center_horizontally(true);
    sheet.set_footer("&C第 &P 页，共 &N 页");
    Ok(())
}

/// The old (or new) value of a row: for a text change, with what was deleted struck through (or
/// what was inserted in bold and underlined), as the terminal and Markdown diffs show it.
fn write_side(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    r: &Row,
    new: bool,
    fill: &Format,
    fills: &Fills,
) -> Result<(), XlsxError> {
    let text = if new { &r.new } else { &r.old };
    let (fitted, cut) = cell_text(text);
    if r.text_diff && !cut {
        let pieces = full_pieces(&r.old, &r.new);
        let segments: Vec<(&Format, &str)> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Same(t) => Some((&fills.plain, t.as_str())),
                Piece::Deleted(t) if !new => Some((&fills.deleted, t.as_str())),
                Piece::Inserted(t) if new => Some((&fills.inserted, t.as_str())),
                _ => None,
            })
            .filter(|(_, t)| !t.is_empty())
            .collect();
        // A side that only lost or only gained text has nothing to mark.
        if segments.len() > 1 {
            sheet.write_rich_string_with_format(row, col, &segments, fill)?;
            return Ok(());
        }
    }
    sheet.write_string_with_format(row, col, fitted.as_ref(), fill)?;
    Ok(())
}

/// The cells of a row after the item's, by column.
fn row_texts(row: &Row) -> [(usize, &str); 5] {
    [
        (5, row.element.as_str()),
        (6, row.old.as_str()),
        (7, row.new.as_str()),
        (8, row.reform.as_str()),
        (10, row.detail.as_str()),
    ]
}

fn write_summary(
    sheet: &mut Worksheet,
    diff: &Diff,
    blocks: &[Block],
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SUMMARY_SHEET)?;
    let fills = Fills::new(&styles.body);
    sheet.set_column_width(0, 18)?;
    sheet.set_column_width(1, 12)?;
    sheet.set_column_width(2, 12)?;
    sheet.set_column_width(3, 30)?;
    sheet.set_row_height(0, 32)?;
    sheet.merge_range(0, 0, 0, 3, &cell(&title(diff)), &styles.title)?;
    sheet.merge_range(1, 0, 1, 3, &cell(&versions_line(diff)), &styles.subtitle)?;

    let mut row = 3;
    sheet.write_string_with_format(row, 0, "事项调整", &styles.section)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "调整类型", &styles.header)?;
    sheet.write_string_with_format(row, 1, "事项数", &styles.header)?;
    for (kind, count) in [
        ("新增", diff.added.len()),
        ("取消", diff.removed.len()),
        ("重新编码", diff.recoded.len()),
        ("变更", diff.changed.len()),
        ("未变", diff.unchanged),
    ] {
        row += 1;
        sheet.write_string_with_format(row, 0, kind, &styles.body)?;
        sheet.write_number_with_format(row, 1, count as f64, &styles.number)?;
    }

    row += 2;
    sheet.write_string_with_format(row, 0, "要素变化（按评价）", &styles.section)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "评价", &styles.header)?;
    sheet.write_string_with_format(row, 1, "要素变化数", &styles.header)?;
    for direction in [Direction::Better, Direction::Worse, Direction::Neutral] {
        row += 1;
        sheet.write_string_with_format(row, 0, direction.label(), fills.of(Some(direction)))?;
        sheet.write_number_with_format(row, 1, diff.count(direction) as f64, &styles.number)?;
    }

    // By reform direction, in the order the directions first appear in the table.
    let mut by_reform: Vec<(&str, Direction, usize)> = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for r in blocks.iter().flat_map(|b| &b.rows) {
        let Some(direction) = r.direction else {
            continue;
        };
        match seen.get(r.reform.as_str()) {
            Some(&i) => by_reform[i].2 += 1,
            None => {
                seen.insert(&r.reform, by_reform.len());
                by_reform.push((&r.reform, direction, 1));
            }
        }
    }
    row += 2;
    sheet.write_string_with_format(row, 0, "要素变化（按改革方向）", &styles.section)?;
    row += 1;
    for (col, header) in ["改革方向", "评价", "次数"].iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *header, &styles.header)?;
    }
    for (reform, direction, count) in &by_reform {
        row += 1;
        sheet.write_string_with_format(row, 0, *reform, fills.of(Some(*direction)))?;
        sheet.write_string_with_format(row, 1, direction.label(), &styles.center)?;
        sheet.write_number_with_format(row, 2, *count as f64, &styles.number)?;
    }
    if by_reform.is_empty() {
        row += 1;
        sheet.merge_range(row, 0, row, 2, "没有要素变化", &styles.body)?;
    }

    row += 1;
    for d in &diff.duplicates {
        row += 1;
        let side = if d.side == "old" { "旧版" } else { "新版" };
        let note = format!(
            "注意：{side}中编码 {} 被 {} 个事项共用（{}），已按名称逐一比对。",
            d.code,
            d.names.len(),
            d.names.join("、")
        );
        sheet.merge_range(row, 0, row, 3, &cell(&note), &styles.note)?;
        sheet.set_row_height(row, 32)?;
    }
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}
