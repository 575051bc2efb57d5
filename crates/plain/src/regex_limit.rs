//! The size limit on the glossary's compiled regexes, and the one way to build them within it.

use regex::{Regex, RegexBuilder};

/// The most a compiled regex of the glossary may take (the regex library's default, stated): a
/// rule's own pattern, and the regexes built from many rules or terms at once (the rewriters, the
/// term and marker finders), which are built when the glossary is loaded, so a glossary too large
/// for them is an error naming the file instead of a panic later.
pub const REGEX_SIZE_LIMIT: usize = 10 << 20;

/// A regex of the glossary, within [`REGEX_SIZE_LIMIT`].
pub(crate) fn regex(source: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
}
