//! C: elements of one item that contradict each other.

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::codes::split_implementation_code;
use svcat_core::finding::Severity;
use svcat_core::model::{Item, Value};

pub const RULES: &[Rule] = &[
    Rule {
        id: "C001",
        family: Family::Consistency,
        severity: Severity::Error,
        name: "承诺时限超过法定时限",
        help: "承诺时限应不长于法定时限，请核对后修改",
        source: "政务服务事项办理时限压缩要求（承诺办结时限 ≤ 法定办结时限）",
        explain: "承诺办结时限是窗口向群众承诺的时间，应当不长于法律规定的时间，通常还要压缩。不同单位的时限按每周5个工作日折算后比较。",
        bad: "法定办结时限：20个工作日；承诺办结时限：30个工作日",
        good: "法定办结时限：20个工作日；承诺办结时限：10个工作日",
        fixable: None,
        one_fact: false,
        check: Check::Item(promised_over_legal),
    },
    Rule {
        id: "C002",
        family: Family::Consistency,
        severity: Severity::Error,
        name: "即办件的承诺时限不是即办",
        help: "即办件应当场办结：承诺时限填“即办”，或把办件类型改为承诺件",
        source: "县级检查规则：承诺时限为即办 ⇔ 办件类型为即办件",
        explain: "即办件是材料齐全、当场办结的事项，承诺时限只能是“即办”。承诺时限大于0天的事项是承诺件。",
        bad: "办件类型：即办件；承诺办结时限：5个工作日",
        good: "办件类型：承诺件；承诺办结时限：5个工作日",
        fixable: None,
        one_fact: false,
        check: Check::Item(immediate_with_limit),
    },
    Rule {
        id: "C003",
        family: Family::Consistency,
        severity: Severity::Error,
        name: "承诺件的承诺时限是即办",
        help: "当场能办结的改为即办件；不能当场办结的写明承诺的工作日数",
        source: "县级检查规则：承诺时限为即办 ⇔ 办件类型为即办件",
        explain: "承诺件是受理后在承诺时限内办结的事项，承诺时限应是具体天数；写“即办”说明办件类型或时限有一个填错了。",
        bad: "办件类型：承诺件；承诺办结时限：即办",
        good: "办件类型：即办件；承诺办结时限：即办",
        fixable: None,
        one_fact: false,
        check: Check::Item(promised_but_immediate),
    },
    Rule {
        id: "C004",
        family: Family::Consistency,
        severity: Severity::Error,
        name: "全程网办事项仍需到现场",
        help: "全程网办事项的到办事现场次数应为0；确需到现场的，网上办理深度不应填全程网办（四级）",
        source: "县级检查规则：网上办理深度为全程网办（四级）⇒ 到办事现场次数为0",
        explain: "全程网办（网上办理深度四级）意味着申请、受理、办理、送达都在网上完成，群众一次也不用跑。",
        bad: "网上办理深度：全程网办；到办事现场次数：1",
        good: "网上办理深度：全程网办；到办事现场次数：0",
        fixable: None,
        one_fact: false,
        check: Check::Item(online_with_visits),
    },
    Rule {
        id: "C005",
        family: Family::Consistency,
        severity: Severity::Error,
        name: "跑动次数超过目录承诺",
        help: "按“最多跑一次”要求优化流程（邮寄、网办、帮办代办），把到现场次数降到承诺以内",
        source: "“最多跑一次”改革要求（catalog.toml 中的 max_visits）",
        explain: "目录在 catalog.toml 中承诺了最多到现场的次数（max_visits，例如 1 = 最多跑一次），该事项的到办事现场次数超过了承诺。",
        bad: "到办事现场次数：2（目录承诺最多跑一次）",
        good: "到办事现场次数：1",
        fixable: None,
        one_fact: false,
        check: Check::Item(visits_over_promise),
    },
    Rule {
        id: "C006",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "不收费却支持网上支付",
        help: "不收费的事项“是否支持网上支付”应为“否”",
        source: "县级检查规则：不收费 ⇒ 无网上支付",
        explain: "不收费的事项没有可支付的费用，“支持网上支付”与“不收费”自相矛盾。",
        bad: "是否收费：否；是否支持网上支付：是",
        good: "是否收费：否；是否支持网上支付：否",
        fixable: None,
        one_fact: false,
        check: Check::Item(free_with_payment),
    },
    Rule {
        id: "C007",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "咨询电话与投诉电话相同",
        help: "监督投诉电话应是独立于办理部门的监督渠道（如便民服务中心或纪检监督电话、12345）",
        source: "县级检查规则：咨询、投诉电话均须填写且不相同",
        explain: "投诉是对办理部门的监督，打到办理部门自己的咨询电话起不到监督作用。两项都写政务服务便民热线12345（可带区号）不在此列：12345受理对各部门的投诉。",
        bad: "咨询电话：0531-88101203；监督投诉电话：0531-88101203",
        good: "咨询电话：0531-88101203；监督投诉电话：0531-88100000",
        fixable: None,
        one_fact: true,
        check: Check::Item(same_phones),
    },
    Rule {
        id: "C008",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "行使层级与目录层级不一致",
        help: "核对行使层级：镇级目录中的事项一般为“镇（乡、街道）级”；上级行使的事项不应列入本级目录",
        source: "事项要素两级统一要求",
        explain: "目录的层级在 catalog.toml 中写明（如镇级），其中事项的行使层级应包含这一层级。不一致说明事项放错了目录，或层级填错了。",
        bad: "镇级目录中的事项：行使层级 县级",
        good: "行使层级：镇（乡、街道）级",
        fixable: None,
        one_fact: false,
        check: Check::Item(level_mismatch),
    },
    Rule {
        id: "C009",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "实施编码与实施主体编码不一致",
        help: "实施编码的前18位应是实施主体的统一社会信用代码，请核对其中一个",
        source: "政务服务事项实施清单编码规则",
        explain: "实施编码由实施主体的统一社会信用代码开头。两者不一致，说明编码是从别的单位复制的，或实施主体填错了。",
        bad: "实施主体编码 11370112004325179B；实施编码 12370112MB2850172B5…",
        good: "实施主体编码 11370112004325179B；实施编码 11370112004325179B5…",
        fixable: None,
        one_fact: false,
        check: Check::Item(code_vs_implementer),
    },
    Rule {
        id: "C010",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "审批结果类型与结果名称不一致",
        help: "按审批结果核对审批结果类型：结果是证件的填“出证办结”，是文件的填“出文办结”，是批复的填“审批办结”",
        source: "县级检查规则：结果名称以“证”结尾 ⇒ 出证办结，以“文”结尾 ⇒ 出文办结，以“批复”结尾 ⇒ 审批办结",
        explain: "审批结果类型说明群众最后拿到的是什么：证件（出证办结）、文件（出文办结）还是批复（审批办结）。结果名称以“证”结尾的是证件，以“文”结尾的是文件，以“批复”结尾的是批复。名称末尾括号里的说明（如“（正本）”）不计。一个事项有几项结果、类型各不相同时不作判断。",
        bad: "审批结果名称：乡村建设规划许可证；审批结果类型：审批办结",
        good: "审批结果名称：乡村建设规划许可证；审批结果类型：出证办结",
        fixable: None,
        one_fact: false,
        check: Check::Item(result_type_vs_name),
    },
    Rule {
        id: "C011",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "零跑动却不能不见面办理",
        help: "写明群众不到现场怎样办成：支持邮寄的在办理形式中加上“快递申请”；能全程网办的把网上办理深度改为四级；都做不到的，把到办事现场次数改为实际次数",
        source: "县级检查规则：到办事现场次数为0且不能全程网办 ⇒ 办理形式含快递申请",
        explain: "到办事现场次数为0，意味着群众一次也不用跑。那么材料要么在网上全程提交（网上办理深度四级），要么邮寄（办理形式含“快递申请”或支持物流快递），要么由帮办代办人员上门代办。三者都没有时，“0次”是做不到的承诺。只有表中写了办理形式或是否支持物流快递时才作判断。",
        bad: "到办事现场次数：0；网上办理深度：三级；办理形式：窗口办理",
        good: "到办事现场次数：0；网上办理深度：三级；办理形式：窗口办理、快递申请",
        fixable: None,
        one_fact: false,
        check: Check::Item(zero_visits_without_channel),
    },
    Rule {
        id: "C012",
        family: Family::Consistency,
        severity: Severity::Warning,
        name: "零跑动却写了到现场的原因",
        help: "不用到现场的事项，“必须现场办理原因说明”留空或写“无”；确需到现场的，把到办事现场次数改为实际次数",
        source: "县级检查规则：到办事现场次数不为0须说明原因，为0则不应有原因",
        explain: "“必须现场办理原因说明”解释群众为什么要到现场。到办事现场次数为0时还写了原因，两栏必有一栏填错：要么其实需要到现场，要么原因是多余的。",
        bad: "到办事现场次数：0；必须现场办理原因说明：需现场核验身份证原件",
        good: "到办事现场次数：1；必须现场办理原因说明：需现场核验身份证原件",
        fixable: None,
        one_fact: false,
        check: Check::Item(zero_visits_with_reason),
    },
];

fn promised_over_legal(cx: &Cx, item: &Item, out: &mut Out) {
    let (Some(legal), Some(promised)) = (
        cx.value(item, cx.k.legal_limit).and_then(Value::as_limit),
        cx.value(item, cx.k.promised_limit)
            .and_then(Value::as_limit),
    ) else {
        return;
    };
    if promised.working_days() > legal.working_days() + 1e-9 {
        let field = cx.field(item, cx.k.promised_limit).expect("has a value");
        out.at_field(
            cx,
            item,
            field,
            format!(
                "承诺办结时限（{}）超过法定办结时限（{}）",
                promised.render(),
                legal.render()
            ),
        );
    }
}

fn handling_type<'i>(cx: &Cx, item: &'i Item) -> Option<&'i str> {
    match cx.value(item, cx.k.handling_type)? {
        Value::Enum(v) => Some(v),
        _ => None,
    }
}

fn immediate_with_limit(cx: &Cx, item: &Item, out: &mut Out) {
    if handling_type(cx, item) != Some("即办件") {
        return;
    }
    let Some(promised) = cx
        .value(item, cx.k.promised_limit)
        .and_then(Value::as_limit)
    else {
        return;
    };
    if !promised.is_immediate() {
        let field = cx.field(item, cx.k.handling_type).expect("has a value");
        out.at_field(
            cx,
            item,
            field,
            format!("办件类型为即办件，但承诺办结时限为{}", promised.render()),
        );
    }
}

fn promised_but_immediate(cx: &Cx, item: &Item, out: &mut Out) {
    if handling_type(cx, item) != Some("承诺件") {
        return;
    }
    let Some(promised) = cx
        .value(item, cx.k.promised_limit)
        .and_then(Value::as_limit)
    else {
        return;
    };
    if promised.is_immediate() {
        let field = cx.field(item, cx.k.handling_type).expect("has a value");
        out.at_field(
            cx,
            item,
            field,
            "办件类型为承诺件，但承诺办结时限为“即办”".to_string(),
        );
    }
}

fn online_with_visits(cx: &Cx, item: &Item, out: &mut Out) {
    let full_online =
        matches!(cx.value(item, cx.k.online_depth), Some(Value::Enum(v)) if v == "四级");
    if !full_online {
        return;
    }
    let Some(visits) = cx.value(item, cx.k.visits).and_then(Value::as_integer) else {
        return;
    };
    if visits > 0 {
        let depth = cx.field(item, cx.k.online_depth).expect("has a value");
        let written = depth.source_text();
        let meaning = if written.trim() == "全程网办" {
            ""
        } else {
            "（全程网办）"
        };
        out.at_field(
            cx,
            item,
            depth,
            format!("网上办理深度为“{written}”{meaning}，但到办事现场次数为{visits}"),
        );
    }
}

fn visits_over_promise(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(max) = cx.catalog.meta.max_visits else {
        return;
    };
    let Some(field) = cx.field(item, cx.k.visits) else {
        return;
    };
    let Some(visits) = field.value.as_integer() else {
        return;
    };
    if visits > i64::from(max) {
        let promise = if max == 1 {
            "“最多跑一次”".to_string()
        } else {
            format!("最多跑{max}次")
        };
        out.at_field(
            cx,
            item,
            field,
            format!("到办事现场次数为{visits}，超过目录承诺的{promise}"),
        );
    }
}

fn free_with_payment(cx: &Cx, item: &Item, out: &mut Out) {
    let free = cx.value(item, cx.k.fee_charged).and_then(Value::as_bool) == Some(false);
    let Some(payment) = cx.field(item, cx.k.online_payment) else {
        return;
    };
    if free && payment.value.as_bool() == Some(true) {
        out.at_field(
            cx,
            item,
            payment,
            "是否收费为“否”，但是否支持网上支付为“是”".to_string(),
        );
    }
}

fn digits(text: &str) -> String {
    svcat_core::text::fold_width(text)
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

fn same_phones(cx: &Cx, item: &Item, out: &mut Out) {
    let (Some(consult), Some(complaint)) = (
        cx.field(item, cx.k.phone_consult),
        cx.field(item, cx.k.phone_complaint),
    ) else {
        return;
    };
    let a = digits(&consult.source_text());
    // 12345, the government service hotline, takes complaints about every department (国办发
    // 〔2020〕53号): as both numbers it is the independent channel the rule asks for.
    let is_12345 = a.strip_prefix('0').map_or(a.as_str(), |rest| {
        rest.strip_suffix("12345")
            .filter(|area| (2..=3).contains(&area.len()))
            .map_or(rest, |_| "12345")
    }) == "12345";
    if a.len() >= 5 && !is_12345 && a == digits(&complaint.source_text()) {
        out.at_field(
            cx,
            item,
            complaint,
            format!(
                "监督投诉电话与咨询电话相同（{}）",
                complaint.source_text().trim()
            ),
        );
    }
}

fn level_mismatch(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(catalog_level) = cx.catalog.meta.level.as_deref() else {
        return;
    };
    let Some(field) = cx.field(item, cx.k.level) else {
        return;
    };
    let values = field.value.enum_values();
    if values.is_empty() || values.contains(&catalog_level) {
        return;
    }
    out.at_field(
        cx,
        item,
        field,
        format!(
            "行使层级为“{}”，与目录层级“{catalog_level}”不一致",
            values.join("、")
        ),
    );
}

fn code_vs_implementer(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(implementer) = cx.text(item, cx.k.implementer_code) else {
        return;
    };
    let code_field = cx
        .field(item, cx.k.implementation_code)
        .or_else(|| cx.field(item, cx.k.code));
    let Some(code_field) = code_field else {
        return;
    };
    let code = code_field.source_text();
    let Some((uscc, _, _)) = split_implementation_code(&code) else {
        return;
    };
    let implementer = implementer.trim();
    if implementer.chars().count() == 18 && !uscc.eq_ignore_ascii_case(implementer) {
        out.at_field(
            cx,
            item,
            code_field,
            format!("实施编码的前18位“{uscc}”与实施主体编码“{implementer}”不一致"),
        );
    }
}

/// The result type a result's name implies: a certificate (…证), a document (…文) or a reply
/// (…批复). A trailing bracketed note ("（正本）") does not count; several results that imply
/// different types imply none.
fn implied_result_type(name: &str) -> Option<&'static str> {
    let mut implied = None;
    for part in name.split(['、', '；', ';', '，', ',', '/', '／']) {
        let Some(kind) = implied_by_one(part) else {
            continue;
        };
        match implied {
            Some(k) if k != kind => return None,
            _ => implied = Some(kind),
        }
    }
    implied
}

fn implied_by_one(name: &str) -> Option<&'static str> {
    let mut name = name
        .trim()
        .trim_end_matches(['》', '」', '”', '"', '。', ' ']);
    // "许可证（正本）", "许可证(副本)": the note is not the result.
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = name.strip_suffix(close)
            && let Some(at) = inner.rfind(open)
        {
            name = inner[..at].trim_end();
        }
    }
    let name = name.trim_end_matches(['》', '」', '”', '"']);
    if name.ends_with("批复") {
        Some("审批办结")
    } else if name.ends_with('证') {
        Some("出证办结")
    } else if name.ends_with('文') {
        Some("出文办结")
    } else {
        None
    }
}

fn result_type_vs_name(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(type_field) = cx.field(item, cx.k.result_type) else {
        return;
    };
    let Value::Enum(actual) = &type_field.value else {
        return;
    };
    let Some(name) = cx.text(item, cx.k.result_name) else {
        return;
    };
    let Some(expected) = implied_result_type(name) else {
        return;
    };
    if actual == expected {
        return;
    }
    let what = match expected {
        "出证办结" => "证件",
        "出文办结" => "文件",
        _ => "批复",
    };
    out.at_field(
        cx,
        item,
        type_field,
        format!(
            "审批结果“{}”是{what}，审批结果类型应为“{expected}”，而不是“{actual}”",
            name.trim()
        ),
    );
}

fn zero_visits_without_channel(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(visits) = cx.field(item, cx.k.visits) else {
        return;
    };
    if visits.value.as_integer() != Some(0) {
        return;
    }
    let Some(Value::Enum(depth)) = cx.value(item, cx.k.online_depth) else {
        return;
    };
    if depth == "四级" || cx.value(item, cx.k.proxy_service).and_then(Value::as_bool) == Some(true)
    {
        return;
    }
    let forms = cx.value(item, cx.k.handling_forms).map(Value::enum_values);
    let express = cx
        .value(item, cx.k.express_delivery)
        .and_then(Value::as_bool);
    // Without either column nothing says how the application reaches the office.
    if forms.is_none() && express.is_none() {
        return;
    }
    let by_post = forms.as_ref().is_some_and(|f| f.contains(&"快递申请")) || express == Some(true);
    if by_post {
        return;
    }
    let lacking = if forms.is_some() {
        "办理形式中也没有快递申请"
    } else {
        "也不支持物流快递"
    };
    out.at_field(
        cx,
        item,
        visits,
        format!("到办事现场次数为0，但网上办理深度为“{depth}”（不能全程网办），{lacking}"),
    );
}

/// How a reason field says there is no reason: 无, 不涉及, 不需要到现场 ….
fn says_no_reason(text: &str) -> bool {
    let t = text.trim();
    ["无", "不涉及", "不需要", "不需", "无需", "不用", "没有"]
        .iter()
        .any(|p| t.starts_with(p))
}

fn zero_visits_with_reason(cx: &Cx, item: &Item, out: &mut Out) {
    if cx.value(item, cx.k.visits).and_then(Value::as_integer) != Some(0) {
        return;
    }
    let Some(reason) = cx.field(item, cx.k.visit_reason) else {
        return;
    };
    let text = reason.source_text();
    if cx.schema.is_placeholder(&text) || says_no_reason(&text) {
        return;
    }
    let excerpt: String = text.trim().chars().take(30).collect();
    let more = if text.trim().chars().count() > 30 {
        "…"
    } else {
        ""
    };
    out.at_field(
        cx,
        item,
        reason,
        format!("到办事现场次数为0，但写了必须到现场办理的原因：“{excerpt}{more}”"),
    );
}
