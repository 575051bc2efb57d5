//! Source sheets as raw grids: every non-empty cell at its original row and column, whether it
//! was stored as a number, and the merged regions. Outputs that keep a department's own layout
//! (`check --annotate`) read them; the catalog itself never does.
//!
//! The readers are the ones ingest uses (`read_workbook`, `read_delimited`), so a grid shows the
//! same text, at the same cell, as the findings refer to.

use std::ops::ControlFlow;
use std::path::PathBuf;

use super::sheet::{Merge, RawCell, RowSink};
use super::workbook::{SheetInfo, SheetRows, read_workbook};
use super::{Format, InputFile, delimited, detect_format, list_directory};
use svcat_core::error::Error;

/// One spreadsheet file, with the name findings use for it (as `read_inputs` names it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    pub display: String,
}

/// A non-empty cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridCell {
    /// Zero-based column.
    pub col: u32,
    pub text: String,
    /// Stored as a number in the workbook (its text is the number as a person reads it).
    pub numeric: bool,
}

/// A row with at least one non-empty cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// Zero-based spreadsheet row.
    pub row: u32,
    /// Cells in column order.
    pub cells: Vec<GridCell>,
}

/// One sheet (or a CSV file) as it lies on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// The file's display name, as findings give it.
    pub file: String,
    /// The worksheet name; None for CSV and TSV files.
    pub sheet: Option<String>,
    pub hidden: bool,
    /// Non-empty rows in ascending order.
    pub rows: Vec<GridRow>,
    /// Merged regions (zero-based, inclusive); empty for formats that record none (csv, ods).
    pub merges: Vec<Merge>,
    /// Reading stopped at the cell limit [`read_grids`] was given: `rows` holds only the top.
    pub truncated: bool,
}

impl Grid {
    /// The row with this zero-based number, if it has any text.
    pub fn row(&self, row: u32) -> Option<&GridRow> {
        self.rows
            .binary_search_by_key(&row, |r| r.row)
            .ok()
            .map(|i| &self.rows[i])
    }
}

/// The spreadsheet files `read_inputs` reads for these paths, in the same order and under the same
/// display names (directories: their spreadsheets by name; files: as given). Canonical JSON is
/// listed too; [`read_grids`] gives no grid for it.
pub fn source_files(paths: &[PathBuf]) -> Result<Vec<SourceFile>, Error> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(
                list_directory(path)?
                    .into_iter()
                    .map(|InputFile { path, display }| SourceFile { path, display }),
            );
        } else if path.is_file() {
            files.push(SourceFile {
                path: path.clone(),
                display: svcat_core::file_name::shown_path(path),
            });
        }
    }
    Ok(files)
}

/// Reads a file's sheets one at a time, in workbook order, handing each wanted sheet's grid to
/// `visit`. Only one sheet is held in memory at a time; sheets `want` declines are not read.
/// `want` gets the sheet name (None for a CSV file) and answers with the most non-empty cells to
/// collect (None: skip the sheet); a sheet with more stops there and comes back `truncated`.
pub fn read_grids(
    file: &SourceFile,
    want: &mut dyn FnMut(Option<&str>) -> Option<usize>,
    visit: &mut dyn FnMut(Grid) -> Result<(), Error>,
) -> Result<(), Error> {
    let display = file.display.as_str();
    match detect_format(&file.path, display)? {
        Format::Json => Ok(()),
        Format::Delimited => {
            let Some(limit) = want(None) else {
                return Ok(());
            };
            let mut sink = GridSink::new(display, limit);
            delimited::read_delimited(&file.path, display, &mut sink)?;
            visit(Grid {
                file: display.to_string(),
                sheet: None,
                hidden: false,
                rows: sink.rows,
                merges: Vec::new(),
                truncated: sink.truncated,
            })
        }
        Format::Workbook(format) => {
            let mut sink = |info: &SheetInfo, rows: &mut dyn SheetRows| -> Result<(), Error> {
                let Some(limit) = want(Some(&info.name)) else {
                    return Ok(());
                };
                let merges = rows.merges().map(<[Merge]>::to_vec).unwrap_or_default();
                let mut sink = GridSink::new(display, limit);
                rows.for_each_row(&info.name, &mut sink)?;
                visit(Grid {
                    file: display.to_string(),
                    sheet: Some(info.name.clone()),
                    hidden: info.hidden,
                    rows: sink.rows,
                    merges,
                    truncated: sink.truncated,
                })
            };
            read_workbook(&file.path, display, format, &mut sink)
        }
    }
}

/// Collects rows as the readers hand them over, keeping only non-empty cells, up to a limit.
struct GridSink<'a> {
    display: &'a str,
    rows: Vec<GridRow>,
    /// Cells that may still be collected.
    room: usize,
    truncated: bool,
}

impl<'a> GridSink<'a> {
    fn new(display: &'a str, limit: usize) -> Self {
        GridSink {
            display,
            rows: Vec::new(),
            room: limit,
            truncated: false,
        }
    }
}

impl RowSink for GridSink<'_> {
    fn display(&self) -> &str {
        self.display
    }

    fn row(&mut self, row: u32, cells: &mut Vec<RawCell>) -> Result<ControlFlow<()>, Error> {
        // The readers reuse `cells` for the next row, so the text can be moved out.
        let cells: Vec<GridCell> = cells
            .drain(..)
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .map(|(col, c)| {
                let (text, numeric) = c.into_parts();
                GridCell {
                    col: col as u32,
                    text,
                    numeric,
                }
            })
            .collect();
        if cells.len() > self.room {
            self.truncated = true;
            return Ok(ControlFlow::Break(()));
        }
        self.room -= cells.len();
        if !cells.is_empty() {
            // Readers hand rows over in order; keep the grid sorted even if one did not.
            if self.rows.last().is_some_and(|last| last.row >= row) {
                let at = self.rows.partition_point(|r| r.row < row);
                if self.rows.get(at).is_some_and(|r| r.row == row) {
                    self.rows[at].cells = cells;
                } else {
                    self.rows.insert(at, GridRow { row, cells });
                }
            } else {
                self.rows.push(GridRow { row, cells });
            }
        }
        Ok(ControlFlow::Continue(()))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn read_all_grids(path: &Path) -> Result<Vec<Grid>, Error> {
        let file = SourceFile {
            path: path.to_path_buf(),
            display: path.display().to_string(),
        };
        let mut grids = Vec::new();
        read_grids(&file, &mut |_| Some(usize::MAX), &mut |g| {
            grids.push(g);
            Ok(())
        })?;
        Ok(grids)
    }

    fn sample(name: &str) -> PathBuf {
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join("catalogs/sample-town")
            .join(name)
    }

    fn text_at(grid: &Grid, row: u32, col: u32) -> Option<&str> {
        grid.row(row)?
            .cells
            .iter()
            .find(|c| c.col == col)
            .map(|c| c.text.as_str())
    }

    #[test]
    fn xlsx_keeps_positions_and_merges() {
        let grids = read_all_grids(&sample("01民政办.xlsx")).unwrap();
        let names: Vec<_> = grids.iter().map(|g| g.sheet.as_deref()).collect();
        assert_eq!(names, [Some("填报说明"), Some("实施清单")]);
        let grid = &grids[1];
        // P10, the title in A1, and the title's merge A1:AB1.
        assert_eq!(text_at(grid, 9, 15), Some("30个工作日"));
        assert_eq!(
            text_at(grid, 0, 0),
            Some("青石镇民政办政务服务事项实施清单")
        );
        assert!(grid.merges.contains(&Merge {
            first_row: 0,
            first_col: 0,
            last_row: 0,
            last_col: 27
        }));
        // 序号 is a number in the source.
        let first = grid.row(4).unwrap().cells.first().unwrap();
        assert_eq!(
            (first.col, first.text.as_str(), first.numeric),
            (0, "1", true)
        );
    }

    #[test]
    fn csv_is_one_grid_without_a_sheet_name() {
        let grids = read_all_grids(&sample("02社会保障服务中心.csv")).unwrap();
        assert_eq!(grids.len(), 1);
        assert_eq!(grids[0].sheet, None);
        assert!(grids[0].merges.is_empty());
        assert_eq!(grids[0].rows[0].row, 0);
    }

    #[test]
    fn declined_sheets_are_not_read() {
        let file = SourceFile {
            path: sample("05综合.xlsx"),
            display: "05综合.xlsx".into(),
        };
        let mut seen = Vec::new();
        read_grids(
            &file,
            &mut |s| (s == Some("司法所")).then_some(usize::MAX),
            &mut |g| {
                seen.push(g.sheet.clone());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, [Some("司法所".to_string())]);
    }

    #[test]
    fn reading_stops_at_the_cell_limit() {
        let file = SourceFile {
            path: sample("02社会保障服务中心.csv"),
            display: "02社会保障服务中心.csv".into(),
        };
        let mut grids = Vec::new();
        read_grids(&file, &mut |_| Some(60), &mut |g| {
            grids.push(g);
            Ok(())
        })
        .unwrap();
        let grid = &grids[0];
        assert!(grid.truncated);
        let cells: usize = grid.rows.iter().map(|r| r.cells.len()).sum();
        assert!(cells <= 60 && !grid.rows.is_empty(), "{cells} cells");
    }
}
