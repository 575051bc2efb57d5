//! District mode: the catalogs of a district's towns, each read and checked exactly as
//! `svcat check TOWN` would, then compared item by item (要素N同), measured against the county
//! catalog (认领承接) and against the district's targets (评估考核).

pub mod compare;
pub mod config;
pub mod coverage;
pub mod dashboard;
pub mod department_parts;
pub mod file_names;
pub mod human;
pub mod indicator_values;
pub mod json;
pub mod model;
pub mod outputs;
pub mod summary_workbook;
pub mod targets;
pub mod town_folders;
pub mod towns;


use std::path::{Path, PathBuf};

use svcat_core::error::Error;
use svcat_ingest::upper::read_upper;
use svcat_rules::upper::UpperIndex;

pub use model::*;
pub use towns::FailedTown;

/// What a district run reads.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The district directory: one catalog directory per town.
    pub dir: &'a Path,
    /// `--upper`: the upper catalog, any input form (overrides district.toml's `upper`).
    pub upper: Option<&'a Path>,
    /// `--config`: the district.toml to use instead of the directory's own.
    pub config: Option<&'a Path>,
}

/// A district run: what it found, the towns that could not be read at all, and every error of an
/// unreadable input, each with its town (to report as check does; the run then exits 2).
#[derive(Debug)]
pub struct Run {
    pub district: District,
    pub failed: Vec<FailedTown>,
    pub errors: Vec<(String, Error)>,
}

/// Reads, checks, compares and measures a district's towns. An error here (a wrong district.toml,
/// an unreadable upper catalog, no town at all) stops the run; a town that cannot be read does
/// not.
pub fn run(options: Options) -> Result<Run, Error> {
    let dir = options.dir;
    if !dir.is_dir() {
        return Err(Error::usage(
            format!("找不到目录 {}", dir.display()),
            Some("svcat district 读取的是区县目录：其中每个子目录是一个镇（街道）的目录"),
        ));
    }
    let config = config::read_config(dir, options.config, options.upper.is_some())?;
    let upper_path: Option<PathBuf> = options
        .upper
        .map(Path::to_path_buf)
        .or(config.upper.clone());
    // The upper catalog first: a mistake in it fails at once, before the towns are read.
    let upper = upper_path.as_deref().map(read_upper).transpose()?;
    let dirs = towns::town_dirs(dir, upper_path.as_deref())?;
    if dirs.is_empty() {
        return Err(Error::NothingRead {
            message: format!(
                "{} 中没有找到镇（街道）的目录：{}",
                dir.display(),
                towns::what_dir_holds(dir)
            ),
            help: "svcat district 读取的区县目录中，每个子目录是一个镇（街道）的目录（含 catalog.toml \
                   或部门表格）；只有一个镇的目录请用 svcat check 检查"
                .into(),
        });
    }
    let read = towns::read_towns(&dirs);
    let mut towns = read.towns;
    distinct_names(&mut towns);

    let variants = compare::compare(&towns, upper.as_ref());
    for town in &mut towns {
        town.targets = targets::measure(town, &config.targets);
    }
    targets::rank(&mut towns);
    let coverage = match &upper {
        Some(upper) => {
            let index = UpperIndex::new(upper);
            towns
                .iter()
                .map(|town| coverage::coverage(town, &index))
                .collect()
        }
        None => Vec::new(),
    };
    let name = config.name.clone().unwrap_or_else(|| dir_name(dir));
    Ok(Run {
        district: District {
            name,
            path: dir.to_path_buf(),
            upper: upper_path,
            targets: config.targets,
            towns,
            variants,
            coverage,
        },
        failed: read.failed,
        errors: read.errors,
    })
}

/// The directory's own name, also for "." and "..".
fn dir_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string())
}

/// Two towns whose catalog.toml give one region name are told apart by their directories.
fn distinct_names(towns: &mut [Town]) {
    let names: Vec<String> = towns.iter().map(|t| t.name.clone()).collect();
    for town in towns.iter_mut() {
        if names.iter().filter(|n| **n == town.name).count() > 1 {
            let dir = town
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            town.name = format!("{}（{dir}）", town.name);
        }
    }
}
