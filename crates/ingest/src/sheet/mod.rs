//! One sheet's rows → items: merged-cell fill, header detection (title and info rows above it,
//! grouped two-row headers), row classification (continuation rows, repeated headers, totals) and
//! value parsing, with every value keeping its cell.
//!
//! A reader sends a sheet's rows (`row_sink`) as cells (`cell`) to a [`SheetIngest`] (`ingest`),
//! which fills merged regions (`merge`), finds the header (`header`), sorts the rows below it
//! (`data_rows`) into pending items (`pending`) and hands each complete item on as the mode says
//! (`batches`): parsed on the worker threads (`build`), fingerprinted (`fingerprint`) or encoded
//! for a stream (`stream`). What it notices about the sheet's shape it reports (`notices`).

mod batches;
mod build;
mod cell;
mod data_rows;
mod fingerprint;
mod header;
mod ingest;
mod merge;
mod notices;
mod pending;
mod row_sink;
mod stream;

pub use build::ItemBuilder;
pub use cell::{NO_COLUMN, RawCell, column_name};
pub use fingerprint::{Fingerprint, FingerprintSink};
pub use ingest::SheetIngest;
pub use merge::Merge;
pub use pending::PendingItem;
pub use row_sink::RowSink;
pub use stream::{Encoded, Encoder, ItemStream};
