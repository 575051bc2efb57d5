//! `svcat template` through the real binary: the instructions, the input sheet's headers and
//! dropdowns, and a filled-in template read back by `svcat import` and `svcat check` with every
//! column mapped.

mod common;
mod sheets;

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::Value;
use sheets::{cell, grid, hidden_sheets, row, sheet_names, sheet_xml, validations};

/// Runs `svcat template ARGS…`; returns (exit code, stderr).
fn template(args: &[&str]) -> (i32, String) {
    let out = svcat().arg("template").args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

fn write_template(path: &Path, extra: &[&str]) -> String {
    let mut args = vec!["-o", path.to_str().unwrap()];
    args.extend(extra);
    let (code, stderr) = template(&args);
    assert_eq!(code, 0, "{stderr}");
    stderr
}

/// Fills rows into a sheet of a workbook the way a department would, keeping everything else
/// (instructions, validations, hidden sheets) as it is: the rows go into the sheet XML as inline
/// strings, and the zip is written again.
fn fill(template: &Path, sheet: &str, rows: &[Vec<String>], out: &Path) {
    let index = sheet_names(template)
        .iter()
        .position(|s| s == sheet)
        .expect("sheet");
    let target = format!("xl/worksheets/sheet{}.xml", index + 1);
    let mut archive = zip::ZipArchive::new(File::open(template).unwrap()).unwrap();
    let mut writer = zip::ZipWriter::new(File::create(out).unwrap());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().expect("entry name").to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == target {
            let xml = String::from_utf8(bytes).unwrap();
            let mut filled = String::new();
            for (r, cells) in rows.iter().enumerate() {
                let n = r + 2;
                filled.push_str(&format!(r#"<row r="{n}">"#));
                for (c, text) in cells.iter().enumerate() {
                    if text.is_empty() {
                        continue;
                    }
                    filled.push_str(&format!(
                        r#"<c r="{}{n}" t="inlineStr"><is><t>{}</t></is></c>"#,
                        letter(c),
                        text.replace('&', "&amp;").replace('<', "&lt;")
                    ));
                }
                filled.push_str("</row>");
            }
            bytes = xml
                .replacen("</sheetData>", &format!("{filled}</sheetData>"), 1)
                .into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&bytes).unwrap();
    }
    writer.finish().unwrap();
}

fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap()
}

/// The example for every column, as the 填报说明 sheet gives it: what a careful department types.
fn example_row(path: &Path, header: &[String]) -> Vec<String> {
    let instructions = grid(path, "填报说明");
    let table_header = instructions
        .iter()
        .position(|r| r.first().map(String::as_str) == Some("序号"))
        .expect("the instructions table");
    header
        .iter()
        .map(|label| {
            if label == "序号" {
                return "1".to_string();
            }
            let r = instructions[table_header + 1..]
                .iter()
                .find(|r| &r[1] == label)
                .unwrap_or_else(|| panic!("{label} is not explained"));
            let (allowed, example) = (&r[5], &r[7]);
            if !example.is_empty() {
                example.clone()
            } else if allowed != "—" {
                allowed.split('；').next().unwrap().to_string()
            } else {
                format!("{label}（示例）")
            }
        })
        .collect()
}

const NATIONAL_ELEMENTS: usize = 49;

#[test]
fn instructions_explain_every_element() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("模板.xlsx");
    let stderr = write_template(&path, &[]);
    assert!(
        stderr.contains("填报说明 + “事项清单”工作表（50 列，17 列带下拉选项），规范 national"),
        "{stderr}"
    );
    assert_eq!(sheet_names(&path), ["填报说明", "事项清单"]);

    let g = grid(&path, "填报说明");
    assert_eq!(cell(&g, "A1"), "政务服务事项填报模板·填报说明");
    assert_eq!(
        cell(&g, "A2"),
        "要素规范：国家政务服务事项实施清单要素（2022版）　　请在“事项清单”工作表中填写"
    );
    assert!(cell(&g, "A4").starts_with("1. 每行填写一个事项"));
    assert_eq!(
        row(&g, 12),
        [
            "序号",
            "表头",
            "要素代码",
            "含义",
            "是否必填",
            "可选值",
            "填写要求",
            "填写示例"
        ]
    );
    assert_eq!(g.len(), 12 + NATIONAL_ELEMENTS);
    // 事项名称: required for every item type, with the schema's meaning and example.
    assert_eq!(
        row(&g, 16),
        [
            "4",
            "事项名称",
            "name",
            "事项的标准名称，一个事项只对应一项服务",
            "必填",
            "—",
            "按实际情况填写，不要填“无”“待定”等占位词",
            "最低生活保障审核确认"
        ]
    );
    // 事项类型: the allowed values, and the first as the example when the schema gives none.
    let kind = g.iter().find(|r| r[2] == "kind").unwrap();
    assert_eq!(kind[4], "必填");
    assert!(
        kind[5].starts_with("行政许可；行政处罚；行政强制；"),
        "{}",
        kind[5]
    );
    assert_eq!(kind[6], "从下拉列表选择");
    // Required depends on the item type.
    let conditions = g.iter().find(|r| r[2] == "conditions").unwrap();
    assert_eq!(
        conditions[4],
        "必填：一般事项（行政许可、行政给付、行政确认等）、公共服务；其他类型选填"
    );
    let limit = g.iter().find(|r| r[2] == "promised_limit").unwrap();
    assert_eq!(limit[6], "写作“20个工作日”“30个自然日”或“即办”");
    assert_eq!(limit[7], "10个工作日");
    let level = g.iter().find(|r| r[2] == "level").unwrap();
    assert_eq!(level[6], "从下拉列表选择；可填多个，用“；”分隔");
}

#[test]
fn input_sheet_has_the_standard_headers_dropdowns_and_hints() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("模板.xlsx");
    write_template(&path, &["--schema", "township"]);
    let header = row(&grid(&path, "事项清单"), 1);
    assert_eq!(header.len(), NATIONAL_ELEMENTS + 1);
    assert_eq!(
        header[..5],
        ["序号", "事项编码", "基本编码", "实施编码", "事项名称"]
    );
    assert_eq!(header[NATIONAL_ELEMENTS], "常见问题");

    let xml = sheet_xml(&path, "事项清单");
    sheets::assert_rows_written_once(&xml);
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        )
    );
    let all = validations(&xml);
    // Every element column has a validation (a dropdown, a number check or just a hint).
    assert_eq!(all.len(), NATIONAL_ELEMENTS);
    let kind_col = letter(header.iter().position(|h| h == "事项类型").unwrap());
    let kind = all
        .iter()
        .find(|v| v.0 == format!("{kind_col}2:{kind_col}1048576"))
        .expect("事项类型 dropdown");
    assert_eq!(kind.1, "list");
    assert!(kind.2.starts_with("\"行政许可,行政处罚,"));
    let visits_col = letter(header.iter().position(|h| h == "到办事现场次数").unwrap());
    let visits = all
        .iter()
        .find(|v| v.0 == format!("{visits_col}2:{visits_col}1048576"))
        .unwrap();
    assert_eq!((visits.1.as_str(), visits.2.as_str()), ("whole", "0"));
    // Input hints say whether the element is required and give an example.
    assert!(xml.contains(r#"promptTitle="事项名称" prompt="必填&#xA;事项的标准名称，一个事项只对应一项服务&#xA;按实际情况填写，不要填“无”“待定”等占位词&#xA;示例：最低生活保障审核确认""#), "{xml}");
    assert_eq!(
        all.iter().filter(|v| v.1 == "list").count(),
        17,
        "10 enum and 7 yes/no columns"
    );
}

#[test]
fn a_filled_template_imports_with_every_column_mapped_and_no_structure_findings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("模板.xlsx");
    write_template(
        &path,
        &["--schema", "township", "--department", "青石镇民政办"],
    );
    assert_eq!(sheet_names(&path), ["填报说明", "青石镇民政办"]);
    let header = row(&grid(&path, "青石镇民政办"), 1);

    let first = example_row(&path, &header);
    let mut second = first.clone();
    second[0] = "2".to_string();
    let name = header.iter().position(|h| h == "事项名称").unwrap();
    second[name] = "特困人员救助供养审核".to_string();
    for key in ["事项编码", "基本编码", "实施编码"] {
        let i = header.iter().position(|h| h == key).unwrap();
        second[i] = second[i].replace("001000", "002000");
    }
    let filled = dir.path().join("民政办.xlsx");
    fill(&path, "青石镇民政办", &[first.clone(), second], &filled);

    let out = svcat()
        .args(["import", filled.to_str().unwrap(), "--schema", "township"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("未能识别的列"), "{stderr}");
    assert!(stderr.contains("共 2 个事项"), "{stderr}");
    let catalog: Value = serde_json::from_slice(&out.stdout).unwrap();
    let item = &catalog["items"][0];
    assert_eq!(item["name"], "最低生活保障审核确认");
    assert_eq!(item["kind"], "行政给付");
    assert_eq!(
        item["promised_limit"],
        serde_json::json!({"value": 10, "unit": "工作日"})
    );
    assert_eq!(item["visits"], 0);
    assert!(item.get("extra").is_none(), "{item}");
    // Every column the department filled became its element.
    let cells = item["source"]["cells"].as_object().unwrap();
    assert_eq!(cells.len(), NATIONAL_ELEMENTS, "{cells:?}");

    let out = svcat()
        .args([
            "check",
            filled.to_str().unwrap(),
            "--schema",
            "township",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let structure: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .filter(|r| r.starts_with('S') && *r != "S006")
        .collect();
    // S006 is the info that the 填报说明 sheet was skipped; nothing else about the shape.
    assert_eq!(structure, Vec::<&str>::new(), "{report}");
}

#[test]
fn long_dropdown_lists_live_on_a_hidden_sheet_that_import_skips() {
    let dir = tempfile::tempdir().unwrap();
    let villages: Vec<String> = (1..=40).map(|n| format!("青石镇第{n}村民委员会")).collect();
    let values = villages
        .iter()
        .map(|v| format!("{{ value = \"{v}\" }}"))
        .collect::<Vec<_>>()
        .join(", ");
    let schema = dir.path().join("villages.toml");
    std::fs::write(
        &schema,
        format!(
            "name = \"villages\"\nextends = \"township\"\n\n[[elements]]\nkey = \"village\"\nlabel = \"所属村（社区）\"\ntype = \"enum\"\nvalues = [{values}]\n"
        ),
    )
    .unwrap();
    let path = dir.path().join("模板.xlsx");
    write_template(&path, &["--schema", schema.to_str().unwrap()]);
    assert_eq!(sheet_names(&path), ["填报说明", "事项清单", "下拉选项"]);
    assert_eq!(hidden_sheets(&path), ["下拉选项"]);
    let lists = grid(&path, "下拉选项");
    assert_eq!(lists.len(), 40);
    assert_eq!(cell(&lists, "A1"), "青石镇第1村民委员会");
    let xml = sheet_xml(&path, "事项清单");
    let village = validations(&xml)
        .into_iter()
        .find(|v| v.2.contains("下拉选项"))
        .expect("a dropdown from the hidden sheet");
    assert_eq!(village.2, "'下拉选项'!$A$1:$A$40");

    // A department fills it in; import maps every column and does not read the hidden sheet.
    let header = row(&grid(&path, "事项清单"), 1);
    let mut filled_row = example_row(&path, &header);
    *filled_row.last_mut().unwrap() = villages[6].clone();
    let filled = dir.path().join("filled.xlsx");
    fill(&path, "事项清单", &[filled_row], &filled);
    let out = svcat()
        .args([
            "import",
            filled.to_str().unwrap(),
            "--schema",
            schema.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("共 1 个事项"), "{stderr}");
    assert!(!stderr.contains("未能识别的列"), "{stderr}");
    let catalog: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(catalog["items"][0]["village"], "青石镇第7村民委员会");
}

#[test]
fn the_template_is_byte_identical_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.xlsx");
    let b = dir.path().join("b.xlsx");
    write_template(&a, &["--department", "司法所"]);
    write_template(&b, &["--department", "司法所"]);
    assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap());
}

#[test]
fn bad_arguments_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = template(&["-o", dir.path().join("x.csv").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("填报模板是 xlsx 工作簿"), "{stderr}");

    let missing = dir.path().join("没有").join("x.xlsx");
    let (code, stderr) = template(&["-o", missing.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("不存在"), "{stderr}");

    let (code, stderr) = template(&[
        "--schema",
        "nope",
        "-o",
        dir.path().join("x.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(!dir.path().join("x.xlsx").exists(), "{stderr}");
}

#[test]
#[ignore = "needs LibreOffice (libreoffice-calc); .ci/run installs it"]
fn libreoffice_opens_the_template() {
    let soffice = sheets::soffice();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("模板.xlsx");
    write_template(&path, &["--department", "司法所"]);
    let out = dir.path().join("lo");
    std::fs::create_dir(&out).unwrap();
    sheets::soffice_convert(&soffice, &path, sheets::CSV_ALL_SHEETS, &out);
    let instructions = sheets::read_csv(&out.join("模板-填报说明.csv"));
    assert_eq!(instructions[0][0], "司法所政务服务事项填报模板·填报说明");
    let input = sheets::read_csv(&out.join("模板-司法所.csv"));
    assert_eq!(input.len(), 1);
    assert_eq!(input[0].len(), NATIONAL_ELEMENTS + 1);
    assert_eq!(input[0][4], "事项名称");
    sheets::soffice_convert(&soffice, &path, sheets::PDF_ONE_PAGE_PER_SHEET, &out);
    let pdf = std::fs::read(out.join("模板.pdf")).unwrap();
    assert_eq!(sheets::pdf_pages(&pdf), 2);
}
