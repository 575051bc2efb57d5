//! `svcat district -o OUT`, written from a district built here: two sample towns and a hostile
//! one (a town named `CON.` holding `<script>` in an item name and `=cmd|…` formulas in cells),
//! each read and checked as `svcat check` does, with variants and coverage set by hand (the
//! district computation is tested on its own).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use svcat_core::model::Catalog;
use svcat_district::outputs::{Written, write_outputs};
use svcat_district::{
    Coverage, District, Indicator, ItemRef, Target, TargetResult, Town, UpperDifference, Variant,
    VariantValue,
};

const FORMULA: &str = "=cmd|' /C calc'!A0";
const SCRIPT: &str = "<script>alert(1)</script>养老登记";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A town catalog of one UTF-8 csv, two departments, hostile values in cells.
fn hostile_town(dir: &Path) -> PathBuf {
    let town = dir.join("hostile");
    std::fs::create_dir_all(&town).unwrap();
    std::fs::write(
        town.join("catalog.toml"),
        "region = \"CON.\"\nschema = \"township\"\n",
    )
    .unwrap();
    let csv = format!(
        "序号,事项编码,服务事项名称,事项类别,法律依据,科室,申请条件,所需材料,法定时限,承诺时限,办件类型,跑动次数,网办深度,备注\n\
         1,12370112MB2850172B5372012001000,{SCRIPT},公共服务,《中华人民共和国社会保险法》第二十条,社保所,年满16周岁,1.居民身份证1份,即办,即办,即办件,0,全程网办,\"{}\"\n\
         2,12370112MB2850172B5370512002000,城乡居民基本养老保险待遇申领,行政给付,《国务院关于建立统一的城乡居民基本养老保险制度的意见》,\"{}\",年满60周岁,1.申领表1份,20个工作日,5个工作日,承诺件,1,三级,\n\
         3,,残疾人证办理,公共服务,《残疾人证管理办法》,残联,持证人,1.照片2张,20个工作日,10个工作日,承诺件,1,,\n",
        FORMULA.replace('"', "\"\""),
        FORMULA.replace('"', "\"\""),
    );
    std::fs::write(town.join("综合.csv"), csv).unwrap();
    town
}

/// A town read and checked as `svcat check TOWN` does, its indicators as `stats` computes them.
fn town(path: &Path, name: &str, targets: &[Target]) -> Town {
    let files = vec![path.to_path_buf()];
    let ingested = svcat_ingest::read_inputs(&files, &Default::default()).expect("town reads");
    let mut report =
        svcat_rules::check_catalog(&ingested.catalog, &ingested.notices, None, ingested.files)
            .expect("town checks");
    svcat_rules::group_repeated_facts(&mut report).unwrap();
    let indicators = svcat_stats::compute(&ingested.catalog, &report).total;
    let targets = targets
        .iter()
        .map(|t| {
            let actual = t.indicator.value(&indicators);
            TargetResult {
                indicator: t.indicator,
                goal: t.goal,
                actual,
                met: actual.is_some_and(|a| a >= t.goal),
            }
        })
        .collect();
    Town {
        name: name.to_string(),
        path: path.to_path_buf(),
        files,
        catalog: ingested.catalog,
        report,
        input_errors: Vec::new(),
        indicators,
        targets,
        rank: 0,
    }
}

fn item(code: &str, name: &str) -> ItemRef {
    ItemRef {
        code: code.to_string(),
        name: name.to_string(),
    }
}

fn district(tmp: &Path) -> District {
    let targets = vec![
        Target {
            indicator: Indicator::ImmediateShare,
            goal: 0.3,
        },
        Target {
            indicator: Indicator::OneWindowShare,
            goal: 1.0,
        },
    ];
    let mut towns = vec![
        town(&repo().join("catalogs/sample-town"), "青石镇", &targets),
        town(&hostile_town(tmp), "CON.", &targets),
        town(&repo().join("catalogs/sample-town-2023"), "../x", &targets),
    ];
    for (n, town) in towns.iter_mut().enumerate() {
        town.rank = n + 1;
    }
    let variants = vec![
        Variant {
            item: item(
                "12370112MB2850172B5370512002000",
                "城乡居民基本养老保险待遇申领",
            ),
            element: "legal_limit".to_string(),
            label: "法定办结时限".to_string(),
            values: vec![
                VariantValue {
                    value: "20个工作日".to_string(),
                    towns: vec!["青石镇".to_string(), "../x".to_string()],
                },
                VariantValue {
                    value: FORMULA.to_string(),
                    towns: vec!["CON.".to_string()],
                },
            ],
            majority: Some("20个工作日".to_string()),
            upper: Some("20个工作日".to_string()),
        },
        Variant {
            item: item("", SCRIPT),
            element: "materials".to_string(),
            label: "申请材料".to_string(),
            values: vec![
                VariantValue {
                    value: "1.居民身份证1份\n2.登记表1份".to_string(),
                    towns: vec!["青石镇".to_string()],
                },
                VariantValue {
                    value: String::new(),
                    towns: vec!["CON.".to_string()],
                },
            ],
            majority: None,
            upper: None,
        },
    ];
    let coverage = vec![
        Coverage {
            town: "青石镇".to_string(),
            ..Coverage::default()
        },
        Coverage {
            town: "CON.".to_string(),
            unclaimed: vec![item("12370112MB2850172B5370512009000", "临时救助")],
            not_in_upper: vec![item("", SCRIPT)],
            differs_from_upper: vec![UpperDifference {
                item: item(
                    "12370112MB2850172B5370512002000",
                    "城乡居民基本养老保险待遇申领",
                ),
                element: "legal_limit".to_string(),
                label: "法定办结时限".to_string(),
                town_value: FORMULA.to_string(),
                upper_value: "20个工作日".to_string(),
            }],
        },
        Coverage {
            town: "../x".to_string(),
            ..Coverage::default()
        },
    ];
    District {
        name: "历城区<b>".to_string(),
        path: tmp.to_path_buf(),
        upper: Some(repo().join("catalogs/sample-county")),
        targets,
        towns,
        variants,
        coverage,
    }
}

/// Every file under `dir`, relative, sorted, with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn relative(written: &Written, dir: &Path) -> Vec<String> {
    written
        .files
        .iter()
        .map(|f| f.strip_prefix(dir).unwrap().to_string_lossy().into_owned())
        .collect()
}

/// The text of every worksheet part of an xlsx.
fn sheet_xml(path: &Path) -> Vec<(String, String)> {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        if name.starts_with("xl/worksheets/") && name.ends_with(".xml") {
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut entry, &mut xml).unwrap();
            out.push((name, xml));
        }
    }
    out
}

/// Every cell of a sheet as text.
fn cells(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    use calamine::{Reader, open_workbook_auto};
    let mut book = open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn the_files_written_are_exactly_these() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("out");
    let written = write_outputs(&district, &out, None).unwrap();
    let names = relative(&written, &out);
    let expected: Vec<String> = EXPECTED_FILES.iter().map(|s| s.to_string()).collect();
    assert_eq!(names, expected);
    // Nothing else is there: the list is the whole tree.
    let on_disk: Vec<String> = tree(&out).into_keys().collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(on_disk, sorted);
    assert_eq!(
        written.folders,
        ["青石镇", "CON_", "．.／x"].map(|f| out.join(f))
    );
}

/// Per town, per department (by the standard spelling, in name order): the annotated workbook,
/// then the template. The hostile town's second department is spelled as a formula.
const EXPECTED_FILES: &[&str] = &[
    "index.html",
    "汇总.xlsx",
    "青石镇/农业农村办-问题标注.xlsx",
    "青石镇/农业农村办-填报模板.xlsx",
    "青石镇/司法所-问题标注.xlsx",
    "青石镇/司法所-填报模板.xlsx",
    "青石镇/综合行政执法办-问题标注.xlsx",
    "青石镇/综合行政执法办-填报模板.xlsx",
    "青石镇/规划建设办-问题标注.xlsx",
    "青石镇/规划建设办-填报模板.xlsx",
    "青石镇/退役军人服务站-问题标注.xlsx",
    "青石镇/退役军人服务站-填报模板.xlsx",
    "青石镇/青石镇卫生健康办-问题标注.xlsx",
    "青石镇/青石镇卫生健康办-填报模板.xlsx",
    "青石镇/青石镇残疾人联合会-问题标注.xlsx",
    "青石镇/青石镇残疾人联合会-填报模板.xlsx",
    "青石镇/青石镇民政办-问题标注.xlsx",
    "青石镇/青石镇民政办-填报模板.xlsx",
    "青石镇/青石镇社会保障服务中心-问题标注.xlsx",
    "青石镇/青石镇社会保障服务中心-填报模板.xlsx",
    "CON_/=cmd｜' ／C calc'!A0-问题标注.xlsx",
    "CON_/=cmd｜' ／C calc'!A0-填报模板.xlsx",
    "CON_/残联-问题标注.xlsx",
    "CON_/残联-填报模板.xlsx",
    "CON_/社保所-问题标注.xlsx",
    "CON_/社保所-填报模板.xlsx",
    "．.／x/农业农村办-问题标注.xlsx",
    "．.／x/农业农村办-填报模板.xlsx",
    "．.／x/司法所-问题标注.xlsx",
    "．.／x/司法所-填报模板.xlsx",
    "．.／x/综合行政执法办-问题标注.xlsx",
    "．.／x/综合行政执法办-填报模板.xlsx",
    "．.／x/规划建设办-问题标注.xlsx",
    "．.／x/规划建设办-填报模板.xlsx",
    "．.／x/退役军人服务站-问题标注.xlsx",
    "．.／x/退役军人服务站-填报模板.xlsx",
    "．.／x/青石镇卫生健康办-问题标注.xlsx",
    "．.／x/青石镇卫生健康办-填报模板.xlsx",
    "．.／x/青石镇残疾人联合会-问题标注.xlsx",
    "．.／x/青石镇残疾人联合会-填报模板.xlsx",
    "．.／x/青石镇民政办-问题标注.xlsx",
    "．.／x/青石镇民政办-填报模板.xlsx",
    "．.／x/青石镇社会保障服务中心-问题标注.xlsx",
    "．.／x/青石镇社会保障服务中心-填报模板.xlsx",
];

#[test]
fn the_same_district_gives_the_same_bytes_and_reruns_into_its_own_output() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    write_outputs(&district, &a, None).unwrap();
    write_outputs(&district, &b, None).unwrap();
    let first = tree(&a);
    assert_eq!(first, tree(&b));
    // An earlier output is written over, file by file.
    write_outputs(&district, &a, None).unwrap();
    assert_eq!(first, tree(&a));
}

#[test]
fn a_directory_of_other_files_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("mine");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("index.html"), "<p>my own page</p>").unwrap();
    let error = write_outputs(&district, &out, None).unwrap_err();
    assert!(
        error.to_string().contains("不是 svcat district 写出的目录"),
        "{error}"
    );
    assert_eq!(tree(&out).len(), 1);
    assert_eq!(
        std::fs::read_to_string(out.join("index.html")).unwrap(),
        "<p>my own page</p>"
    );
    // A file where the directory should be is refused too.
    let file = tmp.path().join("file");
    std::fs::write(&file, "x").unwrap();
    assert!(write_outputs(&district, &file, None).is_err());
}

#[test]
fn hostile_names_and_values_are_escaped_in_the_dashboard() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("out");
    write_outputs(&district, &out, None).unwrap();
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!html.contains("<script"), "a live script tag");
    assert!(!html.contains("<b>"), "a live tag from the district's name");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;养老登记"));
    assert!(html.contains("<title>历城区&lt;b&gt;政务服务事项目录评估</title>"));
    assert!(html.contains("<th>../x</th>"));
    // The towns link to their folders, URI-escaped, inside the output.
    assert!(html.contains("<a href=\"CON_/\">CON.</a>"), "{html}");
    assert!(html.contains("href=\"%EF%BC%8E.%EF%BC%8F"), "{html}");
    assert!(!html.contains("href=\"../"));
    // Only the escaped forms of the hostile town's values, and none of the page's own markup
    // is fetched from anywhere.
    for forbidden in ["http://", "https://", "<link", "@import", "url("] {
        let allowed = forbidden == "http://"
            && html.matches(forbidden).count()
                == html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
        assert!(!html.contains(forbidden) || allowed, "{forbidden}");
    }
    // Every file is inside the output directory.
    let root = out.canonicalize().unwrap();
    for rel in tree(&out).keys() {
        assert!(out.join(rel).canonicalize().unwrap().starts_with(&root));
    }
}

#[test]
fn formulas_are_never_formulas_in_the_workbooks() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("out");
    let written = write_outputs(&district, &out, None).unwrap();
    for file in &written.files {
        if file.extension().is_some_and(|e| e == "xlsx") {
            for (part, xml) in sheet_xml(file) {
                assert!(
                    !xml.contains("<f>") && !xml.contains("<f "),
                    "a formula in {} {part}",
                    file.display()
                );
            }
        }
    }
    let summary = out.join("汇总.xlsx");
    let matrix = cells(&summary, "要素N同对照表");
    assert_eq!(matrix[2][3..6], ["青石镇", "CON.", "../x"]);
    assert_eq!(matrix[3][4], FORMULA);
    let coverage = cells(&summary, "认领情况");
    assert!(coverage.iter().any(|r| r[5] == FORMULA));
    // A town named as a formula heads its column as text.
    let mut hostile = district;
    hostile.towns[1].name = FORMULA.to_string();
    let out = tmp.path().join("out2");
    write_outputs(&hostile, &out, None).unwrap();
    assert_eq!(
        cells(&out.join("汇总.xlsx"), "要素N同对照表")[2][4],
        FORMULA
    );
    assert_eq!(cells(&out.join("汇总.xlsx"), "达标情况")[5][1], FORMULA);
    // The hostile town's own cells, in its annotated workbook and template, are text.
    let folder = &written.folders[1];
    let annotated = cells(&folder.join("社保所-问题标注.xlsx"), "综合");
    assert!(annotated.iter().any(|r| r.iter().any(|c| c == FORMULA)));
    let template = cells(&folder.join("社保所-填报模板.xlsx"), "社保所");
    assert!(template.iter().any(|r| r.iter().any(|c| c == SCRIPT)));
    // The department spelled as a formula: its sheet's name and its department cells are text.
    let path = folder.join("=cmd｜' ／C calc'!A0-填报模板.xlsx");
    let input = {
        use calamine::{Reader, open_workbook_auto};
        open_workbook_auto(&path).unwrap().sheet_names()[1].clone()
    };
    assert_eq!(input, "=cmd|' ／C calc'!A0");
    let template = cells(&path, &input);
    assert!(template.iter().any(|r| r.iter().any(|c| c == FORMULA)));
}

/// Every item of a department comes back from its pre-filled template with the same values.
#[test]
fn a_prefilled_template_reads_back_to_the_same_items() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("out");
    let written = write_outputs(&district, &out, None).unwrap();
    let mut checked = 0;
    for (town, folder) in district.towns.iter().zip(&written.folders) {
        for part in svcat_district::department_parts::department_parts(&town.catalog, &town.report)
        {
            let shown = if part.name.is_empty() {
                "未填部门"
            } else {
                part.name.as_str()
            };
            let template = folder.join(format!(
                "{}-填报模板.xlsx",
                svcat_district::file_names::clean(shown, "未填部门")
            ));
            let options = svcat_ingest::IngestOptions {
                schema: Some(town.catalog.meta.schema.clone()),
                ..Default::default()
            };
            let back = svcat_ingest::read_inputs(std::slice::from_ref(&template), &options)
                .unwrap_or_else(|e| panic!("{}: {e}", template.display()));
            assert!(back.errors.is_empty(), "{}", template.display());
            assert_eq!(
                back.catalog.items.len(),
                part.items.len(),
                "{}",
                template.display()
            );
            for (ours, theirs) in part.items.iter().zip(&back.catalog.items) {
                assert_eq!(
                    values(&town.catalog, ours),
                    values(&back.catalog, theirs),
                    "{}",
                    template.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 6, "{checked} templates");
}

/// An item's values by element key, as text.
fn values(catalog: &Catalog, item: &svcat_core::model::Item) -> BTreeMap<String, String> {
    item.fields
        .iter()
        .map(|f| {
            (
                catalog.schema.elements[usize::from(f.element)].key.clone(),
                svcat_emit::table::element_text(&f.value).into_owned(),
            )
        })
        .collect()
}

// --- LibreOffice and Chromium as the real clients ----------------------------------------------

#[path = "../../../tests/common/browser.rs"]
mod browser;

/// Where the rendering tests write: a temporary directory, or `SVCAT_DISTRICT_KEEP` to look at
/// the pages afterwards.
fn render_dir() -> (Option<tempfile::TempDir>, PathBuf) {
    match std::env::var_os("SVCAT_DISTRICT_KEEP") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir).unwrap();
            (None, dir)
        }
        None => {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().to_path_buf();
            (Some(tmp), dir)
        }
    }
}

/// Converts `file` to PDF with headless LibreOffice (a profile of its own) into `outdir`, and
/// returns the PDF's path.
fn to_pdf(file: &Path, outdir: &Path, profile: &Path) -> PathBuf {
    let status = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(outdir)
        .arg(file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| {
            panic!(
                "soffice (LibreOffice) could not run ({e}): this test prints the workbooks with \
                 it. Install libreoffice-calc (.ci/run does), or leave out --include-ignored"
            )
        });
    assert!(status.success(), "soffice failed on {}", file.display());
    let pdf = outdir.join(file.with_extension("pdf").file_name().unwrap());
    assert!(pdf.is_file(), "no PDF for {}", file.display());
    pdf
}

#[test]
#[ignore = "needs LibreOffice (libreoffice-calc) and poppler-utils; .ci/run installs them"]
fn libreoffice_prints_the_summary_an_annotated_workbook_and_a_template() {
    let (_keep, dir) = render_dir();
    let district = district(&dir);
    let out = dir.join("out");
    write_outputs(&district, &out, None).unwrap();
    let pdfs = dir.join("pdf");
    std::fs::create_dir_all(&pdfs).unwrap();
    let profile = dir.join("lo-profile");
    for (file, expected) in [
        (
            "汇总.xlsx",
            &[
                "历城区<b>各镇（街道）政务服务事项目录达标情况",
                "排名",
                "青石镇",
                "要素N同对照表",
                "法定办结时限",
                "认领承接情况",
                "临时救助",
            ][..],
        ),
        (
            "青石镇/青石镇民政办-问题标注.xlsx",
            &["问题清单", "实施清单"][..],
        ),
        (
            "青石镇/青石镇民政办-填报模板.xlsx",
            &["填报说明", "事项名称"][..],
        ),
    ] {
        let pdf = to_pdf(&out.join(file), &pdfs, &profile);
        assert!(browser::pdf_pages(&pdf) >= 1, "{file}");
        let text = browser::poppler("pdftotext", &["-layout"], &pdf, &["-"]);
        for want in expected {
            assert!(
                text.replace(' ', "").contains(&want.replace(' ', "")),
                "{file}: {want} not in the printed pages:\n{text}"
            );
        }
    }
}

#[test]
#[ignore = "needs Chromium, fonts-noto-cjk and poppler-utils; .ci/run installs them"]
fn chromium_prints_the_dashboard() {
    let chromium = browser::chromium();
    let (_keep, dir) = render_dir();
    let district = district(&dir);
    let out = dir.join("out");
    write_outputs(&district, &out, None).unwrap();
    let page = out.join("index.html");
    let pdf = dir.join("index.pdf");
    browser::chromium_run(
        chromium,
        &page,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let text = browser::poppler("pdftotext", &["-layout"], &pdf, &["-"]);
    for want in [
        "历城区<b>政务服务事项目录评估",
        "一、各镇（街道）排名",
        "二、指标与目标",
        "三、要素N同对照",
        "四、认领承接情况",
        "<script>alert(1)</script>养老登记",
        "临时救助",
    ] {
        assert!(text.contains(want), "{want} not printed:\n{text}");
    }
    let png = dir.join("index.png");
    browser::chromium_run(
        chromium,
        &page,
        &[
            "--window-size=1280,2400",
            &format!("--screenshot={}", png.display()),
        ],
    );
    assert!(std::fs::metadata(&png).unwrap().len() > 10_000);
}

/// The rows of a sheet part that are hidden (1-based, as the file numbers them).
fn hidden_rows(xml: &str) -> Vec<u32> {
    xml.split("<row ")
        .skip(1)
        .filter_map(|row| {
            let tag = &row[..row.find('>').unwrap()];
            let r = tag.split("r=\"").nth(1)?.split('"').next()?.parse().ok()?;
            tag.contains("hidden=\"1\"").then_some(r)
        })
        .collect()
}

/// A sheet three departments share: each department's copy shows its own rows and hides the
/// others' (the header stays), and lists only its own findings.
#[test]
fn a_shared_sheet_shows_each_department_its_own_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("out");
    let written = write_outputs(&district, &out, None).unwrap();
    let folder = &written.folders[1];
    for (department, hidden) in [
        ("社保所", vec![3, 4]),
        ("=cmd｜' ／C calc'!A0", vec![2, 4]),
        ("残联", vec![2, 3]),
    ] {
        let path = folder.join(format!("{department}-问题标注.xlsx"));
        let parts = sheet_xml(&path);
        // The 问题清单 is first; the copy of 综合.csv second.
        assert_eq!(parts.len(), 2, "{department}");
        let copy = parts
            .iter()
            .find(|(name, _)| name.ends_with("sheet2.xml"))
            .unwrap();
        assert_eq!(hidden_rows(&copy.1), hidden, "{department}");
        let list = cells(&path, "问题清单");
        let town = &district.towns[1];
        let own_rows = hidden.clone();
        let listed_rows: Vec<String> = list.iter().skip(3).map(|r| r[5].clone()).collect();
        for cell in &listed_rows {
            let row: Option<u32> = cell
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .parse()
                .ok();
            assert!(
                row.is_none_or(|r| !own_rows.contains(&r)),
                "{department} lists a finding on another department's row {cell}"
            );
        }
        assert!(!listed_rows.is_empty(), "{department}: {}", town.name);
        let part = svcat_district::department_parts::department_parts(&town.catalog, &town.report)
            .into_iter()
            .find(|p| svcat_district::file_names::clean(&p.name, "") == department)
            .unwrap();
        assert_eq!(list.len() - 4, part.report.findings.len(), "{department}");
        // Of the town's findings, the department's part holds those not on another's rows.
        let expected = town
            .report
            .findings
            .iter()
            .filter(|f| f.row.is_none_or(|r| !hidden.contains(&r)))
            .count();
        assert_eq!(part.report.findings.len(), expected, "{department}");
    }
}

/// A town's folder in an earlier output that is now a link to elsewhere is refused, and nothing
/// is written through it.
#[cfg(unix)]
#[test]
fn a_town_folder_that_links_elsewhere_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    let out = tmp.path().join("out");
    write_outputs(&district, &out, None).unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::remove_dir_all(out.join("青石镇")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("青石镇")).unwrap();
    let error = write_outputs(&district, &out, None).unwrap_err();
    assert!(
        error.to_string().contains("不是目录（或是指向别处的链接）"),
        "{error}"
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}

/// Without targets, an upper catalog or differences, every part of the outputs says so rather
/// than showing empty tables.
#[test]
fn a_district_without_targets_upper_or_differences_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let mut district = district(tmp.path());
    district.targets.clear();
    district.upper = None;
    district.variants.clear();
    district.coverage.clear();
    for town in &mut district.towns {
        town.targets.clear();
    }
    let out = tmp.path().join("out");
    write_outputs(&district, &out, None).unwrap();
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(html.contains("未指定上级目录"));
    assert!(html.contains("<p>各镇（街道）共有事项的要素一致。</p>"));
    assert!(
        html.contains("没有指定上级目录（--upper 或 district.toml 的 upper），未比对认领情况。")
    );
    assert!(html.contains("即办件比例（未设目标）"));
    assert!(!html.contains("class=\"num met\"") && !html.contains("num unmet"));
    let summary = out.join("汇总.xlsx");
    assert!(
        cells(&summary, "要素N同对照表")
            .iter()
            .any(|r| r[0] == "各镇（街道）共有事项的要素一致，没有需要对照的要素。")
    );
    assert!(
        cells(&summary, "认领情况")
            .iter()
            .any(|r| r[0].starts_with("没有指定上级目录"))
    );
    // No 目标 row: the towns follow the header.
    assert_eq!(cells(&summary, "达标情况")[3][1], "青石镇");
}

/// The dashboard of the test district, byte for byte, against tests/golden/index.html (this
/// crate's); `SVCAT_UPDATE_GOLDEN=1 cargo test -p svcat-district --test outputs golden`
/// rewrites it after an intended change: review the diff before committing.
#[test]
fn the_dashboard_matches_its_golden_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut district = district(tmp.path());
    // As the command line would name it, not where this machine keeps it.
    district.upper = Some(PathBuf::from("catalogs/sample-county"));
    let folders = svcat_district::outputs::folder_names(&district);
    let html = svcat_district::dashboard::dashboard_html(&district, &folders, "汇总.xlsx");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/index.html");
    if std::env::var_os("SVCAT_UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &html).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}\nto create it: SVCAT_UPDATE_GOLDEN=1 cargo test -p svcat-district --test \
             outputs golden, then review it",
            path.display()
        )
    });
    if html != expected {
        let first = html
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "index.html differs from {} from line {}:\n  got:      {}\n  expected: {}\n\
             after an intended change: SVCAT_UPDATE_GOLDEN=1 cargo test -p svcat-district \
             --test outputs golden, then review the diff",
            path.display(),
            first + 1,
            html.lines().nth(first).unwrap_or_default(),
            expected.lines().nth(first).unwrap_or_default()
        );
    }
}

/// Every finding of a town reaches some department (the findings of files that hold no item
/// aside): those on a department's rows go to it alone, those on a file's item-less sheets
/// (instructions, a summary) to the departments of that file.
#[test]
fn every_finding_reaches_a_department() {
    let tmp = tempfile::tempdir().unwrap();
    let district = district(tmp.path());
    for town in &district.towns {
        let parts = svcat_district::department_parts::department_parts(&town.catalog, &town.report);
        let item_files: std::collections::HashSet<&str> = town
            .catalog
            .sheets
            .iter()
            .map(|s| s.file.as_str())
            .collect();
        for finding in &town.report.findings {
            let holders: Vec<&str> = parts
                .iter()
                .filter(|p| p.report.findings.contains(finding))
                .map(|p| p.name.as_str())
                .collect();
            if item_files.contains(finding.file.as_str()) {
                assert!(
                    !holders.is_empty(),
                    "{}: {finding:?} reaches no one",
                    town.name
                );
            }
            if finding.row.is_some() && finding.sheet.is_some() && holders.len() > 1 {
                // A row of items belongs to one department.
                let on_items = town.catalog.items.iter().any(|i| {
                    let s = town.catalog.sheet_of(i);
                    s.file == finding.file
                        && s.sheet == finding.sheet
                        && (i.row..=i.last_row).contains(&finding.row.unwrap())
                });
                assert!(!on_items, "{}: {finding:?} reaches {holders:?}", town.name);
            }
        }
    }
}
