//! District mode: the catalogs of a district's towns, each read and checked exactly as
//! `svcat check TOWN` would, then compared item by item (要素N同), measured against the county
//! catalog (认领承接) and against the district's targets (评估考核).

pub mod model;

pub use model::*;
