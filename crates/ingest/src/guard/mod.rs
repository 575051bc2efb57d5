//! The guards in front of calamine: checks that refuse a hostile or damaged workbook before
//! calamine expands it. calamine believes what a file says of itself (how large an entry
//! inflates, where a sector chain goes next, how large a sheet is, how often a row repeats) and
//! makes room for it, so one bad byte can cost gigabytes or a loop that never ends. Each guard
//! reads just enough of the file, the way calamine will read it, to find such a claim, and refuses
//! the file with a message; whatever else is wrong with it is left for calamine to report.
//!
//! - `zip_bounds`: xlsx and ods archives that would inflate past a sane size (zip bombs);
//! - `xls_chains`: xls sector chains that loop back on themselves (and, through
//!   `xls_sheet_size`, xls sheets that claim more cells than the format holds);
//! - `ods_repeats`: ods sheets whose repeated rows and columns expand past a bound.

mod ods_repeats;
mod xls_chains;
mod xls_sheet_size;
mod zip_bounds;

pub use ods_repeats::check_ods;
pub use xls_chains::check_xls;
pub use zip_bounds::check_zip_bounds;
