//! `--format json`: the `district/1` contract (docs/contracts.md). Keys in the contract's order;
//! fields beyond it (`rank`, `label`, `upper`) come after the contract's own.

use serde_json::{Map, Value, json};

use svcat_core::finding::Severity;
use svcat_stats::render::{indicators_json, round};

use super::model::{District, ItemRef, Town};

pub const DISTRICT_FORMAT: &str = "district/1";

fn item(item: &ItemRef) -> Value {
    json!({"code": item.code, "name": item.name})
}

fn town_json(town: &Town) -> Value {
    let mut targets = Map::new();
    for t in &town.targets {
        targets.insert(
            t.indicator.label().to_string(),
            json!({"goal": t.goal, "actual": round(t.actual), "met": t.met}),
        );
    }
    json!({
        "town": town.name,
        "path": town.path.display().to_string(),
        "items": town.report.items,
        "errors": town.report.count(Severity::Error),
        "warnings": town.report.count(Severity::Warning),
        "indicators": indicators_json(&town.indicators),
        "targets": targets,
        "rank": town.rank,
    })
}

pub fn district_json(district: &District) -> Value {
    json!({
        "svcat": DISTRICT_FORMAT,
        "district": district.name,
        "towns": district.towns.iter().map(town_json).collect::<Vec<_>>(),
        "variants": district.variants.iter().map(|v| json!({
            "code": v.item.code,
            "name": v.item.name,
            "element": v.element,
            "values": v.values.iter().map(|value| json!({
                "value": value.value,
                "towns": value.towns,
            })).collect::<Vec<_>>(),
            "majority": v.majority,
            "upper": v.upper,
            "label": v.label,
        })).collect::<Vec<_>>(),
        "coverage": district.coverage.iter().map(|c| json!({
            "town": c.town,
            "unclaimed": c.unclaimed.iter().map(item).collect::<Vec<_>>(),
            "not_in_upper": c.not_in_upper.iter().map(item).collect::<Vec<_>>(),
            "differs_from_upper": c.differs_from_upper.iter().map(|d| json!({
                "code": d.item.code,
                "name": d.item.name,
                "element": d.element,
                "town_value": d.town_value,
                "upper_value": d.upper_value,
                "label": d.label,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "upper": district.upper.as_ref().map(|p| p.display().to_string()),
    })
}

/// The JSON as written: pretty, with a final newline.
pub fn district_json_text(district: &District) -> String {
    let mut text = serde_json::to_string_pretty(&district_json(district)).expect("JSON of strings");
    text.push('\n');
    text
}
