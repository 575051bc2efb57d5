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

use svcat_core::json_writer::{self as pretty, Pretty, write_items};
use svcat_core::model::CATALOG_FORMAT;
use svcat_core::model::{Catalog, Field, Item, Material, SheetSource, Value};
use svcat_core::schema::Schema;
use svcat_core::text::{push_cell_name, push_column_letter};
use svcat_ingest::sheet::NO_COLUMN;
use svcat_ingest::{Encoded, Encoder, ItemStream};

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
        let parts: Vec<Vec<u8>> = window
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
                    encode_item(&mut buf, &cx, item);
                }
                buf
            })
            .collect();
        for part in parts {
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

fn write_tail(out: &mut dyn Write, no_items: bool) -> std::io::Result<()> {
    if !no_items {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"]\n}\n")
}

/// One item as serde_json's pretty printer writes it inside the items array, after ",\n    ".
/// Written by hand (tested against serde_json): import writes every cell of a catalog this way.
fn encode_item(buf: &mut Vec<u8>, cx: &ItemCx, item: &Item) {
    buf.extend_from_slice(b",\n    ");
    let mut w = Pretty::at(buf, 2);
    w.begin_object();
    for field in &item.fields {
        w.quoted_key(cx.schema.json_key(usize::from(field.element)));
        render_value(&mut w, &field.value);
    }
    if !item.extra.is_empty() {
        w.key("extra");
        w.begin_object();
        for extra in &item.extra {
            w.string_entry(&extra.header, &extra.text);
        }
        w.end_object();
    }
    w.key("source");
    render_source(&mut w, cx, item);
    w.end_object();
}

fn render_value(w: &mut Pretty, value: &Value) {
    match value {
        Value::Text(t) | Value::Enum(t) => w.string(t),
        Value::List(values) => {
            w.begin_array();
            for v in values {
                w.element();
                w.string(v);
            }
            w.end_array();
        }
        Value::Materials(materials) => {
            w.begin_array();
            for m in materials {
                w.element();
                render_material(w, m);
            }
            w.end_array();
        }
        Value::Limit(limit) => {
            w.begin_object();
            w.key("value");
            w.integer(limit.value);
            w.string_entry("unit", limit.unit.label());
            w.end_object();
        }
        Value::Integer(n) => w.integer(*n),
        Value::Bool(b) => w.bool(*b),
    }
}

/// A material as its serde derive writes it (the test compares them): optional fields only when
/// set.
fn render_material(w: &mut Pretty, m: &Material) {
    let Material {
        name,
        form,
        copies,
        required,
        source,
        notes,
        sample,
    } = m;
    w.begin_object();
    w.string_entry("name", name);
    if let Some(form) = form {
        w.string_entry("form", form);
    }
    if let Some(copies) = copies {
        w.key("copies");
        w.integer(*copies);
    }
    w.key("required");
    w.bool(*required);
    for (key, text) in [("source", source), ("notes", notes), ("sample", sample)] {
        if let Some(text) = text {
            w.string_entry(key, text);
        }
    }
    w.end_object();
}

fn render_source(w: &mut Pretty, cx: &ItemCx, item: &Item) {
    let key_of = |field: &Field| cx.schema.json_key(usize::from(field.element));
    w.begin_object();
    w.string_entry("file", cx.file);
    w.key("sheet");
    pretty::opt_string(w.buf, cx.sheet);
    w.key("row");
    w.integer(item.row);
    if item.last_row > item.row {
        w.key("last_row");
        w.integer(item.last_row);
    }
    // Element key → cell ("H17"), so findings on a re-read canonical JSON point at the original
    // cell.
    w.key("cells");
    w.begin_object();
    let mut name = String::new();
    // Most cells are on the item's first row: its number is written once.
    let mut digits = itoa::Buffer::new();
    let item_row = digits.format(item.row);
    for field in item.fields.iter().filter(|f| f.column != NO_COLUMN) {
        name.clear();
        if field.row == item.row {
            push_column_letter(&mut name, field.column);
            name.push_str(item_row);
        } else {
            push_cell_name(&mut name, field.column, field.row);
        }
        w.quoted_key(key_of(field));
        // Letters and digits: nothing to escape.
        w.buf.push(b'"');
        w.buf.extend_from_slice(name.as_bytes());
        w.buf.push(b'"');
    }
    for extra in &item.extra {
        name.clear();
        push_cell_name(&mut name, extra.column, extra.row);
        w.string_entry(&extra.header, &name);
    }
    w.end_object();
    // Element key → the cell text as typed, for values svcat normalised (２０个工作日 → 20个工作日),
    // so no reading is lost.
    if item.fields.iter().any(|f| f.raw.is_some()) {
        w.key("raw");
        w.begin_object();
        for field in &item.fields {
            if let Some(raw) = &field.raw {
                w.quoted_key(key_of(field));
                w.string(raw);
            }
        }
        w.end_object();
    }
    // The cells the workbook stored as numbers.
    if item.fields.iter().any(|f| f.numeric) {
        w.key("numeric");
        w.begin_array();
        for field in item.fields.iter().filter(|f| f.numeric) {
            w.element();
            let key = key_of(field);
            w.buf
                .extend_from_slice(key.strip_suffix(": ").unwrap_or(key).as_bytes());
        }
        w.end_array();
    }
    w.end_object();
}

/// The canonical JSON written while the inputs are read (`ItemMode::Stream`): items are encoded
/// on the worker threads that parse them and written in reading order, so `import` holds no
/// catalog in memory. The bytes are those `write_catalog_json` writes for the same catalog.
pub struct CatalogJsonStream<'w> {
    state: RefCell<StreamState<'w>>,
    /// Written batches' buffers, for the next batches to encode into: a fresh megabyte for every
    /// batch is a megabyte of fresh pages for the kernel to zero.
    spare: Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
}

/// Buffers kept for reuse: the batches in flight and a few more.
const SPARE_BUFFERS: usize = 8;

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
            spare: Arc::default(),
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
        let spare = Arc::clone(&self.spare);
        Arc::new(move |items: Vec<Item>| {
            let cx = ItemCx {
                schema: &schema,
                file: &file,
                sheet: sheet.as_deref(),
            };
            let mut buf = spare
                .lock()
                .ok()
                .and_then(|mut spare| spare.pop())
                .unwrap_or_default();
            buf.reserve(items.len() * 4096);
            for item in &items {
                encode_item(&mut buf, &cx, item);
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
        let mut bytes = *bytes;
        bytes.clear();
        if let Ok(mut spare) = self.spare.lock()
            && spare.len() < SPARE_BUFFERS
        {
            spare.push(bytes);
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

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use serde::Serialize;
    use serde::ser::{SerializeMap, Serializer};

    use super::*;
    use svcat_core::model::{Extra, TimeLimit, TimeUnit};
    use svcat_core::text::column_letter;
    use svcat_ingest::{IngestOptions, ItemMode, read_inputs};

    /// The item as serde_json's pretty printer writes it: what `encode_item` must equal.
    fn serde_item(cx: &ItemCx, item: &Item) -> Vec<u8> {
        let mut buf = b",\n    ".to_vec();
        let mut serializer = serde_json::Serializer::with_formatter(
            &mut buf,
            svcat_core::json_writer::formatter_at(2),
        );
        ItemDoc(cx, item).serialize(&mut serializer).unwrap();
        buf
    }

    fn hand_item(cx: &ItemCx, item: &Item) -> Vec<u8> {
        let mut buf = Vec::new();
        encode_item(&mut buf, cx, item);
        buf
    }

    fn assert_same(cx: &ItemCx, item: &Item) {
        let (hand, serde) = (hand_item(cx, item), serde_item(cx, item));
        assert_eq!(
            String::from_utf8(hand).unwrap(),
            String::from_utf8(serde).unwrap(),
            "{item:?}"
        );
    }

    #[test]
    fn items_render_as_serde_json_writes_them() {
        let schema = svcat_core::schema::load_schema("national").unwrap();
        let key = |k: &str| schema.element_index(k).unwrap() as u16;
        let field = |k: &str, value: Value, column: u32| Field {
            element: key(k),
            value,
            raw: None,
            numeric: false,
            row: 7,
            column,
        };
        let mut item = Item::new(0, 7);
        item.last_row = 9;
        item.fields = vec![
            Field {
                raw: Some("２０个工作日".into()),
                numeric: true,
                ..field(
                    "legal_limit",
                    Value::Limit(TimeLimit {
                        value: 20,
                        unit: TimeUnit::WorkingDays,
                    }),
                    3,
                )
            },
            field("name", Value::Text("名称\"引号\"\n换行\\".into()), 1),
            field("kind", Value::Enum("行政许可".into()), 27),
            field(
                "service_objects",
                Value::List(vec!["自然人".into(), "法人".into()]),
                4,
            ),
            field("visits", Value::Integer(-1), NO_COLUMN),
            field("fee_charged", Value::Bool(false), 702),
            field(
                "materials",
                Value::Materials(vec![
                    Material {
                        name: "身份证".into(),
                        required: true,
                        ..Material::default()
                    },
                    Material {
                        name: "户口簿\t".into(),
                        form: Some("原件及复印件".into()),
                        copies: Some(2),
                        required: false,
                        source: Some("申请人自备".into()),
                        notes: Some("注".into()),
                        sample: Some("样本".into()),
                    },
                ]),
                11,
            ),
            field("promised_limit", Value::Limit(TimeLimit::IMMEDIATE), 16_383),
        ];
        item.extra = vec![
            Extra {
                header: "备注".into(),
                text: "\u{1}控制".into(),
                row: 8,
                column: 30,
            },
            Extra {
                header: "无列".into(),
                text: String::new(),
                row: 7,
                column: NO_COLUMN,
            },
        ];
        for sheet in [Some("实施清单"), None] {
            let cx = ItemCx {
                schema: &schema,
                file: "民政办.xlsx",
                sheet,
            };
            assert_same(&cx, &item);
            let mut bare = Item::new(0, 3);
            assert_same(&cx, &bare);
            bare.fields.push(field("name", Value::List(Vec::new()), 0));
            bare.fields
                .push(field("materials", Value::Materials(Vec::new()), 1));
            assert_same(&cx, &bare);
        }
    }

    /// Every item of every shipped fixture and sample catalog.
    #[test]
    fn shipped_catalogs_render_as_serde_json_writes_them() {
        fn spreadsheets(dir: &Path, out: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    spreadsheets(&path, out);
                } else if path.extension().is_some_and(|e| {
                    ["xlsx", "xls", "ods", "csv", "tsv"].contains(&e.to_str().unwrap_or(""))
                }) {
                    out.push(path);
                }
            }
        }
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let mut files = Vec::new();
        spreadsheets(&root.join("tests/fixtures"), &mut files);
        spreadsheets(&root.join("catalogs"), &mut files);
        files.sort();
        let mut items = 0;
        for file in &files {
            let Ok(read) = read_inputs(
                std::slice::from_ref(file),
                &IngestOptions {
                    schema: None,
                    progress: None,
                    mode: ItemMode::Parse,
                    list_kind: None,
                    check_schema: None,
                },
            ) else {
                continue;
            };
            let catalog = &read.catalog;
            for item in &catalog.items {
                let sheet = catalog.sheet_of(item);
                let cx = ItemCx {
                    schema: &catalog.schema,
                    file: &sheet.file,
                    sheet: sheet.sheet.as_deref(),
                };
                assert_same(&cx, item);
                items += 1;
            }
        }
        assert!(items > 1000, "{items} items in {} files", files.len());
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
}
