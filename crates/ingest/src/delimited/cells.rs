//! A chunk's records parsed into cells, on a worker thread.

use std::borrow::Cow;
use std::sync::Arc;

use encoding_rs::GB18030;

use super::FieldEncoding;
use crate::sheet::RawCell;

/// A chunk's records as cells.
pub(super) struct ParsedChunk {
    pub(super) records: Vec<Vec<RawCell>>,
    /// The chunk's bytes, back for the reader to read the next chunk into (empty when the cells
    /// share them).
    pub(super) chunk: Vec<u8>,
    /// The chunk's text, when the cells share it: the reader reads into it again once they are
    /// all gone.
    pub(super) shared: Option<Arc<String>>,
    pub(super) fell_back: bool,
    /// The record after the last of `records` has a NUL byte: the file is binary.
    pub(super) binary: bool,
}

/// Parses a chunk's records into cells, as csv-core reads them with the settings this module
/// always had (a quote opens a quoted field only as its first byte, `""` inside one is a quote,
/// bytes after the closing quote go on unquoted, `\n`, `\r` and `\r\n` end a record, blank lines
/// are skipped; tested against the csv crate). Written with memchr rather than csv-core's byte
/// by byte machine: an unquoted field is found with one search and copied once.
///
/// With `share`, the cells of a valid UTF-8 chunk are slices of it ([`RawCell::shared`]); the
/// chunk's buffer then goes with them.
pub(super) fn parse_chunk(
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
