//! What a district run finds: the types every district output (human, JSON, dashboard, summary
//! workbook, the towns' folders) is rendered from.

use std::path::PathBuf;

use svcat_core::model::Catalog;
use svcat_core::report::Report;
use svcat_stats::Indicators;

/// One indicator a district may set a target for, named the way `district.toml` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// 即办件比例
    ImmediateShare,
    /// 承诺件压缩率
    Compression,
    /// 零跑动比例
    ZeroVisitShare,
    /// 最多跑一次比例
    AtMostOneVisitShare,
    /// 全程网办比例
    FullOnlineShare,
    /// 一窗通办比例
    OneWindowShare,
    /// 帮办代办比例
    ProxyShare,
    /// 要素完整度
    Completeness,
}

/// A district's goal for one indicator: the town meets it when its figure is at least `goal`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub indicator: Indicator,
    pub goal: f64,
}

/// One town measured against one target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetResult {
    pub indicator: Indicator,
    pub goal: f64,
    /// None: the town's catalog does not say (e.g. no 是否一窗通办 column); that is 未达标.
    pub actual: Option<f64>,
    pub met: bool,
}

/// One town: its catalog, checked on its own.
#[derive(Debug)]
pub struct Town {
    /// `region` of its catalog.toml, else the directory's name.
    pub name: String,
    /// The town's directory, as found under the district directory.
    pub path: PathBuf,
    /// The paths the catalog was read with (the town's directory), as `check` passes them to the
    /// annotated workbook: its copies find their sheets by the file names findings give, which are
    /// relative to these.
    pub files: Vec<PathBuf>,
    pub catalog: Catalog,
    /// Exactly what `svcat check TOWN` reports (repeated facts grouped, as check groups them).
    pub report: Report,
    /// Files of the town that could not be read, each as check says it (file, sheet, cell).
    pub input_errors: Vec<String>,
    pub indicators: Indicators,
    /// One result per target of the district, in the order district.toml lists them.
    pub targets: Vec<TargetResult>,
    /// 1 = best. Towns are ranked by targets met, then errors (fewer first), then name.
    pub rank: usize,
}

/// An item as the district identifies it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemRef {
    /// 基本编码 (from whatever code form the town writes); empty when the item has none.
    pub code: String,
    pub name: String,
}

/// One value of an element, and the towns that write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantValue {
    /// The value as the standard writes it (an empty string: the town leaves it blank).
    pub value: String,
    pub towns: Vec<String>,
}

/// An element that must be the same in every town (要素N同) but is not.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub item: ItemRef,
    /// The schema key of the element (`legal_limit`) and its label (法定办结时限).
    pub element: String,
    pub label: String,
    /// Most towns first; ties by value.
    pub values: Vec<VariantValue>,
    /// The value more than half of the towns holding the item write; None when no value has
    /// a majority. (Counted among the towns that write the element: a town leaving it blank is
    /// not a disagreement and is not counted.)
    pub majority: Option<String>,
    /// The upper catalog's value, where it has the item and the element.
    pub upper: Option<String>,
}

impl Variant {
    /// The value `town` writes, None when the town does not hold the item (or leaves it blank).
    pub fn value_of(&self, town: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|v| v.towns.iter().any(|t| t == town))
            .map(|v| v.value.as_str())
    }
}

/// An element fixed at the upper level that a town wrote differently.
#[derive(Debug, Clone, PartialEq)]
pub struct UpperDifference {
    pub item: ItemRef,
    pub element: String,
    pub label: String,
    pub town_value: String,
    pub upper_value: String,
}

/// One town against the upper catalog.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coverage {
    pub town: String,
    /// The upper catalog's items the town has not claimed (未认领).
    pub unclaimed: Vec<ItemRef>,
    /// The town's items the upper catalog does not list.
    pub not_in_upper: Vec<ItemRef>,
    pub differs_from_upper: Vec<UpperDifference>,
}

/// A whole district run.
#[derive(Debug)]
pub struct District {
    /// district.toml's `name`, else the directory's name.
    pub name: String,
    pub path: PathBuf,
    /// The upper catalog compared against, as named (`--upper` or district.toml).
    pub upper: Option<PathBuf>,
    pub targets: Vec<Target>,
    /// In rank order.
    pub towns: Vec<Town>,
    /// Ordered by item (code, then name), then the element's schema order.
    pub variants: Vec<Variant>,
    /// One per town, in the order of `towns`; empty without an upper catalog.
    pub coverage: Vec<Coverage>,
}
