//! The canonical catalog JSON (`"svcat": "catalog/1"`): pretty, stable key order (schema order),
//! one object per item, empty elements omitted, unknown columns under `extra`, the source cell of
//! every value under `source`.
//!
//! Items are serialised one by one into the writer, so a large catalog is never built twice.

use std::cell::RefCell;
use std::io::Write;
use std::sync::Arc;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::ingest::sheet::NO_COLUMN;
use crate::ingest::{Encoded, Encoder, ItemStream};
use crate::model::{Catalog, Field, Item, SheetSource, Value};
use crate::schema::Schema;
use crate::text::column_letter;

pub const CATALOG_FORMAT: &str = "catalog/1";

/// Items serialised by one task: enough that a task is worth handing to another core.
const ITEMS_PER_TASK: usize = 128;
/// Items serialised before their bytes are written: what the output holds in memory at once.
const ITEMS_PER_WINDOW: usize = 4096;

/// Writes the canonical JSON of a catalog, with a trailing newline.
///
/// The bytes are those of serde_json's pretty printer over the whole document; items are
/// serialised on every core, a window at a time, and written in order.
pub fn write_catalog_json(catalog: &Catalog, out: &mut dyn Write) -> std::io::Result<()> {
    use rayon::prelude::*;

    write_head(catalog, out)?;
    let mut first = true;
    for window in catalog.items.chunks(ITEMS_PER_WINDOW) {
        let parts: Vec<serde_json::Result<Vec<u8>>> = window
            .par_chunks(ITEMS_PER_TASK)
            .map(|items| {
                let mut buf = Vec::with_capacity(items.len() * 4096);
                for item in items {
                    let sheet = catalog.sheet_of(item);
                    let cx = ItemCx {
                        schema: &catalog.schema,
                        file: &sheet.file,
                        sheet: sheet.sheet.as_deref(),
                    };
                    encode_item(&mut buf, &cx, item)?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            let part = part.map_err(std::io::Error::other)?;
            write_items(out, &part, &mut first)?;
        }
    }
    write_tail(out, first)
}

/// `{`, the format and meta, and the opening of the items array.
fn write_head(catalog: &Catalog, out: &mut dyn Write) -> std::io::Result<()> {
    let mut head = serde_json::to_vec_pretty(&HeadDoc(catalog)).map_err(std::io::Error::other)?;
    // `{ …meta… }` without its closing "\n}": the items continue the object.
    head.truncate(head.len() - 2);
    out.write_all(&head)?;
    out.write_all(b",\n  \"items\": [")
}

/// Encoded items, each starting ",\n    "; the first item of the array has no comma.
pub(crate) fn write_items(
    out: &mut dyn Write,
    encoded: &[u8],
    first: &mut bool,
) -> std::io::Result<()> {
    let bytes = if *first && !encoded.is_empty() {
        *first = false;
        &encoded[1..]
    } else {
        encoded
    };
    out.write_all(bytes)
}

fn write_tail(out: &mut dyn Write, no_items: bool) -> std::io::Result<()> {
    if !no_items {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"]\n}\n")
}

/// One item as serde_json's pretty printer writes it inside the items array, after ",\n    ".
fn encode_item(buf: &mut Vec<u8>, cx: &ItemCx, item: &Item) -> serde_json::Result<()> {
    buf.extend_from_slice(b",\n    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut *buf, item_formatter());
    ItemDoc(cx, item).serialize(&mut serializer)
}

/// serde_json's pretty printer as it stands inside the items array (two levels deep): also the
/// check report's findings array.
pub(crate) fn item_formatter() -> serde_json::ser::PrettyFormatter<'static> {
    formatter_at(2)
}

/// serde_json's pretty formatter as it stands `depth` objects or arrays deep (the indentation is
/// all it keeps of them), for values written into the middle of a pretty document.
pub(crate) fn formatter_at(depth: usize) -> serde_json::ser::PrettyFormatter<'static> {
    use serde_json::ser::Formatter;
    let mut formatter = serde_json::ser::PrettyFormatter::new();
    let mut sink = std::io::sink();
    for _ in 0..depth {
        // Writing to a sink cannot fail.
        let _ = formatter.begin_object(&mut sink);
    }
    formatter
}

/// The canonical JSON written while the inputs are read (`ItemMode::Stream`): items are encoded
/// on the worker threads that parse them and written in reading order, so `import` holds no
/// catalog in memory. The bytes are those `write_catalog_json` writes for the same catalog.
pub struct CatalogJsonStream<'w> {
    state: RefCell<StreamState<'w>>,
}

struct StreamState<'w> {
    out: &'w mut dyn Write,
    begun: bool,
    first: bool,
    error: Option<std::io::Error>,
}

impl<'w> CatalogJsonStream<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        CatalogJsonStream {
            state: RefCell::new(StreamState {
                out,
                begun: false,
                first: true,
                error: None,
            }),
        }
    }

    /// Closes the document; the first write error, if any.
    pub fn finish(self, catalog: &Catalog) -> std::io::Result<()> {
        self.begin(catalog);
        let state = self.state.into_inner();
        if let Some(e) = state.error {
            return Err(e);
        }
        write_tail(state.out, state.first)
    }
}

impl ItemStream for CatalogJsonStream<'_> {
    fn begin(&self, catalog: &Catalog) {
        let mut state = self.state.borrow_mut();
        if state.begun {
            return;
        }
        state.begun = true;
        if let Err(e) = write_head(catalog, state.out) {
            state.error.get_or_insert(e);
        }
    }

    fn encoder(&self, schema: &Arc<Schema>, sheet: &SheetSource, _: u32, _: bool) -> Encoder {
        let (schema, file, sheet) = (Arc::clone(schema), sheet.file.clone(), sheet.sheet.clone());
        Arc::new(move |items: Vec<Item>| {
            let cx = ItemCx {
                schema: &schema,
                file: &file,
                sheet: sheet.as_deref(),
            };
            let mut buf = Vec::with_capacity(items.len() * 4096);
            for item in &items {
                // Serialising into memory fails only for maps with non-string keys, which
                // these documents do not have.
                let _ = encode_item(&mut buf, &cx, item);
            }
            Box::new(buf)
        })
    }

    fn write(&self, encoded: Encoded) {
        let Ok(bytes) = encoded.downcast::<Vec<u8>>() else {
            return;
        };
        let mut state = self.state.borrow_mut();
        if state.error.is_some() {
            return;
        }
        let StreamState { out, first, .. } = &mut *state;
        if let Err(e) = write_items(*out, &bytes, first) {
            state.error = Some(e);
        }
    }
}

/// What an item's JSON needs besides the item: the schema's keys and where the item was read.
struct ItemCx<'a> {
    schema: &'a Schema,
    file: &'a str,
    sheet: Option<&'a str>,
}

/// The document without its items, which `write_catalog_json` adds.
struct HeadDoc<'a>(&'a Catalog);

impl Serialize for HeadDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let catalog = self.0;
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("svcat", CATALOG_FORMAT)?;
        map.serialize_entry("meta", &Meta(catalog))?;
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

struct ItemDoc<'a>(&'a ItemCx<'a>, &'a Item);

impl Serialize for ItemDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (cx, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        for field in &item.fields {
            let key = &cx.schema.elements[usize::from(field.element)].key;
            map.serialize_entry(key, &ValueDoc(&field.value))?;
        }
        if !item.extra.is_empty() {
            map.serialize_entry("extra", &Extras(item))?;
        }
        map.serialize_entry("source", &SourceDoc(cx, item))?;
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

struct SourceDoc<'a>(&'a ItemCx<'a>, &'a Item);

impl Serialize for SourceDoc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (cx, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("file", cx.file)?;
        map.serialize_entry("sheet", &cx.sheet)?;
        map.serialize_entry("row", &item.row)?;
        if item.last_row > item.row {
            map.serialize_entry("last_row", &item.last_row)?;
        }
        map.serialize_entry("cells", &Cells(cx.schema, item))?;
        if item.fields.iter().any(|f| f.raw.is_some()) {
            map.serialize_entry("raw", &Raw(cx.schema, item))?;
        }
        let numeric: Vec<&str> = item
            .fields
            .iter()
            .filter(|f| f.numeric)
            .map(|f| cx.schema.elements[usize::from(f.element)].key.as_str())
            .collect();
        if !numeric.is_empty() {
            map.serialize_entry("numeric", &numeric)?;
        }
        map.end()
    }
}

/// Element key → cell ("H17"), so findings on a re-read canonical JSON point at the original cell.
struct Cells<'a>(&'a Schema, &'a Item);

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (schema, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        for field in item.fields.iter().filter(|f| f.column != NO_COLUMN) {
            let key = &schema.elements[usize::from(field.element)].key;
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
struct Raw<'a>(&'a Schema, &'a Item);

impl Serialize for Raw<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (schema, item) = (self.0, self.1);
        let mut map = s.serialize_map(None)?;
        for field in item.fields.iter() {
            if let Some(raw) = &field.raw {
                let key = &schema.elements[usize::from(field.element)].key;
                map.serialize_entry(key, raw)?;
            }
        }
        map.end()
    }
}
