//! A delimited file's records, read in chunks cut at record ends (`chunks`) that the worker
//! threads parse into cells (`cells`), their rows handed to the sink in file order.

use std::collections::VecDeque;
use std::sync::mpsc;

use super::FieldEncoding;
use super::cells::{ParsedChunk, parse_chunk};
use super::chunks::{CHUNKS_IN_FLIGHT, RecordChunks};
use crate::sheet::RowSink;
use svcat_core::error::Error;

/// Bytes of a file handed to a worker at a time, cut at a record boundary.
const CHUNK_BYTES: usize = 1 << 20;

/// Parses records and hands them to `sink`. Returns whether some field had to be decoded as
/// GB18030 although the file looked like UTF-8.
///
/// The reading thread only cuts the file into chunks at record boundaries (a scan for quotes and
/// line ends); the chunks are parsed into cells on the worker threads, and their rows come back
/// to `sink` in file order.
pub(super) fn read_records(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::RawCell;

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
