//! What to say when a read gave not one item: what the inputs hold instead (a directory without
//! spreadsheets, a settings file, sheets without a header or without rows), so every command that
//! reads a catalog says it the same way.

use std::path::{Path, PathBuf};

use svcat_core::error::Error;

use super::{Ingested, NoticeKind};

/// The error for inputs that gave not one item, saying what was found instead; None when some
/// item was read. (The files that could not be read at all are reported on their own.)
pub fn nothing_read(paths: &[PathBuf], ingested: &Ingested) -> Option<Error> {
    if ingested.items_read > 0 {
        return None;
    }
    let settings_file = |file: &str| {
        Path::new(file)
            .file_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("catalog.toml"))
    };
    let mut found: Vec<String> = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        if path.is_dir() && ingested.files == 0 && ingested.errors.is_empty() {
            found.push(format!("目录 {name} 中没有表格文件"));
        } else if settings_file(&name) {
            found.push(format!(
                "{name} 是目录的设置文件，不是事项表格（要检查的是它所在的目录）"
            ));
        }
    }
    for notice in &ingested.notices {
        if !matches!(notice.kind, NoticeKind::NoHeader) || settings_file(&notice.file) {
            continue;
        }
        let what = "前 30 行中找不到表头，不像事项表格";
        let place = match &notice.sheet {
            Some(sheet) => format!("{}!{sheet}", notice.file),
            None => notice.file.clone(),
        };
        found.push(format!("{place}：{what}"));
    }
    let skipped = ingested
        .notices
        .iter()
        .filter(|n| matches!(n.kind, NoticeKind::SkippedSheet { .. }))
        .count();
    if skipped > 0 {
        found.push(format!(
            "{skipped} 张工作表不是事项表（填报说明、汇总等），已跳过"
        ));
    }
    // Sheets with a header and no rows, the first few by name.
    const NAMED: usize = 5;
    let headed = &ingested.catalog.sheets;
    for sheet in headed.iter().take(NAMED) {
        let place = match &sheet.sheet {
            Some(name) => format!("{}!{name}", sheet.file),
            None => sheet.file.clone(),
        };
        found.push(format!("{place}：有表头，但表头下没有事项行"));
    }
    if headed.len() > NAMED {
        found.push(format!("另有 {} 张表也是这样", headed.len() - NAMED));
    }
    // Only unreadable files: what to do is said with each of them.
    let only_unreadable = found.is_empty() && !ingested.errors.is_empty();
    if !ingested.errors.is_empty() {
        found.push(format!("{} 个文件无法读取（见上）", ingested.errors.len()));
    }
    if found.is_empty() {
        for path in paths {
            let name = path.display();
            found.push(if path.is_dir() {
                format!("目录 {name} 中的 {} 个文件里没有事项表", ingested.files)
            } else {
                format!("{name} 中没有可读的工作表")
            });
        }
    }
    let help = if only_unreadable {
        "先按上面的提示处理无法读取的文件，再重新运行"
    } else {
        "svcat 读取 xlsx、xls、et、ods、csv、tsv 表格和 svcat 目录 JSON；事项表的表头要在前 30 行内，\
         至少含“事项名称”“事项编码”等三个标准要素（只列事项名称的名单，表头写在第一行）"
    };
    Some(Error::NothingRead {
        message: format!("没有读到任何事项：{}", found.join("；")),
        help: help.to_string(),
    })
}
