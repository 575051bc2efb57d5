//! The measures the readability summary and the L rules share: a text's sentences and their
//! length, the sentences that are too long, and its legal citations.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

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

/// [`long_sentences`] with each sentence's place in the text.
pub(crate) fn long_ranges(
    text: &str,
    max: usize,
) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
    let base = text.as_ptr() as usize;
    long_sentences(text, max).map(move |(len, sentence)| {
        let start = sentence.as_ptr() as usize - base;
        (len, start..start + sentence.len())
    })
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
