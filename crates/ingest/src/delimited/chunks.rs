//! A delimited file cut into chunks that end where a record ends, read into reused buffers.

use std::collections::VecDeque;
use std::sync::Arc;

/// Lent chunks watched for their buffers to come back (see `RecordChunks::reclaim`).
const LENT_CHUNKS_WATCHED: usize = 16;
/// The first chunk's size (see `RecordChunks::chunk_bytes`).
const FIRST_CHUNK_BYTES: usize = 64 << 10;
/// Chunks parsed at once while reading goes on.
pub(super) const CHUNKS_IN_FLIGHT: usize = 4;

/// Cuts a delimited file into chunks that end where a record ends, as csv-core reads it: a line
/// end outside quotes. A quote opens a quoted field only as a field's first byte, and inside one
/// `""` is a quote; after the closing quote the field goes on unquoted (csv-core's rules, so
/// every chunk parses to the records a reading of the whole file gives).
pub(super) struct RecordChunks<R> {
    input: R,
    delimiter: u8,
    /// Once this many bytes are read, a chunk is cut at the last record end among them. The
    /// first chunks are small, so that the workers start at once; each is twice the one before,
    /// up to `max_chunk_bytes`.
    chunk_bytes: usize,
    max_chunk_bytes: usize,
    buf: Vec<u8>,
    /// How much of `buf` the scan has seen, and where the last record it saw ends.
    scanned: usize,
    boundary: usize,
    state: Quoting,
    eof: bool,
    /// Buffers of parsed chunks, to read into again: a fresh megabyte a chunk would be fresh
    /// pages for the kernel to zero.
    spare: Vec<Vec<u8>>,
    /// Chunks whose text the cells share, oldest first, for their buffers to come back to
    /// `spare` when the cells are gone.
    lent: VecDeque<Arc<String>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: a second quote, or the field's end.
    QuoteInQuoted,
}

impl<R: std::io::Read> RecordChunks<R> {
    pub(super) fn new(input: R, delimiter: u8, chunk_bytes: usize) -> Self {
        RecordChunks {
            input,
            delimiter,
            chunk_bytes: chunk_bytes.clamp(1, FIRST_CHUNK_BYTES),
            max_chunk_bytes: chunk_bytes.max(1),
            buf: Vec::new(),
            scanned: 0,
            boundary: 0,
            state: Quoting::FieldStart,
            eof: false,
            spare: Vec::new(),
            lent: VecDeque::new(),
        }
    }

    /// A chunk's buffer, done with.
    pub(super) fn give_back(&mut self, chunk: Vec<u8>) {
        if self.spare.len() < CHUNKS_IN_FLIGHT && chunk.capacity() > 0 {
            self.spare.push(chunk);
        }
    }

    /// A chunk whose text its cells share.
    pub(super) fn lend(&mut self, chunk: Arc<String>) {
        self.lent.push_back(chunk);
    }

    /// Takes back the buffers of lent chunks whose cells are all gone (parsed into items and
    /// dropped). A few cells live on (the department filled down, the item being read), so only
    /// the most recent chunks are waited for.
    fn reclaim(&mut self) {
        for _ in 0..self.lent.len() {
            let Some(chunk) = self.lent.pop_front() else {
                break;
            };
            match Arc::try_unwrap(chunk) {
                Ok(text) => self.give_back(text.into_bytes()),
                Err(chunk) => self.lent.push_back(chunk),
            }
        }
        while self.lent.len() > LENT_CHUNKS_WATCHED {
            self.lent.pop_front();
        }
    }

    /// The input is read to its end and nothing is left: the last chunk was handed out.
    pub(super) fn at_end(&self) -> bool {
        self.eof && self.buf.is_empty()
    }

    pub(super) fn next_chunk(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        use std::io::Read;
        loop {
            if self.eof {
                return Ok((!self.buf.is_empty()).then(|| std::mem::take(&mut self.buf)));
            }
            if self.boundary > 0 && self.buf.len() >= self.chunk_bytes {
                if self.spare.is_empty() {
                    self.reclaim();
                }
                let mut rest = self.spare.pop().unwrap_or_default();
                rest.clear();
                rest.extend_from_slice(&self.buf[self.boundary..]);
                let mut chunk = std::mem::replace(&mut self.buf, rest);
                chunk.truncate(self.boundary);
                self.scanned -= self.boundary;
                self.boundary = 0;
                self.chunk_bytes = (self.chunk_bytes * 2).min(self.max_chunk_bytes);
                return Ok(Some(chunk));
            }
            let start = self.buf.len();
            let want = self.chunk_bytes.max(start + start / 2).max(start + 1);
            // Read into the buffer's spare room, which `read_to_end` leaves unzeroed (a chunk the
            // cells went on with is a fresh megabyte each time). It stops at `want` bytes or at
            // the end of the input.
            self.buf.reserve_exact(want - start);
            let read = match std::io::Read::take(&mut self.input, (want - start) as u64)
                .read_to_end(&mut self.buf)
            {
                Ok(n) => n,
                Err(e) => {
                    self.buf.truncate(start);
                    return Err(e);
                }
            };
            if read == 0 {
                self.eof = true;
            } else {
                self.scan();
            }
        }
    }

    fn scan(&mut self) {
        let bytes = &self.buf[..];
        let mut at = self.scanned;
        while at < bytes.len() {
            match self.state {
                // A quote opens a quoted field at a field's start and, after a quote inside one,
                // is an escaped quote; anything else goes on unquoted (the delimiter and line end
                // included, which the unquoted scan then finds at once).
                Quoting::FieldStart | Quoting::QuoteInQuoted => {
                    if bytes[at] == b'"' {
                        self.state = Quoting::Quoted;
                        at += 1;
                    } else {
                        self.state = Quoting::Unquoted;
                    }
                }
                Quoting::Unquoted => {
                    match memchr::memchr3(self.delimiter, b'\n', b'\r', &bytes[at..]) {
                        Some(k) => {
                            at += k + 1;
                            // A record ends at \n, \r\n or a lone \r (cut after the \n of \r\n).
                            let lone_cr = bytes[at - 1] == b'\r'
                                && bytes.get(at).is_some_and(|&next| next != b'\n');
                            if bytes[at - 1] == b'\n' || lone_cr {
                                self.boundary = at;
                            }
                            self.state = Quoting::FieldStart;
                        }
                        None => at = bytes.len(),
                    }
                }
                Quoting::Quoted => match memchr::memchr(b'"', &bytes[at..]) {
                    Some(k) => {
                        at += k + 1;
                        self.state = Quoting::QuoteInQuoted;
                    }
                    None => at = bytes.len(),
                },
            }
        }
        self.scanned = at;
    }
}
