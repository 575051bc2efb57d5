//! District mode: the catalogs of a district's towns, each read and checked exactly as
//! `svcat check TOWN` would, then compared item by item (要素N同), measured against the county
//! catalog (认领承接) and against the district's targets (评估考核).

pub mod dashboard;
pub mod department_parts;
pub mod file_names;
pub mod indicator_values;
pub mod model;
pub mod outputs;
pub mod summary_workbook;
pub mod town_folders;

pub use model::*;
