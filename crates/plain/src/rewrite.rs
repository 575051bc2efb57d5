//! Applying a glossary: officialese rewritten into everyday words in one left-to-right pass,
//! Chinese numerals before counting words turned into digits, and a short explanation after the
//! first place each term appears in an item. Also the measures the readability summary and the
//! L rules share: sentences, their length, filler markers, legal citations.

use std::borrow::Cow;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use regex::Regex;
use regex_automata::meta::Regex as MultiRegex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use super::clauses::{Cuts, Measured};
use super::glossary::{Glossary, REGEX_SIZE_LIMIT, Replacement, TemplatePart, parse_template};
use svcat_core::text::parse_chinese_number;

const NUMERAL_CLASS: &str = "[零〇一二两三四五六七八九十百千]";

/// What to do where one of the rewriter's patterns matched.
#[derive(Debug)]
pub(super) enum Action {
    /// Write this text instead (a replacement that uses none of its groups).
    Literal(String),
    /// Write the template, with the match's groups filled in.
    Template(Vec<TemplatePart>),
    /// Leave the text as it is (an exception for the rules after it).
    Keep,
    /// Chinese numeral (group 1) + counting word (group 2) → digits + counting word.
    Numeral,
}

/// The replacement rules that apply to one element's text, as one multi-pattern regex: at each
/// position the first matching rule (by pattern order) wins, as in an alternation, and the text
/// is read once. Which rule matched comes with the match, so a rule's groups are computed only for
/// the few matches whose replacement uses them.
#[derive(Debug)]
pub struct Rewriter {
    regex: Option<MultiRegex>,
    /// By pattern ID.
    actions: Vec<Action>,
    /// Where texts may be cut into clauses rewritten alone (None: only whole).
    cuts: Option<Cuts>,
    /// No other rewriter's: what the clause memo knows this rewriter's results by.
    id: u64,
}

impl Rewriter {
    /// Fails when the rules together make a regex past [`REGEX_SIZE_LIMIT`] (each rule alone
    /// was checked when loaded, but a glossary of many large rules can pass that and still be
    /// too large as one), with the regex library's reason.
    pub fn new(
        replacements: &[Replacement],
        element: Option<&str>,
        units: &[String],
        keep: &[String],
    ) -> Result<Rewriter, String> {
        let mut patterns = Vec::new();
        let mut actions = Vec::new();
        let applies = |r: &&Replacement| {
            r.only.is_empty() || element.is_some_and(|e| r.only.iter().any(|o| o == e))
        };
        for rule in replacements.iter().filter(applies) {
            patterns.push(rule.regex_source());
            actions.push(if rule.from.as_deref() == Some(rule.to.as_str()) {
                Action::Keep
            } else {
                let parts =
                    parse_template(&rule.to).map_err(|bad| format!("to 中的“{bad}”写法有误"))?;
                if parts.iter().all(|p| matches!(p, TemplatePart::Literal(_))) {
                    Action::Literal(rule.to.clone())
                } else {
                    Action::Template(parts)
                }
            });
        }
        for phrase in keep {
            patterns.push(regex::escape(phrase));
            actions.push(Action::Keep);
        }
        if !units.is_empty() {
            // 第二条, 第三次: ordinals stay as written.
            patterns.push(format!("第{NUMERAL_CLASS}+"));
            actions.push(Action::Keep);
            let mut units: Vec<&String> = units.iter().collect();
            units.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
            let units: Vec<String> = units.iter().map(|u| regex::escape(u)).collect();
            patterns.push(format!("({NUMERAL_CLASS}+)({})", units.join("|")));
            actions.push(Action::Numeral);
        }
        let regex = if patterns.is_empty() {
            None
        } else {
            let config = MultiRegex::config()
                .hybrid_cache_capacity(16 << 20)
                .nfa_size_limit(Some(REGEX_SIZE_LIMIT));
            let built = MultiRegex::builder()
                .configure(config)
                .build_many(&patterns)
                .map_err(|e| e.to_string())?;
            Some(built)
        };
        let cuts = Cuts::new(&patterns, &actions);
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Ok(Rewriter {
            regex,
            actions,
            cuts,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        })
    }

    pub(super) fn cuts(&self) -> Option<&Cuts> {
        self.cuts.as_ref()
    }

    pub(super) fn id(&self) -> u64 {
        self.id
    }

    /// The text in everyday words (borrowed when no rule applies).
    pub fn rewrite<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let Some(regex) = &self.regex else {
            return Cow::Borrowed(text);
        };
        let mut out = String::new();
        let mut last = 0;
        let mut caps = None;
        for m in regex.find_iter(text) {
            let replacement: Cow<str> = match &self.actions[m.pattern().as_usize()] {
                Action::Keep => continue,
                Action::Literal(to) => Cow::Borrowed(to),
                Action::Template(parts) => {
                    let caps = captures(regex, text, &m, &mut caps);
                    Cow::Owned(expand(parts, |n| group(caps, text, n)))
                }
                Action::Numeral => {
                    let caps = captures(regex, text, &m, &mut caps);
                    match numeral_digits(group(caps, text, 1)) {
                        Some(digits) => Cow::Owned(format!("{digits}{}", group(caps, text, 2))),
                        None => continue,
                    }
                }
            };
            if out.capacity() == 0 {
                // Room for the text and a little growth (即办 → 材料齐全当场办好), once.
                out.reserve(text.len() + text.len() / 4);
            }
            out.push_str(&text[last..m.start()]);
            out.push_str(&replacement);
            last = m.end();
        }
        if last == 0 && out.is_empty() {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[last..]);
        Cow::Owned(out)
    }
}

/// The groups of a match, found again in just its span (reusing one `Captures`).
fn captures<'c>(
    regex: &MultiRegex,
    text: &str,
    m: &regex_automata::Match,
    caps: &'c mut Option<Captures>,
) -> &'c Captures {
    let caps = caps.get_or_insert_with(|| regex.create_captures());
    let input = Input::new(text)
        .span(m.range())
        .anchored(Anchored::Pattern(m.pattern()));
    regex.search_captures(&input, caps);
    caps
}

/// A group of the pattern that matched ("" when it took no part in the match).
fn group<'t>(caps: &Captures, text: &'t str, n: usize) -> &'t str {
    caps.get_group(n).map_or("", |span| &text[span.range()])
}

fn expand<'t>(parts: &[TemplatePart], group: impl Fn(usize) -> &'t str) -> String {
    let mut s = String::new();
    for part in parts {
        match part {
            TemplatePart::Literal(l) => s.push_str(l),
            TemplatePart::Group(n) => s.push_str(group(*n)),
        }
    }
    s
}

/// 二十 → "20", 二〇二二 → "2022", 两 → "2".
fn numeral_digits(numeral: &str) -> Option<String> {
    if numeral.contains(['十', '百', '千']) {
        return parse_chinese_number(numeral).map(|n| n.to_string());
    }
    numeral
        .chars()
        .map(|c| {
            parse_chinese_number(&c.to_string())
                .and_then(|d| char::from_digit(d, 10))
                .or((c == '〇').then_some('0'))
        })
        .collect()
}

/// A term's explanation, shown after the first place the term appears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub term: String,
    pub explain: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Note(Note),
}

/// Text as a guide shows it: everyday words, with explanations after first-seen terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plain {
    pub pieces: Vec<Piece>,
}

impl Plain {
    /// Text written by svcat itself or kept as is, with no explanations.
    pub fn raw(text: impl Into<String>) -> Plain {
        Plain {
            pieces: vec![Piece::Text(text.into())],
        }
    }

    /// The text without explanations: what the readability measures look at.
    pub fn text(&self) -> String {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(t.as_str()),
                Piece::Note(_) => None,
            })
            .collect()
    }

    /// The text with explanations in brackets, as plain text: "复印件（用复印机……）".
    pub fn inline(&self) -> String {
        let mut s = String::new();
        for p in &self.pieces {
            match p {
                Piece::Text(t) => s.push_str(t),
                Piece::Note(n) => {
                    s.push('（');
                    s.push_str(&n.explain);
                    s.push('）');
                }
            }
        }
        s
    }

    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Note(n) => Some(n),
            Piece::Text(_) => None,
        })
    }

    pub fn push(&mut self, other: Plain) {
        self.pieces.extend(other.pieces);
    }
}

/// Explains each glossary term once per item (or per page): the first place it appears gets the
/// explanation; a term with none is recorded as jargon left unexplained.
pub struct Explainer<'g> {
    glossary: &'g Glossary,
    seen: Vec<bool>,
    /// Terms without an explanation met so far, by index into the glossary's terms, in order.
    pub unexplained: Vec<usize>,
}

impl<'g> Explainer<'g> {
    pub fn new(glossary: &'g Glossary) -> Explainer<'g> {
        Explainer {
            glossary,
            seen: vec![false; glossary.terms.len()],
            unexplained: Vec::new(),
        }
    }

    /// Splits text into pieces with explanations after first-seen terms.
    pub fn annotate(&mut self, text: &str) -> Plain {
        let Some(regex) = &self.glossary.term_regex else {
            return Plain::raw(text);
        };
        let mut pieces = Vec::new();
        let mut last = 0;
        for m in regex.find_iter(text) {
            if m.start() < last {
                continue;
            }
            let Some(&i) = self.glossary.term_index.get(m.as_str()) else {
                continue;
            };
            if std::mem::replace(&mut self.seen[i], true) {
                continue;
            }
            let Some(explain) = &self.glossary.terms[i].explain else {
                self.unexplained.push(i);
                continue;
            };
            // "20个工作日内（不算……）": the note goes after a 内 that closes the phrase.
            let mut end = m.end();
            for suffix in ["以内", "之内", "内"] {
                if text[end..].starts_with(suffix) {
                    end += suffix.len();
                    break;
                }
            }
            pieces.push(Piece::Text(text[last..end].to_string()));
            pieces.push(Piece::Note(Note {
                term: self.glossary.terms[i].term.clone(),
                explain: explain.clone(),
            }));
            last = end;
        }
        if last < text.len() || pieces.is_empty() {
            pieces.push(Piece::Text(text[last..].to_string()));
        }
        Plain { pieces }
    }

    /// Rewrites an element's catalog text and explains its terms.
    pub fn plain(&mut self, element: Option<&str>, text: &str) -> Plain {
        let rewritten = self.glossary.rewriter(element).rewrite(text);
        self.annotate(&rewritten)
    }
}

impl Glossary {
    /// An element's catalog text in everyday words (no explanations).
    pub fn rewrite<'t>(&self, element: Option<&str>, text: &'t str) -> Cow<'t, str> {
        self.rewriter(element).rewrite(text)
    }

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

static NUMBERING_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．）)]|[（(]\s*\d{1,2}\s*[）)])\s*",
    )
    .expect("valid regex")
});

/// The sentences of a text: cut at 。！？； and line breaks, numbering ("1.", "（2）") removed.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    SENTENCE_END_RE.split(text).filter_map(sentence)
}

/// What ends a sentence, as a regex: its literal search is far quicker than decoding every
/// character to compare it with nine.
static SENTENCE_END_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[。！？；!?;\n\r]").expect("valid regex"));

/// One piece between sentence ends as a sentence: trimmed, without its numbering; None when it
/// has no letter or digit.
fn sentence(piece: &str) -> Option<&str> {
    let s = piece.trim();
    let s = match NUMBERING_RE.find(s) {
        Some(m) => s[m.end()..].trim(),
        None => s,
    };
    s.chars().any(|c| c.is_alphanumeric()).then_some(s)
}

/// The sentences of a text longer than `max` characters (see [`sentence_len`]), with their
/// lengths. A piece of at most `max` characters cannot be one, so only longer pieces are looked
/// at (counting characters is much quicker than cutting numbering and skipping whitespace).
pub fn long_sentences(text: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    SENTENCE_END_RE
        .split(text)
        .filter(move |piece| piece.len() > max && piece.chars().count() > max)
        .filter_map(sentence)
        .map(|s| (sentence_len(s), s))
        .filter(move |(len, _)| *len > max)
}

/// A sentence's length in characters, not counting whitespace.
pub fn sentence_len(sentence: &str) -> usize {
    sentence.chars().filter(|c| !c.is_whitespace()).count()
}

static CITATION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《[^《》]{1,60}》[^《》。；\n]{0,20}?第[零〇一二两三四五六七八九十百千0-9]+条")
        .expect("valid regex")
});

/// Legal citations such as 《社会救助暂行办法》第九条.
pub fn citations(text: &str) -> impl Iterator<Item = &str> {
    CITATION_RE.find_iter(text).map(|m| m.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::builtin_glossary;

    fn rw(element: Option<&str>, text: &str) -> String {
        builtin_glossary().rewrite(element, text).into_owned()
    }

    #[test]
    fn officialese_becomes_everyday_words() {
        assert_eq!(rw(None, "材料齐全的予以受理"), "材料齐全的，窗口受理");
        assert_eq!(rw(None, "予以受理"), "受理");
        assert_eq!(
            rw(None, "自受理之日起20个工作日内作出决定"),
            "受理后20个工作日内作出决定"
        );
        assert_eq!(rw(None, "即办"), "材料齐全当场办好");
        assert_eq!(rw(None, "不收费"), "不收钱");
        assert_eq!(rw(None, "申请人向窗口提交材料"), "您到窗口提交材料");
        assert_eq!(rw(None, "书面告知申请人结果"), "书面告知您结果");
        assert_eq!(rw(None, "申请人身份证原件"), "您的身份证原件");
        // A group of people stays a group.
        assert_eq!(
            rw(None, "需要核查经济困难状况的申请人"),
            "需要核查经济困难状况的申请人"
        );
        assert_eq!(
            rw(None, "书面告知结果，按规定发放资金"),
            "书面告知结果，发放资金"
        );
        assert_eq!(rw(None, "未按规定办理的"), "未按规定办理的");
        assert_eq!(
            rw(None, "作出准予许可或不予许可的书面决定"),
            "作出批准或不批准的书面决定"
        );
    }

    #[test]
    fn scoped_rules_apply_only_to_their_element() {
        assert_eq!(rw(Some("service_objects"), "自然人;法人"), "个人;单位");
        assert_eq!(
            rw(Some("conditions"), "企业法人营业执照"),
            "企业法人营业执照"
        );
    }

    #[test]
    fn numerals_before_counting_words_become_digits() {
        assert_eq!(rw(None, "外出时间在七日以内的"), "外出时间在7日以内的");
        assert_eq!(rw(None, "年满六十周岁"), "年满60周岁");
        assert_eq!(rw(None, "二十个工作日"), "20个工作日");
        assert_eq!(rw(None, "二〇二二年十月一日"), "2022年10月1日");
        assert_eq!(rw(None, "两份"), "2份");
        // Ordinals, grades, fixed phrases and non-counting words stay.
        assert_eq!(rw(None, "第三次"), "第三次");
        assert_eq!(rw(None, "一级、二级"), "一级、二级");
        assert_eq!(rw(None, "一次性告知"), "一次性告知");
        assert_eq!(rw(None, "一户一宅"), "一户一宅");
        assert_eq!(rw(None, "第二代残疾人证"), "第二代残疾人证");
    }

    #[test]
    fn terms_are_explained_once() {
        let g = builtin_glossary();
        let mut ex = Explainer::new(&g);
        let p = ex.annotate("原件和复印件；复印件1份");
        assert_eq!(
            p.inline(),
            "原件（证件或材料本身，窗口核对后会还给您）和复印件（用复印机印在纸上的副本，一般用A4纸）；复印件1份"
        );
        assert_eq!(p.text(), "原件和复印件；复印件1份");
        let p = ex.annotate("受理后20个工作日内办好");
        assert_eq!(
            p.inline(),
            "受理（窗口收下您的申请，开始办理）后20个工作日内（不算周末和法定节假日）办好"
        );
        let p = ex.annotate("被宣告失踪的");
        assert_eq!(p.inline(), "被宣告失踪的");
        assert_eq!(g.terms[ex.unexplained[0]].term, "宣告失踪");
    }

    #[test]
    fn sentences_and_markers() {
        let s: Vec<&str> = sentences("1.受理：提交材料；2.审核。\n（3）决定").collect();
        assert_eq!(s, ["受理：提交材料", "审核", "决定"]);
        assert_eq!(sentence_len("受理 材料"), 4);
        let g = builtin_glossary();
        let mut counts = vec![0; g.markers.len()];
        g.count_markers("依法予以办理，按照有关规定执行；相关材料", &mut counts);
        let named: Vec<(&str, usize)> = g
            .markers
            .iter()
            .zip(&counts)
            .filter(|(_, n)| **n > 0)
            .map(|(m, n)| (m.name.as_str(), *n))
            .collect();
        assert_eq!(
            named,
            [("予以", 1), ("依法", 1), ("相关", 1), ("按照…规定", 1)]
        );
        let c: Vec<&str> = citations("依据《社会救助暂行办法》第九条办理").collect();
        assert_eq!(c, ["《社会救助暂行办法》第九条"]);
        assert_eq!(citations("持有《残疾人证》的").count(), 0);
    }
}
