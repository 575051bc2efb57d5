//! Each town against the district's targets (评估考核), and the towns' ranking.

use super::model::{Target, TargetResult, Town};

/// A town meets a target when its figure is at least the goal (a figure rounded as the outputs
/// show it counts: 0.49995 is 50.0%, and meets 0.5).
pub fn measure(town: &Town, targets: &[Target]) -> Vec<TargetResult> {
    targets
        .iter()
        .map(|target| {
            let actual = target.indicator.value(&town.indicators);
            TargetResult {
                indicator: target.indicator,
                goal: target.goal,
                actual,
                met: actual.is_some_and(|a| a + 1e-9 >= target.goal),
            }
        })
        .collect()
}

/// How many targets the town meets.
pub fn met(town: &Town) -> usize {
    town.targets.iter().filter(|t| t.met).count()
}

/// Sorts the towns into rank order and numbers them from 1: more targets met first, then fewer
/// errors, then by name (every town has its own rank).
pub fn rank(towns: &mut [Town]) {
    towns.sort_by(|a, b| {
        met(b)
            .cmp(&met(a))
            .then(a.indicators.errors.cmp(&b.indicators.errors))
            .then_with(|| a.name.cmp(&b.name))
    });
    for (n, town) in towns.iter_mut().enumerate() {
        town.rank = n + 1;
    }
}
