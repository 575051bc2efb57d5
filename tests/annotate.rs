//! `svcat check --annotate OUT.xlsx` on the sample town catalog: the 问题清单 sheet, the copies of
//! the departments' sheets at their own rows and columns, fills and notes on problem cells,
//! determinism, refusing to overwrite inputs, and LibreOffice opening the result.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use calamine::{Data, Reader, Xlsx, open_workbook, open_workbook_auto};
use common::{fixture, svcat};
use pretty_assertions::assert_eq;
use regex::Regex;
use serde_json::Value;

const SAMPLE: &str = "catalogs/sample-town";
const C001_MESSAGE: &str = "承诺办结时限（30个工作日）超过法定办结时限（20个工作日）";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `svcat check INPUTS… --format json --annotate OUT`: (exit code, JSON report, stderr).
fn annotate(inputs: &[&Path], out: &Path) -> (i32, Value, String) {
    let output = svcat()
        .arg("check")
        .arg("-q")
        .args(inputs)
        .args(["--format", "json", "--annotate"])
        .arg(out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let json = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    (output.status.code().unwrap(), json, stderr)
}

/// The sample town annotated into a fresh directory: (dir, workbook path, JSON report).
fn annotated_sample() -> (tempfile::TempDir, PathBuf, Value) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("问题标注.xlsx");
    let (code, report, stderr) = annotate(&[&root().join(SAMPLE)], &out);
    assert_eq!(code, 1, "the sample has errors: {stderr}");
    assert!(out.is_file(), "no workbook written: {stderr}");
    (dir, out, report)
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().unwrap()
}

/// A sheet's non-empty cells as text, by (zero-based row, column) in the sheet.
fn cells(range: &calamine::Range<Data>) -> BTreeMap<(u32, u32), String> {
    range
        .cells()
        .filter(|(_, _, v)| !matches!(v, Data::Empty))
        .map(|(r, c, v)| {
            let (r0, c0) = range.start().unwrap();
            ((r0 + r as u32, c0 + c as u32), v.to_string())
        })
        .filter(|(_, text)| !text.is_empty())
        .collect()
}

fn sheet_cells(path: &Path, sheet: &str) -> BTreeMap<(u32, u32), String> {
    let mut book = open_workbook_auto(path).unwrap();
    cells(&book.worksheet_range(sheet).unwrap())
}

/// "P10" → (9, 15).
fn cell_pos(cell: &str) -> (u32, u32) {
    let letters: String = cell.chars().take_while(char::is_ascii_uppercase).collect();
    let col = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
        - 1;
    let row: u32 = cell[letters.len()..].parse().unwrap();
    (row - 1, col)
}

/// The 问题清单 rows under its header row (the one starting with 序号).
fn list_rows(path: &Path) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range("问题清单").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let header = rows
        .iter()
        .position(|r| r[0] == "序号")
        .expect("a header row");
    assert_eq!(
        rows[header],
        [
            "序号",
            "级别",
            "规则",
            "文件",
            "工作表",
            "单元格",
            "事项编码",
            "事项名称",
            "问题",
            "修改建议"
        ]
    );
    rows[header + 1..].to_vec()
}

// --- the xlsx package, read as XML ------------------------------------------------------------

struct Package {
    zip: zip::ZipArchive<std::fs::File>,
}

impl Package {
    fn open(path: &Path) -> Package {
        Package {
            zip: zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap(),
        }
    }

    fn read(&mut self, name: &str) -> String {
        let mut entry = self
            .zip
            .by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        text
    }

    /// The target of relationship `id` in a .rels part, resolved against `base` (a folder).
    fn relationship(&mut self, rels: &str, pattern: &str, base: &str) -> String {
        let xml = self.read(rels);
        let re = Regex::new(&format!(r#"<Relationship [^>]*{pattern}[^>]*/>"#)).unwrap();
        let rel = re
            .find(&xml)
            .unwrap_or_else(|| panic!("no {pattern} in {rels}"))
            .as_str();
        let target = Regex::new(r#"Target="([^"]+)""#)
            .unwrap()
            .captures(rel)
            .unwrap()[1]
            .to_string();
        match target.strip_prefix("../") {
            Some(up) => format!("xl/{up}"),
            None => format!("{base}/{target}"),
        }
    }

    /// The worksheet part of the sheet named `name` (through workbook.xml and its rels).
    fn sheet_part(&mut self, name: &str) -> String {
        let workbook = self.read("xl/workbook.xml");
        let re = Regex::new(&format!(
            r#"<sheet name="{}" sheetId="\d+" r:id="(rId\d+)""#,
            regex::escape(name)
        ))
        .unwrap();
        let id = re
            .captures(&workbook)
            .unwrap_or_else(|| panic!("no sheet {name} in {workbook}"))[1]
            .to_string();
        self.relationship("xl/_rels/workbook.xml.rels", &format!(r#"Id="{id}""#), "xl")
    }

    /// The comments part of a worksheet part.
    fn comments_part(&mut self, sheet_part: &str) -> String {
        let (dir, file) = sheet_part.rsplit_once('/').unwrap();
        self.relationship(
            &format!("{dir}/_rels/{file}.rels"),
            r#"Type="[^"]+/comments""#,
            dir,
        )
    }

    /// The fill colour (ARGB) of a cell's style, or None when it has no fill.
    fn fill_of(&mut self, sheet_part: &str, cell: &str) -> Option<String> {
        let sheet = self.read(sheet_part);
        let re = Regex::new(&format!(r#"<c r="{cell}"(?: s="(\d+)")?"#)).unwrap();
        let style: usize = re
            .captures(&sheet)
            .unwrap_or_else(|| panic!("no cell {cell} in {sheet_part}"))
            .get(1)?
            .as_str()
            .parse()
            .unwrap();
        let styles = self.read("xl/styles.xml");
        let section = |tag: &str| -> Vec<String> {
            let block = Regex::new(&format!(r"(?s)<{tag}[^>]*>(.*?)</{tag}>"))
                .unwrap()
                .captures(&styles)
                .unwrap()[1]
                .to_string();
            let item = if tag == "fills" { "fill" } else { "xf" };
            Regex::new(&format!(r"(?s)<{item}\b[^>]*?(?:/>|>.*?</{item}>)"))
                .unwrap()
                .find_iter(&block)
                .map(|m| m.as_str().to_string())
                .collect()
        };
        let xf = &section("cellXfs")[style];
        let fill_id: usize = Regex::new(r#"fillId="(\d+)""#).unwrap().captures(xf)?[1]
            .parse()
            .unwrap();
        let fill = &section("fills")[fill_id];
        Regex::new(r#"fgColor rgb="([0-9A-F]{8})""#)
            .unwrap()
            .captures(fill)
            .map(|c| c[1].to_string())
    }
}

/// The text of the comment on `cell` in a comments part, tags stripped.
fn comment_text(comments: &str, cell: &str) -> Option<String> {
    let re = Regex::new(&format!(
        r#"(?s)<comment ref="{cell}"[^>]*>(.*?)</comment>"#
    ))
    .unwrap();
    let body = re.captures(comments)?[1].to_string();
    let text: String = Regex::new(r"(?s)<t[^>]*>(.*?)</t>")
        .unwrap()
        .captures_iter(&body)
        .map(|c| c[1].to_string())
        .collect();
    Some(text)
}

// --- tests ------------------------------------------------------------------------------------

#[test]
fn list_has_one_row_per_finding_in_report_order() {
    let (_dir, out, report) = annotated_sample();
    let rows = list_rows(&out);
    let findings = findings(&report);
    assert_eq!(rows.len(), findings.len());
    let severity = |s: &str| match s {
        "error" => "错误",
        "warning" => "警告",
        _ => "提示",
    };
    for (i, (row, f)) in rows.iter().zip(findings).enumerate() {
        let place = match (f["cell"].as_str(), f["row"].as_u64()) {
            (Some(cell), _) => cell.to_string(),
            (None, Some(r)) => format!("第{r}行"),
            _ => "整表".to_string(),
        };
        let expected = [
            (i + 1).to_string(),
            severity(f["severity"].as_str().unwrap()).to_string(),
            f["rule"].as_str().unwrap().to_string(),
            f["file"].as_str().unwrap().to_string(),
            f["sheet"].as_str().unwrap_or_default().to_string(),
            place,
            f["item"]["code"].as_str().unwrap_or_default().to_string(),
            f["item"]["name"].as_str().unwrap_or_default().to_string(),
            f["message"].as_str().unwrap().to_string(),
        ];
        assert_eq!(row[..9], expected, "row {}", i + 1);
        assert!(
            row[9].starts_with(f["help"].as_str().unwrap()),
            "row {}: {}",
            i + 1,
            row[9]
        );
    }
    // The summary line counts what the report counts.
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let list = book.worksheet_range("问题清单").unwrap();
    assert_eq!(
        list.get_value((0, 0)).unwrap().to_string(),
        "政务服务事项目录检查问题清单"
    );
    let summary = list.get_value((1, 0)).unwrap().to_string();
    let s = &report["summary"];
    assert!(
        summary.contains(&format!(
            "发现问题 {} 条（错误 {} 条、警告 {} 条、提示 {} 条）",
            findings.len(),
            s["errors"],
            s["warnings"],
            s["infos"]
        )),
        "{summary}"
    );
}

#[test]
fn copies_keep_each_source_sheet_at_its_own_rows_and_columns() {
    let (_dir, out, _) = annotated_sample();
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    // 问题清单 first, then one copy per source sheet with items or findings, in catalog order.
    assert_eq!(
        book.sheet_names(),
        [
            "问题清单",
            "填报说明",
            "实施清单",
            "02社会保障服务中心",
            "卫生健康办",
            "Sheet1",
            "退役军人服务站",
            "农业农村办",
            "规划建设办",
            "司法所",
            "综合行政执法办",
            "汇总",
        ]
    );

    let minzheng = root().join(SAMPLE).join("01民政办.xlsx");
    let copy = sheet_cells(&out, "实施清单");
    assert_eq!(copy[&cell_pos("P10")], "30个工作日");
    assert_eq!(copy[&cell_pos("A1")], "青石镇民政办政务服务事项实施清单");
    assert_eq!(copy[&(0, 0)], sheet_cells(&minzheng, "实施清单")[&(0, 0)]);

    // Every cell of every workbook sheet, title rows and headers included, where it was.
    for (file, sheets) in [
        ("01民政办.xlsx", &["填报说明", "实施清单"][..]),
        ("03卫生健康办.ods", &["卫生健康办"]),
        ("04残疾人联合会.xls", &["Sheet1"]),
        (
            "05综合.xlsx",
            &[
                "退役军人服务站",
                "农业农村办",
                "规划建设办",
                "司法所",
                "综合行政执法办",
                "汇总",
            ],
        ),
    ] {
        let source = root().join(SAMPLE).join(file);
        for sheet in sheets {
            assert_eq!(
                sheet_cells(&out, sheet),
                sheet_cells(&source, sheet),
                "{file}!{sheet}"
            );
        }
    }

    // Merged regions are recreated.
    let merges = |path: &Path, sheet: &str| {
        let mut book: Xlsx<_> = open_workbook(path).unwrap();
        let mut m: Vec<_> = book
            .merge_cells_by_sheet_name(sheet)
            .unwrap()
            .iter()
            .map(|d| (d.start, d.end))
            .collect();
        m.sort_unstable();
        m
    };
    let source_merges = merges(&minzheng, "实施清单");
    assert!(source_merges.len() > 30);
    assert_eq!(merges(&out, "实施清单"), source_merges);
}

#[test]
fn csv_source_becomes_one_sheet_named_after_the_file() {
    let (_dir, out, _) = annotated_sample();
    let bytes = std::fs::read(root().join(SAMPLE).join("02社会保障服务中心.csv")).unwrap();
    let text = svcat_ingest::decode(&bytes, "csv").unwrap().text;
    let mut expected = BTreeMap::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for (r, record) in reader.records().enumerate() {
        for (c, field) in record.unwrap().iter().enumerate() {
            if !field.is_empty() {
                expected.insert((r as u32, c as u32), field.to_string());
            }
        }
    }
    assert_eq!(sheet_cells(&out, "02社会保障服务中心"), expected);
}

#[test]
fn problem_cells_are_filled_by_severity_and_carry_notes() {
    let (_dir, out, _) = annotated_sample();
    let mut package = Package::open(&out);
    let sheet = package.sheet_part("实施清单");

    // P10 (C001, an error) red; C13 (G001, a warning) yellow; H11 (F011, an info) light blue;
    // a cell without findings has no fill.
    assert_eq!(package.fill_of(&sheet, "P10").as_deref(), Some("FFFFC7CE"));
    assert_eq!(package.fill_of(&sheet, "C13").as_deref(), Some("FFFFEB9C"));
    assert_eq!(package.fill_of(&sheet, "H11").as_deref(), Some("FFDDEBF7"));
    assert_eq!(package.fill_of(&sheet, "O10"), None);

    let comments_part = package.comments_part(&sheet);
    let comments = package.read(&comments_part);
    assert!(comments.contains("<author>svcat</author>"), "{comments}");
    let note = comment_text(&comments, "P10").expect("a note on P10");
    assert!(note.contains(&format!("[C001] {C001_MESSAGE}")), "{note}");
    assert!(note.contains("建议："), "{note}");
    assert!(comment_text(&comments, "O10").is_none());

    // The list links to the cell in the copy.
    let list = package.sheet_part("问题清单");
    let list_xml = package.read(&list);
    assert!(
        list_xml.contains(r#"location="'实施清单'!P10""#),
        "no link to P10 in the list"
    );

    // A finding about a whole row (the skipped 合计 row 14 of the .xls) marks the row's first
    // non-empty cell and is listed as 第14行.
    let sheet1 = package.sheet_part("Sheet1");
    let comments_part = package.comments_part(&sheet1);
    let comments = package.read(&comments_part);
    let row14 = Regex::new(r#"<comment ref="([A-Z]+)14""#)
        .unwrap()
        .captures(&comments)
        .expect("a note on row 14")[1]
        .to_string();
    let first = sheet_cells(&out, "Sheet1")
        .into_iter()
        .find(|((r, _), _)| *r == 13)
        .map(|((_, c), _)| c)
        .unwrap();
    assert_eq!(cell_pos(&format!("{row14}14")).1, first);
    assert!(
        comment_text(&comments, &format!("{row14}14"))
            .unwrap()
            .contains("[S006]")
    );
    assert!(
        list_rows(&out)
            .iter()
            .any(|r| r[2] == "S006" && r[5] == "第14行")
    );
}

#[test]
fn identical_inputs_give_byte_identical_workbooks() {
    let (dir, first, _) = annotated_sample();
    // A second run a little later, into another file name.
    std::thread::sleep(Duration::from_millis(1100));
    let second = dir.path().join("again.xlsx");
    let (code, _, stderr) = annotate(&[&root().join(SAMPLE)], &second);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        std::fs::read(&first).unwrap() == std::fs::read(&second).unwrap(),
        "the two workbooks differ"
    );
}

#[test]
fn refuses_to_write_over_an_input() {
    let sample = root().join(SAMPLE);
    let target = sample.join("01民政办.xlsx");
    let before = std::fs::read(&target).unwrap();
    for (inputs, out) in [
        // A file in an input directory.
        (vec![sample.clone()], target.clone()),
        // An input file given by name.
        (vec![target.clone()], target.clone()),
    ] {
        let output = svcat()
            .args(["check", "-q"])
            .args(&inputs)
            .arg("--annotate")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("不会覆盖输入文件"), "{stderr}");
    }
    assert!(std::fs::read(&target).unwrap() == before, "input changed");

    // Not an .xlsx name.
    let dir = tempfile::tempdir().unwrap();
    let output = svcat()
        .args(["check", "-q", SAMPLE, "--annotate"])
        .arg(dir.path().join("out.xls"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(".xlsx"));
    assert!(!dir.path().join("out.xls").exists());
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("公式.csv");
    std::fs::write(
        &csv,
        "序号,事项名称,实施编码,备注\n\
         1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"点此\"\")\",+8605318810,@SUM(A1)\n\
         2,-1+2,=1+1,'=A1\n",
    )
    .unwrap();
    let out = dir.path().join("out.xlsx");
    let (_, _, stderr) = annotate(&[&csv], &out);
    assert!(out.is_file(), "{stderr}");
    let copy = sheet_cells(&out, "公式");
    assert_eq!(copy[&(1, 1)], r#"=HYPERLINK("http://example.com","点此")"#);
    assert_eq!(copy[&(1, 2)], "+8605318810");
    assert_eq!(copy[&(1, 3)], "@SUM(A1)");
    assert_eq!(copy[&(2, 1)], "-1+2");
    assert_eq!(copy[&(2, 2)], "=1+1");
    let mut package = Package::open(&out);
    let part = package.sheet_part("公式");
    assert!(
        !package.read(&part).contains("<f>"),
        "a formula was written"
    );
}

#[test]
fn every_ingest_shape_can_be_annotated() {
    let dir = tempfile::tempdir().unwrap();
    for (i, input) in [
        "ingest/grouped.xlsx",
        "ingest/legacy.xls",
        "ingest/sheets.ods",
        "ingest/gbk.csv",
        "ingest/bom-semicolon.csv",
        "ingest/utf16.tsv",
        // One unreadable file among readable ones: the rest is still annotated.
        "ingest/dir-catalog",
    ]
    .into_iter()
    .enumerate()
    {
        let out = dir.path().join(format!("{i}.xlsx"));
        let (code, report, stderr) = annotate(&[&fixture(input)], &out);
        let expected = if input.ends_with("dir-catalog") { 2 } else { 1 };
        assert_eq!(code, expected, "{input}: {stderr}");
        assert!(out.is_file(), "{input}: {stderr}");
        assert_eq!(list_rows(&out).len(), findings(&report).len(), "{input}");
        let book: Xlsx<_> = open_workbook(&out).unwrap();
        assert!(book.sheet_names().len() > 1, "{input}: no copies");
    }
}

// --- LibreOffice as the real client -----------------------------------------------------------

fn find_on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// Runs soffice headless with its own profile (parallel runs must not share one), killing it if
/// it hangs.
fn soffice(soffice: &Path, profile: &Path, args: &[&str], file: &Path, outdir: &Path) {
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore"])
        .args(args)
        .arg("--outdir")
        .arg(outdir)
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("soffice starts");
    let deadline = Instant::now() + Duration::from_secs(240);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "soffice {args:?} failed: {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("soffice {args:?} did not finish in time");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
#[ignore = "needs LibreOffice (libreoffice-calc); .ci/run installs it"]
fn libreoffice_opens_the_annotated_workbook() {
    // Ignored unless asked for: asked for, it fails without LibreOffice rather than pass unrun.
    let program = find_on_path("soffice").unwrap_or_else(|| {
        panic!(
            "soffice (LibreOffice) is not on PATH: this test opens the annotated workbook in it. \
             Install libreoffice-calc (.ci/run does), or leave out --include-ignored"
        )
    });
    let (dir, out, _) = annotated_sample();
    let profile = dir.path().join("lo-profile");

    // PDF: the whole workbook prints.
    let pdf_dir = dir.path().join("pdf");
    soffice(&program, &profile, &["--convert-to", "pdf"], &out, &pdf_dir);
    let pdf = std::fs::read(pdf_dir.join("问题标注.pdf")).expect("a PDF");
    assert!(pdf.starts_with(b"%PDF") && pdf.len() > 1000);

    // CSV, UTF-8: every sheet to its own file (the last filter option, LibreOffice 7.2+).
    let csv_dir = dir.path().join("csv");
    soffice(
        &program,
        &profile,
        &[
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        ],
        &out,
        &csv_dir,
    );
    let per_sheet = csv_dir.join("问题标注-问题清单.csv");
    let list = if per_sheet.is_file() {
        // The copy of 实施清单 reads back with 30个工作日 at P10.
        let copy = std::fs::read_to_string(csv_dir.join("问题标注-实施清单.csv")).unwrap();
        let record = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(copy.as_bytes())
            .records()
            .nth(9)
            .unwrap()
            .unwrap();
        assert_eq!(&record[15], "30个工作日");
        std::fs::read(per_sheet).unwrap()
    } else {
        // An older LibreOffice writes the first sheet only.
        let first = csv_dir.join("问题标注.csv");
        if !first.is_file() {
            soffice(
                &program,
                &profile,
                &["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1"],
                &out,
                &csv_dir,
            );
        }
        std::fs::read(first).unwrap()
    };
    let list = String::from_utf8(list).expect("UTF-8 CSV");
    assert!(list.starts_with("政务服务事项目录检查问题清单"), "{list}");
    assert!(list.contains(C001_MESSAGE), "{list}");
    assert!(list.contains("序号,级别,规则,文件,工作表,单元格"), "{list}");
}

/// 问题清单's rows are as tall as their wrapped text (issue 18, item 14): LibreOffice and WPS keep
/// a row at the default height unless the file says otherwise, and a long message would show only
/// its first line. A one-line finding keeps the default height.
#[test]
fn the_list_rows_are_as_tall_as_their_text() {
    let (_dir, out, report) = annotated_sample();
    let mut package = Package::open(&out);
    let part = package.sheet_part("问题清单");
    let xml = package.read(&part);
    let heights: BTreeMap<u32, f64> = Regex::new(r#"<row r="(\d+)"[^>]*? ht="([\d.]+)""#)
        .unwrap()
        .captures_iter(&xml)
        .map(|c| (c[1].parse().unwrap(), c[2].parse().unwrap()))
        .collect();
    let findings = findings(&report);
    let header = sheet_cells(&out, "问题清单")
        .into_iter()
        .find(|((_, c), text)| *c == 0 && text == "序号")
        .map(|((r, _), _)| r as usize)
        .unwrap();
    let mut tall = 0;
    for (i, f) in findings.iter().enumerate() {
        let row = (header + 2 + i) as u32;
        let message = f["message"].as_str().unwrap();
        // The message column is 50 wide: a message past 25 Chinese characters wraps.
        if message.chars().count() > 30 {
            let height = heights.get(&row).copied().unwrap_or(0.0);
            assert!(height >= 31.0, "row {row} ({message}) is {height} points");
            tall += 1;
        }
    }
    assert!(tall > 5, "{tall} long messages");
}
