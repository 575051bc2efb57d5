//! `svcat serve`'s compare and district endpoints, the real binary over HTTP: two revisions get
//! `diff --format json` byte for byte and the 新旧对照表; a district folder gets `district
//! --format json` byte for byte, the dashboard (under its own policy) and the whole output zipped;
//! hostile nested paths are refused; Host and Origin are checked as for every POST.

mod common;
mod serve_support;
mod sheets;

use std::io::Read;

use serve_support::*;

/// What the binary writes for the same files, with its exit code.
fn cli_json(args: &[&str]) -> (Vec<u8>, i32) {
    let out = common::svcat().args(args).output().unwrap();
    (out.stdout, out.status.code().unwrap())
}

fn assert_same(api: &Reply, expected: &[u8], what: &str) {
    assert!(
        api.body == expected,
        "the API's answer differs from `{what}`:\n{}",
        similar::TextDiff::from_lines(
            String::from_utf8_lossy(expected).as_ref(),
            api.text().as_str()
        )
        .unified_diff()
    );
}

/// The two revisions as the compare section sends them: fields `old` and `new`.
fn two_revisions() -> Vec<(&'static str, String, Vec<u8>)> {
    let old = sample_town("catalogs/sample-town");
    let new = files_under("catalogs/sample-town-2023", "catalogs/sample-town-2023");
    let old = old.into_iter().map(|(n, b)| ("old", n, b));
    let new = new.into_iter().map(|(n, b)| ("new", n, b));
    old.chain(new).collect()
}

fn form_of<'a>(files: &'a [(&'a str, String, Vec<u8>)]) -> Vec<(&'a str, &'a str, &'a [u8])> {
    files
        .iter()
        .map(|(f, n, b)| (*f, n.as_str(), b.as_slice()))
        .collect()
}

#[test]
fn the_diff_api_answers_diffs_json_byte_for_byte() {
    let server = Server::start(&[]);
    let files = two_revisions();
    let r = post(&server, "/api/diff", &form_of(&files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let (expected, code) = cli_json(&[
        "diff",
        "catalogs/sample-town",
        "catalogs/sample-town-2023",
        "--format",
        "json",
    ]);
    assert_same(
        &r,
        &expected,
        "svcat diff catalogs/sample-town catalogs/sample-town-2023 --format json",
    );
    assert_eq!(
        r.header("x-svcat-exit-code"),
        Some(code.to_string().as_str())
    );
    assert_eq!(server.leftovers(), Vec::<String>::new());
    // Both revisions are needed.
    let only_old: Vec<_> = files.iter().filter(|f| f.0 == "old").cloned().collect();
    let r = post(&server, "/api/diff", &form_of(&only_old), &[]);
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("new 字段")
    );
}

#[test]
fn the_district_api_answers_districts_json_byte_for_byte() {
    let server = Server::start(&[]);
    // As a browser sends a dropped folder: the folder, the town, the file. Named from the
    // repository's root, the paths in the JSON are the command line's.
    let files = files_under("catalogs/sample-district", "catalogs/sample-district");
    let r = post(&server, "/api/district", &parts("files", &files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let (expected, code) = cli_json(&["district", "catalogs/sample-district", "--format", "json"]);
    assert_eq!(code, 1, "the sample district has errors");
    assert_same(
        &r,
        &expected,
        "svcat district catalogs/sample-district --format json",
    );
    assert_eq!(r.header("x-svcat-exit-code"), Some("1"));
    // Named as a browser names it (the dropped folder only), the paths start there.
    let files = files_under("catalogs/sample-district", "sample-district");
    let r = post(&server, "/api/district", &parts("files", &files), &[]);
    let json = r.json();
    assert_eq!(json["towns"][0]["path"], "sample-district/baima");
    assert_eq!(json["upper"], "sample-district/县级目录");
    assert!(!r.text().contains("svcat-serve-"), "no private path leaks");
    assert_eq!(server.leftovers(), Vec::<String>::new());
}

#[test]
fn the_compare_section_offers_the_workbook() {
    let server = Server::start(&[]);
    let files = two_revisions();
    let r = post(&server, "/api/diff/session", &form_of(&files), &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let answer = r.json();
    let summary = &answer["summary"];
    // The counts the human diff ends with.
    let (human, _) = cli_json(&["diff", "catalogs/sample-town", "catalogs/sample-town-2023"]);
    let counts = format!(
        "新增 {}，删除 {}，重新编码 {}，变更 {}，未变 {}；要素变化中更好 {}、更差 {}",
        summary["added"],
        summary["removed"],
        summary["recoded"],
        summary["changed"],
        summary["unchanged"],
        summary["better"],
        summary["worse"]
    );
    assert!(
        String::from_utf8_lossy(&human).contains(&counts),
        "{counts}"
    );
    assert_eq!(summary["old"], "2022-06（2022-06-30）");
    let url = answer["downloads"][0]["url"].as_str().unwrap();
    assert!(url.ends_with("/diff.xlsx"), "{url}");
    let d = get(&server, url, &[]);
    assert_eq!(d.status, 200);
    assert!(
        d.header("content-disposition")
            .unwrap()
            .contains("%E6%96%B0%E6%97%A7%E5%AF%B9%E7%85%A7%E8%A1%A8.xlsx")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("新旧对照表.xlsx");
    std::fs::write(&path, &d.body).unwrap();
    assert_eq!(sheets::sheet_names(&path), ["新旧对照表", "调整汇总"]);
    // The same as the command line's workbook.
    let (cli, _) = cli_json(&[
        "diff",
        "catalogs/sample-town",
        "catalogs/sample-town-2023",
        "--format",
        "xlsx",
    ]);
    assert!(
        cli == d.body,
        "the download differs from `svcat diff --format xlsx`"
    );
    // A session of revisions offers no check download.
    let other = url.replace("diff.xlsx", "annotated.xlsx");
    assert_eq!(get(&server, &other, &[]).status, 404);
}

#[test]
fn the_district_section_offers_the_dashboard_and_the_zip() {
    let server = Server::start(&[]);
    let files = files_under("catalogs/sample-district", "sample-district");
    let r = post(
        &server,
        "/api/district/session",
        &parts("files", &files),
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let answer = r.json();
    assert_eq!(answer["summary"]["district"], "历城区");
    assert_eq!(answer["summary"]["towns"], 4);
    assert_eq!(
        answer["summary"]["skipped"],
        serde_json::json!(["sample-district/README.md"])
    );
    let (human, _) = cli_json(&["district", "catalogs/sample-district"]);
    // The command line's text, the folder named as the browser named it.
    let human =
        String::from_utf8_lossy(&human).replace("catalogs/sample-district", "sample-district");
    assert_eq!(answer["summary"]["text"], human);
    let url = |what: &str| {
        answer["downloads"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["url"].as_str().unwrap().to_string())
            .find(|u| u.ends_with(what))
            .unwrap()
    };
    // The dashboard, viewed: HTML under a policy that runs no script and loads nothing.
    let page = get(&server, &url("/dashboard.html"), &[]);
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let policy = page.header("content-security-policy").unwrap();
    assert!(
        policy.contains("default-src 'none'") && policy.contains("sandbox"),
        "{policy}"
    );
    assert!(page.text().contains("历城区"));
    assert!(page.text().contains("sample-district/县级目录"));
    assert!(!page.text().contains("svcat-serve-"));
    // Its link to the summary workbook works from the session too.
    assert!(page.text().contains("href=\"%E6%B1%87%E6%80%BB.xlsx\""));
    let base = url("/dashboard.html").replace("dashboard.html", "");
    let workbook = get(&server, &format!("{base}%E6%B1%87%E6%80%BB.xlsx"), &[]);
    assert_eq!(workbook.status, 200, "{}", workbook.text());
    assert!(workbook.body.starts_with(b"PK"));
    // The whole output, zipped, the same bytes each time.
    let zip = get(&server, &url("/district.zip"), &[]);
    assert_eq!(zip.status, 200);
    assert_eq!(get(&server, &url("/district.zip"), &[]).body, zip.body);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&zip.body)).unwrap();
    let names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    let mut tops: Vec<&str> = names.iter().map(|n| n.split('/').next().unwrap()).collect();
    tops.dedup();
    tops.sort();
    assert_eq!(
        tops,
        [
            "index.html",
            "柳河乡",
            "汇总.xlsx",
            "白马镇",
            "青石镇",
            "龙泉街道"
        ]
    );
    for name in &names {
        for part in name.split('/') {
            assert!(svcat_core::file_name::is_valid(part), "{name}");
        }
    }
    let mut summary = Vec::new();
    archive
        .by_name("汇总.xlsx")
        .unwrap()
        .read_to_end(&mut summary)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("汇总.xlsx"), &summary).unwrap();
    assert!(!sheets::sheet_names(&dir.path().join("汇总.xlsx")).is_empty());
}

#[test]
fn hostile_nested_paths_are_refused() {
    let server = Server::start(&[]);
    let csv = std::fs::read(root().join("catalogs/sample-district/baima/02司法所.csv")).unwrap();
    for bad in [
        "d/../etc/x.csv",
        "d/t/../../x.csv",
        "/d/t/x.csv",
        "d/CON/x.csv",
        "d/a:b/x.csv",
        "d//x.csv",
        "d/t/NUL.csv",
    ] {
        let r = post(
            &server,
            "/api/district",
            &[("files", bad, &csv), ("files", "d/ok/02司法所.csv", &csv)],
            &[],
        );
        assert_eq!(r.status, 400, "{bad}: {}", r.text());
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("不能使用"),
            "{bad}"
        );
    }
    // A file and a town's folder of one name, in either order.
    for pair in [
        ["d/t.csv", "d/t.csv/02司法所.csv"],
        ["d/t.csv/02司法所.csv", "d/t.csv"],
    ] {
        let r = post(
            &server,
            "/api/district",
            &[("files", pair[0], &csv), ("files", pair[1], &csv)],
            &[],
        );
        assert_eq!(r.status, 400, "{pair:?}: {}", r.text());
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("两个都叫“")
        );
    }
    // Deeper than a town's own files: skipped, as a town's read skips its subdirectories.
    let r = post(
        &server,
        "/api/district/session",
        &[
            ("files", "d/t1/02司法所.csv", &csv),
            ("files", "d/t2/02司法所.csv", &csv),
            ("files", "d/t2/old/02司法所.csv", &csv),
        ],
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.json()["summary"]["skipped"],
        serde_json::json!(["d/t2/old/02司法所.csv"])
    );
    assert_eq!(r.json()["summary"]["district"], "d");
    assert_eq!(
        server.leftovers().len(),
        1,
        "only the kept session's directory"
    );
}

#[test]
fn the_new_posts_check_origin_and_host() {
    let server = Server::start(&[]);
    let csv = std::fs::read(root().join("catalogs/sample-district/baima/02司法所.csv")).unwrap();
    let form = [
        ("files", "d/t/02司法所.csv", &csv[..]),
        ("old", "x.csv", &csv[..]),
    ];
    let port = server.port.to_string();
    for path in [
        "/api/diff",
        "/api/district",
        "/api/diff/session",
        "/api/district/session",
    ] {
        let r = post(&server, path, &form, &[("Origin", "http://evil.example")]);
        assert_eq!(r.status, 403, "{path}");
        let r = post(
            &server,
            path,
            &form,
            &[("Host", &format!("evil.example:{port}"))],
        );
        assert_eq!(r.status, 421, "{path}");
    }
    assert_eq!(server.leftovers(), Vec::<String>::new());
}
