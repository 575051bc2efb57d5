//! The five handling types (办件类型) of the township reform plans — 即办件, 承诺件, 联办件, 上报件,
//! 退办件 — and what each means for the outputs: which are done on the spot, which promise a time
//! limit, which the front window hands over to a back office (or sends up a level). Lists, stats
//! and guides all ask here, so an item is the same kind of item in every output.

use crate::model::{Catalog, Item, Value};

/// One of the handling types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HandlingType {
    /// 即办件: done on the spot when the materials are complete.
    Immediate,
    /// 承诺件: accepted at the window, done by the back office within the promised limit.
    Promised,
    /// 联办件: several departments handle it together, the lead one within the promised limit.
    Joint,
    /// 上报件: accepted here, decided a level up; the town sends it up within its limit.
    Reported,
    /// 退办件: not accepted (outside the town's remit or conditions unmet), returned with reasons.
    Returned,
}

impl HandlingType {
    /// Every type, in the order the plans list them.
    pub const ALL: [HandlingType; 5] = [
        HandlingType::Immediate,
        HandlingType::Promised,
        HandlingType::Joint,
        HandlingType::Reported,
        HandlingType::Returned,
    ];

    /// The type a catalog's 办件类型 names (its normalised enum value), if any.
    pub fn from_label(label: &str) -> Option<HandlingType> {
        HandlingType::ALL.into_iter().find(|t| t.label() == label)
    }

    /// "即办件", as catalogs write it.
    pub fn label(self) -> &'static str {
        match self {
            HandlingType::Immediate => "即办件",
            HandlingType::Promised => "承诺件",
            HandlingType::Joint => "联办件",
            HandlingType::Reported => "上报件",
            HandlingType::Returned => "退办件",
        }
    }

    /// Done on the spot: no time limit to promise or post.
    pub fn done_at_once(self) -> bool {
        self == HandlingType::Immediate
    }

    /// Done within a promised time limit (承诺件, 联办件, 上报件): the limit is posted, and a
    /// promised limit of 即办 contradicts the type.
    pub fn promises_limit(self) -> bool {
        matches!(
            self,
            HandlingType::Promised | HandlingType::Joint | HandlingType::Reported
        )
    }

    /// Handed by the front window to a back office, or sent up a level (承诺件, 联办件, 上报件):
    /// the items of the 移交清单.
    pub fn handed_over(self) -> bool {
        self.promises_limit()
    }
}

/// An item's handling type: its 办件类型 when it names one of the five; with no 办件类型, its promised
/// limit decides (即办 → 即办件, anything longer → 承诺件). None when neither says (or 办件类型 holds
/// a value that is none of the five).
pub fn handling_type(catalog: &Catalog, item: &Item) -> Option<HandlingType> {
    match catalog.value(item, "handling_type") {
        Some(Value::Enum(label) | Value::Text(label)) => HandlingType::from_label(label),
        Some(_) => None,
        None => catalog
            .value(item, "promised_limit")
            .and_then(Value::as_limit)
            .map(|limit| {
                if limit.is_immediate() {
                    HandlingType::Immediate
                } else {
                    HandlingType::Promised
                }
            }),
    }
}

/// Why a time limit (`legal_limit` or `promised_limit`) cannot be posted as the catalog writes it:
/// a placeholder (待定, 无 …), a promised limit on an item done on the spot, or a promised limit
/// of 即办 on an item that promises one. None when it can be posted (or is empty).
/// One definition for the lists (shown as 待核实) and the guides (which say so instead of
/// promising the written limit).
pub fn unpostable_limit(c: &Catalog, i: &Item, key: &str) -> Option<String> {
    let value = c.value(i, key)?;
    let written = value.render();
    if written.trim().is_empty() {
        return None;
    }
    if c.schema.is_placeholder(&written) {
        return Some(format!("表中为“{written}”，时限未定"));
    }
    if key != "promised_limit" {
        return None;
    }
    let limit = value.as_limit()?;
    let handling = handling_type(c, i)?;
    if handling.done_at_once() && !limit.is_immediate() {
        Some(format!("表中为“{written}”，但即办件应当场办结"))
    } else if handling.promises_limit() && limit.is_immediate() {
        Some(format!(
            "表中为“{written}”，但{}应有具体承诺时限",
            handling.label()
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_groups_hold() {
        for t in HandlingType::ALL {
            assert_eq!(HandlingType::from_label(t.label()), Some(t));
        }
        assert_eq!(HandlingType::from_label("承诺"), None);
        let promising: Vec<_> = HandlingType::ALL
            .into_iter()
            .filter(|t| t.promises_limit())
            .map(HandlingType::label)
            .collect();
        assert_eq!(promising, ["承诺件", "联办件", "上报件"]);
        assert!(HandlingType::Immediate.done_at_once());
        assert!(!HandlingType::Returned.handed_over());
        assert!(!HandlingType::Returned.done_at_once());
    }
}
