//! `svcat export` through the real binary: the workbook's sheets, headers and cells at exact
//! positions, csv bytes, hostile text, determinism, the round trip and LibreOffice as a client.

mod common;
mod sheets;

use std::path::Path;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::Value;
use sheets::{cell, grid, row, sheet_names, sheet_xml, validations};

const SAMPLE: &str = "catalogs/sample-town";
const HOSTILE: &str = "tests/fixtures/export/hostile.csv";

/// Runs `svcat export ARGS…`; returns (exit code, stdout bytes, stderr).
fn export(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = svcat().arg("export").args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

fn export_to(input: &str, format: &str, path: &Path, extra: &[&str]) -> String {
    let mut args = vec![input, "--to", format, "-o", path.to_str().unwrap()];
    args.extend(extra);
    let (code, _, stderr) = export(&args);
    assert_eq!(code, 0, "{stderr}");
    stderr
}

fn import_json(args: &[&str]) -> Value {
    let out = svcat().arg("import").args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

const NATIONAL_LABELS: &[&str] = &[
    "事项编码",
    "基本编码",
    "实施编码",
    "事项名称",
    "业务办理项",
    "业务办理项编码",
    "实施部门",
    "实施主体编码",
    "实施主体性质",
    "委托部门",
    "事项类型",
    "行使层级",
    "权力来源",
    "服务对象",
    "设定依据",
    "受理条件",
    "申请材料",
    "办理流程",
    "特别程序",
    "中介服务",
    "数量限制",
    "处罚的行为、种类、幅度",
    "法定办结时限",
    "承诺办结时限",
    "办件类型",
    "是否收费",
    "收费标准",
    "收费依据",
    "是否支持网上支付",
    "到办事现场次数",
    "必须现场办理原因说明",
    "网上办理深度",
    "网办地址",
    "办理形式",
    "是否支持物流快递",
    "是否支持预约办理",
    "办理地点",
    "办理时间",
    "咨询电话",
    "监督投诉电话",
    "审批结果类型",
    "审批结果名称",
    "审批结果样本",
    "送达方式",
    "是否帮办代办",
    "是否一窗通办",
    "是否告知承诺",
    "通办范围",
    "常见问题",
];

/// 序号, 事项名称 (second, so a printed page repeats both), then the other elements in standard
/// order.
fn standard_header(extras: &[&str]) -> Vec<String> {
    let mut header = vec!["序号".to_string(), "事项名称".to_string()];
    header.extend(
        NATIONAL_LABELS
            .iter()
            .filter(|s| **s != "事项名称")
            .map(|s| s.to_string()),
    );
    header.extend(extras.iter().map(|s| s.to_string()));
    header
}

/// Column letter of a header in the standard layout.
fn col(header: &str) -> String {
    let i = standard_header(&["备注"])
        .iter()
        .position(|h| h == header)
        .unwrap_or_else(|| panic!("no column {header}"));
    let mut n = i + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap()
}

#[test]
fn workbook_has_a_summary_then_one_sheet_per_department() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("目录.xlsx");
    let stderr = export_to(SAMPLE, "xlsx", &path, &[]);
    assert!(
        stderr.contains("已导出 108 个事项到") && stderr.contains("（10 个工作表），格式 xlsx"),
        "{stderr}"
    );

    // Departments in order (Unicode order of the name), each on its own sheet.
    assert_eq!(
        sheet_names(&path),
        [
            "汇总",
            "农业农村办",
            "司法所",
            "综合行政执法办",
            "规划建设办",
            "退役军人服务站",
            "青石镇卫生健康办",
            "青石镇残疾人联合会",
            "青石镇民政办",
            "青石镇社会保障服务中心",
        ]
    );

    let summary = grid(&path, "汇总");
    assert_eq!(cell(&summary, "A1"), "青石镇政务服务事项目录");
    assert_eq!(
        cell(&summary, "A2"),
        "版本：2022-06　层级：镇（乡、街道）级　规范：乡镇（街道）便民服务中心政务服务事项清单　共 9 个部门、108 个事项"
    );
    assert_eq!(cell(&summary, "A4"), "一、按部门");
    assert_eq!(
        row(&summary, 5),
        [
            "部门",
            "工作表",
            "事项数",
            "即办件",
            "承诺件",
            "必填要素完整率"
        ]
    );
    assert_eq!(
        row(&summary, 6)[..5],
        ["农业农村办", "农业农村办", "12", "2", "10"]
    );
    assert_eq!(
        row(&summary, 13)[..5],
        ["青石镇民政办", "青石镇民政办", "12", "2", "10"]
    );
    // 青石镇民政办公室 (X004: another spelling of 青石镇民政办) has no sheet or row of its own.
    assert_eq!(row(&summary, 15)[..5], ["合计", "", "108", "34", "71"]);
    assert_eq!(cell(&summary, "A17"), "二、按事项类型");
    assert_eq!(row(&summary, 18), ["事项类型", "事项数", "占比"]);
    assert_eq!(row(&summary, 19)[..2], ["行政许可", "7"]);
    assert_eq!(row(&summary, 25)[..2], ["公共服务", "48"]);
    // A type the schema does not know is counted under its own text.
    assert_eq!(row(&summary, 26)[..2], ["行政审批", "1"]);
    assert_eq!(cell(&summary, "A28"), "三、按办件类型");
    assert_eq!(row(&summary, 30)[..2], ["即办件", "34"]);
    assert_eq!(row(&summary, 31)[..2], ["承诺件", "71"]);
    assert_eq!(row(&summary, 32)[..2], ["（未填）", "3"]);
    assert_eq!(cell(&summary, "A34"), "四、必填要素完整度");
    assert_eq!(row(&summary, 35), ["要素", "应填事项数", "已填", "完整率"]);
    assert_eq!(row(&summary, 36)[..3], ["基本编码", "106", "82"]);
    assert_eq!(cell(&summary, "D38"), "1"); // 事项名称: every item has one

    // A department sheet: the standard header, items by code, values written the standard way.
    let minzheng = grid(&path, "青石镇民政办");
    assert_eq!(row(&minzheng, 1), standard_header(&["备注"]));
    assert_eq!(minzheng.len(), 13); // header + 12 items (青石镇民政办公室's one among them)
    assert_eq!(cell(&minzheng, "A2"), "1");
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("事项编码"))),
        "11370112004325179B5370511001000"
    );
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("事项名称"))),
        "最低生活保障审核确认"
    );
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("申请材料"))),
        "1.申请人及共同生活家庭成员身份证（原件及复印件，1份）\n2.户口簿（原件及复印件，1份）\n3.最低生活保障申请书（1份）\n4.家庭经济状况核对授权书（1份）"
    );
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("法定办结时限"))),
        "30个工作日"
    );
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("承诺办结时限"))),
        "20个工作日"
    );
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("行使层级"))),
        "镇（乡、街道）级"
    );
    assert_eq!(cell(&minzheng, &format!("{}2", col("是否收费"))), "否");
    assert_eq!(cell(&minzheng, &format!("{}2", col("是否帮办代办"))), "是");
    assert_eq!(cell(&minzheng, &format!("{}2", col("到办事现场次数"))), "1");
    assert_eq!(
        cell(&minzheng, &format!("{}2", col("备注"))),
        "需村（居）委会出具初审意见"
    );
    let codes: Vec<&str> = (2..=13)
        .map(|r| cell(&minzheng, &format!("{}{r}", col("事项编码"))))
        .collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted);
    // 即办 is written as 即办, not "0个工作日".
    let immediate = (2..=13)
        .filter(|r| cell(&minzheng, &format!("{}{r}", col("承诺办结时限"))) == "即办")
        .count();
    assert_eq!(immediate, 2);

    for sheet in sheet_names(&path) {
        sheets::assert_rows_written_once(&sheet_xml(&path, &sheet));
    }

    // Frozen header and 序号, 事项名称; autofilter over the table, widths set, dropdowns on enum
    // and yes/no columns.
    let xml = sheet_xml(&path, "青石镇民政办");
    assert!(
        xml.contains(
            r#"<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>"#
        ),
        "{}",
        &xml[..600]
    );
    // Printed at 60% on A4 landscape, an item's pages one after another, each repeating the
    // header row and 序号, 事项名称 (fitted to one page wide it would print at a sixth).
    assert!(
        xml.contains(
            r#"<pageSetup paperSize="9" scale="60" pageOrder="overThenDown" orientation="landscape""#
        ),
        "{xml}"
    );
    assert!(!xml.contains("fitToPage"));
    let workbook = sheets::zip_entry(&path, "xl/workbook.xml");
    assert!(
        workbook.contains(
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"8\">青石镇民政办!$A:$B,青石镇民政办!$1:$1</definedName>"
        ),
        "{workbook}"
    );
    assert!(xml.contains(r#"<autoFilter ref="A1:AY13"/>"#));
    assert!(xml.contains("<cols>"));
    let dropdowns = validations(&xml);
    let kind = dropdowns
        .iter()
        .find(|(sqref, _, _)| sqref == &format!("{0}2:{0}13", col("事项类型")))
        .expect("a dropdown on 事项类型");
    assert_eq!(kind.1, "list");
    assert!(
        kind.2.starts_with("\"行政许可,行政处罚,行政强制"),
        "{}",
        kind.2
    );
    assert!(dropdowns.iter().any(|(sqref, _, list)| sqref
        == &format!("{0}2:{0}13", col("是否收费"))
        && list == "\"是,否\""));
    // 10 enum elements and 7 yes/no elements.
    assert_eq!(dropdowns.len(), 17);
}

#[test]
fn sheet_names_are_valid_for_excel_and_unique() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.xlsx");
    export_to(HOSTILE, "xlsx", &path, &[]);
    let names = sheet_names(&path);
    assert_eq!(
        names,
        [
            "汇总",
            "农业／农村办［试点］",
            "民政办",
            "汇总（2）",
            "青石镇社会保障和就业服务中心劳动保障监察与劳动争议调解仲裁服务",
        ]
    );
    for name in &names {
        assert!(name.encode_utf16().count() <= 31, "{name}");
        assert!(
            !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{name}"
        );
    }
    // The department itself keeps its name in the cells.
    let g = grid(&path, "农业／农村办［试点］");
    assert_eq!(
        cell(&g, &format!("{}2", col("实施部门"))),
        "农业/农村办[试点]"
    );
    // A sheet named 汇总（2） is read back as items, not skipped like the summary.
    let catalog = import_json(&[path.to_str().unwrap()]);
    assert_eq!(catalog["items"].as_array().unwrap().len(), 5);
}

#[test]
fn formula_like_text_stays_text_in_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.xlsx");
    export_to(HOSTILE, "xlsx", &path, &[]);

    let minzheng = grid(&path, "民政办");
    let name = col("事项名称");
    assert_eq!(
        cell(&minzheng, &format!("{name}2")),
        r#"=HYPERLINK("http://x","y")"#
    );
    assert_eq!(cell(&minzheng, &format!("{name}3")), "+1");
    assert_eq!(cell(&minzheng, &format!("{}2", col("备注"))), "=1+1");
    assert_eq!(
        cell(&grid(&path, "农业／农村办［试点］"), &format!("{name}2")),
        "-2"
    );
    assert_eq!(
        cell(&grid(&path, "汇总（2）"), &format!("{name}2")),
        "@SUM(A1)"
    );

    // Stored as strings, never as formulas: no <f> anywhere, and the cells are inline strings.
    for sheet in sheet_names(&path) {
        let xml = sheet_xml(&path, &sheet);
        sheets::assert_rows_written_once(&xml);
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "{sheet} has a formula"
        );
    }
    let xml = sheet_xml(&path, "民政办");
    for text in [r#"=HYPERLINK("http://x","y")"#, "+1", "=1+1"] {
        let cell_xml = format!(r#"t="inlineStr"><is><t>{text}</t></is></c>"#);
        assert!(
            xml.contains(&cell_xml),
            "{text} not an inline string in {xml}"
        );
    }
}

#[test]
fn csv_is_utf8_with_bom_one_row_per_item_and_defuses_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.csv");
    export_to(HOSTILE, "csv", &path, &[]);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0], standard_header(&["备注"]));
    assert_eq!(rows.len(), 6);
    let name = rows[0].iter().position(|h| h == "事项名称").unwrap();
    let department = rows[0].iter().position(|h| h == "实施部门").unwrap();
    let remark = rows[0].iter().position(|h| h == "备注").unwrap();
    // Sorted by department, then code; formula-like text starts with a single quote.
    let names: Vec<&str> = rows[1..].iter().map(|r| r[name].as_str()).collect();
    assert_eq!(
        names,
        [
            "'-2",
            r#"'=HYPERLINK("http://x","y")"#,
            "'+1",
            "'@SUM(A1)",
            "残疾人两项补贴申请"
        ]
    );
    assert_eq!(rows[2][remark], "'=1+1");
    assert_eq!(rows[3][remark], "'@备注");
    assert_eq!(rows[1][department], "农业/农村办[试点]");
    assert_eq!(rows[2][0], "2"); // 序号 runs through the file
    assert_eq!(
        rows[2][rows[0].iter().position(|h| h == "申请材料").unwrap()],
        "1.身份证（原件及复印件，1份）\n2.结婚证（复印件）（非必要）"
    );
    // CRLF line ends, quotes doubled the csv way.
    assert!(text.starts_with("序号,事项名称,事项编码,"));
    assert!(text.contains("\r\n"));
    assert!(text.contains(r#""'=HYPERLINK(""http://x"",""y"")""#));
}

#[test]
fn csv_in_gbk_for_systems_that_need_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.csv");
    export_to(HOSTILE, "csv", &path, &["--encoding", "gbk"]);
    let bytes = std::fs::read(&path).unwrap();
    // No BOM; 序号 and 事项名称 in GBK.
    assert_eq!(
        &bytes[..13],
        b"\xD0\xF2\xBA\xC5,\xCA\xC2\xCF\xEE\xC3\xFB\xB3\xC6"
    );
    let (text, _, had_errors) = encoding_rs::GBK.decode(&bytes);
    assert!(!had_errors);
    assert!(text.contains("残疾人两项补贴申请"));
    assert!(text.contains("'@SUM(A1)"));

    // The same file read back by svcat (which guesses GBK) gives the same items.
    let catalog = import_json(&[path.to_str().unwrap()]);
    assert_eq!(catalog["items"].as_array().unwrap().len(), 5);
}

#[test]
fn gbk_refuses_characters_it_cannot_hold_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "事项名称,事项编码,实施部门,事项类型\n\
         𠀀字事项,000105001000,民政办,行政给付\n\
         普通事项,000105002000,𠀀𡃁办,行政给付\n\
         甲𡃁,000105003000,民政办,行政给付\n",
    )
    .unwrap();
    let out = dir.path().join("out.csv");
    let (code, _, stderr) = export(&[
        input.to_str().unwrap(),
        "--to",
        "csv",
        "--encoding",
        "gbk",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    // Every character at once, each with all its cells, not one per run.
    assert_eq!(
        stderr,
        "  x 有 2 个字符无法用 GBK 表示，没有写出文件：\n  \
         |   “𠀀”（U+20000）在 B2（事项名称）、H4（实施部门）\n  \
         |   “𡃁”（U+210C1）在 B3（事项名称）、H4（实施部门）\n  \
         help: 改用默认的 --encoding utf-8（带 BOM），或 --encoding gb18030\n\n"
    );
    assert!(!out.exists());
    // GB18030 holds every character.
    let (code, _, stderr) = export(&[
        input.to_str().unwrap(),
        "--to",
        "csv",
        "--encoding",
        "gb18030",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&out).unwrap();
    let (text, _, _) = encoding_rs::GB18030.decode(&bytes);
    assert!(text.contains("𠀀字事项"));
}

#[test]
fn json_is_the_canonical_contract() {
    let (code, stdout, stderr) = export(&[SAMPLE, "--to", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let imported = svcat().args(["import", SAMPLE]).output().unwrap();
    assert_eq!(stdout, imported.stdout);
    let doc: Value = serde_json::from_slice(&stdout).unwrap();
    assert_eq!(doc["svcat"], "catalog/1");
}

#[test]
fn the_same_input_gives_byte_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    for (format, ext) in [("xlsx", "xlsx"), ("csv", "csv"), ("json", "json")] {
        let a = dir.path().join(format!("a.{ext}"));
        let b = dir.path().join(format!("b.{ext}"));
        export_to(SAMPLE, format, &a, &[]);
        export_to(SAMPLE, format, &b, &[]);
        assert!(
            std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
            "{format} differs between runs"
        );
    }
    // The creation time is the catalog's date, not the clock.
    let core = sheets::zip_entry(&dir.path().join("a.xlsx"), "docProps/core.xml");
    assert!(
        core.contains(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2022-06-30T00:00:00Z</dcterms:created>"
        ),
        "{core}"
    );
    assert!(
        core.contains("<dc:title>青石镇政务服务事项目录</dc:title>"),
        "{core}"
    );
}

/// The canonical JSON without provenance, items in export order (department, then code).
fn without_source(mut doc: Value) -> Value {
    let items = doc["items"].as_array_mut().unwrap();
    for item in items.iter_mut() {
        item.as_object_mut().unwrap().remove("source");
    }
    // The workbook orders items by department, a department written two ways (X004) under its
    // standard spelling, then code: compared as sets, by code and name.
    items.sort_by_key(|i| {
        (
            i["code"].as_str().unwrap_or("").to_string(),
            i["name"].as_str().unwrap_or("").to_string(),
        )
    });
    doc
}

#[test]
fn import_export_import_gives_the_same_catalog() {
    let original = without_source(import_json(&[SAMPLE]));

    // The exported workbook with the catalog's catalog.toml is a catalog directory again.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("青石镇");
    std::fs::create_dir(&copy).unwrap();
    std::fs::copy(
        Path::new(SAMPLE).join("catalog.toml"),
        copy.join("catalog.toml"),
    )
    .unwrap();
    export_to(SAMPLE, "xlsx", &copy.join("目录.xlsx"), &[]);
    let again = without_source(import_json(&[copy.to_str().unwrap()]));
    assert_eq!(original, again);

    // The workbook alone holds every item unchanged; the meta lives in catalog.toml.
    let alone = without_source(import_json(&[
        copy.join("目录.xlsx").to_str().unwrap(),
        "--schema",
        "township",
    ]));
    assert_eq!(original["items"], alone["items"]);
}

#[test]
fn export_of_a_catalog_with_findings_works_and_says_how_many_remain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.xlsx");
    let stderr = export_to(SAMPLE, "xlsx", &path, &[]);
    let check = svcat()
        .args(["check", SAMPLE, "--format", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&check.stdout).unwrap();
    let (errors, warnings) = (
        report["summary"]["errors"].as_u64().unwrap(),
        report["summary"]["warnings"].as_u64().unwrap(),
    );
    assert!(errors > 0);
    assert!(
        stderr.contains(&format!(
            "注意：目录中仍有 {errors} 个错误、{warnings} 个警告未处理，导出文件已按读到的内容原样写出；运行 svcat check catalogs/sample-town 查看详情（加 --deny error 则有错误时不写出）"
        )),
        "{stderr}"
    );
}

#[test]
fn an_input_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    std::fs::copy(HOSTILE, &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let (code, _, stderr) = export(&[
        input.to_str().unwrap(),
        "--to",
        "csv",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("与输入相同，svcat 不会覆盖输入文件"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // Nor a spreadsheet inside an input directory.
    let (code, _, stderr) = export(&[
        dir.path().to_str().unwrap(),
        "--to",
        "xlsx",
        "-o",
        dir.path().join("new.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("svcat 不会覆盖输入文件"), "{stderr}");
}

#[test]
fn a_missing_output_directory_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("没有这个目录").join("x.xlsx");
    let (code, _, stderr) = export(&[HOSTILE, "--to", "xlsx", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("没有这个目录 不存在"), "{stderr}");
    assert!(stderr.contains("先创建该目录"), "{stderr}");
}

#[test]
fn the_format_comes_from_to_or_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.csv");
    let (code, _, stderr) = export(&[HOSTILE, "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::read(&out).unwrap().starts_with(b"\xEF\xBB\xBF"));

    let (code, _, stderr) = export(&[HOSTILE]);
    assert_eq!(code, 2);
    assert!(stderr.contains("请用 --to 指定导出格式"), "{stderr}");

    let (code, _, stderr) = export(&[HOSTILE, "--to", "xlsx"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("导出 xlsx 需要用 -o 指定输出文件"),
        "{stderr}"
    );
}

#[test]
fn no_temporary_files_are_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    export_to(SAMPLE, "xlsx", &dir.path().join("x.xlsx"), &[]);
    export_to(SAMPLE, "csv", &dir.path().join("x.csv"), &[]);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["x.csv", "x.xlsx"]);
}

/// A named pipe (like `/dev/null` or `/dev/stdout`) as the output gets the bytes written into it
/// and stays a pipe: renaming a temporary file over it, as for ordinary files, would replace the
/// device with a regular file. The workbook goes through too, though its zip writer seeks.
#[cfg(unix)]
#[test]
fn a_named_pipe_as_output_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let expected_csv = dir.path().join("expected.csv");
    export_to(SAMPLE, "csv", &expected_csv, &[]);
    for (format, expected) in [
        ("csv", Some(std::fs::read(&expected_csv).unwrap())),
        ("xlsx", None),
    ] {
        let fifo = dir.path().join(format!("pipe.{format}"));
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        export_to(SAMPLE, format, &fifo, &[]);
        // Checked before waiting for the reader, which never wakes if the pipe was replaced.
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "{format}: still a named pipe");
        let received = reader.join().unwrap();
        match expected {
            Some(bytes) => assert_eq!(received, bytes),
            None => assert_eq!(&received[..2], b"PK", "a zip archive"),
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["expected.csv", "pipe.csv", "pipe.xlsx"]);
}

/// LibreOffice stands in for the WPS and Excel the staff use: the workbook converts to csv (every
/// sheet) and to pdf (one page per sheet), and every item and sheet comes through.
#[test]
#[ignore = "needs LibreOffice (libreoffice-calc); .ci/run installs it"]
fn libreoffice_opens_the_workbook_with_every_sheet_and_item() {
    let soffice = sheets::soffice();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("目录.xlsx");
    export_to(SAMPLE, "xlsx", &path, &[]);
    let catalog = import_json(&[SAMPLE]);
    let names = sheet_names(&path);

    let out = dir.path().join("lo");
    std::fs::create_dir(&out).unwrap();
    sheets::soffice_convert(&soffice, &path, sheets::CSV_ALL_SHEETS, &out);
    let mut seen = 0;
    for sheet in &names {
        let csv = out.join(format!("目录-{sheet}.csv"));
        assert!(csv.is_file(), "LibreOffice wrote no csv for sheet {sheet}");
        let rows = sheets::read_csv(&csv);
        if sheet == "汇总" {
            assert_eq!(rows[0][0], "青石镇政务服务事项目录");
            continue;
        }
        assert_eq!(rows[0], standard_header_for(&rows[0]), "{sheet}");
        let code = rows[0].iter().position(|h| h == "事项编码").unwrap();
        let name = rows[0].iter().position(|h| h == "事项名称").unwrap();
        let department = rows[0].iter().position(|h| h == "实施部门").unwrap();
        for r in &rows[1..] {
            let item = catalog["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["code"] == r[code].as_str() && i["name"] == r[name].as_str())
                .unwrap_or_else(|| panic!("{sheet}: {} {} is no item", r[code], r[name]));
            assert_eq!(item["department"], r[department].as_str());
            seen += 1;
        }
    }
    assert_eq!(seen, catalog["items"].as_array().unwrap().len());

    sheets::soffice_convert(&soffice, &path, sheets::PDF_ONE_PAGE_PER_SHEET, &out);
    let pdf = std::fs::read(out.join("目录.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(sheets::pdf_pages(&pdf), names.len());
}

/// The standard header, with whatever extra columns the sheet carries after the elements.
fn standard_header_for(header: &[String]) -> Vec<String> {
    let extras: Vec<&str> = header[NATIONAL_LABELS.len() + 1..]
        .iter()
        .map(String::as_str)
        .collect();
    standard_header(&extras)
}

#[test]
#[ignore = "needs LibreOffice (libreoffice-calc) and poppler-utils; .ci/run installs them"]
fn the_printed_catalog_names_the_item_on_every_page() {
    let soffice = sheets::soffice();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("目录.xlsx");
    export_to(SAMPLE, "xlsx", &path, &[]);
    let out = dir.path().join("pdf");
    std::fs::create_dir(&out).unwrap();
    sheets::soffice_convert(&soffice, &path, "pdf", &out);
    let pdf = out.join("目录.pdf");
    // 108 items of about fifty elements: 312 A4 pages at full size, 106 at 60%.
    let pages = common::browser::pdf_pages(&pdf);
    assert!((90..=120).contains(&pages), "{pages} pages");
    // Every page of a department sheet (after the 汇总's) repeats 序号 and 事项名称, and shows
    // item names, not only codes and values.
    let summary_pages = 2;
    for page in summary_pages + 1..=pages {
        let n = page.to_string();
        let text = common::browser::poppler("pdftotext", &["-f", &n, "-l", &n], &pdf, &["-"]);
        assert!(
            text.contains("序号") && text.contains("事项名称"),
            "page {page} has no title columns:\n{text}"
        );
    }
}
