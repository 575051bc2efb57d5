//! The plain-language glossary (`schemas/glossary.toml`): loading, merging a user's file over the
//! built-in one, and validation with errors that point at the TOML line.
//!
//! The format is documented at the top of `schemas/glossary.toml`. Compiling a glossary builds
//! the [`Rewriter`]s that apply it (see `rewrite.rs`).

// A glossary error carries its TOML source for the report, like a schema error; it happens once
// per run, at start-up.
#![allow(clippy::result_large_err)]

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, LazyLock};

use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use toml::Spanned;

use super::clauses::stays_in_clause;
use super::rewrite::Rewriter;
use svcat_core::schema::{SchemaError, load_schema};

pub const BUILTIN_GLOSSARY: &str = include_str!("../../../schemas/glossary.toml");

/// The most a compiled regex of the glossary may take (the regex library's default, stated): a
/// rule's own pattern, and the regexes built from many rules or terms at once (the rewriters, the
/// term and marker finders), which are built when the glossary is loaded, so a glossary too large
/// for them is an error naming the file instead of a panic later.
pub const REGEX_SIZE_LIMIT: usize = 10 << 20;

/// A regex of the glossary, within [`REGEX_SIZE_LIMIT`].
fn regex(source: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
}

/// Sentences longer than this are reported when a glossary does not say otherwise.
pub const DEFAULT_MAX_SENTENCE: usize = 50;

/// One officialese → everyday-words rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// The literal text, or None for a pattern rule.
    pub from: Option<String>,
    /// The regular expression, or None for a literal rule.
    pub pattern: Option<String>,
    pub to: String,
    /// Element keys the rule applies to; empty: all text.
    pub only: Vec<String>,
}

impl Replacement {
    /// What identifies the rule when a user's glossary is merged over the built-in one.
    fn key(&self) -> (bool, &str) {
        match (&self.from, &self.pattern) {
            (Some(from), _) => (false, from),
            (None, Some(pattern)) => (true, pattern),
            (None, None) => (false, ""),
        }
    }

    /// The rule as one regex alternative.
    pub fn regex_source(&self) -> String {
        match (&self.from, &self.pattern) {
            (Some(from), _) => regex::escape(from),
            (None, Some(pattern)) => pattern.clone(),
            (None, None) => String::new(),
        }
    }
}

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

/// A glossary ready to use: the merged rules and their compiled forms.
#[derive(Debug)]
pub struct Glossary {
    pub max_sentence: usize,
    pub markers: Vec<Marker>,
    pub replacements: Vec<Replacement>,
    pub terms: Vec<Term>,
    pub units: Vec<String>,
    pub keep: Vec<String>,
    /// Rewriters: the one for text of any element, and one per element some rules are limited to.
    rewriters: Vec<Rewriter>,
    rewriter_of: HashMap<String, usize>,
    /// All terms, longest first, as one alternation; `term_index` maps a match back to its term.
    pub term_regex: Option<Regex>,
    pub term_index: HashMap<String, usize>,
    /// Only the terms without an explanation: text where this finds nothing has no unexplained
    /// term for `term_regex` either (a quick test; where it does find one, a longer explained
    /// term may still cover it, so `unexplained_in` decides).
    pub unexplained_regex: Option<Regex>,
    /// All markers as one alternation, to find candidates in one pass.
    pub marker_regex: Option<Regex>,
    /// Whether some replacement writes a filler marker or an unexplained term: then text without
    /// one as typed may still have one once rewritten (the L rules' pre-checks rely on this).
    pub rewrite_adds_markers: bool,
    /// No term or marker can hold a clause end: each can be counted clause by clause.
    pub measures_stay_in_clauses: bool,
    pub rewrite_adds_jargon: bool,
}

static BUILTIN: LazyLock<Arc<Glossary>> = LazyLock::new(|| {
    Arc::new(
        Glossary::from_documents(&builtin_document(), None)
            .expect("the built-in glossary is valid (tested)"),
    )
});

/// The glossary compiled into svcat.
pub fn builtin_glossary() -> Arc<Glossary> {
    Arc::clone(&BUILTIN)
}

/// The built-in glossary with a user's glossary file merged over it.
pub fn load_glossary(path: &Path) -> Result<Glossary, SchemaError> {
    let bytes = std::fs::read(path).map_err(|e| {
        SchemaError::plain(
            format!("无法读取术语表 {}：{e}", path.display()),
            Some("确认文件存在且可读".into()),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        SchemaError::plain(
            format!("术语表 {} 不是 UTF-8 编码", path.display()),
            Some("请用 UTF-8 编码保存 TOML 文件".into()),
        )
    })?;
    let user = Document {
        name: path.display().to_string(),
        text,
    };
    Glossary::from_documents(&builtin_document(), Some(&user))
}

fn builtin_document() -> Document {
    Document {
        name: "glossary.toml (内置)".into(),
        text: BUILTIN_GLOSSARY.into(),
    }
}

struct Document {
    name: String,
    text: String,
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
struct Parsed {
    max_sentence: Option<usize>,
    markers: Option<Vec<Marker>>,
    replacements: Vec<Replacement>,
    terms: Vec<Term>,
    units: Vec<String>,
    keep: Vec<String>,
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

fn parse(doc: &Document) -> Result<Parsed, SchemaError> {
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

/// The highest group number `${n}` a template refers to.
fn max_group(template: &str) -> Option<usize> {
    parse_template(template).ok().and_then(|parts| {
        parts
            .iter()
            .filter_map(|p| match p {
                TemplatePart::Group(n) => Some(*n),
                TemplatePart::Literal(_) => None,
            })
            .max()
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePart {
    Literal(String),
    Group(usize),
}

/// Splits a replacement template into literal text and `${n}` group references (`$$` is a `$`).
/// The error names the malformed piece.
pub fn parse_template(template: &str) -> Result<Vec<TemplatePart>, String> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        literal.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("$$") {
            literal.push('$');
            rest = after;
            continue;
        }
        let Some(close) = rest.find('}').filter(|_| rest.starts_with("${")) else {
            return Err(rest.chars().take(4).collect());
        };
        let n: usize = rest[2..close]
            .parse()
            .map_err(|_| rest[..=close].to_string())?;
        if !literal.is_empty() {
            parts.push(TemplatePart::Literal(std::mem::take(&mut literal)));
        }
        parts.push(TemplatePart::Group(n));
        rest = &rest[close + 1..];
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        parts.push(TemplatePart::Literal(literal));
    }
    Ok(parts)
}

/// A marker as a regex: literal text, with "…" standing for up to 12 characters of one clause.
fn marker_pattern(name: &str) -> String {
    name.split('…')
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("[^，。；！？、,;!?\\n]{0,12}?")
}

impl Glossary {
    fn from_documents(
        builtin: &Document,
        user: Option<&Document>,
    ) -> Result<Glossary, SchemaError> {
        let base = parse(builtin)?;
        let mut max_sentence = base.max_sentence.unwrap_or(DEFAULT_MAX_SENTENCE);
        let mut markers = base.markers.unwrap_or_default();
        let mut replacements = base.replacements;
        let mut terms = base.terms;
        let mut units = base.units;
        let mut keep = base.keep;
        if let Some(doc) = user {
            let over = parse(doc)?;
            if let Some(n) = over.max_sentence {
                max_sentence = n;
            }
            if let Some(m) = over.markers {
                markers = m;
            }
            // Same key: replaced in place. New rules: before the built-in ones, in file order.
            let mut new_rules = Vec::new();
            for rule in over.replacements {
                match replacements.iter().position(|r| r.key() == rule.key()) {
                    Some(i) => replacements[i] = rule,
                    None => new_rules.push(rule),
                }
            }
            new_rules.append(&mut replacements);
            replacements = new_rules;
            for term in over.terms {
                match terms.iter().position(|t| t.term == term.term) {
                    Some(i) => terms[i] = term,
                    None => terms.push(term),
                }
            }
            for u in over.units {
                if !units.contains(&u) {
                    units.push(u);
                }
            }
            for k in over.keep {
                if !keep.contains(&k) {
                    keep.push(k);
                }
            }
        }
        // The user's file is what made the whole too large (the built-in glossary alone is
        // tested); without one, the built-in file is named.
        let name = user.map_or(&builtin.name, |doc| &doc.name);
        Glossary::compile(max_sentence, markers, replacements, terms, units, keep).map_err(
            |what| {
                SchemaError::plain(
                    format!(
                        "术语表 {name} 的{what}合在一起过于庞大，超出正则表达式的大小上限（{} MB），无法编译",
                        REGEX_SIZE_LIMIT >> 20
                    ),
                    Some(
                        "每一条单独都能编译，但合起来太大：减少或缩短这些条目（如很长的重复次数 {n}、很大的字符类）"
                            .into(),
                    ),
                )
            },
        )
    }

    fn compile(
        max_sentence: usize,
        markers: Vec<Marker>,
        replacements: Vec<Replacement>,
        terms: Vec<Term>,
        units: Vec<String>,
        keep: Vec<String>,
    ) -> Result<Glossary, &'static str> {
        // One rewriter for text of any element, and one for each element some rules name.
        let scoped: BTreeSet<&str> = replacements
            .iter()
            .flat_map(|r| r.only.iter().map(String::as_str))
            .collect();
        const RULES: &str = "替换规则（[[replace]]）";
        const TERMS: &str = "词（[[terms]]）";
        let mut rewriters =
            vec![Rewriter::new(&replacements, None, &units, &keep).map_err(|_| RULES)?];
        let mut rewriter_of = HashMap::new();
        for key in scoped {
            rewriter_of.insert(key.to_string(), rewriters.len());
            rewriters
                .push(Rewriter::new(&replacements, Some(key), &units, &keep).map_err(|_| RULES)?);
        }
        let mut by_length: Vec<&Term> = terms.iter().collect();
        by_length.sort_by(|a, b| {
            b.term
                .len()
                .cmp(&a.term.len())
                .then_with(|| a.term.cmp(&b.term))
        });
        let term_regex = if by_length.is_empty() {
            None
        } else {
            let alternation: Vec<String> =
                by_length.iter().map(|t| regex::escape(&t.term)).collect();
            Some(regex(&alternation.join("|")).map_err(|_| TERMS)?)
        };
        let unexplained: Vec<String> = by_length
            .iter()
            .filter(|t| t.explain.is_none())
            .map(|t| regex::escape(&t.term))
            .collect();
        let unexplained_regex = if unexplained.is_empty() {
            None
        } else {
            Some(regex(&unexplained.join("|")).map_err(|_| TERMS)?)
        };
        let term_index = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.term.clone(), i))
            .collect();
        let marker_regex = if markers.is_empty() {
            None
        } else {
            let alternation: Vec<String> = markers
                .iter()
                .map(|m| format!("(?:{})", m.regex.as_str()))
                .collect();
            let combined = regex(&alternation.join("|")).map_err(|_| "空话标记（markers）")?;
            Some(combined)
        };
        let outputs: Vec<&str> = replacements.iter().map(|r| r.to.as_str()).collect();
        let rewrite_adds_markers = marker_regex
            .as_ref()
            .is_some_and(|re| outputs.iter().any(|o| re.is_match(o)));
        let rewrite_adds_jargon = outputs.iter().any(|o| {
            terms
                .iter()
                .any(|t| t.explain.is_none() && o.contains(t.term.as_str()))
        });
        let measures_stay_in_clauses = terms.iter().all(|t| stays_in_clause(&t.term))
            && markers.iter().all(|m| stays_in_clause(&m.name));
        Ok(Glossary {
            measures_stay_in_clauses,
            max_sentence,
            markers,
            replacements,
            terms,
            units,
            keep,
            rewriters,
            rewriter_of,
            term_regex,
            term_index,
            unexplained_regex,
            marker_regex,
            rewrite_adds_markers,
            rewrite_adds_jargon,
        })
    }

    /// The rewriter for an element's text (None: text that belongs to no element).
    pub fn rewriter(&self, element: Option<&str>) -> &Rewriter {
        let i = element
            .and_then(|k| self.rewriter_of.get(k))
            .copied()
            .unwrap_or(0);
        &self.rewriters[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(text: &str) -> Result<Glossary, SchemaError> {
        let doc = Document {
            name: "user.toml".into(),
            text: text.into(),
        };
        Glossary::from_documents(&builtin_document(), Some(&doc))
    }

    #[test]
    fn builtin_glossary_is_valid() {
        let g = builtin_glossary();
        assert_eq!(g.max_sentence, 50);
        assert!(
            g.terms
                .iter()
                .any(|t| t.term == "复印件" && t.explain.is_some())
        );
        assert!(g.markers.iter().any(|m| m.name == "按照…规定"));
    }

    #[test]
    fn user_rules_merge_over_builtin() {
        let g = user(
            "[readability]\nmax_sentence = 30\n[[replace]]\nfrom = \"申请人\"\nto = \"申请人\"\n\
             [[replace]]\nfrom = \"窗口\"\nto = \"柜台\"\n[[terms]]\nterm = \"集约化\"\nexplain = \"集中经营\"\n",
        )
        .unwrap();
        assert_eq!(g.max_sentence, 30);
        assert_eq!(g.replacements[0].from.as_deref(), Some("窗口"));
        let own = g
            .replacements
            .iter()
            .find(|r| r.from.as_deref() == Some("申请人"))
            .unwrap();
        assert_eq!(own.to, "申请人");
        let term = g.terms.iter().find(|t| t.term == "集约化").unwrap();
        assert_eq!(term.explain.as_deref(), Some("集中经营"));
    }

    /// Rules that pass one by one but not as the one regex built of them all, and a marker too
    /// large alone: an error naming the file, no panic. (Terms are plain words, whose alternation the
    /// regex library searches without the size-limited automaton: 20,000 distinct terms of 40
    /// characters still compile.)
    #[test]
    fn too_large_together_is_an_error() {
        let message = |text: &str| user(text).expect_err("too large").to_string();
        let rules: String = (0..200)
            .map(|i| format!("[[replace]]\npattern = '[一-龥]{{400}}甲{i}'\nto = \"乙\"\n"))
            .collect();
        assert!(message(&rules).contains("替换规则（[[replace]]）合在一起过于庞大"));
        // A marker of many "…" is too large alone: an error at the marker.
        let marker = format!("[readability]\nmarkers = [\"{}\"]\n", "予…".repeat(5000));
        assert!(
            message(&marker).contains("过长，无法编译"),
            "{}",
            message(&marker)
        );
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("[[replace]]\nfrom = \"a\"\n", "缺少 to"),
            ("[[replace]]\nto = \"a\"\n", "缺少 from 或 pattern"),
            (
                "[[replace]]\nfrom = \"a\"\npattern = \"b\"\nto = \"c\"\n",
                "同时写了",
            ),
            ("[[replace]]\npattern = \"(\"\nto = \"c\"\n", "无效"),
            (
                "[[replace]]\npattern = \"(a)\"\nto = \"${2}\"\n",
                "第2个分组",
            ),
            ("[[replace]]\npattern = \"a*\"\nto = \"b\"\n", "空文字"),
            (
                "[[replace]]\nfrom = \"a\"\nto = \"b\"\nonly = [\"condition\"]\n",
                "conditions",
            ),
            (
                "[[replace]]\nfrom = \"ab\"\nto = \"x\"\n[[replace]]\nfrom = \"ab\"\nto = \"y\"\n",
                "重复",
            ),
            (
                "[[replace]]\nfrom = \"a\"\nto = \"x\"\n[[replace]]\nfrom = \"ab\"\nto = \"y\"\n",
                "永远不会生效",
            ),
            ("[[terms]]\nterm = \"x\"\nexplain = \" \"\n", "explain 为空"),
            ("[readability]\nmax_sentence = 0\n", "不合理"),
            (
                "[[replace]]\nfrom = \"a\"\nto = \"b\"\ncolor = 1\n",
                "TOML 有误",
            ),
            (
                "[[replace]]\npattern = \"(?P<x>a)\"\nto = \"b\"\n",
                "命名分组",
            ),
        ];
        for (text, expected) in cases {
            let e = user(text).expect_err(text);
            let all = format!("{} {:?}", e.message, e.help);
            assert!(all.contains(expected), "{text}: {all}");
            if !expected.contains("TOML") {
                assert!(e.span.is_some(), "{text}: points at the line");
            }
        }
    }

    #[test]
    fn templates() {
        assert_eq!(
            parse_template("受理后${1}天$$").unwrap(),
            vec![
                TemplatePart::Literal("受理后".into()),
                TemplatePart::Group(1),
                TemplatePart::Literal("天$".into()),
            ]
        );
        assert!(parse_template("$1").is_err());
        assert!(parse_template("${x}").is_err());
    }
}
