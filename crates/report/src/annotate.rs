//! `check --annotate OUT.xlsx`: the workbook staff send back to a department. Its first sheet,
//! 问题清单, lists every finding with a link to its cell; then comes a copy of each source sheet
//! that had items or findings, every cell at the row and column the department sees in its own
//! file (title rows, headers and merges included), with problem cells filled by severity and a
//! note carrying the messages.
//!
//! Where the marks go:
//! - a finding about a cell fills that cell and adds its message to the cell's note;
//! - a finding about a whole row (no column) marks the row's first non-empty cell (column A when
//!   the row is blank); the list shows it as 第N行;
//! - a finding inside a merged region fills the whole region and its note sits on the region's
//!   top-left cell, the only one Excel shows;
//! - a finding about a whole sheet or file is listed only; its link goes to the copy's A1.
//!
//! Copies are named after their sheet, or 文件名-工作表 when two files share a sheet name (see
//! `sheet_names`); hidden source sheets stay hidden. Values are written as they were read:
//! numbers as numbers, everything else as strings (never formulas), dates as their text.
//!
//! The output is deterministic: the document's creation time is fixed and nothing depends on
//! hash order, so the same inputs give byte-identical files. Large catalogs stay within memory
//! (see `Limits`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{
    Color, DocProperties, Format, FormatAlign, FormatBorder, Note, Url, Workbook, Worksheet,
    XlsxError,
};

use svcat_core::error::Error;
use svcat_core::finding::{Finding, Severity};
use svcat_core::model::Catalog;
use svcat_core::output::write_atomic;
use svcat_core::report::Report;
use svcat_core::text::{cell_name, column_letter};
use svcat_emit::xlsx::{clean_sheet_name, cut_utf16, fixed_properties};
use svcat_ingest::grid::{Grid, SourceFile, read_grids, source_files};
use svcat_ingest::sheet::Merge;

/// The first sheet's name.
pub const LIST_SHEET: &str = "问题清单";
/// Author of the cell notes.
const NOTE_AUTHOR: &str = "svcat";
/// Excel's limits.
const MAX_ROWS: u32 = 1_048_576;
const MAX_COLS: u32 = 16_384;
const MAX_CELL_UTF16: usize = 32_767;
/// A note's text limit (Excel's cell limit less room for the author prefix).
const MAX_NOTE_UTF16: usize = 32_767 - 54;
/// Sheet names: Excel allows 31 characters (UTF-16 units).
const MAX_SHEET_NAME_UTF16: usize = 31;
/// Column widths of a copied sheet, in Excel's character units.
const MIN_WIDTH: f64 = 6.0;
const MAX_WIDTH: f64 = 40.0;
/// Header rows are only looked for this far down when choosing where to freeze panes.
const FREEZE_SCAN_ROWS: u32 = 30;
/// The list's title, also the document's.
const TITLE: &str = "政务服务事项目录检查问题清单";

/// Size limits that keep a huge catalog's workbook within memory.
#[derive(Debug, Clone, Copy)]
struct Limits {
    /// Sheets (copies, and the list) with more rows than this are written in rust_xlsxwriter's
    /// constant-memory mode: rows go to a temporary file as they are written, where the standard
    /// mode keeps every cell until saving (about 0.5 KB a cell with this kind of text, 1.2 GB for
    /// a 100k-row catalog). Smaller sheets use the standard mode, which writes a shared-string
    /// table as Excel does and so gives smaller files.
    constant_memory_rows: usize,
    /// Most non-empty cells read from one source sheet (the grid is held while its copy is
    /// written); a larger sheet is listed, not copied.
    grid_cells: usize,
    /// Most cell notes in the workbook: each costs several KB while saving, and Excel and
    /// LibreOffice slow to a crawl on sheets with tens of thousands of notes. Cells beyond are
    /// still filled.
    notes: usize,
}

const LIMITS: Limits = Limits {
    constant_memory_rows: 50_000,
    grid_cells: 10_000_000,
    notes: 20_000,
};

/// (file display name, sheet name; None for CSV): how findings and grids name a source sheet.
type SheetKey = (String, Option<String>);

/// Builds the annotated workbook and writes it to `output` atomically (a temporary file renamed
/// over the target), so an interrupted run never leaves half a workbook behind.
pub fn write_annotated(
    output: &Path,
    inputs: &[PathBuf],
    catalog: &Catalog,
    report: &Report,
) -> Result<(), Error> {
    let display = output.display().to_string();
    let bytes = annotate_workbook(inputs, catalog, report, &display)?;
    write_atomic(output, |out| out.write_all(&bytes))
}

/// The annotated workbook as xlsx bytes. `output` names the file in error messages.
pub fn annotate_workbook(
    inputs: &[PathBuf],
    catalog: &Catalog,
    report: &Report,
    output: &str,
) -> Result<Vec<u8>, Error> {
    build(inputs, catalog, report, output, LIMITS)
}

/// A plain copy of every sheet of one source file as an xlsx workbook (same rows, columns and
/// merges; no marks, no list), after `edit` has changed the grids — what `svcat fix` writes for a
/// workbook. None when the file has no sheet to copy (canonical JSON).
pub fn copy_workbook(
    file: &SourceFile,
    catalog: &Catalog,
    output: &str,
    edit: &mut dyn FnMut(&mut Grid),
) -> Result<Option<Vec<u8>>, Error> {
    let xlsx_error = |e: XlsxError| AnnotateError::Xlsx(e).into_error(output);
    let limits = LIMITS;
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(catalog).map_err(xlsx_error)?);
    let formats = Formats::new();
    let mut budget = Budget {
        limits,
        notes: 0,
        notes_dropped: 0,
        too_large: Vec::new(),
    };
    let no_findings = Report::default();
    let mut copies: Vec<Copy> = Vec::new();
    let mut want = |_: Option<&str>| Some(limits.grid_cells);
    let mut visit = |mut grid: Grid| -> Result<(), Error> {
        if grid.truncated {
            return Err(Error::unreadable(
                &grid.file,
                grid.sheet.as_deref(),
                format!("工作表超过 {} 个非空单元格，无法复制", limits.grid_cells),
            ));
        }
        edit(&mut grid);
        let copy = copy_sheet(
            &mut workbook,
            &grid,
            &no_findings,
            &[],
            None,
            &formats,
            &mut budget,
        )
        .map_err(|e| e.into_error(output))?;
        copies.push(copy);
        Ok(())
    };
    read_grids(file, &mut want, &mut visit)?;
    if copies.is_empty() {
        return Ok(None);
    }
    let names = sheet_names(&copies);
    for (copy, name) in copies.into_iter().zip(names) {
        let mut worksheet = copy.worksheet;
        worksheet.set_name(name).map_err(xlsx_error)?;
        workbook.push_worksheet(worksheet);
    }
    workbook.save_to_buffer().map(Some).map_err(xlsx_error)
}

fn build(
    inputs: &[PathBuf],
    catalog: &Catalog,
    report: &Report,
    output: &str,
    limits: Limits,
) -> Result<Vec<u8>, Error> {
    let xlsx_error = |e: XlsxError| AnnotateError::Xlsx(e).into_error(output);
    // Findings by the sheet they are on, in report order.
    let mut by_sheet: HashMap<SheetKey, Vec<usize>> = HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        by_sheet
            .entry((f.file.clone(), f.sheet.clone()))
            .or_default()
            .push(i);
    }
    // Header texts of each sheet with a header (to make header rows bold).
    let mut headers: HashMap<SheetKey, HashSet<String>> = HashMap::new();
    for sheet in &catalog.sheets {
        let texts = headers
            .entry((sheet.file.clone(), sheet.sheet.clone()))
            .or_default();
        for column in &sheet.columns {
            texts.insert(squash(&column.header));
            // Grouped headers are joined with "/": each header row shows one part.
            texts.extend(column.header.split('/').map(squash));
        }
    }
    // A copy for every sheet with items (a header) or findings.
    let wanted: HashSet<SheetKey> = headers.keys().chain(by_sheet.keys()).cloned().collect();
    let catalog_files: HashSet<&str> = catalog.sheets.iter().map(|s| s.file.as_str()).collect();

    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(catalog).map_err(xlsx_error)?);
    let formats = Formats::new();
    let mut budget = Budget {
        limits,
        notes: limits.notes,
        notes_dropped: 0,
        too_large: Vec::new(),
    };
    let mut copies: Vec<Copy> = Vec::new();
    let mut done: HashSet<SheetKey> = HashSet::new();
    for file in source_files(inputs)? {
        let mut ours = false;
        let mut want = |sheet: Option<&str>| {
            let key = (file.display.clone(), sheet.map(str::to_string));
            (wanted.contains(&key) && !done.contains(&key)).then_some(limits.grid_cells)
        };
        let mut visit = |grid: Grid| -> Result<(), Error> {
            if grid.truncated {
                budget.too_large.push(match &grid.sheet {
                    Some(sheet) => format!("{}!{sheet}", grid.file),
                    None => grid.file.clone(),
                });
                return Ok(());
            }
            let key = (grid.file.clone(), grid.sheet.clone());
            let findings = by_sheet.get(&key).map(Vec::as_slice).unwrap_or_default();
            let copy = copy_sheet(
                &mut workbook,
                &grid,
                report,
                findings,
                headers.get(&key),
                &formats,
                &mut budget,
            )
            .map_err(|e| {
                ours = true;
                e.into_error(output)
            })?;
            copies.push(copy);
            Ok(())
        };
        match read_grids(&file, &mut want, &mut visit) {
            // A file ingest could not read either has already been reported; one it did read
            // must read again, and a copy that cannot be written stops the workbook.
            Err(e) if ours || catalog_files.contains(file.display.as_str()) => return Err(e),
            _ => {}
        }
        done.extend(copies.iter().map(|c| c.key.clone()));
    }

    let names = sheet_names(&copies);
    let mut links: Vec<Option<Link>> = vec![None; report.findings.len()];
    for (copy, name) in copies.iter().zip(&names) {
        for (&finding, anchor) in &copy.anchors {
            links[finding] = Some(Link {
                sheet: name.clone(),
                anchor: *anchor,
            });
        }
    }

    let mut list = list_sheet(&mut workbook, catalog, report, &links, &budget, &formats)
        .map_err(xlsx_error)?;
    list.set_name(LIST_SHEET).map_err(xlsx_error)?;
    workbook.push_worksheet(list);
    for (copy, name) in copies.into_iter().zip(names) {
        let mut worksheet = copy.worksheet;
        worksheet.set_name(name).map_err(xlsx_error)?;
        workbook.push_worksheet(worksheet);
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

/// Why a copy could not be made.
#[derive(Debug)]
enum AnnotateError {
    /// A sheet beyond Excel's size.
    Svcat(Error),
    /// rust_xlsxwriter refused something.
    Xlsx(XlsxError),
}

impl AnnotateError {
    fn into_error(self, output: &str) -> Error {
        match self {
            AnnotateError::Svcat(e) => e,
            AnnotateError::Xlsx(e) => Error::Write {
                file: output.to_string(),
                source: std::io::Error::other(e.to_string()),
            },
        }
    }
}

impl From<Error> for AnnotateError {
    fn from(e: Error) -> Self {
        AnnotateError::Svcat(e)
    }
}

impl From<XlsxError> for AnnotateError {
    fn from(e: XlsxError) -> Self {
        AnnotateError::Xlsx(e)
    }
}

/// Fixed document properties: the creation time is part of the file, so it is the catalog's date
/// (what the file is "of") or 2000-01-01, never the clock, and identical inputs give
/// byte-identical files.
fn properties(catalog: &Catalog) -> Result<DocProperties, XlsxError> {
    Ok(fixed_properties(TITLE, catalog.meta.date.as_deref())?
        .set_author("svcat")
        .set_comment("由 svcat check --annotate 生成"))
}

/// A worksheet for `rows` rows: in constant-memory mode when that is large.
fn new_worksheet(
    workbook: &mut Workbook,
    rows: usize,
    limits: &Limits,
) -> Result<Worksheet, XlsxError> {
    if rows > limits.constant_memory_rows {
        workbook.new_worksheet_with_constant_memory()
    } else {
        Ok(Worksheet::new())
    }
}

/// What the workbook may still hold, and what did not fit.
struct Budget {
    limits: Limits,
    /// Notes that may still be added.
    notes: usize,
    /// Marked cells left without a note.
    notes_dropped: usize,
    /// Sheets not copied for their size ("file!sheet").
    too_large: Vec<String>,
}

/// One copied source sheet, not yet named.
struct Copy {
    key: SheetKey,
    worksheet: Worksheet,
    /// Where each of the sheet's findings (by index in the report) links to.
    anchors: BTreeMap<usize, Anchor>,
}

/// The cell a list row links to in a copy.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    row: u32,
    col: u32,
    kind: AnchorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnchorKind {
    Cell,
    /// A finding about a row: the list says 第N行.
    Row,
    /// A finding about the whole sheet: the link goes to A1.
    Sheet,
}

#[derive(Debug, Clone)]
struct Link {
    sheet: String,
    anchor: Anchor,
}

impl Link {
    fn label(&self) -> String {
        let Anchor { row, col, kind } = self.anchor;
        match kind {
            AnchorKind::Cell => cell_name(col, row + 1),
            AnchorKind::Row => format!("第{}行", row + 1),
            AnchorKind::Sheet => "整表".to_string(),
        }
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

/// The formats of copied cells: by header row, merged region and severity mark.
struct Formats {
    /// [header][merged][mark], mark 0 = none, then info, warning, error.
    cell: [[[Format; 4]; 2]; 2],
}

impl Formats {
    fn new() -> Self {
        let make = |header: bool, merged: bool, mark: usize| {
            let mut f = Format::new().set_text_wrap();
            f = if header || merged {
                f.set_align(FormatAlign::Center)
                    .set_align(FormatAlign::VerticalCenter)
            } else {
                f.set_align(FormatAlign::Top)
            };
            if header {
                f = f.set_bold();
            }
            match mark {
                0 => f,
                1 => severity_colors(f, Severity::Info),
                2 => severity_colors(f, Severity::Warning),
                _ => severity_colors(f, Severity::Error),
            }
        };
        let cell = std::array::from_fn(|h| {
            std::array::from_fn(|m| std::array::from_fn(|s| make(h == 1, m == 1, s)))
        });
        Formats { cell }
    }

    fn cell(&self, header: bool, merged: bool, mark: Option<Severity>) -> &Format {
        let mark = mark.map_or(0, |s| rank(s) + 1);
        &self.cell[usize::from(header)][usize::from(merged)][mark]
    }
}

/// Info 0, warning 1, error 2: an index into per-severity tables.
fn rank(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

/// Excel's own "Bad" and "Neutral" cell styles for errors and warnings, a light blue for infos.
fn severity_colors(format: Format, severity: Severity) -> Format {
    let (fill, font) = match severity {
        Severity::Error => (0xFFC7CE, 0x9C0006),
        Severity::Warning => (0xFFEB9C, 0x9C5700),
        Severity::Info => (0xDDEBF7, 0x1F4E78),
    };
    format
        .set_background_color(Color::RGB(fill))
        .set_font_color(Color::RGB(font))
}

/// Copies one source sheet with its marks. Cells are written strictly row by row (merged regions
/// when their first row comes), as rust_xlsxwriter's constant-memory mode requires.
fn copy_sheet(
    workbook: &mut Workbook,
    grid: &Grid,
    report: &Report,
    findings: &[usize],
    header_texts: Option<&HashSet<String>>,
    formats: &Formats,
    budget: &mut Budget,
) -> Result<Copy, AnnotateError> {
    let key = (grid.file.clone(), grid.sheet.clone());
    let widest = grid
        .rows
        .iter()
        .filter_map(|r| r.cells.last())
        .map(|c| c.col)
        .max()
        .unwrap_or(0);
    if let Some(last) = grid.rows.last()
        && (last.row >= MAX_ROWS || widest >= MAX_COLS)
    {
        return Err(Error::Unreadable {
            file: grid.file.clone(),
            sheet: grid.sheet.clone(),
            cell: None,
            message: format!(
                "表格有 {} 行、{} 列，超出 Excel 的上限（{MAX_ROWS} 行、{MAX_COLS} 列），无法生成标注副本",
                last.row + 1,
                widest + 1
            ),
            help: Some("去掉 --annotate 再检查，或把表格拆分成几个文件".into()),
        }
        .into());
    }

    // Marks: findings by the cell they are shown on, and where each finding links to.
    let mut marks: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    let mut anchors: BTreeMap<usize, Anchor> = BTreeMap::new();
    for &i in findings {
        let f = &report.findings[i];
        let anchor = match (f.row, f.column) {
            (Some(row), Some(col)) if (1..=MAX_ROWS).contains(&row) && col < MAX_COLS => Anchor {
                row: row - 1,
                col,
                kind: AnchorKind::Cell,
            },
            // A row: its first non-empty cell, or A when it is blank.
            (Some(row), _) if (1..=MAX_ROWS).contains(&row) => Anchor {
                row: row - 1,
                col: grid
                    .row(row - 1)
                    .and_then(|r| r.cells.first())
                    .map_or(0, |c| c.col),
                kind: AnchorKind::Row,
            },
            _ => Anchor {
                row: 0,
                col: 0,
                kind: AnchorKind::Sheet,
            },
        };
        if anchor.kind != AnchorKind::Sheet {
            marks.entry((anchor.row, anchor.col)).or_default().push(i);
        }
        // A repeated fact is one row of the list, and a mark on each of its cells.
        for cell in &f.same {
            if let Some((col, row)) = svcat_core::text::parse_cell(cell)
                && (1..=MAX_ROWS).contains(&row)
                && col < MAX_COLS
            {
                marks.entry((row - 1, col)).or_default().push(i);
            }
        }
        anchors.insert(i, anchor);
    }

    // Merges Excel accepts; findings inside one move to its top-left cell, the one Excel shows
    // (the whole region takes the fill).
    let merges = valid_merges(&grid.merges);
    for m in &merges {
        let corner = (m.first_row, m.first_col);
        let inside: Vec<(u32, u32)> = marks
            .range((m.first_row, m.first_col)..=(m.last_row, m.last_col))
            .map(|(&cell, _)| cell)
            .filter(|&cell| (m.first_col..=m.last_col).contains(&cell.1) && cell != corner)
            .collect();
        if inside.is_empty() {
            continue;
        }
        let mut moved: Vec<usize> = inside
            .iter()
            .flat_map(|cell| marks.remove(cell).unwrap_or_default())
            .collect();
        let ids = marks.entry(corner).or_default();
        ids.append(&mut moved);
        // Report order in the note.
        ids.sort_unstable();
    }
    let severity_at = |cell: (u32, u32)| {
        marks
            .get(&cell)
            .and_then(|ids| ids.iter().map(|&i| report.findings[i].severity).max())
    };

    let header_rows: HashSet<u32> = match header_texts {
        Some(texts) => grid
            .rows
            .iter()
            .filter(|r| is_header_row(r.cells.iter().map(|c| c.text.as_str()), texts))
            .map(|r| r.row)
            .collect(),
        None => HashSet::new(),
    };
    // Titles span several columns: they would make their first column far too wide.
    let title_cells: HashSet<(u32, u32)> = merges
        .iter()
        .filter(|m| m.last_col > m.first_col)
        .map(|m| (m.first_row, m.first_col))
        .collect();

    let mut ws = new_worksheet(workbook, grid.rows.len(), &budget.limits)?;
    ws.set_default_note_author(NOTE_AUTHOR);
    if grid.hidden {
        ws.set_hidden(true);
    }

    // Every row with text, a mark or the start of a merged region, in order.
    let mut rows: BTreeSet<u32> = grid.rows.iter().map(|r| r.row).collect();
    rows.extend(marks.keys().map(|&(row, _)| row));
    rows.extend(merges.iter().map(|m| m.first_row));
    let mut widths: Vec<f64> = Vec::new();
    let mut next_merge = 0;
    let mut active: Vec<Merge> = Vec::new();
    for r in rows {
        let header = header_rows.contains(&r);
        let source = grid.row(r).map_or(&[][..], |row| row.cells.as_slice());
        let text_at = |col: u32| {
            source
                .binary_search_by_key(&col, |c| c.col)
                .ok()
                .map(|i| &source[i])
        };
        active.retain(|m| m.last_row >= r);
        // Merged regions starting here: the top-left value over the whole region.
        while let Some(m) = merges.get(next_merge).filter(|m| m.first_row == r) {
            let corner = text_at(m.first_col);
            let format = formats.cell(header, true, severity_at((r, m.first_col)));
            let text = corner.map_or("", |c| c.text.as_str());
            ws.merge_range(
                r,
                m.first_col as u16,
                m.last_row,
                m.last_col as u16,
                &truncate_utf16(text, MAX_CELL_UTF16),
                format,
            )?;
            if let Some(c) = corner.filter(|c| c.numeric) {
                write_cell(&mut ws, r, m.first_col, &c.text, true, format)?;
            }
            active.push(*m);
            next_merge += 1;
        }
        let merged = |col: u32| {
            active
                .iter()
                .any(|m| (m.first_col..=m.last_col).contains(&col))
        };
        // Every cell where the source has it.
        for cell in source {
            if !title_cells.contains(&(r, cell.col)) {
                let col = cell.col as usize;
                if widths.len() <= col {
                    widths.resize(col + 1, 0.0);
                }
                widths[col] = widths[col].max(text_width(&cell.text));
            }
            if !merged(cell.col) {
                let format = formats.cell(header, false, severity_at((r, cell.col)));
                write_cell(&mut ws, r, cell.col, &cell.text, cell.numeric, format)?;
            }
        }
        // Marked cells: a fill where the source is empty, and the note.
        for (&(_, col), ids) in marks.range((r, 0)..=(r, u32::MAX)) {
            if text_at(col).is_none() && !merged(col) {
                let format = formats.cell(header, false, severity_at((r, col)));
                ws.write_blank(r, col as u16, format)?;
            }
            if budget.notes == 0 {
                budget.notes_dropped += 1;
                continue;
            }
            budget.notes -= 1;
            let findings: Vec<&Finding> = ids.iter().map(|&i| &report.findings[i]).collect();
            ws.insert_note(r, col as u16, &note(&findings))?;
        }
    }

    for (col, width) in widths.iter().enumerate() {
        if *width > 0.0 {
            let width = (width * 1.1 + 1.5).clamp(MIN_WIDTH, MAX_WIDTH);
            ws.set_column_width(col as u16, width)?;
        }
    }
    // Freeze below the header when it is near the top, as staff scroll long sheets.
    if let Some(&first) = header_rows.iter().filter(|&&r| r < FREEZE_SCAN_ROWS).min() {
        let mut last = first;
        while header_rows.contains(&(last + 1)) {
            last += 1;
        }
        ws.set_freeze_panes(last + 1, 0)?;
    }

    Ok(Copy {
        key,
        worksheet: ws,
        anchors,
    })
}

/// Writes a cell's value: numbers the source stored as numbers as numbers, everything else as a
/// string, so text such as `=HYPERLINK(…)` or `+86…` never becomes a formula.
fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u32,
    text: &str,
    numeric: bool,
    format: &Format,
) -> Result<(), XlsxError> {
    let col = col as u16;
    match text.parse::<f64>() {
        Ok(n) if numeric && n.is_finite() => ws.write_number_with_format(row, col, n, format)?,
        _ => ws.write_string_with_format(row, col, truncate_utf16(text, MAX_CELL_UTF16), format)?,
    };
    Ok(())
}

/// The merges rust_xlsxwriter will accept, in source order (a corrupt file's overlapping or
/// out-of-range regions are dropped rather than failing the whole workbook).
fn valid_merges(merges: &[Merge]) -> Vec<Merge> {
    let mut sorted: Vec<Merge> = merges
        .iter()
        .copied()
        .filter(|m| {
            m.first_row <= m.last_row
                && m.first_col <= m.last_col
                && m.last_row < MAX_ROWS
                && m.last_col < MAX_COLS
                && (m.first_row, m.first_col) != (m.last_row, m.last_col)
        })
        .collect();
    sorted.sort_by_key(|m| (m.first_row, m.first_col, m.last_row, m.last_col));
    sorted.dedup();
    let mut kept: Vec<Merge> = Vec::with_capacity(sorted.len());
    for m in sorted {
        let overlaps = kept.iter().rev().any(|k| {
            k.first_row <= m.last_row
                && m.first_row <= k.last_row
                && k.first_col <= m.last_col
                && m.first_col <= k.last_col
        });
        if !overlaps {
            kept.push(m);
        }
    }
    kept
}

/// A note with every message for one cell: "[C001] message\n建议：help".
fn note(findings: &[&Finding]) -> Note {
    let text = findings
        .iter()
        .map(|f| {
            let mut s = format!("[{}] {}", f.rule, f.message);
            if !f.help.is_empty() {
                s.push_str("\n建议：");
                s.push_str(&f.help);
            }
            if let Some(fix) = &f.fix {
                s.push_str("\n可改为：");
                s.push_str(fix);
            }
            s
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = truncate_utf16(&text, MAX_NOTE_UTF16);
    // A CJK character at 9pt is about 12 px: 300 px holds ~24 of them (48 width units) a line.
    let lines: u32 = text
        .lines()
        .map(|l| (text_width(l) / 46.0).ceil().max(1.0) as u32)
        .sum::<u32>()
        + 1;
    Note::new(text)
        .set_author(NOTE_AUTHOR)
        .set_font_size(9)
        .set_width(300)
        .set_height((lines * 15 + 10).clamp(60, 600))
}

/// Whether a row is (part of) the header: at least two of its cells are header texts, and they
/// make up at least half of its non-empty cells.
fn is_header_row<'a>(cells: impl Iterator<Item = &'a str>, texts: &HashSet<String>) -> bool {
    let (mut matched, mut total) = (0usize, 0usize);
    for text in cells {
        total += 1;
        if texts.contains(&squash(text)) {
            matched += 1;
        }
    }
    matched >= 2 && matched * 2 >= total
}

/// Text without whitespace, to compare header cells (which often wrap) with recorded headers.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A text's width in Excel character units: CJK and full-width characters take two.
fn text_width(text: &str) -> f64 {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| if is_wide(c) { 2.0 } else { 1.0 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// Cuts a text to Excel's limit in UTF-16 units, marking the cut with "…".
fn truncate_utf16(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max || text.encode_utf16().count() <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut units = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units > max - 1 {
            break;
        }
        end = i + c.len_utf8();
    }
    std::borrow::Cow::Owned(format!("{}…", &text[..end]))
}

/// Names for the copies, in order: the sheet name when no other copy (and not 问题清单) has it,
/// else 文件名-工作表; a CSV file's copy is named after the file's stem. Names are then made valid
/// for Excel (no []:*?/\, no leading or trailing apostrophe, at most 31 characters) and unique
/// (case-insensitively, as Excel compares them) with a （2）, （3）… suffix.
fn sheet_names(copies: &[Copy]) -> Vec<String> {
    let stem = |file: &str| {
        Path::new(file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| file.to_string())
    };
    let base = |(file, sheet): &SheetKey| sheet.clone().unwrap_or_else(|| stem(file));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for copy in copies {
        *counts
            .entry(clean_sheet_name(&base(&copy.key)).to_lowercase())
            .or_default() += 1;
    }
    let reserved = [LIST_SHEET.to_lowercase(), "history".to_string()];
    let mut used: HashSet<String> = reserved.iter().cloned().collect();
    let mut names = Vec::with_capacity(copies.len());
    for copy in copies {
        let plain = clean_sheet_name(&base(&copy.key));
        let lower = plain.to_lowercase();
        let wanted = match &copy.key.1 {
            Some(sheet) if counts[&lower] > 1 || reserved.contains(&lower) => {
                qualified_name(&stem(&copy.key.0), sheet)
            }
            _ => plain,
        };
        let mut name = wanted.clone();
        let mut n = 2;
        while used.contains(&name.to_lowercase()) {
            let suffix = format!("（{n}）");
            let room = MAX_SHEET_NAME_UTF16 - suffix.encode_utf16().count();
            name = format!(
                "{}{suffix}",
                cut_utf16(&wanted, room).trim_end_matches('\'')
            );
            n += 1;
        }
        used.insert(name.to_lowercase());
        names.push(name);
    }
    names
}

/// 文件名-工作表, shortening the file name first so the sheet name stays readable.
fn qualified_name(stem: &str, sheet: &str) -> String {
    let sheet = clean_sheet_name(sheet);
    let room = MAX_SHEET_NAME_UTF16.saturating_sub(sheet.encode_utf16().count() + 1);
    if room >= 4 {
        clean_sheet_name(&format!("{}-{sheet}", cut_utf16(stem, room)))
    } else {
        clean_sheet_name(&format!("{stem}-{sheet}"))
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
fn list_sheet(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_names() {
        assert_eq!(clean_sheet_name("a/b:c[1]"), "a／b：c［1］");
        assert_eq!(clean_sheet_name("'引号'"), "引号");
        assert_eq!(clean_sheet_name("  "), "未命名");
        let long = "一".repeat(40);
        assert_eq!(clean_sheet_name(&long).chars().count(), 31);
        // Astral characters take two UTF-16 units.
        let astral = "𠀀".repeat(20);
        assert_eq!(clean_sheet_name(&astral).chars().count(), 15);
        for name in ["a/b:c[1]", &long, &astral] {
            rust_xlsxwriter::utility::check_sheet_name(&clean_sheet_name(name)).unwrap();
        }
    }

    fn copy(file: &str, sheet: Option<&str>) -> Copy {
        Copy {
            key: (file.to_string(), sheet.map(str::to_string)),
            worksheet: Worksheet::new(),
            anchors: BTreeMap::new(),
        }
    }

    #[test]
    fn names_are_plain_when_unique_and_qualified_when_not() {
        let copies = [
            copy("01民政办.xlsx", Some("实施清单")),
            copy("05综合.xlsx", Some("Sheet1")),
            copy("04残联.xls", Some("sheet1")),
            copy("02社保.csv", None),
            copy("x/问题清单.xlsx", Some("问题清单")),
            copy("a/02社保.csv", None),
        ];
        assert_eq!(
            sheet_names(&copies),
            [
                "实施清单",
                "05综合-Sheet1",
                "04残联-sheet1",
                "02社保",
                "问题清单-问题清单",
                "02社保（2）",
            ]
        );
        let long = "很长的文件名".repeat(6);
        let copies = [
            copy(&format!("{long}.xlsx"), Some("表")),
            copy(&format!("{long}.xls"), Some("表")),
        ];
        let names = sheet_names(&copies);
        assert_eq!(names[0], format!("{}-表", cut_utf16(&long, 29)));
        assert_eq!(names[1], format!("{}（2）", cut_utf16(&names[0], 28)));
        for name in &names {
            rust_xlsxwriter::utility::check_sheet_name(name).unwrap();
        }
    }

    #[test]
    fn merges_that_excel_refuses_are_dropped() {
        let m = |a, b, c, d| Merge {
            first_row: a,
            first_col: b,
            last_row: c,
            last_col: d,
        };
        let kept = valid_merges(&[m(0, 0, 0, 5), m(0, 2, 1, 2), m(3, 3, 3, 3), m(4, 0, 6, 0)]);
        assert_eq!(kept, [m(0, 0, 0, 5), m(4, 0, 6, 0)]);
    }

    fn sample_town() -> (Vec<PathBuf>, Catalog, Report) {
        let inputs = vec![
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("catalogs/sample-town"),
        ];
        let ingested = svcat_ingest::read_inputs(&inputs, &Default::default()).unwrap();
        let report =
            svcat_rules::check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files)
                .unwrap();
        (inputs, ingested.catalog, report)
    }

    type Sheets = Vec<(String, Vec<Vec<String>>, Vec<(u32, u32, u32, u32)>)>;

    /// Every sheet's cells as text, and its merges.
    fn read_back(bytes: &[u8]) -> Sheets {
        use calamine::{Reader, Xlsx};
        let mut book = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let names = book.sheet_names();
        names
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).unwrap();
                let cells = range
                    .rows()
                    .map(|r| r.iter().map(|c| c.to_string()).collect())
                    .collect();
                let mut merges: Vec<_> = book
                    .merge_cells_by_sheet_name(&name)
                    .unwrap()
                    .iter()
                    .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                    .collect();
                merges.sort_unstable();
                (name, cells, merges)
            })
            .collect()
    }

    fn comment_count(bytes: &[u8]) -> usize {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut count = 0;
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            if entry.name().unwrap().starts_with("xl/comments") {
                let mut xml = String::new();
                std::io::Read::read_to_string(&mut entry, &mut xml).unwrap();
                count += xml.matches("<comment ").count();
            }
        }
        count
    }

    #[test]
    fn constant_memory_copies_match_standard_ones() {
        let (inputs, catalog, report) = sample_town();
        let standard = build(&inputs, &catalog, &report, "a.xlsx", LIMITS).unwrap();
        let streamed = Limits {
            constant_memory_rows: 0,
            ..LIMITS
        };
        let streamed = build(&inputs, &catalog, &report, "a.xlsx", streamed).unwrap();
        assert_ne!(standard, streamed, "the modes write different XML");
        assert_eq!(read_back(&standard), read_back(&streamed));
        assert_eq!(comment_count(&standard), comment_count(&streamed));
    }

    #[test]
    fn limits_are_reported_not_fatal() {
        let (inputs, catalog, report) = sample_town();
        let few_notes = Limits { notes: 3, ..LIMITS };
        let bytes = build(&inputs, &catalog, &report, "a.xlsx", few_notes).unwrap();
        assert_eq!(comment_count(&bytes), 3);
        let sheets = read_back(&bytes);
        assert!(sheets[0].1[1][0].contains("只有前 3 个加了批注"));

        let small_grids = Limits {
            grid_cells: 100,
            ..LIMITS
        };
        let bytes = build(&inputs, &catalog, &report, "a.xlsx", small_grids).unwrap();
        let sheets = read_back(&bytes);
        let (name, list, _) = &sheets[0];
        assert_eq!(name, LIST_SHEET);
        assert!(
            list[1][0].contains("01民政办.xlsx!实施清单"),
            "{}",
            list[1][0]
        );
        // Only the small instruction sheets are copied; the findings are all listed, a cell as
        // text where its sheet has no copy.
        let copies: Vec<&str> = sheets[1..].iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(copies, ["填报说明", "汇总"]);
        assert_eq!(list.len() - 4, report.findings.len());
        let c001 = list.iter().find(|r| r[2] == "C001").unwrap();
        assert_eq!(c001[5], "P10");
    }

    fn finding(rule: &'static str, row: u32, column: Option<u32>) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            element: None,
            message: format!("{rule} 的问题"),
            help: String::new(),
            file: "t.xlsx".into(),
            sheet: Some("表".into()),
            row: Some(row),
            column,
            item: None,
            text: None,
            header: None,
            fix: None,
            same: Vec::new(),
        }
    }

    #[test]
    fn marks_go_to_merge_corners_row_starts_and_empty_cells() {
        use svcat_ingest::grid::{GridCell, GridRow};
        let cell = |col, text: &str| GridCell {
            col,
            text: text.into(),
            numeric: false,
        };
        let merge = |first_row, first_col, last_row, last_col| Merge {
            first_row,
            first_col,
            last_row,
            last_col,
        };
        let grid = Grid {
            file: "t.xlsx".into(),
            sheet: Some("表".into()),
            hidden: false,
            rows: vec![
                GridRow {
                    row: 0,
                    cells: vec![cell(0, "标题")],
                },
                GridRow {
                    row: 2,
                    cells: vec![cell(1, "民政办"), cell(2, "甲")],
                },
                GridRow {
                    row: 3,
                    cells: vec![cell(2, "乙")],
                },
            ],
            merges: vec![merge(0, 0, 0, 2), merge(2, 1, 4, 1)],
            truncated: false,
        };
        let report = Report {
            files: 1,
            items: 2,
            // B4 lies in the merge B3:B5; row 3 starts at B3; D6 is empty.
            findings: vec![
                finding("X004", 4, Some(1)),
                finding("S006", 3, None),
                finding("M002", 6, Some(3)),
            ],
        };
        let mut workbook = Workbook::new();
        let mut budget = Budget {
            limits: LIMITS,
            notes: 10,
            notes_dropped: 0,
            too_large: Vec::new(),
        };
        let copy = copy_sheet(
            &mut workbook,
            &grid,
            &report,
            &[0, 1, 2],
            None,
            &Formats::new(),
            &mut budget,
        )
        .unwrap();
        let labels: Vec<String> = copy
            .anchors
            .values()
            .map(|a| {
                Link {
                    sheet: "表".into(),
                    anchor: *a,
                }
                .label()
            })
            .collect();
        assert_eq!(labels, ["B4", "第3行", "D6"]);
        let mut worksheet = copy.worksheet;
        worksheet.set_name("表").unwrap();
        workbook.push_worksheet(worksheet);
        let bytes = workbook.save_to_buffer().unwrap();

        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
            text
        };
        let comments = read("xl/comments1.xml");
        let refs: Vec<&str> = comments
            .split("<comment ref=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        // Both the merge finding and the row finding land on B3, in report order.
        assert_eq!(refs, ["B3", "D6"]);
        let b3 = &comments[comments.find("ref=\"B3\"").unwrap()..];
        let b3 = &b3[..b3.find("</comment>").unwrap()];
        assert!(
            b3.find("[X004]").unwrap() < b3.find("[S006]").unwrap(),
            "{b3}"
        );
        // The empty D6 is written (as a styled blank) so its fill shows.
        let sheet = read("xl/worksheets/sheet1.xml");
        assert!(sheet.contains("<c r=\"D6\" s=\""), "{sheet}");
        assert!(sheet.contains("<mergeCell ref=\"B3:B5\"/>"), "{sheet}");
    }

    #[test]
    fn truncation_respects_utf16() {
        assert_eq!(truncate_utf16("abc", 5), "abc");
        assert_eq!(truncate_utf16("abcdef", 4), "abc…");
        assert_eq!(truncate_utf16("𠀀𠀀𠀀", 4), "𠀀…");
    }

    #[test]
    fn widths_count_cjk_twice() {
        assert_eq!(text_width("30个工作日"), 10.0);
        assert_eq!(text_width("ab\n一二三"), 6.0);
    }
}
