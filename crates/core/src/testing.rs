//! Helpers the renderers' tests share (in the report crate and here): compiled always, since
//! another crate's tests cannot see this crate's `cfg(test)` code; small and hidden from docs.

use crate::finding::{Finding, ItemKey, Severity};

/// Asserts that a written report is serde_json's pretty printing of `doc` and a newline (a
/// report of `n` findings).
pub fn assert_is_pretty_json(written: Vec<u8>, doc: &serde_json::Value, n: usize) {
    let mut expected = serde_json::to_vec_pretty(doc).unwrap();
    expected.push(b'\n');
    assert_eq!(
        String::from_utf8(written).unwrap(),
        String::from_utf8(expected).unwrap(),
        "{n} findings"
    );
}

/// The i-th of a run of findings that between them have every severity, each field that may
/// be empty both empty and filled, a fix or none, and a message that needs escaping: what the
/// renderers are tested on.
pub fn varied_finding(i: usize) -> Finding {
    Finding {
        rule: ["C001", "M001", "L001"][i % 3],
        severity: [Severity::Error, Severity::Warning, Severity::Info][i % 3],
        element: (!i.is_multiple_of(5)).then(|| "name".to_string()),
        message: format!("第{i}条：“引号”\"与\\反斜杠\n换行"),
        help: "改正".into(),
        file: "民政办.xlsx".into(),
        sheet: (!i.is_multiple_of(7)).then(|| "实施清单".to_string()),
        row: (!i.is_multiple_of(11)).then_some(i as u32 + 2),
        column: (!i.is_multiple_of(4)).then_some(i as u32 % 30),
        item: (!i.is_multiple_of(6)).then(|| ItemKey {
            code: format!("C{i}"),
            name: "事项".into(),
        }),
        text: None,
        header: None,
        fix: i.is_multiple_of(9).then(|| "修正".to_string()),
        same: Vec::new(),
    }
}
