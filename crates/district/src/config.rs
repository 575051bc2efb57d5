//! `district.toml`: what a district directory says about its district (name, the county catalog
//! its towns claim from, the targets its towns are measured against). It is read whole and
//! checked the way catalog.toml is: an unknown key, an unknown indicator or a goal outside 0–1 is
//! an error pointing at its line, with the nearest known name.

// An error carries the TOML for the report; it happens once per run, at start-up.
#![allow(clippy::result_large_err)]

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use svcat_core::error::Error;
use svcat_core::escape::terminal;
use svcat_ingest::settings_file::{SettingsFile, refuse};
use svcat_ingest::{names_inside, stays_inside};

use super::model::{Indicator, Target};

/// The keys of `district.toml`, in the order the help lists them.
const KEYS: &str = "name、upper、[targets]";

/// The `[targets]` table: one optional goal per indicator, by its Chinese name. A struct (not a
/// map) so serde names an unknown indicator and the known ones, as for any unknown key.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTargets {
    #[serde(rename = "即办件比例")]
    immediate: Option<Spanned<toml::Value>>,
    #[serde(rename = "承诺件压缩率")]
    compression: Option<Spanned<toml::Value>>,
    #[serde(rename = "零跑动比例")]
    zero_visit: Option<Spanned<toml::Value>>,
    #[serde(rename = "最多跑一次比例")]
    one_visit: Option<Spanned<toml::Value>>,
    #[serde(rename = "全程网办比例")]
    full_online: Option<Spanned<toml::Value>>,
    #[serde(rename = "一窗通办比例")]
    one_window: Option<Spanned<toml::Value>>,
    #[serde(rename = "帮办代办比例")]
    proxy: Option<Spanned<toml::Value>>,
    #[serde(rename = "要素完整度")]
    completeness: Option<Spanned<toml::Value>>,
}

impl RawTargets {
    fn goals(&self) -> Vec<(Indicator, &Spanned<toml::Value>)> {
        [
            (Indicator::ImmediateShare, &self.immediate),
            (Indicator::Compression, &self.compression),
            (Indicator::ZeroVisitShare, &self.zero_visit),
            (Indicator::AtMostOneVisitShare, &self.one_visit),
            (Indicator::FullOnlineShare, &self.full_online),
            (Indicator::OneWindowShare, &self.one_window),
            (Indicator::ProxyShare, &self.proxy),
            (Indicator::Completeness, &self.completeness),
        ]
        .into_iter()
        .filter_map(|(i, v)| Some((i, v.as_ref()?)))
        .collect()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    name: Option<String>,
    upper: Option<Spanned<String>>,
    targets: Option<RawTargets>,
}

/// A district directory's `district.toml`, read and checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DistrictConfig {
    pub name: Option<String>,
    /// The upper catalog, joined to the district directory (inside it: checked).
    pub upper: Option<PathBuf>,
    /// In the order the file lists them.
    pub targets: Vec<Target>,
}

/// The district.toml a district directory `dir` is read with: `config` when the command line names
/// one, else `dir/district.toml` when there is one, else none (no name, no upper, no targets).
/// `upper_given`: `--upper` names the upper catalog, so the file's `upper` is neither used nor
/// checked.
pub fn read_config(
    dir: &Path,
    config: Option<&Path>,
    upper_given: bool,
) -> Result<DistrictConfig, Error> {
    let (path, named) = match config {
        Some(path) => (path.to_path_buf(), true),
        None => (dir.join("district.toml"), false),
    };
    if !named && !path.exists() {
        return Ok(DistrictConfig::default());
    }
    let display = path.display().to_string();
    if !named && !stays_inside(&path, dir) {
        return Err(refuse(
            &display,
            "district.toml 是指向目录之外的符号链接，svcat 不会读取它".into(),
            "把 district.toml 作为普通文件放在区县目录中，或用 --config 指明",
        ));
    }
    let file = SettingsFile::read(&path, display, "district.toml")?;
    let raw: Raw = file.parse(|| {
        format!(
            "可用的键：{KEYS}；[targets] 中写加引号的指标名称和 0 到 1 之间的目标值，\
             例如 \"即办件比例\" = 0.5"
        )
    })?;
    let error_at = |span, message, label: &str, help| file.error_at(span, message, label, help);

    let mut targets = Vec::new();
    if let Some(raw_targets) = &raw.targets {
        let mut goals = raw_targets.goals();
        // In the order the file lists them.
        goals.sort_by_key(|(_, v)| v.span().start);
        for (indicator, value) in goals {
            let goal = match value.get_ref() {
                toml::Value::Float(f) => Some(*f),
                toml::Value::Integer(n) => Some(*n as f64),
                _ => None,
            };
            let Some(goal) = goal.filter(|g| (0.0..=1.0).contains(g)) else {
                return Err(error_at(
                    value.span(),
                    format!(
                        "{} 的目标值 {} 无效",
                        indicator.label(),
                        terminal(&value.get_ref().to_string())
                    ),
                    "应为 0 到 1 之间的数",
                    format!(
                        "目标是比例，写 0 到 1 之间的小数，例如 {} = 0.8（80%）",
                        indicator.label()
                    ),
                ));
            };
            targets.push(Target { indicator, goal });
        }
    }

    // The upper catalog the file names is read from inside the district directory only (a
    // catalog further afield is named on the command line with --upper).
    let base = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let upper = match raw.upper.as_ref().filter(|_| !upper_given) {
        Some(upper) => {
            let name = upper.get_ref();
            if !names_inside(name, base)
                || (named && !stays_inside_or_absent(&base.join(name), dir))
            {
                return Err(error_at(
                    upper.span(),
                    format!(
                        "upper 指向区县目录 {} 之外的“{}”，svcat 不会读取它",
                        dir.display(),
                        terminal(name)
                    ),
                    "目录之外",
                    "upper 只能指向区县目录之内的上级目录（相对于 district.toml 所在目录）；\
                     其他位置的上级目录请在命令行用 --upper 给出"
                        .into(),
                ));
            }
            Some(base.join(name))
        }
        None => None,
    };
    Ok(DistrictConfig {
        name: raw.name,
        upper,
        targets,
    })
}

/// Whether `path` stays inside `dir` (a path that does not exist yet stays where its name says).
fn stays_inside_or_absent(path: &Path, dir: &Path) -> bool {
    !path.exists() || stays_inside(path, dir)
}
