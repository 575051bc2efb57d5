//! U: the catalog against its upper-level catalog (事项要素两级统一), with `--against`.
//!
//! Items match by 基本编码 (a town's 实施编码 differs from the county's, but its last 12 characters
//! are the shared 基本编码), else by name.

use std::collections::HashMap;

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::finding::Severity;
use svcat_core::model::{Catalog, Item, Value};

pub const RULES: &[Rule] = &[
    Rule {
        id: "U001",
        family: Family::Upper,
        severity: Severity::Warning,
        name: "上级目录中没有该事项",
        help: "核对事项名称和基本编码是否与上级目录一致；确属本级新增的事项应按程序报上级审核",
        source: "事项要素两级统一、数据同源要求",
        explain: "本级目录的事项应来自上级（县级）目录的认领或下放。按基本编码和名称都在上级目录中找不到，说明编码或名称写得不一样，或事项没有经过认领。",
        bad: "镇级目录有“老年人优待证办理、补办”，县级目录中没有",
        good: "镇级目录的“老年人优待证办理”与县级目录同名同码",
        fixable: None,
        one_fact: false,
        check: Check::Batch(absent_upstairs),
    },
    Rule {
        id: "U002",
        family: Family::Upper,
        severity: Severity::Warning,
        name: "名称与上级目录不一致",
        help: "事项名称应与上级目录一致",
        source: "事项要素两级统一要求",
        explain: "同一基本编码的事项，本级名称与上级目录不同。名称不统一会使同一事项在两级平台上对不上。",
        bad: "县级：最低生活保障审核确认；镇级：低保申请",
        good: "两级都写“最低生活保障审核确认”",
        fixable: None,
        one_fact: false,
        check: Check::Batch(name_differs),
    },
    Rule {
        id: "U003",
        family: Family::Upper,
        severity: Severity::Error,
        name: "事项类型与上级目录不一致",
        help: "事项类型应与上级目录一致",
        source: "事项要素两级统一要求",
        explain: "事项类型由上级目录确定，本级不能改变。",
        bad: "县级：行政确认；镇级：行政给付",
        good: "两级都是行政确认",
        fixable: None,
        one_fact: false,
        check: Check::Batch(kind_differs),
    },
    Rule {
        id: "U004",
        family: Family::Upper,
        severity: Severity::Warning,
        name: "设定依据与上级目录不一致",
        help: "设定依据应与上级目录一致（可在此基础上补充本地依据）",
        source: "事项要素两级统一要求",
        explain: "同一事项的设定依据由法律法规确定，两级应一致。",
        bad: "县级：《社会救助暂行办法》第九条；镇级：（另一部文件）",
        good: "两级都写《社会救助暂行办法》第九条",
        fixable: None,
        one_fact: false,
        check: Check::Batch(basis_differs),
    },
    Rule {
        id: "U005",
        family: Family::Upper,
        severity: Severity::Error,
        name: "法定时限与上级目录不一致，或承诺时限更长",
        help: "法定办结时限应与上级目录一致；本级承诺时限不应长于上级承诺时限",
        source: "事项要素两级统一要求；办理时限压缩要求",
        explain: "法定时限由法律规定，两级必须一致；本级承诺的时限可以更短，但不应比上级承诺的更长。",
        bad: "县级法定20个工作日；镇级法定30个工作日",
        good: "两级法定都是20个工作日，镇级承诺5个工作日",
        fixable: None,
        one_fact: false,
        check: Check::Batch(limits_differ),
    },
];

/// The 基本编码 of an item, from whatever code form it writes: its own 基本编码 column, else the
/// last 12 characters of a 31-character 实施编码, else the part a schema's code form names (a
/// 33-character 业务办理项编码, a local segmented code). Upper-case, trimmed.
pub fn basic_code(catalog: &Catalog, item: &Item) -> Option<String> {
    let text = |key: &str| {
        catalog
            .value(item, key)
            .and_then(Value::as_text)
            .map(|s| s.trim().to_ascii_uppercase())
    };
    let forms = &catalog.schema.code_forms;
    for key in ["basic_code", "code", "implementation_code"] {
        if let Some(code) = text(key) {
            match code.len() {
                12 => return Some(code),
                31 => return Some(code[19..].to_string()),
                _ => {}
            }
            if let Some(basic) = forms.recognize(&code).and_then(|p| p.basic_code) {
                return Some(basic.to_string());
            }
        }
    }
    None
}

fn name_of(catalog: &Catalog, item: &Item) -> String {
    catalog.text(item, "name").trim().to_string()
}

/// An upper catalog's items by 基本编码 and by name: what a lower catalog's items are matched
/// with (the U rules, and `svcat district`'s coverage of the county catalog).
pub struct UpperIndex<'a> {
    pub upper: &'a Catalog,
    by_code: HashMap<String, &'a Item>,
    by_name: HashMap<String, &'a Item>,
}

impl<'a> UpperIndex<'a> {
    pub fn new(upper: &'a Catalog) -> UpperIndex<'a> {
        let mut by_code: HashMap<String, &Item> = HashMap::new();
        let mut by_name: HashMap<String, &Item> = HashMap::new();
        for item in &upper.items {
            if let Some(code) = basic_code(upper, item) {
                by_code.entry(code).or_insert(item);
            }
            by_name.entry(name_of(upper, item)).or_insert(item);
        }
        UpperIndex {
            upper,
            by_code,
            by_name,
        }
    }

    /// The upper item a lower catalog's item claims: by 基本编码, else by name.
    pub fn find(&self, catalog: &Catalog, item: &Item) -> Option<&'a Item> {
        basic_code(catalog, item)
            .and_then(|c| self.by_code.get(&c).copied())
            .or_else(|| self.by_name.get(&name_of(catalog, item)).copied())
    }
}

/// The elements fixed at the upper level that a lower catalog must write as the upper one does
/// (U002–U005), in the order the rules check them.
pub const FIXED_AT_UPPER: &[&str] = &["name", "kind", "legal_basis", "legal_limit"];

/// Whether a lower catalog's value of an element fixed at the upper level ([`FIXED_AT_UPPER`])
/// is the upper catalog's: names and types as written, the legal basis without punctuation and
/// whitespace differences, the legal limit as a time limit (when both read as one).
pub fn same_as_upper(key: &str, ours: &Value, theirs: &Value) -> bool {
    match key {
        "legal_basis" => loose(&ours.render()) == loose(&theirs.render()),
        "legal_limit" => match (ours.as_limit(), theirs.as_limit()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        },
        _ => plain(&ours.render()) == plain(&theirs.render()),
    }
}

/// Each item with its upper-level counterpart, if any.
fn pairs<'a>(cx: &Cx<'a>) -> Vec<(&'a Item, Option<&'a Item>)> {
    let Some(upper) = cx.upper else {
        return Vec::new();
    };
    let index = UpperIndex::new(upper);
    cx.items
        .iter()
        .map(|item| (item, index.find(cx.catalog, item)))
        .collect()
}

fn absent_upstairs(cx: &Cx, out: &mut Out) {
    for (item, upper) in pairs(cx) {
        if upper.is_some() {
            continue;
        }
        let Some(field) = cx
            .field(item, cx.k.code)
            .or_else(|| cx.field(item, cx.k.name))
        else {
            continue;
        };
        out.at_field(
            cx,
            item,
            field,
            format!(
                "上级目录中没有“{}”（按基本编码和名称都没有找到）",
                name_of(cx.catalog, item)
            ),
        );
    }
}

/// Compares one text element with the upper item's, reporting at this item's cell.
fn compare_text(cx: &Cx, out: &mut Out, key: &str, what: &str) {
    let Some(upper) = cx.upper else { return };
    let Some(e) = cx.schema.element_index(key) else {
        return;
    };
    for (item, found) in pairs(cx) {
        let Some(found) = found else { continue };
        let (Some(field), Some(theirs)) = (item.field(e), upper.value(found, key)) else {
            continue;
        };
        if !same_as_upper(key, &field.value, theirs) {
            out.at_field(
                cx,
                item,
                field,
                format!(
                    "{what}“{}”与上级目录的“{}”不一致",
                    field.value.render(),
                    theirs.render()
                ),
            );
        }
    }
}

fn plain(s: &str) -> String {
    s.trim().to_string()
}

/// Legal basis compared without punctuation and whitespace differences.
fn loose(s: &str) -> String {
    svcat_core::text::fold_width(s)
        .chars()
        .filter(|c| c.is_alphanumeric() || ('\u{4E00}'..='\u{9FFF}').contains(c))
        .collect()
}

fn name_differs(cx: &Cx, out: &mut Out) {
    compare_text(cx, out, "name", "事项名称");
}

fn kind_differs(cx: &Cx, out: &mut Out) {
    compare_text(cx, out, "kind", "事项类型");
}

fn basis_differs(cx: &Cx, out: &mut Out) {
    compare_text(cx, out, "legal_basis", "设定依据");
}

fn limits_differ(cx: &Cx, out: &mut Out) {
    let Some(upper) = cx.upper else { return };
    for (item, found) in pairs(cx) {
        let Some(found) = found else { continue };
        let limit = |catalog: &Catalog, item: &Item, key: &str| {
            catalog.value(item, key).and_then(Value::as_limit)
        };
        if let (Some(field), Some(ours), Some(theirs)) = (
            cx.field(item, cx.k.legal_limit),
            limit(cx.catalog, item, "legal_limit"),
            limit(upper, found, "legal_limit"),
        ) && ours != theirs
        {
            out.at_field(
                cx,
                item,
                field,
                format!(
                    "法定办结时限“{}”与上级目录的“{}”不一致",
                    ours.render(),
                    theirs.render()
                ),
            );
        }
        if let (Some(field), Some(ours), Some(theirs)) = (
            cx.field(item, cx.k.promised_limit),
            limit(cx.catalog, item, "promised_limit"),
            limit(upper, found, "promised_limit"),
        ) && ours.working_days() > theirs.working_days() + 1e-9
        {
            out.at_field(
                cx,
                item,
                field,
                format!(
                    "承诺办结时限“{}”长于上级目录承诺的“{}”",
                    ours.render(),
                    theirs.render()
                ),
            );
        }
    }
}
