//! The import benchmark's baseline: read every cell of a spreadsheet with nothing else done.
//!
//!     cargo run --release --example bare_read -- FILE [--stream]
//!
//! xlsx, xlsm, xls, ods: calamine `open_workbook_auto` + `worksheet_range` for every sheet (the
//! whole sheet in memory as a `Range`). With `--stream` (xlsx only), calamine's cell reader
//! instead, which is what `svcat import` uses for xlsx.
//! csv, tsv: the `csv` crate reads every record into a reused `StringRecord` (UTF-8 checked,
//! constant memory); the delimiter is a tab for .tsv, else a comma.
//!
//! Prints `cells=N text_bytes=M`: the non-empty cells and the sum of their UTF-8 lengths (numbers
//! as calamine displays them), so the benchmark can relate memory to the file's text.

use std::error::Error;
use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, open_workbook, open_workbook_auto};

#[derive(Default)]
struct Count {
    cells: u64,
    bytes: u64,
}

impl Count {
    fn add(&mut self, len: usize) {
        if len > 0 {
            self.cells += 1;
            self.bytes += len as u64;
        }
    }
}

fn data_len(data: &Data) -> usize {
    match data {
        Data::Empty => 0,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.len(),
        other => other.to_string().len(),
    }
}

fn data_ref_len(data: &DataRef<'_>) -> usize {
    match data {
        DataRef::Empty => 0,
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.len(),
        DataRef::SharedString(s) => s.len(),
        other => Data::from(other.clone()).to_string().len(),
    }
}

fn read_range(path: &Path) -> Result<Count, Box<dyn Error>> {
    let mut count = Count::default();
    let mut book = open_workbook_auto(path)?;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name)?;
        for row in range.rows() {
            for cell in row {
                count.add(data_len(cell));
            }
        }
    }
    Ok(count)
}

fn read_stream(path: &Path) -> Result<Count, Box<dyn Error>> {
    let mut count = Count::default();
    let mut book: Xlsx<_> = open_workbook(path)?;
    for name in book.sheet_names() {
        let mut reader = book.worksheet_cells_reader(&name)?;
        while let Some(cell) = reader.next_cell()? {
            count.add(data_ref_len(cell.get_value()));
        }
    }
    Ok(count)
}

fn read_delimited(path: &Path, delimiter: u8) -> Result<Count, Box<dyn Error>> {
    let mut count = Count::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_path(path)?;
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record)? {
        for field in record.iter() {
            count.add(field.len());
        }
    }
    Ok(count)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args_os().skip(1);
    let (Some(file), stream) = (args.next(), args.next()) else {
        eprintln!("usage: bare_read FILE [--stream]");
        std::process::exit(2);
    };
    let stream = match stream {
        None => false,
        Some(flag) if flag == "--stream" => true,
        Some(other) => return Err(format!("unknown argument {}", other.to_string_lossy()).into()),
    };
    let path = Path::new(&file);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let count = match ext.as_str() {
        "csv" => read_delimited(path, b',')?,
        "tsv" => read_delimited(path, b'\t')?,
        "xlsx" | "xlsm" if stream => read_stream(path)?,
        _ if stream => return Err("--stream reads xlsx and xlsm only".into()),
        _ => read_range(path)?,
    };
    println!("cells={} text_bytes={}", count.cells, count.bytes);
    Ok(())
}
