//! Hostile catalog text through the real binary: whatever a cell holds, svcat's outputs stay
//! inert. Markdown carries no HTML, link or broken table; csv carries no live formula, header row
//! included; terminals get no escape sequences or bidirectional overrides; SARIF URIs are valid.

mod common;
mod sheets;

use std::path::{Path, PathBuf};

use common::svcat;

const HEADER: &str = "序号,事项名称,事项编码,实施部门,事项类型,受理条件,法定办结时限,承诺办结时限,办件类型,到办事现场次数";

fn write(dir: &Path, name: &str, rows: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::from(HEADER);
    text.push('\n');
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = svcat().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// The `|` that separate cells (a `\|` is text).
fn cell_separators(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    n
}

#[test]
fn diff_markdown_keeps_hostile_cells_inert_and_in_their_table() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "old.csv",
        &[
            r#"1,"<img src=x onerror=alert(1)>",000105001000,"民政|办",行政给付,本镇居民,20个工作日,5个工作日,承诺件,0"#,
            "2,低保审核,000105002000,民政办,行政给付,本镇居民,20个工作日,5个工作日,承诺件,0",
            r#"3,"[点我](http://evil.example) **粗**",00`01|05,民政办,行政给付,本镇居民,20个工作日,5个工作日,承诺件,0"#,
        ],
    );
    let new = write(
        dir.path(),
        "new.csv",
        &[
            // A lone \r then "<!--": raw, it would hide the rest of the comment.
            "1,\"<img src=x onerror=alert(1)>\",000105001000,\"民政|办\",行政给付,\"本镇居民\r<!--\",20个工作日,5个工作日,承诺件,0",
            "2,低保审核,000105002000,民政办,行政给付,本镇居民,20个工作日,15个工作日,承诺件,0",
            "3,\"[点我](http://evil.example) **粗**\",00`01|05,民政办,行政给付,\"# 标题_x_\u{7}\u{1b}[2J\",20个工作日,5个工作日,承诺件,0",
        ],
    );
    let (_, md, stderr) = run(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(md.contains("#### 要素变更（3）"), "{stderr}\n{md}");
    for raw in [
        "<img",
        "<!--",
        "[点我](",
        "**粗**",
        "http://",
        "`00`01|05`",
        "_x_",
    ] {
        assert!(!md.contains(raw), "{raw:?} left raw in\n{md}");
    }
    assert!(
        !md.chars().any(|c| c.is_control() && c != '\n'),
        "a control character survived in\n{md:?}"
    );
    // Shown, not dropped: the text, escaped, and the control characters as pictures.
    assert!(
        md.contains("**&lt;img src=x onerror=alert(1)&gt;**"),
        "{md}"
    );
    assert!(md.contains("本镇居民<br>&lt;\\!--"), "{md}");
    assert!(
        md.contains("\\[点我\\](http\\://evil.example) \\*\\*粗\\*\\*"),
        "{md}"
    );
    assert!(md.contains("00\\`01\\|05"), "{md}");
    assert!(md.contains("\\# 标题\\_x\\_␇␛\\[2J"), "{md}");
    assert!(md.contains("民政\\|办"), "{md}");
    // Every row of every table has as many cells as its header; the worse change of the other
    // item is there, in its own table.
    let mut columns = None;
    for line in md.lines() {
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let n = cell_separators(line);
        assert_eq!(*columns.get_or_insert(n), n, "broken table row: {line}");
    }
    assert!(
        md.contains("| ⚠️ | 承诺办结时限 | 5个工作日 | 15个工作日 | 延长10个工作日 |"),
        "{md}"
    );
}

#[test]
fn csv_export_defuses_the_header_row_too() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "事项名称,事项编码,实施部门,事项类型,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM(A1),-1+2\n低保审核,000105002000,民政办,行政给付,a,b,c\n",
    )
    .unwrap();
    let csv_path = dir.path().join("out.csv");
    let (code, _, stderr) = run(&[
        "export",
        input.to_str().unwrap(),
        "--to",
        "csv",
        "-o",
        csv_path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&csv_path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let header = &rows[0];
    for defused in [r#"'=HYPERLINK("http://x","y")"#, "'@SUM(A1)", "'-1+2"] {
        assert!(
            header.iter().any(|h| h == defused),
            "{defused} not in {header:?}"
        );
    }
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "live formula {cell:?} in {row:?}"
            );
        }
    }
    // The workbook writes the same header as a string cell, never a formula.
    let xlsx = dir.path().join("out.xlsx");
    let (code, _, stderr) = run(&[
        "export",
        input.to_str().unwrap(),
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let xml = sheets::sheet_xml(&xlsx, "民政办");
    assert!(!xml.contains("<f>") && !xml.contains("<f "), "{xml}");
    assert!(
        xml.contains(r#"t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c>"#),
        "{xml}"
    );
}

/// No escape sequence, C1 control, carriage return or bidirectional override reaches the terminal;
/// the hostile name is shown with its control characters as pictures.
fn assert_terminal_safe(what: &str, text: &str) {
    for c in text.chars() {
        assert!(
            !((c.is_control() && c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "{what}: {c:?} reaches the terminal in\n{text:?}"
        );
    }
    assert!(text.contains("低保␛[2J␛[31m审核"), "{what}:\n{text}");
    assert!(text.contains("\\u{202e}批审"), "{what}:\n{text}");
}

#[test]
fn terminal_output_shows_control_characters_visibly() {
    let dir = tempfile::tempdir().unwrap();
    const NAME: &str = "低保\u{1b}[2J\u{1b}[31m审核\u{202e}批审";
    let row = format!(
        "1,\"{NAME}\",000105001000,\"民政\u{1b}]0;owned\u{7}\u{9b}办\",行政给付,\"本镇居民\u{1b}[H\r\u{2066}\",20个工作日,\"５个工作日\u{1b}[1A\",承诺件,0"
    );
    let input = write(dir.path(), "term.csv", &[&row]);
    let plain = write(
        dir.path(),
        "plain.csv",
        &["1,低保审核,000105001000,民政办,行政给付,本镇居民,20个工作日,5个工作日,承诺件,0"],
    );
    let input = input.to_str().unwrap();

    let (_, stdout, _) = run(&["check", input, "--verbose"]);
    assert_terminal_safe("check", &stdout);
    assert!(stdout.contains("事项：低保␛[2J"), "{stdout}");
    // A finding's cell text, drawn under its message.
    assert!(stdout.contains("５个工作日␛[1A"), "{stdout}");

    let (_, stdout, _) = run(&["diff", plain.to_str().unwrap(), input]);
    assert_terminal_safe("diff", &stdout);
    assert!(stdout.contains("民政␛]0;owned␇\\u{9b}办"), "{stdout}");

    let out = dir.path().join("fixed");
    let (_, stdout, _) = run(&["fix", input, "-o", out.to_str().unwrap()]);
    // The listing shows the cell's text; the name is not in it.
    for c in stdout.chars() {
        assert!(!(c.is_control() && c != '\n'), "fix: {c:?} in {stdout:?}");
    }
    assert!(
        stdout.contains("５个工作日␛[1A → 5个工作日␛[1A"),
        "{stdout}"
    );

    let guide = dir.path().join("guide");
    let (code, _, stderr) = run(&["guide", input, "-o", guide.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_terminal_safe("guide", &stderr);
}

#[test]
fn sarif_artifact_uris_are_percent_encoded() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("目录 2024");
    std::fs::create_dir(&catalog).unwrap();
    write(
        &catalog,
        "民政 办#1?%.csv",
        &["1,低保审核,000105001000,民政办,行政给付,本镇居民,20个工作日,５个工作日,承诺件,0"],
    );
    let (_, stdout, stderr) = run(&["check", catalog.to_str().unwrap(), "--format", "sarif"]);
    let sarif: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            uri.ends_with(
                "/%E7%9B%AE%E5%BD%95%202024/%E6%B0%91%E6%94%BF%20%E5%8A%9E%231%3F%25.csv"
            ),
            "{uri}"
        );
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)),
            "{uri}"
        );
    }
}

/// A full disk: one clear message naming the file, exit 2, and nothing else on stderr (no
/// complaint from a zip writer dropped unfinished).
#[cfg(target_os = "linux")]
#[test]
fn a_full_device_gets_one_clear_message() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let catalog = "catalogs/sample-town";
    for args in [
        vec!["export", catalog, "--to", "xlsx", "-o", "/dev/full"],
        vec!["export", catalog, "--to", "json", "-o", "/dev/full"],
    ] {
        let (code, _, stderr) = run(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains("无法写入 /dev/full"), "{args:?}: {stderr}");
        assert!(!stderr.contains("ZipWriter"), "{args:?}: {stderr}");
        assert_eq!(stderr.matches("/dev/full").count(), 1, "{args:?}: {stderr}");
    }
}
