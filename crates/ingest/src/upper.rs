//! The upper-level catalog (`--against`, or `upper` in catalog.toml), which the U rules compare a
//! catalog with.

use std::path::Path;

use svcat_core::error::Error;
use svcat_core::model::Catalog;

use crate::{IngestOptions, read_inputs};

/// Reads the upper-level catalog (any input form). It must be read whole: a file of it that
/// cannot be read fails the check rather than making its items look absent upstairs.
pub fn read_upper(path: &Path) -> Result<Catalog, Error> {
    let upper = read_inputs(&[path.to_path_buf()], &IngestOptions::default())?;
    match upper.errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(upper.catalog),
    }
}
