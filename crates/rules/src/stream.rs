//! `check` without holding the catalog. Items arrive from ingest in batches of one sheet, parsed on
//! the worker threads, where the rules that look at one item at a time run at once (the item
//! rules, the U rules against the upper-level catalog, and the L rules on the batch's distinct
//! texts). What a batch leaves behind is its findings, which go to a [`FindingStore`] (on disk
//! once large), and each item's identity (code, name, 业务办理项, department), which the S and X
//! rules need at the end. So memory grows with the number of items only by their identities, not
//! by their text: a million-item catalog is checked in a fraction of the memory it takes to hold.
//!
//! Three things depend on the whole catalog and are settled at the end:
//! - an L finding's note on how many other items repeat the same text: each distinct text's hash
//!   is counted across batches, and only the batch with a text's first cell keeps its findings;
//! - M001 for an element whose column the sheet lacks: reported once per sheet by S002 instead
//!   when no item of the sheet has the element, which is known only once the sheet is read;
//! - the report's order, which the store sorts.
//!
//! The report is byte-identical to the one `check_catalog` makes holding the catalog (tested).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::{
    CatalogCheck, Check, Cx, Family, ItemCheck, Keys, Out, Rule, active_rules, language,
    run_item_rules, structure,
};
use crate::store::{EncodedFindings, FindingStore};
use svcat_core::error::Error;
use svcat_core::finding::{Finding, Severity};
use svcat_core::model::{Catalog, CatalogMeta, Item, SheetSource};
use svcat_core::schema::Schema;
use svcat_core::text::FastHash;
use svcat_ingest::{Encoded, Encoder, Ingested, ItemStream};
use svcat_plain::glossary::builtin_glossary;

/// The rules the schema leaves on, by when they can run.
struct Plan {
    item: Vec<(&'static Rule, Severity, ItemCheck)>,
    /// The U rules: item by item in nature, they run on each batch against the upper catalog.
    upper: Vec<(&'static Rule, Severity, CatalogCheck)>,
    /// The L rules, by position in `language::RULES`.
    language: [Option<(&'static Rule, Severity)>; 4],
    /// The S and X rules: once, at the end, on the sheets, the notices and the items' identities.
    last: Vec<(&'static Rule, Severity, CatalogCheck)>,
}

impl Plan {
    fn new(schema: &Schema) -> Plan {
        let mut plan = Plan {
            item: Vec::new(),
            upper: Vec::new(),
            language: [None; 4],
            last: Vec::new(),
        };
        for (rule, severity) in active_rules(schema) {
            match (rule.check, rule.family) {
                (Check::Item(f), _) => plan.item.push((rule, severity, f)),
                (Check::Catalog(_), Family::Language) => {
                    if let Some(i) = language::RULES.iter().position(|r| r.id == rule.id) {
                        plan.language[i] = Some((rule, severity));
                    }
                }
                (Check::Catalog(f), Family::Upper) => plan.upper.push((rule, severity, f)),
                (Check::Catalog(f), _) => plan.last.push((rule, severity, f)),
            }
        }
        plan
    }
}

/// The one item rule that consults which columns a sheet lacks (see the module's notes).
const REQUIRED_EMPTY: &str = "M001";

/// What a worker makes of one batch.
struct BatchOut {
    sheet: u32,
    /// The item, U and L findings, in the report's order, encoded for the store.
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
    /// The items with only the elements the S and X rules read.
    identities: Vec<Item>,
}

/// What a batch's finding depends on, settled when the store takes it.
enum Kind {
    Plain,
    /// M001 on an element whose column the sheet lacks.
    Condition(usize),
    /// An L finding at a distinct text's first cell in its batch (the text's hash): kept only
    /// from the batch where the text first occurs.
    Language(u128),
}

/// The `ItemStream` that checks as it reads.
pub struct CheckStream {
    /// The upper-level catalog named on the command line; else catalog.toml's, loaded when the
    /// meta is known.
    against: Option<Arc<Catalog>>,
    base: Option<PathBuf>,
    /// Whether findings carry the cell's text and header (for the human report).
    cell_details: bool,
    started: RefCell<Option<Started>>,
    state: RefCell<State>,
}

/// What is known once the catalog's meta is.
#[derive(Clone)]
struct Started {
    plan: Arc<Plan>,
    meta: CatalogMeta,
    upper: Option<Arc<Catalog>>,
    cell_details: bool,
}

#[derive(Default)]
struct State {
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

impl State {
    fn append(&mut self, found: &EncodedFindings, picked: &[(usize, u32)]) {
        if self.error.is_some() {
            return;
        }
        if let Err(e) = self.store.append(found, picked) {
            self.error = Some(Error::io("临时文件", e));
        }
    }
}

impl CheckStream {
    /// `against`: the upper-level catalog from the command line. `base`: the input directory, where
    /// catalog.toml's `upper` is found. `cell_details`: whether the findings keep each cell's text
    /// and header, which only the human report shows.
    pub fn new(against: Option<Catalog>, base: Option<PathBuf>, cell_details: bool) -> CheckStream {
        CheckStream {
            against: against.map(Arc::new),
            base,
            cell_details,
            started: RefCell::new(None),
            state: RefCell::new(State::default()),
        }
    }

    /// Settles what needs the whole catalog and sorts the findings.
    pub fn finish(self, ingested: Ingested) -> Result<FindingStore, Error> {
        self.begin(&ingested.catalog);
        let started = self.started.into_inner().expect("begun");
        let mut state = self.state.into_inner();
        if let Some(e) = state.error {
            return Err(e);
        }
        let absent: HashSet<(u32, usize), FastHash> = state
            .evidence
            .iter()
            .filter(|(_, (any_value, any_requires))| !any_value && *any_requires)
            .map(|(key, _)| *key)
            .collect();
        let conditions = std::mem::take(&mut state.conditions);
        state.store.retain_tags(|tag| {
            tag & 1 == 1 || !absent.contains(&conditions[(tag >> 1) as usize - 1])
        });
        for (slot, hash) in state.repeat_slots.iter().enumerate() {
            let others = state.texts[hash].0 as usize - 1;
            let tag = ((slot as u32) << 1) | 1;
            state.store.set_suffix(tag, language::repeated(others));
        }
        drop(state.texts);

        let items = state.identities.len();
        let catalog = Catalog {
            meta: ingested.catalog.meta,
            schema: ingested.catalog.schema,
            sheets: ingested.catalog.sheets,
            items: state.identities,
        };
        let cx = Cx {
            catalog: &catalog,
            schema: &catalog.schema,
            k: Keys::new(&catalog.schema),
            notices: &ingested.notices,
            upper: None,
            absent_columns: absent,
            cell_details: started.cell_details,
            shared_codes: Default::default(),
            list_masks: super::list_masks(&catalog),
        };
        let mut store = state.store;
        store.begin_scattered();
        let mut failed = None;
        let mut drain = |found: Vec<Finding>| {
            for f in &found {
                if let Err(e) = store.push(f, 0) {
                    failed.get_or_insert(e);
                }
            }
        };
        for (rule, severity, check) in &started.plan.last {
            let mut out = Out::new(rule, *severity);
            out.drain = Some(&mut drain);
            check(&cx, &mut out);
            let rest = std::mem::take(&mut out.findings);
            drop(out);
            drain(rest);
        }
        if let Some(e) = failed {
            return Err(Error::io("临时文件", e));
        }
        store.files = ingested.files;
        store.items = items;
        store.sort().map_err(|e| Error::io("临时文件", e))?;
        Ok(store)
    }

    fn started(&self) -> Started {
        self.started.borrow().clone().expect("begin comes first")
    }
}

impl ItemStream for CheckStream {
    fn begin(&self, catalog: &Catalog) {
        if self.started.borrow().is_some() {
            return;
        }
        let upper = match (&self.against, &catalog.meta.upper, &self.base) {
            (Some(against), _, _) => Some(Arc::clone(against)),
            (None, Some(upper), Some(base)) => {
                match svcat_ingest::upper::read_upper(&base.join(upper)) {
                    Ok(upper) => Some(Arc::new(upper)),
                    Err(e) => {
                        self.state.borrow_mut().error.get_or_insert(e);
                        None
                    }
                }
            }
            _ => None,
        };
        let plan = Plan::new(&catalog.schema);
        if plan.language.iter().any(Option::is_some) {
            // The L rules' glossary takes milliseconds to compile: on a spare thread while the
            // first rows are read, rather than when the first batch needs it.
            rayon::spawn(|| drop(builtin_glossary()));
        }
        *self.started.borrow_mut() = Some(Started {
            plan: Arc::new(plan),
            meta: catalog.meta.clone(),
            upper,
            cell_details: self.cell_details,
        });
    }

    fn encoder(
        &self,
        schema: &Arc<Schema>,
        sheet: &SheetSource,
        sheet_index: u32,
        from_cells: bool,
    ) -> Encoder {
        let started = self.started();
        let (schema, sheet) = (Arc::clone(schema), sheet.clone());
        let k = Keys::new(&schema);
        let identity: Vec<u16> = [k.code, k.name, k.sub_item, k.department]
            .into_iter()
            .flatten()
            .map(|e| e as u16)
            .collect();
        Arc::new(move |mut items: Vec<Item>| -> Encoded {
            // The batch is a catalog of one sheet.
            for item in &mut items {
                item.sheet = 0;
            }
            let catalog = Catalog {
                meta: started.meta.clone(),
                schema: Arc::clone(&schema),
                sheets: vec![sheet.clone()],
                items,
            };
            let mut out = check_batch(&started, &catalog, &sheet, from_cells);
            out.sheet = sheet_index;
            out.identities = catalog
                .items
                .into_iter()
                .map(|item| {
                    let mut fields: Vec<_> = item
                        .fields
                        .into_iter()
                        .filter(|f| identity.contains(&f.element))
                        .collect();
                    // Collected in place, the vector would keep the room of every field.
                    fields.shrink_to_fit();
                    Item {
                        fields,
                        extra: Vec::new(),
                        sheet: sheet_index,
                        row: item.row,
                        last_row: item.last_row,
                    }
                })
                .collect();
            Box::new(out)
        })
    }

    fn write(&self, encoded: Encoded) {
        let Ok(batch) = encoded.downcast::<BatchOut>() else {
            return;
        };
        let BatchOut {
            sheet,
            found,
            kinds,
            failed,
            texts,
            evidence,
            mut identities,
        } = *batch;
        let mut state = self.state.borrow_mut();
        let state = &mut *state;
        if let Some(e) = failed {
            state.error.get_or_insert(Error::io("临时文件", e));
        }
        state.batches += 1;
        let this = state.batches;
        for (hash, count) in texts {
            state
                .texts
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
                    let condition = match state.condition_index.get(&key) {
                        Some(&i) => i,
                        None => {
                            state.conditions.push(key);
                            let i = state.conditions.len() as u32;
                            state.condition_index.insert(key, i);
                            i
                        }
                    };
                    condition << 1
                }
                // Kept from the batch with the text's first cell, tagged with the text's slot.
                Kind::Language(hash) => {
                    if state
                        .texts
                        .get(hash)
                        .is_none_or(|(_, first)| *first != this)
                    {
                        continue;
                    }
                    let slot = match state.slot_index.get(hash) {
                        Some(&slot) => slot,
                        None => {
                            let slot = state.repeat_slots.len() as u32;
                            state.repeat_slots.push(*hash);
                            state.slot_index.insert(*hash, slot);
                            slot
                        }
                    };
                    (slot << 1) | 1
                }
            };
            picked.push((index, tag));
        }
        state.slot_index.clear();
        state.append(&found, &picked);
        for (e, any_value, any_requires) in evidence {
            let seen = state.evidence.entry((sheet, e)).or_default();
            seen.0 |= any_value;
            seen.1 |= any_requires;
        }
        state.identities.append(&mut identities);
    }
}

/// Runs the rules that look at items on one batch (a catalog of one sheet).
fn check_batch(
    started: &Started,
    catalog: &Catalog,
    sheet: &SheetSource,
    from_cells: bool,
) -> BatchOut {
    let plan = &started.plan;
    let mut cx = Cx {
        catalog,
        schema: &catalog.schema,
        k: Keys::new(&catalog.schema),
        notices: &[],
        upper: started.upper.as_deref(),
        absent_columns: HashSet::default(),
        cell_details: started.cell_details,
        shared_codes: Default::default(),
        list_masks: super::list_masks(catalog),
    };
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
            .map(|&e| (0, e))
            .collect();
    }
    let mut findings: Vec<(Finding, Option<usize>)> =
        run_item_rules(&cx, &catalog.items, &plan.item)
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
    if cx.upper.is_some() {
        for (rule, severity, check) in &plan.upper {
            let mut out = Out::new(rule, *severity);
            check(&cx, &mut out);
            findings.extend(out.findings.into_iter().map(|f| (f, None)));
        }
    }
    let mut outs = plan
        .language
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
    let items: Vec<&Item> = catalog.items.iter().collect();
    let evidence = columnless
        .iter()
        .map(|&e| {
            let (any_value, any_requires) = structure::absence_evidence(&cx, &items, e);
            (e, any_value, any_requires)
        })
        .collect();
    BatchOut {
        sheet: 0,
        found,
        kinds,
        failed,
        texts,
        evidence,
        identities: Vec::new(),
    }
}
