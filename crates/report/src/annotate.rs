//! `check --annotate OUT.xlsx`: the workbook staff send back to a department. Its first sheet,
//! 问题清单, lists every finding with a link to its cell (`list`); then comes a copy of each
//! source sheet that had items or findings, every cell at the row and column the department sees
//! in its own file (title rows, headers and merges included), with problem cells filled by
//! severity and a note carrying the messages (the copies: `workbook_copy`).
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

mod list;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Workbook, XlsxError};

use svcat_core::error::Error;
use svcat_core::model::Catalog;
use svcat_core::output::write_atomic;
use svcat_core::report::Report;
use svcat_ingest::grid::{Grid, read_grids, source_files};

pub use crate::workbook_copy::LIST_SHEET;
use crate::workbook_copy::{
    Budget, Copy, CopyError, Formats, LIMITS, Limits, SheetKey, SourceRows, copy_sheet, properties,
    sheet_names, squash,
};
use list::{Link, list_sheet};

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
    build(inputs, catalog, report, output, LIMITS, &HiddenRows::new())
}

/// Rows to hide in the copies, by (file, sheet) as findings name them: inclusive ranges of
/// spreadsheet rows (1-based, as findings count them).
pub type HiddenRows = HashMap<(String, Option<String>), Vec<(u32, u32)>>;

/// [`write_annotated`] for a part of the inputs (one department of a town, say): `catalog` and
/// `report` cut to the part, and `hidden` the rows of the part's sheets that belong to others,
/// hidden in the copies (not deleted: every row stays where the source has it).
pub fn write_annotated_part(
    output: &Path,
    inputs: &[PathBuf],
    catalog: &Catalog,
    report: &Report,
    hidden: &HiddenRows,
) -> Result<(), Error> {
    let display = output.display().to_string();
    let bytes = build(inputs, catalog, report, &display, LIMITS, hidden)?;
    write_atomic(output, |out| out.write_all(&bytes))
}

fn build(
    inputs: &[PathBuf],
    catalog: &Catalog,
    report: &Report,
    output: &str,
    limits: Limits,
    hidden: &HiddenRows,
) -> Result<Vec<u8>, Error> {
    let xlsx_error = |e: XlsxError| CopyError::Xlsx(e).into_error(output);
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
            // Spreadsheet rows (1-based) as the copy's rows (0-based).
            let hide: Vec<(u32, u32)> = hidden
                .get(&key)
                .into_iter()
                .flatten()
                .map(|&(first, last)| (first.saturating_sub(1), last.saturating_sub(1)))
                .collect();
            let copy = copy_sheet(
                &mut workbook,
                &grid,
                report,
                findings,
                SourceRows {
                    header_texts: headers.get(&key),
                    hidden: &hide,
                },
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
    let mut bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    svcat_emit::xlsx::mark_bytes_made_on_unix(&mut bytes);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let standard = build(
            &inputs,
            &catalog,
            &report,
            "a.xlsx",
            LIMITS,
            &HiddenRows::new(),
        )
        .unwrap();
        let streamed = Limits {
            constant_memory_rows: 0,
            ..LIMITS
        };
        let streamed = build(
            &inputs,
            &catalog,
            &report,
            "a.xlsx",
            streamed,
            &HiddenRows::new(),
        )
        .unwrap();
        assert_ne!(standard, streamed, "the modes write different XML");
        assert_eq!(read_back(&standard), read_back(&streamed));
        assert_eq!(comment_count(&standard), comment_count(&streamed));
    }

    #[test]
    fn limits_are_reported_not_fatal() {
        let (inputs, catalog, report) = sample_town();
        let few_notes = Limits { notes: 3, ..LIMITS };
        let bytes = build(
            &inputs,
            &catalog,
            &report,
            "a.xlsx",
            few_notes,
            &HiddenRows::new(),
        )
        .unwrap();
        assert_eq!(comment_count(&bytes), 3);
        let sheets = read_back(&bytes);
        assert!(sheets[0].1[1][0].contains("只有前 3 个加了批注"));

        let small_grids = Limits {
            grid_cells: 100,
            ..LIMITS
        };
        let bytes = build(
            &inputs,
            &catalog,
            &report,
            "a.xlsx",
            small_grids,
            &HiddenRows::new(),
        )
        .unwrap();
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
}
