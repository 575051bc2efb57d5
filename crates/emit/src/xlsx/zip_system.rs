//! Workbooks byte for byte the same on Windows as on Linux. A zip's central directory says, for
//! each entry, which system made it; the zip crate writes "Unix" when built for Linux and "DOS"
//! when built for Windows, and the workbook library gives no way to choose. svcat's outputs are
//! the same on every system, so after a workbook is written its entries are marked as made on
//! Unix, as the Linux build writes them (the entries' permission bits are Unix ones either way).
//! Only that one byte of each central directory header changes; nothing is done to a file that
//! is not a well-formed zip.

use std::io::{Read, Seek, SeekFrom, Write};

use zip::System;

const EOCD_SIGNATURE: u32 = 0x0605_4b50;
const EOCD_LEN: u64 = 22;
const ZIP64_LOCATOR_SIGNATURE: u32 = 0x0706_4b50;
const ZIP64_EOCD_SIGNATURE: u32 = 0x0606_4b50;
const CENTRAL_HEADER_SIGNATURE: u32 = 0x0201_4b50;
const CENTRAL_HEADER_LEN: usize = 46;
/// A workbook's central directory is about 100 bytes an entry; more than this is not one of ours.
const MAX_DIRECTORY: u64 = 64 << 20;

/// Marks every entry of the zip in `file` that says it was made on DOS as made on Unix. The
/// Linux build writes Unix already, so there it changes nothing.
pub fn mark_made_on_unix<F: Read + Write + Seek>(file: &mut F) -> std::io::Result<()> {
    let Some((offset, size)) = central_directory(file)? else {
        return Ok(());
    };
    if size > MAX_DIRECTORY {
        return Ok(());
    }
    let mut directory = vec![0u8; size as usize];
    file.seek(SeekFrom::Start(offset))?;
    file.read_exact(&mut directory)?;
    let mut changed = false;
    let mut at = 0;
    while at + CENTRAL_HEADER_LEN <= directory.len()
        && le32(&directory[at..]) == CENTRAL_HEADER_SIGNATURE
    {
        // "Version made by": the spec version in its low byte, the system in its high one.
        if directory[at + 5] == System::Dos as u8 {
            directory[at + 5] = System::Unix as u8;
            changed = true;
        }
        let name = le16(&directory[at + 28..]) as usize;
        let extra = le16(&directory[at + 30..]) as usize;
        let comment = le16(&directory[at + 32..]) as usize;
        at += CENTRAL_HEADER_LEN + name + extra + comment;
    }
    if changed {
        file.seek(SeekFrom::Start(offset))?;
        file.write_all(&directory)?;
    }
    file.seek(SeekFrom::End(0))?;
    Ok(())
}

/// The same for a workbook in memory.
pub fn mark_bytes_made_on_unix(bytes: &mut Vec<u8>) {
    // A cursor over memory cannot fail to read or write what is there.
    let _ = mark_made_on_unix(&mut std::io::Cursor::new(bytes));
}

/// Where the central directory is and how long, from the end-of-central-directory record (and its
/// Zip64 form when the record says so); None when the file does not end like a zip.
fn central_directory<F: Read + Seek>(file: &mut F) -> std::io::Result<Option<(u64, u64)>> {
    let len = file.seek(SeekFrom::End(0))?;
    // The record is 22 bytes and a comment of up to 65,535.
    let tail_len = len.min(EOCD_LEN + 0xFFFF);
    let mut tail = vec![0u8; tail_len as usize];
    file.seek(SeekFrom::Start(len - tail_len))?;
    file.read_exact(&mut tail)?;
    if tail.len() < EOCD_LEN as usize {
        return Ok(None);
    }
    // The record is the one whose comment ends the file (the signature may occur in a comment).
    let Some(at) = (0..=tail.len() - EOCD_LEN as usize).rev().find(|&i| {
        le32(&tail[i..]) == EOCD_SIGNATURE
            && i + EOCD_LEN as usize + le16(&tail[i + 20..]) as usize == tail.len()
    }) else {
        return Ok(None);
    };
    let record = &tail[at..];
    let size = u64::from(le32(&record[12..]));
    let offset = u64::from(le32(&record[16..]));
    if size != 0xFFFF_FFFF && offset != 0xFFFF_FFFF {
        return Ok((offset + size <= len).then_some((offset, size)));
    }
    // Zip64: a 20-byte locator just before the record gives the Zip64 record's place.
    let record_at = len - tail_len + at as u64;
    if record_at < 20 {
        return Ok(None);
    }
    let mut locator = [0u8; 20];
    file.seek(SeekFrom::Start(record_at - 20))?;
    file.read_exact(&mut locator)?;
    if le32(&locator) != ZIP64_LOCATOR_SIGNATURE {
        return Ok(None);
    }
    let zip64_at = le64(&locator[8..]);
    if zip64_at.checked_add(56).is_none_or(|end| end > len) {
        return Ok(None);
    }
    let mut zip64 = [0u8; 56];
    file.seek(SeekFrom::Start(zip64_at))?;
    file.read_exact(&mut zip64)?;
    if le32(&zip64) != ZIP64_EOCD_SIGNATURE {
        return Ok(None);
    }
    let size = le64(&zip64[40..]);
    let offset = le64(&zip64[48..]);
    Ok(offset
        .checked_add(size)
        .is_some_and(|end| end <= len)
        .then_some((offset, size)))
}

fn le16(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0], b[1]])
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

fn le64(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().expect("eight bytes"))
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use zip::write::SimpleFileOptions;

    use super::*;

    fn zip_made_on(system: System, large: bool, comment: &str) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        out.set_comment(comment).unwrap();
        for name in ["[Content_Types].xml", "xl/workbook.xml", "xl/目录.xml"] {
            let options = SimpleFileOptions::default()
                .system(system)
                .unix_permissions(0o600)
                .large_file(large)
                .last_modified_time(zip::DateTime::default());
            out.start_file(name, options).unwrap();
            out.write_all(name.repeat(50).as_bytes()).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn a_zip_made_on_dos_becomes_the_zip_made_on_unix() {
        for large in [false, true] {
            for comment in ["", "PK\x05\x06 in a comment"] {
                let mut dos = zip_made_on(System::Dos, large, comment);
                let unix = zip_made_on(System::Unix, large, comment);
                assert_ne!(dos, unix);
                mark_bytes_made_on_unix(&mut dos);
                assert_eq!(dos, unix, "large {large}, comment {comment:?}");
                let mut archive = zip::ZipArchive::new(Cursor::new(dos)).unwrap();
                assert_eq!(archive.by_index(2).unwrap().name().unwrap(), "xl/目录.xml");
            }
        }
    }

    #[test]
    fn a_zip_made_on_unix_and_what_is_not_a_zip_are_left_alone() {
        let unix = zip_made_on(System::Unix, false, "");
        let mut same = unix.clone();
        mark_bytes_made_on_unix(&mut same);
        assert_eq!(same, unix);
        for junk in [
            Vec::new(),
            b"PK\x05\x06".to_vec(),
            b"not a zip at all".repeat(100),
            unix[..unix.len() - 5].to_vec(),
            unix[unix.len() - 30..].to_vec(),
        ] {
            let mut copy = junk.clone();
            mark_bytes_made_on_unix(&mut copy);
            assert_eq!(copy, junk);
        }
    }

    #[test]
    fn a_file_on_disk_is_marked_in_place() {
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&zip_made_on(System::Dos, false, ""))
            .unwrap();
        mark_made_on_unix(&mut file).unwrap();
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0)).unwrap();
        file.read_to_end(&mut bytes).unwrap();
        assert_eq!(bytes, zip_made_on(System::Unix, false, ""));
    }
}
