//! The rewriter: a glossary's replacement rules applied to a text, officialese rewritten into
//! everyday words in one left-to-right pass, and Chinese numerals before counting words turned
//! into digits. (Rewriting clause by clause through a memo is in `clauses.rs`.)

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};

use regex_automata::meta::Regex as MultiRegex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::action::Action;
use crate::cuts::Cuts;
use crate::regex_limit::REGEX_SIZE_LIMIT;
use crate::replacement::{Replacement, TemplatePart, parse_template};
use svcat_core::text::parse_chinese_number;

const NUMERAL_CLASS: &str = "[零〇一二两三四五六七八九十百千]";

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

    pub(crate) fn cuts(&self) -> Option<&Cuts> {
        self.cuts.as_ref()
    }

    pub(crate) fn id(&self) -> u64 {
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

#[cfg(test)]
mod tests {
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
}
