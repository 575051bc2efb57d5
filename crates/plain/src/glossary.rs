//! The plain-language glossary ready to use: the built-in one, or a user's file merged over it,
//! compiled into the [`Rewriter`]s that apply its rules and the regexes that find its terms and
//! filler markers, with what it finds in a text.
//!
//! Reading and validating a glossary file is in `glossary_file.rs`; rewriting clause by clause,
//! with the measures, in `clauses.rs`.

// A glossary error carries its TOML source for the report, like a schema error; it happens once
// per run, at start-up.
#![allow(clippy::result_large_err)]

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::cuts::stays_in_clause;
use crate::glossary_file::{Document, Marker, Term, builtin_document, parse};
use crate::regex_limit::{REGEX_SIZE_LIMIT, regex};
use crate::replacement::Replacement;
use crate::rewrite::Rewriter;
use svcat_core::schema::SchemaError;

/// Sentences longer than this are reported when a glossary does not say otherwise.
pub const DEFAULT_MAX_SENTENCE: usize = 50;

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

    /// An element's catalog text in everyday words (no explanations).
    pub fn rewrite<'t>(&self, element: Option<&str>, text: &'t str) -> Cow<'t, str> {
        self.rewriter(element).rewrite(text)
    }

    /// How often each marker (in `markers` order) occurs in the text.
    pub fn marker_counts(&self, text: &str) -> Vec<usize> {
        let mut counts = vec![0; self.markers.len()];
        self.count_markers(text, &mut counts);
        counts
    }

    /// Adds how often each marker (in `markers` order) occurs in the text to `counts`.
    pub fn count_markers(&self, text: &str, counts: &mut [usize]) {
        let Some(regex) = &self.marker_regex else {
            return;
        };
        for m in regex.find_iter(text) {
            if let Some(i) = self.markers.iter().position(|marker| {
                marker
                    .regex
                    .find(m.as_str())
                    .is_some_and(|f| f.len() == m.len())
            }) {
                counts[i] += 1;
            }
        }
    }

    /// Whether some filler marker occurs in the text.
    pub fn has_marker(&self, text: &str) -> bool {
        self.marker_regex
            .as_ref()
            .is_some_and(|re| re.is_match(text))
    }

    /// Whether the text could hold a term without an explanation (`unexplained_in` can only
    /// find one where this is true).
    pub fn may_have_unexplained(&self, text: &str) -> bool {
        self.unexplained_regex
            .as_ref()
            .is_some_and(|re| re.is_match(text))
    }

    /// The terms of this glossary that have no explanation and occur in the text.
    pub fn unexplained_in<'a>(&'a self, text: &str) -> Vec<&'a str> {
        self.unexplained_indices(text)
            .into_iter()
            .map(|i| self.terms[i].term.as_str())
            .collect()
    }

    /// [`Glossary::unexplained_in`] as indices into `terms`.
    pub fn unexplained_indices(&self, text: &str) -> Vec<usize> {
        let Some(regex) = &self.term_regex else {
            return Vec::new();
        };
        let mut found: Vec<usize> = Vec::new();
        for m in regex.find_iter(text) {
            if let Some(&i) = self.term_index.get(m.as_str())
                && self.terms[i].explain.is_none()
                && !found.contains(&i)
            {
                found.push(i);
            }
        }
        found
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
}
