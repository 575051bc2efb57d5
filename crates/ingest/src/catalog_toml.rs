//! `catalog.toml`: what a catalog directory says about its catalog (region, level, schema,
//! max_visits, kind…). It is read whole and checked: an unknown key or a value the schema does not
//! know is an error pointing at its line, with the nearest known name.

// An error carries the TOML for the report; it happens once per run, at start-up.
#![allow(clippy::result_large_err)]

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use svcat_core::error::Error;
use svcat_core::escape::terminal;
use svcat_core::schema::{BUILTIN_SCHEMAS, Schema};
use svcat_core::suggest::nearest;

use crate::settings_file::{SettingsFile, refuse};

/// The keys of `catalog.toml`, in the order the help lists them.
const KEYS: &str = "region、level、version、date、schema、upper、max_visits、kind";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    region: Option<String>,
    level: Option<Spanned<String>>,
    version: Option<String>,
    date: Option<toml::Value>,
    schema: Option<Spanned<String>>,
    #[serde(alias = "upper_catalog")]
    upper: Option<Spanned<String>>,
    max_visits: Option<Spanned<toml::Value>>,
    /// The kind of list (清单类型) the catalog's sheets are: 实施清单, 目录.
    kind: Option<Spanned<String>>,
}

/// A catalog directory's `catalog.toml`, read and checked as far as it can be without its schema.
pub(crate) struct CatalogToml {
    /// The directory it is in: its schema and upper catalog are found there.
    pub dir: PathBuf,
    /// Its path as the command line reaches it, and its text.
    pub file: SettingsFile,
    raw: Raw,
    pub max_visits: Option<u32>,
}

impl CatalogToml {
    pub fn region(&self) -> Option<String> {
        self.raw.region.clone()
    }

    pub fn level(&self) -> Option<String> {
        self.raw.level.as_ref().map(|l| l.get_ref().clone())
    }

    pub fn version(&self) -> Option<String> {
        self.raw.version.clone()
    }

    pub fn date(&self) -> Option<String> {
        self.raw.date.as_ref().map(|d| match d {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }

    pub fn schema(&self) -> Option<&str> {
        self.raw.schema.as_ref().map(|s| s.get_ref().as_str())
    }

    pub fn upper(&self) -> Option<String> {
        self.raw.upper.as_ref().map(|u| u.get_ref().clone())
    }

    pub fn kind(&self) -> Option<String> {
        self.raw.kind.as_ref().map(|k| k.get_ref().clone())
    }

    /// An error pointing at `span` of the file.
    fn error_at(
        &self,
        span: std::ops::Range<usize>,
        message: String,
        label: &str,
        help: String,
    ) -> Error {
        self.file.error_at(span, message, label, help)
    }

    /// Checks the values only the schema can judge: `level` must be one of its levels and `kind`
    /// one of its kinds of list.
    pub fn check_against(&self, schema: &Schema) -> Result<(), Error> {
        if let (Some(level), Some(element)) = (&self.raw.level, schema.element("level"))
            && schema.enum_value(element, level.get_ref()).is_none()
        {
            let names: Vec<&str> = element
                .values
                .iter()
                .flat_map(|v| std::iter::once(&v.value).chain(&v.synonyms))
                .map(String::as_str)
                .collect();
            let values: Vec<&str> = element.values.iter().map(|v| v.value.as_str()).collect();
            return Err(self.error_at(
                level.span(),
                format!(
                    "level“{}”不是规范 {} 中的层级",
                    terminal(level.get_ref()),
                    schema.name
                ),
                "未知的层级",
                did_you_mean(
                    nearest(level.get_ref(), names),
                    &format!("可用的层级：{}", values.join("、")),
                ),
            ));
        }
        if let Some(kind) = &self.raw.kind
            && schema.list_kind(kind.get_ref()).is_none()
        {
            let names: Vec<&str> = schema.list_kinds.iter().map(|k| k.name.as_str()).collect();
            return Err(self.error_at(
                kind.span(),
                format!(
                    "kind“{}”不是规范 {} 中的清单类型",
                    terminal(kind.get_ref()),
                    schema.name
                ),
                "未知的清单类型",
                did_you_mean(
                    nearest(kind.get_ref(), names.iter().copied()),
                    &format!("可用的清单类型：{}", names.join("、")),
                ),
            ));
        }
        Ok(())
    }
}

fn did_you_mean(near: Option<&str>, rest: &str) -> String {
    match near {
        Some(near) => format!("是否应为“{near}”？{rest}"),
        None => rest.to_string(),
    }
}

/// Whether `path` (which exists) stays inside `root` once symlinks are followed.
pub fn stays_inside(path: &Path, root: &Path) -> bool {
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(path), Ok(root)) => path.starts_with(root),
        _ => false,
    }
}

/// Whether a relative path named in a catalog leaves its directory by its words alone (absolute,
/// or `..` climbing above the start).
fn leaves_by_name(name: &str) -> bool {
    let mut depth = 0i32;
    for c in Path::new(name).components() {
        match c {
            std::path::Component::Normal(_) => depth += 1,
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            std::path::Component::RootDir | std::path::Component::Prefix(_) => return true,
        }
    }
    false
}

/// Whether a path a settings file names (relative to its directory `dir`) stays inside `dir`: not
/// absolute, no `..` above it, no symlink out of it. What catalog.toml and district.toml may name.
pub fn names_inside(name: &str, dir: &Path) -> bool {
    let target = dir.join(name);
    !leaves_by_name(name) && (!target.exists() || stays_inside(&target, dir))
}

/// Reads `dir`'s catalog.toml (at `path`).
pub(crate) fn read_catalog_toml(path: &Path, dir: &Path) -> Result<CatalogToml, Error> {
    // The report's settings name this path: with / on every system.
    let display = svcat_core::file_name::shown_path(path);
    if !stays_inside(path, dir) {
        return Err(refuse(
            &display,
            "catalog.toml 是指向目录之外的符号链接，svcat 不会读取它".into(),
            "把 catalog.toml 作为普通文件放在目录中",
        ));
    }
    let file = SettingsFile::read(path, display, "catalog.toml")?;
    let raw = file.parse(|| format!("可用的键：{KEYS}"))?;
    let mut toml = CatalogToml {
        dir: dir.to_path_buf(),
        file,
        raw,
        max_visits: None,
    };
    if let Some(visits) = &toml.raw.max_visits {
        let value = match visits.get_ref() {
            toml::Value::Integer(n) => u32::try_from(*n).ok(),
            _ => None,
        };
        let Some(value) = value else {
            return Err(toml.error_at(
                visits.span(),
                format!("max_visits 的值 {} 无效", terminal(&visits.get_ref().to_string())),
                "应为 0 或正整数",
                "max_visits 是承诺的最多到现场次数，写 0 或正整数，例如 max_visits = 1（最多跑一次）"
                    .into(),
            ));
        };
        toml.max_visits = Some(value);
    }
    if let Some(schema) = &toml.raw.schema {
        let name = schema.get_ref();
        let builtin = BUILTIN_SCHEMAS.iter().any(|(n, _)| n == name);
        if !builtin && !leaves_by_name(name) && !dir.join(name).exists() {
            let names: Vec<&str> = BUILTIN_SCHEMAS.iter().map(|(n, _)| *n).collect();
            return Err(toml.error_at(
                schema.span(),
                format!(
                    "schema“{}”既不是内置规范，也不是目录中的文件",
                    terminal(name)
                ),
                "未知的规范",
                did_you_mean(
                    nearest(name, names.iter().copied()),
                    &format!(
                        "内置规范有：{}；或写目录中规范文件（.toml）的相对路径",
                        names.join("、")
                    ),
                ),
            ));
        }
    }
    for (key, name) in [("schema", &toml.raw.schema), ("upper", &toml.raw.upper)] {
        let Some(name) = name else { continue };
        let name = name.get_ref();
        if key == "schema" && BUILTIN_SCHEMAS.iter().any(|(n, _)| n == name) {
            continue;
        }
        if !names_inside(name, dir) {
            return Err(refuse(
                &toml.file.display,
                format!(
                    "catalog.toml 的 {key} 指向目录 {} 之外的“{name}”，svcat 不会读取它",
                    dir.display()
                ),
                "catalog.toml 只能指向目录之内的文件（相对于 catalog.toml 所在目录）；\
                 其他位置的规范请在命令行用 --schema 给出",
            ));
        }
    }
    Ok(toml)
}
