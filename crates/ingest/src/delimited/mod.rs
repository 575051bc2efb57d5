//! CSV and TSV: encoding detection (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030) and
//! delimiter sniffing.
//!
//! `read_delimited` decides a file's encoding (`decode`) and delimiter (`sniff`) from its first
//! megabyte, then streams it (`records`): chunks cut at record ends (`chunks`) are parsed into
//! cells on the worker threads (`cells`), and the rows come to the sink in file order.

mod cells;
mod chunks;
mod decode;
mod records;
mod sniff;

use std::path::Path;

use encoding_rs::{Encoding, GB18030, UTF_8};

use crate::sheet::RowSink;
use records::read_records;
pub use sniff::sniff_delimiter;
use sniff::sniff_lines;
use svcat_core::error::Error;

use decode::looks_binary;
pub use decode::{Decoded, decode};

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
