//! An upload checked with svcat's library, as `svcat check DIR` checks a directory: the same
//! reading, the same rules, the same report. Only the names differ from a private directory's:
//! they are the ones the user gave.

use axum::http::StatusCode;

use crate::failure::{Failure, Said, hide_paths};
use crate::upload::Upload;
use svcat_core::error::Error;
use svcat_core::finding::Severity;
use svcat_core::model::{Catalog, CatalogSettings, Setting, SettingFrom};
use svcat_core::report::{FindingSource, Report};
use svcat_ingest::nothing_read::nothing_read;
use svcat_ingest::upper::read_upper;
use svcat_ingest::{IngestOptions, Ingested, read_inputs};
use svcat_rules::{check_catalog, group_repeated_facts};

/// What a check of an upload gives: the catalog read, its report and what it was checked with.
pub struct Checked {
    pub ingested: Ingested,
    pub report: Report,
    pub settings: CatalogSettings,
    /// Files that could not be read (the rest was checked), as the command line says them.
    pub unreadable: Vec<Said>,
}

impl Checked {
    /// The exit code `svcat check` would end with (at its default `--deny error`).
    pub fn exit_code(&self) -> u8 {
        if !self.unreadable.is_empty() {
            2
        } else if self.report.denies(Severity::Error) {
            1
        } else {
            0
        }
    }

    /// The report contract (`check --format json`), byte for byte.
    pub fn report_json(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing into memory cannot fail.
        let _ = svcat_report::json::write_report_json(&self.report, Some(&self.settings), &mut out);
        out
    }
}

/// Reads the upload and checks it. The upper catalog is the one uploaded with it, never one
/// catalog.toml's `upper` names: that path would lead out of the upload.
pub fn check(upload: &Upload) -> Result<Checked, Failure> {
    let hidden = upload.hidden_paths();
    let fail = |e: Error| Failure {
        status: StatusCode::BAD_REQUEST,
        error: Said::of(&e, &hidden),
        unreadable: Vec::new(),
    };
    let ingested = read_catalog(upload).map_err(|failed| {
        let (e, errors) = *failed;
        Failure {
            unreadable: errors.iter().map(|e| Said::of(e, &hidden)).collect(),
            ..fail(e)
        }
    })?;
    let upper = match &upload.upper {
        Some(part) => Some(read_upper(&part.read_path()).map_err(fail)?),
        None => None,
    };
    let mut report = check_catalog(
        &ingested.catalog,
        &ingested.notices,
        upper.as_ref(),
        ingested.files,
    )
    .map_err(fail)?;
    // As `check` does before any report: one fact repeated down a column is one finding.
    group_repeated_facts(&mut report).map_err(|e| fail(Error::io("临时文件", e)))?;
    let mut settings = ingested.settings.clone();
    settings.catalog_toml = settings.catalog_toml.map(|path| hide_paths(&path, &hidden));
    if let Some(part) = &upload.upper {
        settings.upper = Some(Setting::new(part.shown(), SettingFrom::Flag("--against")));
    }
    let mut ingested = ingested;
    let unreadable = std::mem::take(&mut ingested.errors)
        .iter()
        .map(|e| Said::of(e, &hidden))
        .collect();
    Ok(Checked {
        ingested,
        report,
        settings,
        unreadable,
    })
}

/// Reads the uploaded catalog as `check DIR` reads a directory; nothing read is an error, with
/// the unreadable files beside it.
pub fn read_catalog(upload: &Upload) -> Result<Ingested, Box<(Error, Vec<Error>)>> {
    let paths = vec![upload.catalog.read_path()];
    let ingested = read_inputs(
        &paths,
        &IngestOptions {
            check_schema: Some(&svcat_rules::check_rule_ids),
            ..Default::default()
        },
    )
    .map_err(|e| Box::new((e, Vec::new())))?;
    if let Some(nothing) = nothing_read(&paths, &ingested) {
        return Err(Box::new((nothing, ingested.errors)));
    }
    Ok(ingested)
}

/// The catalog alone, for the downloads that need no report.
pub fn catalog_of(upload: &Upload) -> Result<Catalog, Failure> {
    let hidden = upload.hidden_paths();
    read_catalog(upload)
        .map(|i| i.catalog)
        .map_err(|failed| Failure {
            status: StatusCode::BAD_REQUEST,
            error: Said::of(&failed.0, &hidden),
            unreadable: failed.1.iter().map(|e| Said::of(e, &hidden)).collect(),
        })
}
