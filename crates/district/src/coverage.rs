//! Each town against the upper (county) catalog: its items are matched with the upper catalog's
//! as the U rules match them ([`UpperIndex`]: by 基本编码, else by name), and the elements fixed
//! at the upper level are compared as the U rules compare them ([`same_as_upper`]).

use svcat_core::model::{Catalog, Item};
use svcat_rules::upper::{FIXED_AT_UPPER, UpperIndex, basic_code, same_as_upper};

use super::model::{Coverage, ItemRef, Town, UpperDifference};

fn item_ref(catalog: &Catalog, item: &Item) -> ItemRef {
    ItemRef {
        code: basic_code(catalog, item).unwrap_or_default(),
        name: catalog.text(item, "name").trim().to_string(),
    }
}

/// One town against the upper catalog: unclaimed upper items in the upper catalog's order, the
/// town's items the upper catalog lacks and its differences in the town's order.
pub fn coverage(town: &Town, index: &UpperIndex) -> Coverage {
    let upper = index.upper;
    let catalog = &town.catalog;
    let mut claimed = vec![false; upper.items.len()];
    let mut coverage = Coverage {
        town: town.name.clone(),
        ..Default::default()
    };
    for item in &catalog.items {
        let Some(found) = index.find(catalog, item) else {
            coverage.not_in_upper.push(item_ref(catalog, item));
            continue;
        };
        // The upper item's place in its catalog, from its address (found is one of its items).
        let at = (found as *const Item as usize).wrapping_sub(upper.items.as_ptr() as usize)
            / std::mem::size_of::<Item>().max(1);
        if let Some(claimed) = claimed.get_mut(at) {
            *claimed = true;
        }
        for &key in FIXED_AT_UPPER {
            let (Some(ours), Some(theirs)) = (catalog.get(item, key), upper.get(found, key)) else {
                continue;
            };
            if same_as_upper(key, &ours.value, &theirs.value) {
                continue;
            }
            coverage.differs_from_upper.push(UpperDifference {
                item: item_ref(catalog, item),
                element: key.to_string(),
                label: catalog.schema.elements[usize::from(ours.element)]
                    .label
                    .clone(),
                town_value: ours.value.render(),
                upper_value: theirs.value.render(),
            });
        }
    }
    coverage.unclaimed = upper
        .items
        .iter()
        .zip(&claimed)
        .filter(|(_, claimed)| !**claimed)
        .map(|(item, _)| item_ref(upper, item))
        .collect();
    coverage
}
