//! One department, however it is spelled: X004 reads 青石镇民政办公室 and 青石镇民政办 as one
//! department written two ways, and every output that groups by department (the exported
//! workbook's sheets and 汇总, `stats`, the guides) groups them under the spelling most items use.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Catalog, Item};

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

/// How many items write a department name, and the first of them.
type Counted = (usize, usize);

/// Each department spelling of a catalog and the standard spelling of its department: the one
/// most items use (the earliest of equals), as X004 names it.
pub struct Departments {
    standard: HashMap<String, String>,
}

impl Departments {
    pub fn of(catalog: &Catalog) -> Departments {
        Departments::of_items(catalog, &catalog.items)
    }

    /// The same over some items of a catalog (a streamed check's identities).
    pub fn of_items(catalog: &Catalog, items: &[Item]) -> Departments {
        let region = catalog.meta.region.as_deref();
        let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let name = catalog.text(item, "department").trim().to_string();
            if !name.is_empty() {
                counts.entry(name).or_insert((0, i)).0 += 1;
            }
        }
        let mut stems: BTreeMap<String, Vec<(&String, Counted)>> = BTreeMap::new();
        for (name, counted) in &counts {
            stems
                .entry(department_stem(name, region))
                .or_default()
                .push((name, *counted));
        }
        let mut standard = HashMap::new();
        for names in stems.values() {
            let (chosen, _) = names
                .iter()
                .max_by_key(|(_, (count, first))| (*count, std::cmp::Reverse(*first)))
                .expect("a stem has a name");
            for (name, _) in names {
                standard.insert((*name).clone(), (*chosen).clone());
            }
        }
        Departments { standard }
    }

    /// The standard spelling of a department name ("" stays "").
    pub fn standard<'a>(&'a self, name: &'a str) -> &'a str {
        self.standard
            .get(name.trim())
            .map_or(name.trim(), String::as_str)
    }

    /// The standard spelling of every name that has more than one (variant → standard).
    pub fn variants(&self) -> impl Iterator<Item = (&str, &str)> {
        self.standard
            .iter()
            .filter(|(name, standard)| name != standard)
            .map(|(name, standard)| (name.as_str(), standard.as_str()))
    }
}
