//! `svcat district -o OUT`: everything a district run writes into its output directory —
//! `index.html` (the dashboard), `汇总.xlsx` (the summary workbook) and one folder per town
//! with each department's annotated workbook and pre-filled template.
//!
//! Safe by construction: every file is written atomically and lands inside `dir` (the names made
//! from towns and departments are single, valid path components, see `file_names`); an existing
//! directory is written into only when it is empty or an earlier district output (its
//! `index.html` says so), and nothing in it is ever deleted. The caller guards `dir` against the
//! inputs (`svcat_core::output::guard_outputs` with `Output::Dir`).

use std::io::Read as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use svcat_core::error::Error;
use svcat_core::output::write_atomic;

use crate::dashboard::{DASHBOARD, GENERATOR, dashboard_html};
use crate::file_names::UniqueNames;
use crate::model::District;
use crate::summary_workbook::{SUMMARY_WORKBOOK, write_summary_workbook};
use crate::town_folders::{town_folder, write_town_folder};

/// What was written, for the command's summary line: every file, in a fixed order (the
/// dashboard, the summary workbook, then each town's files in rank order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Written {
    pub files: Vec<PathBuf>,
    /// The towns' folders, in rank order (parallel to `District::towns`).
    pub folders: Vec<PathBuf>,
}

/// The name a town's folder gets when its name leaves nothing usable.
const UNNAMED_TOWN: &str = "未命名镇街";

/// Writes the district's outputs into `dir` (made if missing). `progress`, when given, advances
/// by one per town written.
pub fn write_outputs(
    district: &District,
    dir: &Path,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<Written, Error> {
    prepare_dir(dir)?;
    let folders = folder_names(district);
    let mut written = Written::default();

    // The dashboard first: it marks the directory as a district output, so a run cut short can
    // be repeated into it.
    let dashboard = dir.join(DASHBOARD);
    let html = dashboard_html(district, &folders, SUMMARY_WORKBOOK);
    write_atomic(&dashboard, |out| out.write_all(html.as_bytes()))?;
    written.files.push(dashboard);

    let summary = dir.join(SUMMARY_WORKBOOK);
    write_summary_workbook(district, &summary)?;
    written.files.push(summary);

    if let Some(bar) = progress {
        bar.set_length(district.towns.len() as u64);
    }
    let towns: Vec<Result<(PathBuf, Vec<String>), Error>> = district
        .towns
        .par_iter()
        .zip(&folders)
        .map(|(town, name)| {
            let folder = town_folder(dir, name)?;
            let files = write_town_folder(town, &folder)?;
            if let Some(bar) = progress {
                bar.inc(1);
            }
            Ok((folder, files))
        })
        .collect();
    for town in towns {
        let (folder, files) = town?;
        written.files.extend(files.iter().map(|f| folder.join(f)));
        written.folders.push(folder);
    }
    Ok(written)
}

/// Each town's folder name: its name made a valid, unique path component that is neither the
/// dashboard's nor the summary workbook's name.
pub fn folder_names(district: &District) -> Vec<String> {
    let mut names = UniqueNames::new(&[DASHBOARD, SUMMARY_WORKBOOK]);
    district
        .towns
        .iter()
        .map(|town| names.name(&town.name, UNNAMED_TOWN, ""))
        .collect()
}

/// Makes `dir`, or accepts it when it is an empty directory or an earlier district output.
/// Anything else is refused: svcat never writes its files among a user's own.
fn prepare_dir(dir: &Path) -> Result<(), Error> {
    let refuse = |why: &str| {
        Error::usage(
            format!("输出目录 {} {why}", dir.display()),
            Some("给 -o 一个新目录（不存在或为空），或上次 svcat district 写出的目录"),
        )
    };
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                file: dir.display().to_string(),
                source,
            })
        }
        Err(source) => Err(Error::Write {
            file: dir.display().to_string(),
            source,
        }),
        Ok(meta) if !meta.is_dir() => Err(refuse("已存在，但不是目录")),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir).map_err(|source| Error::Write {
                file: dir.display().to_string(),
                source,
            })?;
            if entries.next().is_none() || is_earlier_output(dir) {
                Ok(())
            } else {
                Err(refuse(
                    "已有其他文件，且不是 svcat district 写出的目录：svcat 不会在别人的文件中间写出，也不会删除它们",
                ))
            }
        }
    }
}

/// Whether `dir` holds a dashboard svcat district wrote (its head carries the generator mark).
fn is_earlier_output(dir: &Path) -> bool {
    let path = dir.join(DASHBOARD);
    let Ok(meta) = std::fs::symlink_metadata(&path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let mut head = Vec::new();
    std::fs::File::open(&path)
        .and_then(|f| f.take(1024).read_to_end(&mut head))
        .is_ok()
        && String::from_utf8_lossy(&head).contains(GENERATOR)
}
