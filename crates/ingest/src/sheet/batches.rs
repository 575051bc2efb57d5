//! What becomes of each complete item, as the mode says: parsed in batches on the worker threads
//! (kept, or encoded for a stream, in reading order), fingerprinted, or dropped.

use std::sync::{Arc, mpsc};

use super::fingerprint::{FINGERPRINT_BATCH, Fingerprint};
use super::ingest::SheetIngest;
use super::stream::Encoded;
use crate::ItemMode;
use svcat_core::model::Item;

/// A batch of items parsed by a worker: kept, or already encoded for a stream.
pub(super) enum Batch {
    Items(Vec<Item>),
    Encoded(Encoded),
}

/// How many items are parsed together: big enough that handing a batch to another thread costs
/// nothing measurable, small enough that a few batches in flight hold little memory.
const BATCH_ITEMS: usize = 256;
/// The first batch of a sheet: small, so that the workers start at once. Each batch after it is
/// twice as large, up to `BATCH_ITEMS`.
pub(super) const FIRST_BATCH_ITEMS: usize = 32;
/// Batches parsed at once while reading goes on; reading waits when this many are unfinished.
const BATCHES_IN_FLIGHT: usize = 4;

impl SheetIngest<'_> {
    /// The item above is complete: parse it (in a batch), fingerprint it, or drop it, as the
    /// mode says.
    pub(super) fn flush_item(&mut self) {
        let Some(pending) = self.current.take() else {
            return;
        };
        let builder = self.builder.as_ref().expect("a header before items");
        let ordinal = self.next_ordinal;
        self.next_ordinal += 1;
        match self.mode {
            ItemMode::Parse | ItemMode::Stream(_) => {}
            ItemMode::Fingerprint(sink) => {
                self.fingerprints.push(Fingerprint {
                    ordinal,
                    identity: builder.build_identity(&pending),
                    hash: builder.fingerprint(&pending),
                    pending,
                    builder: Arc::clone(builder),
                });
                if self.fingerprints.len() >= FINGERPRINT_BATCH {
                    sink.take(std::mem::take(&mut self.fingerprints));
                }
                return;
            }
            ItemMode::Select(selected) => {
                if !selected.get(ordinal).copied().unwrap_or(false) {
                    return;
                }
            }
        }
        self.batch.push(pending);
        if self.batch.len() >= self.batch_items {
            self.send_batch();
        }
    }

    /// Hands the current batch to a worker thread; waits for the oldest batch when enough are
    /// being parsed already.
    pub(super) fn send_batch(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        // A small sheet (one partial batch, nothing in flight) is parsed here: quicker than
        // waking a worker.
        let here = batch.len() < self.batch_items && self.in_flight.is_empty();
        self.batch_items = (self.batch_items * 2).min(BATCH_ITEMS);
        let builder = Arc::clone(self.builder.as_ref().expect("a header before items"));
        let encoder = self.encoder.clone();
        let parse = move || {
            let items: Vec<Item> = batch.into_iter().map(|p| builder.build(p)).collect();
            match encoder {
                Some(encode) => Batch::Encoded(encode(items)),
                None => Batch::Items(items),
            }
        };
        if here {
            let parsed = parse();
            self.take_batch(parsed);
            return;
        }
        let (sender, receiver) = mpsc::sync_channel(1);
        rayon::spawn(move || {
            let _ = sender.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(
                parse,
            )));
        });
        self.in_flight.push_back(receiver);
        while self.in_flight.len() > BATCHES_IN_FLIGHT {
            self.receive_batch();
        }
    }

    /// Waits for the oldest batch in flight and takes its items (batches finish in any order;
    /// items are kept in reading order).
    pub(super) fn receive_batch(&mut self) {
        let Some(receiver) = self.in_flight.pop_front() else {
            return;
        };
        match receiver.recv() {
            Ok(Ok(parsed)) => self.take_batch(parsed),
            _ => self.failed = true,
        }
    }

    fn take_batch(&mut self, parsed: Batch) {
        match parsed {
            Batch::Items(mut items) => self.items.append(&mut items),
            Batch::Encoded(encoded) => {
                if let ItemMode::Stream(stream) = self.mode {
                    stream.write(encoded);
                }
            }
        }
    }
}
