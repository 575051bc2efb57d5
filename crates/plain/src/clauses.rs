//! Rewriting a text clause by clause. Catalog prose is built from the same clauses again and
//! again ("申请人所提交的申请材料齐全、符合法定形式……；", "（2）受理：窗口工作人员对申请材料进行审查……。"),
//! item after item and department after department, even where whole texts differ. So a text is
//! cut after each 。 and ；, and each distinct clause is rewritten once per thread and remembered,
//! with the measures of its rewrite: its long sentences, filler markers and unexplained terms.
//!
//! The result must be exactly the whole text's rewrite; where a text may be cut so that it is,
//! [`Cuts`] says (see `cuts.rs`). A glossary with any other rule is rewritten whole, as before.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use crate::cuts::Cuts;
use crate::glossary::Glossary;
use crate::measures::long_ranges;
use crate::rewrite::Rewriter;
use svcat_core::text::FastHash;

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
    /// [`sentence_len`]: crate::measures::sentence_len
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
    /// [`long_sentences`]: crate::measures::long_sentences
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
    pub(crate) fn counts_by_clause(&self, g: &Glossary) -> bool {
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

impl Glossary {
    /// The same text as [`Glossary::rewrite`], with its sentences longer than `max_sentence`:
    /// clause by clause through this thread's memo of clauses where the rules allow it. For
    /// checks, which rewrite every text of a catalog; catalogs repeat clauses far more than
    /// whole texts.
    pub fn rewrite_measured<'t>(&self, element: Option<&str>, text: &'t str) -> Measured<'t> {
        self.rewriter(element).rewrite_measured(text, self)
    }

    /// Whether [`Glossary::rewrite_measured`] counts markers and unexplained terms for this
    /// element's texts (clause by clause).
    pub fn measures_by_clause(&self, element: Option<&str>) -> bool {
        self.rewriter(element).counts_by_clause(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{builtin_glossary, load_glossary};
    use crate::measures::long_sentences;
    use proptest::prelude::*;
    use std::sync::LazyLock;

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
