//! The code cells of an item (基本编码, 实施编码, the derived code, the implementing body's code)
//! and what their shape says: shared by the F rules that check codes.

use svcat_core::model::{Field, Item};

use crate::Cx;

/// The code-like fields of an item, each cell once (the derived `code` shares its source's cell).
pub(super) fn code_fields<'i>(cx: &Cx, item: &'i Item) -> Vec<&'i Field> {
    let mut fields: Vec<&Field> = Vec::with_capacity(3);
    for key in [cx.k.implementation_code, cx.k.basic_code, cx.k.code] {
        if let Some(f) = cx.field(item, key)
            && !fields
                .iter()
                .any(|seen| (seen.row, seen.column) == (f.row, f.column))
        {
            fields.push(f);
        }
    }
    fields
}

/// The `code` svcat filled in from the 实施编码 or 基本编码 column: the same cell, reported once.
pub(super) fn is_derived_code(cx: &Cx, item: &Item, field: &Field) -> bool {
    Some(usize::from(field.element)) == cx.k.code
        && [cx.k.implementation_code, cx.k.basic_code]
            .into_iter()
            .filter_map(|k| cx.field(item, k))
            .any(|f| (f.row, f.column) == (field.row, field.column))
}

pub(super) fn is_lowercase_or_short(cx: &Cx, field: &Field) -> bool {
    let text = field.source_text();
    text.chars().any(|c| c.is_ascii_lowercase()) || lost_zero_candidate(cx, field)
}

/// What is wrong with the 事项类型 segment of a 基本编码 for the item, read by the table of the
/// code's region: None when the item's type or the segment is unknown, or they agree.
pub(super) fn kind_mismatch(cx: &Cx, item: &Item, basic: &str) -> Option<String> {
    let kind = cx.kind(item)?;
    let forms = &cx.schema.code_forms;
    let (segment_kind, title) = forms.segment_kind(basic)?;
    if segment_kind == kind {
        return None;
    }
    let region = basic.get(..2)?;
    let expected = forms
        .kind_segment(region, kind)
        .map(|s| format!("（{title}中{kind}为{s}）"))
        .unwrap_or_default();
    Some(format!(
        "事项类型段为“{}”，按{title}是“{segment_kind}”，与事项类型“{kind}”不一致{expected}",
        basic.get(2..4).unwrap_or_default()
    ))
}

/// Whether a body's code inside an item code is meant as a 统一社会信用代码: 18 characters
/// starting with a registering authority's code (GB 32100: 1–9, A, N, Y). Portals put their own
/// identifiers there for bodies without one ("TE5116020105116050"): those are read as they are.
pub(super) fn looks_like_uscc(code: &str) -> bool {
    code.len() == 18 && code.starts_with(|c: char| matches!(c, '1'..='9' | 'A' | 'N' | 'Y'))
}

/// A code cell stored as a number that is shorter than its structure: its leading zeros are gone.
pub(super) fn lost_zero_candidate(cx: &Cx, field: &Field) -> bool {
    if !field.numeric {
        return false;
    }
    let len = field.source_text().chars().count();
    let e = usize::from(field.element);
    if Some(e) == cx.k.basic_code {
        len < 12
    } else if Some(e) == cx.k.implementation_code {
        len < 31
    } else if Some(e) == cx.k.implementer_code {
        len < 18
    } else {
        // A code column of unknown kind: short of the next standard length.
        len < 12 || (len > 12 && len < 18)
    }
}
