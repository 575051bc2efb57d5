//! What svcat makes of a catalog for publishing and filling in: the canonical catalog JSON
//! ([`json`]), the standard catalog as a workbook or csv ([`xlsx`], [`csv`], both laid out by
//! [`table`]), the public lists ([`lists`]) and the fill-in templates ([`template`]).

pub mod csv;
pub mod json;
pub mod lists;
pub mod table;
pub mod template;
pub mod xlsx;
