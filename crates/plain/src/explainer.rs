//! Explaining a glossary's terms in a text: each term once per item (or per page), after the
//! first place it appears, the text turned into [`Plain`] pieces.

use crate::glossary::Glossary;
use crate::plain_text::{Note, Piece, Plain};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::builtin_glossary;

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
}
