//! The catalog model: a catalog's meta, its items, and each value's typed form and source cell.
//!
//! Items are kept compact (a catalog may hold a million of them): a value records its element by
//! index into the schema and its cell by row and column; the file, sheet and header live once in
//! the catalog's sheet table. [`Catalog::cell_ref`] puts the pieces back together.

mod settings;
pub use settings::{CatalogSettings, Setting, SettingFrom};

use std::sync::Arc;

pub use crate::value::{Material, TimeLimit, TimeUnit, Value};

use crate::schema::{ListKind, Schema};
use crate::text::column_letter;

/// The `"svcat"` field of the canonical catalog JSON (the catalog contract).
pub const CATALOG_FORMAT: &str = "catalog/1";

/// Where a value came from, as a user would look for it: `民政办.xlsx!H17`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellRef {
    pub file: String,
    /// None for CSV files.
    pub sheet: Option<String>,
    /// The spreadsheet's own row number (1-based, as Excel shows it).
    pub row: u32,
    /// Zero-based column index.
    pub column: u32,
    pub header: String,
}

impl CellRef {
    pub fn column_letter(&self) -> String {
        column_letter(self.column)
    }

    /// "H17"
    pub fn cell(&self) -> String {
        crate::text::cell_name(self.column, self.row)
    }
}

impl std::fmt::Display for CellRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.sheet {
            Some(sheet) => write!(f, "{}!{}!{}", self.file, sheet, self.cell()),
            None => write!(f, "{}!{}", self.file, self.cell()),
        }
    }
}

/// A column of a source sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Zero-based column index.
    pub index: u32,
    /// The header as the sheet shows it (two-row headers joined with "/").
    pub header: String,
    /// The elements the column feeds (empty for unknown columns and 序号).
    pub elements: Vec<u16>,
}

/// One sheet (or CSV file) that items were read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetSource {
    pub file: String,
    pub sheet: Option<String>,
    pub columns: Vec<Column>,
}

impl SheetSource {
    /// The kind of list this sheet is read as: the catalog's when it names one, else the one its
    /// columns show.
    pub fn list_kind<'s>(&self, schema: &'s Schema, forced: Option<&str>) -> Option<&'s ListKind> {
        if let Some(kind) = forced.and_then(|name| schema.list_kind(name)) {
            return Some(kind);
        }
        schema.list_kind_of(self.columns.iter().map(|c| c.elements.as_slice()))
    }

    pub fn header_of(&self, column: u32) -> Option<&str> {
        self.columns
            .iter()
            .find(|c| c.index == column)
            .map(|c| c.header.as_str())
    }
}

/// One element's value in an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Index of the element in the catalog's schema.
    pub element: u16,
    pub value: Value,
    /// The cell text as typed, kept only when it differs from how `value` renders, so checks can
    /// see full-width digits, lost leading zeros or the placeholder behind a parse failure.
    pub raw: Option<Box<str>>,
    /// True when the cell was stored as a number (a code typed as a number loses leading zeros).
    pub numeric: bool,
    pub row: u32,
    pub column: u32,
}

impl Field {
    /// The cell text as typed, without rendering: the raw text, or the value when it is text.
    /// None for a typed value that rendered back to its cell (so holds nothing odd to check).
    pub fn typed_text(&self) -> Option<&str> {
        match (&self.raw, &self.value) {
            (Some(raw), _) => Some(raw),
            (None, Value::Text(t) | Value::Enum(t)) => Some(t),
            _ => None,
        }
    }

    /// The cell text as the department typed it.
    pub fn source_text(&self) -> std::borrow::Cow<'_, str> {
        match &self.raw {
            Some(raw) => std::borrow::Cow::Borrowed(raw),
            None => std::borrow::Cow::Owned(self.value.render()),
        }
    }
}

/// A column the schema does not know, carried through under its original header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    pub header: String,
    pub text: String,
    pub row: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Values in schema order, at most one per element.
    pub fields: Vec<Field>,
    pub extra: Vec<Extra>,
    /// Index into [`Catalog::sheets`].
    pub sheet: u32,
    /// The row the item starts on (1-based, as the spreadsheet shows it).
    pub row: u32,
    /// The last row the item covers (continuation rows add materials below the first row).
    pub last_row: u32,
}

impl Item {
    pub fn new(sheet: u32, row: u32) -> Item {
        Item {
            fields: Vec::new(),
            extra: Vec::new(),
            sheet,
            row,
            last_row: row,
        }
    }

    pub fn field(&self, element: usize) -> Option<&Field> {
        self.fields
            .iter()
            .find(|f| usize::from(f.element) == element)
    }

    pub fn field_mut(&mut self, element: usize) -> Option<&mut Field> {
        self.fields
            .iter_mut()
            .find(|f| usize::from(f.element) == element)
    }

    /// Sets a value, keeping fields in schema order.
    pub fn set(&mut self, field: Field) {
        match self
            .fields
            .binary_search_by_key(&field.element, |f| f.element)
        {
            Ok(i) => self.fields[i] = field,
            Err(i) => self.fields.insert(i, field),
        }
    }

    pub fn remove(&mut self, element: usize) -> Option<Field> {
        let i = self
            .fields
            .iter()
            .position(|f| usize::from(f.element) == element)?;
        Some(self.fields.remove(i))
    }
}

/// What `catalog.toml` says about a catalog, and what the canonical JSON's `meta` holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogMeta {
    pub region: Option<String>,
    /// 行使层级 of the catalog, normalised to the schema's value (镇级 → 镇（乡、街道）级).
    pub level: Option<String>,
    pub version: Option<String>,
    pub date: Option<String>,
    pub schema: String,
    /// Path of the upper-level catalog (relative to the catalog directory).
    pub upper: Option<String>,
    /// The most visits the catalog promises (最多跑一次 = 1).
    pub max_visits: Option<u32>,
    /// The kind of list every sheet is (`--kind`, `kind` in catalog.toml); else each sheet's is
    /// recognised from its columns.
    pub list_kind: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub meta: CatalogMeta,
    pub schema: Arc<Schema>,
    pub sheets: Vec<SheetSource>,
    pub items: Vec<Item>,
}

impl Catalog {
    pub fn new(meta: CatalogMeta, schema: Arc<Schema>) -> Catalog {
        Catalog {
            meta,
            schema,
            sheets: Vec::new(),
            items: Vec::new(),
        }
    }

    pub fn sheet_of(&self, item: &Item) -> &SheetSource {
        &self.sheets[item.sheet as usize]
    }

    /// The cell a field came from.
    pub fn cell_ref(&self, item: &Item, field: &Field) -> CellRef {
        let sheet = self.sheet_of(item);
        let header = sheet
            .header_of(field.column)
            .map(str::to_string)
            .unwrap_or_else(|| {
                self.schema.elements[usize::from(field.element)]
                    .label
                    .clone()
            });
        CellRef {
            file: sheet.file.clone(),
            sheet: sheet.sheet.clone(),
            row: field.row,
            column: field.column,
            header,
        }
    }

    /// The field of an element by key, if the item has it.
    pub fn get<'a>(&self, item: &'a Item, key: &str) -> Option<&'a Field> {
        item.field(self.schema.element_index(key)?)
    }

    /// Whether "none" (无, or nothing) is the true answer to the element for this item, by the
    /// schema's `none_allowed`: its type and name allow it, and where a rule asks for it, the
    /// item's other elements of the rule say none too. M001, M002 and the guides ask this.
    pub fn none_is_answer(&self, item: &Item, key: &str) -> bool {
        let kind = match self.value(item, "kind") {
            Some(Value::Enum(k) | Value::Text(k)) => Some(k.as_str()),
            _ => None,
        };
        let name = self.value(item, "name").and_then(Value::as_text);
        let says_none = |other: &str| {
            self.get(item, other)
                .is_none_or(|f| f.typed_text().is_some_and(crate::text::says_none))
        };
        self.schema.none_is_answer(key, kind, name, &says_none)
    }

    /// Per sheet: which elements the kind of list it is read as carries (None: all of them). A
    /// 目录 carries no materials or process; what its sheets do not carry no item of them must have.
    pub fn list_masks(&self) -> Vec<Option<Vec<bool>>> {
        let forced = self.meta.list_kind.as_deref();
        self.sheets
            .iter()
            .map(|sheet| {
                sheet
                    .list_kind(&self.schema, forced)
                    .and_then(|kind| self.schema.list_mask(kind))
            })
            .collect()
    }

    /// The elements the item must have: its type requires them and its sheet's kind of list
    /// carries them (`masks`: [`Catalog::list_masks`]). One definition for M001, for the guides'
    /// 此项信息待补充 and for 要素完整度 in `stats` and the exported 汇总. The item's type and mask
    /// are looked up once, not per element.
    pub fn required_elements<'c>(
        &'c self,
        item: &Item,
        masks: &'c [Option<Vec<bool>>],
    ) -> impl Iterator<Item = usize> + 'c {
        let kind = match self.value(item, "kind") {
            Some(Value::Enum(k) | Value::Text(k)) => Some(k.as_str()),
            _ => None,
        };
        let by_kind = self.schema.required_mask(kind);
        let computed: Vec<bool> = match by_kind {
            Some(_) => Vec::new(),
            None => (self.schema.elements.iter())
                .map(|element| self.schema.is_required(element, kind))
                .collect(),
        };
        let carried = match masks.get(item.sheet as usize) {
            Some(Some(mask)) => Some(mask.as_slice()),
            _ => None,
        };
        (0..self.schema.elements.len()).filter(move |&e| {
            let required = match by_kind {
                Some(mask) => mask[e],
                None => computed[e],
            };
            required && carried.is_none_or(|mask| mask.get(e).copied().unwrap_or(true))
        })
    }

    /// Whether the item must have element `e` ([`Catalog::required_elements`]).
    pub fn requires(&self, item: &Item, e: usize, masks: &[Option<Vec<bool>>]) -> bool {
        self.required_elements(item, masks).any(|r| r == e)
    }

    /// Whether the item answers element `e`: it holds something other than a placeholder (无,
    /// 见附件), or "none" is the true answer for it ([`Catalog::none_is_answer`]).
    pub fn answers(&self, item: &Item, e: usize) -> bool {
        item.field(e)
            .is_some_and(|f| !self.schema.is_placeholder(&f.source_text()))
            || self.none_is_answer(item, &self.schema.elements[e].key)
    }

    /// The value of an element by key, if the item has it.
    pub fn value<'a>(&self, item: &'a Item, key: &str) -> Option<&'a Value> {
        self.get(item, key).map(|f| &f.value)
    }

    /// The rendered text of an element by key ("" when absent).
    pub fn text(&self, item: &Item, key: &str) -> String {
        self.value(item, key).map(Value::render).unwrap_or_default()
    }
}
