//! `svcat diff OLD NEW -o x.xlsx`: the 新旧对照表 workbook, read back cell by cell.

mod common;
mod sheets;

use std::path::Path;

use common::svcat;
use pretty_assertions::assert_eq;
use sheets::{cell, grid, row, sheet_names, sheet_xml, zip_entry};

const OLD: &str = "catalogs/sample-town";
const NEW: &str = "catalogs/sample-town-2023";

/// Runs `svcat diff OLD NEW -o out` and returns the exit code and stderr.
fn diff_to(old: &str, new: &str, out: &Path, more: &[&str]) -> (i32, String) {
    let output = svcat()
        .args(["diff", old, new, "-o"])
        .arg(out)
        .args(more)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn sample_workbook(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("对照表.xlsx");
    let (code, stderr) = diff_to(OLD, NEW, &path, &[]);
    assert_eq!(code, 0, "{stderr}");
    path
}

/// Strings of a row, as `row` gives them.
fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|s| s.to_string()).collect()
}

#[test]
fn one_block_per_item_with_old_and_new_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_workbook(dir.path());
    assert_eq!(sheet_names(&path), ["新旧对照表", "调整汇总"]);
    let g = grid(&path, "新旧对照表");
    assert_eq!(cell(&g, "A1"), "青石镇政务服务事项目录新旧对照表");
    assert_eq!(
        cell(&g, "A2"),
        "旧版：2022-06（2022-06-30）　→　新版：2023-06（2023-06-30）"
    );
    assert_eq!(
        row(&g, 3),
        strings(&[
            "序号",
            "调整类型",
            "实施部门",
            "事项编码",
            "事项名称",
            "调整要素",
            "调整前",
            "调整后",
            "改革方向",
            "评价",
            "说明"
        ])
    );
    assert_eq!(
        row(&g, 4),
        strings(&[
            "1",
            "新增",
            "退役军人服务站",
            "12370112MB0T66217F5370515013000",
            "退役军人创业担保贷款贴息申请",
            "（整个事项）",
            "（无）",
            "新增事项",
            "新增事项",
            "—"
        ])
    );
    assert_eq!(
        row(&g, 5),
        strings(&[
            "2",
            "取消",
            "农业农村办",
            "11370112004325179B5372016011000",
            "土地承包经营纠纷调解",
            "（整个事项）",
            "原有事项",
            "（取消）",
            "取消事项",
            "—"
        ])
    );
    assert_eq!(
        row(&g, 6),
        strings(&[
            "3",
            "重新编码",
            "司法所",
            "002018013000",
            "人民调解",
            "事项编码",
            "002018001000",
            "002018013000",
            "重新编码",
            "—"
        ])
    );
    // A changed item: its cells once, over one row per changed element (merged).
    assert_eq!(
        row(&g, 7),
        strings(&[
            "4",
            "变更",
            "农业农村办",
            "11370112004325179B5370516003000",
            "耕地地力保护补贴申领",
            "申请材料",
            "1.耕地地力保护补贴申报表（1份）；2.承包方身份证（复印件，1份）；3.社会保障卡或银行账户信息（1份）",
            "1.耕地地力保护补贴申报表（1份）；2.承包方身份证（复印件，1份）",
            "减材料",
            "更好",
            "删除材料：社会保障卡或银行账户信息"
        ])
    );
    assert_eq!(
        row(&g, 8),
        strings(&[
            "",
            "",
            "",
            "",
            "",
            "承诺办结时限",
            "10个工作日",
            "5个工作日",
            "缩时限",
            "更好",
            "缩短5个工作日"
        ])
    );
    assert_eq!(
        row(&g, 9),
        strings(&[
            "",
            "",
            "",
            "",
            "",
            "到办事现场次数",
            "1",
            "0",
            "少跑动",
            "更好",
            "不用再跑"
        ])
    );
    let merges = sheet_xml(&path, "新旧对照表");
    for range in ["A7:A10", "E7:E10", "A13:A15"] {
        assert!(
            merges.contains(&format!("<mergeCell ref=\"{range}\"/>")),
            "{range} merged"
        );
    }
    // The worse changes, and one that is neither.
    assert_eq!(
        (cell(&g, "F11"), cell(&g, "G11"), cell(&g, "H11")),
        ("承诺办结时限", "5个工作日", "10个工作日")
    );
    assert_eq!((cell(&g, "I11"), cell(&g, "J11")), ("延时限", "更差"));
    assert_eq!((cell(&g, "I12"), cell(&g, "J12")), ("增条件", "更差"));
    assert_eq!(cell(&g, "K12"), "新增条件：补植方案已经村（居）委会同意");
    assert_eq!((cell(&g, "I10"), cell(&g, "J10")), ("内容调整", "中性"));
    assert_eq!((cell(&g, "I15"), cell(&g, "J15")), ("提网办深度", "更好"));
    assert_eq!(g.len(), 15, "one row per element change, nothing after");
}

#[test]
fn summary_counts_changes_by_direction() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_workbook(dir.path());
    let g = grid(&path, "调整汇总");
    assert_eq!(cell(&g, "A1"), "青石镇政务服务事项目录新旧对照表");
    // The tables' rows (not titles, section names or notes), as "A|B|C".
    let got: Vec<String> = (1..=g.len())
        .map(|r| row(&g, r).join("|"))
        .filter(|r| r.contains('|') && !r.starts_with("注意："))
        .collect();
    let expected = [
        "调整类型|事项数",
        "新增|1",
        "取消|1",
        "重新编码|1",
        "变更|4",
        "未变|102",
        "评价|要素变化数",
        "更好|5",
        "更差|2",
        "中性|2",
        "改革方向|评价|次数",
        "减材料|更好|1",
        "缩时限|更好|1",
        "少跑动|更好|2",
        "内容调整|中性|2",
        "延时限|更差|1",
        "增条件|更差|1",
        "提网办深度|更好|1",
    ];
    assert_eq!(got, expected);
    // The code two items share, on both sides, said under the counts.
    let notes: Vec<&String> = g
        .iter()
        .map(|r| &r[0])
        .filter(|t| t.starts_with("注意："))
        .collect();
    assert_eq!(notes.len(), 2);
    assert!(notes[0].contains("旧版中编码 11370112004325179B5370516005000 被 2 个事项共用"));
}

/// The fill colour (RRGGBB) of a cell, from the sheet's style index and styles.xml.
fn fill_of(path: &Path, sheet: &str, reference: &str) -> Option<String> {
    let xml = sheet_xml(path, sheet);
    let style: usize = regex::Regex::new(&format!(r#"<c r="{reference}" s="(\d+)""#))
        .unwrap()
        .captures(&xml)?[1]
        .parse()
        .unwrap();
    let styles = zip_entry(path, "xl/styles.xml");
    let section = |name: &str| -> String {
        let start = styles.find(&format!("<{name} ")).expect(name);
        let end = styles.find(&format!("</{name}>")).expect(name);
        styles[start..end].to_string()
    };
    let xfs = section("cellXfs");
    let xf = regex::Regex::new(r"<xf [^>]*>")
        .unwrap()
        .find_iter(&xfs)
        .nth(style)?
        .as_str()
        .to_string();
    let fill_id: usize = regex::Regex::new(r#"fillId="(\d+)""#)
        .unwrap()
        .captures(&xf)?[1]
        .parse()
        .unwrap();
    let fills = section("fills");
    let fill = fills.split("<fill>").nth(fill_id + 1)?;
    regex::Regex::new(r#"<fgColor rgb="FF([0-9A-F]{6})""#)
        .unwrap()
        .captures(fill)
        .map(|c| c[1].to_string())
}

#[test]
fn changed_cells_are_coloured_by_direction() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_workbook(dir.path());
    let sheet = "新旧对照表";
    let green = Some("C6EFCE".to_string());
    let red = Some("FFC7CE".to_string());
    let yellow = Some("FFEB9C".to_string());
    let blue = Some("DDEBF7".to_string());
    // 减材料: old, new and the direction green; the element's name and the note not filled.
    for reference in ["G7", "H7", "I7"] {
        assert_eq!(fill_of(&path, sheet, reference), green, "{reference}");
    }
    for reference in ["F7", "K7", "E7"] {
        assert_eq!(fill_of(&path, sheet, reference), None, "{reference}");
    }
    assert_eq!(fill_of(&path, sheet, "H11"), red, "延时限");
    assert_eq!(fill_of(&path, sheet, "H10"), yellow, "中性");
    assert_eq!(fill_of(&path, sheet, "H4"), blue, "a whole item added");
    // The header row's fill is the shared header style's, the same blue as a whole item.
    assert_eq!(fill_of(&path, sheet, "A3"), blue);
    // Within a cell: the material that went struck through in 调整前, the condition that came
    // in bold and underlined in 调整后; the rest of the text as it was.
    let strings = zip_entry(&path, "xl/sharedStrings.xml");
    assert!(
        strings.contains("<r><rPr><strike/><sz val=\"11\"/><color rgb=\"FFC00000\"/><rFont val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></rPr><t>；3.社会保障卡或银行账户信息（1份）</t></r>"),
        "{strings}"
    );
    assert!(
        strings.contains("<si><r><t>因建设或树木自身原因确需砍伐城市树木的单位和个人。</t></r><r><rPr><b/><u/><sz val=\"11\"/><color rgb=\"FF006100\"/><rFont val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></rPr><t>；补植方案已经村（居）委会同意</t></r></si>"),
        "{strings}"
    );
}

#[test]
fn the_same_revisions_give_the_same_bytes_and_stdout_is_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = sample_workbook(dir.path());
    let second = dir.path().join("again.xlsx");
    let (code, stderr) = diff_to(OLD, NEW, &second, &["--format", "xlsx"]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&first).unwrap();
    assert_eq!(bytes, std::fs::read(&second).unwrap());
    // To a pipe, `--format xlsx` writes the same file.
    let out = svcat()
        .args(["diff", OLD, NEW, "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout == bytes, "stdout holds the same workbook");
    // An extension and a --format that disagree are refused, as for the other formats.
    let (code, stderr) = diff_to(OLD, NEW, &dir.path().join("x.xlsx"), &["--format", "json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("与 --format json 不一致"), "{stderr}");
}

/// Hostile text from a catalog (a value, an extra column's header) stays text: no formula
/// anywhere in the sheet, and the cells read back exactly as written.
#[test]
fn formulas_in_the_catalogs_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = r#"=HYPERLINK("http://x","y")"#;
    for (side, remark) in [("old", "备注"), ("new", hostile)] {
        std::fs::create_dir_all(dir.path().join(side)).unwrap();
        std::fs::write(
            dir.path().join(side).join("民政办.csv"),
            format!(
                "事项名称,事项编码,事项类型,实施部门,@SUM(A1)\n\"{name}\",370705000002,行政给付,民政办,\"{remark}\"\n",
                name = r#"+1 低保申请"#,
                remark = remark.replace('"', "\"\"")
            ),
        )
        .unwrap();
    }
    let path = dir.path().join("out.xlsx");
    let (code, stderr) = diff_to(
        dir.path().join("old").to_str().unwrap(),
        dir.path().join("new").to_str().unwrap(),
        &path,
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    let g = grid(&path, "新旧对照表");
    assert_eq!(
        row(&g, 4),
        strings(&[
            "1",
            "变更",
            "民政办",
            "370705000002",
            "+1 低保申请",
            "@SUM(A1)",
            "备注",
            hostile,
            "内容调整",
            "中性"
        ])
    );
    for sheet in sheet_names(&path) {
        let xml = sheet_xml(&path, &sheet);
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "{sheet}: {xml}"
        );
    }
}

/// LibreOffice stands in for the WPS and Excel the staff use: the workbook converts to PDF, the
/// 对照表 on one page wide (A4 landscape) and the summary after it.
#[test]
#[ignore = "needs LibreOffice (libreoffice-calc); .ci/run installs it"]
fn libreoffice_prints_the_workbook() {
    let soffice = sheets::soffice();
    let dir = tempfile::tempdir().unwrap();
    let path = sample_workbook(dir.path());
    let out = dir.path().join("lo");
    std::fs::create_dir(&out).unwrap();
    sheets::soffice_convert(&soffice, &path, "pdf", &out);
    let pdf = std::fs::read(out.join("对照表.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // One page for each sheet: the 对照表 fits one A4 page wide, and its seven items one high.
    assert_eq!(sheets::pdf_pages(&pdf), 2);
    // A4 landscape: 842 × 595 points.
    let media =
        regex::bytes::Regex::new(r"/MediaBox\s*\[\s*0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)").unwrap();
    let first = media.captures(&pdf).expect("a MediaBox");
    let (w, h): (f64, f64) = (
        std::str::from_utf8(&first[1]).unwrap().parse().unwrap(),
        std::str::from_utf8(&first[2]).unwrap().parse().unwrap(),
    );
    assert!(
        (w - 842.0).abs() < 2.0 && (h - 595.0).abs() < 2.0,
        "{w}×{h}"
    );
    sheets::soffice_convert(&soffice, &path, sheets::CSV_ALL_SHEETS, &out);
    let rows = sheets::read_csv(&out.join("对照表-新旧对照表.csv"));
    assert_eq!(rows[6][8], "减材料");
}
