//! `svcat fix`: only safe fixes, into a copy; the input never changes.

mod common;
mod sheets;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::Value;

fn rules_in(report: &Value) -> Vec<String> {
    let mut rules: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

fn digest(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn fixes_safe_cells_in_a_copy_and_lists_them() {
    let before = digest("catalogs/sample-town");
    let out = tempfile::tempdir().unwrap();
    let fixed = out.path().join("fixed");
    let result = svcat()
        .args(["fix", "catalogs/sample-town", "-o"])
        .arg(&fixed)
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(0));
    assert_eq!(
        digest("catalogs/sample-town"),
        before,
        "the input is never modified"
    );
    let listed = String::from_utf8(result.stdout).unwrap();
    assert_eq!(
        listed,
        "01民政办.xlsx!实施清单!H11  行使层级：镇级 → 镇（乡、街道）级  [F011]\n\
         01民政办.xlsx!实施清单!H18  行使层级：镇级 → 镇（乡、街道）级  [F011]\n\
         02社会保障服务中心.csv!D9  事项类别：07 → 行政确认  [F011]\n\
         02社会保障服务中心.csv!B13  事项编码：12370112mB2850172B5372012012000 → 12370112MB2850172B5372012012000  [F005]\n\
         03卫生健康办.ods!卫生健康办!M2  表头：受理条见 → 受理条件  [S001]\n\
         03卫生健康办.ods!卫生健康办!R10  承诺期限：十五个工作日 → 15个工作日  [F012]\n\
         04残疾人联合会.xls!Sheet1!D5  类型：5 → 行政给付  [F011]\n\
         04残疾人联合会.xls!Sheet1!D6  类型：5 → 行政给付  [F011]\n\
         05综合.xlsx!退役军人服务站!M9  法定办结时限：２０个工作日 → 20个工作日  [F009]\n"
    );
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(
        stderr
            .contains("已修正 9 个单元格（F005 1 处，F009 1 处，F011 5 处，F012 1 处，S001 1 处）"),
        "{stderr}"
    );

    let names: Vec<String> = digest(fixed.to_str().unwrap())
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        [
            "01民政办.xlsx",
            "02社会保障服务中心.csv",
            "03卫生健康办.xlsx",
            "04残疾人联合会.xlsx",
            "05综合.xlsx",
            "catalog.toml"
        ]
    );
    // The csv is written back as it came, GBK with CRLF line ends: only its two fixed lines differ.
    let lines = |path: &std::path::Path| -> Vec<String> {
        let bytes = std::fs::read(path).unwrap();
        assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM added");
        let (text, _, bad) = encoding_rs::GB18030.decode(&bytes);
        assert!(!bad);
        assert!(text.contains("\r\n"));
        text.split("\r\n").map(str::to_string).collect()
    };
    let old = lines(std::path::Path::new(
        "catalogs/sample-town/02社会保障服务中心.csv",
    ));
    let new = lines(&fixed.join("02社会保障服务中心.csv"));
    assert_eq!(old.len(), new.len());
    let changed: Vec<usize> = (0..old.len()).filter(|&i| old[i] != new[i]).collect();
    assert_eq!(changed, [8, 12], "rows 9 and 13");
    assert!(new[12].contains("12370112MB2850172B5372012012000"));

    // The xlsx is the department's own workbook: every part but the fixed sheet's XML is the
    // same, and that XML differs only in the two fixed cells, which keep their style.
    let parts = |path: &std::path::Path| -> Vec<(String, Vec<u8>)> {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
        (0..zip.len())
            .map(|i| {
                let mut entry = zip.by_index(i).unwrap();
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
                (entry.name().unwrap().into_owned(), bytes)
            })
            .collect()
    };
    let old = parts(std::path::Path::new("catalogs/sample-town/01民政办.xlsx"));
    let new = parts(&fixed.join("01民政办.xlsx"));
    assert_eq!(old.len(), new.len());
    for ((name, before), (new_name, after)) in old.iter().zip(&new) {
        assert_eq!(name, new_name);
        if name != "xl/worksheets/sheet2.xml" {
            assert!(before == after, "{name} changed");
            continue;
        }
        let (before, after) = (
            String::from_utf8(before.clone()).unwrap(),
            String::from_utf8(after.clone()).unwrap(),
        );
        for cell in ["H11", "H18"] {
            let was = format!("<c r=\"{cell}\" s=\"4\" t=\"inlineStr\"><is><t>镇级</t></is></c>");
            let now = format!(
                "<c r=\"{cell}\" s=\"4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">镇（乡、街道）级</t></is></c>"
            );
            assert!(before.contains(&was) && after.contains(&now), "{cell}");
        }
        let replaced = before
            .replace(
                "<c r=\"H11\" s=\"4\" t=\"inlineStr\"><is><t>镇级</t></is></c>",
                "<c r=\"H11\" s=\"4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">镇（乡、街道）级</t></is></c>",
            )
            .replace(
                "<c r=\"H18\" s=\"4\" t=\"inlineStr\"><is><t>镇级</t></is></c>",
                "<c r=\"H18\" s=\"4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">镇（乡、街道）级</t></is></c>",
            );
        assert!(replaced == after, "nothing but the two cells changed");
    }
    // The formats svcat cannot write back are said to have become xlsx.
    assert!(
        stderr.contains(
            "注意：03卫生健康办.ods：.ods 格式不能原样写回，修正后的副本另存为 03卫生健康办.xlsx"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("注意：04残疾人联合会.xls：.xls 格式不能原样写回，修正后的副本另存为 04残疾人联合会.xlsx"),
        "{stderr}"
    );

    // Checked again, the fixed findings are gone and nothing else changed.
    let check = |path: &std::path::Path| -> Value {
        let out = svcat()
            .arg("check")
            .arg(path)
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let original = check(std::path::Path::new("catalogs/sample-town"));
    let after = check(&fixed);
    assert_eq!(after["summary"]["items"], 108);
    for gone in ["F005", "F009", "F011", "F012", "S001"] {
        assert!(rules_in(&original).contains(&gone.to_string()));
        assert!(
            !rules_in(&after).contains(&gone.to_string()),
            "{gone} fixed"
        );
    }
    // 受理条见 renamed: the ods sheet has its 受理条件 column again.
    assert_eq!(original["summary"]["errors"], 24);
    assert_eq!(after["summary"]["errors"], 22);
}

#[test]
fn json_output_holds_the_fixed_catalog() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("fixed.json");
    svcat()
        .args(["fix", "catalogs/sample-town", "-q", "-o"])
        .arg(&target)
        .assert()
        .success();
    let catalog: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    let item = catalog["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "城乡居民医疗保险参保信息变更")
        .unwrap();
    assert_eq!(item["code"], "12370112MB2850172B5372012012000");
}

#[test]
fn refuses_to_write_into_the_input() {
    let out = svcat()
        .args(["fix", "catalogs/sample-town", "-o", "catalogs/sample-town"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不会覆盖输入文件"));
}

/// LibreOffice opens the workbook fixed in place, and shows the fixed value in the fixed cell
/// with the rest of the sheet as the department wrote it.
#[test]
#[ignore = "needs LibreOffice (libreoffice-calc); .ci/run installs it"]
fn libreoffice_opens_the_workbook_fixed_in_place() {
    let soffice = sheets::soffice();
    let out = tempfile::tempdir().unwrap();
    let fixed = out.path().join("fixed");
    let result = svcat()
        .args(["fix", "catalogs/sample-town/01民政办.xlsx", "-o"])
        .arg(&fixed)
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(0));
    let lo = out.path().join("lo");
    std::fs::create_dir(&lo).unwrap();
    for (dir, file) in [
        (&fixed, fixed.join("01民政办.xlsx")),
        (
            &lo,
            std::path::Path::new("catalogs/sample-town/01民政办.xlsx").to_path_buf(),
        ),
    ] {
        let target = dir.join(if dir == &fixed { "new" } else { "old" });
        std::fs::create_dir(&target).unwrap();
        sheets::soffice_convert(&soffice, &file, sheets::CSV_ALL_SHEETS, &target);
    }
    let old = sheets::read_csv(&lo.join("old").join("01民政办-实施清单.csv"));
    let new = sheets::read_csv(&fixed.join("new").join("01民政办-实施清单.csv"));
    assert_eq!(old.len(), new.len());
    for (r, (before, after)) in old.iter().zip(&new).enumerate() {
        for (c, (a, b)) in before.iter().zip(after).enumerate() {
            if (r, c) == (10, 7) || (r, c) == (17, 7) {
                assert_eq!((a.as_str(), b.as_str()), ("镇级", "镇（乡、街道）级"));
            } else {
                assert_eq!(a, b, "row {} column {}", r + 1, c + 1);
            }
        }
    }
}
