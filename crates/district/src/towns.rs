//! The towns of a district directory: each subdirectory that holds a catalog, read and checked on
//! its own exactly as `svcat check TOWN` does ([`svcat_rules::one_catalog`]), several towns at a
//! time.

use std::path::{Path, PathBuf};

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use svcat_core::error::Error;
use svcat_ingest::{holds_catalog, stays_inside};
use svcat_rules::one_catalog::{ReadFailure, read_and_check};
use svcat_stats::compute;

use super::model::Town;

/// A town whose catalog could not be read at all (its schema is wrong, it holds no item): its
/// errors are reported as check reports them, and the other towns are still compared.
#[derive(Debug)]
pub struct FailedTown {
    /// Its directory's name (its catalog.toml could not be relied on).
    pub name: String,
    pub path: PathBuf,
}

/// What reading the towns gave: the towns read, in the directory's order (by name), the towns
/// that could not be read, and every error to report (unreadable files and unreadable towns), each
/// with the town it belongs to.
#[derive(Debug, Default)]
pub struct TownsRead {
    pub towns: Vec<Town>,
    pub failed: Vec<FailedTown>,
    pub errors: Vec<(String, Error)>,
}

/// The subdirectories of `dir` that hold a catalog ([`holds_catalog`]), sorted by name; hidden
/// directories, `skip` (the upper catalog, when it lies inside the district directory) and
/// symlinks that lead out of `dir` are not towns.
pub fn town_dirs(dir: &Path, skip: Option<&Path>) -> Result<Vec<PathBuf>, Error> {
    let display = dir.display().to_string();
    let skip = skip.and_then(|s| s.canonicalize().ok());
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(&display, e))? {
        let entry = entry.map_err(|e| Error::io(&display, e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !path.is_dir() || !stays_inside(&path, dir) {
            continue;
        }
        if skip.is_some() && path.canonicalize().ok() == skip {
            continue;
        }
        if holds_catalog(&path) {
            found.push((name, path));
        }
    }
    found.sort();
    Ok(found.into_iter().map(|(_, p)| p).collect())
}

/// What a district directory holds instead of towns, for the error that says there are none.
pub fn what_dir_holds(dir: &Path) -> String {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return format!("无法列出 {} 的内容", dir.display());
    };
    let (mut dirs, mut files) = (0usize, Vec::new());
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if entry.path().is_dir() {
            dirs += 1;
        } else {
            files.push(name);
        }
    }
    files.sort();
    let spreadsheets = files
        .iter()
        .filter(|f| svcat_ingest::is_spreadsheet(Path::new(f)))
        .count();
    if dirs == 0 && files.is_empty() {
        return format!("目录 {} 是空的", dir.display());
    }
    let mut said = vec![if dirs == 0 {
        "没有子目录".to_string()
    } else {
        format!("{dirs} 个子目录中没有一个含有目录（catalog.toml 或表格文件）")
    }];
    if spreadsheets > 0 {
        said.push(format!(
            "目录本身有 {spreadsheets} 个表格文件——这像是一个镇的目录，应该用 svcat check 检查"
        ));
    } else if !files.is_empty() {
        said.push(format!("另有 {} 个其他文件", files.len()));
    }
    said.join("；")
}

/// Reads and checks every town, several at a time; the towns come back in the order of `dirs`.
///
/// The towns run on threads of their own, not on rayon's pool: reading a town hands its rows to
/// the pool and waits for them, and a pool worker that waits so can leave no worker to do the
/// work (every worker waiting on a town is a deadlock). The threads take the towns in turn.
pub fn read_towns(dirs: &[PathBuf]) -> TownsRead {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, dirs.len().max(1));
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Result<ReadTown, ReadFailure>>>> =
        dirs.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(dir) = dirs.get(n) else { break };
                    let town = read_town(dir);
                    if let Ok(mut slot) = slots[n].lock() {
                        *slot = Some(town);
                    }
                }
            });
        }
    });
    let results: Vec<(PathBuf, Result<ReadTown, ReadFailure>)> = dirs
        .iter()
        .zip(slots)
        .filter_map(|(dir, slot)| Some((dir.clone(), slot.into_inner().ok()??)))
        .collect();
    let mut read = TownsRead::default();
    for (path, result) in results {
        match result {
            Ok(ReadTown {
                mut town,
                input_errors,
            }) => {
                for error in input_errors {
                    town.input_errors.push(error.to_string());
                    read.errors.push((town.name.clone(), error));
                }
                read.towns.push(town);
            }
            Err(failure) => {
                let name = dir_name(&path);
                for error in failure.unreadable {
                    read.errors.push((name.clone(), error));
                }
                read.errors.push((name.clone(), *failure.error));
                read.failed.push(FailedTown { name, path });
            }
        }
    }
    read
}

fn dir_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A town read, with the errors of its unreadable files still as errors (to be reported).
struct ReadTown {
    town: Town,
    input_errors: Vec<Error>,
}

/// One town, as `svcat check TOWN` reads and checks it (its catalog.toml's schema and upper).
fn read_town(dir: &Path) -> Result<ReadTown, ReadFailure> {
    let paths = [dir.to_path_buf()];
    let checked = read_and_check(&paths, None, None)?;
    let mut ingested = checked.ingested;
    let report = checked.report;
    let name = ingested
        .catalog
        .meta
        .region
        .clone()
        .filter(|r| !r.trim().is_empty())
        .unwrap_or_else(|| dir_name(dir));
    let indicators = compute(&ingested.catalog, &report).total;
    // The paths the town was read with, as `check --annotate` passes them: the annotated
    // workbooks find each sheet by the file name its findings give, which is relative to these.
    let files = vec![dir.to_path_buf()];
    let input_errors = std::mem::take(&mut ingested.errors);
    Ok(ReadTown {
        town: Town {
            name,
            path: dir.to_path_buf(),
            files,
            catalog: ingested.catalog,
            report,
            input_errors: Vec::new(),
            indicators,
            targets: Vec::new(),
            rank: 0,
        },
        input_errors,
    })
}
