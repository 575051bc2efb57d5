//! The plain-language engine: a glossary of official phrasings and their plain words
//! ([`glossary`], read from [`glossary_file`]), the rewriter that applies it ([`rewrite`]), the
//! clause analysis that rewrites and measures a text clause by clause ([`clauses`], cut where
//! `cuts` allows), the explanations of its terms ([`explainer`], giving [`plain_text`]) and
//! the text measures ([`measures`]). The L rules judge texts with it and the guides rewrite them
//! with it, so both say the same.
//!
//! The modules import one way, each only from those listed before it:
//! [`measures`], [`regex_limit`], [`replacement`], [`plain_text`] (leaves); `action`; `cuts`;
//! [`rewrite`]; [`glossary_file`]; [`glossary`]; [`explainer`], [`clauses`].

mod action;
pub mod clauses;
mod cuts;
pub mod explainer;
pub mod glossary;
pub mod glossary_file;
pub mod measures;
pub mod plain_text;
pub mod regex_limit;
pub mod replacement;
pub mod rewrite;

pub use clauses::Measured;
pub use glossary::{Glossary, builtin_glossary, load_glossary};

/// The elements whose text is prose a resident reads: the readability figures and the L rules
/// measure these.
pub const BODY_ELEMENTS: [&str; 6] = [
    "conditions",
    "process",
    "special_procedures",
    "visit_reason",
    "fee_standard",
    "faq",
];
