//! The export benchmark's baseline: rust_xlsxwriter writing the same cells as `svcat export`, with
//! nothing else done.
//!
//!     cargo run --release --example bare_write -- FILE OUT.xlsx
//!
//! Reads every row of FILE (csv: the `csv` crate; xlsx, xlsm, xls, ods: calamine's first sheet)
//! into memory first, untimed, then writes every cell with `write_string` into one worksheet in
//! constant-memory mode (as svcat writes department sheets) and saves OUT.xlsx, timed.
//!
//! Prints `rows=N cells=M write_s=S`: the rows and non-empty cells written and the seconds the
//! writing and saving took.

use std::error::Error;
use std::path::Path;
use std::time::Instant;

use calamine::{Data, Reader, open_workbook_auto};
use rust_xlsxwriter::Workbook;

fn read_csv(path: &Path) -> Result<Vec<Vec<String>>, Box<dyn Error>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)?;
    let mut rows = Vec::new();
    for record in reader.records() {
        rows.push(record?.iter().map(str::to_string).collect());
    }
    Ok(rows)
}

fn read_workbook(path: &Path) -> Result<Vec<Vec<String>>, Box<dyn Error>> {
    let mut book = open_workbook_auto(path)?;
    let name = book.sheet_names().first().cloned().ok_or("no sheet")?;
    let range = book.worksheet_range(&name)?;
    Ok(range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect())
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: bare_write FILE OUT.xlsx");
        std::process::exit(2);
    };
    let input = Path::new(input);
    let ext = input
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let rows = match ext.as_str() {
        "csv" => read_csv(input)?,
        _ => read_workbook(input)?,
    };

    let start = Instant::now();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    let mut cells = 0u64;
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32, c as u16, text)?;
                cells += 1;
            }
        }
    }
    workbook.save(Path::new(output))?;
    let seconds = start.elapsed().as_secs_f64();
    println!("rows={} cells={cells} write_s={seconds:.3}", rows.len());
    Ok(())
}
