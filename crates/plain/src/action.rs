//! What the rewriter does where one of its patterns matched: the compiled form of a replacement
//! rule, a phrase to keep, or a numeral to turn into digits. The clause analysis reads it too.

use crate::replacement::TemplatePart;

/// What to do where one of the rewriter's patterns matched.
#[derive(Debug)]
pub(crate) enum Action {
    /// Write this text instead (a replacement that uses none of its groups).
    Literal(String),
    /// Write the template, with the match's groups filled in.
    Template(Vec<TemplatePart>),
    /// Leave the text as it is (an exception for the rules after it).
    Keep,
    /// Chinese numeral (group 1) + counting word (group 2) → digits + counting word.
    Numeral,
}
