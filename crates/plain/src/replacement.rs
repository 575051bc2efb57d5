//! One replacement rule of the glossary (officialese → everyday words), and the template its
//! `to` is written in.

/// One officialese → everyday-words rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// The literal text, or None for a pattern rule.
    pub from: Option<String>,
    /// The regular expression, or None for a literal rule.
    pub pattern: Option<String>,
    pub to: String,
    /// Element keys the rule applies to; empty: all text.
    pub only: Vec<String>,
}

impl Replacement {
    /// What identifies the rule when a user's glossary is merged over the built-in one.
    pub(crate) fn key(&self) -> (bool, &str) {
        match (&self.from, &self.pattern) {
            (Some(from), _) => (false, from),
            (None, Some(pattern)) => (true, pattern),
            (None, None) => (false, ""),
        }
    }

    /// The rule as one regex alternative.
    pub fn regex_source(&self) -> String {
        match (&self.from, &self.pattern) {
            (Some(from), _) => regex::escape(from),
            (None, Some(pattern)) => pattern.clone(),
            (None, None) => String::new(),
        }
    }
}

/// The highest group number `${n}` a template refers to.
pub(crate) fn max_group(template: &str) -> Option<usize> {
    parse_template(template).ok().and_then(|parts| {
        parts
            .iter()
            .filter_map(|p| match p {
                TemplatePart::Group(n) => Some(*n),
                TemplatePart::Literal(_) => None,
            })
            .max()
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePart {
    Literal(String),
    Group(usize),
}

/// Splits a replacement template into literal text and `${n}` group references (`$$` is a `$`).
/// The error names the malformed piece.
pub fn parse_template(template: &str) -> Result<Vec<TemplatePart>, String> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        literal.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("$$") {
            literal.push('$');
            rest = after;
            continue;
        }
        let Some(close) = rest.find('}').filter(|_| rest.starts_with("${")) else {
            return Err(rest.chars().take(4).collect());
        };
        let n: usize = rest[2..close]
            .parse()
            .map_err(|_| rest[..=close].to_string())?;
        if !literal.is_empty() {
            parts.push(TemplatePart::Literal(std::mem::take(&mut literal)));
        }
        parts.push(TemplatePart::Group(n));
        rest = &rest[close + 1..];
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        parts.push(TemplatePart::Literal(literal));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert_eq!(
            parse_template("受理后${1}天$$").unwrap(),
            vec![
                TemplatePart::Literal("受理后".into()),
                TemplatePart::Group(1),
                TemplatePart::Literal("天$".into()),
            ]
        );
        assert!(parse_template("$1").is_err());
        assert!(parse_template("${x}").is_err());
    }
}
