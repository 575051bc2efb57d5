//! A catalog, its catalog.toml, a schema or a repository's history may be hostile (a pull request
//! checked in CI): svcat reads only what the catalog may name, never prints other files, never
//! overwrites its inputs and never writes outside its outputs.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::svcat;

/// A small real department file (GB18030 csv) from the sample catalog.
fn sample_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/sample-town/02社会保障服务中心.csv")
}

/// A catalog directory `cat` inside a fresh temp dir, holding one department file.
fn catalog() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let cat = tmp.path().join("cat");
    std::fs::create_dir(&cat).unwrap();
    std::fs::copy(sample_csv(), cat.join("02社会保障服务中心.csv")).unwrap();
    (tmp, cat)
}

fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = svcat()
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

macro_rules! args {
    ($($a:expr),* $(,)?) => { &[$(std::ffi::OsStr::new($a)),*] };
}

const SECRET: &str = "SECRET_TOKEN_93f1 = hunter2 and more words that are not TOML";

// ---- 1. Files a catalog names -------------------------------------------------------------

#[test]
fn catalog_toml_schema_outside_the_catalog_is_refused_and_never_printed() {
    let (tmp, cat) = catalog();
    std::fs::write(tmp.path().join("secret.toml"), format!("{SECRET}\n")).unwrap();
    for target in ["../secret.toml", "/etc/passwd", "/proc/self/environ"] {
        std::fs::write(cat.join("catalog.toml"), format!("schema = \"{target}\"\n")).unwrap();
        let (code, stdout, stderr) = run(args!["import", &cat]);
        assert_eq!(code, 2, "{target}: {stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("catalog.toml 的 schema 指向目录")
                && stderr.contains(&format!("之外的“{target}”，svcat 不会读取它")),
            "{target}: {stderr}"
        );
        assert!(!stderr.contains("hunter2"), "{stderr}");
        assert!(!stderr.contains("root:"), "{stderr}");
    }
}

#[test]
fn catalog_toml_schema_is_found_beside_catalog_toml_not_in_the_working_directory() {
    let (_tmp, cat) = catalog();
    std::fs::write(
        cat.join("local.toml"),
        "name = \"local\"\nextends = \"township\"\n",
    )
    .unwrap();
    std::fs::write(cat.join("catalog.toml"), "schema = \"local.toml\"\n").unwrap();
    let (code, stdout, stderr) = run(args!["import", &cat]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"schema\": \"local\""), "{stdout}");
}

#[test]
fn a_non_toml_schema_named_by_a_catalog_is_not_quoted() {
    let (_tmp, cat) = catalog();
    std::fs::write(cat.join("notes.toml"), format!("# line one\n{SECRET}\n")).unwrap();
    std::fs::write(cat.join("catalog.toml"), "schema = \"notes.toml\"\n").unwrap();
    let (code, _, stderr) = run(args!["import", &cat]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("notes.toml 的 TOML 有误（第 2 行第 "),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");
    assert!(!stderr.contains("SECRET_TOKEN"), "{stderr}");
}

#[test]
fn extends_in_a_catalog_schema_stays_inside_the_catalog() {
    let (tmp, cat) = catalog();
    std::fs::write(tmp.path().join("secret.toml"), format!("{SECRET}\n")).unwrap();
    std::fs::write(
        cat.join("local.toml"),
        "name = \"local\"\nextends = \"../secret.toml\"\n",
    )
    .unwrap();
    std::fs::write(cat.join("catalog.toml"), "schema = \"local.toml\"\n").unwrap();
    let (code, _, stderr) = run(args!["import", &cat]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("规范路径“../secret.toml”不在目录") && stderr.contains("svcat 不会读取它"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_schema_or_spreadsheet_leading_out_of_the_catalog_is_not_read() {
    let (tmp, cat) = catalog();
    std::fs::write(
        tmp.path().join("secret.csv"),
        "事项名称,实施部门\nhunter2,民政办\n",
    )
    .unwrap();
    std::fs::write(tmp.path().join("secret.toml"), format!("{SECRET}\n")).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.csv"), cat.join("03x.csv")).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.toml"), cat.join("s.toml")).unwrap();
    let (code, stdout, stderr) = run(args!["import", &cat]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("03x.csv：是指向目录之外的符号链接，svcat 不会读取它"),
        "{stderr}"
    );
    // The rest is read.
    assert!(stdout.contains("城乡居民基本养老保险参保登记"), "{stdout}");
    assert!(!stdout.contains("hunter2"));

    std::fs::write(cat.join("catalog.toml"), "schema = \"s.toml\"\n").unwrap();
    let (code, _, stderr) = run(args!["import", &cat]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("之外的“s.toml”，svcat 不会读取它"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_schema_that_is_not_a_regular_file_is_refused_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("fifo.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let (code, _, stderr) = run(args!["import", "--schema", &fifo, &sample_csv()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("不是普通文件"), "{stderr}");
    // Too big: refused by its size.
    let big = tmp.path().join("big.toml");
    std::fs::write(&big, "# x\n".repeat(2 << 20)).unwrap();
    let (code, _, stderr) = run(args!["import", "--schema", &big, &sample_csv()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("文件超过 4 MiB 的上限"), "{stderr}");
}

// ---- 4. Outputs never replace inputs ------------------------------------------------------------

/// Every file under `dir` with its bytes, sorted.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn fix_into_the_directory_of_its_input_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    std::fs::create_dir(&d).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/sample-town");
    for name in [
        "02社会保障服务中心.csv",
        "01民政办.xlsx",
        "04残疾人联合会.xls",
    ] {
        std::fs::copy(sample.join(name), d.join(name)).unwrap();
    }
    let before = snapshot(&d);
    for (input, out) in [
        ("02社会保障服务中心.csv", d.clone()),
        ("01民政办.xlsx", d.join("")),
        ("04残疾人联合会.xls", d.clone()),
    ] {
        let (code, _, stderr) = run(args!["fix", &d.join(input), "-o", &out]);
        assert_eq!(code, 2, "{input}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "包含输入 {}，svcat 不会覆盖输入文件",
                d.join(input).display()
            )),
            "{input}: {stderr}"
        );
        assert_eq!(snapshot(&d), before, "{input}: the directory changed");
    }
}

#[test]
fn fix_refuses_two_inputs_that_would_be_one_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/sample-town");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for dir in [&a, &b] {
        std::fs::create_dir(dir).unwrap();
        std::fs::copy(sample.join("02社会保障服务中心.csv"), dir.join("x.csv")).unwrap();
    }
    let out = tmp.path().join("out");
    let (code, _, stderr) = run(args!["fix", &a.join("x.csv"), &b.join("x.csv"), "-o", &out]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{} 和 {} 都会写成 {}，一个会覆盖另一个",
            a.join("x.csv").display(),
            b.join("x.csv").display(),
            out.join("x.csv").display()
        )),
        "{stderr}"
    );
    assert!(!out.exists());

    // x.xls and x.xlsx both become x.xlsx.
    let c = tmp.path().join("c");
    std::fs::create_dir(&c).unwrap();
    std::fs::copy(sample.join("01民政办.xlsx"), c.join("x.xlsx")).unwrap();
    std::fs::copy(sample.join("04残疾人联合会.xls"), c.join("x.xls")).unwrap();
    let (code, _, stderr) = run(args!["fix", &c, "-o", &out]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("x.xlsx，一个会覆盖另一个"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn diff_and_check_never_write_over_or_into_their_inputs() {
    let (tmp, cat) = catalog();
    let old = tmp.path().join("old.csv");
    std::fs::copy(sample_csv(), &old).unwrap();
    let before = std::fs::read(&old).unwrap();
    let (code, _, stderr) = run(args!["diff", &old, &cat, "-o", &old]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "输出 {} 是输入之一：与输入相同，svcat 不会覆盖输入文件",
            old.display()
        )),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&old).unwrap(), before);

    let cat_before = snapshot(&cat);
    let report = cat.join("sub").join("report.json");
    std::fs::create_dir(cat.join("sub")).unwrap();
    let (code, _, stderr) = run(args!["check", &cat, "-o", &report]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "输出 {} 位于输入目录 {} 之中",
            report.display(),
            cat.display()
        )),
        "{stderr}"
    );
    assert_eq!(snapshot(&cat), cat_before);

    // Two outputs at one place.
    let out = tmp.path().join("r.json");
    let (code, _, stderr) = run(args!["check", &cat, "-o", &out, "--write-baseline", &out]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("是同一位置，一个会覆盖另一个"), "{stderr}");
    assert!(!out.exists());
}

// ---- 10. A closed or full stdout ----------------------------------------------------------------

/// Runs svcat with stdout going to `stdout`; (exit code, stderr).
fn run_to(stdout: std::process::Stdio, args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("svcat"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args(args)
        .stdout(stdout)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_is_success_and_a_full_one_an_error_for_every_command() {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schemas/province.toml");
    let commands: [&[&std::ffi::OsStr]; 5] = [
        args!["rules"],
        args!["rules", "C001"],
        args!["schema", "show"],
        args!["schema", "show", "national", "--format", "toml"],
        args!["schema", "check", &schema],
    ];
    for command in commands {
        // `svcat rules | head -1`: the reader is gone before svcat writes.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let (code, stderr) = run_to(writer.into(), command);
        assert_eq!(code, 0, "{command:?} into a closed pipe: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");

        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let (code, stderr) = run_to(full.into(), command);
        assert_eq!(code, 2, "{command:?} into /dev/full: {stderr}");
        assert!(
            stderr.contains("无法写入 标准输出"),
            "{command:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

// ---- 12. fix goes on past an unreadable file ----------------------------------------------------

#[test]
fn fix_copies_the_readable_files_when_one_is_unreadable() {
    let (tmp, cat) = catalog();
    // Sorted first, so it used to stop the copying before the good file.
    std::fs::write(cat.join("01坏.xlsx"), b"PK\x03\x04 not a zip at all").unwrap();
    let out = tmp.path().join("out");
    let (code, stdout, stderr) = run(args!["fix", "-q", &cat, "-o", &out]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.matches("01坏.xlsx：不是有效的 xlsx 文件").count(),
        1,
        "reported once: {stderr}"
    );
    assert!(out.join("02社会保障服务中心.csv").is_file(), "{stderr}");
    assert!(!out.join("01坏.xlsx").exists());
    assert!(stdout.contains("02社会保障服务中心.csv!"), "{stdout}");
}

// ---- 7. diff --git on a crafted history ---------------------------------------------------------

/// Runs git in `dir` (with `stdin`), returning its trimmed stdout.
fn git(dir: &Path, args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "git {args:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn diff_git_refuses_tree_entries_that_climb_out_and_revisions_that_look_like_options() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(repo.join("cat")).unwrap();
    std::fs::copy(sample_csv(), repo.join("cat/x.csv")).unwrap();
    git(&repo, &["init", "-q"], "");
    // A commit whose tree holds cat/../../evil.csv.
    let blob = git(
        &repo,
        &["hash-object", "-w", "--stdin"],
        "事项名称\nhunter2\n",
    );
    let mut tree = git(
        &repo,
        &["mktree"],
        &format!("100644 blob {blob}\tevil.csv\n"),
    );
    for name in ["..", "..", "cat"] {
        tree = git(&repo, &["mktree"], &format!("040000 tree {tree}\t{name}\n"));
    }
    let commit = git(&repo, &["commit-tree", &tree, "-m", "crafted"], "");
    // svcat's temporary directory is made in here: the entry would land in `temps`.
    let temps = tmp.path().join("temps/a/b");
    std::fs::create_dir_all(&temps).unwrap();
    let out = svcat()
        .current_dir(&repo)
        .env("TMPDIR", &temps)
        .args(["diff", "--git", &commit, "cat"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "git 版本 {commit} 中的路径“cat/../../evil.csv”含有 ..、. 或根目录，svcat 不会写出它"
        )),
        "{stderr}"
    );
    assert!(
        !temps.join("evil.csv").exists(),
        "written outside the temporary directory"
    );
    assert_eq!(
        std::fs::read_dir(&temps).unwrap().count(),
        0,
        "temporary directory left"
    );

    // A revision is never taken for an option.
    let out = svcat()
        .current_dir(&repo)
        .args(["diff", "--git=--output=pwned", "cat"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--end-of-options --output=pwned -- cat 失败：fatal: Not a valid object name --output=pwned"),
        "{stderr}"
    );
    assert!(!repo.join("pwned").exists());
}

// ---- 14. guide never follows links in its output directory --------------------------------------

const PAGE: &str = "<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"generator\" content=\"svcat\">\n";

#[cfg(unix)]
#[test]
fn guide_never_follows_a_symlinked_items_directory() {
    let (tmp, cat) = catalog();
    let outside = tmp.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("victim.html"), PAGE).unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&outside, out.join("items")).unwrap();
    // A summary that claims the victim as an old page.
    std::fs::write(
        out.join("summary.json"),
        r#"{"svcat": "guide/1", "files": ["items/victim.html"]}"#,
    )
    .unwrap();
    let (code, _, stderr) = run(args!["guide", "-q", &cat, "-o", &out]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "输出目录中的 {} 是符号链接，svcat 不会跟随它写入或删除文件",
            out.join("items").display()
        )),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(outside.join("victim.html")).unwrap(),
        PAGE
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);
}

#[test]
fn guide_removes_only_pages_it_wrote() {
    let (tmp, cat) = catalog();
    let out = tmp.path().join("out");
    std::fs::create_dir_all(out.join("items")).unwrap();
    std::fs::write(out.join("items/notes.html"), "<p>my own notes</p>\n").unwrap();
    std::fs::write(out.join("items/old.html"), PAGE).unwrap();
    std::fs::write(
        out.join("summary.json"),
        r#"{"svcat": "guide/1", "files": ["items/notes.html", "items/old.html"]}"#,
    )
    .unwrap();
    let (code, _, stderr) = run(args!["guide", "-q", &cat, "-o", &out]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(out.join("items/notes.html")).unwrap(),
        "<p>my own notes</p>\n"
    );
    assert!(!out.join("items/old.html").exists(), "a stale page stays");
}

// ---- 11. File modes ----------------------------------------------------------------------------

/// Runs svcat under `umask`; (exit code, stderr).
#[cfg(unix)]
fn run_with_umask(umask: &str, args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin("svcat"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn outputs_respect_the_umask_and_keep_an_existing_files_mode() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, cat) = catalog();
    let new = tmp.path().join("new.json");
    let (code, stderr) = run_with_umask("027", args!["import", "-q", &cat, "-o", &new]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(mode(&new), 0o640, "a new file takes the umask");

    let private = tmp.path().join("private.json");
    std::fs::write(&private, "{}").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, stderr) = run_with_umask("022", args!["import", "-q", &cat, "-o", &private]);
    assert_eq!(code, 0, "{stderr}");
    assert_ne!(std::fs::read(&private).unwrap(), b"{}", "replaced");
    assert_eq!(mode(&private), 0o600, "a private file stays private");

    // Guide pages are files like any other.
    let guide = tmp.path().join("guide");
    let (code, stderr) = run_with_umask("022", args!["guide", "-q", &cat, "-o", &guide]);
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_dir(guide.join("items"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(mode(&page), 0o644, "{}", page.display());
    assert_eq!(mode(&guide.join("index.html")), 0o644);
}

// ---- 13. Interrupted runs leave no temporary files ----------------------------------------------

/// The hidden temporary files svcat builds outputs in, in `dir`.
fn temps_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".svcat-") && n.ends_with(".tmp"))
        .collect()
}

#[cfg(unix)]
#[test]
fn an_interrupt_removes_the_temporary_output() {
    let tmp = tempfile::tempdir().unwrap();
    // Big enough that the import is still writing when it is interrupted.
    let input = tmp.path().join("big.csv");
    let mut text = String::from("事项名称,实施部门,事项编码,事项类型,法定办结时限,承诺办结时限\n");
    for i in 0..150_000 {
        text.push_str(&format!(
            "事项{i}号登记,民政办,1237011200000000000000{i:08},行政确认,20个工作日,5个工作日\n"
        ));
    }
    std::fs::write(&input, text).unwrap();
    let out_dir = tmp.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let target = out_dir.join("big.json");
    for signal in ["INT", "TERM"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("svcat"))
            .args(["import", "-q"])
            .arg(&input)
            .arg("-o")
            .arg(&target)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while temps_in(&out_dir).is_empty() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no temporary file appeared"
            );
            assert!(child.try_wait().unwrap().is_none(), "finished too early");
            std::thread::sleep(Duration::from_millis(5));
        }
        let killed = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "SIG{signal}: {status:?}");
        assert_eq!(temps_in(&out_dir), Vec::<String>::new(), "SIG{signal}");
        assert!(!target.exists());
    }
}
