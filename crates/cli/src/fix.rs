//! `svcat fix PATHS… -o OUT`: applies only safe fixes and writes a standardized copy; the input is
//! never touched. OUT is a directory (a fixed copy of each file: csv stays csv, in UTF-8 with a
//! BOM; workbooks become xlsx with the same sheets, rows and columns) or a `.json` file (the fixed
//! canonical catalog).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;
use svcat_core::output::{Output, guard_output_names, write_atomic};
use svcat_emit::json::write_catalog_json;
use svcat_ingest::grid::{Grid, GridCell, GridRow, read_grids, source_files};
use svcat_ingest::has_extension;
use svcat_report::annotate::copy_workbook;
use svcat_report::fix::{CellFix, apply_to_catalog, plan_fixes};

use svcat_core::finding::Severity;
use svcat_rules::check_catalog;

#[derive(Debug, Args)]
pub struct FixArgs {
    /// 部门表格、目录或目录 JSON
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// 输出目录（每个文件一份修正后的副本），或 .json 文件（修正后的目录 JSON）
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,

    /// 要素规范：内置名称或 .toml 文件
    #[arg(long, value_name = "NAME|FILE")]
    pub schema: Option<String>,
}

pub fn run(args: &FixArgs, cli: &Cli) -> Result<u8, Error> {
    let to_json = has_extension(&args.output, "json");
    let output = if to_json {
        Output::File(&args.output)
    } else {
        Output::Dir(&args.output)
    };
    super::guard_outputs(&args.paths, args.schema.as_ref(), &[], &[output])?;
    if !to_json {
        guard_output_names(&args.output, &planned_copies(&args.paths)?)?;
    }
    let mut ingested = super::read_catalog(&args.paths, args.schema.as_ref(), cli.quiet)?;
    let report = check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files)?;
    let fixes = plan_fixes(&report);

    let mut copy_errors = Vec::new();
    if to_json {
        apply_to_catalog(&mut ingested.catalog, &fixes);
        write_atomic(&args.output, |out| {
            write_catalog_json(&ingested.catalog, out)
        })?;
    } else {
        copy_errors = write_copies(&args.paths, &args.output, &fixes, &ingested.catalog)?;
    }

    super::write_output(None, |out| {
        for fix in &fixes {
            let header = fix.header.as_deref().unwrap_or("表头");
            writeln!(
                out,
                "{}  {}：{} → {}  [{}]",
                svcat_core::escape::terminal(&fix.location()),
                svcat_core::escape::terminal(header),
                svcat_core::escape::terminal(&fix.old),
                svcat_core::escape::terminal(&fix.new),
                fix.rule
            )?;
        }
        Ok(())
    })?;
    if !cli.quiet {
        let mut by_rule: std::collections::BTreeMap<&str, usize> = Default::default();
        for fix in &fixes {
            *by_rule.entry(fix.rule).or_default() += 1;
        }
        let parts: Vec<String> = by_rule.iter().map(|(r, n)| format!("{r} {n} 处")).collect();
        let fixed_cells: std::collections::HashSet<_> = fixes
            .iter()
            .map(|f| (&f.file, &f.sheet, f.row, f.column))
            .collect();
        let left = report
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .filter(|f| {
                f.fix.is_none()
                    || !f
                        .row
                        .zip(f.column)
                        .is_some_and(|(r, c)| fixed_cells.contains(&(&f.file, &f.sheet, r, c)))
            })
            .count();
        eprintln!(
            "已修正 {} 个单元格{}，写入 {}；其余 {left} 个错误和警告需要人工处理（svcat check 查看）",
            fixes.len(),
            if parts.is_empty() {
                String::new()
            } else {
                format!("（{}）", parts.join("，"))
            },
            args.output.display()
        );
    }
    // A file that could not be read is not reported again for its copy.
    let mut errors = ingested.errors;
    for e in copy_errors {
        if !errors
            .iter()
            .any(|r| r.file().is_some() && r.file() == e.file())
        {
            errors.push(e);
        }
    }
    let failed = super::report_input_errors(errors);
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}

/// The name of each file [`write_copies`] writes, with the input it comes from.
fn planned_copies(inputs: &[PathBuf]) -> Result<Vec<(PathBuf, String)>, Error> {
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
fn write_copies(
    inputs: &[PathBuf],
    dir: &Path,
    fixes: &[CellFix],
    catalog: &svcat_core::model::Catalog,
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
    file: &svcat_ingest::grid::SourceFile,
    dir: &Path,
    edit: &mut dyn FnMut(&mut Grid),
    catalog: &svcat_core::model::Catalog,
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
