//! The indicators a district measures its towns by, as its outputs show them: every indicator in
//! a fixed order, its Chinese name, a town's figure, and how a figure is printed.

use svcat_stats::Indicators;

use crate::model::{Indicator, Town};

/// Every indicator, in the order the dashboard and the summary workbook show them.
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

/// The indicator's name, as district.toml and the progress ledgers write it.
pub fn label(indicator: Indicator) -> &'static str {
    match indicator {
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

/// A town's figure for an indicator (None: its catalog does not say).
pub fn value(indicators: &Indicators, indicator: Indicator) -> Option<f64> {
    match indicator {
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

/// "87.5%", or "—" when the catalog does not say.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// The town's result for the district's target on this indicator, if the district sets one.
pub fn target_of(town: &Town, indicator: Indicator) -> Option<&crate::model::TargetResult> {
    town.targets.iter().find(|t| t.indicator == indicator)
}

/// Targets the town meets.
pub fn met(town: &Town) -> usize {
    town.targets.iter().filter(|t| t.met).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_are_one_decimal() {
        assert_eq!(percent(Some(0.875)), "87.5%");
        assert_eq!(percent(None), "—");
        let labels: std::collections::BTreeSet<_> = ALL.iter().map(|i| label(*i)).collect();
        assert_eq!(labels.len(), ALL.len());
    }
}
