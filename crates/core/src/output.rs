//! Output files: written atomically (a hidden temporary file renamed over the target), removed
//! when a run is interrupted, and guarded so that no output overwrites an input or itself.

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
        let mut out = BufWriter::new(FlushBehind::new(file));
        write(&mut out).map_err(wrap)?;
        // Dropping the writer stops its flushing thread before the fsync.
        out.flush().map_err(wrap)
    })
}

/// Bytes written between two flushes to disk in the background: the final fsync waits for at
/// most this much (32 MB left a 10k-item import's 50 MB output waiting 8–10 ms for its last
/// 18 MB; 4 MB, 3 ms).
const FLUSH_BEHIND_BYTES: u64 = 4 << 20;

/// A file being written while a thread of its own has the kernel write the part already written
/// to disk, so the fsync that ends an atomic write waits for the last few megabytes, not for the
/// whole output (half a gigabyte for the canonical JSON of 100k items). Small outputs never start
/// the thread.
struct FlushBehind<'f> {
    file: &'f mut std::fs::File,
    unflushed: u64,
    flusher: Flusher,
}

enum Flusher {
    /// Not needed yet.
    Idle,
    Running {
        wake: std::sync::mpsc::SyncSender<()>,
        thread: std::thread::JoinHandle<()>,
    },
    /// Never to run: the file is not kept, or the thread could not be started (the writing goes
    /// on without it).
    Off,
}

impl<'f> FlushBehind<'f> {
    fn new(file: &'f mut std::fs::File) -> Self {
        // An unlinked file (the one a device or pipe output is built in first) is never synced:
        // writing it to disk would be work for nothing.
        #[cfg(unix)]
        let unlinked = {
            use std::os::unix::fs::MetadataExt;
            file.metadata().is_ok_and(|m| m.nlink() == 0)
        };
        #[cfg(not(unix))]
        let unlinked = false;
        FlushBehind {
            file,
            unflushed: 0,
            flusher: if unlinked {
                Flusher::Off
            } else {
                Flusher::Idle
            },
        }
    }

    fn flush_behind(&mut self) {
        if let Flusher::Idle = self.flusher {
            self.flusher = self.start_flusher().unwrap_or(Flusher::Off);
        }
        if let Flusher::Running { wake, .. } = &self.flusher {
            // Busy flushing: the next wake-up covers these bytes too.
            let _ = wake.try_send(());
        }
        self.unflushed = 0;
    }

    fn start_flusher(&self) -> Option<Flusher> {
        let shared = self.file.try_clone().ok()?;
        let (wake, woken) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("svcat-flush".into())
            .spawn(move || {
                while woken.recv().is_ok() {
                    // A failed write-back shows again in the final fsync, which reports it.
                    let _ = shared.sync_data();
                }
            })
            .ok()?;
        Some(Flusher::Running { wake, thread })
    }
}

/// Stops the flushing thread, so that the caller's fsync waits for the rest alone.
impl Drop for FlushBehind<'_> {
    fn drop(&mut self) {
        if let Flusher::Running { wake, thread } =
            std::mem::replace(&mut self.flusher, Flusher::Off)
        {
            drop(wake);
            let _ = thread.join();
        }
    }
}

impl Write for FlushBehind<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.file.write(buf)?;
        self.unflushed += written as u64;
        if self.unflushed >= FLUSH_BEHIND_BYTES {
            self.flush_behind();
        }
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
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
    let mut temp = temp_beside(path, &dir).map_err(wrap)?;
    write(temp.as_file_mut())?;
    temp.as_file().sync_all().map_err(wrap)?;
    temp.persist(path).map_err(wrap)?;
    Ok(())
}

/// The temporary file an output is built in, in `dir` beside `target`, with the mode the output
/// will have: an existing target's own (a private 0600 file stays private), else what the user's
/// umask makes of 0666, as for any file a program creates.
pub fn temp_beside(target: &Path, dir: &Path) -> std::io::Result<TempOutput> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".svcat-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created through open(2), so the kernel applies the umask.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // The list stays locked from before the file exists until it is listed, so an interrupt in
    // between waits for the listing and removes the file.
    let mut list = unfinished();
    let temp = builder.tempfile_in(dir)?;
    list.push(temp.path().to_path_buf());
    drop(list);
    #[cfg(unix)]
    if let Ok(existing) = std::fs::symlink_metadata(target)
        && existing.is_file()
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = existing.permissions().mode() & 0o7777;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    // Windows has no mode bits to carry over (the Windows build would warn of an unused target).
    #[cfg(not(unix))]
    let _ = target;
    Ok(TempOutput::new(temp))
}

/// Temporary files and directories svcat is building, removed by
/// [`remove_unfinished_outputs`] when the run is interrupted.
static UNFINISHED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn unfinished() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    UNFINISHED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Records a temporary path to remove if the run is interrupted; [`forget_unfinished`] when it
/// is renamed into place or removed.
pub fn track_unfinished(path: &Path) {
    unfinished().push(path.to_path_buf());
}

pub fn forget_unfinished(path: &Path) {
    let mut list = unfinished();
    if let Some(i) = list.iter().rposition(|p| p == path) {
        list.swap_remove(i);
    }
}

/// Removes the temporary files (`.svcat-*.tmp` beside the outputs) and directories of the run, for
/// the Ctrl-C / SIGTERM handler. The list stays locked, so no new one is started before the
/// process ends.
pub fn remove_unfinished_outputs() {
    let list = unfinished();
    for path in list.iter() {
        if path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        } else {
            let _ = std::fs::remove_file(path);
        }
    }
    std::mem::forget(list);
}

/// A temporary output file, tracked for removal on an interrupt until it is renamed into place or
/// dropped (which deletes it).
pub struct TempOutput {
    file: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

impl TempOutput {
    /// A temporary file already listed as unfinished.
    fn new(file: tempfile::NamedTempFile) -> Self {
        let path = file.path().to_path_buf();
        TempOutput {
            file: Some(file),
            path,
        }
    }

    pub fn as_file(&self) -> &std::fs::File {
        self.file.as_ref().expect("kept until persisted").as_file()
    }

    pub fn as_file_mut(&mut self) -> &mut std::fs::File {
        self.file
            .as_mut()
            .expect("kept until persisted")
            .as_file_mut()
    }

    /// Renames the file over `target`.
    pub fn persist(mut self, target: &Path) -> std::io::Result<()> {
        let file = self.file.take().expect("kept until persisted");
        file.persist(target).map(drop).map_err(|e| e.error)
    }
}

impl Drop for TempOutput {
    fn drop(&mut self) {
        // An unpersisted file is deleted as the NamedTempFile drops, after it is forgotten here;
        // an interrupt in between finds it still listed or already gone.
        drop(self.file.take());
        forget_unfinished(&self.path);
    }
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

/// What a command writes, for [`guard_outputs`].
#[derive(Debug, Clone, Copy)]
pub enum Output<'a> {
    /// One file.
    File(&'a Path),
    /// A directory svcat fills (fix copies, guide pages, lists).
    Dir(&'a Path),
}

/// The one guard every command that writes runs before it reads: svcat never overwrites what it
/// reads. An output may not be an input, lie inside an input directory (the next run would read
/// it, or it would replace a department file), nor be a directory that holds an input; and two
/// outputs may not be one file. `inputs` are every path the command reads (catalogs, files,
/// `--against`, `--baseline`, a schema file).
pub fn guard_outputs(inputs: &[&Path], outputs: &[Output]) -> Result<(), Error> {
    let inputs: Vec<(&Path, PathBuf)> = inputs
        .iter()
        .filter_map(|i| i.canonicalize().ok().map(|c| (*i, c)))
        .collect();
    let mut seen: Vec<(PathBuf, &Path)> = Vec::new();
    for output in outputs {
        let (path, dir) = match *output {
            Output::File(p) => (p, false),
            Output::Dir(p) => (p, true),
        };
        let Some(out) = resolve(path) else { continue };
        for (shown, input) in &inputs {
            let message = if out == *input {
                format!(
                    "输出 {} 是输入之一：与输入相同，svcat 不会覆盖输入文件",
                    path.display()
                )
            } else if input.is_dir() && out.starts_with(input) {
                format!(
                    "输出 {} 位于输入目录 {} 之中，svcat 不会覆盖输入文件，也不会往输入目录里写文件",
                    path.display(),
                    shown.display()
                )
            } else if dir && input.starts_with(&out) {
                format!(
                    "输出目录 {} 包含输入 {}，svcat 不会覆盖输入文件",
                    path.display(),
                    shown.display()
                )
            } else {
                continue;
            };
            return Err(Error::usage(
                message,
                Some("换一个输出路径：不是输入，不在输入目录之中，也不包含输入"),
            ));
        }
        if let Some((_, first)) = seen
            .iter()
            .find(|(o, _)| *o == out || o.starts_with(&out) || out.starts_with(o))
        {
            return Err(Error::usage(
                format!(
                    "输出 {} 与输出 {} 是同一位置，一个会覆盖另一个",
                    path.display(),
                    first.display()
                ),
                Some("给每个输出一个不同的路径"),
            ));
        }
        seen.push((out, path));
    }
    Ok(())
}

/// Refuses two outputs inside one directory that would be one file (two inputs named `x.csv`, or
/// `x.xls` and `x.xlsx` both becoming `x.xlsx`); `planned` pairs each output name with the input
/// it comes from.
pub fn guard_output_names(dir: &Path, planned: &[(PathBuf, String)]) -> Result<(), Error> {
    let mut seen: std::collections::HashMap<String, &str> = Default::default();
    for (name, from) in planned {
        // Case-insensitive file systems (macOS, Windows) make X.csv and x.csv one file.
        let key = name.to_string_lossy().to_lowercase();
        if let Some(first) = seen.insert(key, from) {
            return Err(Error::usage(
                format!(
                    "{first} 和 {from} 都会写成 {}，一个会覆盖另一个",
                    dir.join(name).display()
                ),
                Some("把其中一个文件改名，或分两次修正到不同的输出目录"),
            ));
        }
    }
    Ok(())
}

/// A path made absolute with symlinks resolved, for one that does not exist yet too: its nearest
/// existing ancestor resolved, the rest appended.
fn resolve(path: &Path) -> Option<PathBuf> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let mut rest = Vec::new();
    let mut base = absolute.as_path();
    loop {
        if let Ok(resolved) = base.canonicalize() {
            let mut out = resolved;
            for part in rest.iter().rev() {
                match part {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::CurDir => {}
                    other => out.push(other),
                }
            }
            return Some(out);
        }
        rest.push(base.components().next_back()?);
        base = base.parent()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_that_are_kept_are_flushed_behind() {
        let chunk = vec![7u8; 1 << 20];
        let mut unlinked = tempfile::tempfile().unwrap();
        let mut named = tempfile::NamedTempFile::new().unwrap();
        for (file, flushed) in [(&mut unlinked, false), (named.as_file_mut(), true)] {
            let mut out = FlushBehind::new(file);
            for _ in 0..=(FLUSH_BEHIND_BYTES >> 20) {
                out.write_all(&chunk).unwrap();
            }
            assert_eq!(matches!(out.flusher, Flusher::Running { .. }), flushed);
        }
    }

    /// An output big enough that the flushing thread runs along (and is woken while busy).
    #[test]
    fn large_outputs_are_written_whole_while_flushed_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let line: Vec<u8> = (0..1000u32).flat_map(|n| n.to_le_bytes()).collect();
        let lines = (3 * FLUSH_BEHIND_BYTES as usize) / line.len() + 7;
        for _ in 0..2 {
            write_atomic(&path, |out| {
                for _ in 0..lines {
                    out.write_all(&line)?;
                }
                Ok(())
            })
            .unwrap();
            let written = std::fs::read(&path).unwrap();
            assert_eq!(written.len(), lines * line.len());
            assert!(written.chunks(line.len()).all(|c| c == line.as_slice()));
        }
        // Nothing left beside the output.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
