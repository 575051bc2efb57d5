//! F: values that are there but written wrong: enums, codes, check digits, limits, phones, width.

mod codes;
mod phone;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{Check, Cx, Family, Out, Rule};
use codes::{
    code_fields, is_derived_code, is_lowercase_or_short, kind_mismatch, looks_like_uscc,
    lost_zero_candidate,
};
use phone::phone_facts;
use svcat_core::code_forms::CodeForms;
use svcat_core::codes::{UsccProblem, check_uscc};
use svcat_core::finding::Severity;
use svcat_core::model::{Item, Value};
use svcat_core::schema::ElementType;
use svcat_core::suggest::nearest;
use svcat_core::text::{Memo, fold_width, has_odd_width, is_full_width_alnum, memoized};

pub const RULES: &[Rule] = &[
    Rule {
        id: "F001",
        family: Family::Format,
        severity: Severity::Error,
        name: "取值不在规定范围内",
        help: "改为规范中的取值之一（svcat schema show 可查看）",
        source: "国家政务服务事项实施清单要素标准（代码表）",
        explain: "事项类型、行使层级、办件类型、服务对象等要素只能取规定的值（也可以写代码，如事项类型写“01”）。自创的说法无法汇总、统计和对接上级平台。",
        bad: "事项类型：行政审批",
        good: "事项类型：行政许可",
        fixable: None,
        one_fact: true,
        check: Check::Item(enum_not_allowed),
    },
    Rule {
        id: "F002",
        family: Family::Format,
        severity: Severity::Error,
        name: "基本编码结构不正确",
        help: "基本编码为12位数字：区划2位+事项类型2位+部门2位+主项3位+子项3位，事项类型段应与事项类型一致",
        source: "全国一体化政务服务平台 政务服务事项基本目录编码规则",
        explain: "基本编码共12位：第1–2位区划（00为国家目录），第3–4位事项类型代码（01行政许可……20公共服务），第5–6位部门，第7–9位主项，第10–12位子项（无子项为000）。类型段与事项类型不一致，说明编码或类型有一个填错了。",
        bad: "事项类型：行政确认；基本编码：370505001000（类型段05是行政给付）",
        good: "事项类型：行政确认；基本编码：370705001000",
        fixable: None,
        one_fact: false,
        check: Check::Item(basic_code),
    },
    Rule {
        id: "F003",
        family: Family::Format,
        severity: Severity::Error,
        name: "实施编码结构不正确",
        help: "实施编码为31位：实施主体统一社会信用代码18位+层级1位+基本编码12位",
        source: "全国一体化政务服务平台 政务服务事项实施清单编码规则",
        explain: "实施编码由实施主体的18位统一社会信用代码、1位层级码和12位基本编码组成。任何一段错了，事项都无法与上级目录和办件系统对应。",
        bad: "11370112004325179B537051100300（30位）",
        good: "11370112004325179B5370511003000（31位）",
        fixable: None,
        one_fact: false,
        check: Check::Item(implementation_code),
    },
    Rule {
        id: "F004",
        family: Family::Format,
        severity: Severity::Error,
        name: "统一社会信用代码无效",
        help: "核对实施主体的统一社会信用代码（可在全国组织机构统一社会信用代码数据服务中心查询）",
        source: "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》；GB 11714《全国组织机构代码编制规则》",
        explain: "统一社会信用代码18位，只用数字和除 I、O、S、V、Z 外的大写字母；第18位是按 GB 32100 计算的校验码，第9–17位是组织机构代码（其第9位是按 GB 11714 计算的校验码）。校验不通过说明有字符抄错了。",
        bad: "13370112MB1944302Y",
        good: "13370112MB1944302X",
        fixable: None,
        one_fact: true,
        check: Check::Item(uscc),
    },
    Rule {
        id: "F005",
        family: Family::Format,
        severity: Severity::Error,
        name: "编码含小写字母",
        help: "编码中的字母一律大写",
        source: "GB 32100-2015（代码字符集不含小写字母）",
        explain: "编码中的字母必须大写，小写字母使编码无效，也会导致与其他系统比对失败。svcat fix 可以把它改为大写。",
        bad: "12370112mB2850172B5372012012000",
        good: "12370112MB2850172B5372012012000",
        fixable: Some(3),
        one_fact: false,
        check: Check::Item(lowercase_code),
    },
    Rule {
        id: "F006",
        family: Family::Format,
        severity: Severity::Error,
        name: "编码存成数字，丢失了前导零",
        help: "在 Excel 中把该列设为“文本”格式后重新输入完整编码（含开头的0）",
        source: "政务服务事项编码规则（编码为定长字符串）",
        explain: "编码以数字形式输入 Excel 时，开头的0会被去掉（002018005000 变成 2018005000），长编码还会变成科学计数法。svcat 不会猜测补零，请在源表中改正。",
        bad: "2018005000（数字）",
        good: "002018005000（文本）",
        fixable: None,
        one_fact: false,
        check: Check::Item(lost_zeros),
    },
    Rule {
        id: "F007",
        family: Family::Format,
        severity: Severity::Error,
        name: "办结时限无法识别",
        help: "写成“20个工作日”“15个自然日”或“即办”",
        source: "国家政务服务事项实施清单要素标准（办结时限及单位）",
        explain: "办结时限应是一个数值加单位（工作日、自然日）或“即办”。含糊的写法无法比较、统计和公示。",
        bad: "承诺办结时限：尽快办理",
        good: "承诺办结时限：5个工作日",
        fixable: None,
        one_fact: false,
        check: Check::Item(time_limit),
    },
    Rule {
        id: "F008",
        family: Family::Format,
        severity: Severity::Warning,
        name: "电话号码格式不正确",
        help: "写成带区号的固定电话（如 0531-88880001）、手机号或政务服务热线（12345）",
        source: "县级检查规则：咨询、投诉电话须填写且带区号",
        explain: "咨询电话和监督投诉电话应能直接拨打：固定电话要带区号，号码位数要正确。",
        bad: "88880001",
        good: "0531-88880001",
        fixable: None,
        one_fact: true,
        check: Check::Item(phone),
    },
    Rule {
        id: "F009",
        family: Family::Format,
        severity: Severity::Info,
        name: "全角字符或多余空白",
        help: "把全角数字、字母改为半角，去掉多余空格（svcat fix 可自动修正）",
        source: "数据交换规范",
        explain: "全角数字（２０）、全角字母、全角空格、不间断空格和连续空格看起来和正常文字一样，但会让检索、比对和统计出错。",
        bad: "２０个工作日",
        good: "20个工作日",
        fixable: Some(5),
        one_fact: false,
        check: Check::Item(width),
    },
    Rule {
        id: "F010",
        family: Family::Format,
        severity: Severity::Error,
        name: "次数或是否值无法识别",
        help: "到办事现场次数写数字（0、1、2），是否类要素写“是”或“否”",
        source: "国家政务服务事项实施清单要素标准",
        explain: "到办事现场次数是整数，是否收费、是否支持物流快递等是“是/否”。其他写法无法统计。",
        bad: "到办事现场次数：视情况而定",
        good: "到办事现场次数：1",
        fixable: None,
        one_fact: false,
        check: Check::Item(integer_or_bool),
    },
    Rule {
        id: "F011",
        family: Family::Format,
        severity: Severity::Info,
        name: "取值写成代码或同义词",
        help: "改为规范名称（svcat fix 可自动修正）",
        source: "国家政务服务事项实施清单要素标准（代码表）",
        explain: "写成代码（“01”）或同义词（“镇级”）的取值 svcat 能识别，但公开的清单和办事指南应使用规范名称。",
        bad: "行使层级：镇级",
        good: "行使层级：镇（乡、街道）级",
        fixable: Some(1),
        one_fact: true,
        check: Check::Item(enum_spelling),
    },
    Rule {
        id: "F012",
        family: Family::Format,
        severity: Severity::Info,
        name: "时限使用中文数字",
        help: "时限中的数字用阿拉伯数字书写（svcat fix 可自动修正）",
        source: "政务服务事项办事指南编制规范（数字用阿拉伯数字）",
        explain: "“十五个工作日”能读懂，但不便比较和检索，公示材料中数字应统一用阿拉伯数字。",
        bad: "十五个工作日",
        good: "15个工作日",
        fixable: Some(2),
        one_fact: false,
        check: Check::Item(chinese_numerals),
    },
    Rule {
        id: "F013",
        family: Family::Format,
        severity: Severity::Info,
        name: "电话号码写法不规范",
        help: "固定电话写成“区号-号码”（svcat fix 可自动修正）",
        source: "政务服务事项办事指南编制规范",
        explain: "区号和号码之间用空格、括号、全角字符或不加分隔，号码本身没错，但公示时应统一写成“0531-88880001”，便于群众辨认和拨打。",
        bad: "（0531）88880001",
        good: "0531-88880001",
        fixable: Some(0),
        one_fact: true,
        check: Check::Item(phone_style),
    },
];

fn enum_not_allowed(cx: &Cx, item: &Item, out: &mut Out) {
    for field in &item.fields {
        let element = &cx.schema.elements[usize::from(field.element)];
        if !element.ty.is_enum() {
            continue;
        }
        let Value::Text(text) = &field.value else {
            continue;
        };
        if cx.schema.is_placeholder(text) {
            continue;
        }
        let candidates = element
            .values
            .iter()
            .flat_map(|v| std::iter::once(&v.value).chain(&v.synonyms))
            .map(String::as_str);
        let suggestion = nearest(text, candidates).and_then(|near| {
            element
                .values
                .iter()
                .find(|v| v.value == near || v.synonyms.iter().any(|s| s == near))
        });
        let allowed: Vec<&str> = element.values.iter().map(|v| v.value.as_str()).collect();
        let mut message = format!("“{}”的值“{text}”不在规定范围内", element.label);
        if let Some(v) = suggestion {
            message.push_str(&format!("，是否应为“{}”？", v.value));
        }
        out.at_field(cx, item, field, message)
            .help(format!("可用的值：{}", allowed.join("、")));
    }
}

fn basic_code(cx: &Cx, item: &Item, out: &mut Out) {
    for field in code_fields(cx, item) {
        let text = field.source_text();
        let text = text.trim();
        let is_basic_field = Some(usize::from(field.element)) == cx.k.basic_code;
        if is_lowercase_or_short(cx, field) {
            continue;
        }
        match cx.schema.code_forms.recognize(text) {
            // A 基本编码 on its own; the one inside a 实施编码 is F003's.
            Some(parts) if parts.basic_code == Some(text) => {
                if let Some(problem) = kind_mismatch(cx, item, text) {
                    out.at_field(cx, item, field, format!("基本编码“{text}”的{problem}"));
                }
            }
            // A local form that carries a 基本编码.
            Some(parts) if parts.implementation_code.is_none() => {
                if let Some(basic) = parts.basic_code
                    && let Some(problem) = kind_mismatch(cx, item, basic)
                {
                    out.at_field(
                        cx,
                        item,
                        field,
                        format!(
                            "编码“{text}”（{}）中基本编码“{basic}”的{problem}",
                            parts.form
                        ),
                    );
                }
            }
            Some(_) => {}
            // The 基本编码 column holds something near the national shape: say what is off.
            None if is_basic_field && CodeForms::looks_national(text) => {
                let n = text.chars().count();
                let message = if n != 12 {
                    format!("基本编码“{text}”为{n}位，应为12位")
                } else {
                    let odd: String = text
                        .chars()
                        .enumerate()
                        .filter(|(i, c)| !c.is_ascii_digit() && (*i < 9 || "IOSVZ".contains(*c)))
                        .map(|(_, c)| c)
                        .collect();
                    format!(
                        "基本编码“{text}”含有非数字字符“{odd}”，应为12位数字（子项段可含字母，但不用 I、O、S、V、Z）"
                    )
                };
                out.at_field(cx, item, field, message);
            }
            None => {}
        }
    }
}

fn implementation_code(cx: &Cx, item: &Item, out: &mut Out) {
    for field in code_fields(cx, item) {
        let text = field.source_text();
        let text = text.trim();
        if text.chars().any(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let is_impl_field = Some(usize::from(field.element)) == cx.k.implementation_code;
        let Some(parts) = cx.schema.code_forms.recognize(text) else {
            // Near the national form (capitals and digits, a valid 统一社会信用代码 at its head or
            // about the 31 characters), one character short or long: a typing slip. Any other
            // shape is a local form, read as it is.
            let len = text.chars().count();
            let national_head = text.get(..18).is_some_and(|h| check_uscc(h).is_ok());
            // At 31 or 33 characters the length is right and the characters are not a code's
            // ("TE440000GD030003VV…"): some body's own identifier, read as it is.
            if CodeForms::looks_national(text)
                && len != 31
                && len != 33
                && ((is_impl_field && (29..=35).contains(&len)) || (national_head && len > 18))
            {
                out.at_field(
                    cx,
                    item,
                    field,
                    format!("实施编码“{text}”为{len}位，应为31位（统一社会信用代码18位+层级1位+基本编码12位），或33位（另加业务办理项2位）"),
                );
            }
            continue;
        };
        // The implementing body's 统一社会信用代码 inside the code, when it fails its check.
        let body = parts
            .implementer_code
            .filter(|c| looks_like_uscc(c))
            .and_then(|c| check_uscc(c).err().map(|p| (c, p.describe())));
        let Some(implementation) = parts.implementation_code else {
            // A local form with the body's code inside.
            if let Some((uscc, problem)) = body {
                let message = format!(
                    "编码“{text}”（{}）中的实施主体代码“{uscc}”无效：{problem}",
                    parts.form
                );
                out.at_field(cx, item, field, message);
            }
            continue;
        };
        if let Some((_, problem)) = body {
            let message = format!(
                "实施编码“{implementation}”的前18位（实施主体统一社会信用代码）无效：{problem}"
            );
            out.at_field(cx, item, field, message);
            continue;
        }
        if let Some(basic) = parts.basic_code
            && let Some(problem) = kind_mismatch(cx, item, basic)
        {
            out.at_field(
                cx,
                item,
                field,
                format!("实施编码“{implementation}”中基本编码“{basic}”的{problem}"),
            );
        }
        // The 基本编码 column, when there is one, must be the same code.
        if let Some(basic) = parts.basic_code
            && let Some(basic_field) = cx.field(item, cx.k.basic_code)
            && (basic_field.row, basic_field.column) != (field.row, field.column)
        {
            let own = basic_field.source_text();
            let own = own.trim();
            if own.chars().count() == 12 && own != basic {
                out.at_field(
                    cx,
                    item,
                    basic_field,
                    format!("基本编码“{own}”与实施编码的后12位“{basic}”不一致"),
                );
            }
        }
    }
}

fn uscc(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.implementer_code) else {
        return;
    };
    let text = field.source_text();
    if cx.schema.is_placeholder(&text) {
        return;
    }
    // A department's items share its code: each distinct code is checked once per thread.
    thread_local! {
        static CHECKED: Memo<Result<(), UsccProblem>> = RefCell::new(HashMap::default());
    }
    let code = text.trim();
    match memoized(&CHECKED, code, || check_uscc(code)) {
        Ok(()) | Err(UsccProblem::Lowercase) => {}
        Err(p) => {
            out.at_field(
                cx,
                item,
                field,
                format!("实施主体编码“{}”无效：{}", text.trim(), p.describe()),
            );
        }
    }
}

fn lowercase_code(cx: &Cx, item: &Item, out: &mut Out) {
    let mut fields = code_fields(cx, item);
    if let Some(f) = cx.field(item, cx.k.implementer_code) {
        fields.push(f);
    }
    for field in fields {
        let text = field.source_text();
        // Each lowercase letter once, in the order it appears: “m”“b”.
        let mut lower: Vec<char> = Vec::new();
        for c in text.chars().filter(char::is_ascii_lowercase) {
            if !lower.contains(&c) {
                lower.push(c);
            }
        }
        if lower.is_empty() || !text.is_ascii() {
            continue;
        }
        let lower: String = lower.iter().map(|c| format!("“{c}”")).collect();
        let upper = text.to_ascii_uppercase();
        let label = &cx.schema.elements[usize::from(field.element)].label;
        out.at_field(
            cx,
            item,
            field,
            format!("{label}“{text}”含有小写字母{lower}，应为“{upper}”"),
        )
        .fix(upper);
    }
}

fn lost_zeros(cx: &Cx, item: &Item, out: &mut Out) {
    for field in code_fields(cx, item) {
        if !lost_zero_candidate(cx, field) {
            continue;
        }
        let text = field.source_text();
        let label = &cx.schema.elements[usize::from(field.element)].label;
        let n = text.chars().count();
        let target = if n < 12 { 12 } else { 18 };
        out.at_field(
            cx,
            item,
            field,
            format!(
                "{label}以数字形式保存为“{text}”（{n}位），开头的0已丢失；按{target}位补零应为“{}”，请核对",
                "0".repeat(target - n) + &text
            ),
        );
    }
}

fn time_limit(cx: &Cx, item: &Item, out: &mut Out) {
    for key in [cx.k.legal_limit, cx.k.promised_limit] {
        let Some(field) = cx.field(item, key) else {
            continue;
        };
        let Value::Text(text) = &field.value else {
            continue;
        };
        if cx.schema.is_placeholder(text) {
            continue;
        }
        let label = cx.label(key);
        out.at_field(cx, item, field, format!("{label}“{text}”无法识别为时限"));
    }
}

fn phone_style(cx: &Cx, item: &Item, out: &mut Out) {
    for key in [cx.k.phone_consult, cx.k.phone_complaint] {
        let Some(field) = cx.field(item, key) else {
            continue;
        };
        let text = field.source_text();
        if let (Some(standard), _) = phone_facts(&text) {
            out.at_field(
                cx,
                item,
                field,
                format!(
                    "{}“{}”写法不规范，应为“{standard}”",
                    cx.label(key),
                    text.trim()
                ),
            )
            .fix(standard);
        }
    }
}

fn phone(cx: &Cx, item: &Item, out: &mut Out) {
    for key in [cx.k.phone_consult, cx.k.phone_complaint] {
        let Some(field) = cx.field(item, key) else {
            continue;
        };
        let text = field.source_text();
        if cx.schema.is_placeholder(&text) {
            continue;
        }
        let (standard, problem) = phone_facts(&text);
        // A valid number written another way ("（0531）88880001") is F013's, not a wrong number.
        if standard.is_some() {
            continue;
        }
        if let Some(problem) = problem {
            out.at_field(cx, item, field, format!("{}：{problem}", cx.label(key)));
        }
    }
}

/// The text with full-width letters and digits folded and odd whitespace collapsed.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = false;
    for c in text.chars() {
        let c = if is_full_width_alnum(c) {
            fold_width(&c.to_string()).chars().next().unwrap_or(c)
        } else {
            c
        };
        match c {
            '\u{200B}' | '\u{FEFF}' => continue,
            '\u{3000}' | '\u{00A0}' | '\t' | ' ' => {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            }
            _ => {
                out.push(c);
                last_space = false;
            }
        }
    }
    out.trim().to_string()
}

fn width(cx: &Cx, item: &Item, out: &mut Out) {
    for field in &item.fields {
        if is_derived_code(cx, item, field) {
            continue;
        }
        let Some(text) = field.typed_text() else {
            continue;
        };
        if !has_odd_width(text) {
            continue;
        }
        let tidied = tidy(text);
        if tidied == text {
            continue;
        }
        let label = &cx.schema.elements[usize::from(field.element)].label;
        let what: Vec<&str> = [
            (text.chars().any(is_full_width_alnum), "全角数字或字母"),
            (text.contains('\u{3000}'), "全角空格"),
            (
                text.contains(['\u{00A0}', '\u{200B}', '\u{FEFF}', '\t']),
                "不可见的特殊空白",
            ),
            (text.contains("  "), "连续空格"),
        ]
        .into_iter()
        .filter_map(|(hit, name)| hit.then_some(name))
        .collect();
        if what.is_empty() {
            continue;
        }
        out.at_field(cx, item, field, format!("{label}含有{}", what.join("、")))
            .fix(tidied);
    }
}

fn integer_or_bool(cx: &Cx, item: &Item, out: &mut Out) {
    for field in &item.fields {
        let element = &cx.schema.elements[usize::from(field.element)];
        let Value::Text(text) = &field.value else {
            continue;
        };
        if cx.schema.is_placeholder(text) {
            continue;
        }
        let expect = match element.ty {
            ElementType::Integer => "一个整数（如 0、1）",
            ElementType::Bool => "“是”或“否”",
            _ => continue,
        };
        out.at_field(
            cx,
            item,
            field,
            format!("“{}”的值“{text}”无法识别，应为{expect}", element.label),
        );
    }
}

fn enum_spelling(cx: &Cx, item: &Item, out: &mut Out) {
    for field in &item.fields {
        let element = &cx.schema.elements[usize::from(field.element)];
        // Both 网上办理深度 schemes are in use; neither is a misspelling of the other.
        if element.ty != ElementType::Enum || field.raw.is_none() {
            continue;
        }
        let standard = match &field.value {
            Value::Enum(v) => v.clone(),
            Value::List(values) => values.join(";"),
            _ => continue,
        };
        let raw = field.source_text();
        // "自然人,法人": every value already standard, only the separator differs.
        if svcat_ingest::parse::split_values(&raw)
            .iter()
            .all(|p| element.values.iter().any(|v| v.value == *p))
        {
            continue;
        }
        // Only the spelling differs: "镇级" for 镇（乡、街道）级, "01" for 行政许可.
        out.at_field(
            cx,
            item,
            field,
            format!("“{}”写作“{raw}”，规范写法为“{standard}”", element.label),
        )
        .fix(standard);
    }
}

static CHINESE_LIMIT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[零〇一二两三四五六七八九十百]+\s*个?\s*(工作日|自然日|日|天|个月|月)")
        .expect("valid regex")
});

fn chinese_numerals(cx: &Cx, item: &Item, out: &mut Out) {
    for key in [cx.k.legal_limit, cx.k.promised_limit] {
        let Some(field) = cx.field(item, key) else {
            continue;
        };
        let Value::Limit(limit) = &field.value else {
            continue;
        };
        let text = field.source_text();
        if !CHINESE_LIMIT_RE.is_match(&text) {
            continue;
        }
        let standard = limit.render();
        out.at_field(
            cx,
            item,
            field,
            format!(
                "{}“{text}”使用中文数字，规范写法为“{standard}”",
                cx.label(key)
            ),
        )
        .fix(standard);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_folds_and_collapses() {
        assert_eq!(tidy("２０个工作日"), "20个工作日");
        assert_eq!(tidy("身份证　户口簿"), "身份证 户口簿");
        assert_eq!(tidy("申请表，身份证"), "申请表，身份证");
    }
}
