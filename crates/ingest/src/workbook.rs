//! xlsx, xlsm, xls and ods through calamine, as rows of cells with merged regions.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use calamine::{Data, DataRef, Ods, Reader, SheetType, Xls, Xlsx};

use super::merges::scan_merges;
use super::sheet::{Merge, RawCell, RowSink};
use svcat_core::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookFormat {
    Xlsx,
    Xls,
    Ods,
}

/// One worksheet the workbook holds, in workbook order.
pub struct SheetInfo {
    pub name: String,
    pub hidden: bool,
}

/// Reads every worksheet of a workbook, handing rows to `sink`.
pub fn read_workbook(
    path: &Path,
    display: &str,
    format: WorkbookFormat,
    sink: &mut dyn FnMut(&SheetInfo, &mut dyn SheetRows) -> Result<(), Error>,
) -> Result<(), Error> {
    match format {
        WorkbookFormat::Xls => crate::guard::check_xls(path, display)?,
        WorkbookFormat::Xlsx => crate::guard::check_zip_bounds(path, display)?,
        WorkbookFormat::Ods => {
            crate::guard::check_zip_bounds(path, display)?;
            crate::guard::check_ods(path, display)?;
        }
    }
    let file = File::open(path).map_err(|e| Error::io(display, e))?;
    let reader = BufReader::new(file);
    let unreadable = |message: String| Error::unreadable(display, None, message);
    match format {
        WorkbookFormat::Xlsx => {
            // The sheets' merged regions are found on another thread while calamine opens the
            // workbook (see `merges`); a sheet the scan did not settle is asked of calamine.
            let scan = {
                let path = path.to_path_buf();
                std::thread::Builder::new()
                    .name("svcat-merges".into())
                    // A panic in the zip reader is a file it does not understand: calamine
                    // then reads the merges, and reports the file if it cannot either.
                    .spawn(move || {
                        svcat_core::error::catch_parser_panic(|| scan_merges(&path))
                            .ok()
                            .flatten()
                    })
            };
            let opened = guard(display, || Xlsx::new(reader));
            let mut scanned = scan
                .ok()
                .and_then(|scan| scan.join().ok().flatten())
                .unwrap_or_default();
            let mut book: Xlsx<_> =
                opened?.map_err(|e| unreadable(format!("不是有效的 xlsx 文件（{e}）")))?;
            for info in sheet_list(book.sheets_metadata()) {
                let merges = match scanned.remove(&info.name) {
                    Some(merges) => merges,
                    None => guard(display, || book.merge_cells_by_sheet_name(&info.name))?
                        .map_err(|e| sheet_error(display, &info.name, e))?
                        .iter()
                        .map(to_merge)
                        .collect(),
                };
                let mut rows = XlsxRows {
                    book: &mut book,
                    merges,
                };
                sink(&info, &mut rows)?;
            }
        }
        WorkbookFormat::Xls => {
            let mut book: Xls<_> = guard(display, || Xls::new(reader))?
                .map_err(|e| unreadable(format!("不是有效的 xls 文件（{e}）")))?;
            for info in sheet_list(book.sheets_metadata()) {
                let merges: Vec<Merge> = book
                    .merge_cells_by_sheet_name(&info.name)
                    .unwrap_or_default()
                    .iter()
                    .map(to_merge)
                    .collect();
                let range = guard(display, || book.worksheet_range(&info.name))?
                    .map_err(|e| sheet_error(display, &info.name, e))?;
                sink(&info, &mut RangeRows::new(range, Some(merges)))?;
            }
        }
        WorkbookFormat::Ods => {
            let mut book: Ods<_> = guard(display, || Ods::new(reader))?
                .map_err(|e| unreadable(format!("不是有效的 ods 文件（{e}）")))?;
            for info in sheet_list(book.sheets_metadata()) {
                let range = guard(display, || book.worksheet_range(&info.name))?
                    .map_err(|e| sheet_error(display, &info.name, e))?;
                sink(&info, &mut RangeRows::new(range, None))?;
            }
        }
    }
    Ok(())
}

fn sheet_list(metadata: &[calamine::Sheet]) -> Vec<SheetInfo> {
    metadata
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| SheetInfo {
            name: s.name.clone(),
            hidden: s.visible != calamine::SheetVisible::Visible,
        })
        .collect()
}

fn sheet_error(display: &str, sheet: &str, e: impl std::fmt::Display) -> Error {
    Error::unreadable(display, Some(sheet), format!("工作表无法读取（{e}）"))
}

/// Runs a parser call, turning a panic inside the parser into an error about the file.
fn guard<T>(display: &str, f: impl FnOnce() -> T) -> Result<T, Error> {
    svcat_core::error::catch_parser_panic(f).map_err(|message| {
        Error::unreadable(
            display,
            None,
            format!("文件内容损坏，解析时出错（{message}）"),
        )
    })
}

fn to_merge(d: &calamine::Dimensions) -> Merge {
    Merge {
        first_row: d.start.0,
        first_col: d.start.1,
        last_row: d.end.0,
        last_col: d.end.1,
    }
}

/// A sheet's rows, in order. Rows are zero-based spreadsheet rows; cells are the row's cells from
/// column 0 (so index = column).
pub trait SheetRows {
    /// Merged regions, or None when the format does not record them (ods).
    fn merges(&self) -> Option<&[Merge]>;
    fn for_each_row(&mut self, sheet: &str, sink: &mut dyn RowSink) -> Result<(), Error>;
}

struct RangeRows {
    range: calamine::Range<Data>,
    merges: Option<Vec<Merge>>,
}

impl RangeRows {
    fn new(range: calamine::Range<Data>, merges: Option<Vec<Merge>>) -> Self {
        RangeRows { range, merges }
    }
}

impl SheetRows for RangeRows {
    fn merges(&self) -> Option<&[Merge]> {
        self.merges.as_deref()
    }

    fn for_each_row(&mut self, _sheet: &str, sink: &mut dyn RowSink) -> Result<(), Error> {
        let Some((first_row, first_col)) = self.range.start() else {
            return Ok(());
        };
        let mut cells: Vec<RawCell> = Vec::new();
        for (i, row) in self.range.rows().enumerate() {
            cells.clear();
            cells.resize(first_col as usize, RawCell::default());
            cells.extend(row.iter().map(raw_from_data));
            if sink.row(first_row + i as u32, &mut cells)?.is_break() {
                break;
            }
        }
        Ok(())
    }
}

struct XlsxRows<'a, R: Read + Seek> {
    book: &'a mut Xlsx<R>,
    merges: Vec<Merge>,
}

impl<R: Read + Seek> SheetRows for XlsxRows<'_, R> {
    fn merges(&self) -> Option<&[Merge]> {
        Some(&self.merges)
    }

    /// Streams cells instead of building calamine's Range, so a large sheet never sits in memory
    /// twice (once as cells, once as items).
    fn for_each_row(&mut self, sheet: &str, sink: &mut dyn RowSink) -> Result<(), Error> {
        let display = sink.display().to_string();
        let mut reader = self
            .book
            .worksheet_cells_reader(sheet)
            .map_err(|e| sheet_error(&display, sheet, e))?;
        let mut cells: Vec<RawCell> = Vec::new();
        let mut current: Option<u32> = None;
        loop {
            let next = svcat_core::error::catch_parser_panic(|| reader.next_cell())
                .map_err(|m| sheet_error(&display, sheet, m))?
                .map_err(|e| sheet_error(&display, sheet, e))?;
            let Some(cell) = next else { break };
            let (row, col) = cell.get_position();
            if current != Some(row) {
                if let Some(done) = current
                    && sink.row(done, &mut cells)?.is_break()
                {
                    return Ok(());
                }
                cells.clear();
                current = Some(row);
            }
            let value = raw_from_data_ref(cell.get_value());
            if value.is_empty() {
                continue;
            }
            let col = col as usize;
            if col > 16_384 {
                continue;
            }
            if cells.len() <= col {
                cells.resize(col + 1, RawCell::default());
            }
            cells[col] = value;
        }
        if let Some(done) = current {
            let _ = sink.row(done, &mut cells)?;
        }
        Ok(())
    }
}

fn raw_from_data(data: &Data) -> RawCell {
    match data {
        Data::Empty => RawCell::default(),
        Data::String(s) => RawCell::text(s.clone()),
        Data::Int(i) => RawCell::number(i.to_string()),
        Data::Float(f) => RawCell::number(format_float(*f)),
        Data::Bool(b) => RawCell::text(if *b { "TRUE" } else { "FALSE" }.to_string()),
        Data::DateTime(dt) => RawCell::text(format_date(dt)),
        Data::DateTimeIso(s) | Data::DurationIso(s) => RawCell::text(s.clone()),
        Data::Error(e) => RawCell::text(format!("#{e:?}")),
    }
}

fn raw_from_data_ref(data: &DataRef<'_>) -> RawCell {
    match data {
        DataRef::Empty => RawCell::default(),
        DataRef::String(s) => RawCell::text(s.clone()),
        DataRef::SharedString(s) => RawCell::text((*s).to_string()),
        DataRef::Int(i) => RawCell::number(i.to_string()),
        DataRef::Float(f) => RawCell::number(format_float(*f)),
        DataRef::Bool(b) => RawCell::text(if *b { "TRUE" } else { "FALSE" }.to_string()),
        DataRef::DateTime(dt) => RawCell::text(format_date(dt)),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => RawCell::text(s.clone()),
        DataRef::Error(e) => RawCell::text(format!("#{e:?}")),
    }
}

/// Numbers as a person reads them: 20 not 20.0, 105001000 not 1.05E+8.
pub fn format_float(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e17 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn format_date(dt: &calamine::ExcelDateTime) -> String {
    let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
    if dt.is_duration() {
        return format!("{}", dt.as_f64());
    }
    if (hh, mm, ss) == (0, 0, 0) {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
    }
}
