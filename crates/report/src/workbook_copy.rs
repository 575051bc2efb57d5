//! Source sheets copied into an xlsx workbook, every cell at the row and column the department
//! sees in its own file (title rows, headers and merges included): the machinery the annotated
//! workbook (`annotate`) and `svcat fix`'s fixed copies of workbooks (`fix`) share.
//!
//! Values are written as they were read: numbers as numbers, everything else as strings (never
//! formulas), dates as their text; hidden source sheets stay hidden. Copies are named after their
//! sheet, or 文件名-工作表 when two files share a sheet name ([`sheet_names`]).
//!
//! The output is deterministic: the document's creation time is fixed and nothing depends on
//! hash order, so the same inputs give byte-identical files. Large catalogs stay within memory
//! (see [`Limits`]).

mod excel;
mod formats;
mod marks;
mod names;
mod sheet;

pub(crate) use excel::{MAX_CELL_UTF16, MAX_ROWS, truncate_utf16};
pub(crate) use formats::{Formats, rank, severity_colors};
pub(crate) use marks::Anchor;
pub use names::LIST_SHEET;
pub(crate) use names::sheet_names;
pub(crate) use sheet::{Copy, SourceRows, copy_sheet, squash};

use rust_xlsxwriter::{DocProperties, Workbook, Worksheet, XlsxError};

use svcat_core::error::Error;
use svcat_core::model::Catalog;
use svcat_core::report::Report;
use svcat_emit::xlsx::fixed_properties;
use svcat_ingest::grid::{Grid, SourceFile, read_grids};

/// The annotated list's title, also the document's (of fixed copies too).
pub(crate) const TITLE: &str = "政务服务事项目录检查问题清单";

/// Size limits that keep a huge catalog's workbook within memory.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Sheets (copies, and the list) with more rows than this are written in rust_xlsxwriter's
    /// constant-memory mode: rows go to a temporary file as they are written, where the standard
    /// mode keeps every cell until saving (about 0.5 KB a cell with this kind of text, 1.2 GB for
    /// a 100k-row catalog). Smaller sheets use the standard mode, which writes a shared-string
    /// table as Excel does and so gives smaller files.
    pub(crate) constant_memory_rows: usize,
    /// Most non-empty cells read from one source sheet (the grid is held while its copy is
    /// written); a larger sheet is listed, not copied.
    pub(crate) grid_cells: usize,
    /// Most cell notes in the workbook: each costs several KB while saving, and Excel and
    /// LibreOffice slow to a crawl on sheets with tens of thousands of notes. Cells beyond are
    /// still filled.
    pub(crate) notes: usize,
}

pub(crate) const LIMITS: Limits = Limits {
    constant_memory_rows: 50_000,
    grid_cells: 10_000_000,
    notes: 20_000,
};

/// (file display name, sheet name; None for CSV): how findings and grids name a source sheet.
pub(crate) type SheetKey = (String, Option<String>);

/// A plain copy of every sheet of one source file as an xlsx workbook (same rows, columns and
/// merges; no marks, no list), after `edit` has changed the grids — what `svcat fix` writes for a
/// workbook. None when the file has no sheet to copy (canonical JSON).
pub(crate) fn copy_workbook(
    file: &SourceFile,
    catalog: &Catalog,
    output: &str,
    edit: &mut dyn FnMut(&mut Grid),
) -> Result<Option<Vec<u8>>, Error> {
    let xlsx_error = |e: XlsxError| CopyError::Xlsx(e).into_error(output);
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
            SourceRows::default(),
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
    let mut bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    svcat_emit::xlsx::mark_bytes_made_on_unix(&mut bytes);
    Ok(Some(bytes))
}

/// Why a copy could not be made.
#[derive(Debug)]
pub(crate) enum CopyError {
    /// A sheet beyond Excel's size.
    Svcat(Error),
    /// rust_xlsxwriter refused something.
    Xlsx(XlsxError),
}

impl CopyError {
    pub(crate) fn into_error(self, output: &str) -> Error {
        match self {
            CopyError::Svcat(e) => e,
            CopyError::Xlsx(e) => Error::Write {
                file: output.to_string(),
                source: std::io::Error::other(e.to_string()),
            },
        }
    }
}

impl From<Error> for CopyError {
    fn from(e: Error) -> Self {
        CopyError::Svcat(e)
    }
}

impl From<XlsxError> for CopyError {
    fn from(e: XlsxError) -> Self {
        CopyError::Xlsx(e)
    }
}

/// Fixed document properties: the creation time is part of the file, so it is the catalog's date
/// (what the file is "of") or 2000-01-01, never the clock, and identical inputs give
/// byte-identical files.
pub(crate) fn properties(catalog: &Catalog) -> Result<DocProperties, XlsxError> {
    Ok(fixed_properties(TITLE, catalog.meta.date.as_deref())?
        .set_author("svcat")
        .set_comment("由 svcat check --annotate 生成"))
}

/// A worksheet for `rows` rows: in constant-memory mode when that is large.
pub(crate) fn new_worksheet(
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
pub(crate) struct Budget {
    pub(crate) limits: Limits,
    /// Notes that may still be added.
    pub(crate) notes: usize,
    /// Marked cells left without a note.
    pub(crate) notes_dropped: usize,
    /// Sheets not copied for their size ("file!sheet").
    pub(crate) too_large: Vec<String>,
}
