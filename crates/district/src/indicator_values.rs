//! The indicators a district measures its towns by: every indicator in a fixed order, its Chinese
//! name (as district.toml and the outputs write it), its stats/1 key, a town's figure, and how a
//! figure is printed.

use svcat_stats::Indicators;

use crate::model::{Indicator, Town};

impl Indicator {
    /// Every indicator, in the order the outputs list them.
    pub const ALL: [Indicator; 8] = [
        Indicator::ImmediateShare,
        Indicator::Compression,
        Indicator::ZeroVisitShare,
        Indicator::AtMostOneVisitShare,
        Indicator::FullOnlineShare,
        Indicator::OneWindowShare,
        Indicator::ProxyShare,
        Indicator::Completeness,
    ];

    /// The name district.toml's `[targets]` and the JSON's `targets` give it.
    pub fn label(self) -> &'static str {
        match self {
            Indicator::ImmediateShare => "即办件比例",
            Indicator::Compression => "承诺件压缩率",
            Indicator::ZeroVisitShare => "零跑动比例",
            Indicator::AtMostOneVisitShare => "最多跑一次比例",
            Indicator::FullOnlineShare => "全程网办比例",
            Indicator::OneWindowShare => "一窗通办比例",
            Indicator::ProxyShare => "帮办代办比例",
            Indicator::Completeness => "要素完整度",
        }
    }

    /// Its key in `svcat stats --format json` (stats/1) and in the district's `indicators`.
    pub fn json_key(self) -> &'static str {
        match self {
            Indicator::ImmediateShare => "immediate_share",
            Indicator::Compression => "promise_compression",
            Indicator::ZeroVisitShare => "zero_visit_share",
            Indicator::AtMostOneVisitShare => "at_most_one_visit_share",
            Indicator::FullOnlineShare => "full_online_share",
            Indicator::OneWindowShare => "one_window_share",
            Indicator::ProxyShare => "proxy_share",
            Indicator::Completeness => "completeness",
        }
    }

    /// The town's figure (0–1); None when its catalog does not say.
    pub fn value(self, indicators: &Indicators) -> Option<f64> {
        match self {
            Indicator::ImmediateShare => indicators.immediate_share,
            Indicator::Compression => indicators.compression,
            Indicator::ZeroVisitShare => indicators.zero_visit_share,
            Indicator::AtMostOneVisitShare => indicators.at_most_one_visit_share,
            Indicator::FullOnlineShare => indicators.full_online_share,
            Indicator::OneWindowShare => indicators.one_window_share,
            Indicator::ProxyShare => indicators.proxy_share,
            Indicator::Completeness => indicators.completeness,
        }
    }

    pub fn from_label(label: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.label() == label)
    }
}

/// "87.5%", or "—" when the catalog does not say.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// The town's result for the district's target on this indicator, if the district sets one.
pub fn target_of(town: &Town, indicator: Indicator) -> Option<&crate::model::TargetResult> {
    town.targets.iter().find(|t| t.indicator == indicator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_are_one_decimal() {
        assert_eq!(percent(Some(0.875)), "87.5%");
        assert_eq!(percent(None), "—");
        let labels: std::collections::BTreeSet<_> =
            Indicator::ALL.iter().map(|i| i.label()).collect();
        assert_eq!(labels.len(), Indicator::ALL.len());
    }
}
