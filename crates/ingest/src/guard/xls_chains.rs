//! The sector chains of an xls file (a compound file: a small file system of fixed-size sectors,
//! each stream a chain of sectors linked through an allocation table), checked before calamine
//! follows them. calamine reads a chain until it ends or holds the stream's length, and the
//! directory chain until it ends, so a damaged table that links a chain back into itself makes it
//! read the same sectors forever: a 6 KB file took 16 GB of memory before the system killed
//! svcat. A chain that comes back to a sector it has visited is refused here instead.
//!
//! The layout is read the way calamine reads it (header, DIFAT, FAT, directory, mini FAT), so
//! anything this check does not follow is what calamine does not follow either; whatever else is
//! wrong with the file (a bad signature, a sector past the end) is left for calamine to report.

use std::path::Path;

use svcat_core::error::Error;

const SIGNATURE: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// Sector numbers from here on are markers (DIFAT sector, FAT sector, end of chain, free).
const RESERVED: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;
const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
/// Streams shorter than this live in the mini stream, in 64-byte mini sectors.
const MINI_CUTOFF: usize = 4096;
const MINI_SECTOR: usize = 64;

/// Refuses an xls file that would make calamine loop or allocate without bound: a sector chain
/// that loops back on itself, or a sheet larger than the format allows ([`super::xls_sheet_size`]).
pub fn check_xls(path: &Path, display: &str) -> Result<(), Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(display, e))?;
    let damaged = |what: String| Err(Error::unreadable(display, None, what));
    let Some(file) = Compound::open(&bytes) else {
        return Ok(());
    };
    if let Some(what) = file.looping_chain() {
        return damaged(format!(
            "文件已损坏：{what}的扇区链首尾相接、循环往复，无法读取"
        ));
    }
    let stream = file.stream("Workbook").or_else(|| file.stream("Book"));
    match stream.and_then(|stream| super::xls_sheet_size::oversized_sheet(&stream)) {
        Some(what) => damaged(format!("文件已损坏：{what}，超出 xls 格式的上限，无法读取")),
        None => Ok(()),
    }
}

/// The chain that loops ("目录", "数据流“Workbook”" …), if one does.
#[cfg(test)]
fn looping_chain(bytes: &[u8]) -> Option<String> {
    Compound::open(bytes)?.looping_chain()
}

/// What the check needs of a compound file.
struct Compound<'b> {
    /// The sectors, from sector 0 (after the header).
    sectors: &'b [u8],
    sector_size: usize,
    fat: Vec<u32>,
    dir_start: u32,
    mini_fat_start: u32,
    mini_fat_len: usize,
}

impl<'b> Compound<'b> {
    /// None when the header is not one calamine reads (it reports that itself).
    fn open(bytes: &'b [u8]) -> Option<Compound<'b>> {
        let header = bytes.get(..512)?;
        if header[..8] != SIGNATURE[..] {
            return None;
        }
        let sector_size = match u16::from_le_bytes([header[30], header[31]]) {
            0x09 => 512,
            0x0C => 4096,
            _ => return None,
        };
        // A 4096-byte sector size makes the header a whole sector.
        let sectors = bytes.get(sector_size..).unwrap_or_default();
        let mut file = Compound {
            sectors,
            sector_size,
            fat: Vec::new(),
            dir_start: word(header, 48),
            mini_fat_start: word(header, 60),
            mini_fat_len: word(header, 64) as usize,
        };
        // The DIFAT: 109 FAT sector numbers in the header, then a chain of sectors holding more,
        // the last number of each naming the next (calamine bounds this chain itself).
        let mut difat: Vec<u32> = words(&header[76..512]).collect();
        let mut next = word(header, 68);
        let most = sectors.len() / sector_size + 1;
        let mut read = 0;
        while next < RESERVED {
            read += 1;
            if read > most {
                return None;
            }
            difat.extend(words(file.sector(next)?));
            next = difat.pop()?;
        }
        for id in difat.into_iter().filter(|id| *id < DIFSECT) {
            file.fat.extend(words(file.sector(id)?));
        }
        Some(file)
    }

    /// The chain that loops ("目录", "迷你流", "数据流“Workbook”" …), if one does.
    fn looping_chain(&self) -> Option<String> {
        let Ok(entries) = self.entries() else {
            return Some("目录".to_string());
        };
        let root = entries.first()?;
        let (_, mini_fat) = match self.mini(root) {
            Ok(mini) => mini,
            Err(what) => return Some(what.to_string()),
        };
        for entry in &entries[1..] {
            let walked = if entry.len < MINI_CUTOFF {
                self.chain(entry.start, &mini_fat, entry.len, MINI_SECTOR)
            } else {
                self.chain(entry.start, &self.fat, entry.len, self.sector_size)
            };
            if walked.is_err() {
                return Some(format!("数据流“{}”", entry.name));
            }
        }
        None
    }

    /// The directory's entries, or Err when its chain loops.
    fn entries(&self) -> Result<Vec<Entry>, ()> {
        let directory = self.walk(self.dir_start, &self.fat, usize::MAX, self.sector_size)?;
        Ok(directory
            .chunks_exact(128)
            .map(|raw| Entry::read(raw, self.sector_size))
            .collect())
    }

    /// The mini stream (the root entry's chain) and the mini FAT, both empty when the file has no
    /// mini FAT (as calamine reads them), or which of the two loops.
    fn mini(&self, root: &Entry) -> Result<(Vec<u8>, Vec<u32>), &'static str> {
        if self.mini_fat_len == 0 {
            return Ok((Vec::new(), Vec::new()));
        }
        let stream = self
            .walk(root.start, &self.fat, root.len, self.sector_size)
            .map_err(|()| "迷你流")?;
        let needed = self.mini_fat_len.saturating_mul(self.sector_size);
        let table = self
            .walk(self.mini_fat_start, &self.fat, needed, self.sector_size)
            .map_err(|()| "迷你分配表")?;
        Ok((stream, words(&table).collect()))
    }

    /// A sector's bytes; at the end of a truncated file, the part that is there (calamine reads
    /// that much too), and None past it.
    fn sector(&self, id: u32) -> Option<&'b [u8]> {
        let start = (id as usize).checked_mul(self.sector_size)?;
        let end = start
            .saturating_add(self.sector_size)
            .min(self.sectors.len());
        self.sectors
            .get(start..end)
            .filter(|bytes| !bytes.is_empty())
    }

    /// A stream's bytes by name (ASCII case ignored, as calamine finds it), through the FAT or,
    /// under 4096 bytes, the mini stream; None when it is not there or cannot be read whole.
    fn stream(&self, name: &str) -> Option<Vec<u8>> {
        let entries = self.entries().ok()?;
        let entry = entries
            .iter()
            .find(|e| e.name.as_bytes().eq_ignore_ascii_case(name.as_bytes()))?;
        if entry.len >= MINI_CUTOFF {
            return self
                .walk(entry.start, &self.fat, entry.len, self.sector_size)
                .ok();
        }
        let (mini_stream, mini_fat) = self.mini(entries.first()?).ok()?;
        let mut bytes = Vec::new();
        for id in self
            .chain(entry.start, &mini_fat, entry.len, MINI_SECTOR)
            .ok()?
        {
            let start = (id as usize).saturating_mul(MINI_SECTOR);
            bytes.extend_from_slice(mini_stream.get(start..start + MINI_SECTOR)?);
        }
        bytes.truncate(entry.len);
        Some(bytes)
    }

    /// The bytes of a chain of sectors as calamine gathers them (until the chain ends or holds
    /// `len` bytes), or Err when it comes back to a sector it has passed.
    fn walk(&self, start: u32, table: &[u32], len: usize, unit: usize) -> Result<Vec<u8>, ()> {
        let mut bytes = Vec::new();
        for id in self.chain(start, table, len, unit)? {
            match self.sector(id) {
                Some(sector) => bytes.extend_from_slice(sector),
                None => break,
            }
        }
        bytes.truncate(len);
        Ok(bytes)
    }

    /// The sector numbers of a chain, up to the end of the chain, `len` bytes of `unit`-byte
    /// sectors, or a number outside the table (where calamine stops with an error).
    fn chain(&self, start: u32, table: &[u32], len: usize, unit: usize) -> Result<Vec<u32>, ()> {
        let mut visited = vec![false; table.len()];
        let mut ids = Vec::new();
        let mut id = start;
        while id != ENDOFCHAIN && ids.len().saturating_mul(unit) < len {
            let Some(seen) = visited.get_mut(id as usize) else {
                break;
            };
            if *seen {
                return Err(());
            }
            *seen = true;
            ids.push(id);
            id = table[id as usize];
        }
        Ok(ids)
    }
}

/// One directory entry: a stream's name, first sector and length.
struct Entry {
    name: String,
    start: u32,
    len: usize,
}

impl Entry {
    fn read(raw: &[u8], sector_size: usize) -> Entry {
        let units: Vec<u16> = raw[..64]
            .chunks_exact(2)
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
            .take_while(|&unit| unit != 0)
            .collect();
        let len = if sector_size == 512 {
            word(raw, 120) as usize
        } else {
            let low = u64::from(word(raw, 120));
            let high = u64::from(word(raw, 124));
            usize::try_from(high << 32 | low).unwrap_or(usize::MAX)
        };
        Entry {
            name: String::from_utf16_lossy(&units),
            start: word(raw, 116),
            len,
        }
    }
}

fn word(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

fn words(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn legacy() -> Vec<u8> {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        std::fs::read(root.join("tests/fixtures/ingest/legacy.xls")).unwrap()
    }

    /// Where the FAT entry of `sector` sits in the file.
    fn fat_entry(bytes: &[u8], sector: u32) -> usize {
        let file = Compound::open(bytes).unwrap();
        let per_sector = file.sector_size / 4;
        let fat_sector = word(&bytes[76..], 0) as usize;
        assert!((sector as usize) < per_sector, "in the first FAT sector");
        file.sector_size + fat_sector * file.sector_size + sector as usize * 4
    }

    #[test]
    fn every_shipped_xls_passes() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        for path in [
            "tests/fixtures/ingest/legacy.xls",
            "catalogs/sample-town/04残疾人联合会.xls",
        ] {
            let bytes = std::fs::read(root.join(path)).unwrap();
            assert!(Compound::open(&bytes).is_some(), "{path}");
            assert_eq!(looping_chain(&bytes), None, "{path}");
            // And no sheet claims more than the format holds (`xls_sheet_size`).
            assert!(check_xls(&root.join(path), path).is_ok(), "{path}");
        }
    }

    #[test]
    fn a_directory_chain_that_loops_is_found() {
        let mut bytes = legacy();
        let dir_start = word(&bytes, 48);
        let at = fat_entry(&bytes, dir_start);
        bytes[at..at + 4].copy_from_slice(&dir_start.to_le_bytes());
        assert_eq!(looping_chain(&bytes).as_deref(), Some("目录"));
    }

    #[test]
    fn a_stream_chain_that_loops_is_found() {
        let mut bytes = legacy();
        let file = Compound::open(&bytes).unwrap();
        let workbook = file
            .entries()
            .unwrap()
            .into_iter()
            .find(|e| e.name == "Workbook" && e.len >= MINI_CUTOFF)
            .expect("a Workbook stream in the FAT");
        // Its second sector leads back to its first.
        let second = file.fat[workbook.start as usize];
        let at = fat_entry(&bytes, second);
        bytes[at..at + 4].copy_from_slice(&workbook.start.to_le_bytes());
        assert_eq!(looping_chain(&bytes).as_deref(), Some("数据流“Workbook”"));
    }

    /// Cut before the directory's sector, the file still has the FAT entry that loops; calamine
    /// then reads empty sectors forever (found by fuzzing).
    #[test]
    fn a_loop_past_the_end_of_a_truncated_file_is_found() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let bytes =
            std::fs::read(root.join("tests/fixtures/ingest/bad/looping-chain.xls")).unwrap();
        let dir_sector = 512 + word(&bytes, 48) as usize * 512;
        for cut in [dir_sector - 460, dir_sector, dir_sector + 100] {
            assert_eq!(
                looping_chain(&bytes[..cut]).as_deref(),
                Some("目录"),
                "{cut}"
            );
        }
    }

    #[test]
    fn damage_it_does_not_follow_is_left_to_calamine() {
        let bytes = legacy();
        assert_eq!(looping_chain(&bytes[..300]), None);
        assert_eq!(looping_chain(b"not a compound file at all"), None);
        let mut wrong_shift = bytes.clone();
        wrong_shift[30] = 7;
        assert_eq!(looping_chain(&wrong_shift), None);
    }
}
