//! Reform indicators per department and in total: the figures weekly progress ledgers
//! (工作推进台账) ask for.

pub mod render;

use std::collections::BTreeMap;

use svcat_core::finding::Severity;
use svcat_core::handling::{HandlingType, handling_type};
use svcat_core::model::{Catalog, Item, Value};
use svcat_core::report::Report;

/// Indicators for one department, or for the whole catalog.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Indicators {
    pub items: usize,
    /// 事项类型 → count, in schema order of first appearance (BTreeMap: stable).
    pub by_kind: BTreeMap<String, usize>,
    /// 即办件 / all items (handling types as `svcat_core::handling` defines them).
    pub immediate_share: Option<f64>,
    /// Mean of 1 − promised/legal over the items that promise a limit (承诺件, 联办件, 上报件)
    /// with both limits (legal > 0).
    pub compression: Option<f64>,
    /// Items whose visits are known.
    pub visits_known: usize,
    pub zero_visit_share: Option<f64>,
    pub at_most_one_visit_share: Option<f64>,
    /// 网上办理深度 四级 / all items.
    pub full_online_share: Option<f64>,
    /// Items answering 是否一窗通办 / items answering it at all (是 or 否).
    pub one_window_share: Option<f64>,
    /// Items answering 是否帮办代办 with 是 / items answering it at all.
    pub proxy_share: Option<f64>,
    pub average_materials: Option<f64>,
    /// Filled required elements / required elements.
    pub completeness: Option<f64>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub total: Indicators,
    pub departments: Vec<(String, Indicators)>,
}

/// Running sums for one group.
#[derive(Default)]
struct Acc {
    items: usize,
    by_kind: BTreeMap<String, usize>,
    immediate: usize,
    compression_sum: f64,
    compression_n: usize,
    visits_known: usize,
    zero_visits: usize,
    at_most_one: usize,
    full_online: usize,
    one_window: usize,
    one_window_known: usize,
    proxy: usize,
    proxy_known: usize,
    materials_sum: usize,
    materials_n: usize,
    required: usize,
    filled: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

impl Acc {
    fn add(&mut self, catalog: &Catalog, masks: &[Option<Vec<bool>>], item: &Item) {
        self.items += 1;
        let value = |key: &str| catalog.value(item, key);
        let kind = match value("kind") {
            Some(Value::Enum(k)) => k.clone(),
            _ => "（未填或无法识别）".to_string(),
        };
        *self.by_kind.entry(kind.clone()).or_default() += 1;
        let handling = handling_type(catalog, item);
        if handling.is_some_and(HandlingType::done_at_once) {
            self.immediate += 1;
        }
        let promised = value("promised_limit").and_then(Value::as_limit);
        let legal = value("legal_limit").and_then(Value::as_limit);
        if handling.is_some_and(HandlingType::promises_limit)
            && let (Some(p), Some(l)) = (promised, legal)
            && l.working_days() > 0.0
        {
            self.compression_sum += 1.0 - p.working_days() / l.working_days();
            self.compression_n += 1;
        }
        if let Some(visits) = value("visits").and_then(Value::as_integer) {
            self.visits_known += 1;
            if visits == 0 {
                self.zero_visits += 1;
            }
            if visits <= 1 {
                self.at_most_one += 1;
            }
        }
        if matches!(value("online_depth"), Some(Value::Enum(d)) if d == "四级") {
            self.full_online += 1;
        }
        // A share of the items that say yes or no: an item leaving the flag blank is counted by
        // completeness, not here as a "否".
        if let Some(Value::Bool(yes)) = value("one_window") {
            self.one_window_known += 1;
            self.one_window += usize::from(*yes);
        }
        if let Some(Value::Bool(yes)) = value("proxy_service") {
            self.proxy_known += 1;
            self.proxy += usize::from(*yes);
        }
        if let Some(materials) = value("materials").and_then(Value::as_materials) {
            self.materials_sum += materials.len();
            self.materials_n += 1;
        }
        // 要素完整度: what the item must have, as M001 asks it, and how much of it it answers.
        for e in catalog.required_elements(item, masks) {
            self.required += 1;
            self.filled += usize::from(catalog.answers(item, e));
        }
    }

    fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }

    fn finish(self) -> Indicators {
        Indicators {
            items: self.items,
            by_kind: self.by_kind,
            immediate_share: ratio(self.immediate, self.items),
            compression: (self.compression_n > 0)
                .then(|| self.compression_sum / self.compression_n as f64),
            visits_known: self.visits_known,
            zero_visit_share: ratio(self.zero_visits, self.visits_known),
            at_most_one_visit_share: ratio(self.at_most_one, self.visits_known),
            full_online_share: ratio(self.full_online, self.items),
            one_window_share: ratio(self.one_window, self.one_window_known),
            proxy_share: ratio(self.proxy, self.proxy_known),
            average_materials: (self.materials_n > 0)
                .then(|| self.materials_sum as f64 / self.materials_n as f64),
            completeness: ratio(self.filled, self.required),
            errors: self.errors,
            warnings: self.warnings,
            infos: self.infos,
        }
    }
}

/// Computes the indicators; `report` (from `check`) supplies findings by severity.
pub fn compute(catalog: &Catalog, report: &Report) -> Stats {
    let mut total = Acc::default();
    let mut departments: BTreeMap<String, Acc> = BTreeMap::new();
    // A department written two ways (X004) is one row, under its standard spelling.
    let standard = svcat_core::department::Departments::of(catalog);
    let department_of = |item: &Item| {
        let written = catalog.text(item, "department");
        let d = standard.standard(&written).to_string();
        if d.is_empty() {
            "（未写部门）".to_string()
        } else {
            d
        }
    };
    // Department of each item by code+name, to attribute findings.
    let mut by_item: BTreeMap<(String, String), String> = BTreeMap::new();
    let masks = catalog.list_masks();
    for item in &catalog.items {
        total.add(catalog, &masks, item);
        let department = department_of(item);
        departments
            .entry(department.clone())
            .or_default()
            .add(catalog, &masks, item);
        by_item.insert(
            (
                catalog.text(item, "code").trim().to_string(),
                catalog.text(item, "name").trim().to_string(),
            ),
            department,
        );
    }
    for finding in &report.findings {
        total.count(finding.severity);
        if let Some(item) = &finding.item
            && let Some(department) = by_item.get(&(item.code.clone(), item.name.clone()))
            && let Some(acc) = departments.get_mut(department)
        {
            acc.count(finding.severity);
        }
    }
    Stats {
        total: total.finish(),
        departments: departments
            .into_iter()
            .map(|(name, acc)| (name, acc.finish()))
            .collect(),
    }
}
