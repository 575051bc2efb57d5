//! The public lists reform plans ask every town to post (一窗受理, 即办件, 承诺件, 联办件, 上报件,
//! 帮办代办, 全程网办/最多跑一次) and the 承诺件移交清单 the front window hands to back offices: each
//! as a formatted, printable xlsx and as Markdown, titled with the catalog's region and version.
//!
//! Which items a list takes is decided from the elements alone, by the handling types of
//! `svcat_core::handling` (the same for stats and guides), and said under each list so readers
//! know what "included" means. A time limit that cannot be posted as the catalog writes it (a
//! 即办件 with a limit, a promised limit 待定) is shown as 待核实, with a note under the list.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::table::{element_text, materials_text, sorted_items};
use super::xlsx::{
    ColumnWidths, Styles, cell_text, fixed_properties, row_height, save_atomic, text_width,
    wrapped_lines, xlsx_error,
};
use svcat_core::error::Error;
use svcat_core::handling::{HandlingType, handling_type};
use svcat_core::output::write_atomic;
// The project's one Markdown escaper.
use svcat_core::escape::markdown as markdown_text;
use svcat_core::model::{Catalog, Item, Value};

/// One column of a list: its header, how wide it may grow, and how an item fills it.
pub struct ListColumn {
    pub header: &'static str,
    pub max_width: f64,
    pub cell: fn(&Catalog, &Item) -> String,
    /// The time limit element the column shows, checked before it is posted.
    pub limit: Option<&'static str>,
}

/// One public list.
pub struct PublicList {
    /// The file name without extension.
    pub file_stem: &'static str,
    /// The title after the region: "即办件清单".
    pub title: &'static str,
    /// Which items the list takes, as the list's note says it.
    pub rule: &'static str,
    pub includes: fn(&Catalog, &Item) -> bool,
    /// The columns after 序号.
    pub columns: Vec<ListColumn>,
    /// Written only when some item is in it (联办件, 上报件: most towns have none).
    pub only_when_any: bool,
    /// A limit the list's rule vouches for though no column shows it (即办件清单: 当场办结): an
    /// item whose limit says otherwise is named in a note under the list.
    pub vouches_for: Option<&'static str>,
}

fn column(header: &'static str, max_width: f64, cell: fn(&Catalog, &Item) -> String) -> ListColumn {
    ListColumn {
        header,
        max_width,
        cell,
        limit: None,
    }
}

/// A time limit's column: the value as written, or 待核实 when it cannot be posted so.
fn limit_column(header: &'static str, key: &'static str) -> ListColumn {
    ListColumn {
        header,
        max_width: 14.0,
        cell: blank,
        limit: Some(key),
    }
}

fn name(c: &Catalog, i: &Item) -> String {
    c.text(i, "name")
}
fn code(c: &Catalog, i: &Item) -> String {
    c.text(i, "code")
}
fn department(c: &Catalog, i: &Item) -> String {
    c.text(i, "department")
}
fn kind(c: &Catalog, i: &Item) -> String {
    c.text(i, "kind")
}
fn handling_type_text(c: &Catalog, i: &Item) -> String {
    c.text(i, "handling_type")
}
fn location(c: &Catalog, i: &Item) -> String {
    c.text(i, "location")
}
fn hours(c: &Catalog, i: &Item) -> String {
    c.text(i, "hours")
}
fn phone(c: &Catalog, i: &Item) -> String {
    c.text(i, "phone_consult")
}
fn online_depth(c: &Catalog, i: &Item) -> String {
    c.text(i, "online_depth")
}
fn online_url(c: &Catalog, i: &Item) -> String {
    c.text(i, "online_url")
}
fn blank(_: &Catalog, _: &Item) -> String {
    String::new()
}

/// "1次"; text that is not a number stays as it was typed.
fn visits(c: &Catalog, i: &Item) -> String {
    match c.value(i, "visits") {
        Some(Value::Integer(n)) => format!("{n}次"),
        Some(other) => other.render(),
        None => String::new(),
    }
}

/// Materials as numbered lines, the way the window hands them out.
fn materials(c: &Catalog, i: &Item) -> String {
    match c.value(i, "materials") {
        Some(Value::Materials(list)) => materials_text(list),
        Some(other) => element_text(other).into_owned(),
        None => String::new(),
    }
}

/// How much the promise cuts the legal limit: "压缩50%", "即办", or "" when either is unknown or
/// cannot be posted as written.
fn compression(c: &Catalog, i: &Item) -> String {
    if unpostable_limit(c, i, "promised_limit").is_some()
        || unpostable_limit(c, i, "legal_limit").is_some()
    {
        return String::new();
    }
    let (Some(legal), Some(promised)) = (
        c.value(i, "legal_limit").and_then(Value::as_limit),
        c.value(i, "promised_limit").and_then(Value::as_limit),
    ) else {
        return String::new();
    };
    if promised.is_immediate() {
        return "即办".to_string();
    }
    let legal_days = legal.working_days();
    if legal_days <= 0.0 {
        return String::new();
    }
    let cut = (1.0 - promised.working_days() / legal_days) * 100.0;
    if cut <= 0.0 {
        "未压缩".to_string()
    } else {
        format!("压缩{}%", cut.round() as i64)
    }
}

/// 全程网办 for items handled entirely online (四级), else 最多跑一次.
fn online_category(c: &Catalog, i: &Item) -> String {
    if is_fully_online(c, i) {
        "全程网办".to_string()
    } else {
        "最多跑一次".to_string()
    }
}

/// 即办件 (with no 办件类型, a promised limit of 即办).
pub fn is_immediate(c: &Catalog, i: &Item) -> bool {
    handling_type(c, i).is_some_and(HandlingType::done_at_once)
}

/// Done within a promised limit: 承诺件, 联办件, 上报件 (with no 办件类型, a promised limit longer
/// than 即办).
pub fn is_promised(c: &Catalog, i: &Item) -> bool {
    handling_type(c, i).is_some_and(HandlingType::promises_limit)
}

/// Handed to a back office or sent up a level: 承诺件, 联办件, 上报件.
pub fn is_handed_over(c: &Catalog, i: &Item) -> bool {
    handling_type(c, i).is_some_and(HandlingType::handed_over)
}

pub fn is_joint(c: &Catalog, i: &Item) -> bool {
    handling_type(c, i) == Some(HandlingType::Joint)
}

pub fn is_reported(c: &Catalog, i: &Item) -> bool {
    handling_type(c, i) == Some(HandlingType::Reported)
}

pub use svcat_core::handling::unpostable_limit;

/// The text a limit column shows.
fn limit_cell(c: &Catalog, i: &Item, key: &str) -> String {
    match unpostable_limit(c, i, key) {
        Some(why) => format!("{UNVERIFIED}（{why}）"),
        None => c.text(i, key),
    }
}

/// What a value that cannot be posted as written is shown as.
pub const UNVERIFIED: &str = "待核实";

/// The note under a list that shows 待核实.
const UNVERIFIED_NOTE: &str = "注：标“待核实”的办结时限在目录中有误或未定（即办件填了办结时限、承诺时限写“待定”等），公示前请实施部门核实改正。";

/// Marked 一窗通办; when unmarked, every item applied for at a window (all types but those in the
/// schema's penalty and enforcement groups: 处罚, 强制, 检查 are not applied for).
pub fn is_one_window(c: &Catalog, i: &Item) -> bool {
    match c.value(i, "one_window").and_then(Value::as_bool) {
        Some(marked) => marked,
        None => {
            let Some(kind) = c.value(i, "kind").and_then(Value::as_text) else {
                return true;
            };
            !["penalty", "enforcement"].iter().any(|group| {
                c.schema
                    .groups
                    .get(*group)
                    .is_some_and(|kinds| kinds.iter().any(|k| k == kind))
            })
        }
    }
}

pub fn is_proxy_service(c: &Catalog, i: &Item) -> bool {
    c.value(i, "proxy_service").and_then(Value::as_bool) == Some(true)
}

fn is_fully_online(c: &Catalog, i: &Item) -> bool {
    c.value(i, "online_depth").and_then(Value::as_text) == Some("四级")
}

/// 全程网办 (四级) or at most one visit.
pub fn is_online_or_one_visit(c: &Catalog, i: &Item) -> bool {
    is_fully_online(c, i)
        || c.value(i, "visits")
            .and_then(Value::as_integer)
            .is_some_and(|n| (0..=1).contains(&n))
}

/// The lists, in the order they are written and reported.
pub fn public_lists() -> Vec<PublicList> {
    vec![
        PublicList {
            file_stem: "一窗受理事项清单",
            title: "一窗受理（综合受理）事项清单",
            rule: "纳入标准：“是否一窗通办”为“是”的事项；未标注的，依申请办理的事项（行政处罚、行政强制、行政检查除外）均纳入。",
            includes: is_one_window,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("实施部门", 20.0, department),
                column("事项类型", 12.0, kind),
                column("办件类型", 10.0, handling_type_text),
                limit_column("承诺办结时限", "promised_limit"),
                column("到办事现场次数", 10.0, visits),
                column("咨询电话", 16.0, phone),
            ],
            only_when_any: false,
            vouches_for: None,
        },
        PublicList {
            file_stem: "即办件清单",
            title: "即办件清单",
            rule: "纳入标准：办件类型为“即办件”的事项（未填办件类型的，承诺办结时限为“即办”）。材料齐全、符合法定形式的，当场办结。",
            includes: is_immediate,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("实施部门", 20.0, department),
                column("申请材料", 50.0, materials),
                column("办理地点", 24.0, location),
                column("办理时间", 24.0, hours),
                column("咨询电话", 16.0, phone),
            ],
            only_when_any: false,
            vouches_for: Some("promised_limit"),
        },
        PublicList {
            file_stem: "承诺件清单",
            title: "承诺件清单",
            rule: "纳入标准：办件类型为“承诺件”“联办件”“上报件”的事项，即按承诺办结时限办结的事项（未填办件类型的，承诺办结时限长于“即办”）。压缩比例按工作日计算。",
            includes: is_promised,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("实施部门", 20.0, department),
                column("办件类型", 10.0, handling_type_text),
                limit_column("法定办结时限", "legal_limit"),
                limit_column("承诺办结时限", "promised_limit"),
                column("压缩比例", 10.0, compression),
                column("到办事现场次数", 10.0, visits),
                column("咨询电话", 16.0, phone),
            ],
            only_when_any: false,
            vouches_for: None,
        },
        PublicList {
            file_stem: "联办件清单",
            title: "联办件清单",
            rule: "纳入标准：办件类型为“联办件”的事项：由实施部门牵头受理，会同相关部门联合办理，按承诺办结时限办结。",
            includes: is_joint,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("牵头部门", 20.0, department),
                column("申请材料", 50.0, materials),
                limit_column("法定办结时限", "legal_limit"),
                limit_column("承诺办结时限", "promised_limit"),
                column("咨询电话", 16.0, phone),
            ],
            only_when_any: true,
            vouches_for: None,
        },
        PublicList {
            file_stem: "上报件清单",
            title: "上报件清单",
            rule: "纳入标准：办件类型为“上报件”的事项：在本级受理、初审后报上级部门审批，按承诺办结时限办结。",
            includes: is_reported,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("受理部门", 20.0, department),
                column("申请材料", 50.0, materials),
                limit_column("法定办结时限", "legal_limit"),
                limit_column("承诺办结时限", "promised_limit"),
                column("咨询电话", 16.0, phone),
            ],
            only_when_any: true,
            vouches_for: None,
        },
        PublicList {
            file_stem: "帮办代办事项清单",
            title: "帮办代办事项清单",
            rule: "纳入标准：“是否帮办代办”为“是”的事项。",
            includes: is_proxy_service,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("实施部门", 20.0, department),
                limit_column("承诺办结时限", "promised_limit"),
                column("办理地点", 24.0, location),
                column("咨询电话", 16.0, phone),
            ],
            only_when_any: false,
            vouches_for: None,
        },
        PublicList {
            file_stem: "全程网办和最多跑一次事项清单",
            title: "全程网办/最多跑一次事项清单",
            rule: "纳入标准：网上办理深度为四级（全程网办）或到办事现场次数不超过1次的事项。",
            includes: is_online_or_one_visit,
            columns: vec![
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("实施部门", 20.0, department),
                column("类别", 12.0, online_category),
                column("网上办理深度", 12.0, online_depth),
                column("到办事现场次数", 10.0, visits),
                column("网办地址", 30.0, online_url),
            ],
            only_when_any: false,
            vouches_for: None,
        },
        PublicList {
            file_stem: "承诺件移交清单",
            title: "承诺件移交清单",
            rule: "前台综合窗口受理承诺件、联办件、上报件后，连同申请材料移交后台办理部门（联办件交牵头部门，上报件由其报上级部门），按承诺办结时限办结。移交时间和接收人由经办人填写。",
            includes: is_handed_over,
            columns: vec![
                column("后台办理部门", 20.0, department),
                column("事项名称", 36.0, name),
                column("事项编码", 36.0, code),
                column("办件类型", 10.0, handling_type_text),
                column("申请材料", 50.0, materials),
                limit_column("承诺办结时限", "promised_limit"),
                column("移交时间", 14.0, blank),
                column("接收人签字", 14.0, blank),
            ],
            only_when_any: false,
            vouches_for: None,
        },
    ]
}

/// A list as written: its title, files and how many items it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenList {
    pub title: String,
    pub xlsx: PathBuf,
    pub markdown: PathBuf,
    pub items: usize,
}

/// Every list written, and how many values they show as 待核实.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenLists {
    pub lists: Vec<WrittenList>,
    /// Values (an item's limit) shown as 待核实 in some list, each counted once.
    pub unverified: usize,
    /// The titles of the lists left out because no item is in them (联办件清单 …).
    pub skipped: Vec<&'static str>,
}

/// A list filled from a catalog: title, meta line, header, rows.
struct FilledList<'a> {
    list: &'a PublicList,
    title: String,
    meta_line: String,
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    /// (the item's position in the sorted catalog, the element) of each value shown as 待核实.
    unverified: BTreeSet<(usize, &'static str)>,
    /// Notes naming the items whose limit contradicts the list's rule (see `vouches_for`).
    contradictions: Vec<String>,
}

impl<'a> FilledList<'a> {
    fn new(catalog: &Catalog, list: &'a PublicList, items: &[&Item]) -> FilledList<'a> {
        let chosen: Vec<(usize, &Item)> = items
            .iter()
            .enumerate()
            .filter(|(_, i)| (list.includes)(catalog, i))
            .map(|(n, i)| (n, *i))
            .collect();
        let mut unverified = BTreeSet::new();
        let rows = chosen
            .iter()
            .enumerate()
            .map(|(n, (position, item))| {
                std::iter::once((n + 1).to_string())
                    .chain(list.columns.iter().map(|c| match c.limit {
                        Some(key) => {
                            if unpostable_limit(catalog, item, key).is_some() {
                                unverified.insert((*position, key));
                            }
                            limit_cell(catalog, item, key)
                        }
                        None => (c.cell)(catalog, item),
                    }))
                    .collect()
            })
            .collect();
        let mut contradictions = Vec::new();
        if let Some(key) = list.vouches_for {
            for (n, (position, item)) in chosen.iter().enumerate() {
                if let Some(why) = unpostable_limit(catalog, item, key) {
                    unverified.insert((*position, key));
                    let label = catalog
                        .schema
                        .element(key)
                        .map(|e| e.label.as_str())
                        .unwrap_or(key);
                    contradictions.push(format!(
                        "注：第{}项“{}”的{label}{UNVERIFIED}（{why}）。",
                        n + 1,
                        catalog.text(item, "name")
                    ));
                }
            }
        }
        let mut meta = Vec::new();
        if let Some(version) = &catalog.meta.version {
            meta.push(format!("版本：{version}"));
        }
        meta.push(format!("共 {} 项", chosen.len()));
        FilledList {
            list,
            title: format!(
                "{}{}",
                catalog.meta.region.as_deref().unwrap_or_default(),
                list.title
            ),
            meta_line: meta.join("　　"),
            headers: std::iter::once("序号")
                .chain(list.columns.iter().map(|c| c.header))
                .collect(),
            rows,
            unverified,
            contradictions,
        }
    }

    /// The rule under the list, and the 待核实 note when some value is shown so.
    fn notes(&self) -> Vec<&str> {
        let mut notes = vec![self.list.rule];
        if self.contradictions.is_empty() {
            if !self.unverified.is_empty() {
                notes.push(UNVERIFIED_NOTE);
            }
        } else {
            notes.extend(self.contradictions.iter().map(String::as_str));
        }
        notes
    }
}

const EMPTY_LIST: &str = "（暂无符合条件的事项）";

/// Writes every list into `dir` (created if missing) as xlsx and Markdown; a list that is written
/// only when some item is in it is left out when none is.
pub fn write_lists(catalog: &Catalog, dir: &Path) -> Result<WrittenLists, Error> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        file: dir.display().to_string(),
        source,
    })?;
    let items = sorted_items(catalog);
    let mut written = Vec::new();
    let mut unverified = BTreeSet::new();
    let mut skipped = Vec::new();
    for list in public_lists() {
        let filled = FilledList::new(catalog, &list, &items);
        if list.only_when_any && filled.rows.is_empty() {
            // A list an earlier run wrote would be posted as if it were still true.
            remove_stale(dir, list.file_stem)?;
            skipped.push(list.title);
            continue;
        }
        unverified.extend(filled.unverified.iter().copied());
        let xlsx = dir.join(format!("{}.xlsx", list.file_stem));
        let markdown = dir.join(format!("{}.md", list.file_stem));
        let mut workbook = list_workbook(&filled, catalog.meta.date.as_deref())
            .map_err(|e| xlsx_error(&xlsx, e))?;
        save_atomic(&mut workbook, &xlsx)?;
        write_atomic(&markdown, |out| write_markdown(&filled, out))?;
        written.push(WrittenList {
            title: filled.title.clone(),
            xlsx,
            markdown,
            items: filled.rows.len(),
        });
    }
    Ok(WrittenLists {
        lists: written,
        unverified: unverified.len(),
        skipped,
    })
}

/// Removes the files a list would have been written to, when they are regular files (never
/// following a link).
fn remove_stale(dir: &Path, stem: &str) -> Result<(), Error> {
    for ext in ["xlsx", "md"] {
        let path = dir.join(format!("{stem}.{ext}"));
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            std::fs::remove_file(&path).map_err(|source| Error::Write {
                file: path.display().to_string(),
                source,
            })?;
        }
    }
    Ok(())
}

/// A printable list: title and meta line over the table, the rule as a note under it; A4
/// landscape, one page wide, the header repeated on every page.
fn list_workbook(filled: &FilledList, date: Option<&str>) -> Result<Workbook, XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(&fixed_properties(&filled.title, date)?);
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name(sheet_title(filled.list.title))?;
    write_list_sheet(sheet, filled, &styles)?;
    Ok(workbook)
}

/// The list's title as a sheet name: Excel forbids "/" in sheet names.
fn sheet_title(title: &str) -> String {
    title.replace('/', "、")
}

fn write_list_sheet(
    sheet: &mut Worksheet,
    filled: &FilledList,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let columns = filled.headers.len();
    let last_col = (columns - 1) as u16;
    let mut widths = ColumnWidths::new(columns, 6.0, 50.0);
    for (i, header) in filled.headers.iter().enumerate() {
        widths.observe(i, header);
    }
    for row in &filled.rows {
        for (i, text) in row.iter().enumerate() {
            widths.observe(i, text);
        }
    }
    // Each column as wide as its text needs, within the list's bounds, and never narrower than
    // its header on one line.
    let final_widths: Vec<f64> = (0..columns)
        .map(|i| {
            let max = if i == 0 {
                6.0
            } else {
                filled.list.columns[i - 1].max_width
            };
            let header = text_width(filled.headers[i]) + 2.0;
            widths.width(i).min(max).max(8.0).max(header)
        })
        .collect();
    for (i, width) in final_widths.iter().enumerate() {
        sheet.set_column_width(i as u16, *width)?;
    }
    let header_row = 2;
    let last_row = header_row + filled.rows.len().max(1) as u32;
    sheet.set_freeze_panes(header_row + 1, 0)?;
    sheet.autofilter(header_row, 0, last_row, last_col)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(header_row, header_row)?;
    sheet.set_footer("&C第 &P 页，共 &N 页");

    sheet.set_row_height(0, 32)?;
    sheet.merge_range(0, 0, 0, last_col, &filled.title, &styles.title)?;
    sheet.merge_range(1, 0, 1, last_col, &filled.meta_line, &styles.subtitle)?;
    for (i, header) in filled.headers.iter().enumerate() {
        sheet.write_string_with_format(header_row, i as u16, *header, &styles.header)?;
    }
    let mut row = header_row;
    for cells in &filled.rows {
        row += 1;
        // Heights before the row's cells (a constant-memory sheet writes a row out when the next
        // starts). The last row is the rule below the table, which never needs one.
        let lines = cells
            .iter()
            .zip(&final_widths)
            .map(|(text, width)| wrapped_lines(text, *width))
            .max()
            .unwrap_or(1);
        if let Some(height) = row_height(lines) {
            sheet.set_row_height(row, height)?;
        }
        for (i, text) in cells.iter().enumerate() {
            if i == 0 {
                sheet.write_number_with_format(
                    row,
                    0,
                    (row - header_row) as f64,
                    &styles.number,
                )?;
            } else {
                sheet.write_string_with_format(
                    row,
                    i as u16,
                    cell_text(text).0.as_ref(),
                    &styles.body,
                )?;
            }
        }
    }
    if filled.rows.is_empty() {
        row += 1;
        sheet.merge_range(row, 0, row, last_col, EMPTY_LIST, &styles.center)?;
    }
    // One unwrapped cell that runs on across the empty cells beside it: a merged, taller last row
    // would need a row height, which constant-memory mode writes twice for the last row.
    row += 2;
    for note in filled.notes() {
        sheet.write_string(row, 0, note)?;
        row += 1;
    }
    Ok(())
}

/// The list as a Markdown document: title, meta line, table, rule.
fn write_markdown(filled: &FilledList, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "# {}\n", markdown_text(&filled.title))?;
    writeln!(out, "{}\n", markdown_text(&filled.meta_line))?;
    if filled.rows.is_empty() {
        writeln!(out, "{EMPTY_LIST}\n")?;
    } else {
        writeln!(out, "| {} |", filled.headers.join(" | "))?;
        writeln!(
            out,
            "|{}",
            filled.headers.iter().map(|_| " --- |").collect::<String>()
        )?;
        for row in &filled.rows {
            let cells: Vec<String> = row.iter().map(|c| markdown_cell(c)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
        writeln!(out)?;
    }
    let notes: Vec<String> = filled.notes().into_iter().map(markdown_text).collect();
    writeln!(out, "{}", notes.join("\n\n"))
}

/// A table cell: one line, line breaks as <br> (the escaper's own rule).
fn markdown_cell(text: &str) -> String {
    markdown_text(text.trim_end_matches(['\r', '\n']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cells_stay_inert() {
        assert_eq!(
            markdown_cell("<script>a|b</script>\n2.户口簿"),
            "&lt;script&gt;a\\|b&lt;/script&gt;<br>2.户口簿"
        );
        assert_eq!(markdown_text("=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
    }
}
