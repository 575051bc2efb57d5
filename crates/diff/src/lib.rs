//! Catalog revisions compared: items matched by code (recoded items recognised by name and
//! department), element-level changes, and the direction of each change for the reforms
//! (减材料、减时限、减环节、最多跑一次).

mod read;
pub mod render;
pub mod text;
pub mod workbook;

pub use read::{Compared, diff_paths};

use std::collections::{BTreeMap, HashMap};

use svcat_core::model::{Catalog, Item, Material, Value};
use svcat_core::schema::Schema;

/// Whether a change moves the way reforms ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    Better,
    Worse,
    Neutral,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Better => "better",
            Direction::Worse => "worse",
            Direction::Neutral => "neutral",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Direction::Better => "更好",
            Direction::Worse => "更差",
            Direction::Neutral => "中性",
        }
    }
}

/// Old and new value of a change, as the JSON shows them.
#[derive(Debug, Clone, PartialEq)]
pub enum Side {
    Absent,
    Text(String),
    Number(i64),
    Bool(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub element: String,
    /// The element's Chinese label, for people.
    pub label: String,
    pub old: Side,
    pub new: Side,
    pub direction: Direction,
    pub detail: String,
    /// For text: what was deleted and inserted, for the renderers to show (empty otherwise).
    pub pieces: Vec<text::Piece>,
    /// Old and new value in full, as a cell shows them ("" when absent): `old` and `new` are
    /// what the JSON contract shows (a count, for materials), the 新旧对照表 shows these.
    pub values: [String; 2],
}

impl Change {
    /// The change as a text diff: `pieces`, and `detail` marked the JSON contract's way.
    fn with_text_diff(mut self, old: &str, new: &str) -> Change {
        self.pieces = text::inline_pieces(old, new);
        self.detail = text::marked(&self.pieces);
        self
    }
}

/// An item as a diff names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    pub code: String,
    pub name: String,
    pub department: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChangedItem {
    pub item: ItemRef,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recoded {
    pub old_code: String,
    pub new_code: String,
    pub item: ItemRef,
    /// Element changes of a recoded item (besides its code).
    pub changes: Vec<Change>,
}

/// A code that several items of one revision carry: never silently collapsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub side: &'static str,
    pub code: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diff {
    pub added: Vec<ItemRef>,
    pub removed: Vec<ItemRef>,
    pub recoded: Vec<Recoded>,
    pub changed: Vec<ChangedItem>,
    pub unchanged: usize,
    pub duplicates: Vec<Duplicate>,
    /// The two revisions compared, old and new, as people name them: the catalog.toml's version
    /// and date, else the path (set by whoever read them).
    pub versions: [String; 2],
    /// The region the catalogs are of (the new revision's catalog.toml, else the old one's), for
    /// titles; "" when neither names one.
    pub region: String,
}

impl Diff {
    pub fn count(&self, direction: Direction) -> usize {
        self.changed
            .iter()
            .flat_map(|c| &c.changes)
            .chain(self.recoded.iter().flat_map(|r| &r.changes))
            .filter(|c| c.direction == direction)
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.recoded.is_empty()
            && self.changed.is_empty()
    }
}

/// Elements a diff never compares: the code is the match key; the running number is not an
/// element at all.
const SKIPPED: &[&str] = &["code"];

fn item_ref(catalog: &Catalog, item: &Item) -> ItemRef {
    item_ref_in(&catalog.schema, item)
}

fn item_ref_in(schema: &Schema, item: &Item) -> ItemRef {
    let text = |key: &str| {
        schema
            .element_index(key)
            .and_then(|e| item.field(e))
            .map(|f| f.value.render().trim().to_string())
            .unwrap_or_default()
    };
    ItemRef {
        code: text("code"),
        name: text("name"),
        department: text("department"),
    }
}

/// Compares two revisions of a catalog.
/// A revision's name from its catalog.toml: "2023-06（2023-06-30）", the version or the date
/// alone, or "" when it names neither.
pub fn version_name(catalog: &Catalog) -> String {
    let meta = &catalog.meta;
    let (version, date) = (
        meta.version
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty()),
        meta.date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty()),
    );
    match (version, date) {
        (Some(v), Some(d)) if v != d => format!("{v}（{d}）"),
        (Some(v), _) => v.to_string(),
        (None, Some(d)) => d.to_string(),
        (None, None) => String::new(),
    }
}

pub fn diff_catalogs(old: &Catalog, new: &Catalog) -> Diff {
    let mut diff = Diff {
        versions: [version_name(old), version_name(new)],
        region: [new, old]
            .iter()
            .filter_map(|c| c.meta.region.as_deref().map(str::trim))
            .find(|r| !r.is_empty())
            .unwrap_or_default()
            .to_string(),
        ..Diff::default()
    };
    let old_groups = group_by_code(old, "old", &mut diff.duplicates);
    let new_groups = group_by_code(new, "new", &mut diff.duplicates);

    let mut old_only: Vec<&Item> = Vec::new();
    let mut new_only: Vec<&Item> = Vec::new();
    let mut pairs: Vec<(&Item, &Item)> = Vec::new();
    for (code, olds) in &old_groups {
        match new_groups.get(code) {
            None => old_only.extend(olds),
            Some(news) => {
                let (matched, o, n) = pair_group(old, new, olds, news);
                pairs.extend(matched);
                old_only.extend(o);
                new_only.extend(n);
            }
        }
    }
    for (code, news) in &new_groups {
        if !old_groups.contains_key(code) {
            new_only.extend(news);
        }
    }

    // Recoded: gone under one code, back under another with the same name and department.
    let mut new_by_identity: HashMap<(String, String), Vec<&Item>> = HashMap::new();
    for item in &new_only {
        let r = item_ref(new, item);
        new_by_identity
            .entry((r.name, r.department))
            .or_default()
            .push(item);
    }
    let mut recoded_new: Vec<*const Item> = Vec::new();
    for item in &old_only {
        let r = item_ref(old, item);
        let candidates = new_by_identity.get_mut(&(r.name.clone(), r.department.clone()));
        match candidates.and_then(|c| (!c.is_empty()).then(|| c.remove(0))) {
            Some(found) if !r.name.is_empty() => {
                let new_ref = item_ref(new, found);
                recoded_new.push(found as *const Item);
                diff.recoded.push(Recoded {
                    old_code: r.code.clone(),
                    new_code: new_ref.code.clone(),
                    changes: compare_items(old, item, new, found, RECODE_KEYS),
                    item: new_ref,
                });
            }
            _ => diff.removed.push(r),
        }
    }
    for item in &new_only {
        if !recoded_new.contains(&(*item as *const Item)) {
            diff.added.push(item_ref(new, item));
        }
    }
    for (o, n) in pairs {
        let changes = compare_items(old, o, new, n, &[]);
        if changes.is_empty() {
            diff.unchanged += 1;
        } else {
            diff.changed.push(ChangedItem {
                item: item_ref(new, n),
                changes,
            });
        }
    }
    let by_place = |a: &ItemRef, b: &ItemRef| {
        (&a.department, &a.code, &a.name).cmp(&(&b.department, &b.code, &b.name))
    };
    diff.added.sort_by(by_place);
    diff.removed.sort_by(by_place);
    diff.recoded.sort_by(|a, b| by_place(&a.item, &b.item));
    diff.changed.sort_by(|a, b| by_place(&a.item, &b.item));
    diff
}

/// What matches an item across revisions: its code, or for an item without one, its department
/// and name (starting with NUL, which no code does).
pub(crate) fn match_key(schema: &Schema, item: &Item) -> String {
    let r = item_ref_in(schema, item);
    if r.code.is_empty() {
        format!("\u{0}{}\u{0}{}", r.department, r.name)
    } else {
        r.code
    }
}

/// Items by code; items without a code are keyed by department and name. Codes several items
/// share are recorded as duplicates.
fn group_by_code<'a>(
    catalog: &'a Catalog,
    side: &'static str,
    duplicates: &mut Vec<Duplicate>,
) -> BTreeMap<String, Vec<&'a Item>> {
    let mut groups: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for item in &catalog.items {
        groups
            .entry(match_key(&catalog.schema, item))
            .or_default()
            .push(item);
    }
    for (code, items) in &groups {
        if items.len() > 1 && !code.starts_with('\u{0}') {
            duplicates.push(Duplicate {
                side,
                code: code.clone(),
                names: items.iter().map(|i| item_ref(catalog, i).name).collect(),
            });
        }
    }
    groups
}

/// Pairs the items of one code: same name first, then in order.
fn pair_group<'a>(
    old: &Catalog,
    new: &Catalog,
    olds: &[&'a Item],
    news: &[&'a Item],
) -> (Vec<(&'a Item, &'a Item)>, Vec<&'a Item>, Vec<&'a Item>) {
    let mut news: Vec<Option<&Item>> = news.iter().copied().map(Some).collect();
    let mut pairs = Vec::new();
    let mut unpaired = Vec::new();
    for o in olds {
        let name = old.text(o, "name");
        let same = news
            .iter()
            .position(|n| n.is_some_and(|n| new.text(n, "name") == name));
        match same {
            Some(i) => pairs.push((*o, news[i].take().expect("checked"))),
            None => unpaired.push(*o),
        }
    }
    let mut rest: Vec<&Item> = news.into_iter().flatten().collect();
    let mut old_left = Vec::new();
    for o in unpaired {
        if rest.is_empty() {
            old_left.push(o);
        } else {
            pairs.push((o, rest.remove(0)));
        }
    }
    (pairs, old_left, rest)
}

/// The codes a recode changes: the recode is the change, not an element change.
const RECODE_KEYS: &[&str] = &["basic_code", "implementation_code", "sub_item_code"];

/// Every element that differs between two versions of an item, in schema order.
fn compare_items(old: &Catalog, o: &Item, new: &Catalog, n: &Item, skip: &[&str]) -> Vec<Change> {
    let mut keys: Vec<&str> = Vec::new();
    for element in new.schema.elements.iter().chain(&old.schema.elements) {
        let key = element.key.as_str();
        if !keys.contains(&key) && !SKIPPED.contains(&key) && !skip.contains(&key) {
            keys.push(&element.key);
        }
    }
    let mut changes = Vec::new();
    for key in keys {
        let (a, b) = (old.value(o, key), new.value(n, key));
        if a == b {
            continue;
        }
        let label = new
            .schema
            .element(key)
            .or_else(|| old.schema.element(key))
            .map(|e| e.label.clone())
            .unwrap_or_else(|| key.to_string());
        if let Some(change) = compare_value(key, &label, a, b) {
            changes.push(change);
        }
    }
    // Unknown columns, by header.
    let extra = |item: &Item| -> BTreeMap<String, String> {
        item.extra
            .iter()
            .map(|x| (x.header.clone(), x.text.clone()))
            .collect()
    };
    let (ea, eb) = (extra(o), extra(n));
    let mut headers: Vec<&String> = ea.keys().chain(eb.keys()).collect();
    headers.sort();
    headers.dedup();
    for h in headers {
        let (a, b) = (ea.get(h), eb.get(h));
        if a != b {
            changes.push(
                Change {
                    element: format!("extra.{h}"),
                    label: h.clone(),
                    old: a.map_or(Side::Absent, |t| Side::Text(t.clone())),
                    new: b.map_or(Side::Absent, |t| Side::Text(t.clone())),
                    direction: Direction::Neutral,
                    detail: String::new(),
                    pieces: Vec::new(),
                    values: [
                        a.cloned().unwrap_or_default(),
                        b.cloned().unwrap_or_default(),
                    ],
                }
                .with_text_diff(a.map_or("", String::as_str), b.map_or("", String::as_str)),
            );
        }
    }
    changes
}

fn side_text(v: Option<&Value>) -> Side {
    match v {
        None => Side::Absent,
        Some(Value::Integer(n)) => Side::Number(*n),
        Some(Value::Bool(b)) => Side::Bool(*b),
        Some(v) => Side::Text(v.render()),
    }
}

/// Online depth levels in order, shallow to deep.
const DEPTHS: &[&str] = &["一级", "二级", "三级", "四级"];

fn compare_value(key: &str, label: &str, a: Option<&Value>, b: Option<&Value>) -> Option<Change> {
    let mut change = Change {
        element: key.to_string(),
        label: label.to_string(),
        old: side_text(a),
        new: side_text(b),
        direction: Direction::Neutral,
        detail: String::new(),
        pieces: Vec::new(),
        values: [a, b].map(|v| v.map(Value::render).unwrap_or_default()),
    };
    match (key, a, b) {
        // A condition more is one more thing an applicant must meet: worse; one fewer, better.
        ("conditions", _, _) => {
            let text = |v: Option<&Value>| v.map(Value::render).unwrap_or_default();
            let (x, y) = (text(a), text(b));
            if x == y {
                return None;
            }
            let (cx, cy) = (text::clauses(&x), text::clauses(&y));
            let added: Vec<&String> = cy.iter().filter(|c| !cx.contains(c)).collect();
            let removed: Vec<&String> = cx.iter().filter(|c| !cy.contains(c)).collect();
            change.direction = match (added.is_empty(), removed.is_empty()) {
                (false, true) => Direction::Worse,
                (true, false) => Direction::Better,
                _ => ordering_direction(cy.len().cmp(&cx.len())),
            };
            let join =
                |cs: &[&String]| cs.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("；");
            let mut parts = Vec::new();
            if !removed.is_empty() {
                parts.push(format!("删除条件：{}", clip(&join(&removed))));
            }
            if !added.is_empty() {
                parts.push(format!("新增条件：{}", clip(&join(&added))));
            }
            change = change.with_text_diff(&x, &y);
            if !parts.is_empty() {
                change.detail = parts.join("；");
            }
        }
        ("materials", _, _) => {
            let names = |v: Option<&Value>| -> Vec<Material> {
                v.and_then(Value::as_materials)
                    .map(<[Material]>::to_vec)
                    .unwrap_or_default()
            };
            let (ma, mb) = (names(a), names(b));
            let removed: Vec<String> = ma
                .iter()
                .filter(|m| !mb.iter().any(|x| x.name == m.name))
                .map(|m| m.name.clone())
                .collect();
            let added: Vec<String> = mb
                .iter()
                .filter(|m| !ma.iter().any(|x| x.name == m.name))
                .map(|m| m.name.clone())
                .collect();
            change.old = Side::Number(ma.len() as i64);
            change.new = Side::Number(mb.len() as i64);
            change.direction = match mb.len().cmp(&ma.len()) {
                std::cmp::Ordering::Less => Direction::Better,
                std::cmp::Ordering::Greater => Direction::Worse,
                std::cmp::Ordering::Equal => Direction::Neutral,
            };
            let mut parts = Vec::new();
            if !removed.is_empty() {
                parts.push(format!("删除材料：{}", removed.join("、")));
            }
            if !added.is_empty() {
                parts.push(format!("新增材料：{}", added.join("、")));
            }
            if parts.is_empty() {
                // Same names: form, copies or order changed.
                let diffs: Vec<String> = mb
                    .iter()
                    .filter_map(|m| {
                        let before = ma.iter().find(|x| x.name == m.name)?;
                        (before != m)
                            .then(|| format!("{}：{} → {}", m.name, before.render(), m.render()))
                    })
                    .collect();
                if diffs.is_empty() {
                    parts.push("材料顺序调整".to_string());
                } else {
                    parts.push(format!("材料要求变化：{}", diffs.join("；")));
                }
            }
            change.detail = parts.join("；");
        }
        ("legal_limit" | "promised_limit", Some(Value::Limit(x)), Some(Value::Limit(y))) => {
            change.direction = if y.working_days() < x.working_days() {
                Direction::Better
            } else if y.working_days() > x.working_days() {
                Direction::Worse
            } else {
                Direction::Neutral
            };
            change.detail = if x.unit == y.unit && !x.is_immediate() && !y.is_immediate() {
                let unit = x.unit.label();
                match y.value.cmp(&x.value) {
                    std::cmp::Ordering::Less => format!("缩短{}个{unit}", x.value - y.value),
                    std::cmp::Ordering::Greater => format!("延长{}个{unit}", y.value - x.value),
                    std::cmp::Ordering::Equal => String::new(),
                }
            } else if y.is_immediate() {
                "改为即办".to_string()
            } else {
                format!("{} → {}", x.render(), y.render())
            };
        }
        ("visits", Some(Value::Integer(x)), Some(Value::Integer(y))) => {
            change.direction = ordering_direction(y.cmp(x));
            change.detail = match y.cmp(x) {
                std::cmp::Ordering::Less if *y == 0 => "不用再跑".to_string(),
                std::cmp::Ordering::Less => format!("少跑{}次", x - y),
                _ => format!("多跑{}次", y - x),
            };
        }
        ("fee_charged", Some(Value::Bool(x)), Some(Value::Bool(y))) => {
            change.direction = if *x && !*y {
                Direction::Better
            } else {
                Direction::Worse
            };
            change.detail = if *y {
                "改为收费"
            } else {
                "改为不收费"
            }
            .to_string();
        }
        ("online_depth", Some(Value::Enum(x)), Some(Value::Enum(y))) => {
            let (i, j) = (
                DEPTHS.iter().position(|d| d == x),
                DEPTHS.iter().position(|d| d == y),
            );
            if let (Some(i), Some(j)) = (i, j) {
                change.direction = ordering_direction(i.cmp(&j));
            }
            change.detail = format!("网办深度{x} → {y}");
        }
        ("handling_type", Some(Value::Enum(x)), Some(Value::Enum(y))) => {
            change.direction = match (x.as_str(), y.as_str()) {
                ("承诺件", "即办件") => Direction::Better,
                ("即办件", "承诺件") => Direction::Worse,
                _ => Direction::Neutral,
            };
            change.detail = format!("{x} → {y}");
        }
        (
            "proxy_service" | "one_window" | "express_delivery" | "notify_commit"
            | "online_payment" | "appointment",
            Some(Value::Bool(x)),
            Some(Value::Bool(y)),
        ) => {
            change.direction = if !*x && *y {
                Direction::Better
            } else {
                Direction::Worse
            };
            change.detail = format!("{} → {}", yes_no(*x), yes_no(*y));
        }
        (_, None, Some(v)) => change.detail = format!("补充：{}", clip(&v.render())),
        (_, Some(v), None) => change.detail = format!("删除：{}", clip(&v.render())),
        (_, Some(x), Some(y)) => change = change.with_text_diff(&x.render(), &y.render()),
        (_, None, None) => return None,
    }
    Some(change)
}

fn ordering_direction(new_vs_old: std::cmp::Ordering) -> Direction {
    match new_vs_old {
        std::cmp::Ordering::Less => Direction::Better,
        std::cmp::Ordering::Greater => Direction::Worse,
        std::cmp::Ordering::Equal => Direction::Neutral,
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "是" } else { "否" }
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}
