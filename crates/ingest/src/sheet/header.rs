//! Finding a sheet's header among its first rows (title and info rows above it, grouped two-row
//! headers) and mapping its columns onto the schema's elements.

use std::sync::Arc;

use super::build::ItemBuilder;
use super::ingest::SheetIngest;
use super::merge::Cell;
use crate::{ItemMode, NoticeKind};
use svcat_core::model::SheetSource;
use svcat_core::schema::{Element, HeaderMatch, Schema, normalize_header};
use svcat_core::text::trim;

/// How many rows from the top of a sheet are searched for the header.
pub(super) const HEADER_SCAN_ROWS: usize = 30;

/// What a column feeds.
#[derive(Debug, Clone)]
pub(super) enum Target {
    Elements {
        elements: Vec<usize>,
        unit: Option<String>,
    },
    Index,
    Extra,
}

#[derive(Debug, Clone)]
pub(super) struct ColumnPlan {
    pub(super) index: u32,
    pub(super) header: String,
    pub(super) target: Target,
}

impl ColumnPlan {
    /// Whether the column feeds an element that `wanted` accepts.
    pub(super) fn feeds(&self, schema: &Schema, wanted: impl Fn(&Element) -> bool) -> bool {
        match &self.target {
            Target::Elements { elements, .. } => {
                elements.iter().any(|&e| wanted(&schema.elements[e]))
            }
            _ => false,
        }
    }
}

/// The elements that name an item: a header has one of them, and a row with one starts an item.
pub(super) fn names_item(e: &Element) -> bool {
    matches!(
        e.key.as_str(),
        "name" | "code" | "basic_code" | "implementation_code"
    )
}

/// The header a sheet was found to have.
pub(super) struct Header {
    /// Shared with the item builder, which parses items away from the reading thread.
    pub(super) columns: Arc<[ColumnPlan]>,
    /// Normalised header texts, to recognise the header repeated further down.
    pub(super) texts: Vec<String>,
    /// The column and normalised text checked first for a repeated header: most rows are items,
    /// and one comparison rules them out.
    pub(super) probe: Option<(usize, String)>,
    /// The longest header, in characters: a longer cell is never a header.
    pub(super) longest: usize,
    /// Columns that identify an item (name and codes).
    pub(super) identity: Vec<usize>,
    /// Columns filled down in formats without merge data, the department's first.
    pub(super) fill_down: Vec<usize>,
    /// The department column, if the sheet has one.
    pub(super) department: Option<usize>,
}

impl SheetIngest<'_> {
    pub(super) fn detect_header(&mut self) {
        let rows = std::mem::take(&mut self.buffer);
        let mut best: Option<(usize, bool, usize)> = None; // (score, two_rows, position)
        let singles: Vec<usize> = rows
            .iter()
            .map(|(_, cells)| score(&self.plan_columns(cells, None)))
            .collect();
        for i in 0..rows.len() {
            let single_score = singles[i];
            let mut candidate = (single_score, false);
            if let Some(next) = rows.get(i + 1) {
                let double = self.plan_columns(&rows[i].1, Some(&next.1));
                let double_score = score(&double);
                // Two rows only when together they name more than either alone: a title row
                // above a one-row header is not a group.
                if double_score > single_score.max(singles[i + 1]) {
                    candidate = (double_score, true);
                }
            }
            if best.is_none_or(|(s, _, _)| candidate.0 > s) {
                best = Some((candidate.0, candidate.1, i));
            }
        }
        let Some((score, two_rows, at)) = best else {
            return;
        };
        // A header names at least three elements, one of them the item's name or code; a list of
        // names alone (a 目录 of names) may have a one-element header, on the sheet's first row.
        if score < 3 && !(at == 0 && !two_rows && score >= 1) {
            return;
        }
        let lower = two_rows.then(|| rows[at + 1].1.as_slice());
        let columns = self.plan_columns(&rows[at].1, lower);
        if !columns.iter().any(|c| c.feeds(&self.schema, names_item)) {
            return;
        }
        let last_row = rows[at + usize::from(two_rows)].0;
        let texts: Vec<String> = columns
            .iter()
            .map(|c| normalize_header(&c.header).key)
            .collect();
        let mut columns = columns;
        self.report_columns(&mut columns, last_row);
        let probe = columns
            .iter()
            .zip(&texts)
            .find(|(_, t)| !t.is_empty())
            .map(|(c, t)| (c.index as usize, t.clone()));
        let longest = columns
            .iter()
            .map(|c| c.header.chars().count())
            .max()
            .unwrap_or(0);
        let targets = |wanted: &dyn Fn(&Element) -> bool| -> Vec<usize> {
            columns
                .iter()
                .filter(|c| c.feeds(&self.schema, wanted))
                .map(|c| c.index as usize)
                .collect()
        };
        let identity = targets(&names_item);
        let department = targets(&|e| e.key == "department").first().copied();
        // The department first: the other columns are filled only within its rows.
        let mut fill_down = targets(&|e| e.fill_down);
        if let Some(d) = department {
            fill_down.retain(|&c| c != d);
            fill_down.insert(0, d);
        }
        let columns: Arc<[ColumnPlan]> = columns.into();
        self.builder = Some(Arc::new(ItemBuilder::new(
            Arc::clone(&self.schema),
            Arc::clone(&columns),
            self.fallback_department.as_ref().map(|(d, _)| d.clone()),
            self.sheet_index,
        )));
        self.header = Some(Header {
            columns,
            texts,
            probe,
            longest,
            identity,
            fill_down,
            department,
        });
        if let ItemMode::Stream(stream) = self.mode {
            let source = SheetSource {
                file: self.display.clone(),
                sheet: self.sheet.clone(),
                columns: self.columns().unwrap_or_default(),
            };
            self.encoder = Some(stream.encoder(&self.schema, &source, self.sheet_index, true));
        }
        for (row, cells) in rows.into_iter().skip(at + 1 + usize::from(two_rows)) {
            self.data_row(row, cells);
        }
    }

    /// Maps a header row (and optionally the row below it, for grouped headers) onto columns.
    fn plan_columns(&self, upper: &[Cell], lower: Option<&[Cell]>) -> Vec<ColumnPlan> {
        let width = upper.len().max(lower.map_or(0, <[Cell]>::len));
        let mut plans = Vec::with_capacity(width);
        let mut group_parent: Option<String> = None;
        for col in 0..width {
            let top = upper.get(col).map(|c| trim(&c.raw.text)).unwrap_or("");
            let bottom = lower
                .and_then(|l| l.get(col))
                .map(|c| trim(&c.raw.text))
                .unwrap_or("");
            let (header, target) = match lower {
                Some(_) if !bottom.is_empty() && bottom != top => {
                    // A grouped header: 办理时限 over 法定 / 承诺. Without merge data the group's
                    // name is only over its first column, so carry it right.
                    let parent = if top.is_empty() {
                        group_parent.clone().unwrap_or_default()
                    } else {
                        top.to_string()
                    };
                    group_parent = Some(parent.clone());
                    let candidates = [
                        bottom.to_string(),
                        format!("{parent}{bottom}"),
                        format!("{bottom}{parent}"),
                    ];
                    let found = candidates
                        .iter()
                        .find_map(|c| match self.schema.match_header(c) {
                            HeaderMatch::Unknown => None,
                            m => Some(m),
                        });
                    let display = if parent.is_empty() {
                        bottom.to_string()
                    } else {
                        format!("{parent}/{bottom}")
                    };
                    (
                        display,
                        to_target(found.unwrap_or(HeaderMatch::Unknown), bottom),
                    )
                }
                _ => {
                    if !top.is_empty() {
                        group_parent = None;
                    }
                    (
                        top.to_string(),
                        to_target(self.schema.match_header(top), top),
                    )
                }
            };
            if header.is_empty() {
                continue;
            }
            plans.push(ColumnPlan {
                index: col as u32,
                header,
                target,
            });
        }
        plans
    }

    /// Notices for unknown and duplicate headers; a duplicate's values go to `extra`.
    fn report_columns(&mut self, columns: &mut [ColumnPlan], header_row: u32) {
        let mut seen: Vec<usize> = Vec::new();
        let mut notices = Vec::new();
        let mut demoted = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            match &c.target {
                Target::Elements { elements, .. } => {
                    if elements.iter().any(|e| seen.contains(e)) {
                        let element = self.schema.elements[elements[0]].key.clone();
                        notices.push((
                            NoticeKind::DuplicateHeader {
                                header: c.header.clone(),
                                element,
                            },
                            c.index,
                        ));
                        demoted.push(i);
                    } else {
                        seen.extend(elements);
                    }
                }
                Target::Extra => notices.push((
                    NoticeKind::UnknownHeader {
                        header: c.header.clone(),
                        nearest: self
                            .schema
                            .nearest_element(&c.header)
                            .map(|e| e.key.clone()),
                    },
                    c.index,
                )),
                Target::Index => {}
            }
        }
        for (kind, col) in notices {
            self.notice(kind, Some(header_row + 1), Some(col));
        }
        for i in demoted {
            columns[i].target = Target::Extra;
        }
    }
}

fn score(columns: &[ColumnPlan]) -> usize {
    let mut seen: Vec<usize> = Vec::new();
    for c in columns {
        if let Target::Elements { elements, .. } = &c.target {
            for e in elements {
                if !seen.contains(e) {
                    seen.push(*e);
                }
            }
        }
    }
    seen.len()
}

/// What a column feeds, with the unit its header names ("法定办结时限（工作日）").
fn to_target(found: HeaderMatch, header: &str) -> Target {
    match found {
        HeaderMatch::Index => Target::Index,
        HeaderMatch::Elements(elements) => Target::Elements {
            elements,
            unit: normalize_header(header).unit,
        },
        HeaderMatch::Unknown => Target::Extra,
    }
}
