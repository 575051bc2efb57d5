//! Reading two revisions for a diff without parsing what did not change.
//!
//! Most items of a revision are unchanged, and parsing every value of both revisions is what a
//! diff would otherwise spend its time and memory on. So spreadsheet inputs are read side by side,
//! one thread per revision, and each item arrives unparsed with its code (or department and
//! name) and a hash of its cells. An item whose code is unique in both revisions and whose hash
//! equals its counterpart's would compare equal, so it is dropped on the spot; the others are
//! parsed and compared exactly as fully read catalogs are (which is what happens for canonical
//! JSON inputs).
//!
//! Items wait, unparsed, until their counterpart arrives. Revisions in the same order keep few
//! waiting; when the waiting items outgrow `WAITING_BUDGET` (revisions in very different order),
//! the oldest are dropped and only their hashes kept, and the few of them that turn out changed
//! are read again in a second pass. A code that turns out to be shared by several items sends all
//! of them to the full comparison, if need be through the second pass too.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;

use indicatif::ProgressBar;
use rayon::prelude::*;

use super::{Diff, diff_catalogs, match_key};
use svcat_core::error::Error;
use svcat_core::model::Item;
use svcat_ingest::{
    Fingerprint, FingerprintSink, IngestOptions, ItemBuilder, ItemMode, PendingItem, has_extension,
    read_inputs,
};

/// Unparsed items held while they wait for their counterpart, in bytes of cell text.
const WAITING_BUDGET: usize = 256 << 20;

/// A diff and the input files that could not be read (the rest of each revision was compared).
pub struct Compared {
    pub diff: Diff,
    pub errors: Vec<Error>,
}

/// Compares revision `old` with revision `new` (files or directories); `schema` as `--schema`.
/// `progress` counts the items of both revisions as they are read.
pub fn diff_paths(
    old: &Path,
    new: &Path,
    schema: Option<&str>,
    progress: Option<&ProgressBar>,
) -> Result<Compared, Error> {
    let mut compared = diff_paths_within(old, new, schema, progress, WAITING_BUDGET)?;
    // A revision whose catalog.toml names no version or date is named by its path.
    for (name, path) in compared.diff.versions.iter_mut().zip([old, new]) {
        if name.is_empty() {
            *name = path.display().to_string();
        }
    }
    Ok(compared)
}

/// `diff_paths` holding at most `budget` bytes of unparsed items.
fn diff_paths_within(
    old: &Path,
    new: &Path,
    schema: Option<&str>,
    progress: Option<&ProgressBar>,
    budget: usize,
) -> Result<Compared, Error> {
    // Fail before either revision is read, not after the other one was read in vain.
    for path in [old, new] {
        if !path.exists() {
            return Err(Error::usage(
                format!("找不到 {}", path.display()),
                Some("检查路径是否拼写正确；目录会读取其中所有表格文件"),
            ));
        }
    }
    if is_json(old) || is_json(new) {
        return diff_parsed(old, new, schema, progress);
    }

    let (old_sender, old_batches) = mpsc::sync_channel::<Vec<Fingerprint>>(16);
    let (new_sender, new_batches) = mpsc::sync_channel::<Vec<Fingerprint>>(16);
    let mut matcher = Matcher {
        budget,
        ..Matcher::default()
    };
    let (old_read, new_read) = std::thread::scope(|scope| {
        let read = |path: &Path, sender: mpsc::SyncSender<Vec<Fingerprint>>| {
            // The sink, and with it the channel, closes when reading ends (or fails).
            let sink = ChannelSink(sender);
            read_inputs(
                &[PathBuf::from(path)],
                &options(schema, progress, ItemMode::Fingerprint(&sink)),
            )
        };
        let old_thread = scope.spawn(move || read(old, old_sender));
        let new_thread = scope.spawn(move || read(new, new_sender));
        // Take the two revisions in step, so that items meet their counterparts early.
        let (mut old_open, mut new_open) = (true, true);
        while old_open || new_open {
            if old_open {
                match old_batches.recv() {
                    Ok(batch) => matcher.add(Side::Old, batch),
                    Err(_) => old_open = false,
                }
            }
            if new_open {
                match new_batches.recv() {
                    Ok(batch) => matcher.add(Side::New, batch),
                    Err(_) => new_open = false,
                }
            }
        }
        (join(old_thread), join(new_thread))
    });
    let (mut old_read, mut new_read) = (old_read?, new_read?);
    // Equal cells parse to equal values only under one schema. Revisions whose catalog.toml name
    // different schemas (or schema files that changed) are compared fully parsed.
    if format!("{:?}", old_read.catalog.schema) != format!("{:?}", new_read.catalog.schema) {
        return diff_parsed(old, new, schema, None);
    }
    let errors: Vec<Error> = std::mem::take(&mut old_read.errors)
        .into_iter()
        .chain(std::mem::take(&mut new_read.errors))
        .collect();

    let unchanged = matcher.unchanged;
    let [mut old_items, mut new_items] = matcher.finish();
    // Items dropped from the waiting list that turned out to be needed: read again, parsing only
    // them. The second pass meets the same unreadable files as the first, which reported them.
    let again = |side: &Side, items: &SideItems| -> Option<Vec<bool>> {
        if items.again.is_empty() {
            return None;
        }
        let len = match side {
            Side::Old => old_read.items_read,
            Side::New => new_read.items_read,
        };
        let mut selected = vec![false; len];
        for &o in &items.again {
            if let Some(s) = selected.get_mut(o) {
                *s = true;
            }
        }
        Some(selected)
    };
    let (old_again, new_again) = (again(&Side::Old, &old_items), again(&Side::New, &new_items));
    let reread = |path: &Path, selected: &Option<Vec<bool>>| -> Result<Vec<Item>, Error> {
        match selected {
            None => Ok(Vec::new()),
            Some(selected) => Ok(read_inputs(
                &[PathBuf::from(path)],
                &options(schema, None, ItemMode::Select(selected)),
            )?
            .catalog
            .items),
        }
    };
    let (old_more, new_more) = side_by_side(|| reread(old, &old_again), || reread(new, &new_again));
    old_items.merge_again(old_more?);
    new_items.merge_again(new_more?);

    old_read.catalog.items = old_items.into_items();
    new_read.catalog.items = new_items.into_items();
    let mut diff = diff_catalogs(&old_read.catalog, &new_read.catalog);
    diff.unchanged += unchanged;
    Ok(Compared { diff, errors })
}

/// Both revisions read whole and every value parsed, then compared.
fn diff_parsed(
    old: &Path,
    new: &Path,
    schema: Option<&str>,
    progress: Option<&ProgressBar>,
) -> Result<Compared, Error> {
    let read = |path: &Path| {
        read_inputs(
            &[PathBuf::from(path)],
            &options(schema, progress, ItemMode::Parse),
        )
    };
    let (old, new) = side_by_side(|| read(old), || read(new));
    let (old, new) = (old?, new?);
    Ok(Compared {
        diff: diff_catalogs(&old.catalog, &new.catalog),
        errors: old.errors.into_iter().chain(new.errors).collect(),
    })
}

fn options<'a>(
    schema: Option<&str>,
    progress: Option<&'a ProgressBar>,
    mode: ItemMode<'a>,
) -> IngestOptions<'a> {
    IngestOptions {
        schema: schema.map(str::to_string),
        progress,
        mode,
        list_kind: None,
        check_schema: None,
    }
}

/// Runs the work on the old revision on another thread while this one does the new.
fn side_by_side<T: Send>(old: impl FnOnce() -> T + Send, new: impl FnOnce() -> T) -> (T, T) {
    std::thread::scope(|scope| {
        let old_thread = scope.spawn(old);
        let new = new();
        (join(old_thread), new)
    })
}

fn join<T>(thread: std::thread::ScopedJoinHandle<'_, T>) -> T {
    thread
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// A canonical JSON catalog is read whole; it carries parsed values already.
fn is_json(path: &Path) -> bool {
    path.is_file() && has_extension(path, "json")
}

struct ChannelSink(mpsc::SyncSender<Vec<Fingerprint>>);

impl FingerprintSink for ChannelSink {
    fn take(&self, batch: Vec<Fingerprint>) {
        // The receiver lives until both readers are done.
        let _ = self.0.send(batch);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Old,
    New,
}

#[derive(Clone, Copy)]
struct Seen {
    ordinal: usize,
    hash: u64,
}

/// What is known of one code (or department and name).
#[derive(Default)]
struct KeyState {
    old: Option<Seen>,
    new: Option<Seen>,
    /// Several items of one revision carry the key: all of them go to the full comparison.
    shared: bool,
    /// The first old and new item agreed and were dropped as unchanged.
    dropped: bool,
}

impl KeyState {
    fn seen(&mut self, side: Side) -> &mut Option<Seen> {
        match side {
            Side::Old => &mut self.old,
            Side::New => &mut self.new,
        }
    }
}

/// One revision's items as the matcher sorts them out.
#[derive(Default)]
struct SideItems {
    /// Waiting for a counterpart, by reading order.
    waiting: BTreeMap<usize, (PendingItem, Arc<ItemBuilder>)>,
    waiting_bytes: usize,
    /// Dropped from `waiting` for room; only the hash is known.
    evicted: HashSet<usize>,
    /// To parse and compare.
    wanted: Vec<(usize, PendingItem, Arc<ItemBuilder>)>,
    /// To read again, parsing only these.
    again: Vec<usize>,
    /// Parsed: (reading order, item).
    parsed: Vec<(usize, Item)>,
}

impl SideItems {
    fn wait(&mut self, f: Fingerprint) {
        self.waiting_bytes += f.pending.size();
        self.waiting.insert(f.ordinal, (f.pending, f.builder));
    }

    /// The waiting item is wanted after all (or, if it was evicted, read again).
    fn want(&mut self, ordinal: usize) {
        if let Some((pending, builder)) = self.waiting.remove(&ordinal) {
            self.waiting_bytes -= pending.size();
            self.wanted.push((ordinal, pending, builder));
        } else if self.evicted.remove(&ordinal) {
            self.again.push(ordinal);
        }
    }

    /// The waiting item met an equal counterpart.
    fn forget(&mut self, ordinal: usize) {
        if let Some((pending, _)) = self.waiting.remove(&ordinal) {
            self.waiting_bytes -= pending.size();
        }
        self.evicted.remove(&ordinal);
    }

    fn evict_oldest(&mut self) {
        if let Some((ordinal, (pending, _))) = self.waiting.pop_first() {
            self.waiting_bytes -= pending.size();
            self.evicted.insert(ordinal);
        }
    }

    /// Items read again, in reading order, take their places.
    fn merge_again(&mut self, items: Vec<Item>) {
        self.again.sort_unstable();
        self.again.dedup();
        self.parsed.extend(self.again.iter().copied().zip(items));
    }

    fn into_items(mut self) -> Vec<Item> {
        self.parsed.sort_by_key(|(ordinal, _)| *ordinal);
        self.parsed.into_iter().map(|(_, item)| item).collect()
    }
}

#[derive(Default)]
struct Matcher {
    budget: usize,
    keys: HashMap<Box<str>, KeyState>,
    old: SideItems,
    new: SideItems,
    unchanged: usize,
}

impl Matcher {
    fn side(&mut self, side: Side) -> &mut SideItems {
        match side {
            Side::Old => &mut self.old,
            Side::New => &mut self.new,
        }
    }

    fn add(&mut self, side: Side, batch: Vec<Fingerprint>) {
        for f in batch {
            self.add_one(side, f);
        }
        while self.old.waiting_bytes + self.new.waiting_bytes > self.budget {
            if self.old.waiting_bytes >= self.new.waiting_bytes {
                self.old.evict_oldest();
            } else {
                self.new.evict_oldest();
            }
        }
    }

    fn add_one(&mut self, side: Side, f: Fingerprint) {
        let other = match side {
            Side::Old => Side::New,
            Side::New => Side::Old,
        };
        let key = match_key(f.builder.schema(), &f.identity);
        let state = self.keys.entry(key.into_boxed_str()).or_default();
        let seen = Seen {
            ordinal: f.ordinal,
            hash: f.hash,
        };
        if state.shared {
            self.side(side)
                .wanted
                .push((f.ordinal, f.pending, f.builder));
            return;
        }
        if let Some(first) = *state.seen(side) {
            // A second item under one key: every item of the key is compared in full.
            state.shared = true;
            let counterpart = *state.seen(other);
            if std::mem::take(&mut state.dropped) {
                self.unchanged -= 1;
                self.side(side).again.push(first.ordinal);
                if let Some(c) = counterpart {
                    self.side(other).again.push(c.ordinal);
                }
            } else {
                self.side(side).want(first.ordinal);
                if let Some(c) = counterpart {
                    self.side(other).want(c.ordinal);
                }
            }
            self.side(side)
                .wanted
                .push((f.ordinal, f.pending, f.builder));
            return;
        }
        *state.seen(side) = Some(seen);
        match *state.seen(other) {
            None => self.side(side).wait(f),
            Some(counterpart) if counterpart.hash == seen.hash => {
                state.dropped = true;
                self.unchanged += 1;
                self.side(other).forget(counterpart.ordinal);
            }
            Some(counterpart) => {
                self.side(other).want(counterpart.ordinal);
                self.side(side)
                    .wanted
                    .push((f.ordinal, f.pending, f.builder));
            }
        }
    }

    /// Parses every wanted item (on every core) and what still waits: items with no counterpart
    /// (added, removed, recoded). Evicted items among them are marked to be read again.
    fn finish(mut self) -> [SideItems; 2] {
        for items in [&mut self.old, &mut self.new] {
            let waiting = std::mem::take(&mut items.waiting);
            items
                .wanted
                .extend(waiting.into_iter().map(|(o, (p, b))| (o, p, b)));
            items.waiting_bytes = 0;
            items.again.extend(items.evicted.drain());
            let wanted = std::mem::take(&mut items.wanted);
            items.parsed = wanted
                .into_par_iter()
                .map(|(ordinal, pending, builder)| (ordinal, builder.build(pending)))
                .collect();
        }
        [self.old, self.new]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fully_parsed(old: &str, new: &str) -> Diff {
        let read = |p: &str| read_inputs(&[PathBuf::from(p)], &IngestOptions::default()).unwrap();
        diff_catalogs(&read(old).catalog, &read(new).catalog)
    }

    /// With no room for waiting items every unmatched item is evicted and read again; shared codes
    /// whose first pair was dropped as unchanged are read again too. The result never differs
    /// from comparing fully parsed catalogs.
    #[test]
    fn eviction_and_second_pass_give_the_full_diff() {
        let pairs = [
            ("tests/fixtures/diff/old.csv", "tests/fixtures/diff/new.csv"),
            ("tests/fixtures/diff/new.csv", "tests/fixtures/diff/old.csv"),
            ("catalogs/sample-town", "catalogs/sample-town-2023"),
        ];
        for (old, new) in pairs {
            let (old, new) = (
                Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(old),
                Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(new),
            );
            let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
            let expected = fully_parsed(old, new);
            assert!(!expected.is_empty());
            for budget in [0, 1 << 12, WAITING_BUDGET] {
                let got = diff_paths_within(Path::new(old), Path::new(new), None, None, budget)
                    .unwrap()
                    .diff;
                assert_eq!(got, expected, "{old} → {new}, budget {budget}");
            }
        }
    }
}
