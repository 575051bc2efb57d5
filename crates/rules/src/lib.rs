//! The rule engine. A rule is data (stable ID, family, default severity, name, help, the policy it
//! comes from, an explanation with a bad and a good example) plus one function. Schemas may change
//! a rule's severity or turn it off (`[rules] C001 = "warning"`).
//!
//! Families, one file each: S structure, M missing, F format, G granularity, C item consistency,
//! X catalog consistency, U upper-level, L plain language.

mod catalog;
mod consistency;
mod engine;
mod format;
mod granularity;
mod language;
mod missing;
pub mod one_catalog;
pub mod store;
mod stream;
mod structure;
pub mod upper;

pub use engine::check_catalog;
pub use stream::CheckStream;

use std::collections::HashSet;

use svcat_core::finding::{Finding, ItemKey, Severity};
use svcat_core::model::{Catalog, Field, Item, Value};
use svcat_core::schema::{RuleLevel, Schema};
use svcat_ingest::Notice;
use svcat_ingest::sheet::NO_COLUMN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Structure,
    Missing,
    Format,
    Granularity,
    Consistency,
    Catalog,
    Upper,
    Language,
}

impl Family {
    pub fn letter(self) -> char {
        match self {
            Family::Structure => 'S',
            Family::Missing => 'M',
            Family::Format => 'F',
            Family::Granularity => 'G',
            Family::Consistency => 'C',
            Family::Catalog => 'X',
            Family::Upper => 'U',
            Family::Language => 'L',
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Family::Structure => "表格结构",
            Family::Missing => "要素缺失",
            Family::Format => "格式规范",
            Family::Granularity => "颗粒度",
            Family::Consistency => "事项内一致性",
            Family::Catalog => "目录内一致性",
            Family::Upper => "与上级目录一致",
            Family::Language => "白话表达",
        }
    }
}

pub type ItemCheck = fn(&Cx, &Item, &mut Out);
pub type CatalogCheck = fn(&Cx, &mut Out);

/// What a rule looks at, which says when the engine runs it (see [`engine`]).
#[derive(Clone, Copy)]
pub enum Check {
    /// One item at a time, as the items are read.
    Item(ItemCheck),
    /// The items of one batch (a run of one sheet's items) at a time, as they are read: for
    /// rules that prepare something once per run rather than per item (the U rules' index of the
    /// upper-level catalog). `cx.items` are the batch's items.
    Batch(CatalogCheck),
    /// The prose of a batch, judged once for all the L rules (see `language`).
    Prose,
    /// Once, at the end, over every item (duplicates across items), the sheets and what ingest
    /// noticed. The items then hold only the elements the active catalog rules declare they
    /// `reads` (with the code and name every finding names its item by): that is all a streamed
    /// check keeps of an item, and a held catalog is checked the same way, so a rule sees the same
    /// in both.
    Catalog {
        run: CatalogCheck,
        reads: &'static [&'static str],
    },
}

pub struct Rule {
    pub id: &'static str,
    pub family: Family,
    pub severity: Severity,
    /// A short name: 承诺时限超过法定时限.
    pub name: &'static str,
    /// The default help line: what to do about it.
    pub help: &'static str,
    /// The policy or standard the rule comes from.
    pub source: &'static str,
    /// A paragraph for `svcat rules ID`.
    pub explain: &'static str,
    pub bad: &'static str,
    pub good: &'static str,
    /// Whether `svcat fix` can repair it safely: Some(rank) when it can. When several rules fix
    /// one cell, the fix of the lowest rank wins (the more specific one: a standard phone or enum
    /// value already has its width folded, so F013, F011 and F012 come before F005's folding).
    pub fixable: Option<u8>,
    /// Whether its finding is about a value that stands for itself wherever it is written (a
    /// phone, a code, an enum's spelling): the same finding in one column of one sheet is one fact,
    /// reported once with the count and every other cell.
    pub one_fact: bool,
    pub check: Check,
}

/// Every rule, in ID order.
pub fn all_rules() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = [
        structure::RULES,
        missing::RULES,
        format::RULES,
        granularity::RULES,
        consistency::RULES,
        catalog::RULES,
        upper::RULES,
        language::RULES,
    ]
    .iter()
    .flat_map(|family| family.iter())
    .collect();
    rules.sort_by_key(|r| (family_order(r.family), r.id));
    rules
}

fn family_order(f: Family) -> usize {
    "SMFGCXUL".find(f.letter()).unwrap_or(99)
}

pub fn find_rule(id: &str) -> Option<&'static Rule> {
    let id = id.trim().to_ascii_uppercase();
    all_rules().into_iter().find(|r| r.id == id)
}

/// Checks that every key of the schema's `[rules]` is a rule's ID: a typo (`C07`, `c001`) would
/// otherwise change nothing. The error points at the key and names the nearest ID.
// The error carries the schema's TOML for the report; it happens once per run, at start-up.
#[allow(clippy::result_large_err)]
pub fn check_rule_ids(schema: &Schema) -> Result<(), svcat_core::schema::SchemaError> {
    let rules = all_rules();
    for key in &schema.rule_keys {
        if rules.iter().any(|r| r.id == key.id) {
            continue;
        }
        let near = svcat_core::suggest::nearest(&key.id, rules.iter().map(|r| r.id))
            .or_else(|| find_rule(&key.id).map(|r| r.id));
        let mut help = match near {
            Some(id) => format!("是否应为“{id}”？"),
            None => String::new(),
        };
        help.push_str("[rules] 的键是规则编号（如 C001、G005），svcat rules 列出全部规则");
        return Err(schema.rule_key_error(
            key,
            format!(
                "规范 {} 的 [rules] 中，规则编号“{}”不存在",
                svcat_core::escape::terminal(&schema.name),
                svcat_core::escape::terminal(&key.id)
            ),
            "未知的规则编号",
            Some(help),
        ));
    }
    Ok(())
}

/// The severity a rule has under a schema, or None when the schema turns it off.
pub fn effective_severity(rule: &Rule, schema: &Schema) -> Option<Severity> {
    match schema.rules.get(rule.id) {
        None => Some(rule.severity),
        Some(RuleLevel::Off) => None,
        Some(RuleLevel::Info) => Some(Severity::Info),
        Some(RuleLevel::Warning) => Some(Severity::Warning),
        Some(RuleLevel::Error) => Some(Severity::Error),
    }
}

macro_rules! element_keys {
    ($($key:ident),* $(,)?) => {
        /// Element indices resolved once, so rules never look keys up by string per item.
        pub struct Keys { $(pub $key: Option<usize>,)* }
        impl Keys {
            fn new(schema: &Schema) -> Keys {
                Keys { $($key: schema.element_index(stringify!($key)),)* }
            }
        }
    };
}

element_keys!(
    code,
    basic_code,
    implementation_code,
    name,
    sub_item,
    department,
    implementer_code,
    kind,
    level,
    legal_basis,
    conditions,
    materials,
    process,
    special_procedures,
    legal_limit,
    promised_limit,
    handling_type,
    fee_charged,
    fee_standard,
    fee_basis,
    online_payment,
    visits,
    visit_reason,
    online_depth,
    phone_consult,
    phone_complaint,
    result_type,
    result_name,
    result_sample,
    handling_forms,
    express_delivery,
    proxy_service,
    faq,
);

/// What rules see: the catalog, the schema, what ingest noticed, the upper-level catalog.
pub struct Cx<'a> {
    pub catalog: &'a Catalog,
    /// The items the rule looks at: a batch's for item, batch and prose rules; every item's
    /// identity for catalog rules.
    pub items: &'a [Item],
    pub schema: &'a Schema,
    pub k: Keys,
    pub notices: &'a [Notice],
    pub upper: Option<&'a Catalog>,
    /// (sheet, element) pairs whose column the sheet lacks entirely: reported once per sheet (S002),
    /// not once per item (M001).
    pub absent_columns: HashSet<(u32, usize), svcat_core::text::FastHash>,
    /// Whether findings carry the cell's text and header, which the human report and the annotated
    /// workbook show (the JSON and SARIF reports do not, and copying every flagged cell's text
    /// was a visible share of a streamed check).
    pub cell_details: bool,
    /// The codes more than one item has, with their items, grouped once for the two catalog rules
    /// that need them (X001, X003).
    pub shared_codes: std::sync::OnceLock<Vec<(&'a str, Vec<&'a Item>)>>,
    /// Per sheet: which required elements the kind of list it is must carry (None: all).
    pub list_masks: Vec<Option<Vec<bool>>>,
}

/// Per sheet of a catalog: which required elements the kind of list it is read as must carry.
pub fn list_masks(catalog: &Catalog) -> Vec<Option<Vec<bool>>> {
    catalog.list_masks()
}

impl<'a> Cx<'a> {
    /// What rules see of some items of a catalog (`items`: the catalog's own, or a part of them).
    pub fn new(
        catalog: &'a Catalog,
        items: &'a [Item],
        notices: &'a [Notice],
        upper: Option<&'a Catalog>,
        cell_details: bool,
    ) -> Cx<'a> {
        Cx {
            catalog,
            items,
            schema: &catalog.schema,
            k: Keys::new(&catalog.schema),
            notices,
            upper,
            absent_columns: HashSet::default(),
            cell_details,
            shared_codes: Default::default(),
            list_masks: list_masks(catalog),
        }
    }

    pub fn field<'i>(&self, item: &'i Item, key: Option<usize>) -> Option<&'i Field> {
        item.field(key?)
    }

    pub fn value<'i>(&self, item: &'i Item, key: Option<usize>) -> Option<&'i Value> {
        self.field(item, key).map(|f| &f.value)
    }

    /// The element's text, when it is text.
    pub fn text<'i>(&self, item: &'i Item, key: Option<usize>) -> Option<&'i str> {
        self.value(item, key).and_then(Value::as_text)
    }

    /// Whether the item must have the element: its type requires it, and the kind of list its
    /// sheet is carries it.
    pub fn required(&self, item: &Item, element: usize, kind: Option<&str>) -> bool {
        self.schema
            .is_required(&self.schema.elements[element], kind)
            && self.list_carries(item.sheet, element)
    }

    /// Whether the kind of list a sheet is carries the element.
    pub fn list_carries(&self, sheet: u32, element: usize) -> bool {
        match self.list_masks.get(sheet as usize) {
            Some(Some(mask)) => mask.get(element).copied().unwrap_or(true),
            _ => true,
        }
    }

    pub fn kind<'i>(&self, item: &'i Item) -> Option<&'i str> {
        match self.value(item, self.k.kind)? {
            Value::Enum(kind) => Some(kind),
            _ => None,
        }
    }

    /// Whether a field holds something real: present and not a placeholder such as 无 or 见附件.
    pub fn filled(&self, item: &Item, key: Option<usize>) -> bool {
        self.field(item, key)
            .is_some_and(|f| !self.schema.is_placeholder(&f.source_text()))
    }

    pub fn item_key(&self, item: &Item) -> ItemKey {
        ItemKey {
            code: self
                .value(item, self.k.code)
                .map(Value::render)
                .unwrap_or_default(),
            name: self
                .value(item, self.k.name)
                .map(Value::render)
                .unwrap_or_default(),
        }
    }

    pub fn element_key(&self, index: usize) -> &str {
        &self.schema.elements[index].key
    }

    pub fn label(&self, key: Option<usize>) -> &str {
        key.map_or("", |k| self.schema.elements[k].label.as_str())
    }

    /// The column an element has in the item's sheet, for findings about an empty cell.
    pub fn column_of(&self, item: &Item, element: usize) -> Option<u32> {
        self.catalog
            .sheet_of(item)
            .columns
            .iter()
            .find(|c| c.elements.contains(&(element as u16)))
            .map(|c| c.index)
    }
}

/// Collects one rule's findings; the engine stamps them with the rule's ID and severity.
pub struct Out<'s> {
    findings: Vec<Finding>,
    rule: &'static str,
    severity: Severity,
    help: &'static str,
    /// Where findings go as they pile up (a streamed check's store), so that a rule with a finding
    /// on every item of a large catalog never holds them all.
    drain: Option<&'s mut (dyn FnMut(Vec<Finding>) + Send + Sync)>,
}

/// How many findings an [`Out`] with a drain holds before handing them on.
const DRAIN_AT: usize = 4096;

impl<'s> Out<'s> {
    fn new(rule: &'static Rule, severity: Severity) -> Out<'s> {
        Out {
            findings: Vec::new(),
            rule: rule.id,
            severity,
            help: rule.help,
            drain: None,
        }
    }

    /// An empty collector for the same rule, for work split across threads; `join` takes its
    /// findings back.
    pub fn fork(&self) -> Out<'static> {
        Out {
            findings: Vec::new(),
            rule: self.rule,
            severity: self.severity,
            help: self.help,
            drain: None,
        }
    }

    pub fn join(&mut self, other: Out) {
        self.findings.extend(other.findings);
        self.drain_if_full();
    }

    fn drain_if_full(&mut self) {
        if self.findings.len() >= DRAIN_AT
            && let Some(drain) = &mut self.drain
        {
            drain(std::mem::take(&mut self.findings));
        }
    }

    fn finding(&self, message: String) -> Finding {
        Finding {
            rule: self.rule,
            severity: self.severity,
            element: None,
            message,
            help: self.help.to_string(),
            file: String::new(),
            sheet: None,
            row: None,
            column: None,
            item: None,
            text: None,
            header: None,
            fix: None,
            same: Vec::new(),
        }
    }

    /// A finding about one value, at its cell.
    pub fn at_field(
        &mut self,
        cx: &Cx,
        item: &Item,
        field: &Field,
        message: String,
    ) -> &mut Finding {
        let sheet = cx.catalog.sheet_of(item);
        let mut f = self.finding(message);
        f.element = Some(cx.element_key(usize::from(field.element)).to_string());
        f.file = sheet.file.clone();
        f.sheet = sheet.sheet.clone();
        f.row = Some(field.row);
        f.column = (field.column != NO_COLUMN).then_some(field.column);
        f.item = Some(cx.item_key(item));
        if cx.cell_details {
            f.text = Some(field.source_text().into_owned());
            f.header = Some(cx.catalog.cell_ref(item, field).header);
        }
        self.push(f)
    }

    /// A finding about an element the item lacks: at the element's (empty) cell when the sheet
    /// has the column, else at the item's row.
    pub fn at_missing(
        &mut self,
        cx: &Cx,
        item: &Item,
        element: usize,
        message: String,
    ) -> &mut Finding {
        let sheet = cx.catalog.sheet_of(item);
        let mut f = self.finding(message);
        f.element = Some(cx.element_key(element).to_string());
        f.file = sheet.file.clone();
        f.sheet = sheet.sheet.clone();
        f.row = Some(item.row);
        f.column = cx.column_of(item, element);
        f.item = Some(cx.item_key(item));
        if cx.cell_details {
            f.header = Some(
                f.column
                    .and_then(|c| sheet.header_of(c))
                    .unwrap_or(&cx.schema.elements[element].label)
                    .to_string(),
            );
        }
        self.push(f)
    }

    /// A finding about a place that is not an item's value (a header cell, a sheet, a file).
    pub fn at_place(
        &mut self,
        file: &str,
        sheet: Option<&str>,
        row: Option<u32>,
        column: Option<u32>,
        message: String,
    ) -> &mut Finding {
        let mut f = self.finding(message);
        f.file = file.to_string();
        f.sheet = sheet.map(str::to_string);
        f.row = row;
        f.column = column;
        self.push(f)
    }

    fn push(&mut self, f: Finding) -> &mut Finding {
        self.drain_if_full();
        self.findings.push(f);
        self.findings.last_mut().expect("just pushed")
    }
}

/// Reports each repeated fact once (see [`Rule::one_fact`]): what every report, and every count of
/// findings, shows.
pub fn group_repeated_facts(
    report: &mut dyn svcat_core::report::FindingSource,
) -> std::io::Result<()> {
    let facts: Vec<&str> = all_rules()
        .into_iter()
        .filter(|r| r.one_fact)
        .map(|r| r.id)
        .collect();
    report.group_repeats(&|id| facts.contains(&id))
}

/// The rules the schema leaves on, each with the severity it has there, in ID order.
pub(crate) fn active_rules(schema: &Schema) -> Vec<(&'static Rule, Severity)> {
    all_rules()
        .into_iter()
        .filter_map(|rule| effective_severity(rule, schema).map(|s| (rule, s)))
        .collect()
}

/// Runs item rules over some items, rule after rule.
pub(crate) fn run_item_rules(
    cx: &Cx,
    items: &[Item],
    rules: &[(&'static Rule, Severity, ItemCheck)],
) -> Vec<Finding> {
    let mut found = Vec::new();
    for (rule, severity, check) in rules {
        let mut out = Out::new(rule, *severity);
        for item in items {
            check(cx, item, &mut out);
        }
        found.append(&mut out.findings);
    }
    found
}
