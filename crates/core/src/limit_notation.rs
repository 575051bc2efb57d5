//! How catalogs write time limits, as schema data: the unit words (`[[time_units]]`: 工作日, 自然日,
//! 日, 天, 月 …, each with what it counts and how many days one is) and the words that mean "done on
//! the spot" (`[time_limits] immediate`: 即办, 当场办结 …). The patterns that find a number and its
//! unit are built from them when the schema loads, so a province's own notation is added to a
//! schema, not to the code.

use regex::Regex;

use crate::value::TimeUnit;

/// One unit word and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitWord {
    pub word: String,
    pub unit: TimeUnit,
    /// How many of `unit` one of this word is (a month: 30 calendar days).
    pub days: u32,
}

/// The notation a schema reads time limits in.
#[derive(Debug, Clone)]
pub struct LimitNotation {
    /// Tells notations apart for the parsers' per-thread memo.
    pub id: u32,
    /// A number (Arabic or Chinese) and a unit word: "20个工作日", "15日", "1个月".
    pub limit: Regex,
    /// A number whose unit follows in brackets, at the start: "30(工作日)", "15（自然日）".
    pub bracketed: Regex,
    /// Longest word first.
    pub words: Vec<UnitWord>,
    pub immediate: Vec<String>,
}

const NUMBER: &str = r"(\d+|[零〇一二两三四五六七八九十百]+)";

impl LimitNotation {
    pub fn new(mut words: Vec<UnitWord>, immediate: Vec<String>) -> Result<LimitNotation, String> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(1);
        words.retain(|w| !w.word.trim().is_empty());
        words.sort_by_key(|w| std::cmp::Reverse(w.word.chars().count()));
        let alternation = if words.is_empty() {
            // Matches nothing: a schema without unit words reads no limit.
            r"[^\s\S]".to_string()
        } else {
            words
                .iter()
                .map(|w| regex::escape(&w.word))
                .collect::<Vec<_>>()
                .join("|")
        };
        let limit = Regex::new(&format!(r"{NUMBER}\s*(?:个)?\s*({alternation})"))
            .map_err(|e| format!("时限单位无法组成正则表达式：{e}"))?;
        let bracketed = Regex::new(&format!(r"^{NUMBER}[(（]((?:个)?(?:{alternation}))"))
            .map_err(|e| format!("时限单位无法组成正则表达式：{e}"))?;
        Ok(LimitNotation {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            limit,
            bracketed,
            words,
            immediate,
        })
    }

    /// What a unit word (as matched, perhaps with 个 before it) counts, and how many of that.
    pub fn unit_of(&self, word: &str) -> Option<(TimeUnit, u32)> {
        let word = word.strip_prefix('个').unwrap_or(word);
        self.words
            .iter()
            .find(|w| w.word == word || w.word.strip_prefix('个') == Some(word))
            .map(|w| (w.unit, w.days))
    }
}

impl Default for LimitNotation {
    fn default() -> Self {
        LimitNotation::new(Vec::new(), Vec::new()).expect("empty notation")
    }
}
