//! The spill file: full buffers of records appended on a thread of their own, and the window
//! through which records are read back.

use std::fs::File;
use std::io::{self, Seek, SeekFrom, Write};
use std::sync::{Mutex, mpsc};

use super::SPILL_AT;

/// How much of the spill file is read at once while rendering (findings come mostly in the order
/// they were written).
const WINDOW: usize = 4 << 20;

/// A thread that appends full spill buffers to the spill file and hands them back emptied, so
/// the thread adding findings (at the end of a check, the only one busy) does not wait for the
/// kernel to copy tens of megabytes.
pub(super) struct SpillWriter {
    full: Option<mpsc::SyncSender<Vec<u8>>>,
    /// In a mutex only so that the store can be shared with the threads that render the report.
    emptied: Mutex<mpsc::Receiver<Vec<u8>>>,
    /// Buffers made so far, the store's first one included.
    buffers: usize,
    thread: std::thread::JoinHandle<io::Result<File>>,
}

impl SpillWriter {
    pub(super) fn start(mut file: File) -> io::Result<SpillWriter> {
        let (full, to_write) = mpsc::sync_channel::<Vec<u8>>(1);
        let (give_back, emptied) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("svcat-spill".into())
            .spawn(move || {
                file.seek(SeekFrom::End(0))?;
                for mut buffer in to_write {
                    file.write_all(&buffer)?;
                    if buffer.capacity() > 2 * SPILL_AT {
                        // The first buffer: its memory goes back, a small one takes turns.
                        buffer = Vec::with_capacity(2 * SPILL_AT);
                    }
                    buffer.clear();
                    // The store may be gone already; the buffer is then simply dropped.
                    let _ = give_back.send(buffer);
                }
                Ok(file)
            })?;
        Ok(SpillWriter {
            full: Some(full),
            emptied: Mutex::new(emptied),
            buffers: 1,
            thread,
        })
    }

    /// Queues a full buffer; returns an emptied one to fill next (new while none is back yet),
    /// or None when the thread has stopped on a write error, which `finish` returns.
    pub(super) fn write(&mut self, buffer: Vec<u8>) -> Option<Vec<u8>> {
        // The first buffer, which held every finding until the spill began, is far larger than
        // the ones that follow it.
        let capacity = buffer.capacity().min(2 * SPILL_AT);
        self.full.as_ref()?.send(buffer).ok()?;
        let emptied = self.emptied.get_mut().ok()?;
        // Two buffers take turns: one filling, one writing (a new one is made only while the
        // second does not exist yet, and at its full size, so that it never grows by copying).
        if self.buffers < 2 {
            if let Ok(buffer) = emptied.try_recv() {
                return Some(buffer);
            }
            self.buffers += 1;
            return Some(Vec::with_capacity(capacity));
        }
        emptied.recv().ok()
    }

    /// Waits for every queued buffer to be written and returns the file.
    pub(super) fn finish(mut self) -> io::Result<File> {
        drop(self.full.take());
        self.thread
            .join()
            .map_err(|_| io::Error::other("spill file writer panicked"))?
    }
}

/// Part of the spill file read ahead, since findings are read back mostly in the order they were
/// written.
pub(super) struct Window {
    pub(super) start: u64,
    pub(super) bytes: Vec<u8>,
    /// How much to read at a time.
    pub(super) size: usize,
    /// Where the last record read alone ends.
    pub(super) last_end: u64,
}

impl Default for Window {
    fn default() -> Self {
        Window {
            start: 0,
            bytes: Vec::new(),
            size: WINDOW,
            last_end: u64::MAX,
        }
    }
}

impl Window {
    /// A window that reads just the record asked for (a single look-up).
    pub(super) fn exact() -> Self {
        Window {
            size: 0,
            ..Window::default()
        }
    }
}
