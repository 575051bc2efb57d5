//! svcat on Windows: outputs named from data are valid Windows file names (no device names such as
//! CON, no `:` or trailing dots); the cross-compiled svcat.exe writes under Wine what the Linux
//! build writes, byte for byte (scripts/test-windows.sh); the zip for staff holds the exe, the
//! manual and the sample catalog (scripts/package-windows.sh).

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::svcat;
use svcat_core::file_name::is_valid;

const HEADER: &str =
    "序号,事项编码,事项名称,事项类型,实施部门,受理条件,申请材料,承诺办结时限,到办事现场次数";

fn write_csv(path: &Path, rows: &[&str]) {
    let mut text = format!("{HEADER}\n");
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    std::fs::write(path, text).unwrap();
}

/// Every file under `root`, as paths relative to it with `/`.
fn files(root: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                out.insert(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, root, &mut out);
    out
}

fn assert_valid_windows_names(root: &Path) {
    for file in files(root) {
        for part in file.split('/') {
            assert!(
                is_valid(part),
                "{part} (in {file}) is not a valid Windows file name"
            );
        }
    }
}

#[test]
fn guide_pages_of_items_coded_con_and_nul_get_valid_windows_names() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("民政办.csv");
    write_csv(
        &input,
        &[
            "1,CON,最低生活保障审核确认,行政给付,民政办,本镇户籍居民,身份证1份,5个工作日,1",
            "2,nul,临时救助,行政给付,民政办,本镇户籍居民,身份证1份,即办,1",
            "3,COM1,特困人员认定,行政确认,民政办,本镇户籍居民,身份证1份,10个工作日,1",
        ],
    );
    for format in ["html", "md"] {
        let out = dir.path().join(format!("guide-{format}"));
        let result = svcat()
            .args(["guide", "--format", format, "-q", "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(
            result.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&result.stderr)
        );
        let ext = if format == "html" { "html" } else { "md" };
        let names = files(&out);
        for stem in ["CON_", "nul_", "COM1_"] {
            assert!(
                names.contains(&format!("items/{stem}.{ext}")),
                "no items/{stem}.{ext} in {names:?}"
            );
        }
        assert!(!names.iter().any(|n| n.contains("items/CON.")), "{names:?}");
        assert_valid_windows_names(&out);
    }
}

#[test]
fn fixed_copies_of_inputs_named_con_or_with_colons_get_valid_windows_names() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    // Names Linux allows and Windows does not: a device name, a colon and a question mark, a
    // trailing dot before the extension is fine but a name ending in a dot is not readable here.
    write_csv(
        &inputs.join("CON.csv"),
        &["1,CON1,最低生活保障审核确认,行政给付,民政办,本镇户籍居民,身份证1份,5个工作日,1"],
    );
    write_csv(
        &inputs.join("民政:低保?.csv"),
        &["1,ABC1,临时救助,行政给付,民政办,本镇户籍居民,身份证1份,即办,1"],
    );
    let out = dir.path().join("out");
    let result = svcat()
        .args(["fix", "-q", "-o"])
        .arg(&out)
        .arg(&inputs)
        .output()
        .unwrap();
    assert_eq!(
        result.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert_eq!(
        files(&out),
        BTreeSet::from(["CON_.csv".to_string(), "民政：低保？.csv".to_string()])
    );
    // The copies are the inputs (nothing here to fix), only renamed.
    assert_eq!(
        std::fs::read(out.join("CON_.csv")).unwrap(),
        std::fs::read(inputs.join("CON.csv")).unwrap()
    );
    assert_valid_windows_names(&out);
}

#[test]
fn two_inputs_whose_copies_would_share_a_name_are_refused() {
    // CON.csv becomes CON_.csv, which is also the other input's name: one copy would overwrite
    // the other, so nothing is written.
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    for name in ["CON.csv", "CON_.csv"] {
        write_csv(
            &inputs.join(name),
            &["1,ABC1,临时救助,行政给付,民政办,本镇户籍居民,身份证1份,即办,1"],
        );
    }
    let out = dir.path().join("out");
    let result = svcat()
        .args(["fix", "-q", "-o"])
        .arg(&out)
        .arg(&inputs)
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains("CON_.csv"), "{stderr}");
    assert!(stderr.contains("一个会覆盖另一个"), "{stderr}");
    assert!(!out.join("CON_.csv").exists());
}

/// One script at a time: both build the same exe in the same target directory, and a Wine start
/// competing with a release build for two cores is what once failed on a clean CI machine.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn run_script(script: &str, envs: &[(&str, &Path)]) -> String {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut command = Command::new("bash");
    command.arg(root.join(script)).current_dir(root);
    for (key, value) in envs {
        command.env(key, value);
    }
    let out = command.output().unwrap_or_else(|e| panic!("{script}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed:\n{stderr}");
    eprint!("{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
#[ignore = "needs the x86_64-pc-windows-gnu target, MinGW-w64 (gcc-mingw-w64-x86-64) and Wine (wine64); .ci/run installs them"]
fn windows_build_under_wine_writes_what_the_linux_build_writes() {
    // The script compares the sample town's JSON report, exported workbook and fixed copies,
    // in a folder named 样例 青石镇 (Chinese and a space; the sample has a GBK csv), and fails
    // naming what differs.
    let linux = PathBuf::from(env!("CARGO_BIN_EXE_svcat"));
    run_script("scripts/test-windows.sh", &[("SVCAT_LINUX_BIN", &linux)]);
}

#[test]
#[ignore = "needs the x86_64-pc-windows-gnu target, MinGW-w64 (gcc-mingw-w64-x86-64) and python3; .ci/run installs them"]
fn windows_zip_holds_the_exe_the_manual_and_the_sample_and_nothing_else() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Made where staff get it (dist/), then again elsewhere: the same bytes.
    let zip_path = PathBuf::from(run_script("scripts/package-windows.sh", &[]).trim());
    assert_eq!(zip_path, root.join("dist/svcat-windows-x86_64.zip"));
    let again = tempfile::tempdir().unwrap();
    run_script(
        "scripts/package-windows.sh",
        &[("SVCAT_DIST", again.path())],
    );
    let bytes = std::fs::read(&zip_path).unwrap();
    assert!(
        bytes == std::fs::read(again.path().join("svcat-windows-x86_64.zip")).unwrap(),
        "two runs made different zips"
    );

    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let mut names = Vec::new();
    for i in 0..zip.len() {
        let entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let date = entry.last_modified().unwrap();
        assert_eq!(
            (
                date.year(),
                date.month(),
                date.day(),
                date.hour(),
                date.minute()
            ),
            (2000, 1, 1, 0, 0),
            "{name}"
        );
        names.push(name);
    }
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries in name order");

    // What should be there: the exe, README.md, all of docs/ as it is now (the manual when it
    // exists) and the sample catalog.
    let mut expected: BTreeSet<String> = ["svcat/svcat.exe", "svcat/README.md"]
        .map(String::from)
        .into();
    for (dir, prefix) in [
        ("docs", "svcat/docs"),
        ("catalogs/sample-town", "svcat/catalogs/sample-town"),
    ] {
        if root.join(dir).is_dir() {
            expected.extend(
                files(&root.join(dir))
                    .iter()
                    .map(|f| format!("{prefix}/{f}")),
            );
        }
    }
    assert!(expected.contains("svcat/catalogs/sample-town/02社会保障服务中心.csv"));
    assert_eq!(names.iter().cloned().collect::<BTreeSet<_>>(), expected);
    assert!(
        !names.iter().any(|n| n.to_lowercase().ends_with(".dll")),
        "the test-only DLL never ships: {names:?}"
    );

    // A Windows executable, and the files are the repository's own.
    let mut exe = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("svcat/svcat.exe").unwrap(), &mut exe).unwrap();
    assert_eq!(&exe[..2], b"MZ");
    let mut readme = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("svcat/README.md").unwrap(), &mut readme).unwrap();
    assert_eq!(readme, std::fs::read(root.join("README.md")).unwrap());
}
