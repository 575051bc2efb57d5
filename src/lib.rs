//! svcat: standardize Chinese government service-item catalogs (政务服务事项目录 / 实施清单).
//!
//! Data flows one way: files → [`ingest`] (schema-driven) → [`model::Catalog`] → checks and
//! outputs. The binary in `src/main.rs` only calls [`cli::run`].

pub mod cli;
pub mod code_forms;
pub mod codes;
pub mod diff;
pub mod emit;
pub mod error;
pub mod escape;
pub mod fix;
pub mod guide;
pub mod ingest;
pub mod limit_notation;
pub mod model;
pub mod report;
pub mod rules;
pub mod schema;
pub mod stats;
pub mod text;

pub use error::Error;
