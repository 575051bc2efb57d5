//! Every rule, one by one: a fixture where it must fire (exact cells) and a near miss — the
//! realistic trap — where it must stay quiet. Fixtures live in tests/fixtures/rules/; each
//! `xNNN.csv` fires rule XNNN, each `xNNN-ok.csv` is its near miss (a directory where the rule needs
//! catalog.toml, `county.csv` the upper-level catalog for the U rules). The traps that once caught
//! a rule (fill-down across departments, bracketed phone area codes, official names with notes,
//! catch-all wordings, sub-items sharing a code) each keep a test of their own.
//!
//! Where a case is a few ordinary items, the test builds them with `common::fixture`: the clean
//! base item, changed by header label, and the exact (rule, cell) list of everything reported.
//! Their csv fixtures stay: tests/check.rs checks tests/fixtures/rules as one catalog, and the
//! clean near misses are listed below.

#[path = "../common/mod.rs"]
mod common;

mod catalog;
mod consistency;
mod format;
mod granularity;
mod missing;
mod structure;
mod upper;

use consistency::{promised_over_legal, same_phones};

use std::collections::BTreeSet;

use common::fixture::{self, Checked, Fixture, Item};
use common::svcat;
use serde_json::Value;

/// The cell of a finding about a whole sheet or file (its `cell` is null).
const WHOLE: &str = "—";

/// Every rule `svcat rules` lists, each covered below.
const ALL_RULES: &[&str] = &[
    "S001", "S002", "S003", "S004", "S005", "S006", "S007", "S008", "S009", "S010", //
    "M001", "M002", "M003", "M004", "M005", "M006", "M007", "M008", //
    "F001", "F002", "F003", "F004", "F005", "F006", "F007", "F008", "F009", "F010", "F011", "F012",
    "F013", //
    "G001", "G002", "G003", "G004", "G005", //
    "C001", "C002", "C003", "C004", "C005", "C006", "C007", "C008", "C009", "C010", "C011",
    "C012", //
    "X001", "X002", "X003", "X004", //
    "U001", "U002", "U003", "U004", "U005", //
    // The L rules are covered in tests/language_rules.rs.
    "L001", "L002", "L003", "L004",
];

fn path(name: &str) -> String {
    format!("tests/fixtures/rules/{name}")
}

/// Runs `svcat check FIXTURE --format json EXTRA…` on a fixture under tests/fixtures/rules/.
fn check_with(name: &str, extra: &[&str]) -> Checked {
    fixture::check_with(std::path::Path::new(&path(name)), extra)
}

fn check(name: &str) -> Value {
    check_with(name, &[]).report
}

/// The U rules: checked against tests/fixtures/rules/county.csv.
fn check_against_county(name: &str) -> Checked {
    check_with(name, &["--against", &path("county.csv")])
}

fn findings<'a>(report: &'a Value, rule: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// The (rule, cell) pairs one rule fired, in report order; [`WHOLE`] for a finding without a cell.
fn fired<'a>(report: &'a Value, rule: &str) -> Vec<(&'a str, &'a str)> {
    findings(report, rule)
        .into_iter()
        .map(|f| {
            (
                f["rule"].as_str().expect("rule"),
                f["cell"].as_str().unwrap_or(WHOLE),
            )
        })
        .collect()
}

/// The finding of `rule` at `cell` (exactly one).
fn finding<'a>(report: &'a Value, rule: &str, cell: &str) -> &'a Value {
    let at: Vec<&Value> = findings(report, rule)
        .into_iter()
        .filter(|f| f["cell"].as_str().unwrap_or(WHOLE) == cell)
        .collect();
    assert_eq!(at.len(), 1, "one {rule} at {cell}: {at:#?}");
    at[0]
}

fn message<'a>(report: &'a Value, rule: &str, cell: &str) -> &'a str {
    finding(report, rule, cell)["message"]
        .as_str()
        .expect("message")
}

/// Asserts a message contains every part.
fn says(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "“{message}” lacks “{part}”");
    }
}

fn summary(report: &Value, key: &str) -> u64 {
    report["summary"][key].as_u64().expect("summary count")
}

// ------------------------------------------------------------------------------------ the builder

/// The fixture builder's base item is clean, in csv and in xlsx: not one finding, not even an info.
/// So is a catalog of the distinct items on two sheets, and the base item under the national
/// schema.
#[test]
fn base_item_has_no_findings() {
    let alone = Fixture::items([Fixture::item()]);
    let national = Fixture::items([Fixture::item()]).schema("national");
    let two_sheets = Fixture::items((1..=3).map(Fixture::item_no))
        .sheet("司法所", [Fixture::item_no(4), Fixture::item_no(5)]);
    for (fixture, items) in [(alone, 1), (national, 1), (two_sheets, 5)] {
        for dir in [fixture.csv(), fixture.xlsx()] {
            let c = fixture::check_with(dir.path(), &["--deny", "info"]);
            assert_eq!(summary(&c.report, "items"), items, "{fixture:?}");
            assert_eq!(fixture::fired(&c.report), [], "{fixture:?}");
            assert_eq!(c.code, 0);
        }
    }
}

/// Built as xlsx, the same items are reported at the same cells, on the sheet they were put on;
/// a column dropped with `without` is missing from the sheet.
#[test]
fn builder_writes_xlsx_sheets_and_drops_columns() {
    let dir = promised_over_legal().xlsx();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("C001", "Q2"), ("C001", "Q3")]);
    let f = finding(&r, "C001", "Q2");
    assert_eq!(f["file"], "事项.xlsx");
    assert_eq!(f["sheet"], "实施清单");
    let dir = Fixture::item().without("受理条件").xlsx();
    let r = fixture::check_with(dir.path(), &[]).report;
    assert_eq!(fixture::fired(&r), [("S002", WHOLE)]);
    assert_eq!(finding(&r, "S002", WHOLE)["element"], "conditions");
}

// ------------------------------------------------------------------------------------ near misses

/// Near-miss fixtures that must come out entirely clean: no rule at all may fire on them.
#[test]
fn clean_near_misses_have_no_findings_at_all() {
    let clean = [
        "s001-ok.csv",
        "s002-ok.csv",
        "s003-ok.csv",
        "s004-ok.csv",
        "s005-ok.csv",
        "s006-ok.csv",
        "s007-ok.csv",
        "s008-ok.csv",
        "m001-ok.csv",
        "m002-ok.csv",
        "m003-ok.csv",
        "m004-ok.csv",
        "m005-ok.csv",
        "f003-ok.csv",
        "f004-ok.csv",
        "f005-ok.csv",
        "f009-ok.csv",
        "f010-ok.csv",
        "f011-ok.csv",
        "f012-ok.csv",
        "f013-ok.csv",
        "g001-ok.csv",
        "g002-ok.csv",
        "g003-ok.csv",
        "g004-ok.csv",
        "g005-ok.csv",
        "c001-ok.csv",
        "c002-ok.csv",
        "c003-ok.csv",
        "c004-ok.csv",
        "c005-ok",
        "c006-ok.csv",
        "c007-ok.csv",
        "c009-ok.csv",
        "x001-ok.csv",
        "x002-ok.csv",
        "x003-ok.csv",
        "x004-ok.csv",
        "county.csv",
    ];
    for name in clean {
        let c = check_with(name, &["--deny", "info"]);
        assert!(summary(&c.report, "items") > 0, "{name}: no items read");
        assert_eq!(
            c.report["findings"],
            serde_json::json!([]),
            "{name} should be clean"
        );
        assert_eq!(c.code, 0, "{name}");
    }
    for name in ["u002-ok.csv", "u004-ok.csv"] {
        let c = check_against_county(name);
        assert_eq!(c.report["findings"], serde_json::json!([]), "{name}");
        assert_eq!(c.code, 0, "{name}");
    }
}

// ------------------------------------------------------------------------------------ svcat rules

fn rules_output(args: &[&str]) -> (i32, String, String) {
    let out = svcat()
        .arg("rules")
        .args(args)
        .output()
        .expect("svcat runs");
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

#[test]
fn rules_lists_every_rule_exactly_once() {
    let (code, out, _) = rules_output(&[]);
    assert_eq!(code, 0);
    let listed: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| {
            w.len() == 4
                && w.starts_with(['S', 'M', 'F', 'G', 'C', 'X', 'U', 'L'])
                && w[1..].bytes().all(|b| b.is_ascii_digit())
        })
        .collect();
    let unique: BTreeSet<&str> = listed.iter().copied().collect();
    assert_eq!(unique.len(), listed.len(), "an ID listed twice: {listed:?}");
    // A rule added without fixtures here fails this test: add it to ALL_RULES with its tests.
    let covered: BTreeSet<&str> = ALL_RULES.iter().copied().collect();
    assert_eq!(unique, covered);
}

#[test]
fn rules_explains_one_rule_with_examples() {
    let (code, out, _) = rules_output(&["C001"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("C001：承诺时限超过法定时限\n"), "{out}");
    assert!(
        out.lines()
            .any(|l| l == "错误示例：法定办结时限：20个工作日；承诺办结时限：30个工作日"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l == "正确示例：法定办结时限：20个工作日；承诺办结时限：10个工作日"),
        "{out}"
    );
    // Every rule has its explanation with a bad and a good example.
    for id in ALL_RULES {
        let (code, out, _) = rules_output(&[id]);
        assert_eq!(code, 0, "{id}");
        assert!(out.starts_with(&format!("{id}：")), "{out}");
        for label in ["错误示例：", "正确示例："] {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(label) && l.len() > label.len()),
                "{id} lacks {label}: {out}"
            );
        }
    }
}

#[test]
fn rules_unknown_id_is_a_usage_error() {
    let (code, out, err) = rules_output(&["Z999"]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("Z999"), "{err}");
}

// ------------------------------------------------------------------------------------ schema levels

#[test]
fn schema_turns_a_rule_off_and_changes_a_severity() {
    let overrides = path("schema-overrides.toml");
    // G001 is on by default, off under the profile.
    assert_eq!(fired(&check("g001.csv"), "G001").len(), 2);
    let c = check_with("g001.csv", &["--schema", &overrides]);
    assert!(fired(&c.report, "G001").is_empty());
    assert_eq!(c.code, 0);
    // C007 is a warning by default (exit 0), an error under the profile (exit 1).
    let dir = same_phones().csv();
    let c = fixture::check_with(dir.path(), &["--schema", &overrides]);
    assert_eq!(fired(&c.report, "C007"), [("C007", "Y2"), ("C007", "Y3")]);
    assert!(
        findings(&c.report, "C007")
            .iter()
            .all(|f| f["severity"] == "error")
    );
    assert_eq!(summary(&c.report, "errors"), 2);
    assert_eq!(c.code, 1);
    // Other rules keep their defaults.
    let dir = promised_over_legal().csv();
    let c = fixture::check_with(dir.path(), &["--schema", &overrides]);
    assert_eq!(fired(&c.report, "C001"), [("C001", "Q2"), ("C001", "Q3")]);
    assert!(
        findings(&c.report, "C001")
            .iter()
            .all(|f| f["severity"] == "error")
    );
}
