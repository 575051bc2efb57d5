//! The plain-language engine: a glossary of official phrasings and their plain words
//! ([`glossary`]), the rewriter that applies it ([`rewrite`]), and the clause analysis that says
//! where a text may be cut and how long its sentences are ([`clauses`]). The L rules judge texts
//! with it and the guides rewrite them with it, so both say the same.

pub mod clauses;
pub mod glossary;
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
