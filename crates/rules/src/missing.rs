//! M: elements that are empty, or filled with something that means empty.

use std::sync::LazyLock;

use regex::Regex;

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::finding::Severity;
use svcat_core::model::{Item, Value};
use svcat_core::text::says_none;

pub const RULES: &[Rule] = &[
    Rule {
        id: "M001",
        family: Family::Missing,
        severity: Severity::Error,
        name: "必填要素为空",
        help: "按事项的实际情况填写；哪些要素必填取决于事项类型（svcat schema show 可查看）",
        source: "国家政务服务事项实施清单要素标准（按事项类型的必填要素）",
        explain: "按事项类型（行政许可、行政给付、公共服务……），国家标准规定了必须填写的要素。空着的要素会让窗口人员和群众无从知道怎么办。例如依申请事项没有申请材料就是不完整的。",
        bad: "最低生活保障审核确认：受理条件（空）",
        good: "受理条件：具有本镇户籍，家庭人均收入低于当地最低生活保障标准",
        fixable: None,
        one_fact: false,
        check: Check::Item(required_empty),
    },
    Rule {
        id: "M002",
        family: Family::Missing,
        severity: Severity::Error,
        name: "填写的是占位词",
        help: "写出具体内容；确实没有时按规范写明（如特别程序写“无特别程序”）",
        source: "政务服务事项办事指南编制规范（内容完整、准确）",
        explain: "“无”“/”“—”“暂无”“待定”“略”“见附件”“详见……”等看起来填了，其实什么也没说。群众看不到附件，窗口也无法据此受理。",
        bad: "办理流程：见附件",
        good: "办理流程：受理—审核—决定—送达",
        fixable: None,
        one_fact: false,
        check: Check::Item(placeholder),
    },
    Rule {
        id: "M003",
        family: Family::Missing,
        severity: Severity::Error,
        name: "收费事项缺少收费标准或依据",
        help: "填写收费标准和收费依据（文件名称及文号）",
        source: "政务服务事项实施清单要素标准（收费项目名称、收费标准、收费依据）",
        explain: "是否收费为“是”时，必须写明收多少（收费标准）和凭什么收（收费依据），否则群众无法核对，也不能公示。",
        bad: "是否收费：是；收费依据：（空）",
        good: "是否收费：是；收费标准：每平方米每日1元；收费依据：《城市道路管理条例》第三十七条",
        fixable: None,
        one_fact: false,
        check: Check::Item(fee_details),
    },
    Rule {
        id: "M004",
        family: Family::Missing,
        severity: Severity::Warning,
        name: "需到现场但未说明原因",
        help: "在“必须现场办理原因说明”中写明为什么必须到现场（如需核验原件、现场采集照片）",
        source: "“最多跑一次”改革要求；县级检查规则（跑动次数不为0须说明原因）",
        explain: "到办事现场次数大于0时，应说明必须到现场的原因，以便审核能否改为网上或邮寄办理。只在表中有“必须现场办理原因说明”列、而该事项留空时报告；整张表没有这一列时不逐项报告。",
        bad: "到办事现场次数：1；必须现场办理原因说明：（空）",
        good: "到办事现场次数：1；必须现场办理原因说明：需现场核验残疾人证原件并采集照片",
        fixable: None,
        one_fact: false,
        check: Check::Item(visit_reason),
    },
    Rule {
        id: "M005",
        family: Family::Missing,
        severity: Severity::Warning,
        name: "特别程序未写时限",
        help: "写明特别程序需要的时间，如“公示7个自然日（不计入办理时限）”",
        source: "国家政务服务事项实施清单要素标准（特别程序及其时限）",
        explain: "公示、听证、检验、专家评审等特别程序不计入办结时限，但必须写明各自需要多长时间，群众才能估算总时间。",
        bad: "特别程序：公示",
        good: "特别程序：村（居）公示7个自然日，不计入办结时限",
        fixable: None,
        one_fact: false,
        check: Check::Item(special_procedure_limit),
    },
    Rule {
        id: "M006",
        family: Family::Missing,
        severity: Severity::Warning,
        name: "行政许可没有常见问题",
        help: "至少写一条群众办这件事时最常问的问题和答案（如“哪些情况不予许可？”）",
        source: "县级检查规则：行政许可事项至少有一条常见问题",
        explain: "行政许可条件多、环节多，群众最容易卡在同几个问题上。常见问题把这些问题和答案先写出来，窗口少解释，群众少跑腿。只在表中有“常见问题”列、而行政许可事项留空时报告；整张表没有这一列时不逐项报告（svcat template 生成的填报模板含这一列）。",
        bad: "事项类型：行政许可；常见问题：（空）",
        good: "常见问题：问：占道期满还要继续占用怎么办？答：期满前5个工作日申请延期",
        fixable: None,
        one_fact: false,
        check: Check::Item(permit_without_faq),
    },
    Rule {
        id: "M007",
        family: Family::Missing,
        severity: Severity::Warning,
        name: "行政许可办理流程缺少环节",
        help: "按实际写全受理、审查、决定、送达四个环节，并写明每个环节由谁办、多长时间",
        source: "县级检查规则：行政许可的办理流程至少包括受理、审核、决定、送达",
        explain: "行政许可法规定了受理、审查、决定、送达的程序。流程里没有某个环节，群众就不知道材料交上去以后会发生什么、结果怎么拿到。同义的写法也算：审核、核查、审批算审查，批准、准予、审批算决定，发证、领取、邮寄算送达。",
        bad: "事项类型：行政许可；办理流程：受理—办结",
        good: "办理流程：受理—审查—决定—送达",
        fixable: None,
        one_fact: false,
        check: Check::Item(permit_process_steps),
    },
    Rule {
        id: "M008",
        family: Family::Missing,
        severity: Severity::Info,
        name: "有审批结果但没有结果样本",
        help: "在“审批结果样本”中写明样本文件名或链接，让群众事先知道会拿到什么",
        source: "县级检查规则：有审批结果 ⇒ 有审批结果样本",
        explain: "结果样本让群众事先看到证件或文书的样子。只在表中有“审批结果样本”列、而该事项留空时报告；整张表没有这一列时不逐项报告。",
        bad: "审批结果名称：残疾人证；审批结果样本：（空）",
        good: "审批结果名称：残疾人证；审批结果样本：残疾人证样本.pdf",
        fixable: None,
        one_fact: false,
        check: Check::Item(result_without_sample),
    },
];

/// Whether the item has a value for the element, counting codes derived from one another (a
/// 31-character 实施编码 carries the 基本编码; a 33-character 业务办理项编码 both). A code in a
/// local form (one svcat knows, or one with separators or letters no national code has) stands for
/// both: it is never reported as their absence.
pub fn has_element(cx: &Cx, item: &Item, element: usize) -> bool {
    if item.field(element).is_some() {
        return true;
    }
    let wants_basic = Some(element) == cx.k.basic_code;
    let wants_implementation = Some(element) == cx.k.implementation_code;
    if !wants_basic && !wants_implementation {
        return false;
    }
    let forms = &cx.schema.code_forms;
    [cx.k.code, cx.k.implementation_code, cx.k.basic_code]
        .into_iter()
        .filter_map(|k| cx.text(item, k))
        .filter(|code| !code.trim().is_empty() && !cx.schema.is_placeholder(code))
        .any(|code| match forms.recognize(code) {
            // A national form says which codes it holds.
            Some(p) if p.basic_code.is_some() || p.implementation_code.is_some() => {
                if wants_basic {
                    p.basic_code.is_some()
                } else {
                    p.implementation_code.is_some()
                }
            }
            // A local form holds the item's codes in its own way ("QS-MZ-0008",
            // "511Z07001006-511602000000-…").
            Some(_) => true,
            // Digits and capitals of no known length are a national code gone wrong, not a form.
            None => !svcat_core::code_forms::CodeForms::looks_national(code),
        })
}

fn required_empty(cx: &Cx, item: &Item, out: &mut Out) {
    let kind = cx.kind(item);
    let mask = cx.schema.required_mask(kind);
    let mut present = vec![false; cx.schema.elements.len()];
    for field in &item.fields {
        if let Some(p) = present.get_mut(usize::from(field.element)) {
            *p = true;
        }
    }
    for (e, element) in cx.schema.elements.iter().enumerate() {
        let required = mask.map_or_else(|| cx.schema.is_required(element, kind), |m| m[e])
            && cx.list_carries(item.sheet, e);
        // Whether none is the answer is asked only of what is missing.
        if !required
            || present[e]
            || has_element(cx, item, e)
            || cx.absent_columns.contains(&(item.sheet, e))
            || cx.catalog.none_is_answer(item, &element.key)
        {
            continue;
        }
        let kind_text = kind.map(|k| format!("（{k}）")).unwrap_or_default();
        out.at_missing(
            cx,
            item,
            e,
            format!("“{}”为空，本事项{kind_text}必须填写", element.label),
        );
    }
}

/// Elements where a plain "无" is a real answer (no special procedure, no intermediary).
fn none_is_an_answer(cx: &Cx, key: &str) -> bool {
    matches!(
        key,
        "special_procedures"
            | "intermediary"
            | "quantity_limit"
            | "entrusting_body"
            | "fee_standard"
            | "fee_basis"
            | "visit_reason"
            | "faq"
            | "online_url"
    ) || cx.schema.element(key).is_some_and(|e| e.ty.is_enum())
}

fn placeholder(cx: &Cx, item: &Item, out: &mut Out) {
    let kind = cx.kind(item);
    for field in &item.fields {
        let element = &cx.schema.elements[usize::from(field.element)];
        let Some(text) = field.typed_text() else {
            continue;
        };
        if !cx.schema.is_placeholder(text) {
            continue;
        }
        let says_none = says_none(text);
        if says_none
            && (none_is_an_answer(cx, &element.key)
                || cx.catalog.none_is_answer(item, &element.key))
        {
            continue;
        }
        // Only elements that must say something: required ones, and any "见附件".
        if !cx.required(item, usize::from(field.element), kind) && says_none {
            continue;
        }
        // The code is reported once, with its source element.
        if Some(usize::from(field.element)) == cx.k.code
            && (cx.field(item, cx.k.implementation_code).is_some()
                || cx.field(item, cx.k.basic_code).is_some())
        {
            continue;
        }
        out.at_field(
            cx,
            item,
            field,
            format!("“{}”填写的是“{}”，等于没有填写", element.label, text.trim()),
        );
    }
}

fn fee_details(cx: &Cx, item: &Item, out: &mut Out) {
    if cx.value(item, cx.k.fee_charged).and_then(Value::as_bool) != Some(true) {
        return;
    }
    let charged = cx.field(item, cx.k.fee_charged).expect("checked above");
    for key in [cx.k.fee_standard, cx.k.fee_basis] {
        let Some(e) = key else { continue };
        if cx.filled(item, key) {
            continue;
        }
        let label = &cx.schema.elements[e].label;
        let message = format!("是否收费为“是”，但“{label}”为空");
        match cx.column_of(item, e) {
            Some(_) => {
                out.at_missing(cx, item, e, message);
            }
            None => {
                out.at_field(cx, item, charged, message)
                    .element(&cx.schema.elements[e].key);
            }
        }
    }
}

fn visit_reason(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(visits) = cx.value(item, cx.k.visits).and_then(Value::as_integer) else {
        return;
    };
    let Some(reason) = cx.k.visit_reason else {
        return;
    };
    // A sheet without the column says nothing about reasons (a 目录, a portal export without
    // that field): reported per item only where the column is there and left empty.
    if visits <= 0 || cx.filled(item, Some(reason)) || cx.column_of(item, reason).is_none() {
        return;
    }
    out.at_missing(
        cx,
        item,
        reason,
        format!("到办事现场次数为{visits}，但没有说明必须到现场办理的原因"),
    );
}

static DURATION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d+|[一二两三四五六七八九十]+)\s*个?\s*(工作日|自然日|日|天|个月|月|周)")
        .expect("valid regex")
});

fn special_procedure_limit(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.special_procedures) else {
        return;
    };
    let text = field.source_text();
    let t = text.trim();
    let none = cx.schema.is_placeholder(t)
        || t.starts_with('无')
        || t.starts_with("不涉及")
        || t.starts_with("没有");
    if none || DURATION_RE.is_match(t) {
        return;
    }
    out.at_field(
        cx,
        item,
        field,
        format!("特别程序“{t}”没有写明需要多长时间"),
    );
}

fn is_permit(cx: &Cx, item: &Item) -> bool {
    cx.kind(item) == Some("行政许可")
}

fn permit_without_faq(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(faq) = cx.k.faq else {
        return;
    };
    if !is_permit(cx, item) || cx.filled(item, Some(faq)) || cx.column_of(item, faq).is_none() {
        return;
    }
    out.at_missing(cx, item, faq, "行政许可事项没有填写常见问题".to_string());
}

/// The steps a permit's process must show, each with the words that name it.
const PERMIT_STEPS: [(&str, &[&str]); 4] = [
    ("受理", &["受理", "收件", "接件"]),
    (
        "审查",
        &[
            "审查", "审核", "核查", "核实", "审批", "勘查", "踏勘", "查验", "初审",
        ],
    ),
    (
        "决定",
        &["决定", "批准", "准予", "不予", "审批", "签发", "作出"],
    ),
    (
        "送达",
        &[
            "送达", "发证", "颁证", "颁发", "领取", "领证", "发放", "寄送", "邮寄", "送交", "出证",
            "交付",
        ],
    ),
];

fn permit_process_steps(cx: &Cx, item: &Item, out: &mut Out) {
    if !is_permit(cx, item) {
        return;
    }
    let Some(field) = cx.field(item, cx.k.process) else {
        return;
    };
    let Some(text) = field.typed_text() else {
        return;
    };
    if cx.schema.is_placeholder(text) {
        return;
    }
    let lacking: Vec<&str> = PERMIT_STEPS
        .iter()
        .filter(|(_, words)| !words.iter().any(|w| text.contains(w)))
        .map(|(step, _)| *step)
        .collect();
    if lacking.is_empty() {
        return;
    }
    let quoted: Vec<String> = lacking.iter().map(|s| format!("“{s}”")).collect();
    out.at_field(
        cx,
        item,
        field,
        format!("行政许可的办理流程没有{}环节", quoted.join("")),
    );
}

fn result_without_sample(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(sample) = cx.k.result_sample else {
        return;
    };
    if !cx.filled(item, cx.k.result_name)
        || cx.filled(item, Some(sample))
        || cx.column_of(item, sample).is_none()
    {
        return;
    }
    let name = cx.text(item, cx.k.result_name).unwrap_or_default().trim();
    out.at_missing(
        cx,
        item,
        sample,
        format!("审批结果为“{name}”，但没有填写审批结果样本"),
    );
}
