//! `svcat import` over real files in every format and messy shape.

mod common;

use common::{fixture, import, item, item_names, material_names, read_json, svcat};
use serde_json::json;

#[test]
fn grouped_header_title_rows_merged_department_and_continuation_rows() {
    let (code, catalog, stderr) = import(&["tests/fixtures/ingest/grouped.xlsx"]);
    assert_eq!(code, 0, "{stderr}");
    let items = catalog["items"].as_array().unwrap();
    // 4 items: the repeated header row, the 合计 row and the 填报说明 sheet are not items.
    assert_eq!(items.len(), 4);

    let dibao = item(&catalog, "最低生活保障审核确认");
    assert_eq!(dibao["code"], "370507001000");
    assert_eq!(dibao["department"], "青石镇民政办");
    assert_eq!(dibao["kind"], "行政确认");
    // 办理时限 over 法定/承诺: both columns mapped; full-width digits read.
    assert_eq!(dibao["legal_limit"], json!({"value": 30, "unit": "工作日"}));
    assert_eq!(
        dibao["promised_limit"],
        json!({"value": 20, "unit": "工作日"})
    );
    assert_eq!(dibao["source"]["raw"]["promised_limit"], "２０个工作日");
    assert_eq!(dibao["visits"], 1);
    assert_eq!(
        dibao["materials"][0],
        json!({"name": "身份证", "form": "原件及复印件", "copies": 1, "required": true})
    );
    assert_eq!(material_names(dibao), ["身份证", "户口簿", "家庭收入证明"]);
    assert_eq!(
        dibao["source"],
        json!({
            "file": "tests/fixtures/ingest/grouped.xlsx", "sheet": "民政办", "row": 5,
            "cells": {"code": "D5", "name": "C5", "department": "B5", "kind": "E5",
                      "materials": "G5", "legal_limit": "H5", "promised_limit": "I5",
                      "visits": "J5", "受理条见": "F5", "备注": "K5"},
            "raw": {"materials": "1.身份证原件及复印件1份；2.户口簿原件及复印件1份；3.家庭收入证明",
                    "promised_limit": "２０个工作日", "visits": "1次"}
        })
    );
    // Unknown and misspelled columns are carried, never dropped.
    assert_eq!(
        dibao["extra"],
        json!({"受理条见": "具有本镇户籍，家庭人均收入低于当地低保标准", "备注": "需村委会盖章"})
    );

    // An item spanning rows 6–8: the merged department reaches it, materials from every row.
    let linshi = item(&catalog, "临时救助");
    assert_eq!(linshi["department"], "青石镇民政办");
    assert_eq!(linshi["kind"], "行政给付"); // typed as the code "5"
    assert_eq!(material_names(linshi), ["申请书", "身份证", "困难情况证明"]);
    assert_eq!(linshi["materials"][2]["required"], false);
    assert_eq!(linshi["source"]["row"], 6);
    assert_eq!(linshi["source"]["last_row"], 8);
    assert_eq!(
        linshi["promised_limit"],
        json!({"value": 0, "unit": "即办"})
    );

    // The department merge (B5:B9) reaches row 9; the code was stored as a number.
    let butie = item(&catalog, "困难残疾人生活补贴和重度残疾人护理补贴");
    assert_eq!(butie["department"], "青石镇民政办");
    assert_eq!(butie["source"]["numeric"], json!(["code"]));
    assert_eq!(material_names(butie), ["残疾人证", "户口簿"]);
    assert_eq!(butie["legal_limit"], json!({"value": 15, "unit": "工作日"}));
    assert_eq!(butie["visits"], 1); // 最多跑一次

    // Below the repeated header: 15日 is calendar days.
    let gaoling = item(&catalog, "高龄津贴申请");
    assert_eq!(gaoling["source"]["row"], 11);
    assert_eq!(
        gaoling["legal_limit"],
        json!({"value": 15, "unit": "自然日"})
    );
    assert_eq!(gaoling["kind"], "行政确认"); // "07"

    assert!(stderr.contains("共 4 个事项"), "{stderr}");
    assert!(
        stderr.contains("F列“受理条见”，可能是“受理条件”（conditions）"),
        "{stderr}"
    );
    assert!(stderr.contains("K列“备注”"), "{stderr}");
    assert!(stderr.contains("填报说明"), "{stderr}");
}

#[test]
fn gbk_csv_with_aliases_units_in_headers_and_shared_fee_column() {
    let (code, catalog, stderr) = import(&["tests/fixtures/ingest/gbk.csv"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("按 GB18030（GBK）编码读取"), "{stderr}");
    let pension = item(&catalog, "城乡居民基本养老保险参保登记");
    assert_eq!(pension["department"], "社会保障服务中心");
    assert_eq!(pension["conditions"], "年满16周岁");
    // 法定办结时限（工作日） with a bare 20 below it.
    assert_eq!(
        pension["legal_limit"],
        json!({"value": 20, "unit": "工作日"})
    );
    assert_eq!(pension["fee_charged"], false);
    assert_eq!(pension["fee_standard"], "不收费");
    assert_eq!(pension["fee_basis"], "不收费");
    assert_eq!(material_names(pension), ["身份证", "户口簿"]);
    // CSV: sheet is null, the header is row 1, columns get letters.
    assert_eq!(pension["source"]["sheet"], json!(null));
    assert_eq!(pension["source"]["row"], 2);
    assert_eq!(pension["source"]["cells"]["phone_complaint"], "L2");

    // A ragged row (one field short) still reads; the missing complaint phone is simply absent.
    let subsidy = item(&catalog, "灵活就业人员社保补贴申领");
    assert_eq!(subsidy["fee_charged"], true);
    assert_eq!(
        subsidy["promised_limit"],
        json!({"value": 10, "unit": "工作日"})
    );
    assert!(subsidy.get("phone_complaint").is_none());
}

#[test]
fn multi_value_enums_and_both_online_depth_schemes() {
    let (code, catalog, stderr) = import(&["tests/fixtures/ingest/bom-semicolon.csv"]);
    assert_eq!(code, 0, "{stderr}");
    let a = item(&catalog, "生育登记服务");
    assert_eq!(a["level"], json!(["镇（乡、街道）级"]));
    assert_eq!(a["online_depth"], "四级"); // 3^4^5^6
    let b = item(&catalog, "再生育审批");
    assert_eq!(b["kind"], "行政许可");
    assert_eq!(b["service_objects"], json!(["自然人", "企业法人"]));
    assert_eq!(b["level"], json!(["镇（乡、街道）级"])); // 镇级
    assert_eq!(b["online_depth"], "四级"); // Ⅳ
    assert_eq!(b["proxy_service"], false);
    let c = item(&catalog, "独生子女父母奖励");
    assert_eq!(c["level"], json!(["县级", "镇（乡、街道）级"])); // 4^5
    assert_eq!(c["service_objects"], json!(["自然人", "法人"])); // split on 、
    // No department column, and the file's name names no office: no department is made up.
    assert!(c.get("department").is_none());
}

#[test]
fn utf16_tab_separated() {
    let (code, catalog, _) = import(&["tests/fixtures/ingest/utf16.tsv"]);
    assert_eq!(code, 0);
    let aid = item(&catalog, "法律援助申请受理");
    assert_eq!(aid["department"], "司法所");
    assert_eq!(aid["code"], "370510001000");
}

#[test]
fn ods_department_from_sheet_name_and_fill_down() {
    let (code, catalog, stderr) = import(&["tests/fixtures/ingest/sheets.ods"]);
    assert_eq!(code, 0, "{stderr}");
    let aid = item(&catalog, "法律援助申请受理");
    assert_eq!(aid["department"], "司法所");
    // ods records no merges: the implementer code left blank is filled from the row above.
    assert_eq!(aid["implementer_code"], "11370000MB2853394X");
    assert_eq!(aid["promised_limit"], json!({"value": 7, "unit": "工作日"}));
    // "Sheet2" is not a department name, and neither is the file's ("sheets"): none is made up.
    let other = item(&catalog, "门前三包责任区管理");
    assert!(other.get("department").is_none());
    assert!(other.get("implementer_code").is_none());
    assert_eq!(other["source"]["sheet"], "Sheet2");
}

#[test]
fn xls_merged_department() {
    let (code, catalog, _) = import(&["tests/fixtures/ingest/legacy.xls"]);
    assert_eq!(code, 0);
    for name in ["残疾人证办理初审", "残疾人辅助器具申领"] {
        assert_eq!(item(&catalog, name)["department"], "青石镇残疾人联合会");
    }
    assert_eq!(
        item(&catalog, "残疾人辅助器具申领")["source"]["cells"]["department"],
        "B3"
    );
}

#[test]
fn directory_reads_catalog_toml_and_survives_a_broken_file() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("c.json");
    let result = svcat()
        .args(["import", "tests/fixtures/ingest/dir-catalog", "-o"])
        .arg(&target)
        .output()
        .unwrap();
    // One unreadable file: the others are read, -o is written, exit 2.
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains("2-broken.xlsx"), "{stderr}");
    assert!(
        stderr.contains("已读取 3 个文件（其中 1 个无法读取"),
        "{stderr}"
    );
    let catalog = read_json(&target);
    assert_eq!(
        catalog["meta"],
        json!({"region": "青石镇", "level": "镇（乡、街道）级", "version": "2022-06",
               "schema": "township", "max_visits": 1})
    );
    let names = item_names(&catalog);
    // Sorted file order; notes.txt ignored.
    assert_eq!(names, ["耕地地力保护补贴", "悬挂光荣牌"]);
    assert_eq!(catalog["items"][0]["department"], "农业农村办");
    assert_eq!(catalog["items"][0]["source"]["file"], "1-农业农村办.csv");
}

#[test]
fn bad_inputs_fail_clearly_without_panicking() {
    let cases = [
        ("bad/not-a-workbook.xlsx", "内容不是 xlsx 文件"),
        ("bad/truncated.xlsx", "不是有效的 xlsx 文件"),
        ("bad/binary.csv", "二进制内容"),
        ("bad/empty.csv", "文件是空的"),
        ("bad/bomb.xlsx", "疑似压缩炸弹"),
        // Its FAT links the directory's sector to itself: calamine alone reads that chain until
        // memory runs out (a fuzzed file took 16 GB in 18 s before the system killed svcat).
        ("bad/looping-chain.xls", "扇区链首尾相接"),
        // One cell moved to IV65536's far side, row and column 65535: calamine alone asks for
        // 137 GB to hold the sheet's grid and aborts.
        (
            "bad/wide-sheet.xls",
            "工作表“残联”的单元格范围（65536 行 × 65536 列），超出 xls 格式的上限",
        ),
        // 1 KB whose repeated rows expand to 99 million cells: calamine alone writes them all out
        // and aborts at 4 GB.
        (
            "bad/repeated-rows.ods",
            "有 99001 行 × 1000 列，超过读取上限",
        ),
        // The sheet's end tag damaged: calamine alone reads past the end of the content forever.
        ("bad/unfinished-sheet.ods", "文件内容在这张工作表中途结束"),
    ];
    for (file, message) in cases {
        let path = format!("tests/fixtures/ingest/{file}");
        let (code, _, stderr) = import(&[&path]);
        assert_eq!(code, 2, "{file}: {stderr}");
        assert!(stderr.contains(message), "{file}: {stderr}");
        assert!(stderr.contains(&path), "{file} names the file: {stderr}");
        assert!(!stderr.contains("panicked"), "{file}: {stderr}");
    }
}

#[test]
fn missing_input_is_a_usage_error() {
    let (code, _, stderr) = import(&["tests/fixtures/nope.xlsx"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("找不到 tests/fixtures/nope.xlsx"),
        "{stderr}"
    );
}

#[test]
fn output_may_not_overwrite_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("gbk.csv");
    std::fs::copy(fixture("ingest/gbk.csv"), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let out = svcat()
        .arg("import")
        .arg(&copy)
        .arg("-o")
        .arg(&copy)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不会覆盖输入文件"));
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

#[test]
fn output_is_atomic_deterministic_and_inputs_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture("ingest/grouped.xlsx");
    let before = std::fs::read(&input).unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    for target in [&a, &b] {
        svcat()
            .arg("import")
            .arg(&input)
            .arg("-o")
            .arg(target)
            .assert()
            .success();
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // No temporary file left beside the output.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn canonical_json_reads_back_identically() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.json");
    let second = dir.path().join("second.json");
    svcat()
        .args([
            "import",
            "tests/fixtures/ingest/grouped.xlsx",
            "tests/fixtures/ingest/gbk.csv",
            "-o",
        ])
        .arg(&first)
        .assert()
        .success();
    svcat()
        .arg("import")
        .arg(&first)
        .arg("-o")
        .arg(&second)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap()
    );
}

#[test]
fn quiet_prints_no_summary() {
    let out = svcat()
        .args(["import", "--quiet", "tests/fixtures/ingest/utf16.tsv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// Binary bytes part-way through a CSV: the error names the row, the rows above it are kept
/// (import streams them out; check holds them) and the exit code is 2.
#[test]
fn rows_before_an_error_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("c.json");
    let out = svcat()
        .args(["import", "tests/fixtures/ingest/bad/binary-tail.csv", "-o"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("binary-tail.csv!第4行：文件含有二进制内容"),
        "{stderr}"
    );
    assert!(stderr.contains("共 2 个事项"), "{stderr}");
    let catalog = read_json(&target);
    let names = item_names(&catalog);
    assert_eq!(names, ["临时救助申请", "低保申请"]);

    let check = svcat()
        .args([
            "check",
            "tests/fixtures/ingest/bad/binary-tail.csv",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(report["summary"]["items"], 2, "{report:#}");
}

/// `import` writes items as they are parsed; `export --to json` writes the catalog it holds. The
/// bytes are the same (also with no items at all).
#[test]
fn streamed_import_matches_the_catalog_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    for input in [
        "catalogs/sample-town",
        "tests/fixtures/ingest/bad/binary.csv",
    ] {
        let streamed = dir.path().join("streamed.json");
        let whole = dir.path().join("whole.json");
        svcat()
            .args(["import", input, "-o"])
            .arg(&streamed)
            .output()
            .unwrap();
        svcat()
            .args(["export", input, "--to", "json", "-o"])
            .arg(&whole)
            .output()
            .unwrap();
        let (a, b) = (
            std::fs::read(&streamed).unwrap(),
            std::fs::read(&whole).unwrap(),
        );
        assert!(a.len() > 50, "{input}");
        assert!(a == b, "{input}: import and export --to json differ");
    }
}

#[test]
fn material_notes_after_form_and_copies() {
    let (code, catalog, stderr) = import(&["tests/fixtures/ingest/material-notes.csv"]);
    assert_eq!(code, 0, "{stderr}");
    let item = item(&catalog, "农村宅基地证明出具");
    assert_eq!(
        item["materials"],
        json!([
            {"name": "房屋权属证明材料", "form": "复印件", "copies": 1, "required": true,
             "notes": "村（社区）出具并加盖公章"},
            {"name": "相邻权利人意见书", "form": "原件", "copies": 1, "required": true,
             "notes": "核验原件，留存复印件"},
            // A bracket without a form or copies before it stays in the name.
            {"name": "户口簿（户主页及本人页）", "required": true},
            {"name": "结婚证", "form": "复印件", "required": false, "notes": "离婚的提供离婚证"},
            {"name": "申请表", "copies": 2, "required": true}
        ])
    );
}

/// A csv of several megabytes is read in chunks on the worker threads. In UTF-8 the cells of a
/// chunk share its text; in GB18030 each is decoded into a string of its own. Both must give the
/// same catalog, with quoted fields that hold line breaks and quotes, continuation rows and
/// filled-down departments falling on either side of chunk boundaries.
#[test]
fn a_large_csv_reads_the_same_in_utf8_and_gb18030() {
    let dir = tempfile::tempdir().unwrap();
    let mut text =
        String::from("事项编码,事项名称,事项类型,实施部门,申请材料,承诺办结时限,备注\r\n");
    let items = 15_000;
    for n in 0..items {
        // Every seventh item's department is left to be filled down from the one above.
        let department = if n % 7 == 3 {
            ""
        } else {
            ["青石镇民政办", "青石镇司法所"][n % 2]
        };
        text.push_str(&format!(
            "{code},事项{n},行政确认,{department},\"1.身份证复印件1份；\r\n2.“申请书”\"\"第{n}号\"\"原件\",{days}个工作日,备注{n}\r\n",
            code = 370_000_000_000u64 + n as u64,
            days = 1 + n % 20,
        ));
        if n % 5 == 0 {
            // A continuation row: one more material for the item above.
            text.push_str(",,,,3.户口簿原件1份,,\r\n");
        }
    }
    assert!(text.len() > 2 << 20, "several chunks: {} bytes", text.len());
    let utf8 = dir.path().join("utf8.csv");
    let gb = dir.path().join("gb.csv");
    std::fs::write(&utf8, &text).unwrap();
    let (encoded, _, lossy) = encoding_rs::GB18030.encode(&text);
    assert!(!lossy);
    std::fs::write(&gb, &encoded).unwrap();

    let read = |path: &std::path::Path| {
        let (code, mut catalog, stderr) = import(&[path.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        for item in catalog["items"].as_array_mut().unwrap() {
            item["source"]["file"] = json!("");
        }
        catalog
    };
    let from_utf8 = read(&utf8);
    let from_gb = read(&gb);
    assert_eq!(from_utf8["items"].as_array().unwrap().len(), items);
    assert!(
        from_utf8 == from_gb,
        "the UTF-8 and GB18030 readings differ"
    );

    let item = &from_utf8["items"][12_005];
    assert_eq!(item["name"], "事项12005");
    assert_eq!(item["department"], "青石镇司法所");
    assert_eq!(
        material_names(item),
        ["身份证", "“申请书”\"第12005号\"", "户口簿"]
    );
    assert_eq!(
        item["promised_limit"],
        json!({"value": 6, "unit": "工作日"})
    );
    // 11980 % 7 == 3: its department cell is blank and filled from the item above (11979).
    let filled = &from_utf8["items"][11_980];
    assert_eq!(filled["name"], "事项11980");
    assert_eq!(filled["department"], "青石镇司法所");
    // Its own (blank) cell, below 11,980 items, their 2,396 continuation rows and the header.
    assert_eq!(filled["source"]["row"], 14_378);
    assert_eq!(filled["source"]["last_row"], 14_379);
    assert_eq!(filled["source"]["cells"]["department"], "D14378");
    assert_eq!(
        filled["source"]["raw"]["materials"],
        "1.身份证复印件1份；\r\n2.“申请书”\"第11980号\"原件\n3.户口簿原件1份"
    );
}

/// WPS saves its workbooks as .et: in a catalog directory they are read with the other formats
/// (an xls inside here), and an .et that is no workbook is refused by name.
#[test]
fn wps_et_files_in_a_directory_are_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/ingest/legacy.xls",
        dir.path().join("残联.et"),
    )
    .unwrap();
    let (code, catalog, stderr) = import(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let aid = item(&catalog, "残疾人辅助器具申领");
    assert_eq!(aid["department"], "青石镇残疾人联合会");
    assert!(aid["source"]["file"].as_str().unwrap().ends_with("残联.et"));
    std::fs::write(dir.path().join("坏.et"), "不是表格").unwrap();
    let (code, _, stderr) = import(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("坏.et"), "{stderr}");
    assert!(stderr.contains("扩展名是 .et"), "{stderr}");
}
