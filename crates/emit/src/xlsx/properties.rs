//! Document properties that make the same input give byte-identical files.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, XlsxError};

/// Document properties with a fixed creation time, so the same input gives byte-identical files.
/// The catalog's own date is used when it has one (it is what the file is "of").
pub fn fixed_properties(title: &str, date: Option<&str>) -> Result<DocProperties, XlsxError> {
    let created = date
        .and_then(parse_date)
        .map(|(y, m, d)| ExcelDateTime::from_ymd(y, m, d))
        .unwrap_or_else(|| ExcelDateTime::from_ymd(2000, 1, 1))?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_comment("由 svcat 生成")
        .set_creation_datetime(&created))
}

/// "2022-06-30" (also 2022/6/30, 2022.06.30) → (2022, 6, 30).
fn parse_date(text: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1900..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse() {
        assert_eq!(parse_date("2022-06-30"), Some((2022, 6, 30)));
        assert_eq!(parse_date("2022/6/3"), Some((2022, 6, 3)));
        assert_eq!(parse_date("2022-06"), None);
    }
}
