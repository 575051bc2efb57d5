//! The standard row layout every catalog export shares (the workbook's department sheets and the
//! csv): 序号, 事项名称, then the schema's other elements in standard order under their Chinese
//! labels, then the unknown columns under their original headers. Items go in department order,
//! then code order.
//!
//! 事项名称 comes right after 序号, as the national element list puts it first: a printed sheet
//! repeats these two columns on every page (a catalog is several pages wide), and a column range
//! is all a print title can repeat.
//!
//! Cell text is written so that `svcat import` reads it back to the same values: materials as
//! numbered lines that the materials parser splits again, limits the standard way ("20个工作日").

use std::borrow::Cow;

use svcat_core::department::Departments;

use svcat_core::model::{Catalog, Item, Material, Value};

/// The running-number column every export starts with; ingest recognises it and never maps it.
pub const INDEX_HEADER: &str = "序号";

/// Where a column's cells come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnSource {
    /// 序号, the item's position in its sheet (1-based).
    Index,
    /// An element, by index into the schema.
    Element(usize),
    /// An unknown column carried in `extra`, by its original header.
    Extra(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableColumn {
    pub header: String,
    pub source: ColumnSource,
}

/// The columns of one exported table.
#[derive(Debug, Clone)]
pub struct Layout {
    pub columns: Vec<TableColumn>,
    /// Column of each element, by the element's index in the schema.
    element_column: Vec<usize>,
    /// Whether the columns are not in the elements' order (a row's cells then need sorting).
    reordered: bool,
}

impl Layout {
    /// 序号, every element of the schema, then the extra headers the items carry (in the order
    /// they first appear), so each table keeps all of its items' data and nothing more.
    pub fn new<'a>(catalog: &Catalog, items: impl IntoIterator<Item = &'a Item>) -> Layout {
        let mut columns = vec![TableColumn {
            header: INDEX_HEADER.to_string(),
            source: ColumnSource::Index,
        }];
        let elements = &catalog.schema.elements;
        let name = catalog.schema.element_index("name");
        let order = name
            .into_iter()
            .chain((0..elements.len()).filter(|&i| Some(i) != name));
        let mut element_column = vec![0; elements.len()];
        for i in order {
            element_column[i] = columns.len();
            columns.push(TableColumn {
                header: elements[i].label.clone(),
                source: ColumnSource::Element(i),
            });
        }
        let reordered = name.is_some_and(|n| n > 0);
        let mut extras: Vec<&str> = Vec::new();
        for item in items {
            for extra in &item.extra {
                if !extras.contains(&extra.header.as_str()) {
                    extras.push(&extra.header);
                }
            }
        }
        columns.extend(extras.into_iter().map(|header| TableColumn {
            header: header.to_string(),
            source: ColumnSource::Extra(header.to_string()),
        }));
        Layout {
            columns,
            element_column,
            reordered,
        }
    }

    /// The non-empty element and extra cells of an item's row as (column, text), in column order,
    /// into `cells` (cleared first, so one buffer serves every row). 序号 is the caller's: it is
    /// the row's number, not the item's. Walks the item's fields once rather than looking each
    /// column up.
    pub fn cells_into<'i>(&self, item: &'i Item, cells: &mut Vec<(usize, Cow<'i, str>)>) {
        cells.clear();
        for field in &item.fields {
            let text = element_text(&field.value);
            if !text.is_empty() {
                cells.push((self.element_column[usize::from(field.element)], text));
            }
        }
        if self.reordered {
            // Fields are in element order; one column moved to the front. Stable and nearly
            // sorted: a cheap pass.
            cells.sort_by_key(|(column, _)| *column);
        }
        let extra_start = self.extra_start();
        for extra in &item.extra {
            if extra.text.is_empty() {
                continue;
            }
            if let Some(i) = self.columns[extra_start..]
                .iter()
                .position(|c| c.header == extra.header)
            {
                cells.push((extra_start + i, Cow::Borrowed(extra.text.as_str())));
            }
        }
    }

    /// Every cell of an item's row, empty strings included (for csv).
    pub fn row<'i>(&self, item: &'i Item, number: usize) -> Vec<Cow<'i, str>> {
        let mut row = vec![Cow::Borrowed(""); self.columns.len()];
        row[0] = Cow::Owned(number.to_string());
        let mut cells = Vec::new();
        self.cells_into(item, &mut cells);
        for (column, text) in cells {
            row[column] = text;
        }
        row
    }

    /// The first extra column (the one after the last element).
    pub fn extra_start(&self) -> usize {
        self.columns
            .iter()
            .position(|c| matches!(c.source, ColumnSource::Extra(_)))
            .unwrap_or(self.columns.len())
    }
}

/// A value as an exported cell shows it. Lists are joined with "；" (ingest splits on it);
/// materials are numbered lines, one material a line.
pub fn element_text(value: &Value) -> Cow<'_, str> {
    match value {
        Value::Text(t) | Value::Enum(t) => Cow::Borrowed(t),
        Value::List(values) => Cow::Owned(values.join("；")),
        Value::Materials(materials) => Cow::Owned(materials_text(materials)),
        other => Cow::Owned(other.render()),
    }
}

/// "1.身份证（原件及复印件，1份）\n2.结婚证（复印件）（非必要）"
pub fn materials_text(materials: &[Material]) -> String {
    materials
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{}.{}", i + 1, material_text(m)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One material the way the materials parser reads it back: the form and copies in one bracket
/// after the name, and "（非必要）" in a bracket of its own (the parser looks for it there).
pub fn material_text(material: &Material) -> String {
    let mut text = material.name.clone();
    let mut details = Vec::new();
    if let Some(form) = &material.form {
        details.push(form.clone());
    }
    if let Some(copies) = material.copies {
        details.push(format!("{copies}份"));
    }
    if !details.is_empty() {
        text.push('（');
        text.push_str(&details.join("，"));
        text.push('）');
    }
    if !material.required {
        text.push_str("（非必要）");
    }
    if let Some(notes) = &material.notes {
        text.push('（');
        text.push_str(notes);
        text.push('）');
    }
    text
}

/// The department an item belongs to, as its sheet and the lists group it ("" when none).
pub fn department_of<'a>(catalog: &Catalog, item: &'a Item) -> Cow<'a, str> {
    match catalog.value(item, "department") {
        Some(value) => element_text(value),
        None => Cow::Borrowed(""),
    }
}

/// The department an item's sheet and 汇总 row are for: its spelling X004 takes as standard, so
/// 青石镇民政办公室 goes with 青石镇民政办 ("" when none).
fn standard_department<'a>(
    departments: &Departments,
    catalog: &Catalog,
    item: &'a Item,
) -> Cow<'a, str> {
    let written = department_of(catalog, item);
    let standard = departments.standard(&written);
    if standard == written {
        written
    } else {
        Cow::Owned(standard.to_string())
    }
}

fn code_of<'a>(catalog: &Catalog, item: &'a Item) -> Cow<'a, str> {
    match catalog.value(item, "code") {
        Some(value) => element_text(value),
        None => Cow::Borrowed(""),
    }
}

/// Items sorted by department, then code (items without a department last); items equal on both
/// keep the catalog's order.
pub fn sorted_items(catalog: &Catalog) -> Vec<&Item> {
    let departments = Departments::of(catalog);
    let mut keyed: Vec<(bool, Cow<str>, Cow<str>, &Item)> = catalog
        .items
        .iter()
        .map(|item| {
            let department = standard_department(&departments, catalog, item);
            (
                department.is_empty(),
                department,
                code_of(catalog, item),
                item,
            )
        })
        .collect();
    keyed.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));
    keyed.into_iter().map(|(_, _, _, item)| item).collect()
}

/// Items grouped by department, in the order of [`sorted_items`].
pub fn by_department(catalog: &Catalog) -> Vec<(String, Vec<&Item>)> {
    let departments = Departments::of(catalog);
    let mut groups: Vec<(String, Vec<&Item>)> = Vec::new();
    for item in sorted_items(catalog) {
        let department = standard_department(&departments, catalog, item);
        match groups.last_mut() {
            Some((last, items)) if *last == department => items.push(item),
            _ => groups.push((department.into_owned(), vec![item])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use svcat_ingest::parse::parse_materials;

    #[test]
    fn materials_read_back_the_same() {
        let materials = vec![
            Material {
                name: "身份证".into(),
                form: Some("原件及复印件".into()),
                copies: Some(1),
                required: true,
                ..Material::default()
            },
            Material {
                name: "结婚证".into(),
                form: Some("复印件".into()),
                required: false,
                ..Material::default()
            },
            Material {
                name: "残疾人证（第二代）".into(),
                form: Some("原件".into()),
                copies: Some(2),
                required: true,
                ..Material::default()
            },
            Material {
                name: "2寸照片".into(),
                copies: Some(3),
                required: true,
                ..Material::default()
            },
            Material {
                name: "申请书".into(),
                required: true,
                ..Material::default()
            },
        ];
        let text = materials_text(&materials);
        assert_eq!(text.lines().next(), Some("1.身份证（原件及复印件，1份）"));
        assert_eq!(parse_materials(&text), materials);
    }

    /// What the standard catalog writes reads back the same.
    #[test]
    fn written_materials_read_back_the_same() {
        use svcat_ingest::parse::parse_material;
        for text in [
            "1.房屋权属证明材料复印件1份（村（社区）出具并加盖公章）",
            "结婚证复印件（如有）（离婚的提供离婚证）",
            "申请表（一式两份）(需村委会盖章)",
        ] {
            let m = parse_material(text);
            let written = material_text(&m);
            assert_eq!(parse_material(&written), m, "{text} -> {written}");
        }
    }
}
