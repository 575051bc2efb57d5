//! The fixed copy of each source file (`svcat fix … -o DIR`): an xlsx workbook and a csv are the
//! department's own file with only the fixed cells changed (see [`super::in_place`]); formats svcat
//! cannot write back (xls, et, ods) become xlsx beside, with the same sheets, rows and columns, and
//! the listing says so; the catalog's catalog.toml goes along.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use svcat_core::error::Error;
use svcat_core::model::Catalog;
use svcat_core::output::write_atomic;
use svcat_ingest::grid::{Grid, GridCell, GridRow, SourceFile, source_files};

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
/// has none; made valid on Windows too (a Linux input may be named `CON.csv` or `a:b.xlsx`).
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
    let name = match ext.as_str() {
        "json" => return None,
        "csv" | "tsv" | "xlsx" | "xlsm" => name,
        _ => name.with_extension("xlsx"),
    };
    Some(PathBuf::from(svcat_core::file_name::file_name(
        &name.to_string_lossy(),
    )))
}

/// What writing the copies came to.
#[derive(Default)]
pub struct Copies {
    /// Files that could not be copied.
    pub failed: Vec<Error>,
    /// What staff should know of the copies: a format written as xlsx instead, a fix not made.
    pub notes: Vec<String>,
}

/// Writes a fixed copy of every source file into `dir`; what could not be copied is in the
/// result (the error is only for the output directory itself).
pub fn write_copies(
    inputs: &[PathBuf],
    dir: &Path,
    fixes: &[CellFix],
    catalog: &Catalog,
) -> Result<Copies, Error> {
    let mut copies = Copies::default();
    let failed = &mut copies.failed;
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
        let own: Vec<&CellFix> = fixes.iter().filter(|f| f.file == file.display).collect();
        // A file that cannot be copied is reported; the others are still copied.
        match copy_one(&file, dir, &own, &mut edit, catalog) {
            Ok(mut notes) => copies.notes.append(&mut notes),
            Err(e) => copies.failed.push(e),
        }
    }
    Ok(copies)
}

/// Writes the fixed copy of one file into `dir`; returns what staff should know of it.
fn copy_one(
    file: &SourceFile,
    dir: &Path,
    fixes: &[&CellFix],
    edit: &mut dyn FnMut(&mut Grid),
    catalog: &Catalog,
) -> Result<Vec<String>, Error> {
    let Some(name) = copy_name(&file.path, &file.display) else {
        return Ok(Vec::new());
    };
    let target = dir.join(&name);
    let ext = |path: &Path| {
        path.extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let mut notes = Vec::new();
    // What the file's name says is not always what it holds (an .xlsx that is a csv): the
    // contents decide, as when it was read.
    let zip = std::fs::File::open(&file.path)
        .and_then(|mut f| {
            let mut head = [0u8; 4];
            std::io::Read::read_exact(&mut f, &mut head).map(|()| head == *b"PK\x03\x04")
        })
        .unwrap_or(false);
    match ext(&name).as_str() {
        "csv" | "tsv" if !zip => {
            let bytes = super::in_place::fix_csv(&file.path, &file.display, fixes)?;
            write_atomic(&target, |out| out.write_all(&bytes))?;
        }
        "xlsx" | "xlsm" if zip && ext(&file.path) == ext(&name) => {
            let (bytes, skipped) = super::in_place::fix_xlsx(&file.path, &file.display, fixes)?;
            write_atomic(&target, |out| out.write_all(&bytes))?;
            notes.extend(
                skipped
                    .into_iter()
                    .map(|(place, why)| format!("{place}：{why}")),
            );
        }
        _ => {
            let display = target.display().to_string();
            if let Some(bytes) = copy_workbook(file, catalog, &display, edit)? {
                write_atomic(&target, |out| out.write_all(&bytes))?;
                notes.push(format!(
                    "{}：.{} 格式不能原样写回，修正后的副本另存为 {}（工作表、行列和内容相同，\
                     样式按 svcat 的标准格式）",
                    file.display,
                    ext(&file.path),
                    name.display()
                ));
            }
        }
    }
    Ok(notes)
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
