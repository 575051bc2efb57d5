//! The names uploaded files are stored under. A client's name is never used as a path: it is cut
//! to its last part, and refused when that part could mean anything but one plain file in the
//! upload's own directory, on Linux or on Windows. What is kept is also the name reports show, so
//! a finding names the file as the user named it.

/// Extensions the upload keeps: what a catalog directory reads (spreadsheets), its settings and
/// schema files (`catalog.toml`, a schema `.toml` it names) and svcat's catalog JSON (read when it
/// is the upload's one catalog file). Anything else in a dropped folder (DEFECTS.md, a PDF) is
/// left out, as a directory read on the command line leaves it out.
const KEPT_EXTENSIONS: &[&str] = &[
    "xlsx", "xlsm", "xls", "et", "ods", "csv", "tsv", "toml", "json",
];

/// Longest name kept, in bytes (the usual file-system limit).
const MAX_NAME_BYTES: usize = 255;

/// An uploaded file's name as the client sent it, split into the folder it came from (a browser
/// sends `town/01民政办.xlsx` for a dropped folder) and its own name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientName {
    /// The folders before the name, as sent (`town`, `catalogs/sample-town`), maybe empty.
    pub folder: Vec<String>,
    pub name: String,
}

/// Why a name is refused, in Chinese, for the error the client gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub shown: String,
    pub reason: &'static str,
}

impl Refused {
    pub fn message(&self) -> String {
        format!("上传的文件名“{}”不能使用：{}", self.shown, self.reason)
    }
}

/// Splits and checks a client's file name. Both separators count (a Windows browser may send
/// `\`); `..` and `.` anywhere, empty parts and unsafe characters are refused.
pub fn parse(raw: &str) -> Result<ClientName, Refused> {
    let shown: String = raw
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .take(120)
        .collect();
    let refuse = |reason| Refused {
        shown: shown.clone(),
        reason,
    };
    if raw.chars().any(char::is_control) {
        return Err(refuse("含有控制字符"));
    }
    let mut parts: Vec<&str> = raw.split(['/', '\\']).collect();
    // A leading separator (an absolute path) leaves an empty first part.
    if parts.iter().any(|p| p.is_empty()) {
        return Err(refuse("含有多余的路径分隔符或是绝对路径"));
    }
    if parts.iter().any(|p| *p == ".." || *p == ".") {
        return Err(refuse("含有“..”或“.”这样的路径成分"));
    }
    let name = parts.pop().unwrap_or_default().to_string();
    check_name(&name).map_err(refuse)?;
    Ok(ClientName {
        folder: parts.into_iter().map(str::to_string).collect(),
        name,
    })
}

/// Whether a folder's name, made a directory of the upload (a district's town), is one plain
/// name on Linux and Windows alike: as a file's name is.
pub fn check_folder(name: &str) -> Result<(), &'static str> {
    check_name(name)
}

/// Whether one name (no separators) is a plain file name on Linux and Windows alike.
fn check_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("文件名是空的");
    }
    if name.len() > MAX_NAME_BYTES {
        return Err("文件名过长");
    }
    if name
        .chars()
        .any(|c| matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
    {
        return Err("含有 Windows 文件名中不允许的字符（< > : \" | ? *）");
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Err("以点或空格结尾（Windows 不允许）");
    }
    if svcat_core::file_name::is_reserved(name) {
        return Err("是 Windows 保留的设备名（如 CON、NUL、COM1）");
    }
    Ok(())
}

/// Whether an upload keeps a file of this name: spreadsheets and settings; hidden files and
/// Office lock files (`~$x.xlsx`) are left out, as a directory read leaves them out.
pub fn kept(name: &str) -> bool {
    if name.starts_with('.') || name.starts_with("~$") {
        return false;
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    KEPT_EXTENSIONS.iter().any(|k| k.eq_ignore_ascii_case(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_split_off() {
        let n = parse("town/01民政办.xlsx").unwrap();
        assert_eq!(n.folder, vec!["town".to_string()]);
        assert_eq!(n.name, "01民政办.xlsx");
        let n = parse("a\\b\\c.csv").unwrap();
        assert_eq!(n.folder, vec!["a".to_string(), "b".to_string()]);
        assert_eq!(n.name, "c.csv");
    }

    #[test]
    fn unsafe_names_are_refused() {
        for bad in [
            "../x.xlsx",
            "a/../x.xlsx",
            "/etc/passwd",
            "x\u{0}.xlsx",
            "x\n.xlsx",
            "CON.xlsx",
            "nul",
            "com1.csv",
            "x.xlsx.",
            "x.xlsx ",
            "a:b.xlsx",
            "",
            "a//b.xlsx",
            ".",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(parse(&"长".repeat(100)).is_err());
    }

    #[test]
    fn spreadsheets_and_settings_are_kept() {
        assert!(kept("01民政办.XLSX"));
        assert!(kept("catalog.toml"));
        assert!(!kept("DEFECTS.md"));
        assert!(!kept("~$01民政办.xlsx"));
        assert!(!kept(".hidden.csv"));
        assert!(!kept("noext"));
    }
}
