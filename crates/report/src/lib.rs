//! A check's findings rendered for people and machines: the human report on a terminal
//! ([`human`]), the report contract ([`json`]), SARIF for code-scanning tools ([`sarif`]), the
//! annotated workbook staff open in WPS ([`annotate`]); a baseline of accepted findings
//! ([`baseline`]); and the fixes a report's findings propose, applied to a copy ([`fix`]). The
//! annotated workbook and the fixed copies of workbooks copy source sheets with the same
//! machinery (`workbook_copy`).

pub mod annotate;
pub mod baseline;
pub mod fix;
pub mod human;
pub mod json;
pub mod sarif;
mod workbook_copy;
