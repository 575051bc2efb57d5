//! A glossary file (`schemas/glossary.toml`, or a user's file over it) read and validated, with
//! errors that point at the TOML line: the replacement rules, terms, markers and number words it
//! holds.
//!
//! The format is documented at the top of `schemas/glossary.toml`.

// A glossary error carries its TOML source for the report, like a schema error; it happens once
// per run, at start-up.
#![allow(clippy::result_large_err)]

use std::collections::BTreeSet;

use regex::Regex;
use serde::Deserialize;
use toml::Spanned;

use crate::regex_limit::regex;
use crate::replacement::{Replacement, max_group, parse_template};
use svcat_core::schema::{SchemaError, load_schema};

pub const BUILTIN_GLOSSARY: &str = include_str!("../../../schemas/glossary.toml");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub term: String,
    /// None: jargon with no plain explanation yet (rule L002).
    pub explain: Option<String>,
}

/// A filler marker: its name as the summary shows it, and the regex that finds it.
#[derive(Debug, Clone)]
pub struct Marker {
    pub name: String,
    pub regex: Regex,
}

pub(crate) fn builtin_document() -> Document {
    Document {
        name: "glossary.toml (内置)".into(),
        text: BUILTIN_GLOSSARY.into(),
    }
}

/// A glossary file's name, as errors show it, and its text.
pub(crate) struct Document {
    pub(crate) name: String,
    pub(crate) text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    readability: Option<RawReadability>,
    #[serde(default)]
    replace: Vec<Spanned<RawReplace>>,
    #[serde(default)]
    terms: Vec<Spanned<RawTerm>>,
    numbers: Option<RawNumbers>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReadability {
    max_sentence: Option<Spanned<i64>>,
    markers: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReplace {
    from: Option<Spanned<String>>,
    pattern: Option<Spanned<String>>,
    to: Option<Spanned<String>>,
    only: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    term: Spanned<String>,
    explain: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumbers {
    #[serde(default)]
    units: Vec<Spanned<String>>,
    #[serde(default)]
    keep: Vec<Spanned<String>>,
}

/// One document's contribution, validated.
pub(crate) struct Parsed {
    pub(crate) max_sentence: Option<usize>,
    pub(crate) markers: Option<Vec<Marker>>,
    pub(crate) replacements: Vec<Replacement>,
    pub(crate) terms: Vec<Term>,
    pub(crate) units: Vec<String>,
    pub(crate) keep: Vec<String>,
}

fn error_at(
    doc: &Document,
    span: std::ops::Range<usize>,
    message: impl Into<String>,
    label: impl Into<String>,
    help: Option<String>,
) -> SchemaError {
    SchemaError::in_text(&doc.name, &doc.text, span, message, label, help)
}

/// The element keys `only` may name: the national schema's.
fn element_keys() -> Vec<String> {
    load_schema("national")
        .map(|s| s.elements.iter().map(|e| e.key.clone()).collect())
        .unwrap_or_default()
}

pub(crate) fn parse(doc: &Document) -> Result<Parsed, SchemaError> {
    let raw: RawGlossary = toml::from_str(&doc.text).map_err(|e| {
        error_at(
            doc,
            e.span().unwrap_or(0..0),
            format!("术语表 {} 的 TOML 有误", doc.name),
            e.message().to_string(),
            Some("对照内置术语表（schemas/glossary.toml）检查写法".into()),
        )
    })?;

    let mut max_sentence = None;
    let mut markers = None;
    if let Some(r) = raw.readability {
        if let Some(n) = r.max_sentence {
            let value = *n.get_ref();
            if !(5..=500).contains(&value) {
                return Err(error_at(
                    doc,
                    n.span(),
                    format!("max_sentence = {value} 不合理"),
                    "句子长度上限",
                    Some("填 5 到 500 之间的字数，常用 30～50".into()),
                ));
            }
            max_sentence = Some(value as usize);
        }
        if let Some(list) = r.markers {
            let mut compiled = Vec::new();
            let mut seen = BTreeSet::new();
            for marker in list {
                let name = marker.get_ref().trim().to_string();
                if name.is_empty() || name == "…" {
                    return Err(error_at(
                        doc,
                        marker.span(),
                        "空话标记为空",
                        "这里",
                        Some(
                            "写出要统计的词，如“予以”；“…”表示中间可有几个字，如“按照…规定”".into(),
                        ),
                    ));
                }
                if !seen.insert(name.clone()) {
                    return Err(error_at(
                        doc,
                        marker.span(),
                        format!("空话标记“{name}”重复"),
                        "重复",
                        None,
                    ));
                }
                let regex = regex(&marker_pattern(&name)).map_err(|e| {
                    error_at(
                        doc,
                        marker.span(),
                        format!("空话标记“{name}”过长，无法编译"),
                        "这里",
                        Some(format!("缩短这个标记或减少其中的“…”（{e}）")),
                    )
                })?;
                compiled.push(Marker { regex, name });
            }
            markers = Some(compiled);
        }
    }

    let keys = if raw
        .replace
        .iter()
        .any(|r| r.get_ref().only.as_ref().is_some_and(|o| !o.is_empty()))
    {
        element_keys()
    } else {
        Vec::new()
    };
    let mut replacements: Vec<Replacement> = Vec::new();
    for rule in &raw.replace {
        let span = rule.span();
        let r = rule.get_ref();
        let to = r.to.as_ref().ok_or_else(|| {
            error_at(
                doc,
                span.clone(),
                "替换规则缺少 to",
                "这条规则",
                Some("写出替换后的文字，如 to = \"受理\"；要删除原文写 to = \"\"".into()),
            )
        })?;
        let (from, pattern) = match (&r.from, &r.pattern) {
            (Some(_), Some(p)) => {
                return Err(error_at(
                    doc,
                    p.span(),
                    "替换规则同时写了 from 和 pattern",
                    "只保留一个",
                    Some("固定文字用 from，正则表达式用 pattern".into()),
                ));
            }
            (None, None) => {
                return Err(error_at(
                    doc,
                    span.clone(),
                    "替换规则缺少 from 或 pattern",
                    "这条规则",
                    Some(
                        "固定文字用 from = \"予以受理\"，正则表达式用 pattern = '(\\d+)个自然日'"
                            .into(),
                    ),
                ));
            }
            (Some(from), None) => {
                if from.get_ref().is_empty() {
                    return Err(error_at(
                        doc,
                        from.span(),
                        "from 为空",
                        "空文字",
                        Some("写出要替换的文字".into()),
                    ));
                }
                (Some(from.get_ref().clone()), None)
            }
            (None, Some(p)) => {
                let source = p.get_ref();
                let invalid = |e: regex::Error| {
                    error_at(
                        doc,
                        p.span(),
                        format!("正则表达式“{source}”无效"),
                        "无法编译",
                        Some(format!("{e}")),
                    )
                };
                let re = regex(source).map_err(invalid)?;
                if re.capture_names().flatten().next().is_some() {
                    return Err(error_at(
                        doc,
                        p.span(),
                        "pattern 中不能用命名分组",
                        "命名分组",
                        Some("用编号分组 (…)，在 to 里写 ${1}".into()),
                    ));
                }
                let whole = regex(&format!("^(?:{source})$")).map_err(invalid)?;
                if whole.is_match("") {
                    return Err(error_at(
                        doc,
                        p.span(),
                        format!("正则表达式“{source}”可以匹配空文字"),
                        "会匹配空文字",
                        Some("让表达式至少匹配一个字".into()),
                    ));
                }
                let groups = re.captures_len() - 1;
                if let Some(n) = max_group(to.get_ref()).filter(|&n| n > groups) {
                    return Err(error_at(
                        doc,
                        to.span(),
                        format!("to 引用了第{n}个分组，但 pattern 只有{groups}个分组"),
                        "分组编号",
                        Some("${1} 是第一个括号里匹配到的文字".into()),
                    ));
                }
                (None, Some(source.clone()))
            }
        };
        if from.is_some() && max_group(to.get_ref()).is_some() {
            return Err(error_at(
                doc,
                to.span(),
                "固定文字规则（from）的 to 里不能有 ${…}",
                "分组引用",
                Some("要用分组请改用 pattern".into()),
            ));
        }
        if let Err(bad) = parse_template(to.get_ref()) {
            return Err(error_at(
                doc,
                to.span(),
                format!("to 中的“{bad}”写法有误"),
                "这里",
                Some("分组写成 ${1}；要写 $ 本身请写 $$".into()),
            ));
        }
        let mut only = Vec::new();
        for key in r.only.iter().flatten() {
            if !keys.iter().any(|k| k == key.get_ref()) {
                let nearest =
                    svcat_core::suggest::nearest(key.get_ref(), keys.iter().map(String::as_str));
                return Err(error_at(
                    doc,
                    key.span(),
                    format!("only 中的要素“{}”不存在", key.get_ref()),
                    "未知要素",
                    Some(match nearest {
                        Some(n) => format!("是不是 {n}？要素名见 svcat schema show national"),
                        None => "要素名见 svcat schema show national".into(),
                    }),
                ));
            }
            only.push(key.get_ref().clone());
        }
        let replacement = Replacement {
            from,
            pattern,
            to: to.get_ref().clone(),
            only,
        };
        if let Some(i) = replacements
            .iter()
            .position(|o| o.key() == replacement.key())
        {
            return Err(error_at(
                doc,
                span.clone(),
                format!("替换规则“{}”重复", replacement.key().1),
                "重复",
                Some(format!("与第{}条替换规则相同，删去一条", i + 1)),
            ));
        }
        // A literal rule never applies when an earlier literal that covers the same text is a
        // prefix of it: at that position the earlier rule always wins.
        if let Some(from) = &replacement.from
            && let Some(i) = replacements.iter().position(|earlier| {
                earlier
                    .from
                    .as_ref()
                    .is_some_and(|e| from.starts_with(e.as_str()))
                    && (earlier.only.is_empty() || earlier.only == replacement.only)
            })
        {
            return Err(error_at(
                doc,
                span.clone(),
                format!("替换规则“{from}”永远不会生效"),
                "被前面的规则挡住",
                Some(format!(
                    "前面的规则“{}”先匹配了同样的开头；把较长的“{from}”移到它前面",
                    replacements[i].from.as_deref().unwrap_or_default()
                )),
            ));
        }
        replacements.push(replacement);
    }

    let mut terms: Vec<Term> = Vec::new();
    let mut seen_terms = std::collections::HashSet::new();
    for t in &raw.terms {
        let term = t.get_ref().term.get_ref().trim().to_string();
        if term.is_empty() {
            return Err(error_at(
                doc,
                t.get_ref().term.span(),
                "term 为空",
                "空的词",
                None,
            ));
        }
        if !seen_terms.insert(term.clone()) {
            return Err(error_at(
                doc,
                t.get_ref().term.span(),
                format!("词“{term}”重复"),
                "重复",
                Some("每个词只写一次".into()),
            ));
        }
        let explain = match &t.get_ref().explain {
            Some(e) if e.get_ref().trim().is_empty() => {
                return Err(error_at(
                    doc,
                    e.span(),
                    format!("“{term}”的 explain 为空"),
                    "空解释",
                    Some("写出解释，或删去 explain 把它标为待解释的难词".into()),
                ));
            }
            Some(e) => Some(e.get_ref().trim().to_string()),
            None => None,
        };
        terms.push(Term { term, explain });
    }

    let (mut units, mut keep) = (Vec::new(), Vec::new());
    if let Some(n) = raw.numbers {
        for (list, out) in [(n.units, &mut units), (n.keep, &mut keep)] {
            for word in list {
                if word.get_ref().trim().is_empty() {
                    return Err(error_at(doc, word.span(), "空的词", "这里", None));
                }
                out.push(word.into_inner());
            }
        }
    }

    Ok(Parsed {
        max_sentence,
        markers,
        replacements,
        terms,
        units,
        keep,
    })
}

/// A marker as a regex: literal text, with "…" standing for up to 12 characters of one clause.
fn marker_pattern(name: &str) -> String {
    name.split('…')
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("[^，。；！？、,;!?\\n]{0,12}?")
}
