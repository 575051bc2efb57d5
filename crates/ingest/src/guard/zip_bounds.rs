//! Zip archives (xlsx, ods) that would inflate beyond a sane size, refused before calamine inflates
//! anything: the archive's directory says how large each entry inflates, a zip bomb included.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use svcat_core::error::Error;

/// Inflated size beyond which a zip-based workbook is refused: department sheets are a few MB,
/// and a 100k-item catalog inflates to a few hundred MB.
const MAX_INFLATED_BYTES: u64 = 4 << 30;
/// Compression ratio that, on a large entry, marks a zip bomb rather than repetitive XML.
const MAX_RATIO: u64 = 1000;

/// Refuses zip archives that would inflate beyond a sane size (zip bombs), before calamine
/// inflates anything.
pub fn check_zip_bounds(path: &Path, display: &str) -> Result<(), Error> {
    let file = File::open(path).map_err(|e| Error::io(display, e))?;
    let mut archive = match zip::ZipArchive::new(BufReader::new(file)) {
        Ok(a) => a,
        // Not a zip at all: let calamine say what is wrong in its terms.
        Err(_) => return Ok(()),
    };
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            continue;
        };
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        total = total.saturating_add(size);
        if size > (256 << 20) && size / packed > MAX_RATIO {
            return Err(Error::unreadable(
                display,
                None,
                format!(
                    "压缩包内的 {} 解压后达 {} MB，压缩比异常（疑似压缩炸弹），已拒绝读取",
                    entry.name().unwrap_or_default(),
                    size >> 20
                ),
            ));
        }
    }
    if total > MAX_INFLATED_BYTES {
        return Err(Error::unreadable(
            display,
            None,
            format!(
                "文件解压后达 {} MB，超出上限 {} MB，已拒绝读取",
                total >> 20,
                MAX_INFLATED_BYTES >> 20
            ),
        ));
    }
    Ok(())
}
