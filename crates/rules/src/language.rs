//! L: plain language. The prose a guide shows residents (受理条件, 办理流程, 特别程序, 到现场原因,
//! 收费标准, 常见问题) is judged as the guide prints it, after the built-in glossary's rewriting:
//! what the glossary already turns into everyday words is not reported, what is left is.
//!
//! Catalogs repeat the same text in many items (one process for a whole department): each
//! distinct text of an element is judged once and reported at its first cell, with the number of
//! other items that share it, so a template with a long sentence is one finding, not forty.
//!
//! Rewriting is the costly part, and all four rules look at the same rewritten texts: the engine
//! hands a batch's prose to [`judge_batch`] once for all of them, which rewrites each distinct
//! text once, on every core, and judges it for every L rule the schema leaves on. Texts that
//! differ still share clauses, so each text is rewritten and measured clause by clause, each
//! distinct clause once per thread ([`Glossary::rewrite_measured`]).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;

use rayon::prelude::*;

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::finding::{Finding, Severity};
use svcat_core::model::Value;
use svcat_plain::BODY_ELEMENTS;
use svcat_plain::glossary::{Glossary, builtin_glossary};
use svcat_plain::measures::citations;

pub const RULES: &[Rule] = &[
    Rule {
        id: "L001",
        family: Family::Language,
        severity: Severity::Info,
        name: "句子太长",
        help: "把长句拆成几句短句，每句只说一件事；几项条件可以分条写",
        source: "办事指南“白话版、明白卡”要求；中文可读性研究：每句20字以内易读，超过30字难读",
        explain: "群众读办事指南时，一句话里塞进几项条件、几个例外，很难一次读懂。句子按“。！？；”和换行切分，去掉编号后数字数（不含空白）；超过术语表 max_sentence（内置为50字，约合英文白话写作建议的25个词）的句子报告出来。判断的是指南改写后的文字。同样的文字出现在多个事项时只报告第一处。",
        bad: "本镇户籍的老年人、残疾人以及未满16周岁的未成年人，无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力的。",
        good: "本镇户口的老人、残疾人和未满16周岁的孩子。需要同时满足：没有劳动能力；没有生活来源；没有人有能力养他。",
        fixable: None,
        one_fact: false,
        check: Check::Prose,
    },
    Rule {
        id: "L002",
        family: Family::Language,
        severity: Severity::Info,
        name: "难懂的词没有解释",
        help: "改用群众能懂的说法；确实要用这个词时，在术语表中为它写一句解释",
        source: "办事指南“通俗易懂”要求；术语表 schemas/glossary.toml",
        explain: "术语表列出了群众不熟悉的词。有解释的词，指南会在它第一次出现时附上解释；没有解释的词（多为含义取决于法律或本地政策的说法）指南无法替群众解释，需要部门改写，或在术语表中补充解释（svcat guide --glossary）。",
        bad: "被判处管制、宣告缓刑、假释和暂予监外执行的本镇社区矫正对象",
        good: "被判处管制、缓刑、假释，或因病等原因批准在监狱外服刑的本镇社区矫正对象",
        fixable: None,
        one_fact: false,
        check: Check::Prose,
    },
    Rule {
        id: "L003",
        family: Family::Language,
        severity: Severity::Info,
        name: "空话套话",
        help: "删去“予以”“依法”“相关”“上述”等词，直接说做什么、要什么",
        source: "办事指南白话化要求；公文中常见的空话标记（予以、依法、相关、上述、按照……规定）",
        explain: "“予以”“依法”“相关”“上述”“按照……规定”这类词不给群众任何信息，却让句子更长、更像公文。术语表能改写的（如“予以受理”→“受理”）指南会自动改写，不再报告；这里报告的是改写后仍然留下的。",
        bad: "对符合条件的依法予以办理，并发放相关证明",
        good: "符合条件的当场办理，并发给您证明",
        fixable: None,
        one_fact: false,
        check: Check::Prose,
    },
    Rule {
        id: "L004",
        family: Family::Language,
        severity: Severity::Info,
        name: "正文中引用法条",
        help: "在受理条件、办理流程里直接写出要求本身；法条放到“设定依据”一栏",
        source: "办事指南白话化要求（法律依据单列，正文写清楚要求）",
        explain: "“符合《……》第……条规定的”要群众自己去查法律才知道条件是什么。把条文的要求用白话写进受理条件或办理流程，法条名称和条款写在设定依据里，指南会把它放在页末小字中。",
        bad: "符合《社会救助暂行办法》第九条规定条件的家庭",
        good: "家庭人均收入低于本地最低生活保障标准，且家庭财产符合规定的家庭",
        fixable: None,
        one_fact: false,
        check: Check::Prose,
    },
];

/// One distinct text of one prose element, at its first cell.
struct Body<'a> {
    /// Index into the catalog's items.
    item: usize,
    element: usize,
    key: &'static str,
    text: &'a str,
    /// What identifies the text across batches ([`text_hash`]).
    hash: u128,
    /// How many later items have the same text in the same element.
    others: usize,
}

/// The catalog's prose, each distinct (element, text) once, in catalog order. Placeholders (无,
/// 见附件) are the M rules' business and are skipped.
fn bodies<'a>(cx: &Cx<'a>) -> Vec<Body<'a>> {
    let keys: Vec<(&'static str, usize)> = BODY_ELEMENTS
        .iter()
        .filter_map(|k| cx.schema.element_index(k).map(|i| (*k, i)))
        .collect();
    // Keyed by the text's hash, which the streamed check needs anyway: one pass over each text.
    let mut first: HashMap<u128, usize, svcat_core::text::FastHash> =
        HashMap::with_capacity_and_hasher(cx.items.len() * 2, Default::default());
    let mut out: Vec<Body<'a>> = Vec::new();
    for (i, item) in cx.items.iter().enumerate() {
        for &(key, element) in &keys {
            let Some(field) = item.field(element) else {
                continue;
            };
            let Value::Text(text) = &field.value else {
                continue;
            };
            let hash = text_hash(element, text);
            match first.entry(hash) {
                Entry::Occupied(e) => out[*e.get()].others += 1,
                Entry::Vacant(e) => {
                    if cx.schema.is_placeholder(text) {
                        continue;
                    }
                    e.insert(out.len());
                    out.push(Body {
                        item: i,
                        element,
                        key,
                        text,
                        hash,
                        others: 0,
                    });
                }
            }
        }
    }
    out
}

/// A text with something to report: where it is, and each L rule's message (by position in
/// [`RULES`]).
struct Judged {
    /// Index into the judged bodies.
    body: usize,
    item: usize,
    element: usize,
    messages: [Option<String>; 4],
}

/// The L rules over one batch: the findings at each distinct text's first
/// cell in the batch, without the note on repeats (which needs the whole catalog), each with the
/// hash of its element and text; and every distinct text's hash with how many of the batch's
/// items have it. `outs` holds a collector for each L rule the schema leaves on, by position in
/// [`RULES`].
pub(super) fn judge_batch(cx: &Cx, outs: &mut [Option<Out>; 4]) -> BatchJudgment {
    let wanted: [bool; 4] = std::array::from_fn(|i| outs[i].is_some());
    if !wanted.contains(&true) {
        // The counts serve only the L findings' note on repeats.
        return BatchJudgment {
            counts: Vec::new(),
            findings: Vec::new(),
        };
    }
    let bodies = bodies(cx);
    let counts: Vec<(u128, u32)> = bodies
        .iter()
        .map(|b| (b.hash, b.others as u32 + 1))
        .collect();
    let mut found = Vec::new();
    for j in judge(&bodies, wanted) {
        let item = &cx.items[j.item];
        let field = item.field(j.element).expect("judged field");
        let hash = bodies[j.body].hash;
        for (message, out) in j.messages.into_iter().zip(outs.iter_mut()) {
            if let (Some(message), Some(out)) = (message, out) {
                out.at_field(cx, item, field, message);
                found.extend(out.findings.pop().map(|finding| (hash, finding)));
            }
        }
    }
    BatchJudgment {
        counts,
        findings: found,
    }
}

/// What [`judge_batch`] found.
pub(super) struct BatchJudgment {
    /// Each distinct text (hash of element and text) and how many of the batch's items have it.
    pub counts: Vec<(u128, u32)>,
    /// The findings at each distinct text's first cell, by the text's hash.
    pub findings: Vec<(u128, Finding)>,
}

/// What identifies a distinct text across batches.
fn text_hash(element: usize, text: &str) -> u128 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&(element as u64).to_le_bytes());
    hasher.update(text.as_bytes());
    hasher.digest128()
}

fn judge(bodies: &[Body], wanted: [bool; 4]) -> Vec<Judged> {
    let glossary = builtin_glossary();
    bodies
        .par_iter()
        .enumerate()
        .filter_map(|(index, body)| {
            let g: &Glossary = &glossary;
            // Measured clause by clause, markers and terms come from the clause memo; otherwise
            // the text as typed says whether they are worth looking for.
            let by_clause = g.measures_by_clause(Some(body.key));
            let worth = [
                wanted[0],
                wanted[1] && (by_clause || jargon_possible(g, body.text)),
                wanted[2] && (by_clause || filler_possible(g, body.text)),
                wanted[3] && citation_possible(body.key, body.text),
            ];
            if !worth.contains(&true) {
                return None;
            }
            let measured = g.rewrite_measured(Some(body.key), body.text);
            let plain = &measured.plain;
            let messages = [
                worth[0]
                    .then(|| long_sentences(g, plain, &measured.long))
                    .flatten(),
                worth[1]
                    .then(|| unexplained_terms(g, &measured.unexplained))
                    .flatten(),
                worth[2]
                    .then(|| filler_markers(g, &measured.markers))
                    .flatten(),
                worth[3].then(|| legal_citations(plain)).flatten(),
            ];
            messages.iter().any(Option::is_some).then_some(Judged {
                body: index,
                item: body.item,
                element: body.element,
                messages,
            })
        })
        .collect()
}

/// "（另有3个事项的这一栏文字相同）", when the text repeats.
pub(super) fn repeated(others: usize) -> String {
    if others == 0 {
        String::new()
    } else {
        format!("（另有{others}个事项的这一栏文字相同）")
    }
}

/// The first characters of a sentence, for a message.
fn excerpt(sentence: &str, chars: usize) -> String {
    if sentence.chars().count() <= chars {
        sentence.to_string()
    } else {
        let mut s: String = sentence.chars().take(chars).collect();
        s.push('…');
        s
    }
}

// Pre-checks on the text as typed: whether its rewritten form could hold something to report.
// Rewriting removes jargon and fillers (when the glossary says them plainly) but adds none unless
// a replacement writes one; it can lengthen a sentence (即办 → 材料齐全当场办好), so L001 always
// looks at the rewritten text.

fn jargon_possible(g: &Glossary, raw: &str) -> bool {
    g.rewrite_adds_jargon || g.may_have_unexplained(raw) && !g.unexplained_in(raw).is_empty()
}

fn filler_possible(g: &Glossary, raw: &str) -> bool {
    g.rewrite_adds_markers || g.has_marker(raw)
}

/// Where a citation means the resident must read the law to know what to do. (A fee column such
/// as 收费标准及依据 legitimately names its basis.)
const CITATION_ELEMENTS: [&str; 2] = ["conditions", "process"];

fn citation_possible(key: &str, raw: &str) -> bool {
    CITATION_ELEMENTS.contains(&key) && raw.contains('《')
}

/// `long`: the text's sentences longer than the limit, with their places in it.
fn long_sentences(g: &Glossary, text: &str, long: &[(usize, Range<usize>)]) -> Option<String> {
    let max = g.max_sentence;
    let (longest, place) = long.iter().max_by_key(|(len, _)| *len)?;
    let sentence = &text[place.clone()];
    Some(if long.len() == 1 {
        format!(
            "白话改写后，这句话仍有{longest}个字（超过{max}字）：“{}”",
            excerpt(sentence, 24)
        )
    } else {
        format!(
            "白话改写后，仍有{}句话超过{max}字，最长的{longest}个字：“{}”",
            long.len(),
            excerpt(sentence, 24)
        )
    })
}

/// `found`: indices into the glossary's terms, in order of first occurrence.
fn unexplained_terms(g: &Glossary, found: &[usize]) -> Option<String> {
    if found.is_empty() {
        return None;
    }
    let quoted: Vec<String> = found
        .iter()
        .map(|&i| format!("“{}”", g.terms[i].term))
        .collect();
    Some(format!(
        "{}是群众不熟悉的说法，术语表里也没有解释",
        quoted.join("")
    ))
}

/// `counts`: how often each marker occurs.
fn filler_markers(g: &Glossary, counts: &[usize]) -> Option<String> {
    let found: Vec<String> = g
        .markers
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(m, n)| {
            if *n > 1 {
                format!("“{}”{n}处", m.name)
            } else {
                format!("“{}”", m.name)
            }
        })
        .collect();
    (!found.is_empty()).then(|| format!("白话改写后仍有空话套话：{}", found.join("、")))
}

fn legal_citations(text: &str) -> Option<String> {
    // A citation names an article (第…条); most texts with a 《 name a form, not a law, and a
    // search for one character is far quicker than the citation pattern.
    if !text.contains('第') {
        return None;
    }
    let found: Vec<&str> = citations(text).collect();
    let first = found.first()?;
    Some(if found.len() == 1 {
        format!("正文中引用了法条：{first}")
    } else {
        format!("正文中引用了{}处法条，如{first}", found.len())
    })
}
