//! Rewriting a text clause by clause. Catalog prose is built from the same clauses again and
//! again ("申请人所提交的申请材料齐全、符合法定形式……；", "（2）受理：窗口工作人员对申请材料进行审查……。"),
//! item after item and department after department, even where whole texts differ. So a text is
//! cut after each 。 and ；, and each distinct clause is rewritten once per thread and remembered.
//!
//! The result must be exactly the whole text's rewrite. That holds when no rule can behave
//! differently on a clause alone than inside its text, which [`Cuts::new`] decides from the rules'
//! patterns:
//! - a *plain* rule has no look-around (`^`, `$`, `\b` …) and cannot match a 。 or ；, so none of
//!   its matches crosses a cut, and what it matches in a clause it matches in the text;
//! - a *clause-start* rule has the form `(^|[…])REST`, its class holding 。 and ；, REST plain and
//!   never empty, and writes its group 1 back first (`${1}…`) and nowhere else. Inside the text it
//!   may match across a cut ("；按规定" → "；"), and on the clause alone the same REST matches at
//!   the start ("按规定" → ""): the same output, provided nothing else matches there first. So a
//!   text is not cut where a clause-start rule matches at the delimiter, and the clause goes on.
//!
//! A glossary with any other rule is rewritten whole, as before.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta::Regex as MultiRegex;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

use super::glossary::{Glossary, TemplatePart};
use super::rewrite::{Action, Rewriter, long_sentences};
use svcat_core::text::FastHash;

/// What ends a clause: a text is cut after each.
const CUTS: [char; 2] = ['。', '；'];

static CUT_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new("[。；]").expect("valid regex"));

/// Where a rewriter's texts may be cut into clauses rewritten alone.
#[derive(Debug)]
pub(super) struct Cuts {
    /// The clause-start rules, anchored at a delimiter: no cut where one of them matches.
    clause_starts: Option<MultiRegex>,
    /// Texts one of which starts every match of some clause-start rule's REST, when they are
    /// known: a cut is safe at once where what follows the delimiter starts with none of them.
    rest_prefixes: Option<Vec<Vec<u8>>>,
}

impl Cuts {
    /// The rules' patterns and actions, by rule; None when texts must be rewritten whole.
    pub(super) fn new(sources: &[String], actions: &[Action]) -> Option<Cuts> {
        let mut clause_starts = Vec::new();
        let mut rests = Vec::new();
        for (source, action) in sources.iter().zip(actions) {
            let hir = regex_syntax::parse(source).ok()?;
            if is_plain(&hir) {
                continue;
            }
            rests.push(clause_start_rest(&hir, action)?);
            clause_starts.push(source.as_str());
        }
        if clause_starts.is_empty() {
            return Some(Cuts {
                clause_starts: None,
                rest_prefixes: None,
            });
        }
        let mut rest_prefixes = Some(Vec::new());
        for rest in &rests {
            let seq = Extractor::new().kind(ExtractKind::Prefix).extract(rest);
            match (seq.literals(), rest_prefixes.as_mut()) {
                (Some(literals), Some(prefixes)) if literals.iter().all(|l| !l.is_empty()) => {
                    prefixes.extend(literals.iter().map(|l| l.as_bytes().to_vec()));
                }
                _ => rest_prefixes = None,
            }
        }
        Some(Cuts {
            clause_starts: Some(MultiRegex::new_many(&clause_starts).ok()?),
            rest_prefixes,
        })
    }

    /// Where the text's clauses end: after each 。 and ； where no clause-start rule matches.
    fn ends<'t>(&'t self, text: &'t str) -> impl Iterator<Item = usize> + 't {
        CUT_RE.find_iter(text).filter_map(move |m| {
            let Some(clause_starts) = &self.clause_starts else {
                return Some(m.end());
            };
            let after = &text.as_bytes()[m.end()..];
            if let Some(prefixes) = &self.rest_prefixes
                && !prefixes.iter().any(|p| after.starts_with(p))
            {
                return Some(m.end());
            }
            let at = Input::new(text)
                .span(m.start()..text.len())
                .anchored(Anchored::Yes);
            (!clause_starts.is_match(at)).then_some(m.end())
        })
    }
}

/// Whether a term or filler marker cannot hold a clause end, so that counting it in each clause
/// counts it in the text. (The "…" of a marker stands for text without 。 and ；.)
pub(super) fn stays_in_clause(text: &str) -> bool {
    !text.contains(CUTS)
}

/// No look-around, and no 。 or ； in any match.
fn is_plain(hir: &Hir) -> bool {
    hir.properties().look_set().is_empty() && !can_hold_cut(hir)
}

fn can_hold_cut(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(literal) => {
            std::str::from_utf8(&literal.0).map_or(true, |text| !stays_in_clause(text))
        }
        HirKind::Class(Class::Unicode(class)) => CUTS.iter().any(|&cut| class_has(class, cut)),
        // Bytes outside UTF-8's rules: anything could come of them.
        HirKind::Class(Class::Bytes(_)) => true,
        HirKind::Repetition(repetition) => can_hold_cut(&repetition.sub),
        HirKind::Capture(capture) => can_hold_cut(&capture.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(can_hold_cut),
    }
}

fn class_has(class: &regex_syntax::hir::ClassUnicode, c: char) -> bool {
    class
        .ranges()
        .iter()
        .any(|range| range.start() <= c && c <= range.end())
}

/// REST of a clause-start rule `(^|[…])REST` (see the module's notes), or None for any other.
fn clause_start_rest(hir: &Hir, action: &Action) -> Option<Hir> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let (opening, rest) = parts.split_first()?;
    let HirKind::Capture(capture) = opening.kind() else {
        return None;
    };
    let HirKind::Alternation(branches) = capture.sub.kind() else {
        return None;
    };
    let is_start = |h: &Hir| matches!(h.kind(), HirKind::Look(Look::Start));
    let is_delimiter = |h: &Hir| {
        matches!(h.kind(), HirKind::Class(Class::Unicode(class))
            if CUTS.iter().all(|&cut| class_has(class, cut)))
    };
    let opens_clause = match branches.as_slice() {
        [a, b] => is_start(a) && is_delimiter(b) || is_start(b) && is_delimiter(a),
        _ => false,
    };
    let Action::Template(template) = action else {
        return None;
    };
    // The opening is written back as it was, first, and is not used again (nor is the whole
    // match, which holds it).
    let writes_opening_back = capture.index == 1
        && matches!(template.first(), Some(TemplatePart::Group(1)))
        && !template[1..]
            .iter()
            .any(|part| matches!(part, TemplatePart::Group(0 | 1)));
    let rest = Hir::concat(rest.to_vec());
    let rest_is_plain = is_plain(&rest) && rest.properties().minimum_len().is_some_and(|n| n > 0);
    (opens_clause && writes_opening_back && rest_is_plain).then_some(rest)
}

/// One clause as a thread's memo keeps it.
struct Clause {
    /// The clause as written, compared on a hit: a hash collision is a miss, never a wrong text.
    text: Box<str>,
    /// Its rewrite; None when unchanged.
    rewritten: Option<Box<str>>,
    /// Its sentences longer than the limit, in the rewritten clause: (characters, start, end).
    long: Box<[(usize, usize, usize)]>,
    /// How often each filler marker occurs in the rewritten clause (empty: none, or not counted
    /// by clause).
    markers: Box<[usize]>,
    /// The glossary's terms without an explanation in the rewritten clause, in order of first
    /// occurrence.
    terms: Box<[usize]>,
}

/// Each thread's clauses rewritten so far, by rewriter (and so glossary) and clause.
#[derive(Default)]
struct Memo {
    clauses: HashMap<u128, Clause, FastHash>,
    bytes: usize,
}

/// Memory a thread's memo may hold before it starts again.
const MEMO_BYTES: usize = 32 << 20;

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// A text in everyday words, and its sentences longer than a limit.
pub struct Measured<'t> {
    pub plain: Cow<'t, str>,
    /// Each long sentence's length in characters ([`sentence_len`]) and place in `plain`, in
    /// order.
    ///
    /// [`sentence_len`]: super::rewrite::sentence_len
    pub long: Vec<(usize, Range<usize>)>,
    /// How often each filler marker occurs in `plain`, and the terms without an explanation in
    /// it, in order of first occurrence: what [`Glossary::marker_counts`] and
    /// [`Glossary::unexplained_indices`] find in `plain`, counted clause by clause where the
    /// glossary allows it.
    pub markers: Vec<usize>,
    pub unexplained: Vec<usize>,
}

impl Rewriter {
    /// The text as [`Rewriter::rewrite`] gives it, with its sentences longer than `max`
    /// characters as [`long_sentences`] finds them in it: clause by clause through the thread's
    /// memo where the rules allow it (see the module's notes). A sentence never spans two
    /// clauses, since 。 and ； end sentences too.
    ///
    /// [`long_sentences`]: super::rewrite::long_sentences
    pub fn rewrite_measured<'t>(&self, text: &'t str, g: &Glossary) -> Measured<'t> {
        let mut measured = match self.cuts() {
            Some(cuts) => MEMO.with(|memo| self.by_clause(cuts, text, g, &mut memo.borrow_mut())),
            None => {
                let plain = self.rewrite(text);
                Measured {
                    long: long_ranges(&plain, g.max_sentence).collect(),
                    plain,
                    markers: Vec::new(),
                    unexplained: Vec::new(),
                }
            }
        };
        if !self.counts_by_clause(g) {
            measured.markers = g.marker_counts(&measured.plain);
            measured.unexplained = g.unexplained_indices(&measured.plain);
        }
        measured
    }

    /// Whether [`Rewriter::rewrite_measured`] counts markers and terms clause by clause: when
    /// its texts are cut, and no term or marker can hold a clause end.
    pub(super) fn counts_by_clause(&self, g: &Glossary) -> bool {
        g.measures_stay_in_clauses && self.cuts().is_some()
    }

    /// [`Rewriter::rewrite_measured`] through the memo, the markers and terms summed over the
    /// clauses (none when they are not counted by clause).
    fn by_clause<'t>(
        &self,
        cuts: &Cuts,
        text: &'t str,
        g: &Glossary,
        memo: &mut Memo,
    ) -> Measured<'t> {
        let mut out: Option<String> = None;
        let mut long = Vec::new();
        let mut markers = vec![0; g.markers.len()];
        let mut unexplained: Vec<usize> = Vec::new();
        // Where the clause starts in the text, and where its rewrite starts in the output.
        let (mut start, mut at) = (0, 0);
        for end in cuts.ends(text).chain(std::iter::once(text.len())) {
            if end <= start {
                continue;
            }
            let clause = memo.get(self, g, &text[start..end]);
            let written = clause.rewritten.as_deref().unwrap_or(&text[start..end]);
            long.extend(
                clause
                    .long
                    .iter()
                    .map(|&(len, from, to)| (len, at + from..at + to)),
            );
            for (total, n) in markers.iter_mut().zip(&clause.markers) {
                *total += n;
            }
            for term in &clause.terms {
                if !unexplained.contains(term) {
                    unexplained.push(*term);
                }
            }
            match &mut out {
                None if clause.rewritten.is_none() => {}
                None => {
                    let mut s = String::with_capacity(text.len() + text.len() / 4);
                    s.push_str(&text[..start]);
                    s.push_str(written);
                    out = Some(s);
                }
                Some(out) => out.push_str(written),
            }
            at += written.len();
            start = end;
        }
        Measured {
            plain: out.map_or(Cow::Borrowed(text), Cow::Owned),
            long,
            markers,
            unexplained,
        }
    }
}

/// [`long_sentences`] with each sentence's place in the text.
///
/// [`long_sentences`]: super::rewrite::long_sentences
fn long_ranges(text: &str, max: usize) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
    let base = text.as_ptr() as usize;
    long_sentences(text, max).map(move |(len, sentence)| {
        let start = sentence.as_ptr() as usize - base;
        (len, start..start + sentence.len())
    })
}

impl Memo {
    fn get(&mut self, rewriter: &Rewriter, g: &Glossary, clause: &str) -> &Clause {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        // A rewriter belongs to one glossary and has an ID no other rewriter ever gets.
        hasher.update(&rewriter.id().to_le_bytes());
        hasher.update(clause.as_bytes());
        let key = hasher.digest128();
        let known = self
            .clauses
            .get(&key)
            .is_some_and(|kept| *kept.text == *clause);
        if !known {
            let rewritten = match rewriter.rewrite(clause) {
                Cow::Borrowed(_) => None,
                Cow::Owned(s) => Some(s.into_boxed_str()),
            };
            let written = rewritten.as_deref().unwrap_or(clause);
            let long = long_ranges(written, g.max_sentence)
                .map(|(len, range)| (len, range.start, range.end))
                .collect();
            let (markers, terms) = if rewriter.counts_by_clause(g) {
                let mut counts = g.marker_counts(written);
                if counts.iter().all(|&n| n == 0) {
                    counts.clear();
                }
                (counts.into(), g.unexplained_indices(written).into())
            } else {
                Default::default()
            };
            let size = clause.len() + rewritten.as_ref().map_or(0, |r| r.len()) + 96;
            if self.bytes + size > MEMO_BYTES {
                self.clauses.clear();
                self.bytes = 0;
            }
            self.bytes += size;
            let text = clause.into();
            self.clauses.insert(
                key,
                Clause {
                    text,
                    rewritten,
                    long,
                    markers,
                    terms,
                },
            );
        }
        &self.clauses[&key]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Glossary, builtin_glossary, load_glossary};
    use proptest::prelude::*;

    /// Asserts that the clause-wise result is the whole text's: its rewrite, and the long
    /// sentences found in that rewrite. Twice: the second time from the memo.
    /// So are the markers and unexplained terms it counts.
    fn assert_as_whole(g: &Glossary, element: Option<&str>, text: &str) {
        let rewriter = g.rewriter(element);
        let plain = rewriter.rewrite(text);
        let long: Vec<(usize, &str)> = long_sentences(&plain, g.max_sentence).collect();
        let markers = g.marker_counts(&plain);
        let unexplained = g.unexplained_indices(&plain);
        for _ in 0..2 {
            let measured = rewriter.rewrite_measured(text, g);
            assert_eq!(measured.plain, plain, "{text:?}");
            let found: Vec<(usize, &str)> = measured
                .long
                .iter()
                .map(|(len, range)| (*len, &measured.plain[range.clone()]))
                .collect();
            assert_eq!(found, long, "{text:?}");
            assert_eq!(measured.markers, markers, "{text:?}");
            assert_eq!(measured.unexplained, unexplained, "{text:?}");
        }
    }

    /// The built-in glossary with sentences of more than 5 characters counted as long.
    static SHORT: LazyLock<Glossary> =
        LazyLock::new(|| user_glossary("[readability]\nmax_sentence = 5\n"));

    fn user_glossary(toml: &str) -> Glossary {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("glossary.toml");
        std::fs::write(&path, toml).unwrap();
        load_glossary(&path).unwrap()
    }

    #[test]
    fn the_builtin_glossary_rewrites_clause_by_clause() {
        let g = builtin_glossary();
        for element in [None, Some("service_objects"), Some("process")] {
            assert!(g.rewriter(element).cuts().is_some(), "{element:?}");
        }
    }

    #[test]
    fn clauses_rewrite_as_the_whole_text_does() {
        let g = builtin_glossary();
        let rewriter = g.rewriter(None);
        for text in [
            "",
            "书面告知结果。按规定发放资金",
            "受理；按规定办理。未按规定办理的；按规定",
            "。按规定",
            "按规定。",
            "；；按规定按规定；",
            "申请人向窗口提交材料；即办。自受理之日起二十个工作日内办结。",
        ] {
            assert_as_whole(&g, None, text);
            assert_as_whole(&SHORT, None, text);
        }
        // The clause-start rule takes "；按规定" across the cut: the delimiter stays, the phrase goes.
        assert_eq!(
            rewriter.rewrite_measured("受理；按规定发放。", &g).plain,
            "受理；发放。"
        );
    }

    #[test]
    fn rules_that_could_cross_a_clause_end_keep_texts_whole() {
        // Any character, a 。 inside, look-around, or a clause start that deletes its opening.
        for pattern in [".办", "办。理", "^申请", r"\b材料", "(^|[，])按规定"] {
            let g = user_glossary(&format!("[[replace]]\npattern = '{pattern}'\nto = \"x\"\n"));
            assert!(g.rewriter(None).cuts().is_none(), "{pattern}");
        }
        let g = user_glossary("[[replace]]\npattern = \"(^|[，；。])办理\"\nto = \"\"\n");
        assert!(g.rewriter(None).cuts().is_none());
        let g = user_glossary("[[replace]]\npattern = \"(^|[，；。])办理\"\nto = \"${0}\"\n");
        assert!(g.rewriter(None).cuts().is_none());
        // A rule before the built-in clause start ("(^|[，；。])按规定") that matches where its REST
        // does: inside the text the clause start takes "；按规定" first; a clause alone would give
        // "按规定发" to the rule before it. So the text is not cut there.
        let g = user_glossary(
            "[readability]\nmax_sentence = 5\n[[replace]]\nfrom = \"按规定发\"\nto = \"X\"\n",
        );
        assert!(g.rewriter(None).cuts().is_some());
        for text in [
            "受理；按规定发放",
            "按规定发放。按规定发放；受理，按规定发放",
        ] {
            assert_as_whole(&g, None, text);
        }
        assert_eq!(
            g.rewriter(None)
                .rewrite_measured("受理；按规定发放", &g)
                .plain,
            "受理；发放"
        );
        // A clause start that writes its opening back is fine.
        let g = user_glossary(
            "[readability]\nmax_sentence = 5\n[[replace]]\npattern = \"(^|[，；。])办理\"\nto = \"${1}做\"\n",
        );
        assert!(g.rewriter(None).cuts().is_some());
        for text in ["办理；办理。x办理", "；办理", "受理。办理"] {
            assert_as_whole(&g, None, text);
        }
        // A marker that holds a clause end is counted in the whole text.
        let g = user_glossary("[readability]\nmarkers = [\"办结。\"]\n");
        assert!(!g.measures_by_clause(None));
        assert_as_whole(&g, None, "当场办结。办结。");
    }

    const WORDS: [&str; 45] = [
        "。",
        "；",
        "，",
        "、",
        "按规定",
        "按",
        "规定",
        "未",
        "申请人",
        "申请人及",
        "向",
        "的",
        "予以",
        "不予",
        "受理",
        "即办",
        "办结",
        "二十",
        "十",
        "一",
        "两",
        "个工作日",
        "日",
        "次",
        "第",
        "自",
        "之日起",
        "自受理之日起",
        "20",
        "个自然日",
        "一次性",
        "公示",
        "无异议",
        "的申请人",
        "身份证",
        "户口簿",
        "\n",
        "（1）",
        "材料齐全",
        "x",
        "依法",
        "相关",
        "按照",
        "上述",
        "宣告失踪",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_text_of_glossary_words_rewrites_as_a_whole(
            words in prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..40),
        ) {
            let text = words.concat();
            for element in [None, Some("service_objects")] {
                assert_as_whole(&builtin_glossary(), element, &text);
                assert_as_whole(&SHORT, element, &text);
            }
        }
    }
}
