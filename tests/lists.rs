//! `svcat lists` through the real binary: which lists, how many items each, their columns and
//! titles, in xlsx and Markdown.

mod common;
mod sheets;

use std::path::Path;

use common::svcat;
use pretty_assertions::assert_eq;
use sheets::{cell, grid, row, sheet_names};

const SAMPLE: &str = "catalogs/sample-town";

/// Runs `svcat lists ARGS…`; returns (exit code, stderr).
fn lists(args: &[&str]) -> (i32, String) {
    let out = svcat().arg("lists").args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

fn write_sample_lists(dir: &Path) -> String {
    let (code, stderr) = lists(&[SAMPLE, "-o", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    stderr
}

/// (file stem, sheet, title, count, header) of every list written for the sample town (which has
/// no 联办件 and no 上报件: their lists are not written).
const EXPECTED: &[(&str, &str, &str, usize, &[&str])] = &[
    (
        "一窗受理事项清单",
        "一窗受理（综合受理）事项清单",
        "青石镇一窗受理（综合受理）事项清单",
        104, // all but the 2 行政处罚 and 2 行政检查 items (none is marked 是否一窗通办)
        &[
            "序号",
            "事项名称",
            "事项编码",
            "实施部门",
            "事项类型",
            "办件类型",
            "承诺办结时限",
            "到办事现场次数",
            "咨询电话",
        ],
    ),
    (
        "即办件清单",
        "即办件清单",
        "青石镇即办件清单",
        34,
        &[
            "序号",
            "事项名称",
            "事项编码",
            "实施部门",
            "申请材料",
            "办理地点",
            "办理时间",
            "咨询电话",
        ],
    ),
    (
        "承诺件清单",
        "承诺件清单",
        "青石镇承诺件清单",
        71,
        &[
            "序号",
            "事项名称",
            "事项编码",
            "实施部门",
            "办件类型",
            "法定办结时限",
            "承诺办结时限",
            "压缩比例",
            "到办事现场次数",
            "咨询电话",
        ],
    ),
    (
        "帮办代办事项清单",
        "帮办代办事项清单",
        "青石镇帮办代办事项清单",
        27,
        &[
            "序号",
            "事项名称",
            "事项编码",
            "实施部门",
            "承诺办结时限",
            "办理地点",
            "咨询电话",
        ],
    ),
    (
        "全程网办和最多跑一次事项清单",
        "全程网办、最多跑一次事项清单",
        "青石镇全程网办/最多跑一次事项清单",
        104,
        &[
            "序号",
            "事项名称",
            "事项编码",
            "实施部门",
            "类别",
            "网上办理深度",
            "到办事现场次数",
            "网办地址",
        ],
    ),
    (
        "承诺件移交清单",
        "承诺件移交清单",
        "青石镇承诺件移交清单",
        71,
        &[
            "序号",
            "后台办理部门",
            "事项名称",
            "事项编码",
            "办件类型",
            "申请材料",
            "承诺办结时限",
            "移交时间",
            "接收人签字",
        ],
    ),
];

#[test]
fn every_list_in_xlsx_and_markdown_with_its_items() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("公示清单");
    let stderr = write_sample_lists(&out);
    assert!(stderr.contains("已从 108 个事项生成 6 份清单"), "{stderr}");

    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected_files: Vec<String> = EXPECTED
        .iter()
        .flat_map(|(stem, ..)| [format!("{stem}.md"), format!("{stem}.xlsx")])
        .collect();
    expected_files.sort();
    assert_eq!(files, expected_files);

    for (stem, sheet, title, count, header) in EXPECTED {
        assert!(
            stderr.contains(&format!("  {title}：{count} 项（{stem}.xlsx、{stem}.md）")),
            "{stderr}"
        );
        let xlsx = out.join(format!("{stem}.xlsx"));
        assert_eq!(sheet_names(&xlsx), [*sheet]);
        sheets::assert_rows_written_once(&sheets::sheet_xml(&xlsx, sheet));
        let g = grid(&xlsx, sheet);
        assert_eq!(cell(&g, "A1"), *title);
        assert_eq!(cell(&g, "A2"), format!("版本：2022-06　　共 {count} 项"));
        assert_eq!(row(&g, 3), *header, "{stem}");
        // One row per item, numbered; then a blank row and the rule the list follows.
        assert_eq!(cell(&g, &format!("A{}", 3 + count)), count.to_string());
        assert_eq!(cell(&g, &format!("A{}", 4 + count)), "");
        assert!(
            cell(&g, &format!("A{}", 5 + count)).starts_with("纳入标准：")
                || *stem == "承诺件移交清单"
        );
        // Lists that show a limit as 待核实 say why on the next row.
        let noted = cell(&g, &format!("A{}", 6 + count)).starts_with("注：");
        assert_eq!(g.len(), 5 + count + usize::from(noted), "{stem}");

        let md = std::fs::read_to_string(out.join(format!("{stem}.md"))).unwrap();
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(lines[0], format!("# {title}"));
        assert_eq!(lines[2], format!("版本：2022-06　　共 {count} 项"));
        assert_eq!(lines[4], format!("| {} |", header.join(" | ")));
        let table_rows = lines.iter().filter(|l| l.starts_with("| ")).count();
        // The header, the separator and one row per item.
        assert_eq!(table_rows, count + 2, "{stem}");
    }
}

#[test]
fn list_cells_hold_what_each_list_is_for() {
    let dir = tempfile::tempdir().unwrap();
    write_sample_lists(dir.path());

    // 承诺件: both limits and how much the promise cuts.
    let g = grid(&dir.path().join("承诺件清单.xlsx"), "承诺件清单");
    assert_eq!(
        row(&g, 4),
        [
            "1",
            "农村宅基地申请审批",
            "11370112004325179B5370116001000",
            "农业农村办",
            "承诺件",
            "20个工作日",
            "15个工作日",
            "压缩25%",
            "2次",
            "0531-88101206"
        ]
    );

    // 移交清单: the back office first, materials as numbered lines, blank columns to sign.
    let g = grid(&dir.path().join("承诺件移交清单.xlsx"), "承诺件移交清单");
    assert_eq!(
        row(&g, 4),
        [
            "1",
            "农业农村办",
            "农村宅基地申请审批",
            "11370112004325179B5370116001000",
            "承诺件",
            "1.农村宅基地和建房（规划许可）申请表（1份）\n2.农村宅基地使用承诺书（1份）\n3.申请人身份证及户口簿（复印件，1份）\n4.村民小组会议记录（1份）",
            "15个工作日"
        ]
    );

    // 即办件: only items handled on the spot.
    let g = grid(&dir.path().join("即办件清单.xlsx"), "即办件清单");
    assert_eq!(cell(&g, "B4"), "政策性农业保险投保服务");
    let md = std::fs::read_to_string(dir.path().join("即办件清单.md")).unwrap();
    assert!(md.contains("| 1 | 政策性农业保险投保服务 | 11370112004325179B5372016008000 | 农业农村办 | 1.投保人身份证（复印件，1份）<br>2.农业保险投保单（1份） |"), "{md}");

    // 全程网办/最多跑一次: 四级 items are 全程网办.
    let md = std::fs::read_to_string(dir.path().join("全程网办和最多跑一次事项清单.md")).unwrap();
    assert!(md.contains("| 104 | 城乡居民医疗保险参保信息变更 | 12370112mB2850172B5372012012000 | 青石镇社会保障服务中心 | 全程网办 | 四级 | 0次 |  |"), "{md}");
    assert_eq!(md.matches("| 全程网办 |").count(), 22);

    // Printable: header repeated on every page, landscape, frozen below the header.
    let xml = sheets::sheet_xml(&dir.path().join("承诺件清单.xlsx"), "承诺件清单");
    assert!(
        xml.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#),
        "{xml}"
    );
    assert!(
        xml.contains(
            r#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#
        )
    );
    let workbook = sheets::zip_entry(&dir.path().join("承诺件清单.xlsx"), "xl/workbook.xml");
    assert!(workbook.contains("_xlnm.Print_Titles"), "{workbook}");
}

#[test]
fn hostile_text_stays_inert_in_markdown_and_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = lists(&[
        "tests/fixtures/export/hostile.csv",
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    // No region in a single csv: the titles start with the list's name.
    let md = std::fs::read_to_string(dir.path().join("即办件清单.md")).unwrap();
    assert!(md.starts_with("# 即办件清单\n\n共 2 项\n"), "{md}");
    // "http:" escaped: GitHub-flavoured Markdown would make a bare URL a link.
    assert!(
        md.contains(r#"| 1 | =HYPERLINK("http\://x","y") | 000105001000 | 民政办 |"#),
        "{md}"
    );
    let xml = sheets::sheet_xml(&dir.path().join("即办件清单.xlsx"), "即办件清单");
    assert!(!xml.contains("<f>"));
    assert!(xml.contains(r#"t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c>"#));
}

#[test]
fn an_empty_list_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "事项名称,事项编码,实施部门,事项类型,办件类型,承诺办结时限\n对违章建筑的行政处罚,000202001000,执法办,行政处罚,承诺件,30个工作日\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let (code, stderr) = lists(&[input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("帮办代办事项清单：0 项"), "{stderr}");
    let md = std::fs::read_to_string(out.join("帮办代办事项清单.md")).unwrap();
    assert_eq!(
        md,
        "# 帮办代办事项清单\n\n共 0 项\n\n（暂无符合条件的事项）\n\n纳入标准：“是否帮办代办”为“是”的事项。\n"
    );
    let g = grid(&out.join("帮办代办事项清单.xlsx"), "帮办代办事项清单");
    assert_eq!(cell(&g, "A4"), "（暂无符合条件的事项）");
    // A 行政处罚 is not applied for at the window.
    assert!(
        stderr.contains("一窗受理（综合受理）事项清单：0 项"),
        "{stderr}"
    );
}

/// One item of each handling type a catalog can name: 即办件, 承诺件, 联办件, 上报件.
const HANDLING_TYPES: &str = "事项名称,事项编码,实施部门,事项类型,申请材料,法定办结时限,承诺办结时限,办件类型,到办事现场次数,咨询电话
居民身份证明开具,000505001000,民政办,行政给付,1.身份证（原件）,即办,即办,即办件,1,0531-88101201
临时救助审核,000505002000,民政办,行政给付,1.临时救助申请书,20个工作日,10个工作日,承诺件,1,0531-88101201
残疾人两项补贴审核,000505003000,民政办,行政给付,1.补贴申请表；2.残疾人证（复印件）,20个工作日,15个工作日,联办件,1,0531-88101201
特困人员供养审核,000505004000,民政办,行政给付,1.特困人员申请书,30个工作日,10个工作日,上报件,1,0531-88101201
";

/// The names in a Markdown list's table, in order (after 序号, and after 后台办理部门 in the
/// 移交清单).
fn listed_names(md: &str) -> Vec<String> {
    let column = if md.contains("| 后台办理部门 |") {
        2
    } else {
        1
    };
    md.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| 序号") && !l.starts_with("| ---"))
        .map(|l| l.split(" | ").nth(column).unwrap().to_string())
        .collect()
}

#[test]
fn joint_and_reported_items_are_promised_handed_over_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("民政办.csv");
    std::fs::write(&input, HANDLING_TYPES).unwrap();
    let out = dir.path().join("out");
    let (code, stderr) = lists(&[input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let summary: Vec<&str> = stderr.lines().take(9).collect();
    assert_eq!(
        summary,
        [
            "已从 4 个事项生成 8 份清单，写入 ".to_string() + out.to_str().unwrap() + "：",
            "  一窗受理（综合受理）事项清单：4 项（一窗受理事项清单.xlsx、一窗受理事项清单.md）".into(),
            "  即办件清单：1 项（即办件清单.xlsx、即办件清单.md）".into(),
            "  承诺件清单：3 项（承诺件清单.xlsx、承诺件清单.md）".into(),
            "  联办件清单：1 项（联办件清单.xlsx、联办件清单.md）".into(),
            "  上报件清单：1 项（上报件清单.xlsx、上报件清单.md）".into(),
            "  帮办代办事项清单：0 项（帮办代办事项清单.xlsx、帮办代办事项清单.md）".into(),
            "  全程网办/最多跑一次事项清单：4 项（全程网办和最多跑一次事项清单.xlsx、全程网办和最多跑一次事项清单.md）".into(),
            "  承诺件移交清单：3 项（承诺件移交清单.xlsx、承诺件移交清单.md）".into(),
        ]
    );
    let read = |stem: &str| std::fs::read_to_string(out.join(format!("{stem}.md"))).unwrap();
    let promised = ["临时救助审核", "残疾人两项补贴审核", "特困人员供养审核"];
    assert_eq!(listed_names(&read("即办件清单")), ["居民身份证明开具"]);
    assert_eq!(listed_names(&read("承诺件清单")), promised);
    assert_eq!(listed_names(&read("承诺件移交清单")), promised);
    assert!(read("承诺件清单").contains(
        "| 3 | 特困人员供养审核 | 000505004000 | 民政办 | 上报件 | 30个工作日 | 10个工作日 | 压缩67% | 1次 | 0531-88101201 |"
    ));
    assert_eq!(
        read("联办件清单"),
        "# 联办件清单\n\n共 1 项\n\n\
         | 序号 | 事项名称 | 事项编码 | 牵头部门 | 申请材料 | 法定办结时限 | 承诺办结时限 | 咨询电话 |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- |\n\
         | 1 | 残疾人两项补贴审核 | 000505003000 | 民政办 | 1.补贴申请表<br>2.残疾人证（复印件） | 20个工作日 | 15个工作日 | 0531-88101201 |\n\n\
         纳入标准：办件类型为“联办件”的事项：由实施部门牵头受理，会同相关部门联合办理，按承诺办结时限办结。\n"
    );
    assert_eq!(
        read("上报件清单"),
        "# 上报件清单\n\n共 1 项\n\n\
         | 序号 | 事项名称 | 事项编码 | 受理部门 | 申请材料 | 法定办结时限 | 承诺办结时限 | 咨询电话 |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- |\n\
         | 1 | 特困人员供养审核 | 000505004000 | 民政办 | 1.特困人员申请书 | 30个工作日 | 10个工作日 | 0531-88101201 |\n\n\
         纳入标准：办件类型为“上报件”的事项：在本级受理、初审后报上级部门审批，按承诺办结时限办结。\n"
    );
    let g = grid(&out.join("上报件清单.xlsx"), "上报件清单");
    assert_eq!(cell(&g, "A1"), "上报件清单");
    assert_eq!(cell(&g, "B4"), "特困人员供养审核");
    let g = grid(&out.join("承诺件移交清单.xlsx"), "承诺件移交清单");
    assert_eq!(cell(&g, "E6"), "上报件");

    // Without 联办件 or 上报件 their lists are not written at all (the sample town: see
    // every_list_in_xlsx_and_markdown_with_its_items), and those of an earlier run are removed,
    // never left to be posted as if still true.
    let none = HANDLING_TYPES
        .replace(",联办件,", ",承诺件,")
        .replace(",上报件,", ",承诺件,");
    std::fs::write(&input, none).unwrap();
    let (code, stderr) = lists(&[input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("\n  联办件清单、上报件清单：目录中没有这类事项，未生成\n"),
        "{stderr}"
    );
    for stem in ["联办件清单", "上报件清单"] {
        for ext in ["xlsx", "md"] {
            assert!(!out.join(format!("{stem}.{ext}")).exists(), "{stem}.{ext}");
        }
    }
    assert_eq!(listed_names(&read("承诺件清单")), promised);
}

#[test]
fn limits_that_cannot_be_posted_are_marked_not_printed_as_if_fine() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = write_sample_lists(dir.path());
    assert!(
        stderr.contains(
            "公示清单中有 3 处办结时限不能照原样公示（即办件填了时限、承诺时限未定等），已标为“待核实”\n"
        ),
        "{stderr}"
    );
    let md = std::fs::read_to_string(dir.path().join("一窗受理事项清单.md")).unwrap();
    for row in [
        // A 即办件 with a time limit.
        "| 101 | 就业失业登记 | 12370112MB2850172B5372012006000 | 青石镇社会保障服务中心 | 公共服务 | 即办件 | 待核实（表中为“5个工作日”，但即办件应当场办结） | 1次 | 0531-88101202 |",
        // A promised limit 待定.
        "| 95 | 职业培训补贴申领 | 12370112MB2850172B5370512010000 | 青石镇社会保障服务中心 | 行政给付 | 承诺件 | 待核实（表中为“待定”，时限未定） | 1次 | 0531-88101202 |",
        // A 承诺件 promising 即办.
        "| 63 | 独生子女父母光荣证办理 | 11370112004325179B5370713006000 | 青石镇卫生健康办 | 行政确认 | 承诺件 | 待核实（表中为“即办”，但承诺件应有具体承诺时限） | 1次 | 0531-88101203 |",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
    assert!(md.ends_with(
        "\n\n注：标“待核实”的办结时限在目录中有误或未定（即办件填了办结时限、承诺时限写“待定”等），公示前请实施部门核实改正。\n"
    ));
    // The 即办件清单 shows no limit, but its rule says 当场办结: the item it cannot vouch for is named.
    let md = std::fs::read_to_string(dir.path().join("即办件清单.md")).unwrap();
    assert!(md.ends_with(
        "当场办结。\n\n注：第32项“就业失业登记”的承诺办结时限待核实（表中为“5个工作日”，但即办件应当场办结）。\n"
    ), "{md}");
    let g = grid(&dir.path().join("即办件清单.xlsx"), "即办件清单");
    assert_eq!(
        cell(&g, "A40"),
        "注：第32项“就业失业登记”的承诺办结时限待核实（表中为“5个工作日”，但即办件应当场办结）。"
    );
    // No compression is computed from a limit that is not one.
    let g = grid(&dir.path().join("承诺件清单.xlsx"), "承诺件清单");
    let row67 = row(&g, 70);
    assert_eq!(row67[1], "职业培训补贴申领");
    assert_eq!(row67[6], "待核实（表中为“待定”，时限未定）");
    assert_eq!(row67[7], "");
    assert_eq!(
        cell(&g, "A77"),
        "注：标“待核实”的办结时限在目录中有误或未定（即办件填了办结时限、承诺时限写“待定”等），公示前请实施部门核实改正。"
    );
}

#[test]
fn the_output_directory_is_created_but_never_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("a").join("b");
    write_sample_lists(&nested);
    assert!(nested.join("即办件清单.xlsx").is_file());

    // Writing the lists into the catalog directory would make them department sheets next time.
    let catalog = dir.path().join("catalog");
    std::fs::create_dir(&catalog).unwrap();
    std::fs::copy(
        "tests/fixtures/export/hostile.csv",
        catalog.join("民政办.csv"),
    )
    .unwrap();
    let (code, stderr) = lists(&[catalog.to_str().unwrap(), "-o", catalog.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("是输入之一"), "{stderr}");
    assert_eq!(std::fs::read_dir(&catalog).unwrap().count(), 1);

    // A file is not a directory.
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "x").unwrap();
    let (code, stderr) = lists(&[SAMPLE, "-o", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("是一个文件，-o 需要一个目录"), "{stderr}");
}

#[test]
fn lists_are_byte_identical_across_runs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    write_sample_lists(a.path());
    write_sample_lists(b.path());
    for (stem, ..) in EXPECTED {
        for ext in ["xlsx", "md"] {
            let name = format!("{stem}.{ext}");
            assert!(
                std::fs::read(a.path().join(&name)).unwrap()
                    == std::fs::read(b.path().join(&name)).unwrap(),
                "{name} differs"
            );
        }
    }
}

#[test]
#[ignore = "needs LibreOffice (libreoffice-calc); .ci/run installs it"]
fn libreoffice_opens_every_list() {
    let soffice = sheets::soffice();
    let dir = tempfile::tempdir().unwrap();
    write_sample_lists(dir.path());
    let out = dir.path().join("lo");
    std::fs::create_dir(&out).unwrap();
    for (stem, sheet, title, count, header) in EXPECTED {
        let xlsx = dir.path().join(format!("{stem}.xlsx"));
        sheets::soffice_convert(&soffice, &xlsx, sheets::CSV_ALL_SHEETS, &out);
        let rows = sheets::read_csv(&out.join(format!("{stem}-{sheet}.csv")));
        assert_eq!(rows[0][0], *title);
        assert_eq!(rows[2], *header);
        let numbered = rows[3..]
            .iter()
            .filter(|r| r[0].parse::<usize>().is_ok())
            .count();
        assert_eq!(numbered, *count, "{stem}");
    }

    // The lists only a catalog with 联办件 and 上报件 gets.
    let input = dir.path().join("民政办.csv");
    std::fs::write(&input, HANDLING_TYPES).unwrap();
    let more = dir.path().join("more");
    let (code, stderr) = lists(&[input.to_str().unwrap(), "-o", more.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    for (stem, name) in [
        ("联办件清单", "残疾人两项补贴审核"),
        ("上报件清单", "特困人员供养审核"),
    ] {
        sheets::soffice_convert(
            &soffice,
            &more.join(format!("{stem}.xlsx")),
            sheets::CSV_ALL_SHEETS,
            &out,
        );
        let rows = sheets::read_csv(&out.join(format!("{stem}-{stem}.csv")));
        assert_eq!(rows[0][0], stem);
        assert_eq!(rows[3][..2], ["1", name]);
    }
}
