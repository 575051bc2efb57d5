//! The sheet sizes an xls workbook stream (BIFF records) claims, checked before calamine reads
//! it. calamine makes room for a sheet's whole grid at once: for the rows × columns its
//! DIMENSIONS record states, and for the box around every cell it holds. One damaged byte in a
//! column number makes that box 65,536 columns wide, and a 14 KB file asked for 57 GB and
//! aborted svcat. An xls sheet holds at most 65,536 rows × 256 columns; a sheet that claims more
//! is damaged.
//!
//! Records are read the way calamine reads them (type and length, the BoundSheet8 offsets of
//! the sheets, charts and other substreams nested in a sheet skipped), and only the records
//! calamine takes cells from are looked at. Anything this scan cannot follow is left for
//! calamine to report.

/// The cells an xls sheet can hold: 65,536 rows × 256 columns (IV65536).
const MAX_CELLS: usize = 65_536 * 256;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const BOUND_SHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const MUL_RK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
/// The records calamine reads one cell from, with the length below which it refuses them.
const CELL_RECORDS: [(u16, usize); 6] = [
    (0x0203, 14), // Number
    (0x0204, 6),  // Label
    (0x00D6, 6),  // RString
    (0x0205, 8),  // BoolErr
    (0x027E, 10), // RK
    (0x00FD, 10), // LabelSst
];

/// What in the stream claims too many cells ("工作表“民政办”的单元格范围（65,536 行 × 65,536
/// 列）"), if anything does.
pub fn oversized_sheet(stream: &[u8]) -> Option<String> {
    let mut sheets = Vec::new();
    for (typ, data) in records(stream) {
        match typ {
            BOUND_SHEET if data.len() >= 6 => {
                sheets.push((word(data, 0) as usize, sheet_name(&data[6..])));
            }
            EOF => break,
            _ => {}
        }
    }
    for (offset, name) in sheets {
        let sheet = stream.get(offset..)?;
        if let Some((rows, cols)) = oversized(sheet) {
            return Some(format!(
                "工作表“{name}”的单元格范围（{rows} 行 × {cols} 列）"
            ));
        }
    }
    None
}

/// The records of a stream: (type, data), as far as they are whole. A record's CONTINUE records
/// are records of their own here; none of them carries cells.
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = stream;
    std::iter::from_fn(move || {
        let typ = u16::from_le_bytes([*rest.first()?, *rest.get(1)?]);
        let len = usize::from(u16::from_le_bytes([*rest.get(2)?, *rest.get(3)?]));
        let data = rest.get(4..4 + len)?;
        rest = &rest[4 + len..];
        Some((typ, data))
    })
}

/// A sheet's name from its BoundSheet8 record, for the message (the name's length, a flags
/// byte, then Latin-1 or UTF-16 text).
fn sheet_name(data: &[u8]) -> String {
    let (Some(&len), Some(&flags)) = (data.first(), data.get(1)) else {
        return String::new();
    };
    let text = &data[2.min(data.len())..];
    if flags & 1 == 1 {
        let units: Vec<u16> = text
            .chunks_exact(2)
            .take(usize::from(len))
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        text.iter()
            .take(usize::from(len))
            .map(|&b| char::from(b))
            .collect()
    }
}

/// The rows and columns a sheet's substream claims, when they are more than an xls sheet holds.
fn oversized(sheet: &[u8]) -> Option<(u64, u64)> {
    let mut cells = Bounds::default();
    let mut seen_bof = false;
    let mut nested = 0usize;
    for (typ, data) in records(sheet) {
        if nested > 0 {
            match typ {
                BOF => nested += 1,
                EOF => nested -= 1,
                _ => {}
            }
            continue;
        }
        match typ {
            BOF if seen_bof => nested += 1,
            BOF => seen_bof = true,
            EOF => break,
            DIMENSIONS => {
                if let Some((rows, cols)) = dimensions(data)
                    && rows.saturating_mul(cols) > MAX_CELLS as u64
                {
                    return Some((rows, cols));
                }
            }
            MUL_RK if data.len() >= 6 => {
                let row = u16_at(data, 0);
                let first = u16_at(data, 2);
                let count = (data.len() - 6) / 6;
                cells.add(row, u32::from(first));
                if count > 0 {
                    cells.add(row, u32::from(first) + count as u32 - 1);
                }
            }
            FORMULA if data.len() >= 20 => cells.add(u16_at(data, 0), u32::from(u16_at(data, 2))),
            _ => {
                if let Some((_, min_len)) = CELL_RECORDS.iter().find(|(t, _)| *t == typ)
                    && data.len() >= *min_len
                {
                    cells.add(u16_at(data, 0), u32::from(u16_at(data, 2)));
                }
            }
        }
    }
    let (rows, cols) = cells.size()?;
    (rows.saturating_mul(cols) > MAX_CELLS as u64).then_some((rows, cols))
}

/// Rows × columns of a DIMENSIONS record, computed as calamine computes them (its first column
/// past 255, or past the last, counts as 0; a sheet without rows or columns is one cell).
fn dimensions(data: &[u8]) -> Option<(u64, u64)> {
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (
            u32::from(u16_at(data, 0)),
            u32::from(u16_at(data, 2)),
            u32::from(u16_at(data, 4)),
            u32::from(u16_at(data, 6)),
        ),
        14 | 16 => (
            word(data, 0),
            word(data, 4),
            u32::from(u16_at(data, 8)),
            u32::from(u16_at(data, 10)),
        ),
        _ => return None,
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    if last_row == 0 || last_col == 0 {
        return Some((1, 1));
    }
    // calamine subtracts without checking, so a first row past the last wraps around.
    let rows = (last_row - 1).wrapping_sub(first_row).wrapping_add(1);
    let cols = (last_col - 1).wrapping_sub(first_col).wrapping_add(1);
    Some((u64::from(rows), u64::from(cols)))
}

fn u16_at(data: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([data[at], data[at + 1]])
}

/// The box around a sheet's cells.
#[derive(Default)]
struct Bounds {
    rows: Option<(u16, u16)>,
    cols: Option<(u32, u32)>,
}

impl Bounds {
    fn add(&mut self, row: u16, col: u32) {
        let (r0, r1) = self.rows.get_or_insert((row, row));
        *r0 = (*r0).min(row);
        *r1 = (*r1).max(row);
        let (c0, c1) = self.cols.get_or_insert((col, col));
        *c0 = (*c0).min(col);
        *c1 = (*c1).max(col);
    }

    fn size(&self) -> Option<(u64, u64)> {
        let (r0, r1) = self.rows?;
        let (c0, c1) = self.cols?;
        Some((u64::from(r1 - r0) + 1, u64::from(c1 - c0) + 1))
    }
}

/// A little-endian u32 at a byte offset (BIFF records, like the compound file around them, are
/// little-endian).
fn word(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut bytes = typ.to_le_bytes().to_vec();
        bytes.extend_from_slice(&(data.len() as u16).to_le_bytes());
        bytes.extend_from_slice(data);
        bytes
    }

    fn cell(typ: u16, row: u16, col: u16, len: usize) -> Vec<u8> {
        let mut data = vec![0; len];
        data[..2].copy_from_slice(&row.to_le_bytes());
        data[2..4].copy_from_slice(&col.to_le_bytes());
        record(typ, &data)
    }

    /// A workbook stream: globals naming one sheet "民政办", then the sheet's records.
    fn workbook(sheet_records: &[Vec<u8>]) -> Vec<u8> {
        let name: Vec<u8> = "民政办".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut bound = vec![0u8; 6];
        bound.extend_from_slice(&[3, 1]);
        bound.extend_from_slice(&name);
        let globals_len = 4 + (4 + bound.len()) + 4;
        bound[..4].copy_from_slice(&(globals_len as u32).to_le_bytes());
        let mut stream = record(BOF, &[]);
        stream.extend(record(BOUND_SHEET, &bound));
        stream.extend(record(EOF, &[]));
        assert_eq!(stream.len(), globals_len);
        stream.extend(record(BOF, &[]));
        for r in sheet_records {
            stream.extend_from_slice(r);
        }
        stream.extend(record(EOF, &[]));
        stream
    }

    #[test]
    fn a_column_past_the_format_is_found() {
        let stream = workbook(&[cell(0x00FD, 0, 0, 10), cell(0x00FD, 300, 65_535, 10)]);
        assert_eq!(
            oversized_sheet(&stream).as_deref(),
            Some("工作表“民政办”的单元格范围（301 行 × 65536 列）")
        );
    }

    #[test]
    fn dimensions_past_the_format_are_found() {
        let mut dims = vec![0u8; 14];
        dims[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        dims[10..12].copy_from_slice(&256u16.to_le_bytes());
        let stream = workbook(&[record(DIMENSIONS, &dims)]);
        assert!(
            oversized_sheet(&stream)
                .unwrap()
                .contains("4294967295 行 × 256 列")
        );
    }

    #[test]
    fn a_full_sheet_and_nested_charts_pass() {
        let mut dims = vec![0u8; 14];
        dims[4..8].copy_from_slice(&65_536u32.to_le_bytes());
        dims[10..12].copy_from_slice(&256u16.to_le_bytes());
        let stream = workbook(&[
            record(DIMENSIONS, &dims),
            cell(0x0203, 0, 0, 14),
            cell(0x027E, 65_535, 255, 10),
            // A chart's records inside the sheet are not its cells.
            record(BOF, &[]),
            cell(0x0203, 0, 40_000, 14),
            record(EOF, &[]),
        ]);
        assert_eq!(oversized_sheet(&stream), None);
    }

    #[test]
    fn short_records_are_not_cells() {
        // calamine refuses a LabelSst shorter than 10 bytes before it takes its cell.
        let stream = workbook(&[cell(0x00FD, 0, 0, 10), cell(0x00FD, 9, 60_000, 8)]);
        assert_eq!(oversized_sheet(&stream), None);
    }
}
