//! Department spreadsheets → a [`Catalog`]. A directory is a catalog (every spreadsheet in it, in
//! sorted order, plus an optional `catalog.toml`); single files and canonical JSON work too.
//!
//! Reading never stops at the first bad file: each unreadable file becomes an [`Error`] in the
//! result and the rest is still read.

mod canonical;
mod delimited;
pub mod grid;
mod guard;
mod merges;
pub mod parse;
pub mod sheet;
pub mod upper;
mod workbook;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

pub use delimited::{decode, sniff_delimiter};
pub use guard::check_zip_bounds;
use sheet::SheetIngest;
pub use sheet::{
    Encoded, Encoder, Fingerprint, FingerprintSink, ItemBuilder, ItemStream, PendingItem,
};
use workbook::{WorkbookFormat, read_workbook};

use svcat_core::error::Error;
use svcat_core::input::read_regular_file;
use svcat_core::model::{Catalog, CatalogMeta, SheetSource};
use svcat_core::schema::{Schema, load_catalog_schema, load_schema};

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

#[derive(Default)]
pub struct IngestOptions<'a> {
    /// `--schema`: a built-in schema name or a schema file; overrides `catalog.toml`.
    pub schema: Option<String>,
    pub progress: Option<&'a indicatif::ProgressBar>,
    pub mode: ItemMode<'a>,
    /// `--kind`: the kind of list every sheet is (实施清单, 目录); overrides `catalog.toml`.
    pub list_kind: Option<String>,
}

/// `catalog.toml`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogToml {
    region: Option<String>,
    level: Option<String>,
    version: Option<String>,
    date: Option<toml::Value>,
    schema: Option<String>,
    #[serde(alias = "upper_catalog")]
    upper: Option<String>,
    max_visits: Option<u32>,
    /// The kind of list (清单类型) the catalog's sheets are: 实施清单, 目录.
    kind: Option<String>,
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
    let mut catalog_toml: Option<(CatalogToml, PathBuf)> = None;
    for path in paths {
        if path.is_dir() {
            if catalog_toml.is_none() {
                let toml_path = path.join("catalog.toml");
                if toml_path.is_file() {
                    catalog_toml = Some((read_catalog_toml(&toml_path, path)?, path.clone()));
                }
            }
            files.extend(list_directory_refusing(path, &mut refused)?);
        } else if path.is_file() {
            files.push(InputFile {
                path: path.clone(),
                display: path.display().to_string(),
            });
        } else {
            return Err(Error::usage(
                format!("找不到 {}", path.display()),
                Some("检查路径是否拼写正确；目录会读取其中所有表格文件"),
            ));
        }
    }

    let (toml, toml_dir) = catalog_toml.unzip();
    let toml = toml.unwrap_or_default();
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
    let schema = Arc::new(
        match (&options.schema, &toml.schema, toml_dir, json_schema) {
            (Some(name), ..) => load_schema(name)?,
            (None, Some(name), Some(dir), _) => load_catalog_schema(name, &dir)?,
            (None, _, _, Some((name, dir))) => load_catalog_schema(&name, &dir)?,
            _ => load_schema("national")?,
        },
    );

    let mut meta = CatalogMeta {
        region: toml.region,
        level: toml.level.map(|l| normalize_level(&schema, &l)),
        version: toml.version,
        date: toml.date.map(|d| match d {
            toml::Value::String(s) => s,
            other => other.to_string(),
        }),
        schema: schema.name.clone(),
        upper: toml.upper,
        max_visits: toml.max_visits,
        list_kind: options.list_kind.clone().or(toml.kind),
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
    if meta.level.is_none() {
        meta.level = schema.level.clone();
    }

    let mut ingested = Ingested {
        catalog: Catalog::new(meta, schema.clone()),
        notices: Vec::new(),
        errors: refused,
        files: files.len(),
        items_read: 0,
    };
    for file in &files {
        if let Err(e) = read_file(file, &schema, options, &mut ingested) {
            ingested.errors.push(e);
        }
    }
    if let ItemMode::Stream(stream) = options.mode {
        stream.begin(&ingested.catalog);
    }
    Ok(ingested)
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

/// The largest `catalog.toml` svcat reads.
const MAX_CATALOG_TOML_BYTES: u64 = 1 << 20;

/// Whether `path` (which exists) stays inside `root` once symlinks are followed.
fn stays_inside(path: &Path, root: &Path) -> bool {
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

fn read_catalog_toml(path: &Path, dir: &Path) -> Result<CatalogToml, Error> {
    let display = path.display().to_string();
    let refuse = |message: String, help: &str| Error::Unreadable {
        file: display.clone(),
        sheet: None,
        cell: None,
        message,
        help: Some(help.into()),
    };
    if !stays_inside(path, dir) {
        return Err(refuse(
            "catalog.toml 是指向目录之外的符号链接，svcat 不会读取它".into(),
            "把 catalog.toml 作为普通文件放在目录中",
        ));
    }
    let bytes =
        read_regular_file(path, MAX_CATALOG_TOML_BYTES).map_err(|e| Error::io(&display, e))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| refuse("catalog.toml 不是 UTF-8 编码".into(), "请用 UTF-8 编码保存"))?;
    // The message names the place, never quotes the file.
    let toml: CatalogToml = toml::from_str(&text).map_err(|e| {
        let place = e
            .span()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                format!("第 {} 行：", before.matches('\n').count() + 1)
            })
            .unwrap_or_default();
        refuse(
            format!("catalog.toml 有误：{place}{}", e.message()),
            "可用的键：region、level、version、date、schema、upper、max_visits、kind",
        )
    })?;
    for (key, name) in [("schema", &toml.schema), ("upper", &toml.upper)] {
        let Some(name) = name else { continue };
        if key == "schema"
            && svcat_core::schema::BUILTIN_SCHEMAS
                .iter()
                .any(|(n, _)| n == name)
        {
            continue;
        }
        let target = dir.join(name);
        if leaves_by_name(name) || (target.exists() && !stays_inside(&target, dir)) {
            return Err(refuse(
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
        let supported = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            SPREADSHEET_EXTENSIONS
                .iter()
                .any(|s| e.eq_ignore_ascii_case(s))
        });
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
