//! Reading and checking one catalog held in memory, the way `svcat check PATHS` does: the one
//! definition `check` and `district` (which checks each town on its own) both call, so a town's
//! findings and counts in a district are exactly its own `svcat check`'s.

use std::path::PathBuf;

use svcat_core::error::Error;
use svcat_core::model::Catalog;
use svcat_core::report::Report;
use svcat_ingest::upper::read_upper;
use svcat_ingest::{IngestOptions, Ingested, ItemMode, catalog_dir, nothing_read, read_inputs};

use super::{check_catalog, check_rule_ids, group_repeated_facts};

/// A read that gave no catalog to check: `error` says why; `unreadable` are the files that could
/// not be read, to be reported before it (check prints them first).
#[derive(Debug)]
pub struct ReadFailure {
    /// Boxed: the failure is the rare path, and keeps the result small.
    pub error: Box<Error>,
    pub unreadable: Vec<Error>,
}

impl From<Error> for ReadFailure {
    fn from(error: Error) -> ReadFailure {
        ReadFailure {
            error: Box::new(error),
            unreadable: Vec::new(),
        }
    }
}

/// Reads `paths` as `options` say, the schema's `[rules]` checked against the rules there are; a
/// read that gives not one item fails, saying what the inputs hold instead.
pub fn read_for_check(paths: &[PathBuf], options: IngestOptions) -> Result<Ingested, ReadFailure> {
    let options = IngestOptions {
        check_schema: Some(&check_rule_ids),
        ..options
    };
    let mut ingested = read_inputs(paths, &options)?;
    if let Some(error) = nothing_read(paths, &ingested) {
        return Err(ReadFailure {
            error: Box::new(error),
            unreadable: std::mem::take(&mut ingested.errors),
        });
    }
    Ok(ingested)
}

/// The upper-level catalog a check compares with: `against` (the command line's), else the one
/// the catalog.toml the catalog was read with names (found in that catalog.toml's directory).
pub fn upper_catalog(
    paths: &[PathBuf],
    catalog: &Catalog,
    against: Option<Catalog>,
) -> Result<Option<Catalog>, Error> {
    if against.is_some() {
        return Ok(against);
    }
    match (&catalog.meta.upper, catalog_dir(paths)) {
        (Some(upper), Some(base)) => Ok(Some(read_upper(&base.join(upper))?)),
        _ => Ok(None),
    }
}

/// Checks a catalog read with [`read_for_check`]: against its upper catalog ([`upper_catalog`]),
/// a repeated fact (one phone down a column) reported once, as check reports it.
pub fn check_read(
    paths: &[PathBuf],
    ingested: &Ingested,
    against: Option<Catalog>,
) -> Result<Report, Error> {
    let upper = upper_catalog(paths, &ingested.catalog, against)?;
    let mut report = check_catalog(
        &ingested.catalog,
        &ingested.notices,
        upper.as_ref(),
        ingested.files,
    )?;
    group_repeated_facts(&mut report).map_err(|e| Error::io("临时文件", e))?;
    Ok(report)
}

/// A catalog read and checked: what `svcat check` reports of it.
pub struct Checked {
    pub ingested: Ingested,
    pub report: Report,
}

/// [`read_for_check`] then [`check_read`], every value parsed and the catalog held.
pub fn read_and_check(
    paths: &[PathBuf],
    schema: Option<String>,
    against: Option<Catalog>,
) -> Result<Checked, ReadFailure> {
    let ingested = read_for_check(
        paths,
        IngestOptions {
            schema,
            mode: ItemMode::Parse,
            ..Default::default()
        },
    )?;
    match check_read(paths, &ingested, against) {
        Ok(report) => Ok(Checked { ingested, report }),
        Err(error) => Err(ReadFailure {
            error: Box::new(error),
            unreadable: ingested.errors,
        }),
    }
}
