//! Inputs scripts/fuzz_inputs.py found svcat crashing on, kept so it never does again.

mod common;

use common::{fixture, svcat};

/// A schema (or glossary) whose TOML error sits on a very long line (column 70,000): quoting the
/// line made the report renderer panic (it cannot pad that far). The error now names the file,
/// line and column without quoting the line.
#[test]
fn a_schema_error_on_a_very_long_line_is_reported_not_quoted() {
    let schema = fixture("hostile/long-line-schema.toml");
    let schema = schema.to_str().unwrap();
    let glossary = fixture("hostile/long-line-glossary.toml");
    let glossary = glossary.to_str().unwrap();
    let guide = tempfile::tempdir().unwrap();
    let guide = guide.path().to_str().unwrap();
    // `schema check` reports a faulty schema as its finding (exit 1); elsewhere it is an error.
    for (args, code, file) in [
        (vec!["schema", "check", schema], 1, "long-line-schema.toml"),
        (
            vec!["check", "catalogs/sample-town", "--schema", schema],
            2,
            "long-line-schema.toml",
        ),
        (
            vec![
                "guide",
                "catalogs/sample-town",
                "--glossary",
                glossary,
                "-o",
                guide,
            ],
            2,
            "long-line-glossary.toml",
        ),
    ] {
        let out = svcat().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.contains(file), "{args:?}: {stderr}");
        assert!(stderr.contains("第 2 行"), "{args:?}: {stderr}");
        assert!(
            stderr.len() < 2000,
            "{args:?}: the line is quoted: {stderr}"
        );
    }
}
