//! CSV and TSV: encoding detection (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030) and
//! delimiter sniffing.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::path::Path;
use std::sync::{Arc, mpsc};

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::sheet::{RawCell, RowSink};
use svcat_core::error::Error;

/// How a text file's bytes were decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// True when no BOM or valid UTF-8 said so and the encoding is a guess (GB18030).
    pub guessed: bool,
}

/// Decodes a text file: a BOM decides; else valid UTF-8 is UTF-8; else GB18030 (a superset of GBK
/// and GB2312, which is what Chinese Excel and WPS write as "CSV").
pub fn decode(bytes: &[u8], display: &str) -> Result<Decoded, Error> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            return Err(Error::unreadable(
                display,
                None,
                format!(
                    "文件以 {} 的字节顺序标记开头，但内容不是有效的 {}",
                    encoding.name(),
                    encoding.name()
                ),
            ));
        }
        let name = if encoding == UTF_8 {
            "UTF-8"
        } else if encoding == UTF_16LE {
            "UTF-16LE"
        } else if encoding == UTF_16BE {
            "UTF-16BE"
        } else {
            encoding.name()
        };
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: name,
            guessed: false,
        });
    }
    if looks_binary(bytes) {
        return Err(Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: None,
            message: "文件含有二进制内容，不是文本格式的 CSV".to_string(),
            help: Some(
                "如果这是 Excel 文件，请把扩展名改为 .xlsx 或 .xls；否则请另存为 CSV（UTF-8）"
                    .into(),
            ),
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            guessed: false,
        });
    }
    let (text, _, had_errors) = GB18030.decode(bytes);
    if had_errors {
        return Err(Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: None,
            message: "文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本".to_string(),
            help: Some("请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”".into()),
        });
    }
    Ok(Decoded {
        text: match text {
            Cow::Borrowed(s) => s.to_string(),
            Cow::Owned(s) => s,
        },
        encoding: "GB18030",
        guessed: true,
    })
}

/// NUL bytes or many control characters mean a binary file, not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 20 > sample.len().max(1)
}

/// Picks the delimiter that splits the first lines into the most consistent number of fields.
pub fn sniff_delimiter(text: &str, extension: &str) -> u8 {
    if extension.eq_ignore_ascii_case("tsv") {
        return b'\t';
    }
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_LINES)
        .collect();
    let mut best = (b',', 0usize);
    for delimiter in [b',', b'\t', b';', b'|'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, delimiter))
            .collect();
        let Some(&max) = counts.iter().max() else {
            continue;
        };
        if max == 0 {
            continue;
        }
        // Lines that agree with the most common count, weighted by that count.
        let mode = most_common(&counts);
        let agreeing = counts.iter().filter(|&&c| c == mode && c > 0).count();
        let score = agreeing * mode;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// The start of `bytes` that holds the lines [`sniff_delimiter`] looks at (its first 20 that are
/// not blank), decoded: only they are, not the whole megabyte read up front. A line ends at
/// `\n` there too, and the byte of `\n` occurs inside no UTF-8 or GB18030 character.
fn sniff_lines<'b>(bytes: &'b [u8], decode: impl Fn(&'b [u8]) -> Cow<'b, str>) -> String {
    let mut text = String::new();
    let mut lines = 0;
    let mut at = 0;
    while lines < SNIFF_LINES && at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |k| at + k + 1);
        let line = decode(&bytes[at..end]);
        if !line.trim().is_empty() {
            lines += 1;
        }
        text.push_str(&line);
        at = end;
    }
    text
}

/// How many lines that are not blank decide the delimiter.
const SNIFF_LINES: usize = 20;

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            n += 1;
        }
    }
    n
}

fn most_common(counts: &[usize]) -> usize {
    let mut best = (0, 0);
    for &c in counts {
        let n = counts.iter().filter(|&&x| x == c).count();
        if n > best.1 || (n == best.1 && c > best.0) {
            best = (c, n);
        }
    }
    best.0
}

/// How much of a file is read up front to decide its encoding and delimiter.
const SNIFF_BYTES: usize = 1 << 20;

/// How the fields of a streamed file are decoded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldEncoding {
    Utf8,
    Gb18030,
}

/// Reads a delimited file's records into `sink`; the header is row 0 (shown as row 1).
///
/// The file is streamed a chunk at a time (a large CSV is never held in memory whole): the first
/// megabyte decides the encoding and the delimiter, then chunks cut at record ends are parsed and
/// their fields decoded on the worker threads, and the rows come to `sink` in file order. Parsing
/// GB18030 bytes is safe for `,` `;` tab, quotes and line ends, none of which occurs inside a
/// multi-byte character; UTF-16 and `|`-delimited GB18030 files are decoded whole first.
pub fn read_delimited(
    path: &Path,
    display: &str,
    sink: &mut dyn RowSink,
) -> Result<Decoded, Error> {
    use std::io::Read;

    let mut file = std::fs::File::open(path).map_err(|e| Error::io(display, e))?;
    let mut head = Vec::with_capacity(SNIFF_BYTES.min(1 << 16));
    (&mut file)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| Error::io(display, e))?;
    let complete = head.len() < SNIFF_BYTES;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();

    let bom = Encoding::for_bom(&head);
    let (encoding, bom_len) = match bom {
        Some((e, len)) if e == UTF_8 => (Some(FieldEncoding::Utf8), len),
        Some(_) => (None, 0),
        None if looks_binary(&head) => {
            // Let `decode` say what is wrong.
            return Err(decode(&head, display).err().unwrap_or_else(|| {
                Error::unreadable(display, None, "文件含有二进制内容，不是文本格式的 CSV")
            }));
        }
        None => match simdutf8::compat::from_utf8(&head) {
            Ok(_) => (Some(FieldEncoding::Utf8), 0),
            // Cut inside a character at the sniff boundary: still UTF-8.
            Err(e) if !complete && e.error_len().is_none() => (Some(FieldEncoding::Utf8), 0),
            Err(_) => (Some(FieldEncoding::Gb18030), 0),
        },
    };
    let sniff_text = match encoding {
        Some(FieldEncoding::Utf8) => sniff_lines(&head[bom_len..], String::from_utf8_lossy),
        Some(FieldEncoding::Gb18030) => {
            sniff_lines(&head, |b| GB18030.decode_without_bom_handling(b).0)
        }
        None => String::new(),
    };
    let delimiter = sniff_delimiter(&sniff_text, extension);
    drop(sniff_text);

    let streamable = match encoding {
        Some(FieldEncoding::Utf8) => true,
        Some(FieldEncoding::Gb18030) => delimiter != b'|',
        None => false,
    };
    if !streamable {
        let mut bytes = head;
        file.read_to_end(&mut bytes)
            .map_err(|e| Error::io(display, e))?;
        let mut decoded = decode(&bytes, display)?;
        drop(bytes);
        let delimiter = sniff_delimiter(&decoded.text, extension);
        let text = std::mem::take(&mut decoded.text);
        read_records(
            text.as_bytes(),
            delimiter,
            FieldEncoding::Utf8,
            display,
            sink,
        )?;
        return Ok(decoded);
    }
    let encoding = encoding.expect("streamable has an encoding");
    let reader = std::io::Cursor::new(head).chain(file);
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    if bom_len > 0 {
        let mut skip = vec![0; bom_len];
        reader
            .read_exact(&mut skip)
            .map_err(|e| Error::io(display, e))?;
    }
    let guessed = read_records(reader, delimiter, encoding, display, sink)?;
    Ok(Decoded {
        text: String::new(),
        encoding: match encoding {
            FieldEncoding::Utf8 => "UTF-8",
            FieldEncoding::Gb18030 => "GB18030",
        },
        guessed: encoding == FieldEncoding::Gb18030 || guessed,
    })
}

/// Bytes of a file handed to a worker at a time, cut at a record boundary.
const CHUNK_BYTES: usize = 1 << 20;
/// Lent chunks watched for their buffers to come back (see `RecordChunks::reclaim`).
const LENT_CHUNKS_WATCHED: usize = 16;
/// The first chunk's size (see `RecordChunks::chunk_bytes`).
const FIRST_CHUNK_BYTES: usize = 64 << 10;
/// Chunks parsed at once while reading goes on.
const CHUNKS_IN_FLIGHT: usize = 4;

/// Parses records and hands them to `sink`. Returns whether some field had to be decoded as
/// GB18030 although the file looked like UTF-8.
///
/// The reading thread only cuts the file into chunks at record boundaries (a scan for quotes and
/// line ends); the chunks are parsed into cells on the worker threads, and their rows come back
/// to `sink` in file order.
fn read_records(
    input: impl std::io::Read,
    delimiter: u8,
    encoding: FieldEncoding,
    display: &str,
    sink: &mut dyn RowSink,
) -> Result<bool, Error> {
    read_records_in(input, delimiter, encoding, display, sink, CHUNK_BYTES)
}

fn read_records_in(
    input: impl std::io::Read,
    delimiter: u8,
    encoding: FieldEncoding,
    display: &str,
    sink: &mut dyn RowSink,
    chunk_bytes: usize,
) -> Result<bool, Error> {
    type Parsing = mpsc::Receiver<std::thread::Result<ParsedChunk>>;
    let mut chunks = RecordChunks::new(input, delimiter, chunk_bytes);
    let share = sink.shares_text();
    let mut in_flight: VecDeque<Parsing> = VecDeque::new();
    let mut row: u32 = 0;
    let mut fell_back = false;
    loop {
        while in_flight.len() < CHUNKS_IN_FLIGHT {
            let Some(chunk) = chunks.next_chunk().map_err(|e| Error::io(display, e))? else {
                break;
            };
            let (sender, receiver) = mpsc::sync_channel(1);
            let parse = move || parse_chunk(chunk, delimiter, encoding, share);
            if chunks.at_end() && in_flight.is_empty() {
                // The whole (small) file is one chunk: no thread to hand it to.
                let _ = sender.send(Ok(parse()));
            } else {
                rayon::spawn(move || {
                    let _ = sender.send(std::panic::catch_unwind(parse));
                });
            }
            in_flight.push_back(receiver);
        }
        let Some(parsing) = in_flight.pop_front() else {
            return Ok(fell_back);
        };
        let parsed = match parsing.recv() {
            Ok(Ok(parsed)) => parsed,
            _ => {
                return Err(Error::unreadable(
                    display,
                    None,
                    "解析 CSV 时出现内部错误（这是 svcat 的缺陷，请报告）",
                ));
            }
        };
        fell_back |= parsed.fell_back;
        chunks.give_back(parsed.chunk);
        if let Some(shared) = parsed.shared {
            chunks.lend(shared);
        }
        for mut cells in parsed.records {
            if sink.row(row, &mut cells)?.is_break() {
                return Ok(fell_back);
            }
            row += 1;
        }
        if parsed.binary {
            return Err(Error::Unreadable {
                file: display.to_string(),
                sheet: None,
                cell: Some(format!("第{}行", row + 1)),
                message: "文件含有二进制内容，不是文本格式的 CSV".to_string(),
                help: None,
            });
        }
    }
}

/// A chunk's records as cells.
struct ParsedChunk {
    records: Vec<Vec<RawCell>>,
    /// The chunk's bytes, back for the reader to read the next chunk into (empty when the cells
    /// share them).
    chunk: Vec<u8>,
    /// The chunk's text, when the cells share it: the reader reads into it again once they are
    /// all gone.
    shared: Option<Arc<String>>,
    fell_back: bool,
    /// The record after the last of `records` has a NUL byte: the file is binary.
    binary: bool,
}

/// Parses a chunk's records into cells, as csv-core reads them with the settings this module
/// always had (a quote opens a quoted field only as its first byte, `""` inside one is a quote,
/// bytes after the closing quote go on unquoted, `\n`, `\r` and `\r\n` end a record, blank lines
/// are skipped; tested against the csv crate). Written with memchr rather than csv-core's byte
/// by byte machine: an unquoted field is found with one search and copied once.
///
/// With `share`, the cells of a valid UTF-8 chunk are slices of it ([`RawCell::shared`]); the
/// chunk's buffer then goes with them.
fn parse_chunk(
    chunk_bytes: Vec<u8>,
    delimiter: u8,
    encoding: FieldEncoding,
    share: bool,
) -> ParsedChunk {
    let mut parsed = ParsedChunk {
        records: Vec::new(),
        chunk: Vec::new(),
        shared: None,
        fell_back: false,
        binary: false,
    };
    // One validation and one NUL search for the whole chunk rather than one a field: a field
    // begins and ends at a delimiter, quote or line end, so the fields of a valid chunk are valid.
    let shareable = share
        && encoding == FieldEncoding::Utf8
        && simdutf8::basic::from_utf8(&chunk_bytes).is_ok();
    let (shared, chunk_bytes) = if shareable {
        // SAFETY: simdutf8 has just validated these very bytes as UTF-8.
        let text = unsafe { String::from_utf8_unchecked(chunk_bytes) };
        (Some(Arc::new(text)), Vec::new())
    } else {
        (None, chunk_bytes)
    };
    let chunk: &[u8] = match &shared {
        Some(text) => text.as_bytes(),
        None => &chunk_bytes,
    };
    let chunk_text = match (&shared, encoding) {
        (Some(text), _) => Some(text.as_str()),
        (None, FieldEncoding::Utf8) => simdutf8::basic::from_utf8(chunk).ok(),
        (None, FieldEncoding::Gb18030) => None,
    };
    let has_nul = memchr::memchr(0, chunk).is_some();
    let end_of_field = |from: usize| {
        memchr::memchr3(delimiter, b'\n', b'\r', &chunk[from..]).map_or(chunk.len(), |k| from + k)
    };
    let mut fields: Vec<Cow<[u8]>> = Vec::new();
    let mut at = 0;
    loop {
        while chunk.get(at).is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            at += 1;
        }
        if at == chunk.len() {
            break;
        }
        let record_start = at;
        fields.clear();
        loop {
            let mut field: Cow<[u8]> = Cow::Borrowed(&[]);
            if chunk[at..].first() == Some(&b'"') {
                at += 1;
                loop {
                    let Some(k) = memchr::memchr(b'"', &chunk[at..]) else {
                        // An unclosed quote runs to the end.
                        join(&mut field, &chunk[at..]);
                        at = chunk.len();
                        break;
                    };
                    let quote = at + k;
                    if chunk.get(quote + 1) == Some(&b'"') {
                        // "" is a quote: keep the first of the two.
                        join(&mut field, &chunk[at..=quote]);
                        at = quote + 2;
                    } else {
                        join(&mut field, &chunk[at..quote]);
                        at = quote + 1;
                        break;
                    }
                }
                let stop = end_of_field(at);
                join(&mut field, &chunk[at..stop]);
                at = stop;
            } else {
                let stop = end_of_field(at);
                field = Cow::Borrowed(&chunk[at..stop]);
                at = stop;
            }
            fields.push(field);
            match chunk.get(at) {
                Some(&b) if b == delimiter => at += 1,
                Some(_) => {
                    // \n or \r; the \n of \r\n is skipped as a blank line.
                    at += 1;
                    break;
                }
                None => break,
            }
        }
        // A NUL byte is a NUL character in UTF-8 and GB18030 alike.
        if has_nul && memchr::memchr(0, &chunk[record_start..at]).is_some() {
            parsed.binary = true;
            break;
        }
        let mut cells = Vec::with_capacity(fields.len());
        for field in &fields {
            let range_in_chunk = || {
                let Cow::Borrowed(bytes) = field else {
                    return None;
                };
                let start = bytes.as_ptr() as usize - chunk.as_ptr() as usize;
                Some(start..start + bytes.len())
            };
            let within_chunk = || chunk_text?.get(range_in_chunk()?);
            if let Some(text) = &shared
                && let Some(range) = range_in_chunk()
            {
                cells.push(RawCell::shared(text, range));
                continue;
            }
            let text = match encoding {
                FieldEncoding::Utf8 if let Some(text) = within_chunk() => text.to_string(),
                FieldEncoding::Utf8 => match simdutf8::basic::from_utf8(field) {
                    Ok(t) => t.to_string(),
                    Err(_) => {
                        parsed.fell_back = true;
                        GB18030.decode_without_bom_handling(field).0.into_owned()
                    }
                },
                FieldEncoding::Gb18030 => GB18030.decode_without_bom_handling(field).0.into_owned(),
            };
            cells.push(RawCell::text(text));
        }
        parsed.records.push(cells);
    }
    parsed.chunk = chunk_bytes;
    parsed.shared = shared;
    parsed
}

/// Adds a piece to a field's bytes: the first piece is borrowed, later ones make it owned.
fn join<'c>(field: &mut Cow<'c, [u8]>, piece: &'c [u8]) {
    if field.is_empty() {
        *field = Cow::Borrowed(piece);
    } else if !piece.is_empty() {
        field.to_mut().extend_from_slice(piece);
    }
}

/// Cuts a delimited file into chunks that end where a record ends, as csv-core reads it: a line
/// end outside quotes. A quote opens a quoted field only as a field's first byte, and inside one
/// `""` is a quote; after the closing quote the field goes on unquoted (csv-core's rules, so
/// every chunk parses to the records a reading of the whole file gives).
struct RecordChunks<R> {
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
    fn new(input: R, delimiter: u8, chunk_bytes: usize) -> Self {
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
    fn give_back(&mut self, chunk: Vec<u8>) {
        if self.spare.len() < CHUNKS_IN_FLIGHT && chunk.capacity() > 0 {
            self.spare.push(chunk);
        }
    }

    /// A chunk whose text its cells share.
    fn lend(&mut self, chunk: Arc<String>) {
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
    fn at_end(&self) -> bool {
        self.eof && self.buf.is_empty()
    }

    fn next_chunk(&mut self) -> std::io::Result<Option<Vec<u8>>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_gbk_and_utf8() {
        let (gbk, _, _) = GB18030.encode("事项名称,受理条件");
        let d = decode(&gbk, "x.csv").unwrap();
        assert_eq!(d.text, "事项名称,受理条件");
        assert!(d.guessed);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend("事项名称".as_bytes());
        let d = decode(&bom, "x.csv").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.guessed),
            ("事项名称", "UTF-8", false)
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("名称".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16, "x.csv").unwrap().text, "名称");
        assert!(decode(b"PK\x03\x04\0\0\0", "x.csv").is_err());
    }

    #[test]
    fn sniffs_delimiters() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n", "csv"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n", "csv"), b'\t');
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n", "csv"), b';');
        assert_eq!(sniff_delimiter("a,b\n", "tsv"), b'\t');
    }

    #[test]
    fn sniffs_only_the_lines_it_needs() {
        // 30 lines: blank ones (one of ideographic spaces) do not count toward the 20.
        let mut text = String::from("\n\u{3000}\n  \r\n");
        for n in 0..30 {
            text.push_str(&format!("{n};b,c;d\r\n"));
        }
        let sniffed = sniff_lines(text.as_bytes(), String::from_utf8_lossy);
        assert!(text.starts_with(&sniffed));
        assert_eq!(sniffed.lines().filter(|l| !l.trim().is_empty()).count(), 20);
        assert_eq!(sniffed.lines().count(), 23);
        assert_eq!(
            sniff_delimiter(&sniffed, "csv"),
            sniff_delimiter(&text, "csv")
        );
        // Fewer lines than that: all of them.
        assert_eq!(
            sniff_lines(b"a,b\n1,2", String::from_utf8_lossy),
            "a,b\n1,2"
        );
        // GB18030, decoded line by line as a whole.
        let (gbk, _, _) = GB18030.encode("事项,材料\n低保,身份证\n");
        let decoded = sniff_lines(&gbk, |b| GB18030.decode_without_bom_handling(b).0);
        assert_eq!(decoded, "事项,材料\n低保,身份证\n");
    }

    /// Rows as a sink receives them.
    #[derive(Default)]
    struct Rows {
        rows: Vec<(u32, Vec<String>)>,
        /// Whether the sink takes cells that share their chunk's text.
        share: bool,
        shared_cells: usize,
    }

    impl RowSink for Rows {
        fn display(&self) -> &str {
            "t.csv"
        }

        fn row(
            &mut self,
            row: u32,
            cells: &mut Vec<RawCell>,
        ) -> Result<std::ops::ControlFlow<()>, Error> {
            self.shared_cells += cells.iter().filter(|c| c.is_shared()).count();
            self.rows
                .push((row, cells.iter().map(|c| c.as_str().to_string()).collect()));
            Ok(std::ops::ControlFlow::Continue(()))
        }

        fn shares_text(&self) -> bool {
            self.share
        }
    }

    /// The records the csv crate reads from the whole input at once.
    fn whole(input: &[u8]) -> Vec<(u32, Vec<String>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(input);
        reader
            .byte_records()
            .enumerate()
            .map(|(n, r)| {
                let r = r.unwrap();
                let fields = r
                    .iter()
                    .map(|f| String::from_utf8(f.to_vec()).unwrap())
                    .collect();
                (n as u32, fields)
            })
            .collect()
    }

    /// The records read in chunks, with cells of their own and with cells sharing their chunk's
    /// text, which must be the same.
    fn chunked(input: &[u8], chunk_bytes: usize) -> Vec<(u32, Vec<String>)> {
        let read = |share: bool| {
            let mut rows = Rows {
                share,
                ..Rows::default()
            };
            read_records_in(
                input,
                b',',
                FieldEncoding::Utf8,
                "t.csv",
                &mut rows,
                chunk_bytes,
            )
            .unwrap();
            rows
        };
        let owned = read(false);
        let shared = read(true);
        assert_eq!(owned.shared_cells, 0);
        assert_eq!(shared.rows, owned.rows, "shared cells read differently");
        owned.rows
    }

    #[test]
    fn chunks_end_where_csv_records_end() {
        let inputs: &[&[u8]] = &[
            b"",
            b"a,b\n1,2\n",
            b"a,b\r\n1,2\r\n3,4",
            b"a,b\r1,2\r3,4\r",
            b"\"x\ny\",z\n\"q\"\"\n\"\"\",w\n",
            b"\"abc\"def,\"\n\"\n",
            b"ab\"c,d\"e\nf,\"g\n\n\nh\"\n",
            b",,\n\n\n,\n\"\"\n\"",
            b"a,\"b\"c\"d\",e\n\"abc",
            b"\"\",\"\"\n,\n\"\"\"a\"\r\n\"x\"\"\"",
            b"\r\n\r\n,\r\n\"\r\"\r",
            b"\"\"\"\n",
            // What proptest shrank broken scanners' and parsers' failures to (with the line above).
            b"a,\"\"\"\n\r,,\n,a\ra,",
            "事项名称,申请材料\n低保,\"1.身份证\n2.户口簿\"\r\n临时救助,\"申请书，\"\"一式两份\"\"\"\n"
                .as_bytes(),
        ];
        for input in inputs {
            let expected = whole(input);
            for chunk_bytes in 1..=input.len() + 1 {
                assert_eq!(
                    chunked(input, chunk_bytes),
                    expected,
                    "{:?} in chunks of {chunk_bytes}",
                    String::from_utf8_lossy(input)
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_csv_reads_the_same_in_chunks(
            input in "[a,\"\n\r中 ]{0,120}",
            chunk_bytes in 1usize..48,
        ) {
            proptest::prop_assert_eq!(chunked(input.as_bytes(), chunk_bytes), whole(input.as_bytes()));
        }
    }

    /// Several megabytes: chunks parsed on the worker threads, in flight together, come back in
    /// order.
    #[test]
    fn a_large_file_reads_in_order() {
        let mut input = String::from("序号,事项名称,申请材料\r\n");
        for n in 0..60_000 {
            input.push_str(&format!(
                "{n},事项{n},\"1.身份证；\r\n2.“证明”\"\"{n}\"\"，复印件\"\r\n"
            ));
        }
        assert!(input.len() > 3 * CHUNK_BYTES);
        let mut rows = Rows {
            share: true,
            ..Rows::default()
        };
        read_records(
            input.as_bytes(),
            b',',
            FieldEncoding::Utf8,
            "t.csv",
            &mut rows,
        )
        .unwrap();
        assert_eq!(rows.rows, whole(input.as_bytes()));
        // Only the materials, quoted with "" inside, need strings of their own.
        assert_eq!(rows.shared_cells, 2 * 60_000 + 3);
        assert_eq!(rows.rows.len(), 60_001);
    }
}
