//! "Did you mean": the nearest of some known names to what was written.

/// The nearest of some candidates to a text, by edit distance over characters, if near enough.
pub fn nearest<'a>(text: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = text.chars().count();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let d = strsim::levenshtein(text, candidate);
        let longest = len.max(candidate.chars().count());
        if d * 2 <= longest && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}
