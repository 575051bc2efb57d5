//! Pending items parsed into items ([`ItemBuilder`]): each cell's value into its element's field,
//! continuation rows added to the field above, columns no element claims kept as extra, the
//! department a sheet or file name gives; and the hash a diff compares unparsed items by.

use std::sync::Arc;

use super::cell::{CellText, NO_COLUMN, RawCell};
use super::header::{ColumnPlan, Target, names_item};
use super::pending::{PendingCell, PendingItem};
use crate::parse::parse_value;
use svcat_core::model::{Extra, Field, Item, Value};
use svcat_core::schema::{ElementType, Schema};
use svcat_core::text::trim;

/// Turns pending items into items: everything parsing needs, shareable with worker threads.
pub struct ItemBuilder {
    schema: Arc<Schema>,
    columns: Arc<[ColumnPlan]>,
    fallback_department: Option<String>,
    sheet_index: u32,
    /// Per column: whether it feeds an element that identifies an item (code, name, department).
    identity: Vec<bool>,
    /// Per column: whether it feeds the department (else the fallback department applies).
    department: Vec<bool>,
    /// Per column: a hash of what the column feeds, so fingerprints of two revisions agree when
    /// their columns are in a different order.
    signatures: Vec<u64>,
}

impl ItemBuilder {
    pub(super) fn new(
        schema: Arc<Schema>,
        columns: Arc<[ColumnPlan]>,
        fallback_department: Option<String>,
        sheet_index: u32,
    ) -> ItemBuilder {
        let identity = columns
            .iter()
            .map(|c| c.feeds(&schema, |e| names_item(e) || e.key == "department"))
            .collect();
        let department = columns
            .iter()
            .map(|c| c.feeds(&schema, |e| e.key == "department"))
            .collect();
        let signatures = columns
            .iter()
            .map(|c| {
                let mut h = xxhash_rust::xxh3::Xxh3::new();
                match &c.target {
                    Target::Elements { elements, unit } => {
                        h.update(b"E");
                        for &e in elements {
                            h.update(schema.elements[e].key.as_bytes());
                            h.update(b"\0");
                        }
                        h.update(unit.as_deref().unwrap_or("").as_bytes());
                    }
                    Target::Extra => {
                        h.update(b"X");
                        h.update(c.header.as_bytes());
                    }
                    Target::Index => h.update(b"I"),
                }
                h.digest()
            })
            .collect();
        ItemBuilder {
            schema,
            columns,
            fallback_department,
            sheet_index,
            identity,
            department,
            signatures,
        }
    }

    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Parses a pending item's cells into an item.
    pub fn build(&self, pending: PendingItem) -> Item {
        let mut item = Item::new(self.sheet_index, pending.row);
        item.last_row = pending.last_row;
        // A field a cell, but for extra columns and the department taken from the sheet's name.
        item.fields.reserve(pending.cells.len() + 1);
        for cell in pending.cells {
            let plan = &self.columns[cell.plan as usize];
            put(
                &self.schema,
                &mut item,
                plan,
                cell.raw,
                cell.row,
                cell.continuation,
            );
        }
        if let Some(department) = &self.fallback_department
            && let Some(e) = self.schema.element_index("department")
            && item.field(e).is_none()
        {
            item.set(Field {
                element: e as u16,
                value: Value::Text(department.clone()),
                raw: None,
                numeric: false,
                row: item.row,
                column: NO_COLUMN,
            });
        }
        derive_code(&self.schema, &mut item);
        item
    }

    /// The item with only its identifying values (code, name, department) parsed.
    pub fn build_identity(&self, pending: &PendingItem) -> Item {
        let cells = pending
            .cells
            .iter()
            .filter(|c| self.identity[c.plan as usize])
            .map(|c| PendingCell {
                plan: c.plan,
                raw: c.raw.clone(),
                row: c.row,
                continuation: c.continuation,
            })
            .collect();
        self.build(PendingItem {
            row: pending.row,
            last_row: pending.last_row,
            cells,
        })
    }

    /// A hash of everything that decides the item's values: two items with the same fingerprint
    /// parse to the same values (the cells' positions aside), so a diff need not parse them.
    pub fn fingerprint(&self, pending: &PendingItem) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for cell in &pending.cells {
            let text = trim(&cell.raw.text);
            h.update(&self.signatures[cell.plan as usize].to_le_bytes());
            h.update(&(text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
            h.update(&[u8::from(cell.continuation)]);
        }
        let own_department = pending
            .cells
            .iter()
            .any(|c| self.department[c.plan as usize]);
        if let Some(department) = self
            .fallback_department
            .as_ref()
            .filter(|_| !own_department)
        {
            h.update(b"D");
            h.update(department.as_bytes());
        }
        h.digest()
    }
}

/// Parses a cell into the item. On a continuation row, materials and text add to what is there.
fn put(
    schema: &Schema,
    item: &mut Item,
    plan: &ColumnPlan,
    raw: RawCell,
    row: u32,
    continuation: bool,
) {
    let RawCell {
        text: mut cell_text,
        numeric,
        ..
    } = raw;
    let (elements, unit) = match &plan.target {
        Target::Index => return,
        Target::Extra => {
            add_extra(
                item,
                &plan.header,
                trim(&cell_text),
                row,
                plan.index,
                continuation,
            );
            return;
        }
        Target::Elements { elements, unit } => (elements, unit.as_deref()),
    };
    let trimmed = trim(&cell_text);
    let start = trimmed.as_ptr() as usize - cell_text.as_ptr() as usize;
    let end = start + trimmed.len();
    // The cell's own string becomes the value (or the typed text kept beside it) of the last
    // element it feeds when it needs no trimming, so most cells are not copied at all.
    let untrimmed = start == 0 && end == cell_text.len();
    for (n, &e) in elements.iter().enumerate() {
        // Where the field is, or would go: one search for the check here and the insert below.
        let slot = item.fields.binary_search_by_key(&(e as u16), |f| f.element);
        let present = slot.is_ok();
        if present && !continuation {
            // The first of two columns for one element wins.
            continue;
        }
        let movable = n + 1 == elements.len() && untrimmed && !present;
        let element = &schema.elements[e];
        let (value, typed) = if element.ty.is_plain_text() {
            let value = Value::Text(take_text(&mut cell_text, start..end, movable));
            (value, None)
        } else {
            let text = &cell_text[start..end];
            let value = parse_value(schema, element, text, unit);
            // Keep the typed text only where the value does not render back to it.
            let same = match &value {
                Value::Materials(_) => false,
                other => other.renders_as(text),
            };
            let typed =
                (!same).then(|| take_text(&mut cell_text, start..end, movable).into_boxed_str());
            (value, typed)
        };
        let field = Field {
            element: e as u16,
            raw: typed,
            value,
            // Only codes and phone numbers lose something (leading zeros) when typed as numbers.
            numeric: numeric
                && matches!(
                    element.ty,
                    ElementType::Code | ElementType::Uscc | ElementType::Phone
                ),
            row,
            column: plan.index,
        };
        match slot {
            Err(at) => item.fields.insert(at, field),
            Ok(at) => {
                if !merge_into(&mut item.fields[at], field) {
                    let text = &cell_text[start..end];
                    add_extra(item, &plan.header, text, row, plan.index, true);
                }
            }
        }
    }
}

/// The trimmed text of a cell: the cell's own string when it may be taken, else a copy.
fn take_text(cell_text: &mut CellText, trimmed: std::ops::Range<usize>, movable: bool) -> String {
    match cell_text {
        CellText::Owned(text) if movable => std::mem::take(text),
        _ => cell_text[trimmed].to_string(),
    }
}

fn add_extra(item: &mut Item, header: &str, text: &str, row: u32, column: u32, continuation: bool) {
    if continuation && let Some(existing) = item.extra.iter_mut().find(|x| x.column == column) {
        existing.text.push('\n');
        existing.text.push_str(text);
        return;
    }
    let mut key = header.to_string();
    let mut n = 2;
    while item.extra.iter().any(|x| x.header == key) {
        key = format!("{header}（{n}）");
        n += 1;
    }
    item.extra.push(Extra {
        header: key,
        text: text.to_string(),
        row,
        column,
    });
}

/// Adds a continuation row's value to the field above. Returns false when the two cannot be
/// combined (two different time limits), so the caller keeps the new one elsewhere.
fn merge_into(existing: &mut Field, more: Field) -> bool {
    let more_raw = more.source_text().into_owned();
    match (&mut existing.value, more.value) {
        (Value::Materials(list), Value::Materials(extra)) => {
            list.extend(extra);
            if let Some(raw) = existing.raw.take() {
                existing.raw = Some(format!("{raw}\n{more_raw}").into());
            }
            true
        }
        (Value::Text(text), Value::Text(extra)) => {
            text.push('\n');
            text.push_str(&extra);
            true
        }
        (Value::List(list), Value::List(extra)) => {
            for v in extra {
                if !list.contains(&v) {
                    list.push(v);
                }
            }
            true
        }
        (current, new) => *current == new,
    }
}

/// The item's `code`: the sheet's own code column, else 实施编码, else 基本编码.
fn derive_code(schema: &Schema, item: &mut Item) {
    let Some(code) = schema.element_index("code") else {
        return;
    };
    if item.field(code).is_some() {
        return;
    }
    for key in ["implementation_code", "basic_code"] {
        if let Some(e) = schema.element_index(key)
            && let Some(field) = item.field(e)
        {
            let mut copy = field.clone();
            copy.element = code as u16;
            item.set(copy);
            return;
        }
    }
}
