//! Findings encoded on the thread that found them, for the store to copy the records it keeps.

use std::io;

use svcat_core::finding::Finding;

use super::record::encode;
use super::{Entry, rule_at, rule_index};

/// Findings encoded into the store's records away from the store, on the thread that found them:
/// the store then only copies the records it keeps ([`FindingStore::append`](super::FindingStore::append)).
#[derive(Default)]
pub struct EncodedFindings {
    pub(super) bytes: Vec<u8>,
    pub(super) records: Vec<EncodedRecord>,
    pub(super) places: Vec<(String, Option<String>)>,
}

pub(super) struct EncodedRecord {
    pub(super) start: usize,
    pub(super) len: u32,
    /// Index into the encoded findings' own `places`.
    pub(super) place: u16,
    /// Row, column, rule and severity as the store's entry has them.
    pub(super) entry: Entry,
}

impl EncodedFindings {
    pub fn new() -> EncodedFindings {
        EncodedFindings::default()
    }

    /// Encodes a finding; its index is the number of findings added before it.
    pub fn add(&mut self, f: &Finding) -> io::Result<()> {
        let rule = rule_index(f.rule)?;
        let place =
            match self.places.iter().rposition(|(file, sheet)| {
                *file == f.file && sheet.as_deref() == f.sheet.as_deref()
            }) {
                Some(p) => p,
                None => {
                    self.places.push((f.file.clone(), f.sheet.clone()));
                    self.places.len() - 1
                }
            };
        let start = self.bytes.len();
        encode(&mut self.bytes, f, rule_at(rule).help);
        self.records.push(EncodedRecord {
            start,
            len: (self.bytes.len() - start) as u32,
            place: u16::try_from(place).map_err(|_| io::Error::other("too many places"))?,
            entry: Entry::of(f, rule, 0, 0, 0, 0),
        });
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}
