//! One department, however it is spelled: X004 reads 青石镇民政办公室 and 青石镇民政办 as one
//! department written two ways, and every output that groups by department (the exported
//! workbook's sheets and 汇总, `stats`, the guides) groups them under the spelling most items use.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Catalog, Item, Value};

/// A department name reduced to what identifies it: region prefix and office suffixes removed
/// (青石镇民政办公室 → 民政).
pub fn department_stem(name: &str, region: Option<&str>) -> String {
    let mut s = name.trim().to_string();
    if let Some(region) = region {
        s = s.trim_start_matches(region).to_string();
    }
    for suffix in [
        "办公室",
        "工作站",
        "服务站",
        "服务中心",
        "中心",
        "办",
        "站",
        "所",
        "室",
        "局",
        "科",
    ] {
        if let Some(stripped) = s.strip_suffix(suffix)
            && !stripped.is_empty()
        {
            s = stripped.to_string();
            break;
        }
    }
    s
}

/// One spelling of a department and what is known of it.
pub struct Spelling {
    /// The spelling most items of its department use (the earliest of equals).
    pub standard: String,
    /// How many items write it.
    pub count: usize,
    /// The first of them, by index into the items counted.
    pub first: usize,
}

/// Each department spelling of a catalog and the standard spelling of its department: the one
/// most items use (the earliest of equals). X004 reports the others; the outputs group by it.
pub struct Departments {
    spellings: HashMap<String, Spelling>,
}

impl Departments {
    pub fn of(catalog: &Catalog) -> Departments {
        Departments::of_items(catalog, &catalog.items)
    }

    /// The same over some items of a catalog (a check's batch or identities).
    pub fn of_items(catalog: &Catalog, items: &[Item]) -> Departments {
        let region = catalog.meta.region.as_deref();
        // Counted by the borrowed name: a catalog has a few department names, each one copied
        // and stemmed once, however many items it has.
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let name = catalog
                .value(item, "department")
                .and_then(Value::as_text)
                .map_or("", str::trim);
            if !name.is_empty() {
                counts.entry(name).or_insert((0, i)).0 += 1;
            }
        }
        let mut stems: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for name in counts.keys() {
            stems
                .entry(department_stem(name, region))
                .or_default()
                .push(name);
        }
        let mut spellings = HashMap::new();
        for names in stems.values() {
            let standard = names
                .iter()
                .max_by_key(|name| {
                    let (count, first) = counts[**name];
                    (count, std::cmp::Reverse(first))
                })
                .expect("a stem has a name");
            for name in names {
                let (count, first) = counts[*name];
                spellings.insert(
                    name.to_string(),
                    Spelling {
                        standard: standard.to_string(),
                        count,
                        first,
                    },
                );
            }
        }
        Departments { spellings }
    }

    /// The standard spelling of a department name ("" stays "").
    pub fn standard<'a>(&'a self, name: &'a str) -> &'a str {
        self.spellings
            .get(name.trim())
            .map_or(name.trim(), |s| s.standard.as_str())
    }

    /// Every spelling that is not its department's standard one (X004's findings).
    pub fn variants(&self) -> impl Iterator<Item = (&str, &Spelling)> {
        self.spellings
            .iter()
            .filter(|(name, spelling)| **name != spelling.standard)
            .map(|(name, spelling)| (name.as_str(), spelling))
    }
}

#[cfg(test)]
mod tests {
    use super::department_stem;

    #[test]
    fn stems() {
        assert_eq!(department_stem("青石镇民政办公室", Some("青石镇")), "民政");
        assert_eq!(department_stem("青石镇民政办", Some("青石镇")), "民政");
        assert_eq!(department_stem("民政办", None), "民政");
        assert_eq!(department_stem("退役军人服务站", None), "退役军人");
        assert_ne!(
            department_stem("司法所", None),
            department_stem("民政办", None)
        );
    }
}
