//! Where a text may be cut into clauses that are rewritten alone (see `clauses.rs` for why).
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

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta::Regex as MultiRegex;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

use crate::action::Action;
use crate::replacement::TemplatePart;

/// What ends a clause: a text is cut after each.
const CUTS: [char; 2] = ['。', '；'];

static CUT_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new("[。；]").expect("valid regex"));

/// Where a rewriter's texts may be cut into clauses rewritten alone.
#[derive(Debug)]
pub(crate) struct Cuts {
    /// The clause-start rules, anchored at a delimiter: no cut where one of them matches.
    clause_starts: Option<MultiRegex>,
    /// Texts one of which starts every match of some clause-start rule's REST, when they are
    /// known: a cut is safe at once where what follows the delimiter starts with none of them.
    rest_prefixes: Option<Vec<Vec<u8>>>,
}

impl Cuts {
    /// The rules' patterns and actions, by rule; None when texts must be rewritten whole.
    pub(crate) fn new(sources: &[String], actions: &[Action]) -> Option<Cuts> {
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
    pub(crate) fn ends<'t>(&'t self, text: &'t str) -> impl Iterator<Item = usize> + 't {
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
pub(crate) fn stays_in_clause(text: &str) -> bool {
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
