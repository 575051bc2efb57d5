//! Plain-language service guides (`svcat guide`): the catalog rewritten in everyday words through
//! the glossary, as a printable HTML booklet with one page per item, per-item pages, one-time
//! notices (一次性告知单) and Markdown, plus a readability summary.
//!
//! [`build_guide`] turns a catalog into [`GuideItem`]s (format-free content, see `content.rs`,
//! written by `page.rs`); `html.rs` and `markdown.rs` lay them out; [`write_guide`] writes the
//! files.

pub mod content;
pub mod html;
pub mod manual;
pub mod markdown;
pub mod page;
pub mod summary;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

pub use content::{GuideItem, HEADINGS, MISSING};
pub use page::build_item;
pub use svcat_plain::{BODY_ELEMENTS, Measured};
pub use svcat_plain::{Glossary, builtin_glossary, load_glossary};

use svcat_core::error::Error;
use svcat_core::model::{Catalog, CatalogMeta, Item};
use svcat_core::output::write_atomic;

/// Which files a guide is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideFormat {
    Html,
    Markdown,
}

/// A department and its items, in booklet order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Department {
    pub name: String,
    /// Indices into [`Guide::items`].
    pub items: Vec<usize>,
}

/// The whole guide, ready to render.
pub struct Guide {
    pub meta: CatalogMeta,
    pub departments: Vec<Department>,
    pub items: Vec<GuideItem>,
    /// The glossary's marker names, for the summary.
    pub markers: Vec<String>,
    pub max_sentence: usize,
}

/// The department heading for items that name none.
pub const NO_DEPARTMENT: &str = "未注明部门";

/// Builds the guide for a catalog, or for the items `selection` names (by code or name).
pub fn build_guide(
    catalog: &Catalog,
    glossary: &Glossary,
    selection: Option<&str>,
) -> Result<Guide, Error> {
    let chosen: Vec<&Item> = match selection {
        None => catalog.items.iter().collect(),
        Some(wanted) => select(catalog, wanted)?,
    };
    // Departments in order of first appearance; items keep catalog order within them.
    let mut departments: Vec<(String, Vec<&Item>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // A department written two ways (X004) is one section, under its standard spelling.
    let standard = svcat_core::department::Departments::of(catalog);
    for item in chosen {
        let written = catalog.text(item, "department");
        let dept = standard.standard(&written).to_string();
        let dept = if dept.is_empty() {
            NO_DEPARTMENT.to_string()
        } else {
            dept
        };
        let i = *index.entry(dept.clone()).or_insert_with(|| {
            departments.push((dept, Vec::new()));
            departments.len() - 1
        });
        departments[i].1.push(item);
    }
    if let Some(i) = departments.iter().position(|(d, _)| d == NO_DEPARTMENT) {
        let none = departments.remove(i);
        departments.push(none);
    }
    let ordered: Vec<&Item> = departments
        .iter()
        .flat_map(|(_, items)| items.iter().copied())
        .collect();
    let slugs = slugs(catalog, &ordered);
    // Which elements each sheet's kind of list carries: once for the guide, not per page.
    let masks = catalog.list_masks();
    let items: Vec<GuideItem> = ordered
        .par_iter()
        .zip(slugs.into_par_iter())
        .enumerate()
        .map(|(i, (item, slug))| build_item(catalog, glossary, &masks, item, i + 1, slug))
        .collect();
    let mut next = 0;
    let departments = departments
        .into_iter()
        .map(|(name, list)| {
            let indices = (next..next + list.len()).collect();
            next += list.len();
            Department {
                name,
                items: indices,
            }
        })
        .collect();
    Ok(Guide {
        meta: catalog.meta.clone(),
        departments,
        items,
        markers: glossary.markers.iter().map(|m| m.name.clone()).collect(),
        max_sentence: glossary.max_sentence,
    })
}

/// The items `--item` names: by code, else by name.
fn select<'c>(catalog: &'c Catalog, wanted: &str) -> Result<Vec<&'c Item>, Error> {
    let wanted = wanted.trim();
    let by_code: Vec<&Item> = catalog
        .items
        .iter()
        .filter(|i| catalog.text(i, "code").trim() == wanted)
        .collect();
    if !by_code.is_empty() {
        return Ok(by_code);
    }
    let by_name: Vec<&Item> = catalog
        .items
        .iter()
        .filter(|i| catalog.text(i, "name").trim() == wanted)
        .collect();
    if !by_name.is_empty() {
        return Ok(by_name);
    }
    let names: Vec<String> = catalog
        .items
        .iter()
        .map(|i| catalog.text(i, "name"))
        .collect();
    let nearest = svcat_core::suggest::nearest(wanted, names.iter().map(String::as_str));
    Err(Error::usage(
        format!("目录中没有编码或名称为“{wanted}”的事项"),
        Some(&match nearest {
            Some(n) => format!("是不是“{n}”？--item 接受事项编码或完整的事项名称"),
            None => "--item 接受事项编码或完整的事项名称；svcat import 可列出全部事项".to_string(),
        }),
    ))
}

/// File name stems: the item's code when it is a safe file name (ASCII letters, digits, - and _),
/// else item-00001 by position; a name Windows reserves for a device (CON, NUL, COM1 …) gets a
/// trailing `_`; made unique without regard to case (for case-insensitive disks).
fn slugs(catalog: &Catalog, items: &[&Item]) -> Vec<String> {
    let mut used: HashSet<String> = HashSet::new();
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let code = catalog.text(item, "code");
            let code = code.trim();
            let safe = !code.is_empty()
                && code.len() <= 64
                && code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            let base = if !safe {
                format!("item-{:05}", i + 1)
            } else if svcat_core::file_name::is_reserved(code) {
                format!("{code}_")
            } else {
                code.to_string()
            };
            let mut slug = base.clone();
            let mut n = 2;
            while !used.insert(slug.to_ascii_lowercase()) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            slug
        })
        .collect()
}

/// The files of a guide: path relative to the output directory, and content.
pub struct GuideFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Writes a guide into `dir`: the booklet (or Markdown index), one page and one notice per item,
/// and summary.json. Files a previous run wrote there (as its summary.json lists) that this run
/// does not write are removed; nothing outside `dir` is touched. Returns the summary JSON.
pub fn write_guide(
    guide: &Guide,
    format: GuideFormat,
    dir: &Path,
) -> Result<serde_json::Value, Error> {
    // Links inside the output directory are never followed: a symlinked items/ would have pages
    // written, and old ones removed, wherever it points.
    for name in [
        "items",
        "notices",
        "index.html",
        "index.md",
        summary::SUMMARY_FILE,
    ] {
        refuse_link(dir, name)?;
    }
    for sub in ["", "items", "notices"] {
        if format == GuideFormat::Markdown && sub == "notices" {
            continue;
        }
        let d = dir.join(sub);
        std::fs::create_dir_all(&d).map_err(|e| Error::Write {
            file: d.display().to_string(),
            source: e,
        })?;
    }
    let previous = previous_files(dir);

    // Per-item pages (and the booklet's articles) are rendered and written in parallel; each file
    // is written whole to a temporary file and renamed into place.
    let written: Vec<(Vec<String>, Option<String>)> = guide
        .items
        .par_iter()
        .map(|item| -> Result<(Vec<String>, Option<String>), Error> {
            let files = match format {
                GuideFormat::Html => {
                    let mut files = vec![GuideFile {
                        path: format!("items/{}.html", item.slug),
                        bytes: html::item_page(guide, item).into_bytes(),
                    }];
                    if let Some(notice) = &item.notice {
                        files.push(GuideFile {
                            path: format!("notices/{}.html", item.slug),
                            bytes: html::notice_page(guide, item, notice).into_bytes(),
                        });
                    }
                    files
                }
                GuideFormat::Markdown => vec![GuideFile {
                    path: format!("items/{}.md", item.slug),
                    bytes: markdown::item_page(guide, item).into_bytes(),
                }],
            };
            let mut paths = Vec::with_capacity(files.len());
            for f in files {
                refuse_link(dir, &f.path)?;
                write_file(&dir.join(&f.path), &f.bytes)?;
                paths.push(f.path);
            }
            let article = (format == GuideFormat::Html).then(|| html::booklet_article(guide, item));
            Ok((paths, article))
        })
        .collect::<Result<_, _>>()?;
    let (paths, articles): (Vec<Vec<String>>, Vec<Option<String>>) = written.into_iter().unzip();
    let mut files: Vec<String> = paths.into_iter().flatten().collect();
    let index = match format {
        GuideFormat::Html => {
            let articles: Vec<String> = articles.into_iter().flatten().collect();
            write_atomic(&dir.join("index.html"), |out| {
                html::write_booklet(out, guide, &articles)
            })?;
            "index.html"
        }
        GuideFormat::Markdown => {
            let text = markdown::index(guide);
            write_atomic(&dir.join("index.md"), |out| out.write_all(text.as_bytes()))?;
            "index.md"
        }
    };
    files.insert(0, index.to_string());
    files.push(summary::SUMMARY_FILE.to_string());

    let json = summary::summary_json(guide, format, &files);
    let mut text = serde_json::to_string_pretty(&json).expect("JSON");
    text.push('\n');
    write_atomic(&dir.join(summary::SUMMARY_FILE), |out| {
        out.write_all(text.as_bytes())
    })?;

    let keep: BTreeSet<&str> = files.iter().map(String::as_str).collect();
    for old in previous.iter().filter(|p| !keep.contains(p.as_str())) {
        let path = dir.join(old);
        if written_by_svcat(&path) {
            let _ = std::fs::remove_file(path);
        }
    }
    Ok(json)
}

/// Refuses `name` inside the output directory when it is a symbolic link.
fn refuse_link(dir: &Path, name: &str) -> Result<(), Error> {
    let path = dir.join(name);
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Error::usage(
            format!(
                "输出目录中的 {} 是符号链接，svcat 不会跟随它写入或删除文件",
                path.display()
            ),
            Some("删除这个链接，或换一个输出目录"),
        ));
    }
    Ok(())
}

/// Whether an old page may be removed: a regular file (not a link) that a guide wrote, as the
/// generator mark of an HTML page says; a Markdown page carries no mark and is judged by its name.
fn written_by_svcat(path: &Path) -> bool {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        return false;
    }
    if path.extension().is_some_and(|e| e == "html") {
        let mut head = [0u8; 512];
        let n = std::fs::File::open(path)
            .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
            .unwrap_or(0);
        return head[..n]
            .windows(GENERATOR_MARK.len())
            .any(|w| w == GENERATOR_MARK);
    }
    true
}

/// The mark every HTML page of a guide carries in its head.
const GENERATOR_MARK: &[u8] = b"<meta name=\"generator\" content=\"svcat\">";

/// The files the previous run's summary.json lists, when they are plain relative paths of the
/// kinds a guide writes (never anything that could lead outside the directory).
fn previous_files(dir: &Path) -> Vec<String> {
    if refuse_link(dir, "items").is_err() || refuse_link(dir, "notices").is_err() {
        return Vec::new();
    }
    let Ok(text) = std::fs::read_to_string(dir.join(summary::SUMMARY_FILE)) else {
        return Vec::new();
    };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Vec::new();
    };
    if json["svcat"] != summary::SUMMARY_CONTRACT {
        return Vec::new();
    }
    json["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f.as_str())
        .filter(|f| {
            let path = Path::new(f);
            path.components().all(|c| matches!(c, Component::Normal(_)))
                && (f.starts_with("items/") || f.starts_with("notices/"))
                && (f.ends_with(".html") || f.ends_with(".md"))
        })
        .map(str::to_string)
        .collect()
}

/// Writes one file whole: to a temporary file beside it, then renamed over the target, so a reader
/// never sees half a page. A file that already holds these bytes is left alone (a rerun on an
/// unchanged catalog rewrites nothing, and a web server's copy keeps its date). Unlike
/// [`write_atomic`] it does not wait for the disk (fsync) per file: 10,000 items make 20,000
/// pages, and a flush each takes a minute.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    let wrap = |source| Error::Write {
        file: path.display().to_string(),
        source,
    };
    let dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut temp = svcat_core::output::temp_beside(path, &dir).map_err(wrap)?;
    temp.as_file_mut().write_all(bytes).map_err(wrap)?;
    temp.persist(path).map_err(wrap)?;
    Ok(())
}
