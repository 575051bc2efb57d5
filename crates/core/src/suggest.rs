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

/// "是否应为“x”？" with the nearest candidate, or "" when none is near.
pub fn did_you_mean<'a>(text: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(text, candidates).map_or(String::new(), |n| format!("是否应为“{n}”？"))
}

/// serde's "unknown field `x`, expected one of `a`, `b`" (also "expected `a`", "`a` or `b`",
/// "there are no fields") as the unknown key and the keys there are.
pub fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (key, rest) = rest.split_once('`')?;
    let known = rest.split('`').skip(1).step_by(2).collect();
    Some((key, known))
}

/// A TOML error about an unknown key, in Chinese: (label, help) as "未知的键“leve”" and
/// "是否应为“level”？可用的键：…". None for other errors.
pub fn unknown_key_help(message: &str) -> Option<(String, String)> {
    let (key, known) = unknown_field(message)?;
    let mut help = match nearest(key, known.iter().copied()) {
        Some(near) => format!("是否应为“{near}”？"),
        None => String::new(),
    };
    if known.is_empty() {
        help.push_str("这里不能写任何键");
    } else {
        help.push_str(&format!("可用的键：{}", known.join("、")));
    }
    // The key is the file's text: shown with control characters made visible.
    Some((format!("未知的键“{}”", crate::escape::terminal(key)), help))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_read_from_serdes_message() {
        assert_eq!(
            unknown_field("unknown field `leve`, expected one of `name`, `level`"),
            Some(("leve", vec!["name", "level"]))
        );
        assert_eq!(
            unknown_key_help("unknown field `maxvisits`, expected `max_visits` or `kind`"),
            Some((
                "未知的键“maxvisits”".to_string(),
                "是否应为“max_visits”？可用的键：max_visits、kind".to_string()
            ))
        );
        assert_eq!(unknown_field("invalid type: string"), None);
    }
}
