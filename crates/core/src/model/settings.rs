//! The settings a catalog was read with (schema, kind, region, level, max_visits, upper…) and
//! where each came from, so every report can say what it checked against.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// Where a setting came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingFrom {
    /// A command-line option (`--schema`, `--kind`, `--against`).
    Flag(&'static str),
    /// The catalog's `catalog.toml`.
    CatalogToml,
    /// The `meta` of a canonical JSON input.
    CatalogJson,
    /// The schema's own default (its `level`).
    Schema,
    /// svcat's default (the national schema).
    Default,
}

impl SettingFrom {
    /// The name the JSON report and SARIF give it: `--schema`, `catalog.toml`, `meta`, `schema`,
    /// `default`.
    pub fn key(self) -> &'static str {
        match self {
            SettingFrom::Flag(flag) => flag,
            SettingFrom::CatalogToml => "catalog.toml",
            SettingFrom::CatalogJson => "meta",
            SettingFrom::Schema => "schema",
            SettingFrom::Default => "default",
        }
    }

    /// The name the human report gives it.
    pub fn label(self) -> &'static str {
        match self {
            SettingFrom::Flag(flag) => flag,
            SettingFrom::CatalogToml => "catalog.toml",
            SettingFrom::CatalogJson => "目录 JSON 的 meta",
            SettingFrom::Schema => "规范的默认值",
            SettingFrom::Default => "默认",
        }
    }
}

/// One setting's value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub from: SettingFrom,
}

impl<T> Setting<T> {
    pub fn new(value: T, from: SettingFrom) -> Self {
        Setting { value, from }
    }
}

/// What a catalog was read and checked with. A setting that is None was not set: no kind means
/// each sheet's kind is recognised from its columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogSettings {
    /// The `catalog.toml` read, as the command line reaches it (`catalogs/town/catalog.toml`).
    pub catalog_toml: Option<String>,
    /// The schema's name.
    pub schema: Setting<String>,
    /// The kind of list every sheet is (实施清单, 目录).
    pub kind: Option<Setting<String>>,
    pub region: Option<Setting<String>>,
    /// Normalised to the schema's value (镇级 → 镇（乡、街道）级).
    pub level: Option<Setting<String>>,
    pub version: Option<Setting<String>>,
    pub date: Option<Setting<String>>,
    pub max_visits: Option<Setting<u32>>,
    /// The upper-level catalog (`--against`, or catalog.toml's `upper`).
    pub upper: Option<Setting<String>>,
}

impl Default for CatalogSettings {
    fn default() -> Self {
        CatalogSettings {
            catalog_toml: None,
            schema: Setting::new("national".into(), SettingFrom::Default),
            kind: None,
            region: None,
            level: None,
            version: None,
            date: None,
            max_visits: None,
            upper: None,
        }
    }
}

impl CatalogSettings {
    /// The settings besides the schema, in the order the reports list them: (key, label, value,
    /// where from).
    pub fn listed(&self) -> Vec<(&'static str, &'static str, String, SettingFrom)> {
        let text = |s: &Option<Setting<String>>| s.as_ref().map(|s| (s.value.clone(), s.from));
        [
            ("kind", "清单类型", text(&self.kind)),
            ("region", "地区", text(&self.region)),
            ("level", "层级", text(&self.level)),
            ("version", "版本", text(&self.version)),
            ("date", "日期", text(&self.date)),
            (
                "max_visits",
                "最多跑动次数",
                self.max_visits
                    .as_ref()
                    .map(|s| (s.value.to_string(), s.from)),
            ),
            ("upper", "上级目录", text(&self.upper)),
        ]
        .into_iter()
        .filter_map(|(key, label, v)| v.map(|(value, from)| (key, label, value, from)))
        .collect()
    }
}

/// `{"value": …, "from": …}`, or both null when unset.
struct One<'a, T>(&'a Option<Setting<T>>);

impl<T: Serialize> Serialize for One<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        match self.0 {
            Some(setting) => {
                map.serialize_entry("value", &setting.value)?;
                map.serialize_entry("from", setting.from.key())?;
            }
            None => {
                map.serialize_entry("value", &())?;
                map.serialize_entry("from", &())?;
            }
        }
        map.end()
    }
}

/// The settings as the report contract (`report/1`'s `settings`) and SARIF write them: every key
/// always present, `{"value": …, "from": …}` each, null when unset.
impl Serialize for CatalogSettings {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(10))?;
        map.serialize_entry("catalog_toml", &self.catalog_toml)?;
        map.serialize_entry("schema", &One(&Some(self.schema.clone())))?;
        map.serialize_entry("kind", &One(&self.kind))?;
        map.serialize_entry("region", &One(&self.region))?;
        map.serialize_entry("level", &One(&self.level))?;
        map.serialize_entry("version", &One(&self.version))?;
        map.serialize_entry("date", &One(&self.date))?;
        map.serialize_entry("max_visits", &One(&self.max_visits))?;
        map.serialize_entry("upper", &One(&self.upper))?;
        map.end()
    }
}
