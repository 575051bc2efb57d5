//! Department spreadsheets → a [`Catalog`]. A directory is a catalog (every spreadsheet in it, in
//! sorted order, plus an optional `catalog.toml`); single files and canonical JSON work too.
//!
//! Reading never stops at the first bad file: each unreadable file becomes an [`Error`] in the
//! result and the rest is still read.

mod canonical;
mod catalog_toml;
mod delimited;
pub mod grid;
mod guard;
mod merges;
pub mod nothing_read;
pub mod parse;
pub mod settings_file;
pub mod sheet;
mod stdin;
pub mod upper;
mod workbook;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use catalog_toml::{CatalogToml, read_catalog_toml};
pub use catalog_toml::{names_inside, stays_inside};
pub use delimited::{decode, sniff_delimiter};
pub use guard::check_zip_bounds;
pub use nothing_read::nothing_read;
use sheet::SheetIngest;
pub use sheet::{
    Encoded, Encoder, Fingerprint, FingerprintSink, ItemBuilder, ItemStream, PendingItem,
};
use workbook::{WorkbookFormat, read_workbook};

use svcat_core::error::Error;
use svcat_core::model::{Catalog, CatalogMeta, CatalogSettings, Setting, SettingFrom, SheetSource};
use svcat_core::schema::{Schema, SchemaError, load_catalog_schema, load_schema};

/// Something ingest noticed about a file's shape: the S-family checks report these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeKind {
    /// A header the schema does not know; its column is carried in `extra`.
    UnknownHeader {
        header: String,
        nearest: Option<String>,
    },
    /// A second column for an element already mapped; its values are carried in `extra`.
    DuplicateHeader { header: String, element: String },
    /// The encoding was guessed (no BOM, not UTF-8).
    EncodingGuessed { encoding: String },
    /// Merged regions were filled into this many cells (`merges`), or, in formats that record no
    /// merges, blank fill-down cells (实施部门) took the value above.
    MergedCellsFilled { cells: u32, merges: bool },
    /// A sheet that is not an item list (填报说明, 汇总) was skipped.
    SkippedSheet { reason: String },
    /// No header row was found in the first rows.
    NoHeader,
    /// 合计/小计 rows skipped.
    SkippedTotalRows { rows: Vec<u32> },
    /// The header repeated further down; those rows were skipped.
    RepeatedHeader { rows: Vec<u32> },
    /// The sheet has no department column: its items take the department a file or sheet name
    /// gives (`from` says which: 文件名 or 工作表名).
    DepartmentFromName { department: String, from: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub file: String,
    pub sheet: Option<String>,
    /// Spreadsheet row (1-based), when the notice is about a row or cell.
    pub row: Option<u32>,
    /// Zero-based column, when the notice is about a column.
    pub column: Option<u32>,
}

/// The result of reading inputs: the catalog, what was noticed, and files that could not be read.
pub struct Ingested {
    pub catalog: Catalog,
    pub notices: Vec<Notice>,
    pub errors: Vec<Error>,
    pub files: usize,
    /// Items read, whether kept or not (`ItemMode::Select` keeps some, `Fingerprint` none).
    pub items_read: usize,
    /// What the catalog was read with (schema, kind, catalog.toml's settings) and where each
    /// setting came from.
    pub settings: CatalogSettings,
}

/// What reading does with each item.
#[derive(Default, Clone, Copy)]
pub enum ItemMode<'a> {
    /// Parse every value (on every core, while reading goes on).
    #[default]
    Parse,
    /// Parse only what identifies the item (code, name, department), hash its cells and hand it,
    /// unparsed, to the sink (in batches, in reading order): a diff parses only the items whose
    /// counterpart in the other revision differs.
    Fingerprint(&'a dyn FingerprintSink),
    /// Parse only the items whose number in reading order is marked; the rest are read and
    /// dropped.
    Select(&'a [bool]),
    /// Parse every item and hand it, encoded on the worker that parsed it, to the stream in
    /// reading order; the catalog keeps no items (`import` writes a catalog of any size this way).
    /// The stream's `begin` sees the catalog (meta, schema) before the first item.
    Stream(&'a dyn ItemStream),
}

/// A check of a loaded schema that this layer cannot make itself (see `check_schema`).
pub type SchemaCheck = dyn Fn(&Schema) -> Result<(), SchemaError>;

#[derive(Default)]
pub struct IngestOptions<'a> {
    /// `--schema`: a built-in schema name or a schema file; overrides `catalog.toml`.
    pub schema: Option<String>,
    pub progress: Option<&'a indicatif::ProgressBar>,
    pub mode: ItemMode<'a>,
    /// `--kind`: the kind of list every sheet is (实施清单, 目录); overrides `catalog.toml`.
    pub list_kind: Option<String>,
    /// Checks the schema once it is loaded, before anything is read (the CLI passes the rules
    /// layer's check of `[rules]` IDs, which this layer cannot know).
    pub check_schema: Option<&'a SchemaCheck>,
}

/// What a catalog directory's spreadsheets are called: WPS saves its own workbooks as .et (an xls
/// or xlsx inside, recognised by content).
const SPREADSHEET_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "et", "ods", "csv", "tsv"];

/// One file to read, with the name findings will show for it.
struct InputFile {
    path: PathBuf,
    display: String,
}

/// Reads every input into one catalog.
pub fn read_inputs(paths: &[PathBuf], options: &IngestOptions) -> Result<Ingested, Error> {
    if paths.is_empty() {
        return Err(Error::usage(
            "没有给出要读取的文件或目录",
            Some("例如：svcat import catalogs/sample-town"),
        ));
    }
    let mut files = Vec::new();
    let mut refused = Vec::new();
    let catalog_toml = match catalog_dir(paths) {
        Some(dir) => Some(read_catalog_toml(&dir.join("catalog.toml"), &dir)?),
        None => None,
    };
    // Standard input is copied into a private directory that lives as long as the read.
    let mut stdin_dir = None;
    for path in paths {
        if svcat_core::input::is_stdio(path) {
            files.push(stdin::read_into(&mut stdin_dir)?);
        } else if path.is_dir() {
            files.extend(list_directory_refusing(path, &mut refused)?);
        } else if path.is_file() {
            files.push(InputFile {
                path: path.clone(),
                // Findings name the file so: with / on every system.
                display: svcat_core::file_name::shown_path(path),
            });
        } else {
            return Err(Error::usage(
                format!("找不到 {}", path.display()),
                Some("检查路径是否拼写正确；目录会读取其中所有表格文件"),
            ));
        }
    }

    // A canonical JSON input names its own schema (a file: beside the JSON, in its directory).
    let json_schema = files
        .iter()
        .find(|f| has_extension(&f.path, "json"))
        .and_then(|f| {
            let dir = match f.path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            canonical::peek_schema(&f.path).map(|s| (s, dir))
        });
    if files.iter().any(|f| !has_extension(&f.path, "json")) {
        rayon::spawn(parse::compile_patterns);
    }
    // The command line's schema is the user's own choice; one a catalog names is read from
    // inside the catalog only.
    let toml_schema = catalog_toml
        .as_ref()
        .and_then(|t| t.schema().map(|s| (s.to_string(), t.dir.clone())));
    let (schema, schema_from) = match (&options.schema, toml_schema, json_schema) {
        (Some(name), ..) => (load_schema(name)?, SettingFrom::Flag("--schema")),
        (None, Some((name, dir)), _) => {
            (load_catalog_schema(&name, &dir)?, SettingFrom::CatalogToml)
        }
        (None, None, Some((name, dir))) => {
            (load_catalog_schema(&name, &dir)?, SettingFrom::CatalogJson)
        }
        _ => (load_schema("national")?, SettingFrom::Default),
    };
    if let Some(check) = options.check_schema {
        check(&schema)?;
    }
    if let Some(toml) = &catalog_toml {
        toml.check_against(&schema)?;
    }
    let schema = Arc::new(schema);

    let toml = catalog_toml.as_ref();
    let from_toml =
        |value: Option<String>| value.map(|v| Setting::new(v, SettingFrom::CatalogToml));
    let mut settings = CatalogSettings {
        catalog_toml: toml.map(|t| t.file.display.clone()),
        schema: Setting::new(schema.name.clone(), schema_from),
        kind: match &options.list_kind {
            Some(kind) => Some(Setting::new(kind.clone(), SettingFrom::Flag("--kind"))),
            None => from_toml(toml.and_then(CatalogToml::kind)),
        },
        region: from_toml(toml.and_then(CatalogToml::region)),
        level: from_toml(
            toml.and_then(CatalogToml::level)
                .map(|l| normalize_level(&schema, &l)),
        )
        .or_else(|| {
            let level = schema.level.clone()?;
            Some(Setting::new(level, SettingFrom::Schema))
        }),
        version: from_toml(toml.and_then(CatalogToml::version)),
        date: from_toml(toml.and_then(CatalogToml::date)),
        max_visits: toml
            .and_then(|t| t.max_visits)
            .map(|v| Setting::new(v, SettingFrom::CatalogToml)),
        upper: from_toml(toml.and_then(CatalogToml::upper)),
    };
    let meta = CatalogMeta {
        region: settings.region.as_ref().map(|s| s.value.clone()),
        level: settings.level.as_ref().map(|s| s.value.clone()),
        version: settings.version.as_ref().map(|s| s.value.clone()),
        date: settings.date.as_ref().map(|s| s.value.clone()),
        schema: schema.name.clone(),
        upper: settings.upper.as_ref().map(|s| s.value.clone()),
        max_visits: settings.max_visits.as_ref().map(|s| s.value),
        list_kind: settings.kind.as_ref().map(|s| s.value.clone()),
    };
    if let Some(kind) = &meta.list_kind
        && schema.list_kind(kind).is_none()
    {
        let known: Vec<&str> = schema.list_kinds.iter().map(|k| k.name.as_str()).collect();
        let help = format!(
            "可用的清单类型：{}（见 --kind 或 catalog.toml 的 kind）",
            known.join("、")
        );
        return Err(Error::usage(format!("清单类型“{kind}”不存在"), Some(&help)));
    }

    let mut ingested = Ingested {
        catalog: Catalog::new(meta, schema.clone()),
        notices: Vec::new(),
        errors: refused,
        files: files.len(),
        items_read: 0,
        settings: CatalogSettings::default(),
    };
    for file in &files {
        if let Err(e) = read_file(file, &schema, options, &mut ingested) {
            ingested.errors.push(e);
        }
    }
    // What a canonical JSON's meta gave that nothing before it did.
    let m = &ingested.catalog.meta;
    let from_json = |value: &Option<String>| {
        value
            .clone()
            .map(|v| Setting::new(v, SettingFrom::CatalogJson))
    };
    settings.region = settings.region.or_else(|| from_json(&m.region));
    settings.level = settings.level.or_else(|| from_json(&m.level));
    settings.version = settings.version.or_else(|| from_json(&m.version));
    settings.date = settings.date.or_else(|| from_json(&m.date));
    settings.upper = settings.upper.or_else(|| from_json(&m.upper));
    settings.max_visits = settings.max_visits.or_else(|| {
        m.max_visits
            .map(|v| Setting::new(v, SettingFrom::CatalogJson))
    });
    ingested.settings = settings;
    if let ItemMode::Stream(stream) = options.mode {
        stream.begin(&ingested.catalog);
    }
    Ok(ingested)
}

/// The schema a catalog is read with, without reading its spreadsheets (for `template`): the
/// `schema` named on the command line, else the catalog.toml's (see [`catalog_dir`]), else the
/// national one; with where it came from and the catalog.toml's path.
pub fn catalog_schema(
    paths: &[PathBuf],
    schema: Option<&str>,
) -> Result<(Schema, SettingFrom, Option<String>), Error> {
    let toml = match catalog_dir(paths) {
        Some(dir) => Some(read_catalog_toml(&dir.join("catalog.toml"), &dir)?),
        None => None,
    };
    let shown = toml.as_ref().map(|t| t.file.display.clone());
    let (loaded, from) = match (schema, toml.as_ref().and_then(|t| t.schema())) {
        (Some(name), _) => (load_schema(name)?, SettingFrom::Flag("--schema")),
        (None, Some(name)) => {
            let dir = &toml.as_ref().expect("a catalog.toml").dir;
            (load_catalog_schema(name, dir)?, SettingFrom::CatalogToml)
        }
        (None, None) => (load_schema("national")?, SettingFrom::Default),
    };
    if let Some(toml) = &toml {
        toml.check_against(&loaded)?;
    }
    Ok((loaded, from, shown))
}

/// Whether the path's extension is `ext`, in any case.
pub fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

fn normalize_level(schema: &Schema, level: &str) -> String {
    schema
        .element("level")
        .and_then(|e| schema.enum_value(e, level))
        .map(|v| v.value.clone())
        .unwrap_or_else(|| level.to_string())
}

/// The directory whose `catalog.toml` a read of `paths` takes: of the first directory named, or
/// the directory of the first spreadsheet named, the first that has one. A department's file is
/// read with its catalog's settings; a catalog.toml further up is never looked for.
pub fn catalog_dir(paths: &[PathBuf]) -> Option<PathBuf> {
    paths.iter().find_map(|path| {
        let dir = if path.is_dir() {
            path.clone()
        } else if path.is_file() && !has_extension(path, "json") && !is_catalog_toml(path) {
            match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            }
        } else {
            return None;
        };
        dir.join("catalog.toml").is_file().then_some(dir)
    })
}

/// Whether a directory holds a catalog: a `catalog.toml`, or a spreadsheet svcat reads (as a
/// directory is read: hidden and lock files do not count). `svcat district` takes each such
/// subdirectory for a town.
pub fn holds_catalog(dir: &Path) -> bool {
    if dir.join("catalog.toml").is_file() {
        return true;
    }
    list_directory(dir).is_ok_and(|files| !files.is_empty())
}

/// Whether a file is one a catalog directory's spreadsheets are read from, by its extension.
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        SPREADSHEET_EXTENSIONS
            .iter()
            .any(|s| e.eq_ignore_ascii_case(s))
    })
}

/// Whether a path names a catalog's settings file rather than a spreadsheet.
fn is_catalog_toml(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.eq_ignore_ascii_case("catalog.toml"))
}

/// The spreadsheets in a directory, sorted by name; lock files (~$x.xlsx) and hidden files skipped.
/// A symlink that leads out of the directory is not read.
fn list_directory(dir: &Path) -> Result<Vec<InputFile>, Error> {
    list_directory_refusing(dir, &mut Vec::new())
}

/// [`list_directory`], with an error in `refused` for each symlink that leads out of `dir`.
fn list_directory_refusing(dir: &Path, refused: &mut Vec<Error>) -> Result<Vec<InputFile>, Error> {
    let display = dir.display().to_string();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(&display, e))? {
        let entry = entry.map_err(|e| Error::io(&display, e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.starts_with("~$") || !path.is_file() {
            continue;
        }
        let supported = is_spreadsheet(&path);
        if supported && entry.file_type().is_ok_and(|t| t.is_symlink()) && !stays_inside(&path, dir)
        {
            refused.push(Error::Unreadable {
                file: path.display().to_string(),
                sheet: None,
                cell: None,
                message: "是指向目录之外的符号链接，svcat 不会读取它".into(),
                help: Some("把文件本身复制到目录中".into()),
            });
        } else if supported {
            files.push(InputFile {
                path,
                display: name,
            });
        }
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok(files)
}

enum Format {
    Workbook(WorkbookFormat),
    Delimited,
    Json,
}

/// The format by content first (a renamed file still reads), then by extension.
fn detect_format(path: &Path, display: &str) -> Result<Format, Error> {
    let mut head = [0u8; 8];
    let n = {
        use std::io::Read;
        let mut f = std::fs::File::open(path).map_err(|e| Error::io(display, e))?;
        f.read(&mut head).map_err(|e| Error::io(display, e))?
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if n == 0 {
        return Err(Error::unreadable(display, None, "文件是空的"));
    }
    if head[..n].starts_with(b"PK\x03\x04") {
        return Ok(Format::Workbook(if ext == "ods" {
            WorkbookFormat::Ods
        } else {
            WorkbookFormat::Xlsx
        }));
    }
    if head[..n].starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Ok(Format::Workbook(WorkbookFormat::Xls));
    }
    match ext.as_str() {
        "json" => Ok(Format::Json),
        "xlsx" | "xlsm" | "ods" | "xls" | "et" => Err(Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: None,
            message: format!("扩展名是 .{ext}，但内容不是 {ext} 文件（可能已损坏或被截断）"),
            help: Some("请重新导出该文件；如果它其实是 CSV，请把扩展名改为 .csv".into()),
        }),
        _ => Ok(Format::Delimited),
    }
}

fn read_file(
    file: &InputFile,
    schema: &Arc<Schema>,
    options: &IngestOptions,
    ingested: &mut Ingested,
) -> Result<(), Error> {
    let display = file.display.as_str();
    let format = detect_format(&file.path, display)?;
    let stream = match options.mode {
        ItemMode::Stream(stream) => Some(stream),
        _ => None,
    };
    if let Some(stream) = stream
        && !matches!(format, Format::Json)
    {
        stream.begin(&ingested.catalog);
    }
    match format {
        Format::Json => {
            canonical::read_canonical(&file.path, display, ingested)?;
            if let Some(stream) = stream {
                // Its meta may be the catalog's: begin only now.
                stream.begin(&ingested.catalog);
                // One run of items per sheet, each moved to its encoder.
                let mut items = std::mem::take(&mut ingested.catalog.items)
                    .into_iter()
                    .peekable();
                while let Some(first) = items.next() {
                    let sheet_index = first.sheet;
                    let mut run = vec![first];
                    run.extend(std::iter::from_fn(|| {
                        items.next_if(|i| i.sheet == sheet_index)
                    }));
                    let sheet = &ingested.catalog.sheets[sheet_index as usize];
                    let encode = stream.encoder(schema, sheet, sheet_index, false);
                    stream.write(encode(run));
                }
            }
            Ok(())
        }
        Format::Delimited => {
            let sheet_index = ingested.catalog.sheets.len() as u32;
            let mut ingest = SheetIngest::new(schema, display.to_string(), None, sheet_index, None)
                .with_mode(options.mode);
            ingest.fallback_department = department_from_file_name(&file.path)
                .filter(|d| schema.looks_like_department(d))
                .map(|d| (d, "文件名"));
            ingest.progress = options.progress;
            ingest.next_ordinal = ingested.items_read;
            // Rows read before an error (binary bytes part-way) are kept, like the other files.
            let read = delimited::read_delimited(&file.path, display, &mut ingest);
            let finished = ingest.finish();
            if let Ok(decoded) = &read
                && decoded.guessed
            {
                ingested.notices.push(Notice {
                    kind: NoticeKind::EncodingGuessed {
                        encoding: decoded.encoding.to_string(),
                    },
                    file: display.to_string(),
                    sheet: None,
                    row: None,
                    column: None,
                });
            }
            collect(ingest, ingested);
            read?;
            finished
        }
        Format::Workbook(format) => {
            let file_department =
                department_from_file_name(&file.path).filter(|d| schema.looks_like_department(d));
            let mut sink = |info: &workbook::SheetInfo,
                            rows: &mut dyn workbook::SheetRows|
             -> Result<(), Error> {
                let skip_reason = if schema.skip_sheets.iter().any(|s| s == info.name.trim()) {
                    Some(format!("工作表“{}”是说明或汇总，不是事项清单", info.name))
                } else if info.hidden {
                    Some(format!("工作表“{}”是隐藏的（通常存放下拉选项）", info.name))
                } else {
                    None
                };
                if let Some(reason) = skip_reason {
                    ingested.notices.push(Notice {
                        kind: NoticeKind::SkippedSheet { reason },
                        file: display.to_string(),
                        sheet: Some(info.name.clone()),
                        row: None,
                        column: None,
                    });
                    return Ok(());
                }
                let sheet_index = ingested.catalog.sheets.len() as u32;
                let mut ingest = SheetIngest::new(
                    schema,
                    display.to_string(),
                    Some(info.name.clone()),
                    sheet_index,
                    rows.merges(),
                )
                .with_mode(options.mode);
                ingest.next_ordinal = ingested.items_read;
                // A sheet named for a department names its items' department; else the file's
                // name may. A name that names no office ("Sheet1", "guangdong_items") gives none.
                ingest.fallback_department = meaningful_sheet_name(&info.name)
                    .filter(|d| schema.looks_like_department(d))
                    .map(|d| (d, "工作表名"))
                    .or_else(|| file_department.clone().map(|d| (d, "文件名")));
                ingest.progress = options.progress;
                let read = rows.for_each_row(&info.name, &mut ingest);
                let finished = ingest.finish();
                collect(ingest, ingested);
                read?;
                finished
            };
            read_workbook(&file.path, display, format, &mut sink)
        }
    }
}

/// Moves a sheet's items and notices into the catalog.
fn collect(ingest: SheetIngest, ingested: &mut Ingested) {
    let columns = ingest.columns();
    let sheet = ingest.sheet.clone();
    let file = ingest.display.clone();
    ingested.notices.extend(ingest.notices);
    // Say where the items' department came from when no column gave it.
    let department = ingest.schema.element_index("department").map(|e| e as u16);
    if let (Some(columns), Some((name, from)), Some(department)) =
        (&columns, &ingest.fallback_department, department)
        && !columns.iter().any(|c| c.elements.contains(&department))
    {
        ingested.notices.push(Notice {
            kind: NoticeKind::DepartmentFromName {
                department: name.clone(),
                from: from.to_string(),
            },
            file: file.clone(),
            sheet: sheet.clone(),
            row: None,
            column: None,
        });
    }
    ingested.items_read = ingest.next_ordinal;
    if let Some(columns) = columns {
        ingested.catalog.sheets.push(SheetSource {
            file,
            sheet,
            columns,
        });
        ingested.catalog.items.extend(ingest.items);
    }
}

/// A sheet name that names a department, not Excel's default (Sheet1, 工作表1, Sheet 2).
fn meaningful_sheet_name(name: &str) -> Option<String> {
    let trimmed = name.trim();
    let lower = trimmed.to_ascii_lowercase();
    let generic = ["sheet", "工作表", "表", "页", "sheet "].iter().any(|p| {
        lower
            .strip_prefix(p)
            .is_some_and(|rest| rest.trim().chars().all(|c| c.is_ascii_digit()))
    }) || trimmed.is_empty();
    (!generic).then(|| trimmed.to_string())
}

/// "01民政办.xlsx" → 民政办: the stem without a leading number or separators.
fn department_from_file_name(path: &Path) -> Option<String> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let trimmed = stem.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '-' | '_' | '.' | ' ' | '、')
    });
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names() {
        assert_eq!(meaningful_sheet_name("Sheet1"), None);
        assert_eq!(meaningful_sheet_name("工作表2"), None);
        assert_eq!(meaningful_sheet_name("司法所").as_deref(), Some("司法所"));
    }

    #[test]
    fn file_names() {
        assert_eq!(
            department_from_file_name(Path::new("x/01民政办.xlsx")).as_deref(),
            Some("民政办")
        );
        assert_eq!(
            department_from_file_name(Path::new("02-社保.csv")).as_deref(),
            Some("社保")
        );
        assert_eq!(department_from_file_name(Path::new("2022.csv")), None);
        let schema = load_schema("national").unwrap();
        assert!(schema.looks_like_department("民政办"));
        assert!(schema.looks_like_department("社会保障服务中心"));
        assert!(!schema.looks_like_department("guangdong_items"));
        assert!(!schema.looks_like_department("实施清单"));
    }
}
