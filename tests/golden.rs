//! Golden whole-output tests: every renderer, run by the real binary on real files (the sample
//! town, and for diff its 2023 revision and the small pair in tests/fixtures/diff), compared byte
//! for byte with the reviewed files under tests/golden/.
//!
//! Text outputs are kept whole. A workbook is kept as its unzipped XML parts that hold content
//! (sheets, shared strings, styles, workbook, comments, document properties) plus `parts.txt`, a
//! listing of every part with its size and xxh3 hash. The guide writes 218 files: its booklet,
//! summary and three chosen items (page and notice) are kept whole, and `files.txt` lists every
//! file it wrote with its size and hash.
//!
//! What is replaced before comparing, and only that: the scratch directory's path, by `<TMP>`, and
//! export's "写出用时 0.01 秒", whose number is how long the write took on this machine.
//!
//! After an intended change: `SVCAT_UPDATE_GOLDEN=1 cargo test --test golden` rewrites the files;
//! review them with `git diff tests/golden` before committing.

mod common;

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

use common::svcat;

const SAMPLE: &str = "catalogs/sample-town";
const SAMPLE_2023: &str = "catalogs/sample-town-2023";
const DIFF_OLD: &str = "tests/fixtures/diff/old.csv";
const DIFF_NEW: &str = "tests/fixtures/diff/new.csv";

/// The guide's items kept whole: 最低生活保障审核确认 (xlsx), 残疾人证办理初审 (the .xls, a bare 基本编码)
/// and 农村自建房安全隐患排查 (once the item with the most 此项信息待补充; an inspection, which nobody
/// applies for, so it has no notice).
const GUIDE_ITEMS: [&str; 3] = [
    "11370112004325179B5370511001000",
    "372014001000",
    "11370112004325179B5370617009000",
];

/// Lines of unified diff shown on a mismatch.
const DIFF_LINES: usize = 60;

// ------------------------------------------------------------------------------------ the helper

/// Compares `actual` with tests/golden/`name`, byte for byte; with `SVCAT_UPDATE_GOLDEN=1` writes
/// it there instead. On a mismatch, panics with the start of a unified diff and the rerun hint.
fn golden(name: &str, actual: &[u8]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("SVCAT_UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("golden dir");
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "tests/golden/{name}: {e}\n\
             to create it: SVCAT_UPDATE_GOLDEN=1 cargo test --test golden, then review it"
        )
    });
    if expected == actual {
        return;
    }
    let (old, new) = (display(&expected), display(actual));
    let diff = similar::TextDiff::from_lines(&old, &new);
    let unified = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("tests/golden/{name}"), "actual")
        .to_string();
    let total = unified.lines().count();
    let mut shown: String = unified
        .lines()
        .take(DIFF_LINES)
        .map(|l| format!("{l}\n"))
        .collect();
    if total > DIFF_LINES {
        shown.push_str(&format!("… {} more lines of diff\n", total - DIFF_LINES));
    }
    if old == new {
        shown = format!(
            "(the same text when shown; {} bytes expected, {} actual: line endings or bytes that \
             are not UTF-8 differ)\n",
            expected.len(),
            actual.len()
        );
    }
    panic!(
        "output differs from tests/golden/{name}:\n{shown}\
         If the change is intended, rerun with SVCAT_UPDATE_GOLDEN=1 cargo test --test golden \
         and review `git diff tests/golden`."
    );
}

/// A file's text for the diff shown on a mismatch (only the diff: the comparison is on bytes).
/// XML is written on one long line, so a line break is shown between tags.
fn display(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    if text.lines().any(|l| l.len() > 400) {
        text.replace("><", ">\n<")
    } else {
        text.into_owned()
    }
}

// ------------------------------------------------------------------------------------ running

/// What one run of svcat printed.
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    // Through pipes, with NO_COLOR (common::svcat): no colours, no progress spinner, the human
    // report at its fixed width of 100.
    let out = svcat().args(args).output().expect("svcat runs");
    Run {
        code: out.status.code().expect("an exit code"),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// A scratch directory for the files svcat writes; its path is what `scrub` replaces.
struct Scratch(tempfile::TempDir);

impl Scratch {
    fn new() -> Self {
        Scratch(tempfile::tempdir().expect("a temp dir"))
    }

    fn join(&self, rel: &str) -> PathBuf {
        self.0.path().join(rel)
    }

    /// `text` with the scratch directory's path replaced by `<TMP>` (it differs run to run).
    fn scrub(&self, text: &[u8]) -> Vec<u8> {
        let dir = self.0.path().display().to_string();
        replace(text, dir.as_bytes(), b"<TMP>")
    }
}

fn replace(text: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.windows(from.len()).position(|w| w == from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Export's summary says how long the write took ("写出用时 0.01 秒"): the number is replaced by
/// `<秒>`, the rest of the line is kept. Exactly one such line is expected.
fn without_write_time(stderr: &[u8]) -> Vec<u8> {
    let text = String::from_utf8(stderr.to_vec()).expect("UTF-8 stderr");
    let re = regex::Regex::new(r"写出用时 \d+\.\d{2} 秒").unwrap();
    assert_eq!(re.find_iter(&text).count(), 1, "{text}");
    re.replace(&text, "写出用时 <秒> 秒")
        .into_owned()
        .into_bytes()
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_quiet(run: &Run, what: &str) {
    assert!(
        run.stderr.is_empty(),
        "{what}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// The content parts of a workbook, each as its own golden file under `name`/, and `name`/parts.txt
/// listing every part in the zip (in zip order) with its size and hash.
fn golden_workbook(name: &str, path: &Path) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).expect("an xlsx is a zip");
    let mut listing = String::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).expect("a part");
        let part_name = part.name().expect("a UTF-8 part name").to_string();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).expect("a readable part");
        listing.push_str(&format!(
            "{:>8} {:016x} {part_name}\n",
            bytes.len(),
            xxhash_rust::xxh3::xxh3_64(&bytes)
        ));
        let content = part_name == "xl/workbook.xml"
            || part_name == "xl/styles.xml"
            || part_name == "xl/sharedStrings.xml"
            || part_name == "docProps/core.xml"
            || (part_name.starts_with("xl/worksheets/sheet") && part_name.ends_with(".xml"))
            || (part_name.starts_with("xl/comments") && part_name.ends_with(".xml"));
        if content {
            golden(&format!("{name}/{part_name}"), &bytes);
        }
    }
    golden(&format!("{name}/parts.txt"), listing.as_bytes());
}

/// Every file under `dir` (sorted by relative path) with its size and hash. A workbook is listed
/// by name only: its parts are compared one by one (`golden_workbook`), while its zip bytes also
/// depend on the compressor's version.
fn listing(dir: &Path) -> String {
    fn walk(dir: &Path, base: &Path, files: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).expect("a directory") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, base, files);
            } else {
                let rel = path.strip_prefix(base).unwrap().to_string_lossy();
                files.push((rel.replace('\\', "/"), read(&path)));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files);
    files.sort();
    files
        .iter()
        .map(|(rel, bytes)| {
            if rel.ends_with(".xlsx") {
                format!("{:>8} {:>16} {rel}\n", "xlsx", "-")
            } else {
                format!(
                    "{:>8} {:016x} {rel}\n",
                    bytes.len(),
                    xxhash_rust::xxh3::xxh3_64(bytes)
                )
            }
        })
        .collect()
}

// ------------------------------------------------------------------------------------ check

#[test]
fn check_human_report() {
    let r = run(["check", SAMPLE]);
    assert_eq!(r.code, 1, "the sample has errors");
    assert_quiet(&r, "check");
    golden("check/sample-town.txt", &r.stdout);
}

#[test]
fn check_json_report() {
    let r = run(["check", SAMPLE, "--format", "json"]);
    assert_eq!(r.code, 1);
    assert_quiet(&r, "check --format json");
    golden("check/sample-town.json", &r.stdout);
}

#[test]
fn check_sarif_report() {
    // The artifact URIs are relative to the catalog directory as given (catalogs/sample-town).
    let r = run(["check", SAMPLE, "--format", "sarif"]);
    assert_eq!(r.code, 1);
    assert_quiet(&r, "check --format sarif");
    golden("check/sample-town.sarif", &r.stdout);
}

#[test]
fn check_annotated_workbook() {
    let scratch = Scratch::new();
    let out = scratch.join("问题标注.xlsx");
    let r = run([
        OsStr::new("check"),
        OsStr::new(SAMPLE),
        OsStr::new("--annotate"),
    ]
    .into_iter()
    .chain([out.as_os_str()]));
    assert_eq!(r.code, 1);
    assert_quiet(&r, "check --annotate");
    // The report on stdout is the same as without --annotate.
    golden("check/sample-town.txt", &r.stdout);
    golden_workbook("check/问题标注.xlsx.d", &out);
}

// ------------------------------------------------------------------------------------ diff

#[test]
fn diff_human() {
    let r = run(["diff", SAMPLE, SAMPLE_2023]);
    assert_eq!(r.code, 0, "no --fail-on");
    assert_quiet(&r, "diff");
    golden("diff/sample-town-2023.txt", &r.stdout);
    // The small pair: columns in another order, a 备注 column, a shared code, a recoded item.
    let r = run(["diff", DIFF_OLD, DIFF_NEW]);
    assert_eq!(r.code, 0);
    assert_quiet(&r, "diff of the fixture pair");
    golden("diff/fixture-pair.txt", &r.stdout);
}

#[test]
fn diff_markdown() {
    let r = run(["diff", SAMPLE, SAMPLE_2023, "--format", "markdown"]);
    assert_eq!(r.code, 0);
    assert_quiet(&r, "diff --format markdown");
    golden("diff/sample-town-2023.md", &r.stdout);
}

#[test]
fn diff_json() {
    let r = run(["diff", SAMPLE, SAMPLE_2023, "--format", "json"]);
    assert_eq!(r.code, 0);
    assert_quiet(&r, "diff --format json");
    golden("diff/sample-town-2023.json", &r.stdout);
}

// ------------------------------------------------------------------------------------ guide

/// Runs the guide in `format` into a scratch directory and keeps its summary, the booklet or
/// index, the chosen items and the listing of every file.
fn guide(format: &str, ext: &str) {
    let scratch = Scratch::new();
    let out = scratch.join("guide");
    let r = run([
        OsStr::new("guide"),
        OsStr::new(SAMPLE),
        OsStr::new("--format"),
        OsStr::new(format),
        OsStr::new("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(r.code, 0, "{}", String::from_utf8_lossy(&r.stderr));
    assert!(r.stdout.is_empty());
    let dir = format!("guide-{format}");
    golden(&format!("{dir}/stderr.txt"), &scratch.scrub(&r.stderr));
    golden(&format!("{dir}/files.txt"), listing(&out).as_bytes());
    for rel in [format!("index.{ext}"), "summary.json".to_string()] {
        golden(&format!("{dir}/{rel}"), &read(&out.join(&rel)));
    }
    for code in GUIDE_ITEMS {
        let mut pages = vec![format!("items/{code}.{ext}")];
        // An item nobody applies for (a penalty) has no notice; files.txt lists what exists.
        let notice = format!("notices/{code}.html");
        if format == "html" && out.join(&notice).exists() {
            pages.push(notice);
        }
        for rel in pages {
            golden(&format!("{dir}/{rel}"), &read(&out.join(&rel)));
        }
    }
}

#[test]
fn guide_html() {
    guide("html", "html");
}

#[test]
fn guide_markdown() {
    guide("md", "md");
}

// ------------------------------------------------------------------------------------ district

#[test]
fn district_human() {
    let r = run(["district", "catalogs/sample-district"]);
    // The sample towns have errors.
    assert_eq!(r.code, 1);
    assert_quiet(&r, "district");
    golden("district/sample-district.txt", &r.stdout);
}

// ------------------------------------------------------------------------------------ stats

#[test]
fn stats_human() {
    let r = run(["stats", SAMPLE]);
    assert_eq!(r.code, 0);
    assert_quiet(&r, "stats");
    golden("stats/sample-town.txt", &r.stdout);
}

#[test]
fn stats_json() {
    let r = run(["stats", SAMPLE, "--format", "json"]);
    assert_eq!(r.code, 0);
    assert_quiet(&r, "stats --format json");
    golden("stats/sample-town.json", &r.stdout);
}

#[test]
fn stats_html() {
    let scratch = Scratch::new();
    let page = scratch.join("stats.html");
    let r = run([
        OsStr::new("stats"),
        OsStr::new(SAMPLE),
        OsStr::new("--format"),
        OsStr::new("html"),
        OsStr::new("-o"),
        page.as_os_str(),
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.is_empty());
    assert_quiet(&r, "stats --format html");
    golden("stats/sample-town.html", &read(&page));
}

// ------------------------------------------------------------------------------------ import, export

#[test]
fn import_canonical_json() {
    let r = run(["import", SAMPLE]);
    assert_eq!(r.code, 0);
    golden("import/sample-town.json", &r.stdout);
    golden("import/stderr.txt", &r.stderr);
    // The canonical JSON reads back into itself.
    let scratch = Scratch::new();
    let json = scratch.join("c.json");
    std::fs::write(&json, &r.stdout).unwrap();
    let again = run([OsStr::new("import"), json.as_os_str()]);
    assert_eq!(again.code, 0);
    golden("import/sample-town.json", &again.stdout);
    golden("import/stderr-canonical.txt", &scratch.scrub(&again.stderr));
}

#[test]
fn export_csv() {
    let r = run(["export", SAMPLE, "--to", "csv"]);
    assert_eq!(r.code, 0);
    golden("export/sample-town.csv", &r.stdout);
    golden("export/stderr-csv.txt", &without_write_time(&r.stderr));
}

#[test]
fn export_json() {
    // The export's JSON is the canonical JSON of import, byte for byte.
    let r = run(["export", SAMPLE, "--to", "json"]);
    assert_eq!(r.code, 0);
    golden("import/sample-town.json", &r.stdout);
    golden("export/stderr-json.txt", &without_write_time(&r.stderr));
}

#[test]
fn export_xlsx() {
    let scratch = Scratch::new();
    let out = scratch.join("目录.xlsx");
    let r = run([
        OsStr::new("export"),
        OsStr::new(SAMPLE),
        OsStr::new("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.is_empty());
    golden(
        "export/stderr-xlsx.txt",
        &scratch.scrub(&without_write_time(&r.stderr)),
    );
    golden_workbook("export/目录.xlsx.d", &out);
}

// ------------------------------------------------------------------------------------ lists, template

#[test]
fn lists_markdown_and_workbooks() {
    let scratch = Scratch::new();
    let out = scratch.join("公示清单");
    let r = run([
        OsStr::new("lists"),
        OsStr::new(SAMPLE),
        OsStr::new("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.is_empty());
    golden("lists/stderr.txt", &scratch.scrub(&r.stderr));
    golden("lists/files.txt", listing(&out).as_bytes());
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 12, "six lists, each as xlsx and Markdown");
    for name in names {
        let path = out.join(&name);
        if name.ends_with(".md") {
            golden(&format!("lists/{name}"), &read(&path));
        } else {
            assert!(name.ends_with(".xlsx"), "{name}");
            golden_workbook(&format!("lists/{name}.d"), &path);
        }
    }
}

#[test]
fn template_workbook() {
    let scratch = Scratch::new();
    let out = scratch.join("民政办填报模板.xlsx");
    let r = run([
        OsStr::new("template"),
        OsStr::new("--department"),
        OsStr::new("民政办"),
        OsStr::new("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.is_empty());
    golden("template/stderr.txt", &scratch.scrub(&r.stderr));
    golden_workbook("template/民政办填报模板.xlsx.d", &out);
}
