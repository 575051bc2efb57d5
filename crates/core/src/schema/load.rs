//! Reading schema TOML: the raw document, `extends`, merging and validation with errors that
//! point at the TOML line.

// A schema error carries its TOML source for the report; it happens once per run, at start-up,
// so its size on the error path costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;

use crate::code_forms::{CodeForm, KindTable};
use crate::limit_notation::{LimitNotation, UnitWord};
use crate::suggest::did_you_mean;
use crate::value::TimeUnit;
use toml::Spanned;

use super::{
    BUILTIN_SCHEMAS, Element, ElementType, EnumValue, ListKind, NoneRule, RuleKey, RuleLevel,
    Schema,
};

/// The longest line (in bytes) an error quotes from a TOML file.
const MAX_QUOTED_LINE: usize = 1000;

/// A schema that cannot be used, with the place in its TOML that is wrong.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
#[diagnostic()]
pub struct SchemaError {
    pub message: String,
    #[source_code]
    pub src: Option<NamedSource<String>>,
    #[label("{label}")]
    pub span: Option<SourceSpan>,
    pub label: String,
    #[help]
    pub help: Option<String>,
}

impl SchemaError {
    /// An error about a file as a whole.
    pub fn plain(message: impl Into<String>, help: Option<String>) -> Self {
        SchemaError {
            message: message.into(),
            src: None,
            span: None,
            label: String::new(),
            help,
        }
    }

    fn at(
        doc: &Document,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        if doc.excerpts {
            return Self::in_text(&doc.name, &doc.text, span, message, label, help);
        }
        // A file a catalog named is never quoted: it may be any file the catalog pointed at.
        Self::at_line(&doc.text, span, message, label, help)
    }

    /// The error with the line and column of `span` in its message, the text not quoted.
    pub(crate) fn at_line(
        text: &str,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        let (line, column) = line_column(text, span.start);
        let label = label.into();
        let mut message = format!("{}（第 {line} 行第 {column} 列", message.into());
        if !label.is_empty() {
            message.push('：');
            message.push_str(&label);
        }
        message.push('）');
        Self::plain(message, help)
    }

    /// An error pointing at `span` of a TOML file (`name`, `text`): the schema's, or a
    /// glossary's, which shares this error type.
    pub fn in_text(
        name: &str,
        text: &str,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        // A very long line is not quoted: it would fill the terminal, and the report renderer
        // cannot pad to a column that far out.
        let bytes = text.as_bytes();
        let start = span.start.min(bytes.len());
        let line_start = bytes[..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line_end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        // Nor is a line with control characters (a terminal escape sequence).
        let line = String::from_utf8_lossy(&bytes[line_start..line_end]);
        if line_end - line_start > MAX_QUOTED_LINE
            || line.chars().any(|c| c.is_control() && c != '\t')
        {
            return Self::at_line(text, span, message, label, help);
        }
        SchemaError {
            message: message.into(),
            src: Some(NamedSource::new(name, text.to_string())),
            span: Some(span.into()),
            label: label.into(),
            help,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchema {
    name: Option<Spanned<String>>,
    extends: Option<Spanned<String>>,
    title: Option<String>,
    version: Option<String>,
    level: Option<String>,
    #[serde(default)]
    groups: BTreeMap<String, Vec<String>>,
    index_column: Option<RawAliases>,
    known_columns: Option<RawNames>,
    #[serde(default)]
    time_units: Vec<RawTimeUnit>,
    time_limits: Option<RawTimeLimits>,
    department_names: Option<RawEndings>,
    #[serde(default)]
    none_allowed: Vec<RawNoneAllowed>,
    skip_sheets: Option<RawNames>,
    placeholders: Option<RawPlaceholders>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    granularity: Option<RawGranularity>,
    #[serde(default)]
    code_forms: Vec<RawCodeForm>,
    #[serde(default)]
    kind_segments: Vec<RawKindTable>,
    #[serde(default)]
    list_kinds: Vec<RawListKind>,
    #[serde(default)]
    elements: Vec<RawElement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodeForm {
    name: String,
    pattern: Spanned<String>,
    whole: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTimeUnit {
    words: Vec<String>,
    unit: Spanned<String>,
    #[serde(default = "one_day")]
    days: u32,
}

fn one_day() -> u32 {
    1
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTimeLimits {
    #[serde(default)]
    immediate: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEndings {
    endings: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNoneAllowed {
    #[serde(default)]
    elements: Vec<String>,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    name_endings: Vec<String>,
    #[serde(default)]
    together: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawListKind {
    name: String,
    title: String,
    #[serde(default)]
    detect: Vec<String>,
    #[serde(default)]
    required: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKindTable {
    region: String,
    title: String,
    codes: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAliases {
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaceholders {
    #[serde(default)]
    values: Vec<String>,
    #[serde(default)]
    prefixes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGranularity {
    #[serde(default)]
    name_exceptions: Vec<String>,
    #[serde(default)]
    action_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawElement {
    key: Spanned<String>,
    label: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(rename = "type")]
    ty: Option<Spanned<String>>,
    required: Option<Spanned<Vec<String>>>,
    multiple: Option<bool>,
    fill_down: Option<bool>,
    values: Option<Vec<RawEnumValue>>,
    description: Option<String>,
    example: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnumValue {
    value: String,
    #[serde(default)]
    codes: Vec<String>,
    #[serde(default)]
    synonyms: Vec<String>,
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The largest schema file svcat reads (the built-in national schema is about 40 KB).
pub const MAX_SCHEMA_BYTES: u64 = 4 << 20;

/// One TOML document, named for error messages.
struct Document {
    name: String,
    text: String,
    /// Where relative `extends` paths start.
    dir: Option<PathBuf>,
    /// The directory tree `extends` may not leave (None for built-in schemas).
    root: Option<PathBuf>,
    /// Whether errors may quote the file: not for a file a catalog named.
    excerpts: bool,
}

/// Loads a built-in schema by name ("national", "township") or a schema file by path, as given
/// on the command line.
pub fn load_schema(name_or_path: &str) -> Result<Schema, SchemaError> {
    let doc = open_document(name_or_path, None)?;
    build(&doc, 0)
}

/// Loads a schema a catalog named (catalog.toml's `schema`, a canonical JSON's `meta.schema`): a
/// built-in name, or a file under `root`, the catalog's directory (relative paths start there).
/// Its `extends` chain may not leave `root` either, and errors never quote the files.
pub fn load_catalog_schema(name_or_path: &str, root: &Path) -> Result<Schema, SchemaError> {
    if BUILTIN_SCHEMAS.iter().any(|(n, _)| *n == name_or_path) {
        return load_schema(name_or_path);
    }
    let root = root
        .canonicalize()
        .map_err(|e| SchemaError::plain(format!("无法读取目录 {}：{e}", root.display()), None))?;
    let path = confined_path(name_or_path, &root, &root)?;
    let mut doc = read_file(&path)?;
    doc.root = Some(root);
    doc.excerpts = false;
    build(&doc, 0)
}

/// Validates a user's schema file: everything `load_schema` checks, on that file.
pub fn check_schema_file(path: &Path) -> Result<Schema, SchemaError> {
    let doc = read_file(path)?;
    build(&doc, 0)
}

/// `name` resolved against `dir`, refused unless it stays inside `root` (after symlinks).
fn confined_path(name: &str, dir: &Path, root: &Path) -> Result<PathBuf, SchemaError> {
    let joined = dir.join(name);
    let refuse = || {
        SchemaError::plain(
            format!(
                "规范路径“{name}”不在目录 {} 之内，svcat 不会读取它",
                root.display()
            ),
            Some(
                "目录（catalog.toml）指定的规范文件须放在目录之内，且不能经由符号链接指向外部；\
                 其他位置的规范请在命令行用 --schema 给出"
                    .into(),
            ),
        )
    };
    let resolved = match joined.canonicalize() {
        Ok(resolved) => resolved,
        Err(_) if !joined.exists() => {
            // Not there: say it is missing if the name stays inside, else refuse it.
            let escapes = Path::new(name).is_absolute()
                || Path::new(name)
                    .components()
                    .any(|c| matches!(c, std::path::Component::ParentDir));
            if escapes {
                return Err(refuse());
            }
            return Err(SchemaError::plain(
                format!("找不到规范“{name}”：它既不是内置规范，也不是存在的文件"),
                None,
            ));
        }
        Err(e) => {
            return Err(SchemaError::plain(
                format!("无法读取规范文件 {}：{e}", joined.display()),
                None,
            ));
        }
    };
    if !resolved.starts_with(root) {
        return Err(refuse());
    }
    Ok(joined)
}

fn open_document(name_or_path: &str, parent: Option<&Document>) -> Result<Document, SchemaError> {
    if let Some((name, text)) = BUILTIN_SCHEMAS.iter().find(|(n, _)| *n == name_or_path) {
        return Ok(Document {
            name: format!("{name}.toml (内置)"),
            text: (*text).to_string(),
            dir: None,
            root: None,
            excerpts: true,
        });
    }
    let relative_to = parent.and_then(|p| p.dir.as_deref());
    if let Some(parent) = parent {
        // `extends` stays inside the tree of the schema that started the chain: a catalog's
        // directory, or the directory of the schema file given on the command line.
        let root = parent.root.clone().or_else(|| {
            relative_to.and_then(|d| {
                let d = if d.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    d
                };
                d.canonicalize().ok()
            })
        });
        if let (Some(root), Some(dir)) = (root, relative_to) {
            let path = confined_path(name_or_path, dir, &root)?;
            let mut doc = read_file(&path)?;
            doc.root = Some(root);
            doc.excerpts = parent.excerpts;
            return Ok(doc);
        }
    }
    let path = match relative_to {
        Some(dir) if Path::new(name_or_path).is_relative() => dir.join(name_or_path),
        _ => PathBuf::from(name_or_path),
    };
    if !path.exists() {
        let builtin: Vec<&str> = BUILTIN_SCHEMAS.iter().map(|(n, _)| *n).collect();
        return Err(SchemaError::plain(
            format!("找不到规范“{name_or_path}”：它既不是内置规范，也不是存在的文件"),
            Some(format!(
                "内置规范有：{}；或给出规范文件（.toml）的路径",
                builtin.join("、")
            )),
        ));
    }
    read_file(&path)
}

fn read_file(path: &Path) -> Result<Document, SchemaError> {
    let bytes = crate::input::read_regular_file(path, MAX_SCHEMA_BYTES).map_err(|e| {
        SchemaError::plain(format!("无法读取规范文件 {}：{e}", path.display()), None)
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        SchemaError::plain(
            format!("规范文件 {} 不是 UTF-8 编码", path.display()),
            Some("请用 UTF-8 编码保存 TOML 文件".into()),
        )
    })?;
    Ok(Document {
        name: path.display().to_string(),
        text,
        dir: path.parent().map(Path::to_path_buf),
        root: None,
        excerpts: true,
    })
}

fn build(doc: &Document, depth: usize) -> Result<Schema, SchemaError> {
    if depth > 8 {
        return Err(SchemaError::plain(
            format!("规范 {} 的 extends 嵌套过深（可能循环引用）", doc.name),
            None,
        ));
    }
    let raw: RawSchema = toml::from_str(&doc.text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        let (label, help) = crate::suggest::unknown_key_help(e.message()).unwrap_or_else(|| {
            let help = "对照内置规范（svcat schema show national）检查写法";
            (e.message().to_string(), help.into())
        });
        let message = format!("规范文件 {} 的 TOML 有误", doc.name);
        SchemaError::at(doc, span, message, label, Some(help))
    })?;

    let mut schema = match &raw.extends {
        Some(parent) => {
            let parent_doc = open_document(parent.get_ref(), Some(doc)).map_err(|e| {
                SchemaError::at(
                    doc,
                    parent.span(),
                    e.message.clone(),
                    "extends 指向的规范",
                    e.help.clone(),
                )
            })?;
            build(&parent_doc, depth + 1)?
        }
        None => Schema {
            name: String::new(),
            title: String::new(),
            version: None,
            level: None,
            groups: BTreeMap::new(),
            elements: Vec::new(),
            index_aliases: Vec::new(),
            known_columns: Vec::new(),
            department_endings: Vec::new(),
            none_allowed: Vec::new(),
            limit_notation: Default::default(),
            skip_sheets: Vec::new(),
            placeholders: Vec::new(),
            placeholder_prefixes: Vec::new(),
            rules: BTreeMap::new(),
            rule_keys: Vec::new(),
            name_exceptions: Vec::new(),
            action_words: Vec::new(),
            code_forms: Default::default(),
            list_kinds: Vec::new(),
            sources: Vec::new(),
            header_index: Default::default(),
            index_headers: Vec::new(),
            enum_index: Vec::new(),
            required_by_kind: Default::default(),
            required_default: Vec::new(),
            folded_placeholders: Default::default(),
            longest_placeholder: 0,
            longest_header: 0,
            header_starts: Vec::new(),
            json_keys: Vec::new(),
        },
    };

    apply(doc, raw, &mut schema)?;
    schema.sources.push((doc.name.clone(), doc.text.clone()));
    validate(doc, &schema)?;
    schema.index();
    Ok(schema)
}

fn apply(doc: &Document, raw: RawSchema, schema: &mut Schema) -> Result<(), SchemaError> {
    match raw.name {
        Some(name) => schema.name = name.into_inner(),
        None if schema.name.is_empty() => {
            return Err(SchemaError::at(
                doc,
                0..0,
                "规范缺少 name",
                "在文件开头加上 name = \"…\"",
                None,
            ));
        }
        None => {}
    }
    if let Some(title) = raw.title {
        schema.title = title;
    }
    if raw.version.is_some() {
        schema.version = raw.version;
    }
    if raw.level.is_some() {
        schema.level = raw.level;
    }
    for (group, kinds) in raw.groups {
        schema.groups.insert(group, kinds);
    }
    if let Some(index) = raw.index_column {
        extend_unique(&mut schema.index_aliases, index.aliases);
    }
    for none in raw.none_allowed {
        schema.none_allowed.push(NoneRule {
            elements: none.elements,
            kinds: none.kinds,
            name_endings: none.name_endings,
            together: none.together,
        });
    }
    // Time-limit notation: a profile adds unit words and words for "on the spot".
    if !raw.time_units.is_empty() || raw.time_limits.is_some() {
        let mut words = schema.limit_notation.words.clone();
        for raw_unit in raw.time_units {
            let unit = match raw_unit.unit.get_ref().as_str() {
                "工作日" => TimeUnit::WorkingDays,
                "自然日" => TimeUnit::CalendarDays,
                other => {
                    return Err(SchemaError::at(
                        doc,
                        raw_unit.unit.span(),
                        format!("时限单位“{other}”无效"),
                        "应为 工作日 或 自然日",
                        None,
                    ));
                }
            };
            for word in raw_unit.words {
                words.retain(|w| w.word != word);
                words.push(UnitWord {
                    word,
                    unit,
                    days: raw_unit.days,
                });
            }
        }
        let mut immediate = schema.limit_notation.immediate.clone();
        if let Some(limits) = raw.time_limits {
            extend_unique(&mut immediate, limits.immediate);
        }
        schema.limit_notation = LimitNotation::new(words, immediate)
            .map_err(|message| SchemaError::plain(message, None))?;
    }
    if let Some(names) = raw.department_names {
        extend_unique(&mut schema.department_endings, names.endings);
    }
    if let Some(known) = raw.known_columns {
        extend_unique(&mut schema.known_columns, known.names);
    }
    if let Some(skip) = raw.skip_sheets {
        extend_unique(&mut schema.skip_sheets, skip.names);
    }
    if let Some(p) = raw.placeholders {
        extend_unique(&mut schema.placeholders, p.values);
        extend_unique(&mut schema.placeholder_prefixes, p.prefixes);
    }
    if let Some(g) = raw.granularity {
        extend_unique(&mut schema.name_exceptions, g.name_exceptions);
        extend_unique(&mut schema.action_words, g.action_words);
    }
    // A profile's own forms and tables come first: they are the more specific.
    let mut forms = Vec::with_capacity(raw.code_forms.len());
    for raw_form in raw.code_forms {
        let span = raw_form.pattern.span();
        let form = CodeForm::new(raw_form.name, raw_form.pattern.get_ref(), raw_form.whole)
            .map_err(|message| {
                SchemaError::at(doc, span, format!("编码形式有误：{message}"), "这里", None)
            })?;
        forms.push(form);
    }
    forms.append(&mut schema.code_forms.forms);
    schema.code_forms.forms = forms;
    let mut tables: Vec<KindTable> = raw
        .kind_segments
        .into_iter()
        .map(|t| KindTable {
            region: t.region,
            title: t.title,
            codes: t.codes,
        })
        .collect();
    for parent in std::mem::take(&mut schema.code_forms.kind_tables) {
        if !tables.iter().any(|t| t.region == parent.region) {
            tables.push(parent);
        }
    }
    schema.code_forms.kind_tables = tables;
    // A profile's list kinds replace the parent's of the same name.
    for raw_kind in raw.list_kinds {
        let kind = ListKind {
            name: raw_kind.name,
            title: raw_kind.title,
            detect: raw_kind.detect,
            required: raw_kind.required,
        };
        match schema.list_kinds.iter_mut().find(|k| k.name == kind.name) {
            Some(existing) => *existing = kind,
            None => schema.list_kinds.push(kind),
        }
    }
    for (rule, level) in raw.rules {
        let key = RuleKey::new(&rule, schema.sources.len(), doc.excerpts);
        schema.rule_keys.push(key);
        let rule = rule.into_inner();
        let parsed = RuleLevel::from_name(level.get_ref()).ok_or_else(|| {
            SchemaError::at(
                doc,
                level.span(),
                format!("规则 {rule} 的级别“{}”无效", level.get_ref()),
                "应为 error、warning、info 或 off",
                Some(did_you_mean(
                    level.get_ref(),
                    ["error", "warning", "info", "off"],
                ))
                .filter(|h| !h.is_empty()),
            )
        })?;
        schema.rules.insert(rule, parsed);
    }

    for raw_element in raw.elements {
        let key_span = raw_element.key.span();
        let key = raw_element.key.into_inner();
        let ty = match &raw_element.ty {
            Some(ty) => Some(ElementType::from_name(ty.get_ref()).ok_or_else(|| {
                let names: Vec<&str> = ElementType::ALL.iter().map(|(n, _)| *n).collect();
                SchemaError::at(
                    doc,
                    ty.span(),
                    format!("要素 {key} 的类型“{}”无效", ty.get_ref()),
                    "未知类型",
                    Some(format!(
                        "{}可用的类型：{}",
                        did_you_mean(ty.get_ref(), names.iter().copied()),
                        names.join(", ")
                    )),
                )
            })?),
            None => None,
        };
        let required = raw_element.required.map(|r| (r.span(), r.into_inner()));
        if let Some((span, required)) = &required {
            for group in required {
                let known = group == "all"
                    || schema.groups.contains_key(group)
                    || schema.groups.values().flatten().any(|k| k == group);
                if !known {
                    let groups: Vec<&str> = schema.groups.keys().map(String::as_str).collect();
                    return Err(SchemaError::at(
                        doc,
                        span.clone(),
                        format!("要素 {key} 的 required 中“{group}”不是已定义的事项类型分组"),
                        "未定义的分组",
                        Some(format!(
                            "可用的分组：all、{}，或 [groups] 中列出的事项类型",
                            groups.join("、")
                        )),
                    ));
                }
            }
        }
        let values = raw_element.values.map(|values| {
            values
                .into_iter()
                .map(|v| EnumValue {
                    value: v.value,
                    codes: v.codes,
                    synonyms: v.synonyms,
                })
                .collect::<Vec<_>>()
        });

        match schema.elements.iter_mut().find(|e| e.key == key) {
            Some(existing) => {
                if let Some(label) = raw_element.label {
                    existing.label = label;
                }
                extend_unique(&mut existing.aliases, raw_element.aliases);
                if let Some(ty) = ty {
                    existing.ty = ty;
                }
                if let Some((_, required)) = required {
                    existing.required = required;
                }
                if let Some(multiple) = raw_element.multiple {
                    existing.multiple = multiple;
                }
                if let Some(fill_down) = raw_element.fill_down {
                    existing.fill_down = fill_down;
                }
                if let Some(values) = values {
                    existing.values = values;
                }
                if raw_element.description.is_some() {
                    existing.description = raw_element.description;
                }
                if raw_element.example.is_some() {
                    existing.example = raw_element.example;
                }
            }
            None => {
                let (Some(label), Some(ty)) = (raw_element.label, ty) else {
                    return Err(SchemaError::at(
                        doc,
                        key_span,
                        format!("新要素 {key} 缺少 label 或 type"),
                        "新要素",
                        Some("扩展规范新增的要素必须写明 label（中文表头）和 type".into()),
                    ));
                };
                schema.elements.push(Element {
                    key,
                    label,
                    aliases: raw_element.aliases,
                    ty,
                    required: required.map(|(_, r)| r).unwrap_or_default(),
                    multiple: raw_element.multiple.unwrap_or(false),
                    fill_down: raw_element.fill_down.unwrap_or(false),
                    values: values.unwrap_or_default(),
                    description: raw_element.description,
                    example: raw_element.example,
                });
            }
        }
    }
    Ok(())
}

/// Checks what only the merged schema can show: keys, enum lists, headers claimed twice.
fn validate(doc: &Document, schema: &Schema) -> Result<(), SchemaError> {
    let find = |needle: &str| -> std::ops::Range<usize> {
        doc.text
            .find(needle)
            .map(|start| start..start + needle.len())
            .unwrap_or(0..0)
    };
    for kind in &schema.list_kinds {
        for key in kind.detect.iter().chain(&kind.required) {
            if schema.element(key).is_none() {
                return Err(SchemaError::at(
                    doc,
                    find(&format!("\"{key}\"")),
                    format!("清单类型“{}”中的要素键“{key}”不存在", kind.name),
                    "这里",
                    Some("detect 和 required 列出要素的 key，例如 materials、legal_limit".into()),
                ));
            }
        }
    }
    // One character (办, 补) would match inside every other word.
    if let Some(word) = schema.action_words.iter().find(|w| w.chars().count() < 2) {
        return Err(SchemaError::at(
            doc,
            find(&format!("\"{word}\"")),
            format!("服务动作词“{word}”太短"),
            "这里",
            Some("action_words 中每个词至少两个字，例如“补办”“换发”".into()),
        ));
    }
    let mut seen_headers: BTreeMap<String, &str> = BTreeMap::new();
    for element in &schema.elements {
        let valid_key = !element.key.is_empty()
            && element
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid_key {
            return Err(SchemaError::at(
                doc,
                find(&format!("\"{}\"", element.key)),
                format!("要素键“{}”无效", element.key),
                "键只能含小写英文字母、数字和下划线",
                Some("键是机器接口的一部分，例如 legal_limit".into()),
            ));
        }
        if element.ty.is_enum() && element.values.is_empty() {
            return Err(SchemaError::at(
                doc,
                find(&format!("\"{}\"", element.key)),
                format!("枚举要素 {} 没有列出 values", element.key),
                "这里",
                Some("为枚举要素写 values = [{ value = \"…\", codes = [\"1\"] }]".into()),
            ));
        }
        let mut codes = BTreeSet::new();
        for value in &element.values {
            for code in std::iter::once(&value.value)
                .chain(&value.codes)
                .chain(&value.synonyms)
            {
                if !codes.insert(super::enum_key(code)) {
                    return Err(SchemaError::at(
                        doc,
                        find(&format!("\"{code}\"")),
                        format!("要素 {} 的取值“{code}”重复，无法唯一对应", element.key),
                        "重复的取值、代码或同义词",
                        None,
                    ));
                }
            }
        }
        let mut own = BTreeSet::new();
        for header in std::iter::once(&element.label).chain(&element.aliases) {
            let key = super::normalize_header(header).key;
            if !own.insert(key.clone()) {
                continue;
            }
            if let Some(other) = seen_headers.get(&key) {
                // One header feeding several elements is allowed only when each lists it as an
                // alias on purpose (收费标准及依据); a label shared with another element is a mistake.
                let label_clash = super::normalize_header(&element.label).key == key;
                if label_clash {
                    return Err(SchemaError::at(
                        doc,
                        find(&format!("\"{header}\"")),
                        format!("表头“{header}”同时是要素 {} 和 {other} 的名称", element.key),
                        "重复的表头",
                        Some("一个表头只应对应一个要素；请删去其中一处".into()),
                    ));
                }
            } else {
                seen_headers.insert(key, &element.key);
            }
        }
    }
    for key in ["code", "name", "department"] {
        if schema.element(key).is_none() {
            return Err(SchemaError::at(
                doc,
                0..0,
                format!("规范缺少必备要素 {key}"),
                "这里",
                Some("从 national 扩展（extends = \"national\"）即可获得全部标准要素".into()),
            ));
        }
    }
    Ok(())
}

fn extend_unique(into: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}
