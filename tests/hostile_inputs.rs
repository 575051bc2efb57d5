//! Inputs built to hurt: small files that ask the reader to expand far more than they hold, merged
//! regions stacked on each other, a glossary whose rules pass one by one but not together. svcat
//! refuses each with an error naming the file (exit 2) and goes on with the other inputs, or
//! reads it with bounded work; it never panics, aborts or runs for minutes. Every file is built
//! here, in a temporary directory.

mod common;

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

/// A good input read next to each hostile one: its 12 items must still come out.
const GOOD: &str = "catalogs/sample-town/02社会保障服务中心.csv";
const GOOD_ITEMS: usize = 12;

/// Writes a zip package: (name, bytes) entries, the first stored (an ods `mimetype` must be).
fn package(path: &Path, entries: &[(&str, &[u8])]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (i, (name, bytes)) in entries.iter().enumerate() {
        let method = if i == 0 {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// An ods file whose one sheet, 卫生健康办, holds `rows` (table rows as XML).
fn ods(path: &Path, rows: &str) {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="卫生健康办">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    package(
        path,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", content.as_bytes()),
            ("META-INF/manifest.xml", manifest.as_bytes()),
        ],
    );
}

/// An xlsx file with one sheet, 民政办, whose `<worksheet>` body is `sheet` (sheetData and more).
fn xlsx(path: &Path, sheet: &str) {
    let content_types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="民政办" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let workbook_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
    );
    package(
        path,
        &[
            ("[Content_Types].xml", content_types.as_bytes()),
            ("_rels/.rels", rels.as_bytes()),
            ("xl/workbook.xml", workbook.as_bytes()),
            ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ],
    );
}

fn inline(cell: &str, text: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// `svcat import FILES… -o OUT --quiet` under a 4 GB address-space limit (so a reader that asks
/// for gigabytes aborts instead of taking the machine), with a generous time limit that only
/// stops a runaway. Returns the exit code, the items written and stderr.
fn import(files: &[&Path], out: &Path) -> (Option<i32>, Vec<Value>, String) {
    let output = assert_cmd::Command::new("bash")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("-c")
        .arg(r#"ulimit -v 4000000 && exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_svcat"))
        .arg("import")
        .args(files)
        .arg("-o")
        .arg(out)
        .arg("--quiet")
        .timeout(Duration::from_secs(300))
        .output()
        .expect("runs");
    let items = std::fs::read_to_string(out)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|json| json["items"].as_array().cloned())
        .unwrap_or_default();
    (
        output.status.code(),
        items,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The hostile file is refused with `message`, naming the file and the sheet; the good input next
/// to it is still read whole.
fn assert_refused_alone(file: &Path, out: &Path, message: &str) {
    let (code, items, stderr) = import(&[file, Path::new(GOOD)], out);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let named = format!("{}!卫生健康办：", file.display());
    assert!(stderr.contains(&named), "names file and sheet: {stderr}");
    assert!(stderr.contains(message), "{stderr}");
    assert_eq!(items.len(), GOOD_ITEMS, "the other input is still read");
}

/// A row of `repeats` rows, each of `cells` copies of one string cell whose paragraph is never
/// closed. calamine reads a string cell's text up to the cell's end tag, whatever is open; the
/// pre-scan counted open elements, lost the row's end in the unclosed paragraph, and never added
/// the row up: this 1 KB file then expanded to 99 million cells (6.2 GB).
#[test]
fn ods_unclosed_paragraph_cannot_hide_repeated_cells() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("unclosed.ods");
    ods(
        &file,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>事项名称</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="99000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</table:table-cell></table:table-row>"#,
    );
    assert!(std::fs::metadata(&file).unwrap().len() < 2000);
    assert_refused_alone(
        &file,
        &dir.path().join("out.json"),
        "工作表展开重复的行、列后有 99001 行 × 1000 列，超过读取上限（16777216 个单元格）",
    );
}

/// A string cell with no text is a value to calamine (an empty string, not an empty cell), so it
/// widens the sheet as any value does.
#[test]
fn ods_empty_string_cells_count_as_values() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empty-strings.ods");
    ods(
        &file,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>事项名称</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="99000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"/></table:table-row>"#,
    );
    assert_refused_alone(
        &file,
        &dir.path().join("out.json"),
        "工作表展开重复的行、列后有 99001 行 × 1000 列，超过读取上限（16777216 个单元格）",
    );
}

/// A cell note (`office:annotation`) that never ends: calamine looks for its end past the end of
/// the content, forever.
#[test]
fn ods_unfinished_note_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("note.ods");
    ods(
        &file,
        r#"<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>批注</text:p></table:table-cell></table:table-row>"#,
    );
    assert_refused_alone(
        &file,
        &dir.path().join("out.json"),
        "文件内容在这张工作表中途结束",
    );
}

/// A space run (`<text:s text:c="…"/>`) of billions: calamine writes every space into the cell.
#[test]
fn ods_huge_space_run_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spaces.ods");
    ods(
        &file,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>事项名称<text:s text:c="4000000000"/></text:p></table:table-cell></table:table-row>"#,
    );
    assert_refused_alone(&file, &dir.path().join("out.json"), "文字展开后");
}

/// 100,000 merged regions stacked on one another, every one `Z2:XFD1048576` or `Z2:XFC1048576`,
/// in a 26 KB xlsx over 200 item rows. Each row walked the 16,359 columns once per region (about
/// a second a row, over three minutes in all, in a release build; twenty seconds a row in a debug
/// one). Regions that overlap an earlier one are dropped, as Excel drops them when it repairs
/// such a file: the first fills Z:XFD below its top-left cell, and the items are read as written.
#[test]
fn stacked_merged_regions_fill_each_cell_once() {
    const ROWS: usize = 200;
    const MERGES: usize = 100_000;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stacked.xlsx");
    let mut sheet = String::from("<sheetData><row r=\"1\">");
    sheet.push_str(&inline("A1", "事项名称"));
    sheet.push_str(&inline("B1", "事项类型"));
    sheet.push_str("</row>");
    for i in 1..=ROWS {
        let r = i + 1;
        sheet.push_str(&format!("<row r=\"{r}\">"));
        sheet.push_str(&inline(&format!("A{r}"), &format!("事项{i}")));
        sheet.push_str(&inline(&format!("B{r}"), "行政许可"));
        if r == 2 {
            sheet.push_str(&inline("Z2", "合并说明"));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str(&format!("</sheetData><mergeCells count=\"{MERGES}\">"));
    for k in 0..MERGES {
        let last = if k % 2 == 0 { "XFD" } else { "XFC" };
        sheet.push_str(&format!("<mergeCell ref=\"Z2:{last}1048576\"/>"));
    }
    sheet.push_str("</mergeCells>");
    xlsx(&file, &sheet);
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(size < 30_000, "{size} bytes");

    let (code, items, stderr) = import(&[&file], &dir.path().join("out.json"));
    assert_eq!(code, Some(0), "{stderr}");
    let names: Vec<&str> = items.iter().filter_map(|i| i["name"].as_str()).collect();
    let expected: Vec<String> = (1..=ROWS).map(|i| format!("事项{i}")).collect();
    assert_eq!(names, expected);
    assert!(items.iter().all(|i| i["kind"] == "行政许可"));
    // Only the header's columns are read into items.
    assert!(
        items
            .iter()
            .all(|i| i["source"]["cells"].as_object().unwrap().len() == 2)
    );

    // Columns Z to XFD (16,359 of them) filled from above on every item row below the first.
    let out = common::svcat()
        .args(["check", "--format", "json", "--quiet"])
        .arg(&file)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let merged: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "S005")
        .filter_map(|f| f["message"].as_str())
        .collect();
    let cells = 16_359 * (ROWS - 1);
    assert_eq!(
        merged,
        [format!("数据区有合并单元格，已把合并的值填入 {cells} 个单元格").as_str()]
    );
}

/// `svcat guide GOOD -o DIR --glossary FILE`: exit code, stderr.
fn guide_with(glossary: &Path, dir: &Path) -> (Option<i32>, String) {
    let out = common::svcat()
        .args(["guide", GOOD, "--quiet", "-o"])
        .arg(dir.join("guide"))
        .arg("--glossary")
        .arg(glossary)
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A pattern rule that compiles alone, about a fiftieth of the regex size limit.
fn large_rule(i: usize) -> String {
    format!("[[replace]]\npattern = '[一-龥]{{400}}甲{i}'\nto = \"乙\"\n\n")
}

/// Rules that each pass validation but together are past the regex size limit: `guide` panicked
/// building the one regex of all rules. The glossary is refused when loaded, naming the file.
#[test]
fn glossary_too_large_together_is_refused_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    // One such rule alone is a valid glossary.
    let one = dir.path().join("one.toml");
    std::fs::write(&one, large_rule(0)).unwrap();
    let (code, stderr) = guide_with(&one, dir.path());
    assert_eq!(code, Some(0), "{stderr}");

    let many = dir.path().join("many.toml");
    let text: String = (0..200).map(large_rule).collect();
    std::fs::write(&many, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let (code, stderr) = guide_with(&many, out.path());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let message = format!(
        "术语表 {} 的替换规则（[[replace]]）合在一起过于庞大，超出正则表达式的大小上限（10 MB）",
        many.display()
    );
    assert!(stderr.contains(&message), "{stderr}");
    assert!(!out.path().join("guide").exists(), "nothing written");
}
