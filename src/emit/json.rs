//! The canonical catalog JSON (`"svcat": "catalog/1"`): pretty, stable key order (schema order),
//! one object per item, empty elements omitted, unknown columns under `extra`, the source cell of
//! every value under `source`.
//!
//! Items are serialised one by one into the writer, so a large catalog is never built twice.

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::ingest::sheet::NO_COLUMN;
use crate::model::{Catalog, Field, Item, Value};
use crate::text::column_letter;

pub const CATALOG_FORMAT: &str = "catalog/1";

/// Writes the canonical JSON of a catalog, with a trailing newline.
pub fn write_catalog_json(catalog: &Catalog, out: &mut dyn Write) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(&mut *out);
    CatalogDoc(catalog)
        .serialize(&mut serializer)
        .map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

pub fn catalog_json_string(catalog: &Catalog) -> String {
    let mut buf = Vec::new();
    write_catalog_json(catalog, &mut buf).expect("writing to memory");
    String::from_utf8(buf).expect("JSON is UTF-8")
}

struct CatalogDoc<'a>(&'a Catalog);

impl Serialize for CatalogDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let catalog = self.0;
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("svcat", CATALOG_FORMAT)?;
        map.serialize_entry("meta", &Meta(catalog))?;
        map.serialize_entry("items", &Items(catalog))?;
        map.end()
    }
}

struct Meta<'a>(&'a Catalog);

impl Serialize for Meta<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let meta = &self.0.meta;
        let mut map = s.serialize_map(None)?;
        for (key, value) in [
            ("region", &meta.region),
            ("level", &meta.level),
            ("version", &meta.version),
            ("date", &meta.date),
        ] {
            if let Some(v) = value {
                map.serialize_entry(key, v)?;
            }
        }
        map.serialize_entry("schema", &meta.schema)?;
        if let Some(upper) = &meta.upper {
            map.serialize_entry("upper", upper)?;
        }
        if let Some(max) = meta.max_visits {
            map.serialize_entry("max_visits", &max)?;
        }
        map.end()
    }
}

struct Items<'a>(&'a Catalog);

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.items.len()))?;
        for item in &self.0.items {
            seq.serialize_element(&ItemDoc(self.0, item))?;
        }
        seq.end()
    }
}

struct ItemDoc<'a>(&'a Catalog, &'a Item);

impl Serialize for ItemDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (catalog, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        for field in &item.fields {
            let key = &catalog.schema.elements[usize::from(field.element)].key;
            map.serialize_entry(key, &ValueDoc(&field.value))?;
        }
        if !item.extra.is_empty() {
            map.serialize_entry("extra", &Extras(item))?;
        }
        map.serialize_entry("source", &SourceDoc(catalog, item))?;
        map.end()
    }
}

struct ValueDoc<'a>(&'a Value);

impl Serialize for ValueDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Text(t) | Value::Enum(t) => s.serialize_str(t),
            Value::List(values) => values.serialize(s),
            Value::Materials(materials) => materials.serialize(s),
            Value::Limit(limit) => limit.serialize(s),
            Value::Integer(n) => s.serialize_i64(*n),
            Value::Bool(b) => s.serialize_bool(*b),
        }
    }
}

struct Extras<'a>(&'a Item);

impl Serialize for Extras<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.extra.len()))?;
        for extra in &self.0.extra {
            map.serialize_entry(&extra.header, &extra.text)?;
        }
        map.end()
    }
}

struct SourceDoc<'a>(&'a Catalog, &'a Item);

impl Serialize for SourceDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (catalog, item) = (self.0, self.1);
        let sheet = catalog.sheet_of(item);
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("file", &sheet.file)?;
        map.serialize_entry("sheet", &sheet.sheet)?;
        map.serialize_entry("row", &item.row)?;
        if item.last_row > item.row {
            map.serialize_entry("last_row", &item.last_row)?;
        }
        map.serialize_entry("cells", &Cells(catalog, item))?;
        if item.fields.iter().any(|f| f.raw.is_some()) {
            map.serialize_entry("raw", &Raw(catalog, item))?;
        }
        let numeric: Vec<&str> = item
            .fields
            .iter()
            .filter(|f| f.numeric)
            .map(|f| catalog.schema.elements[usize::from(f.element)].key.as_str())
            .collect();
        if !numeric.is_empty() {
            map.serialize_entry("numeric", &numeric)?;
        }
        map.end()
    }
}

/// Element key → cell ("H17"), so findings on a re-read canonical JSON point at the original cell.
struct Cells<'a>(&'a Catalog, &'a Item);

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (catalog, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        for field in item.fields.iter().filter(|f| f.column != NO_COLUMN) {
            let key = &catalog.schema.elements[usize::from(field.element)].key;
            map.serialize_entry(key, &cell_name(field))?;
        }
        for extra in &item.extra {
            map.serialize_entry(
                &extra.header,
                &format!("{}{}", column_letter(extra.column), extra.row),
            )?;
        }
        map.end()
    }
}

fn cell_name(field: &Field) -> String {
    format!("{}{}", column_letter(field.column), field.row)
}

/// Element key → the cell text as typed, for values svcat normalised (２０个工作日 → 20个工作日), so
/// no reading is lost. (`numeric` lists the cells the workbook stored as numbers.)
struct Raw<'a>(&'a Catalog, &'a Item);

impl Serialize for Raw<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (catalog, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        for field in item.fields.iter() {
            if let Some(raw) = &field.raw {
                let key = &catalog.schema.elements[usize::from(field.element)].key;
                map.serialize_entry(key, raw)?;
            }
        }
        map.end()
    }
}
