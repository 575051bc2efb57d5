//! Two uploaded revisions compared with svcat's library, as `svcat diff OLD NEW` compares two
//! directories: the same reading, the same diff, the same JSON and 新旧对照表. Only the names
//! differ from the private directories': a revision named by its path is named by the folder
//! the user dropped.

use axum::http::StatusCode;

use crate::failure::{Failure, Said, hide_paths};
use crate::upload::Upload;
use svcat_core::error::Error;
use svcat_diff::render::diff_json;
use svcat_diff::{Diff, Direction, diff_paths};

/// A diff of an upload's two revisions and the files that could not be read (the rest was
/// compared, as the command line compares it).
pub struct Compared {
    pub diff: Diff,
    pub unreadable: Vec<Said>,
}

impl Compared {
    /// The exit code `svcat diff` would end with (no `--fail-on`).
    pub fn exit_code(&self) -> u8 {
        if self.unreadable.is_empty() { 0 } else { 2 }
    }

    /// `diff --format json`, byte for byte.
    pub fn json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(&diff_json(&self.diff)).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// The 新旧对照表 (`diff --format xlsx`).
    pub fn workbook(&self) -> Result<Vec<u8>, Failure> {
        svcat_diff::workbook::diff_workbook(&self.diff)
            .and_then(|mut w| w.save_to_buffer())
            .map_err(|e| Failure::internal(format!("新旧对照表无法生成：{e}")))
    }

    /// The counts the human diff ends with, for the page.
    pub fn summary(&self) -> serde_json::Value {
        let d = &self.diff;
        serde_json::json!({
            "old": d.versions[0],
            "new": d.versions[1],
            "added": d.added.len(),
            "removed": d.removed.len(),
            "recoded": d.recoded.len(),
            "changed": d.changed.len(),
            "unchanged": d.unchanged,
            "better": d.count(Direction::Better),
            "worse": d.count(Direction::Worse),
            "unreadable": self.unreadable,
        })
    }
}

/// Compares the upload's old revision (its catalog) with its new one.
pub fn compare(upload: &Upload) -> Result<Compared, Failure> {
    let Some(new) = &upload.new else {
        return Err(Failure::internal("没有新版目录"));
    };
    for (part, which) in [(&upload.catalog, "old"), (new, "new")] {
        if part.names.is_empty() {
            return Err(Failure::bad_request(
                format!("{} 字段中没有可读取的表格文件", which),
                Some("旧版目录的文件放在 old 字段，新版目录的文件放在 new 字段，两边都要有表格"),
            ));
        }
    }
    let hidden = upload.hidden_paths();
    let fail = |e: Error| Failure {
        status: StatusCode::BAD_REQUEST,
        error: Said::of(&e, &hidden),
        unreadable: Vec::new(),
    };
    let (old_path, new_path) = (upload.catalog.read_path(), new.read_path());
    // As `diff` does: a schema naming an unknown rule is refused for either revision.
    for path in [&old_path, &new_path] {
        let (schema, _, _) =
            svcat_ingest::catalog_schema(std::slice::from_ref(path), None).map_err(fail)?;
        svcat_rules::check_rule_ids(&schema).map_err(|e| fail(Error::from(e)))?;
    }
    let compared = diff_paths(&old_path, &new_path, None, None).map_err(fail)?;
    let mut diff = compared.diff;
    for version in &mut diff.versions {
        *version = hide_paths(version, &hidden);
    }
    Ok(Compared {
        diff,
        unreadable: compared
            .errors
            .iter()
            .map(|e| Said::of(e, &hidden))
            .collect(),
    })
}
