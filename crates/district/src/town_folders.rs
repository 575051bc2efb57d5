//! One folder per town, ready to send back: for each department of the town, its annotated
//! workbook (问题清单 first, then its own sheets with the problem cells marked, as
//! `check --annotate` makes them, other departments' rows of a shared sheet hidden) and its fill-in template pre-filled with its current items.

use std::path::{Path, PathBuf};

use svcat_core::error::Error;

use crate::department_parts::department_parts;
use crate::file_names::UniqueNames;
use crate::model::Town;

/// The annotated workbook of a department: `<部门>-问题标注.xlsx`.
pub const ANNOTATED_SUFFIX: &str = "-问题标注.xlsx";
/// The pre-filled template of a department: `<部门>-填报模板.xlsx`.
pub const TEMPLATE_SUFFIX: &str = "-填报模板.xlsx";
/// The name the items that name no department go under.
pub const NO_DEPARTMENT: &str = "未填部门";

/// Writes the town's department workbooks into `folder` (which exists). Returns the files
/// written, by name within the folder, in department order (each department's annotated
/// workbook, then its template).
pub fn write_town_folder(town: &Town, folder: &Path) -> Result<Vec<String>, Error> {
    let mut names = UniqueNames::new(&[]);
    let mut written = Vec::new();
    // The paths the town was read with: the copies find their sheets by the names findings
    // give files, which depend on them (a directory's files by name, a file as given).
    let inputs = if town.files.is_empty() {
        std::slice::from_ref(&town.path)
    } else {
        town.files.as_slice()
    };
    for part in department_parts(&town.catalog, &town.report) {
        let department = (!part.name.is_empty()).then_some(part.name.as_str());
        let shown = department.unwrap_or(NO_DEPARTMENT);
        let annotated = names.name(shown, NO_DEPARTMENT, ANNOTATED_SUFFIX);
        svcat_report::annotate::write_annotated_part(
            &folder.join(&annotated),
            inputs,
            &part.catalog,
            &part.report,
            &part.hidden,
        )?;
        written.push(annotated);
        let template = names.name(shown, NO_DEPARTMENT, TEMPLATE_SUFFIX);
        svcat_emit::template::write_prefilled_template(
            &part.catalog,
            &part.items,
            department,
            &folder.join(&template),
        )?;
        written.push(template);
    }
    Ok(written)
}

/// The folder for a town inside `dir`: made if missing; an existing one must be a directory of
/// its own (not a link that would carry the files elsewhere).
pub fn town_folder(dir: &Path, name: &str) -> Result<PathBuf, Error> {
    let folder = dir.join(name);
    match std::fs::symlink_metadata(&folder) {
        Ok(meta) if meta.is_dir() => Ok(folder),
        Ok(_) => Err(Error::usage(
            format!(
                "{} 已存在，但不是目录（或是指向别处的链接），svcat 不会往里写，也不会删除它",
                folder.display()
            ),
            Some("换一个输出目录，或先把它移走"),
        )),
        Err(_) => {
            std::fs::create_dir(&folder).map_err(|source| Error::Write {
                file: folder.display().to_string(),
                source,
            })?;
            Ok(folder)
        }
    }
}
