//! 要素N同: the same item in every town, with the same elements. Items are matched across towns by
//! 基本编码 (from whatever code form the town writes), else by normalised name; each element that
//! must be the same everywhere and is not becomes a [`Variant`].
//!
//! What is compared is the value's meaning, not its formatting: text without whitespace,
//! punctuation or full-width differences, materials as a set of names, limits, types and flags as
//! the standard writes them, the town's own name read as 本镇. An element a town leaves blank is not a disagreement (a blank that
//! must be filled is check's M001 in that town); the values of the towns that write it are
//! compared. Elements that may differ by town (department, implementing body and its codes,
//! window, hours, phones) are never compared.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use svcat_core::model::{Catalog, Item, Value};
use svcat_core::text::fold_width;
use svcat_rules::upper::{UpperIndex, basic_code};

use super::model::{ItemRef, Town, Variant, VariantValue};

/// The elements that must be the same in every town, in schema order: what 要素N同 compares.
pub const SAME_EVERYWHERE: &[&str] = &[
    "name",
    "kind",
    "legal_basis",
    "conditions",
    "materials",
    "process",
    "special_procedures",
    "legal_limit",
    "promised_limit",
    "handling_type",
    "fee_charged",
    "fee_standard",
    "visits",
    "online_depth",
];

/// Text as compared: width folded, only letters, digits and CJK kept (so "《条例》第九条" and
/// "《条例》 第九条。" are one value).
pub fn loose(text: &str) -> String {
    fold_width(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// A name as matched: width folded, whitespace removed.
pub fn normalized_name(name: &str) -> String {
    fold_width(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// An element's value as compared (the key) and as shown (the standard writing); None when the
/// town leaves it blank. `own`: the town's own name (its region), which its text may name where
/// another town names itself ("向青石镇便民服务中心提交") — compared as 本镇.
pub fn compared(value: &Value, own: Option<&str>) -> Option<(String, String)> {
    let (key, shown) = match value {
        Value::Materials(materials) => {
            // A set of names: order, forms and copies are the town's own.
            let names: BTreeSet<String> = materials.iter().map(|m| loose(&m.name)).collect();
            let shown: Vec<&str> = materials.iter().map(|m| m.name.trim()).collect();
            (
                names.into_iter().collect::<Vec<_>>().join("\u{1f}"),
                shown.join("；"),
            )
        }
        other => {
            let shown = other.render().trim().to_string();
            let key = match own.filter(|o| !o.is_empty()) {
                Some(own) => loose(&shown.replace(own, "本镇")),
                None => loose(&shown),
            };
            (key, shown)
        }
    };
    if shown.is_empty() {
        None
    } else {
        Some((key, shown))
    }
}

/// An item as the district identifies it in one town.
struct Held<'a> {
    town: usize,
    catalog: &'a Catalog,
    item: &'a Item,
}

/// The items of every town grouped by the district's identity: 基本编码 where the town writes one,
/// else the normalised name (joined to a coded group of that name when there is one). A town's
/// second item of one identity is its own duplicate (check reports it) and is not compared.
fn group<'a>(towns: &'a [Town]) -> BTreeMap<ItemRef, Vec<Held<'a>>> {
    let mut groups: BTreeMap<(String, String), Vec<Held>> = BTreeMap::new();
    let mut code_of_name: HashMap<String, String> = HashMap::new();
    let mut uncoded = Vec::new();
    for (t, town) in towns.iter().enumerate() {
        let catalog = &town.catalog;
        for item in &catalog.items {
            let name = normalized_name(&catalog.text(item, "name"));
            match basic_code(catalog, item) {
                Some(code) => {
                    code_of_name.entry(name).or_insert_with(|| code.clone());
                    groups.entry((code, String::new())).or_default().push(Held {
                        town: t,
                        catalog,
                        item,
                    });
                }
                None if name.is_empty() => {}
                None => uncoded.push((
                    name,
                    Held {
                        town: t,
                        catalog,
                        item,
                    },
                )),
            }
        }
    }
    for (name, held) in uncoded {
        let key = match code_of_name.get(&name) {
            Some(code) => (code.clone(), String::new()),
            None => (String::new(), name),
        };
        groups.entry(key).or_default().push(held);
    }
    groups
        .into_iter()
        .map(|((code, _), mut held)| {
            held.sort_by_key(|h| h.town);
            held.dedup_by_key(|h| h.town);
            // The name as most towns write it (ties: the first town's).
            let mut names: Vec<(String, usize)> = Vec::new();
            for h in &held {
                let name = h.catalog.text(h.item, "name").trim().to_string();
                match names.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, count)) => *count += 1,
                    None => names.push((name, 1)),
                }
            }
            let name = names
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(std::cmp::Ordering::Greater))
                .map(|(n, _)| n.clone())
                .unwrap_or_default();
            (ItemRef { code, name }, held)
        })
        .collect()
}

/// Every element of [`SAME_EVERYWHERE`] that towns holding the same item write differently;
/// ordered by item (code, then name), then the element's order. `upper`: the upper catalog, for
/// each variant's `upper` value.
pub fn compare(towns: &[Town], upper: Option<&Catalog>) -> Vec<Variant> {
    let index = upper.map(UpperIndex::new);
    let mut variants = Vec::new();
    for (item, held) in group(towns) {
        if held.len() < 2 {
            continue;
        }
        let upper_item = index
            .as_ref()
            .and_then(|index| index.find(held[0].catalog, held[0].item));
        for &key in SAME_EVERYWHERE {
            // Value key → (shown, towns); in the order towns are listed.
            let mut values: Vec<(String, VariantValue)> = Vec::new();
            let mut label = None;
            for h in &held {
                let Some(field) = h.catalog.get(h.item, key) else {
                    continue;
                };
                let own = h.catalog.meta.region.as_deref();
                let Some((compare_key, shown)) = compared(&field.value, own) else {
                    continue;
                };
                label.get_or_insert_with(|| {
                    h.catalog.schema.elements[usize::from(field.element)]
                        .label
                        .clone()
                });
                let town = towns[h.town].name.clone();
                match values.iter_mut().find(|(k, _)| *k == compare_key) {
                    Some((_, v)) => v.towns.push(town),
                    None => values.push((
                        compare_key,
                        VariantValue {
                            value: shown,
                            towns: vec![town],
                        },
                    )),
                }
            }
            if values.len() < 2 {
                continue;
            }
            let writing: usize = values.iter().map(|(_, v)| v.towns.len()).sum();
            let mut values: Vec<VariantValue> = values.into_iter().map(|(_, v)| v).collect();
            values.sort_by(|a, b| {
                b.towns
                    .len()
                    .cmp(&a.towns.len())
                    .then_with(|| a.value.cmp(&b.value))
            });
            let majority = values
                .first()
                .filter(|v| v.towns.len() * 2 > writing)
                .map(|v| v.value.clone());
            let upper_value = match (upper, upper_item) {
                (Some(upper), Some(found)) => upper
                    .get(found, key)
                    .and_then(|f| compared(&f.value, None))
                    .map(|(_, shown)| shown),
                _ => None,
            };
            variants.push(Variant {
                item: item.clone(),
                element: key.to_string(),
                label: label.unwrap_or_else(|| key.to_string()),
                values,
                majority,
                upper: upper_value,
            });
        }
    }
    variants
}

/// The towns a variant affects: those not writing the majority value (every town writing the
/// element when there is none). The human output lists the largest disagreements first by it.
pub fn towns_affected(variant: &Variant) -> usize {
    let all: usize = variant.values.iter().map(|v| v.towns.len()).sum();
    match &variant.majority {
        Some(m) => {
            all - variant
                .values
                .iter()
                .find(|v| &v.value == m)
                .map_or(0, |v| v.towns.len())
        }
        None => all,
    }
}
