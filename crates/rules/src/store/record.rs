//! A finding's record in the store: the fields its entry does not hold, as length-prefixed
//! UTF-8 strings.

use std::io;

use svcat_core::finding::Finding;

/// A finding's record: what the entry does not hold, as length-prefixed strings (`u32::MAX` for
/// none); the help only when it is not the rule's.
pub(super) fn encode(buf: &mut Vec<u8>, f: &Finding, default_help: &str) {
    put_opt(buf, f.element.as_deref());
    put(buf, &f.message);
    put_opt(buf, (f.help != default_help).then_some(f.help.as_str()));
    put_opt(buf, f.text.as_deref());
    put_opt(buf, f.header.as_deref());
    put_opt(buf, f.fix.as_deref());
    match &f.item {
        Some(item) => {
            put(buf, &item.code);
            put(buf, &item.name);
        }
        None => put_opt(buf, None),
    }
}

fn put(buf: &mut Vec<u8>, s: &str) {
    buf.extend_from_slice(&(s.len() as u32).to_le_bytes());
    buf.extend_from_slice(s.as_bytes());
}

fn put_opt(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => put(buf, s),
        None => buf.extend_from_slice(&u32::MAX.to_le_bytes()),
    }
}

/// A record's fields as [`encode`] wrote them, borrowed from the record.
pub(super) struct Fields<'r> {
    pub(super) element: Option<&'r str>,
    pub(super) message: &'r str,
    /// None: the rule's own help.
    pub(super) help: Option<&'r str>,
    pub(super) text: Option<&'r str>,
    pub(super) header: Option<&'r str>,
    pub(super) fix: Option<&'r str>,
    /// Code and name.
    pub(super) item: Option<(&'r str, &'r str)>,
}

pub(super) fn fields(record: &[u8]) -> io::Result<Fields<'_>> {
    let mut r = Reader(record);
    Ok(Fields {
        element: r.opt()?,
        message: r.str()?,
        help: r.opt()?,
        text: r.opt()?,
        header: r.opt()?,
        fix: r.opt()?,
        item: match r.opt()? {
            Some(code) => Some((code, r.str()?)),
            None => None,
        },
    })
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn opt(&mut self) -> io::Result<Option<&'a str>> {
        let corrupt = || io::Error::other("corrupt spill record");
        let (len, rest) = self.0.split_first_chunk::<4>().ok_or_else(corrupt)?;
        let len = u32::from_le_bytes(*len);
        if len == u32::MAX {
            self.0 = rest;
            return Ok(None);
        }
        let len = len as usize;
        let text = rest.get(..len).ok_or_else(corrupt)?;
        let text = simdutf8::basic::from_utf8(text).map_err(|_| corrupt())?;
        self.0 = &rest[len..];
        Ok(Some(text))
    }

    fn str(&mut self) -> io::Result<&'a str> {
        self.opt()?
            .ok_or_else(|| io::Error::other("corrupt spill record"))
    }
}
