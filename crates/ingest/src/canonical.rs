//! Canonical catalog JSON as an input: the values as recorded, each keeping its recorded source
//! cell, so findings on a re-read catalog still point at the department's spreadsheet.

use std::path::Path;

use serde_json::{Map, Value as Json};

use super::sheet::NO_COLUMN;
use super::{Ingested, parse::parse_value};
use svcat_core::error::Error;
use svcat_core::model::CATALOG_FORMAT;
use svcat_core::model::{Column, Extra, Field, Item, Material, SheetSource, TimeLimit, Value};
use svcat_core::schema::{ElementType, Schema};
use svcat_core::text::parse_cell;

/// The schema a canonical JSON names, without reading its items.
pub fn peek_schema(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let doc: Json = serde_json::from_str(&text).ok()?;
    doc.get("meta")?.get("schema")?.as_str().map(str::to_string)
}

/// What to do about a catalog JSON that cannot be read (not the spreadsheet advice of other
/// unreadable files).
const JSON_HELP: &str = "目录 JSON 由 svcat import 生成；手工修改过的，请检查括号、引号和逗号，或重新用 svcat import 生成";

fn json_error(display: &str, message: String) -> Error {
    Error::Unreadable {
        file: display.to_string(),
        sheet: None,
        cell: None,
        message,
        help: Some(JSON_HELP.into()),
    }
}

pub fn read_canonical(path: &Path, display: &str, ingested: &mut Ingested) -> Result<(), Error> {
    let text = std::fs::read(path).map_err(|e| Error::io(display, e))?;
    let doc: Json = serde_json::from_slice(&text).map_err(|e| {
        use serde_json::error::Category;
        // serde_json's own text is English; its category and place say enough.
        let what = match e.classify() {
            Category::Eof => "JSON 不完整：文件在中途结束",
            Category::Syntax => "JSON 格式有误（括号、引号或逗号不对）",
            Category::Data => "JSON 的内容与目录 JSON 的结构不符",
            Category::Io => "JSON 读取出错",
        };
        Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: Some(format!("第{}行第{}列", e.line(), e.column())),
            message: what.to_string(),
            help: Some(JSON_HELP.into()),
        }
    })?;
    let format = doc.get("svcat").and_then(Json::as_str);
    if format != Some(CATALOG_FORMAT) {
        return Err(Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: None,
            message: format!(
                "不是 svcat 目录 JSON（\"svcat\" 应为 \"{CATALOG_FORMAT}\"，实际为 {}）",
                format
                    .map(|f| format!("\"{f}\""))
                    .unwrap_or_else(|| "空".into())
            ),
            help: Some("用 svcat import … -o catalog.json 生成目录 JSON".into()),
        });
    }
    if let Some(meta) = doc.get("meta").and_then(Json::as_object) {
        let m = &mut ingested.catalog.meta;
        let text = |key: &str| meta.get(key).and_then(Json::as_str).map(str::to_string);
        m.region = m.region.take().or_else(|| text("region"));
        m.level = m.level.take().or_else(|| text("level"));
        m.version = m.version.take().or_else(|| text("version"));
        m.date = m.date.take().or_else(|| text("date"));
        m.upper = m.upper.take().or_else(|| text("upper"));
        m.max_visits = m.max_visits.or_else(|| {
            meta.get("max_visits")
                .and_then(Json::as_u64)
                .map(|v| v as u32)
        });
    }
    let items = doc
        .get("items")
        .and_then(Json::as_array)
        .ok_or_else(|| json_error(display, "目录 JSON 缺少 items 数组".into()))?;
    let schema = ingested.catalog.schema.clone();
    for (n, item) in items.iter().enumerate() {
        let object = item
            .as_object()
            .ok_or_else(|| json_error(display, format!("items 的第{}项不是对象", n + 1)))?;
        let item = read_item(&schema, object, display, ingested);
        ingested.catalog.items.push(item);
        ingested.items_read += 1;
    }
    Ok(())
}

fn read_item(
    schema: &Schema,
    object: &Map<String, Json>,
    display: &str,
    ingested: &mut Ingested,
) -> Item {
    let source = object.get("source").and_then(Json::as_object);
    let file = source
        .and_then(|s| s.get("file"))
        .and_then(Json::as_str)
        .unwrap_or(display)
        .to_string();
    let sheet_name = source
        .and_then(|s| s.get("sheet"))
        .and_then(Json::as_str)
        .map(str::to_string);
    let row = source
        .and_then(|s| s.get("row"))
        .and_then(Json::as_u64)
        .unwrap_or(0) as u32;
    let cells = source
        .and_then(|s| s.get("cells"))
        .and_then(Json::as_object);
    let raws = source.and_then(|s| s.get("raw")).and_then(Json::as_object);
    let numeric: Vec<&str> = source
        .and_then(|s| s.get("numeric"))
        .and_then(Json::as_array)
        .map(|a| a.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default();

    let sheets = &mut ingested.catalog.sheets;
    let sheet_index = match sheets
        .iter()
        .position(|s| s.file == file && s.sheet == sheet_name)
    {
        Some(i) => i,
        None => {
            sheets.push(SheetSource {
                file: file.clone(),
                sheet: sheet_name.clone(),
                columns: Vec::new(),
            });
            sheets.len() - 1
        }
    };
    let mut item = Item::new(sheet_index as u32, row);
    item.last_row = source
        .and_then(|s| s.get("last_row"))
        .and_then(Json::as_u64)
        .map_or(row, |r| r as u32);

    let position = |key: &str| -> (u32, u32) {
        cells
            .and_then(|c| c.get(key))
            .and_then(Json::as_str)
            .and_then(parse_cell)
            .map_or((row, NO_COLUMN), |(col, r)| (r, col))
    };
    let mut columns: Vec<Column> = Vec::new();
    for (key, json) in object {
        if key == "source" || key == "extra" {
            continue;
        }
        let (r, col) = position(key);
        let Some(e) = schema.element_index(key) else {
            item.extra.push(Extra {
                header: key.clone(),
                text: json_text(json),
                row: r,
                column: col,
            });
            continue;
        };
        let element = &schema.elements[e];
        let value = json_value(schema, e, json);
        let raw = raws
            .and_then(|m| m.get(key))
            .and_then(Json::as_str)
            .map(Into::into);
        if col != NO_COLUMN {
            note_column(&mut columns, col, &element.label, Some(e as u16));
        }
        item.set(Field {
            element: e as u16,
            value,
            raw,
            numeric: numeric.contains(&key.as_str()),
            row: r,
            column: col,
        });
    }
    if let Some(extra) = object.get("extra").and_then(Json::as_object) {
        for (header, json) in extra {
            let (r, col) = position(header);
            if col != NO_COLUMN {
                note_column(&mut columns, col, header, None);
            }
            item.extra.push(Extra {
                header: header.clone(),
                text: json_text(json),
                row: r,
                column: col,
            });
        }
    }
    let sheet = &mut ingested.catalog.sheets[sheet_index];
    for c in columns {
        if !sheet.columns.iter().any(|x| x.index == c.index) {
            sheet.columns.push(c);
        }
    }
    sheet.columns.sort_by_key(|c| c.index);
    item
}

fn note_column(columns: &mut Vec<Column>, index: u32, header: &str, element: Option<u16>) {
    if !columns.iter().any(|c| c.index == index) {
        columns.push(Column {
            index,
            header: header.to_string(),
            elements: element.into_iter().collect(),
        });
    }
}

fn json_text(json: &Json) -> String {
    match json {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A recorded value back into its typed form; values the schema would not accept stay text.
fn json_value(schema: &Schema, e: usize, json: &Json) -> Value {
    let element = &schema.elements[e];
    match (element.ty, json) {
        (ElementType::Materials, Json::Array(list)) => Value::Materials(
            list.iter()
                .map(|m| match m {
                    Json::String(name) => Material {
                        name: name.clone(),
                        required: true,
                        ..Material::default()
                    },
                    other => serde_json::from_value(other.clone()).unwrap_or_else(|_| Material {
                        name: other.to_string(),
                        required: true,
                        ..Material::default()
                    }),
                })
                .collect(),
        ),
        (ElementType::TimeLimit, Json::Object(_)) => {
            serde_json::from_value::<TimeLimit>(json.clone())
                .map(Value::Limit)
                .unwrap_or_else(|_| Value::Text(json.to_string()))
        }
        (_, Json::Array(list)) if element.ty.is_enum() => {
            let values: Vec<String> = list.iter().map(json_text).collect();
            let joined = values.join(";");
            match parse_value(schema, element, &joined, None) {
                Value::List(l) => Value::List(l),
                Value::Enum(v) => Value::List(vec![v]),
                _ => Value::List(values),
            }
        }
        (ElementType::Integer, Json::Number(n)) => n
            .as_i64()
            .map(Value::Integer)
            .unwrap_or_else(|| Value::Text(n.to_string())),
        (ElementType::Bool, Json::Bool(b)) => Value::Bool(*b),
        (_, Json::String(s)) => parse_value(schema, element, s, None),
        (_, other) => Value::Text(json_text(other)),
    }
}
