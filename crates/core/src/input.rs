//! Bounded reads of input files.

use std::path::Path;

/// Reads a regular file of at most `cap` bytes. A device, pipe or directory is refused before it
/// is opened (`/dev/zero` would never end, a FIFO would wait forever).
pub fn read_regular_file(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Error as IoError, ErrorKind, Read};
    let regular = |m: &std::fs::Metadata| {
        if !m.is_file() {
            return Err(IoError::new(
                ErrorKind::InvalidInput,
                "不是普通文件（设备、管道或目录不会被读取）",
            ));
        }
        if m.len() > cap {
            return Err(IoError::new(
                ErrorKind::InvalidInput,
                format!("文件超过 {} MiB 的上限", cap >> 20),
            ));
        }
        Ok(())
    };
    regular(&std::fs::metadata(path)?)?;
    let file = std::fs::File::open(path)?;
    regular(&file.metadata()?)?;
    // Some files (under /proc) say they are empty and are not: the cap holds while reading too.
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(IoError::new(
            ErrorKind::InvalidInput,
            format!("文件超过 {} MiB 的上限", cap >> 20),
        ));
    }
    Ok(bytes)
}

/// The path that names standard input (or output), as most command-line tools take it.
pub fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// What a file read from standard input is, by its first bytes (it has no name to tell):
/// "xlsx", "ods", "xls", "json" or, for anything else, "csv" (the delimiter is sniffed as for
/// any csv).
pub fn sniff_format(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"PK\x03\x04") {
        // An OpenDocument file opens with its uncompressed `mimetype` entry.
        let head = &bytes[..bytes.len().min(100)];
        if head
            .windows(b"opendocument.spreadsheet".len())
            .any(|w| w == b"opendocument.spreadsheet")
        {
            return "ods";
        }
        return "xlsx";
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return "xls";
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => "json",
        _ => "csv",
    }
}

/// Standard input, at most `cap` bytes: a pipe may never end (`yes | svcat check -`).
pub fn read_stdin(cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(cap + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("标准输入超过 {} MiB 的上限", cap >> 20),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::sniff_format;

    #[test]
    fn formats_are_told_by_their_first_bytes() {
        assert_eq!(sniff_format(b"PK\x03\x04\x14\x00rest"), "xlsx");
        let mut ods = b"PK\x03\x04".to_vec();
        ods.extend([0u8; 26]);
        ods.extend(b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
        assert_eq!(sniff_format(&ods), "ods");
        assert_eq!(
            sniff_format(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            "xls"
        );
        assert_eq!(sniff_format(b"\xEF\xBB\xBF \n{\"svcat\":"), "json");
        assert_eq!(sniff_format("事项名称,事项编码\n".as_bytes()), "csv");
        assert_eq!(sniff_format(b""), "csv");
    }
}
