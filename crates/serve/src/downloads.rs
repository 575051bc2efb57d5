//! The files a session offers, each made by svcat's library from the uploaded catalog, as the
//! command that makes it would: the annotated workbook (`check --annotate`), the standard catalog
//! (`export`), the public lists (`lists`), the guide booklet (`guide`) and the fill-in templates
//! (`template`). Lists, guide and templates are several files: they come as one zip. Two
//! revisions offer their 新旧对照表 (`diff --format xlsx`); a district its dashboard (to view)
//! and all of `district -o DIR`'s output as one zip.

use std::io::Write;
use std::path::Path;

use crate::checked::{catalog_of, check};
use crate::failure::{Failure, Said};
use crate::upload::{Kind, Upload};
use svcat_core::error::Error;
use svcat_district::dashboard::DASHBOARD;
use svcat_district::summary_workbook::SUMMARY_WORKBOOK;

/// A file to send: its name (for Content-Disposition), type and bytes.
pub struct Download {
    pub name: &'static str,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP: &str = "application/zip";
pub const HTML: &str = "text/html; charset=utf-8";

/// The download `what` names, or None for a name that is none of them.
pub fn make(upload: &Upload, what: &str) -> Option<Result<Download, Failure>> {
    let made = match (upload.kind, what) {
        (Kind::Check, "annotated.xlsx") => annotated(upload),
        (Kind::Check, "catalog.xlsx") => catalog_xlsx(upload),
        (Kind::Check, "lists.zip") => lists(upload),
        (Kind::Check, "guide.zip") => guide(upload),
        (Kind::Check, "templates.zip") => templates(upload),
        (Kind::Diff, "diff.xlsx") => diff_xlsx(upload),
        (Kind::District, "dashboard.html") => district(upload, Some(DASHBOARD)),
        // The dashboard links its summary workbook by its own name.
        (Kind::District, SUMMARY_WORKBOOK) => district(upload, Some(SUMMARY_WORKBOOK)),
        (Kind::District, "district.zip") => district(upload, None),
        _ => return None,
    };
    Some(made)
}

/// The library's error, with the upload's private paths hidden.
fn failed(upload: &Upload) -> impl Fn(Error) -> Failure + '_ {
    move |e| Failure {
        status: axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        error: Said::of(&e, &upload.hidden_paths()),
        unreadable: Vec::new(),
    }
}

/// A fresh directory for one download's files, inside the upload's own (removed with it).
fn scratch(upload: &Upload) -> Result<tempfile::TempDir, Failure> {
    tempfile::Builder::new()
        .prefix("out-")
        .tempdir_in(upload.root())
        .map_err(|e| Failure::internal(format!("无法创建临时目录：{e}")))
}

fn annotated(upload: &Upload) -> Result<Download, Failure> {
    let checked = check(upload)?;
    let bytes = svcat_report::annotate::annotate_workbook(
        &[upload.catalog.read_path()],
        &checked.ingested.catalog,
        &checked.report,
        "问题标注.xlsx",
    )
    .map_err(failed(upload))?;
    Ok(Download {
        name: "问题标注.xlsx",
        mime: XLSX,
        bytes,
    })
}

fn catalog_xlsx(upload: &Upload) -> Result<Download, Failure> {
    let catalog = catalog_of(upload)?;
    let dir = scratch(upload)?;
    let path = dir.path().join("目录.xlsx");
    svcat_emit::xlsx::write_catalog_xlsx(&catalog, &path).map_err(failed(upload))?;
    Ok(Download {
        name: "标准目录.xlsx",
        mime: XLSX,
        bytes: read(&path)?,
    })
}

fn lists(upload: &Upload) -> Result<Download, Failure> {
    let catalog = catalog_of(upload)?;
    let dir = scratch(upload)?;
    svcat_emit::lists::write_lists(&catalog, dir.path()).map_err(failed(upload))?;
    Ok(Download {
        name: "公示清单.zip",
        mime: ZIP,
        bytes: zip_dir(dir.path())?,
    })
}

fn guide(upload: &Upload) -> Result<Download, Failure> {
    let catalog = catalog_of(upload)?;
    let glossary = svcat_guide::builtin_glossary();
    let guide = svcat_guide::build_guide(&catalog, &glossary, None).map_err(failed(upload))?;
    let dir = scratch(upload)?;
    svcat_guide::write_guide(&guide, svcat_guide::GuideFormat::Html, dir.path())
        .map_err(failed(upload))?;
    Ok(Download {
        name: "办事指南.zip",
        mime: ZIP,
        bytes: zip_dir(dir.path())?,
    })
}

/// One fill-in workbook per department of the catalog, each named after it.
fn templates(upload: &Upload) -> Result<Download, Failure> {
    let catalog = catalog_of(upload)?;
    let dir = scratch(upload)?;
    let standard = svcat_core::department::Departments::of(&catalog);
    let mut departments: Vec<String> = Vec::new();
    for item in &catalog.items {
        let written = catalog.text(item, "department");
        let d = standard.standard(&written).trim().to_string();
        if !d.is_empty() && !departments.contains(&d) {
            departments.push(d);
        }
    }
    let mut used = Vec::new();
    for (n, department) in departments.iter().enumerate() {
        let mut stem = file_stem(department).unwrap_or_else(|| format!("部门{}", n + 1));
        if used.contains(&stem) {
            stem = format!("{stem}-{}", n + 1);
        }
        let path = dir.path().join(format!("{stem}填报模板.xlsx"));
        svcat_emit::template::write_template(&catalog.schema, Some(department), &path)
            .map_err(failed(upload))?;
        used.push(stem);
    }
    if departments.is_empty() {
        let path = dir.path().join("填报模板.xlsx");
        svcat_emit::template::write_template(&catalog.schema, None, &path)
            .map_err(failed(upload))?;
    }
    Ok(Download {
        name: "填报模板.zip",
        mime: ZIP,
        bytes: zip_dir(dir.path())?,
    })
}

fn diff_xlsx(upload: &Upload) -> Result<Download, Failure> {
    let compared = crate::compared::compare(upload)?;
    Ok(Download {
        name: "新旧对照表.xlsx",
        mime: XLSX,
        bytes: compared.workbook()?,
    })
}

/// `district -o DIR`'s output: one file of it (the dashboard, to view in the browser; the
/// summary workbook) or all of it zipped.
fn district(upload: &Upload, one: Option<&'static str>) -> Result<Download, Failure> {
    let mut ran = crate::district_run::run(upload)?;
    let dir = scratch(upload)?;
    let out = dir.path().join("汇总");
    ran.write_outputs(&out)?;
    if let Some(name) = one {
        return Ok(Download {
            name,
            mime: if name == DASHBOARD { HTML } else { XLSX },
            bytes: read(&out.join(name))?,
        });
    }
    Ok(Download {
        name: "汇总.zip",
        mime: ZIP,
        bytes: zip_dir(&out)?,
    })
}

/// A department's name as a file name valid on Windows too, or None when nothing of it is.
fn file_stem(name: &str) -> Option<String> {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*' | '/' | '\\') {
                '_'
            } else {
                c
            }
        })
        .take(60)
        .collect();
    let stem = stem.trim().trim_end_matches('.').to_string();
    (!stem.is_empty() && crate::names::parse(&format!("{stem}.xlsx")).is_ok()).then_some(stem)
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::internal(format!("无法读取生成的文件：{e}")))
}

/// The files under `dir` as a zip, in name order, with a fixed timestamp (the same input gives
/// the same bytes).
fn zip_dir(dir: &Path) -> Result<Vec<u8>, Failure> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    let fail = |e: zip::result::ZipError| Failure::internal(format!("无法打包下载文件：{e}"));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for name in files {
        zip.start_file(name.as_str(), options).map_err(fail)?;
        let bytes = read(&dir.join(&name))?;
        zip.write_all(&bytes)
            .map_err(|e| Failure::internal(format!("无法打包下载文件：{e}")))?;
    }
    let cursor = zip.finish().map_err(fail)?;
    Ok(cursor.into_inner())
}

/// Paths of the regular files under `dir`, relative to `base`, with `/` between parts.
fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), Failure> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Failure::internal(format!("无法读取临时目录：{e}")))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            collect(base, &path, out)?;
        } else if kind.is_file()
            && let Ok(rel) = path.strip_prefix(base)
        {
            // Every name valid on Windows too (the library's already are: this keeps them so).
            let parts: Vec<String> = rel
                .components()
                .map(|c| svcat_core::file_name::file_name(&c.as_os_str().to_string_lossy()))
                .collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}
