//! svcat's bottom layer: what every other layer shares and nothing above it owns. The catalog
//! model ([`model`], [`value`]) and the schema it is read with ([`schema`], [`code_forms`],
//! [`limit_notation`], [`codes`]); a check's findings ([`finding`]) and their JSON form
//! ([`finding_json`]); errors ([`error`]); text helpers ([`text`], [`suggest`]); and the output
//! primitives: escaping ([`escape`]), file names valid on every system ([`file_name`]), JSON
//! writing ([`json_writer`]), bounded input reads ([`input`]) and atomic, guarded output files
//! ([`output`]).

pub mod code_forms;
pub mod codes;
pub mod department;
pub mod error;
pub mod escape;
pub mod file_name;
pub mod finding;
pub mod finding_json;
pub mod handling;
pub mod input;
pub mod json_writer;
pub mod limit_notation;
pub mod model;
pub mod output;
pub mod report;
pub mod schema;
pub mod suggest;
pub mod terminal_table;
#[doc(hidden)]
pub mod testing;
pub mod text;
pub mod value;

pub use error::Error;
