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
