//! Code forms as data: the ways catalogs write an item's codes, read from the schema's
//! `[[code_forms]]` (a pattern whose named groups are the parts it holds) and the 事项类型 segment
//! tables of 基本编码 per region (`[[kind_segments]]`), so a province's own form is added to a
//! schema, not to the code. A code that matches no form is read as it is: a local form svcat cannot
//! confirm is never called empty or invalid.

use std::collections::BTreeMap;

use regex::Regex;

/// One way of writing a code, as the schema declares it.
#[derive(Debug, Clone)]
pub struct CodeForm {
    /// What the form is called in messages: 业务办理项编码（实施编码+办理项2位）.
    pub name: String,
    pattern: Regex,
    /// The element the whole text is (a 33-character code is the 业务办理项编码), if any.
    pub whole: Option<String>,
    /// The shortest and longest text (in bytes) the pattern can match: most codes are ruled out
    /// by their length alone, without running the pattern (this runs on every code cell).
    min_len: usize,
    max_len: Option<usize>,
}

/// The parts a recognised code holds; each names the element it gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeParts<'t> {
    pub form: &'t str,
    pub implementation_code: Option<&'t str>,
    pub basic_code: Option<&'t str>,
    /// The implementing body's 统一社会信用代码 (18) or 组织机构代码 (9).
    pub implementer_code: Option<&'t str>,
    /// The level digit of a 实施编码.
    pub level: Option<&'t str>,
    /// The 业务办理项 number after a 实施编码.
    pub sub_item: Option<&'t str>,
    /// The 12-digit 区划代码 of a segmented local code.
    pub region: Option<&'t str>,
    /// The catalogue code at the head of a segmented local code.
    pub catalog_code: Option<&'t str>,
    /// The element the whole code is, when the form says so.
    pub whole: Option<&'t str>,
    /// The code without its trailing 业务办理项 number: what the sub-items of one item share.
    pub item_code: &'t str,
}

/// The 事项类型 a 基本编码's segment stands for, per region.
#[derive(Debug, Clone)]
pub struct KindTable {
    /// The region prefix (the 基本编码's first two digits), or "national" for every other.
    pub region: String,
    /// What the table is called in messages: 国家编码表, 广东省编码表.
    pub title: String,
    /// Segment → 事项类型.
    pub codes: BTreeMap<String, String>,
}

/// Every code form and segment table of a schema.
#[derive(Debug, Clone, Default)]
pub struct CodeForms {
    pub forms: Vec<CodeForm>,
    pub kind_tables: Vec<KindTable>,
}

/// The named groups a form's pattern may use.
pub const PARTS: &[&str] = &[
    "implementation_code",
    "basic_code",
    "implementer_code",
    "level",
    "sub_item",
    "region",
    "catalog_code",
];

impl CodeForm {
    /// A form from its pattern; the error names a group that is not a known part.
    pub fn new(name: String, pattern: &str, whole: Option<String>) -> Result<CodeForm, String> {
        let pattern = Regex::new(pattern).map_err(|e| format!("正则表达式有误：{e}"))?;
        for group in pattern.capture_names().flatten() {
            if !PARTS.contains(&group) {
                return Err(format!(
                    "分组“{group}”不是可识别的编码部分（可用：{}）",
                    PARTS.join("、")
                ));
            }
        }
        let (min_len, max_len) = regex_syntax::parse(pattern.as_str())
            .map(|hir| {
                let p = hir.properties();
                (p.minimum_len().unwrap_or(0), p.maximum_len())
            })
            .unwrap_or((0, None));
        Ok(CodeForm {
            name,
            pattern,
            whole,
            min_len,
            max_len,
        })
    }
}

impl CodeForms {
    /// The parts of a code, by the first form it matches.
    pub fn recognize<'t>(&'t self, text: &'t str) -> Option<CodeParts<'t>> {
        let text = text.trim();
        for form in &self.forms {
            if text.len() < form.min_len || form.max_len.is_some_and(|max| text.len() > max) {
                continue;
            }
            let Some(caps) = form.pattern.captures(text) else {
                continue;
            };
            let part = |name: &str| caps.name(name).map(|m| m.as_str());
            let item_code = match caps.name("sub_item") {
                Some(m) if m.end() == text.len() => text[..m.start()].trim_end_matches('-'),
                _ => text,
            };
            return Some(CodeParts {
                form: &form.name,
                implementation_code: part("implementation_code"),
                basic_code: part("basic_code"),
                implementer_code: part("implementer_code"),
                level: part("level"),
                sub_item: part("sub_item"),
                region: part("region"),
                catalog_code: part("catalog_code"),
                whole: form.whole.as_deref(),
                item_code,
            });
        }
        None
    }

    /// The 事项类型 a 基本编码's type segment (characters 3–4) stands for, by its region's table
    /// where the schema has one, else the national one; with the table's title.
    pub fn segment_kind(&self, basic_code: &str) -> Option<(&str, &str)> {
        let region = basic_code.get(..2)?;
        let segment = basic_code.get(2..4)?;
        let table = |r: &str| self.kind_tables.iter().find(|t| t.region == r);
        for t in [table(region), table("national")].into_iter().flatten() {
            if let Some(kind) = t.codes.get(segment) {
                return Some((kind, &t.title));
            }
        }
        None
    }

    /// The segment a 事项类型 has under a region's table (falling back to the national one).
    pub fn kind_segment(&self, region: &str, kind: &str) -> Option<&str> {
        let table = |r: &str| self.kind_tables.iter().find(|t| t.region == r);
        let regional = table(region);
        if let Some(t) = regional
            && let Some((segment, _)) = t.codes.iter().find(|(_, k)| *k == kind)
        {
            return Some(segment);
        }
        let national = table("national")?;
        let (segment, _) = national.codes.iter().find(|(_, k)| *k == kind)?;
        // A national segment the region gives another meaning is not this kind's there.
        if regional.is_some_and(|t| t.codes.contains_key(segment.as_str())) {
            return None;
        }
        Some(segment)
    }

    /// Whether a code is written in the national shape (capitals and digits, no separators) and so
    /// can be judged against the national structure when it matches no form.
    pub fn looks_national(text: &str) -> bool {
        let t = text.trim();
        !t.is_empty()
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms() -> CodeForms {
        let schema = crate::schema::load_schema("national").expect("national schema");
        schema.code_forms.clone()
    }

    #[test]
    fn national_forms() {
        let f = forms();
        let p = f.recognize("11440000006940116U244010200300103").unwrap();
        assert_eq!(
            p.implementation_code,
            Some("11440000006940116U2440102003001")
        );
        assert_eq!(p.basic_code, Some("440102003001"));
        assert_eq!(p.implementer_code, Some("11440000006940116U"));
        assert_eq!(p.level, Some("2"));
        assert_eq!(p.sub_item, Some("03"));
        assert_eq!(p.whole, Some("sub_item_code"));
        let p = f.recognize("11420000MB1534231W2420899001W00").unwrap();
        assert_eq!(p.basic_code, Some("420899001W00"));
        let p = f.recognize("370511001000").unwrap();
        assert_eq!(p.basic_code, Some("370511001000"));
        // The letters GB 32100 leaves out are never part of a code: 0 typed as O.
        assert!(f.recognize("3705110080O0").is_none());
    }

    #[test]
    fn sichuan_segmented_forms() {
        let f = forms();
        let p = f
            .recognize("511Z07001006-511602000000-000-11511301008778183N-1-00")
            .unwrap();
        assert_eq!(p.catalog_code, Some("511Z07001006"));
        assert_eq!(p.region, Some("511602000000"));
        assert_eq!(p.implementer_code, Some("11511301008778183N"));
        assert_eq!(p.level, Some("1"));
        assert_eq!(p.sub_item, Some("00"));
        let p = f
            .recognize("G-000007-001-511602000000-000-115113010833722043-1-00")
            .unwrap();
        assert_eq!(p.catalog_code, Some("G-000007-001"));
        assert_eq!(p.implementer_code, Some("115113010833722043"));
    }

    #[test]
    fn regional_kind_tables() {
        let f = forms();
        assert_eq!(
            f.segment_kind("442101001000").map(|k| k.0),
            Some("公共服务")
        );
        assert_eq!(
            f.segment_kind("442001028000").map(|k| k.0),
            Some("其他行政权力")
        );
        assert_eq!(
            f.segment_kind("372001028000").map(|k| k.0),
            Some("公共服务")
        );
        assert_eq!(f.kind_segment("44", "公共服务"), Some("21"));
        assert_eq!(f.kind_segment("44", "行政许可"), Some("01"));
        assert_eq!(f.kind_segment("37", "公共服务"), Some("20"));
        assert_eq!(f.kind_segment("44", "其他行政权力"), Some("20"));
    }
}
