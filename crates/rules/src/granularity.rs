//! G: items cut too coarse (颗粒度): bundled names, situations without sub-items, catch-all and
//! undivided materials, generic names.

use std::sync::LazyLock;

use regex::Regex;

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::finding::Severity;
use svcat_core::model::{Item, Value};
use svcat_core::schema::Schema;
use svcat_core::text::char_len;

pub const RULES: &[Rule] = &[
    Rule {
        id: "G001",
        family: Family::Granularity,
        severity: Severity::Warning,
        name: "事项名称捆绑了多项服务",
        help: "一个事项只对应一项服务：拆成多个事项，或在“业务办理项”中分别列出，各自填写材料和时限；如果这是国家目录中的规范名称，请加入规范的 name_exceptions",
        source: "政务服务事项颗粒度要求（一事项一服务）",
        explain: "用“、”“及”“和”“或者”把两个办事动作连在一个名称里（如“办理、补办”“流转及备案”“设立、变更、注销”“补发、换发”），群众分不清各自要带什么材料、多久办好。只有连接的两边都是规范 action_words 中的服务动作时才提示：并列的对象（“香港、澳门律师事务所……”）、同一申请的审核环节（“初始审核、审批”）、处罚和检查事项中列举的行为、括号和引号里的内容都不算。已在“业务办理项”中拆分的事项不提示；国家目录中确属单一事项的名称可在规范的 name_exceptions 中列出。",
        bad: "老年人优待证办理、补办",
        good: "老年人优待证办理；老年人优待证补办（两个事项，或同一事项下的两个业务办理项）",
        fixable: None,
        one_fact: false,
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
        fixable: None,
        one_fact: false,
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
        fixable: None,
        one_fact: false,
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
        fixable: None,
        one_fact: false,
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
        fixable: None,
        one_fact: false,
        check: Check::Item(generic_name),
    },
];

/// Words where 及/和/与/或 is part of the word, not a joint between two services.
static NOT_A_JOINT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"涉及|普及|危及|波及|及时|以及时|和解|和谐|和平|缓和|总和|饱和|温和|与会|参与|给与|或许|即与")
        .expect("valid regex")
});
static JOINT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"、|，|,|以及|及|和|或者|或|与|/|／").expect("valid regex"));
/// Brackets hold levels and notes ("镇（乡、街道）级", "（初审）", "（设立、变更、注销）"), 《》 a
/// title: neither is the name's own wording.
static BRACKETS_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"（[^）]*）|\([^)]*\)|【[^】]*】|〔[^〕]*〕|《[^》]*》").expect("valid regex")
});
/// Quoted titles and slogans ("“多验合一”"): an object, never two services.
static QUOTES_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"“[^”]*”|‘[^’]*’|「[^」]*」|"[^"]*""#).expect("valid regex"));
/// Penalty, inspection and enforcement names list behaviours (对伪造、变造……的处罚), not services.
static BEHAVIOURS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"处罚$|^对.*(检查|强制|处理|处置|措施)$").expect("valid regex"));

/// What follows a run of actions when the item is about them (guidance, information, a query), not
/// the services themselves: 遗嘱的变更和撤销指引, 设立、变更信息查询.
const ABOUT: &[&str] = &[
    "指引", "指南", "须知", "咨询", "政策", "流程", "信息", "情况", "结果", "进度", "查询",
];

/// The longest action word `text` ends with.
fn action_before<'w>(words: &'w [String], text: &str) -> Option<&'w str> {
    words
        .iter()
        .filter(|w| text.ends_with(w.as_str()))
        .max_by_key(|w| w.len())
        .map(String::as_str)
}

/// The longest action word `text` starts with.
fn action_after<'w>(words: &'w [String], text: &str) -> Option<&'w str> {
    words
        .iter()
        .filter(|w| text.starts_with(w.as_str()))
        .max_by_key(|w| w.len())
        .map(String::as_str)
}

/// The first two different service actions the name joins ("办理、补办" → 办理, 、, 补办), unless the
/// run of joined actions only describes what follows it ("已登记、备案的社会组织").
fn joined_actions<'w, 't>(
    words: &'w [String],
    text: &'t str,
) -> Option<(&'w str, &'t str, &'w str)> {
    for joint in JOINT_RE.find_iter(text) {
        let Some(left) = action_before(words, &text[..joint.start()]) else {
            continue;
        };
        let Some(right) = action_after(words, &text[joint.end()..]) else {
            continue;
        };
        if left == right {
            continue;
        }
        // Walk to the end of the run (设立、变更、注销) and see what follows it.
        let mut rest = &text[joint.end() + right.len()..];
        while let Some(next) = JOINT_RE.find(rest).filter(|m| m.start() == 0) {
            match action_after(words, &rest[next.end()..]) {
                Some(word) => rest = &rest[next.end() + word.len()..],
                None => break,
            }
        }
        if rest.starts_with('的') || ABOUT.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        return Some((left, joint.as_str(), right));
    }
    None
}

/// Two services joined in a name, as (first action, joint, second action): "老年人优待证办理、补办" →
/// (办理, 、, 补办). Names the schema lists as exceptions, penalty and enforcement names, and joints
/// inside brackets, 《》 or quotes never are.
fn bundled_services<'s>(schema: &'s Schema, name: &str) -> Option<(&'s str, String, &'s str)> {
    let name = name.trim();
    let outside = BRACKETS_RE.replace_all(name, "");
    if schema
        .name_exceptions
        .iter()
        .any(|e| e == name || *e == outside)
    {
        return None;
    }
    if BEHAVIOURS_RE.is_match(outside.trim_end_matches(['。', '.', ' ', '；', ';'])) {
        return None;
    }
    let unquoted = QUOTES_RE.replace_all(&outside, "□");
    let masked = NOT_A_JOINT_RE.replace_all(&unquoted, "□□");
    joined_actions(&schema.action_words, &masked)
        .map(|(left, joint, right)| (left, joint.to_string(), right))
}

fn bundled_name(cx: &Cx, item: &Item, out: &mut Out) {
    let Some(field) = cx.field(item, cx.k.name) else {
        return;
    };
    let Value::Text(name) = &field.value else {
        return;
    };
    // Already split: the item is one 业务办理项 of a statutory name (律师事务所（分所）设立、变更、
    // 注销许可 → 设立 / 变更 / 注销).
    if cx
        .text(item, cx.k.sub_item)
        .is_some_and(|s| !s.trim().is_empty())
        && cx.filled(item, cx.k.sub_item)
    {
        return;
    }
    // Penalties, inspections and enforcement list behaviours (对伪造、变造……的处罚), not services.
    let behaviours = cx.kind(item).is_some_and(|kind| {
        ["penalty", "enforcement"].iter().any(|group| {
            cx.schema
                .groups
                .get(*group)
                .is_some_and(|kinds| kinds.iter().any(|k| k == kind))
        })
    });
    if behaviours {
        return;
    }
    let Some((left, joint, right)) = bundled_services(cx.schema, name) else {
        return;
    };
    let name = name.trim();
    out.at_field(
        cx,
        item,
        field,
        format!("事项名称“{name}”用“{joint}”把“{left}”和“{right}”两项服务连在一起，颗粒度过粗"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use svcat_core::schema::load_schema;

    fn national() -> Schema {
        load_schema("national").expect("built-in schema loads")
    }

    fn fires(schema: &Schema, name: &str) -> Option<(String, String, String)> {
        bundled_services(schema, name).map(|(l, j, r)| (l.to_string(), j, r.to_string()))
    }

    /// Two services in one item, from the sample town and real catalogs (Guangdong, Chongqing
    /// Jiangbei, Sichuan Guang'an).
    #[test]
    fn bundled_services_fire() {
        let schema = national();
        for (name, left, joint, right) in [
            ("老年人优待证办理、补办", "办理", "、", "补办"),
            ("农村土地承包经营权流转及备案", "流转", "及", "备案"),
            (
                "律师事务所（分所）设立、变更、注销许可",
                "设立",
                "、",
                "变更",
            ),
            ("社会组织登记证书补发、换发", "补发", "、", "换发"),
            ("申请换发、补发往来港澳通行证", "换发", "、", "补发"),
            ("公民民族成份确认和变更（未满十八岁）", "确认", "和", "变更"),
            ("技工院校毕业证书查询、核验", "查询", "、", "核验"),
            ("民办职业培训学校分立、合并审批(县级)", "分立", "、", "合并"),
            ("社会保障卡补领、换领、换发", "补领", "、", "换领"),
            ("法律职业资格证书的补发或更换", "补发", "或", "更换"),
            (
                "公证员执业证书损毁或者遗失的换发或者补发",
                "换发",
                "或者",
                "补发",
            ),
            (
                "首次、延期、换发、补发工作类外国人居留证件",
                "延期",
                "、",
                "换发",
            ),
            ("股权出质注销/撤销登记", "注销", "/", "撤销"),
            ("社会保障卡挂失与解挂", "挂失", "与", "解挂"),
            ("停工留薪期确认和延长确认", "确认", "和", "延长"),
            ("律师执业证书补证、换证", "补证", "、", "换证"),
            (
                "因公司合并（分立）申请设立、变更或注销登记",
                "设立",
                "、",
                "变更",
            ),
            (
                "《慈善组织公开募捐资格证书》补发、换发",
                "补发",
                "、",
                "换发",
            ),
        ] {
            assert_eq!(
                fires(&schema, name),
                Some((left.into(), joint.into(), right.into())),
                "{name}"
            );
        }
    }

    /// One service each, although the name holds 、 及 和 或 /.
    #[test]
    fn single_services_stay_quiet() {
        let schema = national();
        for name in [
            // Statutory names listing objects and behaviours.
            "跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施审批",
            "香港、澳门律师事务所与广东境内律师事务所联营变更许可",
            "香港、澳门永久性居民中的中国居民申请在内地从事律师职业核准",
            "通航水域新建、改建、扩建、拆除固定建筑物（设施）等水上水下施工作业审批",
            "在公路上增设或者改造平面交叉道口审批",
            "馆藏文物修复、复制、拓印许可",
            "一级注册结构工程师和其他专业勘察设计工程师变更注册",
            "外国公民、组织和国际组织参观未开放的文物点和考古发掘现场审批",
            "内资企业及分支机构设立登记（公司设立登记）",
            "拖拉机/联合收割机注销登记",
            "残疾类别/等级变更",
            "建设工程、临时建设工程规划许可",
            // Stages of one application: one set of materials, two levels of government.
            "海域使用权初始审核、审批",
            "对司法部关于法律职业资格认定的初审、复审",
            "水产苗种生产许可证的审批、审核",
            "绿色食品标志使用申请受理、初审",
            // Near synonyms for one service.
            "对人口普查中表现突出的单位和个人给予表彰和奖励",
            "受理公路、水运、地方铁路工程质量举报和投诉",
            "港口拖轮经营许可停业或歇业",
            // Penalty, inspection and enforcement names.
            "对伪造、变造、转让、出租、出借农药登记证、农药生产许可证、农药经营许可证等许可证明文件的处罚",
            "对不按规定办理养犬登记延续、变更、注销手续或者养犬证遗失逾期不补办的处罚",
            "未经许可从事供电或者变更供电营业区以及擅自向外转供电的行政处罚",
            "对医疗器械注册、备案、生产、经营、使用环节的监督检查",
            "查阅、复制、查封、扣押与直销活动有关的材料和非法财物",
            // Institutions, ranges, quotations, titles.
            "省农业科学院农业资源与环境研究所科研成果查询",
            "初中及以下教师资格认定",
            "建筑工程竣工规划土地核实“多验合一”",
            "广东省农业农村厅“一村一品、一镇一业”专业村镇认定管理办法查询",
            "《老年人优待证》补办",
            "临时救助（含急难型、支出型）",
            // What the item is about, not the services it performs.
            "经教育部审批、备案的中外合作办学机构与项目查询",
            "遗嘱的变更和撤销指引",
            // Objects joined; an official name listed as an exception.
            "丧葬补助金和抚恤金申领（失业人员）",
            "就业和失业登记",
            "出生医学证明首次签发、换发和补发",
        ] {
            assert_eq!(fires(&schema, name), None, "{name}");
        }
    }

    #[test]
    fn action_words_come_from_the_schema() {
        let mut schema = national();
        assert!(schema.action_words.iter().any(|w| w == "补办"));
        schema.action_words.clear();
        assert_eq!(fires(&schema, "老年人优待证办理、补办"), None);
        schema.action_words = vec!["修复".into(), "复制".into()];
        assert_eq!(
            fires(&schema, "馆藏文物修复、复制许可"),
            Some(("修复".into(), "、".into(), "复制".into()))
        );
    }
}
