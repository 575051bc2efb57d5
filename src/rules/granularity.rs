//! G: items cut too coarse (颗粒度): bundled names, situations without sub-items, catch-all and
//! undivided materials, generic names.

use std::sync::LazyLock;

use regex::Regex;

use super::{Check, Cx, Family, Out, Rule};
use crate::model::{Item, Value};
use crate::report::Severity;
use crate::text::char_len;

pub const RULES: &[Rule] = &[
    Rule {
        id: "G001",
        family: Family::Granularity,
        severity: Severity::Warning,
        name: "事项名称捆绑了多项服务",
        help: "一个事项只对应一项服务：拆成多个事项，各自填写材料和时限；如果这是国家目录中的规范名称，请加入规范的 name_exceptions",
        source: "政务服务事项颗粒度要求（一事项一服务）",
        explain: "用“、”“及”“和”“或者”把两项服务连在一个名称里（如“办理、补办”“流转及备案”），群众分不清各自要带什么材料、多久办好。不少国家目录中的单一事项名称也含“和”（如“困难残疾人生活补贴和重度残疾人护理补贴”），所以这条是警告，并可在规范中列出例外。",
        bad: "老年人优待证办理、补办",
        good: "老年人优待证办理；老年人优待证补办（两个事项）",
        fixable: false,
        check: Check::Item(bundled_name),
    },
    Rule {
        id: "G002",
        family: Family::Granularity,
        severity: Severity::Warning,
        name: "材料按情形区分但未拆分办理项",
        help: "把不同情形拆成业务办理项，或把“如属……还需……”写成单独的材料并注明适用情形",
        source: "政务服务事项颗粒度要求（情形化梳理）",
        explain: "材料里写着“如属代办的，还需……”“情形一……情形二……”，说明同一事项在不同情形下要的材料不同。不拆分时，窗口和群众都容易漏带或多带材料。",
        bad: "1.身份证；2.户口簿。如属代办的，还需提供代办人身份证",
        good: "业务办理项“本人申请”“委托代办”各列一套材料",
        fixable: false,
        check: Check::Item(situations),
    },
    Rule {
        id: "G003",
        family: Family::Granularity,
        severity: Severity::Error,
        name: "兜底材料",
        help: "删去兜底条款，把确实需要的材料逐项写明",
        source: "政务服务事项标准化要求：申请材料逐项列明，不得设“其他材料”等兜底条款",
        explain: "“其他材料”“其他相关材料”“有关部门要求的其他材料”等兜底条款让群众无法一次备齐材料，是国家明令清理的内容。",
        bad: "4.有关部门要求的其他材料",
        good: "只列出明确的材料：申请表、身份证、户口簿",
        fixable: false,
        check: Check::Item(catch_all),
    },
    Rule {
        id: "G004",
        family: Family::Granularity,
        severity: Severity::Warning,
        name: "申请材料未分项",
        help: "把材料逐项编号列出（1.…；2.…），每项写明原件/复印件和份数",
        source: "政务服务事项实施清单要素标准（材料名称、材料形式、份数）",
        explain: "一整段文字里夹着多种材料，无法逐项核对，也无法生成一次性告知单。",
        bad: "申请人需携带夫妻双方身份证户口簿结婚证原件和复印件以及……",
        good: "1.夫妻双方身份证原件及复印件1份；2.户口簿原件及复印件1份；3.结婚证原件及复印件1份",
        fixable: false,
        check: Check::Item(material_blob),
    },
    Rule {
        id: "G005",
        family: Family::Granularity,
        severity: Severity::Warning,
        name: "泛化的事项名称",
        help: "写出具体的服务名称；不属于任何具体服务的内容不应作为事项列出",
        source: "政务服务事项颗粒度要求",
        explain: "“其他……事项”不是一项具体服务，群众无法据此办事，也无法统计。",
        bad: "其他民政事项",
        good: "殡葬服务咨询",
        fixable: false,
        check: Check::Item(generic_name),
    },
];

/// Words where 及/和/与/或 is part of the word, not a joint between two services.
static NOT_A_JOINT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"涉及|普及|危及|波及|及时|以及时|和解|和谐|和平|缓和|总和|饱和|温和|与会|参与|给与|或许|即与")
        .expect("valid regex")
});
static JOINT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"、|以及|及|和|或者|或|与|/").expect("valid regex"));
static BRACKETS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"（[^）]*）|\([^)]*\)|《[^》]*》").expect("valid regex"));

fn bundled_name(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.name) else {
        return;
    };
    let Value::Text(name) = &field.value else {
        return;
    };
    let name = name.trim();
    // Brackets hold levels and notes ("镇（乡、街道）级", "（初审）"), not a second service.
    let outside = BRACKETS_RE.replace_all(name, "");
    if cx
        .schema
        .name_exceptions
        .iter()
        .any(|e| e == name || *e == outside)
    {
        return;
    }
    let masked = NOT_A_JOINT_RE.replace_all(&outside, "□□");
    let Some(joint) = JOINT_RE.find(&masked) else {
        return;
    };
    let (left, right) = (&masked[..joint.start()], &masked[joint.end()..]);
    if char_len(left) < 2 || char_len(right) < 2 {
        return;
    }
    out.at_field(
        cx,
        item,
        field,
        format!(
            "事项名称“{name}”用“{}”连接了多项服务，颗粒度可能过粗",
            joint.as_str()
        ),
    );
}

static SITUATION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"情形[一二三四五六七八九十\d]|如属|如系|如为|如果|属于[^，,。；;]{1,12}的|的[，,]?还需|若[^，,。]{1,20}[，,]须")
        .expect("valid regex")
});

fn situations(cx: &Cx, item: &Item, out: &mut Out) {
    if cx.field(item, cx.k.sub_item).is_some() {
        return;
    }
    let Some(field) = cx.field(item, cx.k.materials) else {
        return;
    };
    let text = field.source_text();
    if let Some(m) = SITUATION_RE.find(&text) {
        // Quote the clause the situation is in, from its start.
        let clause_start = text[..m.start()]
            .rfind(['。', '；', ';', '\n'])
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let excerpt: String = text[clause_start..].chars().take(24).collect();
        out.at_field(
            cx,
            item,
            field,
            format!("申请材料按情形区分（“{excerpt}…”），但没有拆分业务办理项"),
        );
    }
}

/// Catch-all materials: "其他材料" and its variants ("其他需要提交的材料", "审批机关认为需要提供的其他
/// 材料", "有关部门要求的其他材料"), "相关证明材料", "…等材料". A named document that merely mentions
/// 其他 ("共同生活的其他家庭成员身份证复印件") is not one.
static CATCH_ALL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(其他|其它)[^，,；;。]{0,10}(材料|资料)$|的(其他|其它)(相关|有关|证明)?(材料|资料)$|(有关|相关)部门要求的|法律法规规定的其他|^(相关|有关)证明材料$|等(相关|有关)?材料$",
    )
    .expect("valid regex")
});

fn catch_all(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.materials) else {
        return;
    };
    let Value::Materials(materials) = &field.value else {
        return;
    };
    for m in materials {
        if CATCH_ALL_RE.is_match(m.name.trim()) {
            out.at_field(
                cx,
                item,
                field,
                format!("申请材料含兜底条款“{}”", m.name.trim()),
            );
        }
    }
}

fn material_blob(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.materials) else {
        return;
    };
    let Value::Materials(materials) = &field.value else {
        return;
    };
    if materials.len() != 1 {
        return;
    }
    let name = &materials[0].name;
    // One "material" that reads like a paragraph naming several documents.
    let documents = ["证", "簿", "书", "表", "明", "件", "照片", "本"]
        .iter()
        .map(|w| name.matches(w).count())
        .sum::<usize>();
    if char_len(name) >= 40 && documents >= 3 {
        out.at_field(
            cx,
            item,
            field,
            format!("申请材料是一整段文字（{}字），没有逐项列出", char_len(name)),
        );
    }
}

static GENERIC_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(其他|其它|其余).{0,10}(事项|服务|业务|工作)$").expect("valid regex")
});

fn generic_name(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.name) else {
        return;
    };
    let Value::Text(name) = &field.value else {
        return;
    };
    if GENERIC_RE.is_match(name.trim()) {
        out.at_field(
            cx,
            item,
            field,
            format!("事项名称“{}”不是一项具体的服务", name.trim()),
        );
    }
}
