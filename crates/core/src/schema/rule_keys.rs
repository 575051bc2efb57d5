//! Where a schema's `[rules]` keys were written. Only the rules layer knows which rule IDs exist,
//! so it checks the keys and points at the one it does not know with [`Schema::rule_key_error`].

use std::ops::Range;

use super::{Schema, SchemaError};

/// One key of a schema's `[rules]` table, where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleKey {
    /// The rule ID as written.
    pub id: String,
    /// Index of the TOML it was written in, in [`Schema::sources`].
    pub source: usize,
    /// Its bytes in that TOML.
    pub span: Range<usize>,
    /// Whether an error may quote the TOML (not a file a catalog named).
    pub quote: bool,
}

impl RuleKey {
    /// The key as the TOML of `sources[source]` spans it.
    pub(crate) fn new(key: &toml::Spanned<String>, source: usize, quote: bool) -> RuleKey {
        RuleKey {
            id: key.get_ref().clone(),
            source,
            span: key.span(),
            quote,
        }
    }
}

impl Schema {
    /// An error pointing at a `[rules]` key.
    pub fn rule_key_error(
        &self,
        key: &RuleKey,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> SchemaError {
        let Some((name, text)) = self.sources.get(key.source) else {
            return SchemaError::plain(message, help);
        };
        if key.quote {
            SchemaError::in_text(name, text, key.span.clone(), message, label, help)
        } else {
            let message = format!("规范文件 {name}：{}", message.into());
            SchemaError::at_line(text, key.span.clone(), message, label, help)
        }
    }
}
