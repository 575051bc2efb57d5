//! Pretty JSON written by hand, byte for byte as serde_json's `PrettyFormatter` writes it (tests
//! compare the two). The canonical catalog and the check report render millions of strings;
//! serde_json looks up every byte of a string in its escape table, while most of these strings
//! need no escaping at all, which a scan of sixteen bytes at a time tells at once.

use std::io::Write;

/// Appends `s` as a JSON string with serde_json's escaping: `"` and `\`, the short forms `\b`
/// `\t` `\n` `\f` `\r`, other control characters as `\u00XX`; everything else as it is.
pub fn string(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    if needs_escape(bytes) {
        escape_into(buf, bytes);
    } else {
        buf.extend_from_slice(bytes);
    }
    buf.push(b'"');
}

fn is_special(b: u8) -> bool {
    (b < 0x20) | (b == b'"') | (b == b'\\')
}

/// Whether any of sixteen bytes needs escaping. No early exit, so the compiler turns it into a
/// few vector compares.
#[inline(always)]
fn any_special(chunk: &[u8; 16]) -> bool {
    chunk.iter().fold(false, |any, &b| any | is_special(b))
}

fn needs_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    for chunk in &mut chunks {
        if any_special(chunk.try_into().expect("16 bytes")) {
            return true;
        }
    }
    // The tail too, padded with a byte that needs no escape: most strings here are short (keys,
    // cells, enum values), and one vector compare beats a loop over their bytes.
    let tail = chunks.remainder();
    let mut padded = [b'a'; 16];
    padded[..tail.len()].copy_from_slice(tail);
    any_special(&padded)
}

fn escape_into(buf: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // A text with a line break (a legal basis of several articles) has long runs between
        // its escapes: sixteen bytes that need none are passed over at once.
        if let Some(chunk) = bytes.get(i..i + 16)
            && !any_special(chunk.try_into().expect("16 bytes"))
        {
            i += 16;
            continue;
        }
        let b = bytes[i];
        i += 1;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0A => b'n',
            0x0C => b'f',
            0x0D => b'r',
            0x00..=0x1F => b'u',
            _ => continue,
        };
        buf.extend_from_slice(&bytes[start..i - 1]);
        start = i;
        if short == b'u' {
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xF)]);
        } else {
            buf.push(b'\\');
            buf.push(short);
        }
    }
    buf.extend_from_slice(&bytes[start..]);
}

/// A string, or `null`.
pub fn opt_string(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

/// A number as serde_json writes integers.
pub fn integer(buf: &mut Vec<u8>, n: impl itoa::Integer) {
    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A pretty document being written: objects and arrays open and close, and keys and array
/// elements go on lines of their own, indented two spaces a level, as serde_json's
/// `PrettyFormatter` lays them out (an empty object is `{}`, an empty array `[]`).
pub struct Pretty<'b> {
    pub buf: &'b mut Vec<u8>,
    depth: usize,
    /// The innermost open object or array has a member already.
    has_value: bool,
}

impl<'b> Pretty<'b> {
    /// A writer for a value that stands `depth` objects or arrays deep in its document.
    pub fn at(buf: &'b mut Vec<u8>, depth: usize) -> Pretty<'b> {
        Pretty {
            buf,
            depth,
            has_value: false,
        }
    }

    pub fn begin_object(&mut self) {
        self.begin(b'{');
    }

    pub fn end_object(&mut self) {
        self.end(b'}');
    }

    pub fn begin_array(&mut self) {
        self.begin(b'[');
    }

    pub fn end_array(&mut self) {
        self.end(b']');
    }

    /// An object's key, after which its value is written.
    pub fn key(&mut self, key: &str) {
        self.member();
        string(self.buf, key);
        self.buf.extend_from_slice(b": ");
    }

    /// A key already written as a JSON string followed by `": "` (a schema's element keys are,
    /// once).
    pub fn quoted_key(&mut self, quoted_with_colon: &str) {
        self.member();
        self.buf.extend_from_slice(quoted_with_colon.as_bytes());
    }

    /// The start of an array's element, which is written next.
    pub fn element(&mut self) {
        self.member();
    }

    pub fn string(&mut self, s: &str) {
        string(self.buf, s);
    }

    pub fn integer(&mut self, n: impl itoa::Integer) {
        integer(self.buf, n);
    }

    pub fn bool(&mut self, b: bool) {
        self.buf
            .extend_from_slice(if b { b"true" } else { b"false" });
    }

    /// `"key": "text"`.
    pub fn string_entry(&mut self, key: &str, text: &str) {
        self.key(key);
        self.string(text);
    }

    fn begin(&mut self, open: u8) {
        self.depth += 1;
        self.has_value = false;
        self.buf.push(open);
    }

    fn end(&mut self, close: u8) {
        self.depth -= 1;
        if self.has_value {
            self.new_line();
        }
        self.buf.push(close);
        // The container just closed is a value of the one around it.
        self.has_value = true;
    }

    fn member(&mut self) {
        if self.has_value {
            self.buf.push(b',');
        }
        self.new_line();
        self.has_value = true;
    }

    /// A line break and the indentation of the current depth, copied at once for the depths a
    /// catalog or report reaches.
    fn new_line(&mut self) {
        const LINE: &[u8; 65] =
            b"\n                                                                ";
        let width = self.depth * 2;
        // A copy of a constant sixteen bytes is a single move where a copy of some length is a
        // call to memcpy: at the depths of a catalog's items, write sixteen and drop the rest.
        if width < 16 {
            self.buf.extend_from_slice(&LINE[..16]);
            self.buf.truncate(self.buf.len() - (15 - width));
            return;
        }
        match LINE.get(..1 + width) {
            Some(line) => self.buf.extend_from_slice(line),
            None => {
                self.buf.push(b'\n');
                self.buf.resize(self.buf.len() + width, b' ');
            }
        }
    }
}

/// Encoded items, each starting ",\n    "; the first item of the array has no comma.
pub fn write_items(out: &mut dyn Write, encoded: &[u8], first: &mut bool) -> std::io::Result<()> {
    let bytes = if *first && !encoded.is_empty() {
        *first = false;
        &encoded[1..]
    } else {
        encoded
    };
    out.write_all(bytes)
}

/// serde_json's pretty formatter as it stands `depth` objects or arrays deep (the indentation is
/// all it keeps of them), for values written into the middle of a pretty document.
pub fn formatter_at(depth: usize) -> serde_json::ser::PrettyFormatter<'static> {
    use serde_json::ser::Formatter;
    let mut formatter = serde_json::ser::PrettyFormatter::new();
    let mut sink = std::io::sink();
    for _ in 0..depth {
        // Writing to a sink cannot fail.
        let _ = formatter.begin_object(&mut sink);
    }
    formatter
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(s: &str) -> String {
        let mut buf = Vec::new();
        string(&mut buf, s);
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut every_ascii: String = (0u8..0x80).map(char::from).collect();
        every_ascii.push_str("政务服务\u{2028}\u{FEFF}é");
        let cases = [
            String::new(),
            "受理条件".to_string(),
            every_ascii,
            "一二三四五六七八九十一二三四五六\"".to_string(),
            "a\\b\nc\r\n\t\u{1}\u{1f}\u{7f}".to_string(),
            "x".repeat(15) + "\n",
            "x".repeat(16) + "\n",
            "x".repeat(33),
            "x".repeat(40) + "\n" + &"中".repeat(20) + "\"" + &"y".repeat(17) + "\\",
        ];
        for case in cases {
            assert_eq!(
                ours(&case),
                serde_json::to_string(&case).unwrap(),
                "{case:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_escapes_as_serde_json_does(s in "\\PC*|[\\x00-\\x7f]{0,40}|[a\\n\"中]{0,120}") {
            proptest::prop_assert_eq!(ours(&s), serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn layout_is_serde_jsons_pretty_layout() {
        let expected = serde_json::json!({
            "a": "x",
            "empty": {},
            "none": [],
            "list": ["p", {"q": 1, "r": [true, false]}],
            "last": {"n": -3}
        });
        let mut buf = Vec::new();
        let mut w = Pretty::at(&mut buf, 0);
        w.begin_object();
        w.string_entry("a", "x");
        w.key("empty");
        w.begin_object();
        w.end_object();
        w.key("none");
        w.begin_array();
        w.end_array();
        w.key("list");
        w.begin_array();
        w.element();
        w.string("p");
        w.element();
        w.begin_object();
        w.key("q");
        w.integer(1u32);
        w.key("r");
        w.begin_array();
        w.element();
        w.bool(true);
        w.element();
        w.bool(false);
        w.end_array();
        w.end_object();
        w.end_array();
        w.key("last");
        w.begin_object();
        w.key("n");
        w.integer(-3i64);
        w.end_object();
        w.end_object();
        // serde_json's json! map keeps keys sorted; these already are, but for "a" < "empty".
        let mut ordered = serde_json::Map::new();
        for key in ["a", "empty", "none", "list", "last"] {
            ordered.insert(key.to_string(), expected[key].clone());
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            serde_json::to_string_pretty(&serde_json::Value::Object(ordered)).unwrap()
        );
    }

    #[test]
    fn deep_nesting_indents_as_serde_json_does() {
        // Depths 1 to 40: the short indents written sixteen bytes at a time, the longer ones
        // from the line of spaces, and past it.
        let mut expected = serde_json::json!("x");
        for depth in (0..40).rev() {
            expected = serde_json::json!({ format!("k{depth}"): [expected, depth] });
        }
        let mut buf = Vec::new();
        let mut w = Pretty::at(&mut buf, 0);
        for depth in 0..40 {
            w.begin_object();
            w.key(&format!("k{depth}"));
            w.begin_array();
            w.element();
        }
        w.string("x");
        for depth in (0..40).rev() {
            w.element();
            w.integer(depth);
            w.end_array();
            w.end_object();
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            serde_json::to_string_pretty(&expected).unwrap()
        );
    }
}
