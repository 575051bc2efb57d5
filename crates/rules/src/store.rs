//! Findings kept out of memory. A large catalog can have millions of findings (several per item on
//! some catalogs), so the streamed `check` encodes each finding into a spill buffer, which moves to
//! an anonymous temporary file once it passes a few tens of megabytes, and keeps only a small
//! entry per finding to sort by. The report is then rendered from the spill in the contract's
//! order, the same order and bytes as a [`Report`](super::Report) held in memory.
//!
//! The records' encoding is in `record`, the spill file's writer and read-ahead in `spill`, and
//! findings encoded away from the store in `encoded`.

mod encoded;
mod record;
mod spill;

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::{LazyLock, Mutex};

use rayon::prelude::*;

pub use encoded::EncodedFindings;
use record::{encode, fields};
use spill::{SpillWriter, Window};

use crate::{Rule, all_rules};
use svcat_core::finding::{Finding, ItemKey, Severity};
use svcat_core::finding_json::{FindingJson, render_finding, render_parts};
use svcat_core::report::{CHUNK, FindingSource};
use svcat_core::text::cell_name;

/// Findings stay in memory until their records take this much, so a report of a few hundred
/// thousand findings is never written to a file and read back (at 100k items with two findings
/// each, the write and the one-by-one reads of the catalog rules' findings were 7–10 % of
/// `check`). Past it, the records go to a temporary file, which bounds memory at 1M items.
const KEEP_IN_MEMORY: usize = 160 << 20;
/// Once the findings are spilling, the buffer moves to the file each time it passes this size.
const SPILL_AT: usize = 32 << 20;

/// One finding: where its record is, and what the report sorts by.
#[derive(Debug, Clone, Copy)]
struct Entry {
    offset: u64,
    len: u32,
    /// Index into `places` (file and sheet).
    place: u32,
    /// Row + 1, or 0 for none, so that none sorts first as `Option` does; the same for `column`.
    row: u32,
    column: u32,
    /// Index into `all_rules()`.
    rule: u16,
    severity: Severity,
    /// The caller's tag (0: none), for [`FindingStore::retain_tags`] and message suffixes.
    tag: u32,
}

impl Entry {
    /// A finding's entry, for its record at `offset` (`len` bytes) and its file and sheet at
    /// `place`.
    fn of(f: &Finding, rule: u16, offset: u64, len: u32, place: u32, tag: u32) -> Entry {
        Entry {
            offset,
            len,
            place,
            row: f.row.map_or(0, |r| r.saturating_add(1)),
            column: f.column.map_or(0, |c| c.saturating_add(1)),
            rule,
            severity: f.severity,
            tag,
        }
    }
}

/// Findings on disk (or in memory while few), sortable and readable in the report's order.
pub struct FindingStore {
    places: Vec<(String, Option<String>)>,
    place_index: HashMap<(String, Option<String>), u32>,
    entries: Vec<Entry>,
    counts: [usize; 3],
    /// Text added to the messages of findings with a tag (the L rules' "另有N个事项…", known
    /// only once the whole catalog is read).
    suffixes: HashMap<u32, String>,
    /// The other cells of a repeated fact, by the offset of the record that reports it.
    same: HashMap<u64, Vec<String>>,
    buffer: Vec<u8>,
    /// The spill file, once every write to it is done (see [`FindingStore::finish_writes`]).
    file: Option<Mutex<File>>,
    /// Writes the spill on a thread of its own while findings go on being added.
    writer: Option<SpillWriter>,
    /// Bytes already handed to the file; offsets past it are in `buffer`.
    flushed: u64,
    /// Where the records added after [`FindingStore::begin_scattered`] start: they are read back
    /// in no useful order, each alone, and never move the read-ahead window.
    scattered_from: u64,
    sorted: bool,
    pub files: usize,
    pub items: usize,
}

impl Default for FindingStore {
    fn default() -> Self {
        FindingStore::new()
    }
}

/// The rules in `all_rules()` order, each ID's index there (a record's rule), and each rule's
/// place when rules are sorted by ID (the report's tie-break).
struct RuleTable {
    rules: Vec<&'static Rule>,
    index: HashMap<&'static str, u16, svcat_core::text::FastHash>,
    rank: Vec<u16>,
}

static RULE_TABLE: LazyLock<RuleTable> = LazyLock::new(|| {
    let rules = all_rules();
    let index = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id, i as u16))
        .collect();
    let mut by_id: Vec<usize> = (0..rules.len()).collect();
    by_id.sort_by_key(|&i| rules[i].id);
    let mut rank = vec![0u16; rules.len()];
    for (place, &i) in by_id.iter().enumerate() {
        rank[i] = place as u16;
    }
    RuleTable { rules, index, rank }
});

fn rule_at(index: u16) -> &'static Rule {
    RULE_TABLE.rules[usize::from(index)]
}

fn rule_index(id: &str) -> io::Result<u16> {
    RULE_TABLE
        .index
        .get(id)
        .copied()
        .ok_or_else(|| io::Error::other(format!("unknown rule {id}")))
}

impl FindingStore {
    pub fn new() -> FindingStore {
        FindingStore {
            places: Vec::new(),
            place_index: HashMap::new(),
            entries: Vec::new(),
            counts: [0; 3],
            suffixes: HashMap::new(),
            same: HashMap::new(),
            buffer: Vec::new(),
            file: None,
            writer: None,
            flushed: 0,
            scattered_from: u64::MAX,
            sorted: true,
            files: 0,
            items: 0,
        }
    }

    /// Adds a finding, with a tag (0 for none).
    pub fn push(&mut self, f: &Finding, tag: u32) -> io::Result<()> {
        let place = self.place_of(&f.file, f.sheet.as_deref());
        let rule = rule_index(f.rule)?;
        let offset = self.flushed + self.buffer.len() as u64;
        encode(&mut self.buffer, f, rule_at(rule).help);
        let len = (self.flushed + self.buffer.len() as u64 - offset) as u32;
        self.add_entry(Entry::of(f, rule, offset, len, place, tag))
    }

    /// Adds some of the findings encoded elsewhere, each by its index in `encoded` and with its
    /// tag, in the order given.
    pub fn append(&mut self, encoded: &EncodedFindings, picked: &[(usize, u32)]) -> io::Result<()> {
        let places: Vec<u32> = encoded
            .places
            .iter()
            .map(|(file, sheet)| self.place_of(file, sheet.as_deref()))
            .collect();
        for &(index, tag) in picked {
            let record = &encoded.records[index];
            let bytes = &encoded.bytes[record.start..record.start + record.len as usize];
            let offset = self.flushed + self.buffer.len() as u64;
            self.buffer.extend_from_slice(bytes);
            self.add_entry(Entry {
                offset,
                len: record.len,
                place: places[usize::from(record.place)],
                tag,
                ..record.entry
            })?;
        }
        Ok(())
    }

    fn add_entry(&mut self, entry: Entry) -> io::Result<()> {
        if self.flushed == 0
            && self.buffer.len() >= 8 << 20
            && self.buffer.capacity() < KEEP_IN_MEMORY
        {
            // Past a few megabytes the buffer gets its whole size at once: growing it by doubling
            // would copy everything kept so far each time. Pages are used only as they fill.
            self.buffer
                .reserve_exact(KEEP_IN_MEMORY + (1 << 20) - self.buffer.len());
        }
        self.counts[entry.severity as usize] += 1;
        self.entries.push(entry);
        self.sorted = false;
        let spill_at = if self.writer.is_none() && self.flushed == 0 {
            KEEP_IN_MEMORY
        } else {
            SPILL_AT
        };
        if self.buffer.len() >= spill_at {
            self.flush()?;
        }
        Ok(())
    }

    /// The index of a file and sheet; findings come in runs of one place, so the last one is
    /// tried first.
    fn place_of(&mut self, file: &str, sheet: Option<&str>) -> u32 {
        let same = |(f, s): &(String, Option<String>)| f == file && s.as_deref() == sheet;
        if let Some(last) = self.places.len().checked_sub(1)
            && same(&self.places[last])
        {
            return last as u32;
        }
        let key = (file.to_string(), sheet.map(str::to_string));
        if let Some(&p) = self.place_index.get(&key) {
            return p;
        }
        let p = self.places.len() as u32;
        self.places.push(key.clone());
        self.place_index.insert(key, p);
        p
    }

    /// Hands the buffer to the spill writer and goes on with an empty one.
    fn flush(&mut self) -> io::Result<()> {
        if self.writer.is_none() {
            let file = match self.file.take() {
                Some(file) => file
                    .into_inner()
                    .map_err(|_| io::Error::other("spill file lock"))?,
                None => tempfile::tempfile()?,
            };
            self.writer = Some(SpillWriter::start(file)?);
        }
        let writer = self.writer.as_mut().expect("just started");
        self.flushed += self.buffer.len() as u64;
        match writer.write(std::mem::take(&mut self.buffer)) {
            Some(emptied) => self.buffer = emptied,
            None => {
                let stopped = self.writer.take().expect("the writer just used");
                return Err(stopped
                    .finish()
                    .err()
                    .unwrap_or_else(|| io::Error::other("spill file writer stopped")));
            }
        }
        Ok(())
    }

    /// Waits for the spill writer to write everything handed to it, so the file can be read.
    fn finish_writes(&mut self) -> io::Result<()> {
        if let Some(writer) = self.writer.take() {
            self.file = Some(Mutex::new(writer.finish()?));
        }
        Ok(())
    }

    /// Marks the findings added from now on as ones the report will read scattered among the
    /// others (the catalog rules' findings, found group by group after every item's): reading
    /// ahead from them would only be thrown away at the next finding read in order.
    pub fn begin_scattered(&mut self) {
        self.scattered_from = self.flushed + self.buffer.len() as u64;
    }

    /// Keeps the findings whose tag `keep` accepts.
    pub fn retain_tags(&mut self, keep: impl Fn(u32) -> bool) {
        let counts = &mut self.counts;
        self.entries.retain(|e| {
            let kept = e.tag == 0 || keep(e.tag);
            if !kept {
                counts[e.severity as usize] -= 1;
            }
            kept
        });
    }

    /// Text to add to the message of every finding with this tag.
    pub fn set_suffix(&mut self, tag: u32, suffix: String) {
        if !suffix.is_empty() {
            self.suffixes.insert(tag, suffix);
        }
    }

    /// Puts the findings in the report's order: file, sheet, row, column, rule, message.
    pub fn sort(&mut self) -> io::Result<()> {
        // Every read comes after a sort, and a finding added since the last one unsorts.
        self.finish_writes()?;
        if self.sorted {
            return Ok(());
        }
        let mut order: Vec<u32> = (0..self.places.len() as u32).collect();
        order.sort_by(|&a, &b| self.places[a as usize].cmp(&self.places[b as usize]));
        let mut place_rank = vec![0u32; order.len()];
        for (rank, &p) in order.iter().enumerate() {
            place_rank[p as usize] = rank as u32;
        }
        let failed = Mutex::new(None);
        let mut entries = std::mem::take(&mut self.entries);
        entries.par_sort_unstable_by(|a, b| {
            place_rank[a.place as usize]
                .cmp(&place_rank[b.place as usize])
                .then(a.row.cmp(&b.row))
                .then(a.column.cmp(&b.column))
                .then_with(|| {
                    let rank = &RULE_TABLE.rank;
                    rank[usize::from(a.rule)].cmp(&rank[usize::from(b.rule)])
                })
                .then_with(|| match (self.message(a), self.message(b)) {
                    (Ok(x), Ok(y)) => x.cmp(&y),
                    (Err(e), _) | (_, Err(e)) => {
                        if let Ok(mut failed) = failed.lock() {
                            failed.get_or_insert(e);
                        }
                        Ordering::Equal
                    }
                })
                // Equal findings keep the order they were found in.
                .then(a.offset.cmp(&b.offset))
        });
        self.entries = entries;
        if let Some(e) = failed.into_inner().ok().flatten() {
            return Err(e);
        }
        self.sorted = true;
        Ok(())
    }

    /// A finding's whole message, for the rare tie on everything else.
    fn message(&self, e: &Entry) -> io::Result<String> {
        let mut record = Vec::new();
        self.read(e, &mut Window::exact(), &mut record)?;
        Ok(format!("{}{}", fields(&record)?.message, self.suffix(e)))
    }

    fn read(&self, e: &Entry, window: &mut Window, record: &mut Vec<u8>) -> io::Result<()> {
        let len = e.len as usize;
        record.clear();
        if e.offset >= self.flushed {
            let at = (e.offset - self.flushed) as usize;
            record.extend_from_slice(&self.buffer[at..at + len]);
            return Ok(());
        }
        let window_end = window.start + window.bytes.len() as u64;
        if e.offset >= window.start && e.offset + e.len as u64 <= window_end {
            let at = (e.offset - window.start) as usize;
            record.extend_from_slice(&window.bytes[at..at + len]);
            return Ok(());
        }
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| io::Error::other("no spill"))?;
        let mut file = file
            .lock()
            .map_err(|_| io::Error::other("spill file lock"))?;
        file.seek(SeekFrom::Start(e.offset))?;
        // Reading on from where the window ends or the last record did is reading in order: the
        // window moves there. Anything else (the catalog rules' findings, written last and read
        // interleaved with the rest) is read alone.
        let in_order = e.offset < self.scattered_from
            && (e.offset >= window.start && e.offset <= window_end + window.size as u64
                || e.offset == window.last_end);
        window.last_end = e.offset + e.len as u64;
        if !in_order || window.size == 0 {
            record.resize(len, 0);
            return file.read_exact(record);
        }
        let size = window.size.max(len).min((self.flushed - e.offset) as usize);
        window.bytes.resize(size, 0);
        file.read_exact(&mut window.bytes)?;
        window.start = e.offset;
        record.extend_from_slice(&window.bytes[..len]);
        Ok(())
    }

    /// A record's parts as the JSON report shows them, borrowed from the record.
    fn json_parts<'r>(&'r self, e: &Entry, record: &'r [u8]) -> io::Result<FindingJson<'r>> {
        let rule = rule_at(e.rule);
        let fields = fields(record)?;
        let (file, sheet) = &self.places[e.place as usize];
        Ok(FindingJson {
            rule: rule.id,
            severity: e.severity,
            element: fields.element,
            message: fields.message,
            message_suffix: self.suffix(e),
            help: fields.help.unwrap_or(rule.help),
            file,
            sheet: sheet.as_deref(),
            row: e.row.checked_sub(1),
            column: e.column.checked_sub(1),
            item: fields.item,
            fix: fields.fix,
            same: self.same.get(&e.offset).map_or(&[], Vec::as_slice),
        })
    }

    fn decode(&self, e: &Entry, record: &[u8]) -> io::Result<Finding> {
        let rule = rule_at(e.rule);
        let fields = fields(record)?;
        let owned = |s: Option<&str>| s.map(str::to_string);
        let (file, sheet) = self.places[e.place as usize].clone();
        Ok(Finding {
            rule: rule.id,
            severity: e.severity,
            element: owned(fields.element),
            message: format!("{}{}", fields.message, self.suffix(e)),
            help: fields.help.unwrap_or(rule.help).to_string(),
            file,
            sheet,
            row: e.row.checked_sub(1),
            column: e.column.checked_sub(1),
            item: fields.item.map(|(code, name)| ItemKey {
                code: code.to_string(),
                name: name.to_string(),
            }),
            text: owned(fields.text),
            header: owned(fields.header),
            fix: owned(fields.fix),
            same: self.same.get(&e.offset).cloned().unwrap_or_default(),
        })
    }

    /// What the finding's message goes on with (set by tag), or "".
    fn suffix(&self, e: &Entry) -> &str {
        (e.tag != 0)
            .then(|| self.suffixes.get(&e.tag))
            .flatten()
            .map_or("", String::as_str)
    }

    /// The records in the report's order, a chunk at a time: `work` runs on a chunk (on the
    /// thread pool) while this thread hands the chunk before to `done` and reads the next one,
    /// so writing the report overlaps rendering it. `done` takes the results in order.
    fn in_chunks<T: Send>(
        &self,
        work: impl Fn(&[Entry], &[Vec<u8>]) -> io::Result<T> + Sync,
        mut done: impl FnMut(T) -> io::Result<()>,
    ) -> io::Result<()> {
        if !self.sorted {
            return Err(io::Error::other("findings not sorted"));
        }
        let mut window = Window::default();
        let mut read = |entries: &[Entry]| -> io::Result<Vec<Vec<u8>>> {
            entries
                .iter()
                .map(|e| {
                    let mut record = Vec::new();
                    self.read(e, &mut window, &mut record)?;
                    Ok(record)
                })
                .collect()
        };
        let chunks: Vec<&[Entry]> = self.entries.chunks(CHUNK).collect();
        let mut records = match chunks.first() {
            Some(first) => read(first)?,
            None => return Ok(()),
        };
        let mut rendered: Option<T> = None;
        for (i, entries) in chunks.iter().enumerate() {
            let mut result = None;
            let (wrote, next) = rayon::in_place_scope(|scope| {
                let (work, records, result) = (&work, &records, &mut result);
                scope.spawn(move |_| *result = Some(work(entries, records)));
                let wrote = rendered.take().map_or(Ok(()), &mut done);
                let next = chunks.get(i + 1).map(|next| read(next)).transpose();
                (wrote, next)
            });
            wrote?;
            rendered = Some(result.expect("the scope waits for its task")?);
            records = next?.unwrap_or_default();
        }
        rendered.map_or(Ok(()), done)
    }
}

impl FindingSource for FindingStore {
    fn files(&self) -> usize {
        self.files
    }

    fn items(&self) -> usize {
        self.items
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn count(&self, severity: Severity) -> usize {
        self.counts[severity as usize]
    }

    fn each(&self, visit: &mut dyn FnMut(&Finding) -> io::Result<()>) -> io::Result<()> {
        if !self.sorted {
            return Err(io::Error::other("findings not sorted"));
        }
        let mut window = Window::default();
        let mut record = Vec::new();
        for e in &self.entries {
            self.read(e, &mut window, &mut record)?;
            visit(&self.decode(e, &record)?)?;
        }
        Ok(())
    }

    fn group_repeats(&mut self, one_fact: &dyn Fn(&str) -> bool) -> io::Result<()> {
        if !self.sorted {
            return Err(io::Error::other("findings not sorted"));
        }
        // Only the records of rules that report facts are read.
        let mut heads: HashMap<(u16, u32, u32, String), usize> = HashMap::new();
        let mut dropped = vec![false; self.entries.len()];
        let mut window = Window::default();
        let mut record = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.row == 0 || e.column == 0 || !one_fact(rule_at(e.rule).id) {
                continue;
            }
            self.read(e, &mut window, &mut record)?;
            let message = format!("{}{}", fields(&record)?.message, self.suffix(e));
            match heads.entry((e.rule, e.place, e.column, message)) {
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                }
                std::collections::hash_map::Entry::Occupied(slot) => {
                    let head = self.entries[*slot.get()].offset;
                    self.same
                        .entry(head)
                        .or_default()
                        .push(cell_name(e.column - 1, e.row - 1));
                    dropped[i] = true;
                }
            }
        }
        if dropped.iter().any(|&d| d) {
            let counts = &mut self.counts;
            let mut i = 0;
            self.entries.retain(|e| {
                i += 1;
                if dropped[i - 1] {
                    counts[e.severity as usize] -= 1;
                }
                !dropped[i - 1]
            });
        }
        Ok(())
    }

    fn retain(&mut self, keep: &dyn Fn(&Finding) -> bool) -> io::Result<()> {
        self.finish_writes()?;
        let mut window = Window::default();
        let mut record = Vec::new();
        let mut kept = Vec::with_capacity(self.entries.len());
        for e in &self.entries {
            self.read(e, &mut window, &mut record)?;
            let f = self.decode(e, &record)?;
            if keep(&f) {
                kept.push(*e);
            } else {
                self.counts[e.severity as usize] -= 1;
            }
        }
        self.entries = kept;
        Ok(())
    }

    fn json_chunks(&self, visit: &mut dyn FnMut(&[u8]) -> io::Result<()>) -> io::Result<()> {
        self.in_chunks(
            |entries, records| {
                let records: Vec<(&Entry, &Vec<u8>)> = entries.iter().zip(records).collect();
                render_parts(&records, |(e, record), buf| {
                    render_finding(buf, &self.json_parts(e, record)?);
                    Ok(())
                })
            },
            |parts| parts.iter().try_for_each(|part| visit(part)),
        )
    }

    fn chunks(&self, visit: &mut dyn FnMut(&[Finding]) -> io::Result<()>) -> io::Result<()> {
        self.in_chunks(
            |entries, records| {
                entries
                    .par_iter()
                    .zip(records)
                    .map(|(e, record)| self.decode(e, record))
                    .collect::<io::Result<Vec<Finding>>>()
            },
            |findings| visit(&findings),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use svcat_core::report::Report;

    fn finding(file: &str, row: Option<u32>, rule: &'static str, message: &str) -> Finding {
        Finding {
            rule,
            severity: Severity::Warning,
            element: Some("name".into()),
            message: message.into(),
            help: "另一条建议".into(),
            file: file.into(),
            sheet: Some("表".into()),
            row,
            column: row.map(|r| r % 3),
            item: Some(ItemKey {
                code: format!("C{row:?}"),
                name: "事项".into(),
            }),
            text: Some("原文".into()),
            header: None,
            fix: None,
            same: Vec::new(),
        }
    }

    fn collect(store: &FindingStore) -> Vec<Finding> {
        let mut all = Vec::new();
        store
            .each(&mut |f| {
                all.push(f.clone());
                Ok(())
            })
            .unwrap();
        all
    }

    /// The store gives the findings back whole, in `Report::sort`'s order, across the move to
    /// the spill file.
    #[test]
    fn round_trips_in_the_reports_order() {
        let mut findings = Vec::new();
        for i in (0..40_000u32).rev() {
            let file = if i % 2 == 0 { "b.csv" } else { "a.csv" };
            let row = (i % 7 != 0).then_some(i / 10);
            findings.push(finding(
                file,
                row,
                ["F002", "C001", "M001"][i as usize % 3],
                "乙",
            ));
            findings.push(finding(file, row, "C001", &format!("甲{}", i % 5)));
        }
        let mut store = FindingStore::new();
        for (i, f) in findings.iter().enumerate() {
            store.push(f, 0).unwrap();
            // As past the spill threshold, many times: the spill writer's two buffers take
            // turns, and part of the records are on disk.
            if i % 7_000 == 6_999 {
                store.flush().unwrap();
            }
        }
        store.flush().unwrap();
        store
            .push(&finding("a.csv", None, "S001", "表头"), 0)
            .unwrap();
        findings.push(finding("a.csv", None, "S001", "表头"));
        store.sort().unwrap();
        let mut report = Report {
            files: 2,
            items: 0,
            findings,
        };
        report.sort();
        assert_eq!(collect(&store), report.findings);
        let mut chunked = Vec::new();
        store
            .chunks(&mut |chunk| {
                chunked.extend_from_slice(chunk);
                Ok(())
            })
            .unwrap();
        assert_eq!(chunked, report.findings);
        assert_eq!(store.count(Severity::Warning), report.findings.len());
    }

    /// The buffer that held every finding until the spill began is far larger than the spill's
    /// pieces: it goes to the file whole, its memory is given back, and the findings after it
    /// take turns in pieces of the usual size, none lost or out of place.
    #[test]
    fn a_large_first_buffer_spills_whole_and_is_not_kept() {
        let findings: Vec<Finding> = (0..30_000u32)
            .map(|i| finding("a.csv", Some(i), "C001", &format!("第{i}条")))
            .collect();
        let mut store = FindingStore::new();
        for f in &findings[..10_000] {
            store.push(f, 0).unwrap();
        }
        store.buffer.reserve_exact(3 * SPILL_AT);
        assert!(store.buffer.capacity() > 2 * SPILL_AT);
        store.flush().unwrap();
        for (i, f) in findings[10_000..].iter().enumerate() {
            store.push(f, 0).unwrap();
            if i % 5_000 == 4_999 {
                store.flush().unwrap();
                assert!(store.buffer.capacity() <= 2 * SPILL_AT);
            }
        }
        store.sort().unwrap();
        assert_eq!(collect(&store), findings);
    }

    /// The JSON report rendered straight from the store's records (read a chunk ahead, partly
    /// from the spill file) has the bytes of the report written from the findings in memory:
    /// default and own help, fixes, items and sheets or none, and a message suffix.
    #[test]
    fn json_from_records_matches_json_from_findings() {
        let default_help = rule_at(rule_index("C001").unwrap()).help;
        let mut findings = Vec::new();
        for i in 0..10_000u32 {
            let mut f = finding(
                "a.csv",
                Some(i + 2),
                "C001",
                &format!("第{i}条：\"引号\"\n换行"),
            );
            if i % 2 == 0 {
                f.help = default_help.to_string();
            }
            if i % 3 == 0 {
                f.fix = Some(format!("改为{i}"));
            }
            if i % 5 == 0 {
                f.item = None;
                f.sheet = None;
            }
            if i % 7 == 0 {
                f.column = None;
            }
            findings.push(f);
        }
        let mut store = FindingStore::new();
        for (i, f) in findings.iter().enumerate() {
            store.push(f, if i == 4100 { 3 } else { 0 }).unwrap();
            if i == 6000 {
                store.flush().unwrap();
            }
        }
        store.set_suffix(3, "（另有2个事项的这一栏文字相同）".into());
        findings[4100]
            .message
            .push_str("（另有2个事项的这一栏文字相同）");
        store.files = 1;
        store.items = 10_000;
        store.sort().unwrap();
        let mut report = Report {
            files: 1,
            items: 10_000,
            findings,
        };
        report.sort();
        // The findings as the report contract writes them (what `write_report_json` puts in its
        // findings array), and the counts of its summary.
        let written = |source: &dyn FindingSource| {
            let mut bytes = format!(
                "{} {} {:?}\n",
                source.files(),
                source.items(),
                [Severity::Error, Severity::Warning, Severity::Info].map(|s| source.count(s))
            )
            .into_bytes();
            source
                .json_chunks(&mut |part| {
                    bytes.extend_from_slice(part);
                    Ok(())
                })
                .unwrap();
            bytes
        };
        let (from_store, from_report) = (written(&store), written(&report));
        assert_eq!(
            String::from_utf8(from_store).unwrap(),
            String::from_utf8(from_report).unwrap()
        );
    }
}
