//! X: items that contradict each other across the catalog: codes and names used twice,
//! department names written several ways.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

use rayon::prelude::*;

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::department::Departments;
use svcat_core::finding::Severity;
use svcat_core::model::{Item, Value};
use svcat_core::text::FastHash;

pub const RULES: &[Rule] = &[
    Rule {
        id: "X001",
        family: Family::Catalog,
        severity: Severity::Error,
        name: "重复的事项",
        help: "删去重复的一行，或核对是否应为不同事项",
        source: "政务服务事项目录管理要求（一事一码）",
        explain: "同一编码、同一名称的事项出现了两次，可能是复制粘贴时多了一行。",
        bad: "第5行和第9行都是“临时救助”（编码相同）",
        good: "每个事项只出现一次",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: duplicate_item,
            reads: &["code", "name", "sub_item"],
        },
    },
    Rule {
        id: "X002",
        family: Family::Catalog,
        severity: Severity::Warning,
        name: "同名事项编码不同",
        help: "同一部门的同名事项应为同一事项：合并为一行，或把名称改得能区分",
        source: "事项要素两级统一、数据同源要求",
        explain: "同一部门内名称相同的两个事项使用了不同编码，要么是同一事项被列了两次，要么名称没有体现它们的区别。",
        bad: "“计划生育家庭特别扶助金申请审核”出现两次，编码分别为…003000和…011000",
        good: "保留一个事项，或改名为“……（独生子女伤残家庭）”“……（独生子女死亡家庭）”",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: one_name_two_codes,
            reads: &["code", "name", "sub_item", "department"],
        },
    },
    Rule {
        id: "X003",
        family: Family::Catalog,
        severity: Severity::Error,
        name: "一个编码用于不同事项",
        help: "为后一个事项填写它自己的编码（编码通常是从上一行复制来的）",
        source: "政务服务事项编码规则（一事一码）",
        explain: "两个名称不同的事项用了同一个编码，说明其中一个的编码是复制来的。编码重复会导致办件、统计和上级目录对接错乱。",
        bad: "农业机械购置补贴申请受理 与 农作物秸秆综合利用补贴申报 使用同一编码",
        good: "两个事项各有自己的编码",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: one_code_two_names,
            reads: &["code", "name"],
        },
    },
    Rule {
        id: "X004",
        family: Family::Catalog,
        severity: Severity::Warning,
        name: "部门名称有多种写法",
        help: "同一部门统一使用一个规范名称",
        source: "一窗受理清单编制要求（部门名称规范统一）",
        explain: "“青石镇民政办”和“青石镇民政办公室”很可能是同一个部门。名称不统一会让按部门的统计、清单和办事指南把一个部门拆成两个。",
        bad: "实施部门：青石镇民政办公室（其余行为青石镇民政办）",
        good: "实施部门：青石镇民政办",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: department_variants,
            reads: &["department"],
        },
    },
];

fn code_of<'i>(cx: &Cx, item: &'i Item) -> Option<&'i str> {
    match cx.value(item, cx.k.code)? {
        Value::Text(code) if !code.trim().is_empty() && !cx.schema.is_placeholder(code) => {
            Some(code.trim())
        }
        _ => None,
    }
}

fn name_of<'i>(cx: &Cx, item: &'i Item) -> Option<&'i str> {
    cx.text(item, cx.k.name).map(str::trim)
}

/// The 业务办理项 of an item: sub-items of one item share its code and name on purpose.
fn sub_item_of<'i>(cx: &Cx, item: &'i Item) -> Option<&'i str> {
    cx.text(item, cx.k.sub_item).map(str::trim)
}

fn place(cx: &Cx, item: &Item) -> String {
    let sheet = cx.catalog.sheet_of(item);
    match &sheet.sheet {
        Some(s) => format!("{}!{}第{}行", sheet.file, s, item.row),
        None => format!("{}第{}行", sheet.file, item.row),
    }
}

/// The keys more than one item has, sorted, each with its items in catalog order.
fn shared<'a, K: Hash + Eq + Ord>(
    cx: &Cx<'a>,
    key: impl Fn(&'a Item) -> Option<K>,
) -> Vec<(K, Vec<&'a Item>)> {
    // Most keys (codes) belong to one item: those are counted, not given a list.
    enum Seen<'a> {
        Once(&'a Item),
        More(Vec<&'a Item>),
    }
    let mut seen: HashMap<K, Seen, FastHash> = HashMap::default();
    for item in cx.items {
        let Some(k) = key(item) else { continue };
        match seen.entry(k) {
            Entry::Vacant(slot) => {
                slot.insert(Seen::Once(item));
            }
            Entry::Occupied(mut slot) => match slot.get_mut() {
                Seen::Once(first) => {
                    let first = *first;
                    slot.insert(Seen::More(vec![first, item]));
                }
                Seen::More(items) => items.push(item),
            },
        }
    }
    let mut groups: Vec<(K, Vec<&Item>)> = seen
        .into_iter()
        .filter_map(|(k, seen)| match seen {
            Seen::Once(_) => None,
            Seen::More(items) => Some((k, items)),
        })
        .collect();
    groups.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    groups
}

/// Codes that more than one item has, with their items in catalog order.
fn by_code<'c, 'a>(cx: &'c Cx<'a>) -> &'c [(&'a str, Vec<&'a Item>)] {
    cx.shared_codes
        .get_or_init(|| shared(cx, |item| code_of(cx, item)))
}

fn duplicate_item(cx: &Cx, out: &mut Out) {
    for (_, items) in by_code(cx) {
        let first = items[0];
        for item in &items[1..] {
            if name_of(cx, item) != name_of(cx, first)
                || sub_item_of(cx, item) != sub_item_of(cx, first)
            {
                continue;
            }
            let field = cx.field(item, cx.k.code).expect("grouped by code");
            out.at_field(
                cx,
                item,
                field,
                format!(
                    "事项“{}”（编码{}）与{}重复",
                    name_of(cx, item).unwrap_or_default(),
                    code_of(cx, item).unwrap_or_default(),
                    place(cx, first)
                ),
            );
        }
    }
}

fn one_code_two_names(cx: &Cx, out: &mut Out) {
    for (code, items) in by_code(cx) {
        let first = items[0];
        let first_name = name_of(cx, first).unwrap_or_default();
        for item in &items[1..] {
            let name = name_of(cx, item).unwrap_or_default();
            if name == first_name {
                continue;
            }
            // Report both items, so each department sees it in its own sheet.
            for (this, other) in [(first, *item), (*item, first)] {
                let field = cx.field(this, cx.k.code).expect("grouped by code");
                out.at_field(
                    cx,
                    this,
                    field,
                    format!(
                        "编码{code}同时用于“{}”和“{}”（{}）",
                        name_of(cx, this).unwrap_or_default(),
                        name_of(cx, other).unwrap_or_default(),
                        place(cx, other)
                    ),
                );
            }
        }
    }
}

fn department_of<'i>(cx: &Cx, item: &'i Item) -> &'i str {
    cx.text(item, cx.k.department).map(str::trim).unwrap_or("")
}

fn one_name_two_codes(cx: &Cx, out: &mut Out) {
    let groups = shared(cx, |item| {
        let name = name_of(cx, item)?;
        code_of(cx, item)?;
        Some((department_of(cx, item), name))
    });
    // A catalog that repeats names gets a finding with a message on most items: the groups are
    // worked on every core (the report is sorted afterwards).
    let repeated: Vec<(&str, &Vec<&Item>)> = groups
        .iter()
        .map(|((_, name), items)| (*name, items))
        .collect();
    // A slice of the groups at a time (some thousands of items), so that a streamed check can
    // hand each slice's findings on before the next.
    let mut slices: Vec<&[(&str, &Vec<&Item>)]> = Vec::new();
    let (mut start, mut items) = (0, 0);
    for (i, (_, group)) in repeated.iter().enumerate() {
        items += group.len();
        if items >= 16_384 || i + 1 == repeated.len() {
            slices.push(&repeated[start..=i]);
            (start, items) = (i + 1, 0);
        }
    }
    for slice in slices {
        let found: Vec<Out> = slice
            .par_iter()
            .map(|(name, items)| {
                let mut out = out.fork();
                name_with_codes(cx, &mut out, name, items);
                out
            })
            .collect();
        for part in found {
            out.join(part);
        }
    }
}

fn name_with_codes(cx: &Cx, out: &mut Out, name: &str, items: &[&Item]) {
    let codes: Vec<&str> = items.iter().filter_map(|i| code_of(cx, i)).collect();
    if codes.iter().all(|c| *c == codes[0]) {
        return;
    }
    // Sub-items (业务办理项) of one item: codes that differ only in the 办理项 number after a
    // shared 实施编码, or rows that name different 业务办理项.
    let forms = &cx.schema.code_forms;
    let item_code = |c: &str| {
        forms
            .recognize(c)
            .map_or(c.to_string(), |p| p.item_code.to_string())
    };
    let first_item_code = item_code(codes[0]);
    if codes.iter().all(|c| item_code(c) == first_item_code) {
        return;
    }
    let sub_items: Vec<Option<&str>> = items.iter().map(|i| sub_item_of(cx, i)).collect();
    if sub_items.iter().all(Option::is_some)
        && sub_items
            .iter()
            .enumerate()
            .all(|(i, s)| !sub_items[..i].contains(s))
    {
        return;
    }
    // Name at most a few of the others: a catalog may repeat one name many times. Only the
    // group's first SHOWN + 1 items are ever named, so each is described once for the group.
    const SHOWN: usize = 3;
    let named: Vec<String> = items
        .iter()
        .zip(&codes)
        .take(SHOWN + 1)
        .map(|(o, code)| format!("{code}（{}）", place(cx, o)))
        .collect();
    let others = items.len() - 1;
    let more = if others > SHOWN {
        format!("、等共{others}处")
    } else {
        String::new()
    };
    for (i, (item, code)) in items.iter().zip(&codes).enumerate() {
        let field = cx.field(item, cx.k.code).expect("has a code");
        let mut message = format!("同一部门的“{name}”有不同编码：本行{code}，另有");
        let listed = named
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .take(SHOWN);
        for (k, (_, other)) in listed.enumerate() {
            if k > 0 {
                message.push('、');
            }
            message.push_str(other);
        }
        message.push_str(&more);
        out.at_field(cx, item, field, message);
    }
}

fn department_variants(cx: &Cx, out: &mut Out) {
    // The spellings the outputs group under their standard one, reported at each one's first item.
    let departments = Departments::of_items(cx.catalog, cx.items);
    for (name, spelling) in departments.variants() {
        let first = &cx.items[spelling.first];
        let field = cx.field(first, cx.k.department).expect("has a department");
        let (count, standard) = (spelling.count, &spelling.standard);
        out.at_field(
            cx,
            first,
            field,
            format!("部门名称“{name}”（{count}个事项）与“{standard}”可能是同一部门的不同写法"),
        )
        .help(format!("统一写作“{standard}”"));
    }
}
