//! Saving a workbook: atomically, with the first write error the one reported.

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use svcat_core::error::Error;

/// Saves a workbook atomically (see [`svcat_core::output::write_atomic_file`]; the zip writer
/// needs the file itself, not a buffered stream), with the same bytes on every system (see
/// [`super::mark_made_on_unix`]; a device or pipe written to is left as written).
pub fn save_atomic(workbook: &mut Workbook, path: &Path) -> Result<(), Error> {
    svcat_core::output::write_atomic_file(path, |file| {
        save_to(workbook, &mut *file, path)?;
        if file.metadata().is_ok_and(|m| m.is_file()) {
            super::mark_made_on_unix(file).map_err(|source| Error::Write {
                file: path.display().to_string(),
                source,
            })?;
        }
        Ok(())
    })
}

/// Saves a workbook into `out`; the first write error is the one reported (a full disk, say),
/// whatever the workbook library made of it, and nothing is printed.
fn save_to(
    workbook: &mut Workbook,
    out: impl std::io::Write + Send,
    path: &Path,
) -> Result<(), Error> {
    let mut writer = FirstError {
        inner: out,
        error: None,
    };
    let saved = workbook.save_to_writer(&mut writer);
    match (writer.error, saved) {
        (Some(source), _) => Err(Error::Write {
            file: path.display().to_string(),
            source,
        }),
        (None, Err(e)) => Err(xlsx_error(path, e)),
        (None, Ok(())) => Ok(()),
    }
}

/// A writer that fails once, on the first write error, and then accepts and discards everything.
/// The zip writer inside the workbook library finishes the archive when it is dropped after an
/// error and prints to stderr if that fails too; with this, the finishing writes quietly go
/// nowhere and the error reported is the first one.
struct FirstError<W> {
    inner: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> std::io::Write for FirstError<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.error.is_some() {
            return Ok(buf.len());
        }
        self.inner.write(buf).map_err(|e| self.fail(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.error.is_some() {
            return Ok(());
        }
        self.inner.flush().map_err(|e| self.fail(e))
    }
}

impl<W> FirstError<W> {
    fn fail(&mut self, e: std::io::Error) -> std::io::Error {
        if e.kind() == std::io::ErrorKind::Interrupted {
            return e; // retried by the caller
        }
        let copy = std::io::Error::new(e.kind(), e.to_string());
        self.error = Some(e);
        copy
    }
}

/// A workbook-library error as svcat reports it.
pub fn xlsx_error(path: &Path, e: XlsxError) -> Error {
    match e {
        XlsxError::IoError(source) => Error::Write {
            file: path.display().to_string(),
            source,
        },
        other => Error::Write {
            file: path.display().to_string(),
            source: std::io::Error::other(other.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    /// A disk that fills up after `room` bytes.
    struct Full {
        room: usize,
        writes_after_full: usize,
    }

    impl std::io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                self.writes_after_full += 1;
                return Err(std::io::Error::from_raw_os_error(28));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_full_disk_is_reported_once_and_the_zip_is_not_finished_into_it() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for row in 0..200 {
            sheet.write_number(row, 0, f64::from(row)).unwrap();
        }
        let mut disk = Full {
            room: 500,
            writes_after_full: 0,
        };
        let error = super::save_to(&mut workbook, &mut disk, std::path::Path::new("out.xlsx"))
            .expect_err("the disk is full");
        let svcat_core::error::Error::Write { file, source } = error else {
            panic!("a write error: {error:?}");
        };
        assert_eq!(file, "out.xlsx");
        assert_eq!(source.raw_os_error(), Some(28));
        // The zip writer, dropped after the error, finishes the archive into the void rather
        // than into the full disk (where failing again it would print to stderr).
        assert_eq!(disk.writes_after_full, 1);
    }
}
