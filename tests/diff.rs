//! `svcat diff` on two revisions of the sample catalog.

mod common;

use common::svcat;
use pretty_assertions::assert_eq;
use serde_json::{Value, json};

fn diff_json(args: &[&str]) -> (i32, Value) {
    let out = svcat()
        .arg("diff")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), json)
}

const OLD: &str = "catalogs/sample-town";
const NEW: &str = "catalogs/sample-town-2023";

#[test]
fn names_every_added_removed_recoded_and_changed_item() {
    let (code, diff) = diff_json(&[OLD, NEW]);
    assert_eq!(code, 0, "no --fail-on: exit 0");
    assert_eq!(diff["svcat"], "diff/1");
    assert_eq!(
        diff["summary"],
        json!({"added": 1, "removed": 1, "recoded": 1, "changed": 4, "unchanged": 102,
               "better": 5, "worse": 2, "neutral": 2})
    );
    assert_eq!(
        diff["added"],
        json!([{"code": "12370112MB0T66217F5370515013000", "name": "退役军人创业担保贷款贴息申请", "department": "退役军人服务站"}])
    );
    assert_eq!(
        diff["removed"],
        json!([{"code": "11370112004325179B5372016011000", "name": "土地承包经营纠纷调解", "department": "农业农村办"}])
    );
    assert_eq!(
        diff["recoded"],
        json!([{"old_code": "002018001000", "new_code": "002018013000", "name": "人民调解",
                "department": "司法所", "changes": []}])
    );
    let changed: Vec<(String, Vec<(String, String)>)> = diff["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["changes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|ch| {
                        (
                            ch["element"].as_str().unwrap().to_string(),
                            ch["direction"].as_str().unwrap().to_string(),
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let owned = |v: &[(&str, &str)]| {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        changed,
        vec![
            (
                "耕地地力保护补贴申领".to_string(),
                owned(&[
                    ("materials", "better"),
                    ("promised_limit", "better"),
                    ("visits", "better"),
                    ("visit_reason", "neutral")
                ])
            ),
            (
                "城市建筑垃圾处置核准".to_string(),
                owned(&[("promised_limit", "worse")])
            ),
            (
                "砍伐城市树木审批".to_string(),
                owned(&[("conditions", "worse")])
            ),
            (
                "退役军人信息采集".to_string(),
                owned(&[
                    ("visits", "better"),
                    ("visit_reason", "neutral"),
                    ("online_depth", "better")
                ])
            ),
        ]
    );
    let materials = &diff["changed"][0]["changes"][0];
    assert_eq!(
        *materials,
        json!({"element": "materials", "label": "申请材料", "old": 3, "new": 2, "direction": "better",
               "detail": "删除材料：社会保障卡或银行账户信息"})
    );
    let limit = &diff["changed"][1]["changes"][0];
    assert_eq!(
        (limit["old"].clone(), limit["new"].clone()),
        (json!("5个工作日"), json!("10个工作日"))
    );
    // The shared code on two items is reported on both sides, never collapsed.
    assert_eq!(diff["duplicates"].as_array().unwrap().len(), 2);
}

#[test]
fn markdown_for_a_pull_request_comment() {
    let out = svcat()
        .args(["diff", OLD, NEW, "--format", "markdown"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let expected = std::fs::read_to_string("tests/fixtures/diff-sample.md").unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

/// A pair of revisions in a scratch directory: `old/` with a catalog.toml naming its version,
/// `new/` without one; one item whose 受理条件 gains a clause and whose 备注 changes.
fn revisions_with_a_new_condition() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let header = "事项名称,事项编码,事项类型,实施部门,受理条件,备注\n";
    std::fs::create_dir_all(dir.path().join("old")).unwrap();
    std::fs::create_dir_all(dir.path().join("new")).unwrap();
    std::fs::write(
        dir.path().join("old/catalog.toml"),
        "version = \"2024-01\"\ndate = \"2024-01-15\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("old/民政办.csv"),
        format!("{header}低保申请,370705000002,行政给付,民政办,1.具有本镇户籍；2.家庭人均收入低于当地低保标准,备注甲\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("new/民政办.csv"),
        format!("{header}低保申请,370705000002,行政给付,民政办,1.具有本镇户籍；2.家庭人均收入低于当地低保标准；3.家庭财产符合规定,备注*乙*\n"),
    )
    .unwrap();
    dir
}

/// Both versions named (catalog.toml's version and date, else the path); a condition more is
/// worse for applicants; text changes shown without raw [-…-]/{+…+} markup.
#[test]
fn names_the_versions_and_shows_text_changes_without_markup() {
    let dir = revisions_with_a_new_condition();
    let run = |args: &[&str]| {
        let out = svcat()
            .current_dir(dir.path())
            .args(["diff", "old", "new"])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap(),
        )
    };
    let (code, human) = run(&[]);
    assert_eq!(code, 0);
    assert_eq!(
        human,
        "比较：旧版 2024-01（2024-01-15） → 新版 new\n\
         \n\
         ━━ 民政办 ━━\n\
         ~ 变更  低保申请（370705000002）\n    \
         ✗ 更差  受理条件：新增条件：家庭财产符合规定\n    \
         · 中性  备注：“备注甲” → “备注*乙*”\n\
         \n\
         新增 0，删除 0，重新编码 0，变更 1，未变 0；要素变化中更好 0、更差 1\n"
    );
    let (_, markdown) = run(&["--format", "markdown"]);
    // Deletions struck through, insertions in bold, escaped; <ins> where CommonMark would not
    // take ** next to punctuation.
    assert_eq!(
        markdown,
        "### 事项目录变更\n\
         \n\
         旧版：2024-01（2024-01-15）　→　新版：new\n\
         \n\
         | 新增 | 删除 | 重新编码 | 变更 | 未变 | 更好 | 更差 |\n\
         |---:|---:|---:|---:|---:|---:|---:|\n\
         | 0 | 0 | 0 | 1 | 0 | 0 | 1 |\n\
         \n\
         #### 要素变更（1）\n\
         \n\
         **低保申请** `370705000002`（民政办）\n\
         \n\
         | | 要素 | 原 | 新 | 说明 |\n\
         |---|---|---|---|---|\n\
         | ⚠️ | 受理条件 | …当地低保标准 | …当地低保标准<ins>；3.家庭财产符合规定</ins> | 新增条件：家庭财产符合规定 |\n\
         | · | 备注 | 备注~~甲~~ | 备注<ins>\\*乙\\*</ins> |  |\n\
         \n"
    );
    let (_, json) = run(&["--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["versions"],
        json!({"old": "2024-01（2024-01-15）", "new": "new"})
    );
    assert_eq!(json["summary"]["worse"], 1);
    let (code, _) = run(&["--fail-on", "worse"]);
    assert_eq!(code, 1, "a new condition fails --fail-on worse");
}

/// With --git and no catalog.toml, the old revision is named by its path and the revision, not
/// by the temporary copy it was read from.
#[test]
fn git_revision_without_catalog_toml_is_named_by_path_and_revision() {
    let dir = revisions_with_a_new_condition();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
            .args(args)
            .current_dir(dir.path())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    std::fs::copy(dir.path().join("old/民政办.csv"), dir.path().join("a.csv")).unwrap();
    git(&["init", "-q"]);
    git(&["add", "a.csv"]);
    git(&["commit", "-q", "-m", "old"]);
    std::fs::copy(dir.path().join("new/民政办.csv"), dir.path().join("a.csv")).unwrap();
    let out = svcat()
        .current_dir(dir.path())
        .args(["diff", "--git", "HEAD", "a.csv"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().next(),
        Some("比较：旧版 a.csv（HEAD） → 新版 a.csv"),
        "{stdout}"
    );
}

#[test]
fn fail_on_sets_the_exit_code() {
    let code = |fail_on: &str| {
        svcat()
            .args(["diff", OLD, NEW, "--fail-on", fail_on])
            .output()
            .unwrap()
            .status
            .code()
            .unwrap()
    };
    assert_eq!(code("worse"), 1);
    assert_eq!(code("removed"), 1);
    assert_eq!(code("any"), 1);
    let same = svcat()
        .args(["diff", OLD, OLD, "--fail-on", "any"])
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(0));
    assert!(String::from_utf8(same.stdout).unwrap().contains("未变 108"));
}

#[test]
fn unreadable_input_exits_2() {
    let out = svcat()
        .args(["diff", "tests/fixtures/ingest/bad/truncated.xlsx", NEW])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn canonical_json_diffs_like_its_spreadsheets() {
    let dir = tempfile::tempdir().unwrap();
    let old_json = dir.path().join("old.json");
    svcat()
        .args(["import", OLD, "-o"])
        .arg(&old_json)
        .assert()
        .success();
    let (_, from_json) = diff_json(&[old_json.to_str().unwrap(), NEW]);
    let (_, from_sheets) = diff_json(&[OLD, NEW]);
    assert_eq!(from_json, from_sheets);
}

#[test]
fn git_revision_against_the_working_tree() {
    let repo = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
            .args(args)
            .current_dir(repo.path())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    let copy = |from: &str| {
        let town = repo.path().join("catalogs/town");
        let _ = std::fs::remove_dir_all(&town);
        std::fs::create_dir_all(&town).unwrap();
        for entry in std::fs::read_dir(common::fixture("../../").join(from)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), town.join(entry.file_name())).unwrap();
        }
    };
    git(&["init", "-q"]);
    copy(OLD);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "2022"]);
    copy(NEW);
    let out = svcat()
        .current_dir(repo.path())
        .args([
            "diff",
            "--git",
            "HEAD",
            "catalogs/town",
            "--format",
            "json",
            "--fail-on",
            "worse",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let diff: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(diff["summary"]["recoded"], 1);
    assert_eq!(diff["summary"]["worse"], 2);
    // The revisions as catalog.toml names them.
    assert_eq!(
        diff["versions"],
        json!({"old": "2022-06（2022-06-30）", "new": "2023-06（2023-06-30）"})
    );
}

/// Spreadsheet revisions are compared in two passes that parse only the items whose cells
/// changed; canonical JSON is compared fully parsed. Both must agree, also where the fast path
/// could go wrong: columns reordered and renamed by alias (申请材料 → 所需材料), a continuation
/// row, whitespace around a value, a code two items share, a recoded item.
#[test]
fn two_pass_diff_agrees_with_the_fully_parsed_one() {
    let old = "tests/fixtures/diff/old.csv";
    let new = "tests/fixtures/diff/new.csv";
    let (code, from_sheets) = diff_json(&[old, new]);
    assert_eq!(code, 0);
    assert_eq!(
        from_sheets["summary"],
        json!({"added": 1, "removed": 0, "recoded": 1, "changed": 2, "unchanged": 3,
               "better": 2, "worse": 0, "neutral": 1})
    );
    assert_eq!(
        from_sheets["duplicates"],
        json!([{"side": "new", "code": "370705000005",
                "names": ["高龄津贴申请", "高龄津贴申请（补办）"]}])
    );
    assert_eq!(
        from_sheets["recoded"][0]["old_code"], "370705000006",
        "{from_sheets:#}"
    );

    let dir = tempfile::tempdir().unwrap();
    let import = |from: &str, to: &str| {
        let path = dir.path().join(to);
        svcat()
            .args(["import", from, "-o"])
            .arg(&path)
            .assert()
            .success();
        path.to_str().unwrap().to_string()
    };
    let (old_json, new_json) = (import(old, "old.json"), import(new, "new.json"));
    let (_, mut from_json) = diff_json(&[&old_json, &new_json]);
    // Named by their paths, the only difference.
    assert_eq!(
        from_json["versions"],
        json!({"old": old_json, "new": new_json})
    );
    from_json["versions"] = from_sheets["versions"].clone();
    assert_eq!(from_json, from_sheets);
}

#[test]
fn a_missing_revision_is_a_usage_error() {
    let out = svcat()
        .args(["diff", "catalogs/no-such-town", NEW])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("找不到 catalogs/no-such-town"), "{stderr}");
}
