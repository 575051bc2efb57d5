//! `svcat serve`: the real binary started on a free port, driven over HTTP like a script or a
//! browser would: the report the API answers is `check --format json`'s, byte for byte; foreign
//! Host and Origin headers are refused; caps answer 413 and the server lives on; hostile names
//! are refused; uploads are removed afterwards; the page and its downloads work. The compare and
//! district endpoints are tested in tests/serve_compare_district.rs.

mod common;
mod serve_support;
mod sheets;

use serve_support::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

fn cli_report(args: &[&str]) -> Vec<u8> {
    let out = common::svcat()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the sample has errors");
    out.stdout
}

#[test]
fn the_api_answers_the_check_report_byte_for_byte() {
    let server = Server::start(&[]);
    let files = sample_town("catalogs/sample-town");
    let r = post(&server, "/api/check", &parts("files", &files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("x-svcat-exit-code"), Some("1"));
    let expected = cli_report(&["catalogs/sample-town"]);
    assert!(
        r.body == expected,
        "the API's report differs from `svcat check catalogs/sample-town --format json`:\n{}",
        similar::TextDiff::from_lines(
            String::from_utf8_lossy(&expected).as_ref(),
            r.text().as_str()
        )
        .unified_diff()
    );
    // The upload's files are gone once the answer is sent.
    assert_eq!(server.leftovers(), Vec::<String>::new());
}

#[test]
fn loose_files_are_named_as_the_user_named_them() {
    let server = Server::start(&[]);
    let files: Vec<(String, Vec<u8>)> = sample_town("")
        .into_iter()
        .filter(|(n, _)| n == "01民政办.xlsx" || n == "catalog.toml")
        .collect();
    let r = post(&server, "/api/check", &parts("files", &files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let report = r.json();
    assert_eq!(report["settings"]["catalog_toml"], "catalog.toml");
    assert_eq!(report["settings"]["region"]["value"], "青石镇");
    let files: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["01民政办.xlsx"].into_iter().collect());
    // The same findings as the command line's check of that one file (in its directory, so
    // with its catalog.toml).
    let out = common::svcat()
        .args(["check", "--format", "json", "01民政办.xlsx"])
        .current_dir(root().join("catalogs/sample-town"))
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"], cli["findings"]);
    assert_eq!(report["summary"], cli["summary"]);
}

#[test]
fn a_foreign_host_is_refused() {
    let server = Server::start(&[]);
    let port = server.port.to_string();
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        "127.0.0.1".to_string(),
    ] {
        let r = get(&server, "/", &[("Host", &host)]);
        assert_eq!(r.status, 421, "Host {host}");
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("不是这台电脑上的 svcat 地址")
        );
    }
    let r = get(&server, "/", &[("Host", &format!("localhost:{port}"))]);
    assert_eq!(r.status, 200);
    assert!(r.text().contains("政务服务事项目录检查"));
}

#[test]
fn a_foreign_origin_is_refused() {
    let server = Server::start(&[]);
    let files = sample_town("sample-town");
    let own = format!("http://127.0.0.1:{}", server.port);
    for origin in [
        "http://evil.example",
        "null",
        "https://127.0.0.1",
        &format!("http://localhost:{}0", server.port),
    ] {
        let r = post(
            &server,
            "/api/check",
            &parts("files", &files),
            &[("Origin", origin)],
        );
        assert_eq!(r.status, 403, "Origin {origin}");
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("来自其他网站")
        );
    }
    let r = post(
        &server,
        "/api/check",
        &parts("files", &files),
        &[("Origin", &own)],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(server.leftovers(), Vec::<String>::new());
}

#[test]
fn off_loopback_a_post_needs_the_pages_origin() {
    let server = Server::start(&["--listen", "0.0.0.0"]);
    let files = sample_town("sample-town");
    let r = post(&server, "/api/check", &parts("files", &files), &[]);
    assert_eq!(r.status, 403, "{}", r.text());
    let own = format!("http://127.0.0.1:{}", server.port);
    let r = post(
        &server,
        "/api/check",
        &parts("files", &files),
        &[("Origin", &own)],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let stderr = server.stop();
    assert!(stderr.contains("警告：svcat 正在监听 0.0.0.0"), "{stderr}");
}

#[test]
fn an_oversized_upload_is_refused_and_the_server_lives_on() {
    let server = Server::start(&[]);
    let big = vec![b'x'; 51 * 1024 * 1024];
    // A little too large: read to its end (so the client is not cut off mid-send) and refused.
    let r = post(&server, "/api/check", &[("files", "big.csv", &big)], &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("上传的文件太大")
    );
    // Declared far too large, as curl sends a large upload (Expect: 100-continue): refused
    // before the body is sent.
    let mut tcp = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        tcp,
        "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        server.port,
        200 * 1024 * 1024
    )
    .unwrap();
    let mut answer = Vec::new();
    let _ = tcp.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("上传的文件太大"), "{answer}");
    // Sent without a length (chunked): refused when the count passes the cap.
    let (content_type, body) = form(&[("files", "big.csv", &big)]);
    let r = reply(
        agent()
            .post(server.url("/api/check"))
            .header("Content-Type", &content_type)
            .send(ureq::SendBody::from_reader(&mut &body[..])),
    );
    assert_eq!(r.status, 413, "{}", r.text());
    // Too many files.
    let many: Vec<(String, Vec<u8>)> = (0..201)
        .map(|n| (format!("f{n}.csv"), b"a,b\n".to_vec()))
        .collect();
    let r = post(&server, "/api/check", &parts("files", &many), &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("上传的文件太多")
    );
    // And the server still checks.
    let files = sample_town("catalogs/sample-town");
    let r = post(&server, "/api/check", &parts("files", &files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(server.leftovers(), Vec::<String>::new());
}

#[test]
fn hostile_names_are_refused() {
    let server = Server::start(&[]);
    for name in [
        "../x.csv",
        "a/../../x.csv",
        "/etc/x.csv",
        "CON.csv",
        "x.csv.",
        "a:b.csv",
        "x\u{1}.csv",
    ] {
        let r = post(&server, "/api/check", &[("files", name, b"a,b\n")], &[]);
        assert_eq!(r.status, 400, "{name:?}: {}", r.text());
        let message = r.json()["error"]["message"].as_str().unwrap().to_string();
        // A control character in the header makes the form itself unreadable.
        let expected = match name.contains('\u{1}') {
            true => "上传的表单无法读取",
            false => "上传的文件名“",
        };
        assert!(message.starts_with(expected), "{name:?}: {message}");
    }
    // Nothing was written outside the server's own temporary directories, and they are gone.
    assert_eq!(server.leftovers(), Vec::<String>::new());
    assert!(!root().join("x.csv").exists());
}

#[test]
fn bad_input_gets_the_command_lines_errors() {
    let server = Server::start(&[]);
    // Nothing to check.
    let r = post(
        &server,
        "/api/check",
        &[("files", "town/说明.md", b"# notes")],
        &[],
    );
    assert_eq!(r.status, 400);
    let error = r.json();
    assert_eq!(
        error["error"]["message"],
        "没有读到任何事项：目录 town 中没有表格文件"
    );
    // A mistake in catalog.toml, said as the command line says it, at the user's path.
    let dir = tempfile::tempdir().unwrap();
    let town = dir.path().join("town");
    std::fs::create_dir(&town).unwrap();
    let xlsx = std::fs::read(root().join("catalogs/sample-town/01民政办.xlsx")).unwrap();
    std::fs::write(town.join("01民政办.xlsx"), &xlsx).unwrap();
    std::fs::write(town.join("catalog.toml"), "maxvisits = 1\n").unwrap();
    let cli = common::svcat()
        .args(["check", "town", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(cli.status.code(), Some(2));
    let r = post(
        &server,
        "/api/check",
        &[
            ("files", "town/01民政办.xlsx", &xlsx),
            ("files", "town/catalog.toml", b"maxvisits = 1\n"),
        ],
        &[],
    );
    assert_eq!(r.status, 400);
    let error = r.json();
    let message = error["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("town/catalog.toml 有误"), "{message}");
    let cli_stderr = String::from_utf8_lossy(&cli.stderr);
    assert!(
        cli_stderr.contains(message),
        "CLI said:\n{cli_stderr}\nserver said: {message}"
    );
    assert!(
        !error
            .to_string()
            .contains(server.tmp.path().to_str().unwrap())
    );
    // Not a form at all.
    let r = reply(agent().post(server.url("/api/check")).send("files=1"));
    assert_eq!(r.status, 400);
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("multipart/form-data")
    );
}

#[test]
fn the_page_shows_the_findings_and_offers_the_downloads() {
    let server = Server::start(&[]);
    let r = get(&server, "/", &[]);
    assert_eq!(r.status, 200);
    let page = r.text();
    assert!(page.contains("webkitdirectory"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing from outside"
    );
    assert!(
        r.header("content-security-policy")
            .unwrap()
            .contains("default-src 'none'")
    );
    let js = get(&server, "/assets/app.js", &[]);
    assert_eq!(js.status, 200);
    assert!(js.text().contains("/api/upload"));

    let files = sample_town("sample-town");
    let r = post(&server, "/api/upload", &parts("files", &files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let url = r.json()["url"].as_str().unwrap().to_string();
    let id = url.strip_prefix("/r/").unwrap().to_string();
    assert_eq!(id.len(), 32);
    let page = get(&server, &url, &[]).text();
    // Known findings of the sample (see DEFECTS.md): C001 at 01民政办.xlsx P10, grouped under
    // 青石镇民政办 and 临时救助.
    assert!(
        page.contains("<h3>青石镇民政办 <small>（<span class=\"shown-count\">12</span> 条）"),
        "department heading"
    );
    assert!(page.contains("临时救助（11370112004325179B5370511003000）"));
    assert!(page.contains(r#"data-rule="C001""#));
    assert!(page.contains("<b>P10</b>"));
    assert!(page.contains("承诺办结时限（30个工作日）超过法定办结时限（20个工作日）"));
    assert!(page.contains("即办件占比"));

    for (what, magic) in [
        ("annotated.xlsx", "PK"),
        ("catalog.xlsx", "PK"),
        ("lists.zip", "PK"),
        ("guide.zip", "PK"),
        ("templates.zip", "PK"),
    ] {
        let d = get(&server, &format!("/s/{id}/{what}"), &[]);
        assert_eq!(d.status, 200, "{what}: {}", d.text());
        assert!(d.body.starts_with(magic.as_bytes()), "{what}");
        assert!(
            d.header("content-disposition")
                .unwrap()
                .starts_with("attachment;")
        );
    }
    // The guide's zip holds the booklet; the templates' one a workbook per department.
    let names = |bytes: &[u8]| -> Vec<String> {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        zip.file_names().map(|n| n.unwrap().into_owned()).collect()
    };
    let guide = get(&server, &format!("/s/{id}/guide.zip"), &[]);
    assert!(names(&guide.body).contains(&"index.html".to_string()));
    let templates = get(&server, &format!("/s/{id}/templates.zip"), &[]);
    assert!(
        names(&templates.body).contains(&"青石镇民政办填报模板.xlsx".to_string()),
        "{:?}",
        names(&templates.body)
    );
    // An unknown session, an unknown download.
    assert_eq!(
        get(&server, "/r/0123456789abcdef0123456789abcdef", &[]).status,
        404
    );
    assert_eq!(
        get(&server, &format!("/s/{id}/secret.txt"), &[]).status,
        404
    );
}

#[test]
fn an_uploaded_upper_catalog_is_checked_against() {
    let server = Server::start(&[]);
    let town = sample_town("sample-town");
    let county_dir = root().join("catalogs/sample-county");
    let mut county: Vec<(String, Vec<u8>)> = std::fs::read_dir(&county_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                format!("sample-county/{}", p.file_name().unwrap().to_string_lossy()),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    county.sort();
    let mut all = parts("files", &town);
    all.extend(parts("upper", &county));
    let r = post(&server, "/api/check", &all, &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let report = r.json();
    assert_eq!(report["settings"]["upper"]["value"], "sample-county");
    let cli: Value = serde_json::from_slice(&cli_report(&[
        "catalogs/sample-town",
        "--against",
        "catalogs/sample-county",
    ]))
    .unwrap();
    assert_eq!(report["findings"], cli["findings"]);
}

#[test]
fn open_starts_the_browser_on_the_page() {
    // opener honours $BROWSER: a script stands in for the browser and notes what it was given.
    let dir = tempfile::tempdir().unwrap();
    let noted = dir.path().join("opened.txt");
    let browser = dir.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", noted.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let server = Server::start_with(&["--open"], &[("BROWSER", browser.as_os_str())]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !noted.is_file() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(std::fs::read_to_string(&noted).unwrap(), server.url("/"));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_and_removes_the_kept_uploads() {
    let mut server = Server::start(&[]);
    let files = sample_town("sample-town");
    let r = post(&server, "/api/upload", &parts("files", &files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(server.leftovers().len(), 1, "the session keeps its upload");
    let status = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = server.child.wait().unwrap().code();
    assert_eq!(code, Some(130), "ended as interrupted");
    assert_eq!(server.leftovers(), Vec::<String>::new());
}

#[test]
#[ignore = "needs Node.js with tests/browser's packages (npm ci), Chromium and LibreOffice; .ci/run installs them"]
fn the_page_works_in_chromium() {
    let browser_dir = root().join("tests/browser");
    if !browser_dir.join("node_modules/playwright-core").is_dir() {
        panic!(
            "tests/browser/node_modules/playwright-core is missing: this test drives Chromium with \
             it. Run `npm ci` in tests/browser (.ci/run does), or leave out --include-ignored"
        );
    }
    let chromium = which(common::browser::chromium());
    let soffice = sheets::soffice();
    // Kept after the run, to look at: the screenshots and the downloaded workbook.
    let out = root().join("target/serve-artifacts");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let report = out.join("report.json");
    std::fs::write(&report, cli_report(&["catalogs/sample-town"])).unwrap();
    let diff = out.join("diff.json");
    let compared = common::svcat()
        .args(["diff", "catalogs/sample-town", "catalogs/sample-town-2023"])
        .args(["--format", "json"])
        .output()
        .unwrap();
    std::fs::write(&diff, compared.stdout).unwrap();

    let server = Server::start(&[]);
    let run = Command::new("node")
        .arg("serve.spec.mjs")
        .current_dir(&browser_dir)
        .env("SVCAT_URL", server.url("/"))
        .env("SVCAT_SAMPLE", root().join("catalogs/sample-town"))
        .env("SVCAT_REPORT", &report)
        .env("SVCAT_OUT", &out)
        .env("SVCAT_NEW", root().join("catalogs/sample-town-2023"))
        .env("SVCAT_DIFF", &diff)
        .env("SVCAT_DISTRICT", root().join("catalogs/sample-district"))
        .env("CHROMIUM", &chromium)
        .output()
        .unwrap_or_else(|e| panic!("node does not run ({e}): install nodejs (.ci/run does)"));
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && stdout.trim_end().ends_with(" passed, 0 failed"),
        "the browser test failed:\n{stdout}\n{stderr}"
    );
    for shot in [
        "upload.png",
        "result.png",
        "findings.png",
        "filtered.png",
        "compare.png",
        "district.png",
        "dashboard.png",
    ] {
        let png = std::fs::read(out.join(shot)).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{shot}");
    }
    // The workbook the browser downloaded opens in LibreOffice.
    let workbook = out.join("问题标注.xlsx");
    sheets::soffice_convert(&soffice, &workbook, "pdf", &out);
    let pdf = std::fs::read(out.join("问题标注.pdf")).expect("LibreOffice wrote a PDF");
    assert!(pdf.starts_with(b"%PDF") && sheets::pdf_pages(&pdf) > 1);
    // Its list sheet names the planted C001 at P10.
    let names = sheets::sheet_names(&workbook);
    assert_eq!(
        names.first().map(String::as_str),
        Some("问题清单"),
        "{names:?}"
    );
    assert_eq!(
        server.leftovers().len(),
        4,
        "the two checked uploads (picked, dropped), the compared revisions and the district are \
         kept for their downloads; the refused ones are gone"
    );
}

/// The full path of a program on PATH.
fn which(program: &str) -> PathBuf {
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(program))
                .find(|p| p.is_file())
        })
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

#[test]
fn a_catalog_json_is_read_as_the_command_line_reads_it() {
    let server = Server::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let county = dir.path().join("county.json");
    common::svcat()
        .args(["import", "catalogs/sample-county", "-o"])
        .arg(&county)
        .assert()
        .success();
    let town = sample_town("sample-town");
    let json = std::fs::read(&county).unwrap();
    let mut all = parts("files", &town);
    all.push(("upper", "county.json", &json));
    let r = post(&server, "/api/check", &all, &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let report = r.json();
    assert_eq!(report["settings"]["upper"]["value"], "county.json");
    let out = common::svcat()
        .args([
            "check",
            "catalogs/sample-town",
            "--format",
            "json",
            "--against",
        ])
        .arg(&county)
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"], cli["findings"]);
    // As the catalog itself: the same report as `check county.json`.
    let r = post(
        &server,
        "/api/check",
        &[("files", "county.json", &json)],
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let out = common::svcat()
        .args(["check", "--format", "json", "county.json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(r.text(), String::from_utf8_lossy(&out.stdout));
}

#[test]
fn an_unreadable_file_is_said_and_the_rest_checked() {
    let server = Server::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let town = dir.path().join("town");
    std::fs::create_dir(&town).unwrap();
    let good = std::fs::read(root().join("catalogs/sample-town/01民政办.xlsx")).unwrap();
    std::fs::write(town.join("01民政办.xlsx"), &good).unwrap();
    std::fs::write(town.join("02坏.xlsx"), b"not a workbook").unwrap();
    let cli = common::svcat()
        .args(["check", "town", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(cli.status.code(), Some(2));
    let parts = [
        ("files", "town/01民政办.xlsx", good.as_slice()),
        ("files", "town/02坏.xlsx", b"not a workbook".as_slice()),
    ];
    let r = post(&server, "/api/check", &parts, &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("x-svcat-exit-code"), Some("2"));
    assert_eq!(r.body, cli.stdout, "the report of what could be read");
    // The page names the file and says what to do.
    let r = post(&server, "/api/upload", &parts, &[]);
    let page = get(&server, r.json()["url"].as_str().unwrap(), &[]).text();
    assert!(
        page.contains("<div class=\"failure\"><b>02坏.xlsx：扩展名是 .xlsx，但内容不是 xlsx 文件"),
        "{page}"
    );
}

/// A double-click on svcat.exe (no arguments; SVCAT_DOUBLE_CLICK=1 stands in for Windows here)
/// starts the page and the browser, and the window says how to stop it. With 8080 taken it takes
/// another port rather than failing. Elsewhere no arguments is still the help and exit 2.
#[cfg(unix)]
#[test]
fn a_double_click_starts_the_page_and_the_browser() {
    // Hold 8080, so the fallback is what is tested (if something else holds it, all the same).
    let _held = std::net::TcpListener::bind(("127.0.0.1", 8080));
    let dir = tempfile::tempdir().unwrap();
    let noted = dir.path().join("opened.txt");
    let browser = dir.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", noted.display()),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_svcat"))
        .env("SVCAT_DOUBLE_CLICK", "1")
        .env("BROWSER", &browser)
        .env("TMPDIR", dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    for _ in 0..3 {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        lines.push(line);
    }
    assert!(lines[0].starts_with("正在启动 svcat 本机网页"), "{lines:?}");
    assert!(
        lines[1].contains("用完后关闭这个窗口，或在窗口中按 Ctrl+C，即可停止 svcat"),
        "{lines:?}"
    );
    let url = lines[2]
        .strip_prefix("svcat 已启动：")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("{lines:?}"))
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert_ne!(url, "http://127.0.0.1:8080/", "8080 was held");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !noted.is_file() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(std::fs::read_to_string(&noted).unwrap(), url);

    // Not on Windows and not asked for: no arguments is the help, exit 2.
    let out = Command::new(env!("CARGO_BIN_EXE_svcat"))
        .env_remove("SVCAT_DOUBLE_CLICK")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("用法：svcat"));
}
