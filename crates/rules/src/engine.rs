//! The check engine: the one way rules are run, whether the catalog is held in memory
//! ([`check_catalog`]) or checked while it is read ([`super::CheckStream`]).
//!
//! Items are checked in batches, each a run of one sheet's items: the rules that look at items
//! run on a batch at once, on every core (item rules, batch rules such as the U rules against
//! the upper-level catalog, and the L rules on the batch's distinct texts). What a batch leaves
//! behind is its findings, which go to a [`FindingStore`] (on disk once large), and each item's
//! identity (the elements the catalog rules read), which the catalog rules need at the end. So a
//! streamed check's memory grows with the number of items only by their identities, not by their
//! text: a million-item catalog is checked in a fraction of the memory it takes to hold.
//!
//! Three things depend on the whole catalog and are settled at the end:
//! - an L finding's note on how many other items repeat the same text: each distinct text's hash
//!   is counted across batches, and only the batch with a text's first cell keeps its findings;
//! - M001 for an element whose column the sheet lacks: reported once per sheet by S002 instead
//!   when no item of the sheet has the element, which is known only once the sheet is read;
//! - the report's order, which the store sorts.
//!
//! A held catalog goes through the same batches, so both ways report the same, byte for byte
//! (tested), and a rule sees the same in both: a catalog rule sees only what it declares it reads.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use super::{
    CatalogCheck, Check, Cx, ItemCheck, Out, Rule, active_rules, language, run_item_rules,
};
use crate::store::{EncodedFindings, FindingStore};
use crate::structure;
use svcat_core::error::Error;
use svcat_core::finding::{Finding, Severity};
use svcat_core::model::{Catalog, CatalogMeta, Item, SheetSource};
use svcat_core::report::{FindingSource, Report};
use svcat_core::schema::Schema;
use svcat_core::text::FastHash;
use svcat_ingest::Notice;

/// How many items a batch of a held catalog holds (a streamed one's batches are ingest's).
const BATCH_ITEMS: usize = 2048;

/// The one item rule that consults which columns a sheet lacks (see the module's notes).
const REQUIRED_EMPTY: &str = "M001";

/// The rules the schema leaves on, by when they run.
pub(crate) struct Plan {
    item: Vec<(&'static Rule, Severity, ItemCheck)>,
    batch: Vec<(&'static Rule, Severity, CatalogCheck)>,
    /// The L rules, by position in `language::RULES`.
    prose: [Option<(&'static Rule, Severity)>; 4],
    /// The catalog rules: once, at the end, on the sheets, the notices and the items' identities.
    last: Vec<(&'static Rule, Severity, CatalogCheck)>,
    /// The elements an item's identity keeps: what the active catalog rules read, and the code
    /// and name every finding names its item by.
    identity: Vec<u16>,
}

impl Plan {
    pub(crate) fn new(schema: &Schema) -> Plan {
        let mut plan = Plan {
            item: Vec::new(),
            batch: Vec::new(),
            prose: [None; 4],
            last: Vec::new(),
            identity: Vec::new(),
        };
        let mut reads = vec!["code", "name"];
        for (rule, severity) in active_rules(schema) {
            match rule.check {
                Check::Item(f) => plan.item.push((rule, severity, f)),
                Check::Batch(f) => plan.batch.push((rule, severity, f)),
                Check::Prose => {
                    if let Some(i) = language::RULES.iter().position(|r| r.id == rule.id) {
                        plan.prose[i] = Some((rule, severity));
                    }
                }
                Check::Catalog { run, reads: more } => {
                    plan.last.push((rule, severity, run));
                    reads.extend_from_slice(more);
                }
            }
        }
        plan.identity = reads
            .into_iter()
            .filter_map(|key| schema.element_index(key).map(|e| e as u16))
            .collect();
        plan.identity.sort_unstable();
        plan.identity.dedup();
        plan
    }

    pub(crate) fn has_prose_rules(&self) -> bool {
        self.prose.iter().any(Option::is_some)
    }

    /// An item reduced to its identity, from a held catalog.
    fn identity_of(&self, item: &Item) -> Item {
        Item {
            fields: item
                .fields
                .iter()
                .filter(|f| self.identity.contains(&f.element))
                .cloned()
                .collect(),
            extra: Vec::new(),
            sheet: item.sheet,
            row: item.row,
            last_row: item.last_row,
        }
    }

    /// An item reduced to its identity, from a streamed batch (which gives its items up).
    pub(crate) fn reduce_to_identity(&self, item: Item, sheet: u32) -> Item {
        let mut fields: Vec<_> = item
            .fields
            .into_iter()
            .filter(|f| self.identity.contains(&f.element))
            .collect();
        // Collected in place, the vector would keep the room of every field.
        fields.shrink_to_fit();
        Item {
            fields,
            extra: Vec::new(),
            sheet,
            row: item.row,
            last_row: item.last_row,
        }
    }
}

/// What checking one batch leaves behind.
pub(crate) struct BatchOut {
    /// The sheet's place in the whole catalog.
    pub sheet: u32,
    /// The item, batch and L findings, in the report's order, encoded for the store.
    found: EncodedFindings,
    /// What each of them depends on.
    kinds: Vec<Kind>,
    /// Why a finding could not be encoded (an unknown rule: a bug).
    failed: Option<std::io::Error>,
    /// Each distinct prose text of the batch (hash) and how many of its items have it.
    texts: Vec<(u128, u32)>,
    /// For each required element the sheet has no column for: whether an item of the batch has
    /// it anyway, and whether one requires it.
    evidence: Vec<(usize, bool, bool)>,
    /// The items reduced to their identities.
    pub identities: Vec<Item>,
}

/// What a batch's finding depends on, settled when the collector takes it.
enum Kind {
    Plain,
    /// M001 on an element whose column the sheet lacks.
    Condition(usize),
    /// An L finding at a distinct text's first cell in its batch (the text's hash): kept only
    /// from the batch where the text first occurs.
    Language(u128),
}

/// Runs the rules that look at items on one batch: `items`, a run of one sheet's items of
/// `catalog`. `from_cells`: the items were built from the sheet's cells (see below).
pub(crate) fn check_batch(
    plan: &Plan,
    catalog: &Catalog,
    items: &[Item],
    upper: Option<&Catalog>,
    cell_details: bool,
    from_cells: bool,
) -> BatchOut {
    let local_sheet = items.first().map_or(0, |i| i.sheet);
    let sheet = &catalog.sheets[local_sheet as usize];
    let mut cx = Cx::new(catalog, items, &[], upper, cell_details);
    let columnless = structure::columnless_required(&cx, sheet);
    // Items built from a sheet's cells have no element the sheet has no column for (the
    // department from the sheet or file name goes to every item alike). So where such an item
    // lacks a required one, no item of the sheet has it and this one requires it: the column is
    // absent, S002 reports it, and the M001 would be dropped at the end. Not making it at all
    // saves a finding per item and absent column. Not so for 基本编码 and 实施编码, which an item
    // counts as having when its code has their length (`missing::has_element`).
    if from_cells {
        let derived_from_code = [cx.k.basic_code, cx.k.implementation_code];
        cx.absent_columns = columnless
            .iter()
            .filter(|&&e| !derived_from_code.contains(&Some(e)))
            .map(|&e| (local_sheet, e))
            .collect();
    }
    let mut findings: Vec<(Finding, Option<usize>)> = run_item_rules(&cx, items, &plan.item)
        .into_iter()
        .map(|f| {
            let condition = (f.rule == REQUIRED_EMPTY)
                .then(|| {
                    f.element
                        .as_deref()
                        .and_then(|k| cx.schema.element_index(k))
                })
                .flatten()
                .filter(|e| columnless.contains(e));
            (f, condition)
        })
        .collect();
    for (rule, severity, check) in &plan.batch {
        let mut out = Out::new(rule, *severity);
        check(&cx, &mut out);
        findings.extend(out.findings.into_iter().map(|f| (f, None)));
    }
    let mut outs = plan
        .prose
        .map(|rule| rule.map(|(rule, severity)| Out::new(rule, severity)));
    let language::BatchJudgment {
        counts: texts,
        findings: mut judged,
    } = language::judge_batch(&cx, &mut outs);
    // In the report's order, so that the store's records lie in the order they are read back.
    findings.sort_by(|a, b| a.0.order(&b.0));
    judged.sort_by(|a, b| a.1.order(&b.1));
    let mut found = EncodedFindings::new();
    let mut kinds = Vec::with_capacity(findings.len() + judged.len());
    let mut failed = None;
    let mut add = |f: &Finding, kind: Kind| match found.add(f) {
        Ok(()) => kinds.push(kind),
        Err(e) => {
            failed.get_or_insert(e);
        }
    };
    let mut judged = judged.into_iter().peekable();
    for (finding, condition) in &findings {
        while let Some((hash, l)) = judged.next_if(|(_, l)| l.order(finding).is_lt()) {
            add(&l, Kind::Language(hash));
        }
        add(finding, condition.map_or(Kind::Plain, Kind::Condition));
    }
    for (hash, l) in judged {
        add(&l, Kind::Language(hash));
    }
    let refs: Vec<&Item> = items.iter().collect();
    let evidence = columnless
        .iter()
        .map(|&e| {
            let (any_value, any_requires) = structure::absence_evidence(&cx, &refs, e);
            (e, any_value, any_requires)
        })
        .collect();
    BatchOut {
        sheet: local_sheet,
        found,
        kinds,
        failed,
        texts,
        evidence,
        identities: Vec::new(),
    }
}

/// Takes the batches in reading order and settles, at the end, what needs the whole catalog.
#[derive(Default)]
pub(crate) struct Collector {
    store: FindingStore,
    error: Option<Error>,
    batches: u32,
    /// Per distinct prose text: how many items have it, and the batch with its first cell.
    texts: HashMap<u128, (u32, u32), FastHash>,
    /// The texts whose L findings are kept; a finding's tag is `(slot << 1) | 1`.
    repeat_slots: Vec<u128>,
    /// The slots given to this batch's texts (the L findings of one text share one).
    slot_index: HashMap<u128, u32, FastHash>,
    /// (sheet, element) the M001 findings are conditional on; a tag `(index + 1) << 1`.
    conditions: Vec<(u32, usize)>,
    condition_index: HashMap<(u32, usize), u32>,
    evidence: HashMap<(u32, usize), (bool, bool)>,
    identities: Vec<Item>,
}

impl Collector {
    /// Records an error that fails the check (an upper-level catalog that cannot be read).
    pub(crate) fn fail(&mut self, e: Error) {
        self.error.get_or_insert(e);
    }

    pub(crate) fn take(&mut self, batch: BatchOut) {
        let BatchOut {
            sheet,
            found,
            kinds,
            failed,
            texts,
            evidence,
            mut identities,
        } = batch;
        if let Some(e) = failed {
            self.error.get_or_insert(temp_file_error(e));
        }
        self.batches += 1;
        let this = self.batches;
        for (hash, count) in texts {
            self.texts
                .entry(hash)
                .and_modify(|(n, _)| *n += count)
                .or_insert((count, this));
        }
        let mut picked = Vec::with_capacity(kinds.len());
        for (index, kind) in kinds.iter().enumerate() {
            let tag = match kind {
                Kind::Plain => 0,
                Kind::Condition(e) => {
                    let key = (sheet, *e);
                    let condition = match self.condition_index.get(&key) {
                        Some(&i) => i,
                        None => {
                            self.conditions.push(key);
                            let i = self.conditions.len() as u32;
                            self.condition_index.insert(key, i);
                            i
                        }
                    };
                    condition << 1
                }
                // Kept from the batch with the text's first cell, tagged with the text's slot.
                Kind::Language(hash) => {
                    if self.texts.get(hash).is_none_or(|(_, first)| *first != this) {
                        continue;
                    }
                    let slot = match self.slot_index.get(hash) {
                        Some(&slot) => slot,
                        None => {
                            let slot = self.repeat_slots.len() as u32;
                            self.repeat_slots.push(*hash);
                            self.slot_index.insert(*hash, slot);
                            slot
                        }
                    };
                    (slot << 1) | 1
                }
            };
            picked.push((index, tag));
        }
        self.slot_index.clear();
        if self.error.is_none()
            && let Err(e) = self.store.append(&found, &picked)
        {
            self.error = Some(temp_file_error(e));
        }
        for (e, any_value, any_requires) in evidence {
            let seen = self.evidence.entry((sheet, e)).or_default();
            seen.0 |= any_value;
            seen.1 |= any_requires;
        }
        self.identities.append(&mut identities);
    }

    /// Settles what needs the whole catalog, runs the catalog rules and sorts the findings.
    /// `catalog`: the catalog's meta, schema and sheets (its items are the identities taken).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn finish(
        mut self,
        plan: &Plan,
        meta: CatalogMeta,
        schema: Arc<Schema>,
        sheets: Vec<SheetSource>,
        notices: &[Notice],
        files: usize,
        cell_details: bool,
    ) -> Result<FindingStore, Error> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let absent: HashSet<(u32, usize), FastHash> = self
            .evidence
            .iter()
            .filter(|(_, (any_value, any_requires))| !any_value && *any_requires)
            .map(|(key, _)| *key)
            .collect();
        let conditions = std::mem::take(&mut self.conditions);
        self.store.retain_tags(|tag| {
            tag & 1 == 1 || !absent.contains(&conditions[(tag >> 1) as usize - 1])
        });
        for (slot, hash) in self.repeat_slots.iter().enumerate() {
            let others = self.texts[hash].0 as usize - 1;
            let tag = ((slot as u32) << 1) | 1;
            self.store.set_suffix(tag, language::repeated(others));
        }
        drop(self.texts);

        let items = self.identities.len();
        let catalog = Catalog {
            meta,
            schema,
            sheets,
            items: self.identities,
        };
        let mut cx = Cx::new(&catalog, &catalog.items, notices, None, cell_details);
        cx.absent_columns = absent;
        let mut store = self.store;
        store.begin_scattered();
        let mut failed = None;
        let mut drain = |found: Vec<Finding>| {
            for f in &found {
                if let Err(e) = store.push(f, 0) {
                    failed.get_or_insert(e);
                }
            }
        };
        for (rule, severity, check) in &plan.last {
            let mut out = Out::new(rule, *severity);
            out.drain = Some(&mut drain);
            check(&cx, &mut out);
            let rest = std::mem::take(&mut out.findings);
            drop(out);
            drain(rest);
        }
        if let Some(e) = failed {
            return Err(temp_file_error(e));
        }
        store.files = files;
        store.items = items;
        store.sort().map_err(temp_file_error)?;
        Ok(store)
    }
}

fn temp_file_error(e: std::io::Error) -> Error {
    Error::io("临时文件", e)
}

/// Runs every rule the schema leaves on over a catalog held in memory: in batches of at most
/// [`BATCH_ITEMS`] of one sheet's items, on every core, taken in catalog order.
pub fn check_catalog(
    catalog: &Catalog,
    notices: &[Notice],
    upper: Option<&Catalog>,
    files: usize,
) -> Result<Report, Error> {
    let plan = Plan::new(&catalog.schema);
    let runs: Vec<&[Item]> = catalog
        .items
        .chunk_by(|a, b| a.sheet == b.sheet)
        .flat_map(|run| run.chunks(BATCH_ITEMS))
        .collect();
    let batches: Vec<BatchOut> = runs
        .into_par_iter()
        .map(|items| {
            let mut out = check_batch(&plan, catalog, items, upper, true, false);
            out.identities = items.iter().map(|i| plan.identity_of(i)).collect();
            out
        })
        .collect();
    let mut collector = Collector::default();
    for batch in batches {
        collector.take(batch);
    }
    let store = collector.finish(
        &plan,
        catalog.meta.clone(),
        Arc::clone(&catalog.schema),
        catalog.sheets.clone(),
        notices,
        files,
        true,
    )?;
    let mut findings = Vec::with_capacity(store.len());
    store
        .each(&mut |f| {
            findings.push(f.clone());
            Ok(())
        })
        .map_err(temp_file_error)?;
    Ok(Report {
        files: store.files(),
        items: store.items(),
        findings,
    })
}
