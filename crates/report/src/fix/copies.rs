//! The fixed copy of each source file (`svcat fix … -o DIR`): csv stays csv, in UTF-8 with a BOM;
//! workbooks become xlsx with the same sheets, rows and columns; the catalog's catalog.toml goes
//! along. The fixes are set into the source grids as they are copied.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use svcat_core::error::Error;
use svcat_core::model::Catalog;
use svcat_core::output::write_atomic;
use svcat_ingest::grid::{Grid, GridCell, GridRow, SourceFile, read_grids, source_files};

use super::CellFix;
use crate::workbook_copy::copy_workbook;

/// The name of each file [`write_copies`] writes, with the input it comes from.
pub fn planned_copies(inputs: &[PathBuf]) -> Result<Vec<(PathBuf, String)>, Error> {
    let mut planned = Vec::new();
    if let Some(input) = catalog_toml_dir(inputs) {
        {
            planned.push((
                PathBuf::from("catalog.toml"),
                input.join("catalog.toml").display().to_string(),
            ));
        }
    }
    for file in source_files(inputs)? {
        if let Some(name) = copy_name(&file.path, &file.display) {
            planned.push((name, file.path.display().to_string()));
        }
    }
    Ok(planned)
}

/// The input directory whose catalog.toml the catalog was read with (the first that has one).
fn catalog_toml_dir(inputs: &[PathBuf]) -> Option<&PathBuf> {
    inputs
        .iter()
        .find(|p| p.is_dir() && p.join("catalog.toml").is_file())
}

/// The name of a file's fixed copy: csv and tsv keep theirs, workbooks become xlsx, canonical JSON
/// has none.
fn copy_name(path: &Path, display: &str) -> Option<PathBuf> {
    let name = path
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(display));
    let ext = name
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "json" => None,
        "csv" | "tsv" => Some(name),
        _ => Some(name.with_extension("xlsx")),
    }
}

/// Writes a fixed copy of every source file into `dir`; the errors of files that could not be
/// copied are returned (the error is only for the output directory itself).
pub fn write_copies(
    inputs: &[PathBuf],
    dir: &Path,
    fixes: &[CellFix],
    catalog: &Catalog,
) -> Result<Vec<Error>, Error> {
    let mut failed = Vec::new();
    std::fs::create_dir_all(dir).map_err(|e| Error::Write {
        file: dir.display().to_string(),
        source: e,
    })?;
    let mut by_place: HashMap<(String, Option<String>), Vec<&CellFix>> = HashMap::new();
    for fix in fixes {
        by_place
            .entry((fix.file.clone(), fix.sheet.clone()))
            .or_default()
            .push(fix);
    }
    let mut edit = |grid: &mut Grid| {
        if let Some(list) = by_place.get(&(grid.file.clone(), grid.sheet.clone())) {
            for fix in list {
                set_cell(grid, fix.row - 1, fix.column, &fix.new);
            }
        }
    };
    // The catalog's settings travel with it, so the copy checks the same way.
    if let Some(input) = catalog_toml_dir(inputs) {
        let toml = input.join("catalog.toml");
        let copied = std::fs::read(&toml)
            .map_err(|e| Error::io(&toml.display().to_string(), e))
            .and_then(|text| write_atomic(&dir.join("catalog.toml"), |out| out.write_all(&text)));
        failed.extend(copied.err());
    }
    for file in source_files(inputs)? {
        // A file that cannot be copied is reported; the others are still copied.
        if let Err(e) = copy_one(&file, dir, &mut edit, catalog) {
            failed.push(e);
        }
    }
    Ok(failed)
}

/// Writes the fixed copy of one file into `dir`.
fn copy_one(
    file: &SourceFile,
    dir: &Path,
    edit: &mut dyn FnMut(&mut Grid),
    catalog: &Catalog,
) -> Result<(), Error> {
    let Some(name) = copy_name(&file.path, &file.display) else {
        return Ok(());
    };
    let ext = name
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "tsv" => {
            let delimiter = if ext == "tsv" { b'\t' } else { b',' };
            let mut grids = Vec::new();
            read_grids(file, &mut |_| Some(usize::MAX), &mut |mut grid| {
                edit(&mut grid);
                grids.push(grid);
                Ok(())
            })?;
            let Some(grid) = grids.into_iter().next() else {
                return Ok(());
            };
            write_atomic(&dir.join(&name), |out| write_csv(&grid, delimiter, out))?;
        }
        _ => {
            let target = dir.join(&name);
            let display = target.display().to_string();
            if let Some(bytes) = copy_workbook(file, catalog, &display, edit)? {
                write_atomic(&target, |out| out.write_all(&bytes))?;
            }
        }
    }
    Ok(())
}

/// Sets one cell's text (zero-based row and column), keeping rows and cells in order.
fn set_cell(grid: &mut Grid, row: u32, column: u32, text: &str) {
    let index = match grid.rows.binary_search_by_key(&row, |r| r.row) {
        Ok(i) => i,
        Err(i) => {
            grid.rows.insert(
                i,
                GridRow {
                    row,
                    cells: Vec::new(),
                },
            );
            i
        }
    };
    let cells = &mut grid.rows[index].cells;
    let cell = GridCell {
        col: column,
        text: text.to_string(),
        numeric: false,
    };
    match cells.binary_search_by_key(&column, |c| c.col) {
        Ok(i) => cells[i] = cell,
        Err(i) => cells.insert(i, cell),
    }
}

/// A grid as CSV in UTF-8 with a BOM (Excel and WPS then open it correctly), every row as wide as
/// the widest.
fn write_csv(grid: &Grid, delimiter: u8, out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(b"\xEF\xBB\xBF")?;
    let width = grid
        .rows
        .iter()
        .filter_map(|r| r.cells.last().map(|c| c.col as usize + 1))
        .max()
        .unwrap_or(0);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    let mut next = 0u32;
    let empty = vec![""; width];
    for row in &grid.rows {
        while next < row.row {
            writer.write_record(&empty)?;
            next += 1;
        }
        let mut record = vec![""; width];
        for cell in &row.cells {
            record[cell.col as usize] = &cell.text;
        }
        writer.write_record(&record)?;
        next = row.row + 1;
    }
    writer.flush()?;
    Ok(())
}
