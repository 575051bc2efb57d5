//! Reading two revisions for a diff without parsing what did not change.
//!
//! Most items of a revision are unchanged, and parsing every value of both revisions is what a
//! diff would otherwise spend its time and memory on. So spreadsheet inputs are read twice, both
//! revisions at once (one thread each): the first pass parses only each item's code, name and
//! department and hashes its cells; the second parses only the items whose hash differs from
//! their counterpart's, that have no counterpart, or whose code is not unique. Memory holds the
//! hashes and the changed items, never a whole revision. An item left out is one whose cells
//! (as mapped to elements) are identical in both revisions, so it would compare equal anyway: the
//! result is the same as comparing fully parsed catalogs, which is what happens for canonical
//! JSON inputs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Diff, diff_catalogs, match_key};
use crate::error::Error;
use crate::ingest::{IngestOptions, Ingested, ItemMode, read_inputs};

/// A diff and the input files that could not be read (the rest of each revision was compared).
pub struct Compared {
    pub diff: Diff,
    pub errors: Vec<Error>,
}

/// Compares revision `old` with revision `new` (files or directories); `schema` as `--schema`.
pub fn diff_paths(old: &Path, new: &Path, schema: Option<&str>) -> Result<Compared, Error> {
    if is_json(old) || is_json(new) {
        let (old, new) = read_pair(old, new, schema, ItemMode::Parse, ItemMode::Parse)?;
        return Ok(Compared {
            diff: diff_catalogs(&old.catalog, &new.catalog),
            errors: old.errors.into_iter().chain(new.errors).collect(),
        });
    }
    let (old_pass, new_pass) = read_pair(
        old,
        new,
        schema,
        ItemMode::Fingerprint,
        ItemMode::Fingerprint,
    )?;
    let selection = select(&old_pass, &new_pass);
    let errors = old_pass.errors.into_iter().chain(new_pass.errors).collect();
    drop((old_pass.fingerprints, new_pass.fingerprints));
    // The second pass reads the same files the same way, so it meets the same errors: they were
    // reported by the first.
    let (old_items, new_items) = read_pair(
        old,
        new,
        schema,
        ItemMode::Select(&selection.old),
        ItemMode::Select(&selection.new),
    )?;
    let mut diff = diff_catalogs(&old_items.catalog, &new_items.catalog);
    diff.unchanged += selection.unchanged;
    Ok(Compared { diff, errors })
}

/// A canonical JSON catalog is read whole; it carries parsed values already.
fn is_json(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Reads both revisions at once, one thread each.
fn read_pair(
    old: &Path,
    new: &Path,
    schema: Option<&str>,
    old_mode: ItemMode,
    new_mode: ItemMode,
) -> Result<(Ingested, Ingested), Error> {
    let read = |path: &Path, mode: ItemMode| {
        read_inputs(
            &[PathBuf::from(path)],
            &IngestOptions {
                schema: schema.map(str::to_string),
                progress: None,
                mode,
            },
        )
    };
    std::thread::scope(|scope| {
        let old_thread = scope.spawn(|| read(old, old_mode));
        let new = read(new, new_mode);
        let old = old_thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Ok((old?, new?))
    })
}

/// Which items the second pass parses, by their number in reading order.
struct Selection {
    old: Vec<bool>,
    new: Vec<bool>,
    /// Pairs left out because their fingerprints agree.
    unchanged: usize,
}

fn select(old: &Ingested, new: &Ingested) -> Selection {
    #[derive(Clone, Copy)]
    struct Seen {
        count: u32,
        hash: u64,
    }
    let keys = |side: &Ingested| -> Vec<String> {
        side.fingerprints
            .iter()
            .map(|f| match_key(&side.catalog, &f.item))
            .collect()
    };
    let (old_keys, new_keys) = (keys(old), keys(new));
    fn index<'k>(keys: &'k [String], side: &Ingested) -> HashMap<&'k str, Seen> {
        let mut seen: HashMap<&str, Seen> = HashMap::with_capacity(keys.len());
        for (key, f) in keys.iter().zip(&side.fingerprints) {
            seen.entry(key)
                .and_modify(|s| s.count += 1)
                .or_insert(Seen {
                    count: 1,
                    hash: f.hash,
                });
        }
        seen
    }
    let (old_seen, new_seen) = (index(&old_keys, old), index(&new_keys, new));
    // An item is left out only when its code is unique on both sides and the hashes agree;
    // duplicates, additions, removals and recodes all go to the full comparison.
    let same = |key: &str| -> bool {
        match (old_seen.get(key), new_seen.get(key)) {
            (Some(a), Some(b)) => a.count == 1 && b.count == 1 && a.hash == b.hash,
            _ => false,
        }
    };
    // Items of files that failed part-way are not in the fingerprints; the selection only has to
    // cover the items the second pass will see, which are the same ones.
    let mark = |keys: &[String], len: usize| -> Vec<bool> {
        let mut selected = vec![true; len];
        for (flag, key) in selected.iter_mut().zip(keys) {
            if same(key) {
                *flag = false;
            }
        }
        selected
    };
    let old_selected = mark(&old_keys, old.items_read);
    let new_selected = mark(&new_keys, new.items_read);
    let unchanged = old_keys.iter().filter(|k| same(k)).count();
    Selection {
        old: old_selected,
        new: new_selected,
        unchanged,
    }
}
