//! `ItemMode::Fingerprint`: items read but not parsed, with what identifies them and a hash of
//! their cells, handed to a diff.

use std::sync::Arc;

use super::build::ItemBuilder;
use super::pending::PendingItem;
use svcat_core::model::Item;

/// An item read but not parsed, with what identifies it and a hash of its cells.
pub struct Fingerprint {
    /// Number in reading order, over all files of the input.
    pub ordinal: usize,
    /// The item with only its code, name and department parsed.
    pub identity: Item,
    pub hash: u64,
    pub pending: PendingItem,
    /// Parses `pending` when it is wanted.
    pub builder: Arc<ItemBuilder>,
}

/// Where `ItemMode::Fingerprint` sends items.
pub trait FingerprintSink: Sync {
    fn take(&self, batch: Vec<Fingerprint>);
}

/// Fingerprinted items handed to the sink at once.
pub(super) const FINGERPRINT_BATCH: usize = 256;
