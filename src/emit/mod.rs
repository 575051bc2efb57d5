//! Outputs svcat writes: canonical JSON (and, later, xlsx, csv, lists, templates).

pub mod annotate;
pub mod csv;
pub mod json;
pub mod lists;
pub(crate) mod pretty;
pub mod table;
pub mod template;
pub mod xlsx;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes a file atomically: into a temporary file beside it, then renamed over the target, so a
/// reader never sees half a file and an interrupted run leaves the old file intact.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let wrap = |source| Error::Write {
        file: path.display().to_string(),
        source,
    };
    write_atomic_file(path, |file| {
        let mut out = BufWriter::new(file);
        write(&mut out).map_err(wrap)?;
        out.flush().map_err(wrap)
    })
}

/// The atomic write itself, for writers that need the file (a zip writer seeks): `write` fills
/// the temporary file beside `path`, which is then made an ordinary file and renamed over it.
pub fn write_atomic_file(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> Result<(), Error>,
) -> Result<(), Error> {
    let display = path.display().to_string();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::usage(
            format!("输出目录 {} 不存在", dir.display()),
            Some("先创建该目录，或换一个输出路径"),
        ));
    }
    let wrap = |source| Error::Write {
        file: display.clone(),
        source,
    };
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return write_into_special_file(path, write);
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".svcat-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(wrap)?;
    write(temp.as_file_mut())?;
    // Temporary files are private (0600); the output is an ordinary file, readable like any other
    // the user writes.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(wrap)?;
    }
    temp.as_file().sync_all().map_err(wrap)?;
    temp.persist(path).map_err(|e| wrap(e.error))?;
    Ok(())
}

/// Writes into a device or named pipe (`/dev/null`, `/dev/stdout`, a FIFO), which must stay what
/// it is: renaming a file over it, as [`write_atomic_file`] does, would leave a regular file where
/// the device was (as root, a broken `/dev/null` for every program on the machine). The output is
/// built in an anonymous temporary file first, since zip writers seek, then copied in.
fn write_into_special_file(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> Result<(), Error>,
) -> Result<(), Error> {
    use std::io::{Seek, SeekFrom};
    let wrap = |source| Error::Write {
        file: path.display().to_string(),
        source,
    };
    let mut built = tempfile::tempfile().map_err(wrap)?;
    write(&mut built)?;
    built.seek(SeekFrom::Start(0)).map_err(wrap)?;
    let mut target = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(wrap)?;
    match std::io::copy(&mut built, &mut target) {
        // A reader that stops early (`head` on a named pipe) is not a failure, as on stdout.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(wrap(e)),
        _ => Ok(()),
    }
}

/// Refuses an output path that is one of the inputs (or a spreadsheet inside an input directory):
/// svcat never overwrites what it reads.
pub fn refuse_input_as_output(output: &Path, inputs: &[PathBuf]) -> Result<(), Error> {
    let Ok(out) = output
        .canonicalize()
        .or_else(|_| -> std::io::Result<PathBuf> {
            // Not there yet: compare through its directory.
            let parent = match output.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            Ok(parent
                .canonicalize()?
                .join(output.file_name().unwrap_or_default()))
        })
    else {
        return Ok(());
    };
    for input in inputs {
        let Ok(input) = input.canonicalize() else {
            continue;
        };
        if out == input
            || (input.is_dir() && out.parent() == Some(input.as_path()) && is_spreadsheet(&out))
        {
            return Err(Error::usage(
                format!(
                    "输出 {} 与输入相同，svcat 不会覆盖输入文件",
                    output.display()
                ),
                Some("换一个不在输入目录中的输出路径"),
            ));
        }
    }
    Ok(())
}

fn is_spreadsheet(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["xlsx", "xlsm", "xls", "ods", "csv", "tsv"].contains(&e.to_ascii_lowercase().as_str())
    })
}
