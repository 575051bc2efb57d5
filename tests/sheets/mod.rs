//! Reading back what svcat wrote: workbook cells at their exact positions (calamine), the raw
//! sheet XML (to see how a cell is stored), and LibreOffice as a real client.
#![allow(dead_code)]

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, SheetVisible, Xlsx};

fn open(path: &Path) -> Xlsx<BufReader<File>> {
    calamine::open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every sheet's name, in workbook order.
pub fn sheet_names(path: &Path) -> Vec<String> {
    open(path).sheet_names()
}

/// Names of the sheets that are not visible.
pub fn hidden_sheets(path: &Path) -> Vec<String> {
    open(path)
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect()
}

/// A sheet as a grid of text from A1 (empty cells are ""; whole numbers without ".0").
pub fn grid(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    let range = open(path)
        .worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("{}!{sheet}: {e}", path.display()));
    let Some((last_row, last_col)) = range.end() else {
        return Vec::new();
    };
    (0..=last_row)
        .map(|r| {
            (0..=last_col)
                .map(|c| range.get_value((r, c)).map(text).unwrap_or_default())
                .collect()
        })
        .collect()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// Row `r` (1-based, as Excel shows it) of a grid, trailing empty cells dropped.
pub fn row(grid: &[Vec<String>], r: usize) -> Vec<String> {
    let mut cells = grid[r - 1].clone();
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    cells
}

/// The cell at "E7" of a grid.
pub fn cell<'a>(grid: &'a [Vec<String>], reference: &str) -> &'a str {
    let split = reference.find(|c: char| c.is_ascii_digit()).expect("row");
    let (letters, digits) = reference.split_at(split);
    let col = letters
        .bytes()
        .fold(0usize, |n, b| n * 26 + usize::from(b - b'A' + 1))
        - 1;
    let row: usize = digits.parse().expect("row number");
    grid.get(row - 1)
        .and_then(|r| r.get(col))
        .map(String::as_str)
        .unwrap_or("")
}

/// The raw text of a file inside the xlsx zip.
pub fn zip_entry(path: &Path, entry: &str) -> String {
    let mut archive = zip::ZipArchive::new(File::open(path).expect("open")).expect("zip");
    let mut file = archive
        .by_name(entry)
        .unwrap_or_else(|_| panic!("{} has no {entry}", path.display()));
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

/// The XML of a sheet by name (svcat's workbooks number their sheet files in workbook order).
pub fn sheet_xml(path: &Path, sheet: &str) -> String {
    let index = sheet_names(path)
        .iter()
        .position(|s| s == sheet)
        .unwrap_or_else(|| panic!("no sheet {sheet}"));
    zip_entry(path, &format!("xl/worksheets/sheet{}.xml", index + 1))
}

/// Panics if a sheet's XML writes a row twice (Excel then refuses the file as damaged).
pub fn assert_rows_written_once(xml: &str) {
    let re = regex::Regex::new(r#"<row r="(\d+)""#).unwrap();
    let mut rows: Vec<u32> = re
        .captures_iter(xml)
        .map(|c| c[1].parse().unwrap())
        .collect();
    let count = rows.len();
    rows.dedup();
    assert_eq!(rows.len(), count, "a row is written twice");
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "rows out of order");
}

/// The data validations of a sheet's XML as (sqref, type, first formula).
pub fn validations(xml: &str) -> Vec<(String, String, String)> {
    let re =
        regex::Regex::new(r#"<dataValidation ([^>]*?)(?:/>|>(.*?)</dataValidation>)"#).unwrap();
    let formula = regex::Regex::new(r#"<formula1>(.*?)</formula1>"#).unwrap();
    let attr = |attrs: &str, name: &str| {
        regex::Regex::new(&format!(r#"\b{name}="([^"]*)""#))
            .unwrap()
            .captures(attrs)
            .map(|c| c[1].to_string())
            .unwrap_or_default()
    };
    re.captures_iter(xml)
        .map(|c| {
            (
                attr(&c[1], "sqref"),
                attr(&c[1], "type"),
                c.get(2)
                    .and_then(|body| formula.captures(body.as_str()))
                    .map(|f| f[1].to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// The `soffice` binary on PATH. The tests that need it are `#[ignore]`d and run only when asked
/// (`cargo test -- --include-ignored`, as .ci/run does), so without it they fail: asked to open
/// the workbooks in LibreOffice, a test that cannot must not pass.
pub fn soffice() -> PathBuf {
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join("soffice"))
                .find(|p| p.is_file())
        })
        .unwrap_or_else(|| {
            panic!(
                "soffice (LibreOffice) is not on PATH: this test opens svcat's workbooks in it. \
                 Install libreoffice-calc (.ci/run does), or leave out --include-ignored"
            )
        })
}

/// Converts a file with LibreOffice headless into `outdir`, with a private profile so parallel
/// runs and other users' LibreOffice never interfere.
pub fn soffice_convert(soffice: &Path, file: &Path, filter: &str, outdir: &Path) {
    let profile = tempfile::tempdir().expect("profile dir");
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(outdir)
        .arg(file)
        .output()
        .expect("soffice runs");
    assert!(
        output.status.success(),
        "soffice failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// LibreOffice's csv filter: comma, double quote, UTF-8 (76), from line 1; the 12th field, -1,
/// writes every sheet to its own file, NAME-SHEET.csv.
pub const CSV_ALL_SHEETS: &str =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/// LibreOffice's pdf filter with one page per sheet, so pages can be counted against sheets.
pub const PDF_ONE_PAGE_PER_SHEET: &str =
    r#"pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}"#;

/// Pages in a PDF (page objects, not the page tree).
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let re = regex::bytes::Regex::new(r"/Type\s*/Page[^s]").unwrap();
    re.find_iter(pdf).count()
}

/// Parses LibreOffice's csv (UTF-8) into rows.
pub fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    reader
        .records()
        .map(|r| r.expect("csv row").iter().map(str::to_string).collect())
        .collect()
}
