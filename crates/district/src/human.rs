//! The human output: the towns ranked in a table, then the largest 要素N同 disagreements, then each
//! town's coverage of the upper catalog. Every value from the catalogs is shown with control
//! characters made visible.

use std::fmt::Write as _;

use svcat_core::escape::terminal;
use svcat_core::finding::Severity;

use super::compare::towns_affected;
use super::indicator_values::percent;
use super::model::Indicator;
use super::model::{District, ItemRef, Variant};
use super::targets::met;

/// How many disagreements are listed; the rest are counted.
pub const SHOWN_VARIANTS: usize = 20;
/// How many items of one list of a town's coverage are named; the rest are counted.
const SHOWN_ITEMS: usize = 5;

fn item_name(item: &ItemRef) -> String {
    let name = terminal(&item.name).into_owned();
    if item.code.is_empty() {
        name
    } else {
        format!("{name}（{}）", terminal(&item.code))
    }
}

/// The ranked table of towns: rank, name, items, errors, warnings, targets met, every indicator
/// (a figure below its target marked with *).
fn table(district: &District, out: &mut String) {
    let mut header: Vec<String> = ["排名", "镇（街道）", "事项数", "错误", "警告"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    if !district.targets.is_empty() {
        header.push("达标".into());
    }
    header.extend(Indicator::ALL.iter().map(|i| i.label().to_string()));
    let mut rows = vec![header];
    for town in &district.towns {
        let mut row = vec![
            town.rank.to_string(),
            terminal(&town.name).into_owned(),
            town.report.items.to_string(),
            town.report.count(Severity::Error).to_string(),
            town.report.count(Severity::Warning).to_string(),
        ];
        if !district.targets.is_empty() {
            row.push(format!("{}/{}", met(town), town.targets.len()));
        }
        for indicator in Indicator::ALL {
            let mut cell = percent(indicator.value(&town.indicators));
            if town
                .targets
                .iter()
                .any(|t| t.indicator == indicator && !t.met)
            {
                cell.push('*');
            }
            row.push(cell);
        }
        rows.push(row);
    }
    out.push_str(&svcat_core::terminal_table::terminal_table(
        &rows,
        |n, _| n == 0,
    ));
    if !district.targets.is_empty() {
        let goals: Vec<String> = district
            .targets
            .iter()
            .map(|t| format!("{} ≥ {}", t.indicator.label(), percent(Some(t.goal))))
            .collect();
        let _ = writeln!(out, "目标：{}；带 * 的数值未达到目标", goals.join("，"));
    }
}

fn variant(v: &Variant, out: &mut String) {
    let how = match v.majority {
        Some(_) => format!("{} 个镇（街道）与多数不同", towns_affected(v)),
        None => "各镇（街道）写法不一，没有多数".to_string(),
    };
    let _ = writeln!(out, "  {} {}：{how}", item_name(&v.item), v.label);
    for value in &v.values {
        let towns: Vec<String> = value
            .towns
            .iter()
            .map(|t| terminal(t).into_owned())
            .collect();
        let mark = if v.majority.as_ref() == Some(&value.value) {
            "（多数）"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    “{}”{mark}：{}",
            terminal(&value.value),
            towns.join("、")
        );
    }
    if let Some(upper) = &v.upper {
        let _ = writeln!(out, "    上级目录：“{}”", terminal(upper));
    }
}

fn variants(district: &District, out: &mut String) {
    if district.variants.is_empty() {
        let _ = writeln!(out, "\n要素N同：各镇（街道）同一事项的要素一致");
        return;
    }
    let items = {
        let mut items: Vec<&ItemRef> = district.variants.iter().map(|v| &v.item).collect();
        items.dedup();
        items.len()
    };
    let _ = writeln!(
        out,
        "\n要素N同：{} 个事项共 {} 处要素不一致（按涉及的镇街数排列）",
        items,
        district.variants.len()
    );
    let mut largest: Vec<&Variant> = district.variants.iter().collect();
    // Stable: equal ones keep the item order.
    largest.sort_by_key(|v| std::cmp::Reverse(towns_affected(v)));
    for v in largest.iter().take(SHOWN_VARIANTS) {
        variant(v, out);
    }
    if largest.len() > SHOWN_VARIANTS {
        let _ = writeln!(
            out,
            "  另有 {} 处不一致未列出（全部见 --format json）",
            largest.len() - SHOWN_VARIANTS
        );
    }
}

fn named(items: &[ItemRef]) -> String {
    let mut names: Vec<String> = items.iter().take(SHOWN_ITEMS).map(item_name).collect();
    if items.len() > SHOWN_ITEMS {
        names.push(format!("等 {} 项", items.len()));
    }
    names.join("、")
}

fn coverage(district: &District, out: &mut String) {
    let Some(upper) = &district.upper else {
        return;
    };
    let _ = writeln!(
        out,
        "\n对照上级目录 {}：",
        terminal(&upper.display().to_string())
    );
    for c in &district.coverage {
        if c.unclaimed.is_empty() && c.not_in_upper.is_empty() && c.differs_from_upper.is_empty() {
            let _ = writeln!(out, "  {}：全部认领，要素与上级一致", terminal(&c.town));
            continue;
        }
        let _ = writeln!(
            out,
            "  {}：未认领 {} 项，上级目录没有 {} 项，与上级不一致 {} 处",
            terminal(&c.town),
            c.unclaimed.len(),
            c.not_in_upper.len(),
            c.differs_from_upper.len()
        );
        if !c.unclaimed.is_empty() {
            let _ = writeln!(out, "    未认领：{}", named(&c.unclaimed));
        }
        if !c.not_in_upper.is_empty() {
            let _ = writeln!(out, "    上级目录没有：{}", named(&c.not_in_upper));
        }
        for d in c.differs_from_upper.iter().take(SHOWN_ITEMS) {
            let _ = writeln!(
                out,
                "    {} {}：本镇“{}”，上级“{}”",
                item_name(&d.item),
                d.label,
                terminal(&d.town_value),
                terminal(&d.upper_value)
            );
        }
        if c.differs_from_upper.len() > SHOWN_ITEMS {
            let _ = writeln!(
                out,
                "    另有 {} 处不一致未列出",
                c.differs_from_upper.len() - SHOWN_ITEMS
            );
        }
    }
}

/// The whole human output.
pub fn district_human(district: &District) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} 各镇（街道）政务服务事项目录：{} 个",
        terminal(&district.name),
        district.towns.len()
    );
    table(district, &mut out);
    variants(district, &mut out);
    coverage(district, &mut out);
    out
}
