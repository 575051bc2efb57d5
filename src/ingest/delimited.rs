//! CSV and TSV: encoding detection (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030) and
//! delimiter sniffing.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::sheet::{RawCell, RowSink};
use crate::error::Error;

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
        .take(20)
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
/// The file is streamed record by record (a large CSV is never held in memory whole): the first
/// megabyte decides the encoding and the delimiter, then fields are decoded one by one. CSV
/// parsing on GB18030 bytes is safe for `,` `;` and tab, which never occur inside a multi-byte
/// character; UTF-16 and `|`-delimited GB18030 files are decoded whole first.
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
        None => match std::str::from_utf8(&head) {
            Ok(_) => (Some(FieldEncoding::Utf8), 0),
            // Cut inside a character at the sniff boundary: still UTF-8.
            Err(e) if !complete && e.error_len().is_none() => (Some(FieldEncoding::Utf8), 0),
            Err(_) => (Some(FieldEncoding::Gb18030), 0),
        },
    };
    let sniff_text = match encoding {
        Some(FieldEncoding::Utf8) => String::from_utf8_lossy(&head[bom_len..]).into_owned(),
        Some(FieldEncoding::Gb18030) => GB18030.decode_without_bom_handling(&head).0.into_owned(),
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

/// Parses records and hands them to `sink`. Returns whether some field had to be decoded as
/// GB18030 although the file looked like UTF-8.
fn read_records(
    input: impl std::io::Read,
    delimiter: u8,
    encoding: FieldEncoding,
    display: &str,
    sink: &mut dyn RowSink,
) -> Result<bool, Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    let mut cells: Vec<RawCell> = Vec::new();
    let mut row: u32 = 0;
    let mut fell_back = false;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(Error::Unreadable {
                    file: display.to_string(),
                    sheet: None,
                    cell: Some(format!("第{}行", row + 1)),
                    message: format!("CSV 格式有误：{e}"),
                    help: Some("检查引号是否成对".into()),
                });
            }
        }
        cells.clear();
        for field in record.iter() {
            let text = match encoding {
                FieldEncoding::Utf8 => match simdutf8::basic::from_utf8(field) {
                    Ok(t) => t.to_string(),
                    Err(_) => {
                        fell_back = true;
                        GB18030.decode_without_bom_handling(field).0.into_owned()
                    }
                },
                FieldEncoding::Gb18030 => GB18030.decode_without_bom_handling(field).0.into_owned(),
            };
            if text.contains('\0') {
                return Err(Error::Unreadable {
                    file: display.to_string(),
                    sheet: None,
                    cell: Some(format!("第{}行", row + 1)),
                    message: "文件含有二进制内容，不是文本格式的 CSV".to_string(),
                    help: None,
                });
            }
            cells.push(RawCell::text(text));
        }
        if sink.row(row, &mut cells)?.is_break() {
            break;
        }
        row += 1;
    }
    Ok(fell_back)
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
}
