//! The library's errors: each names the file (and sheet, cell where known) and says what to do.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use miette::Diagnostic;

use crate::schema::SchemaError;

#[derive(Debug, thiserror::Error, Diagnostic)]
#[non_exhaustive]
pub enum Error {
    #[error("无法读取 {file}：{source}")]
    #[diagnostic(
        code(svcat::io),
        help("确认文件存在、有读取权限，且没有被其他程序独占打开")
    )]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{}：{message}", location(file, sheet.as_deref(), cell.as_deref()))]
    #[diagnostic(code(svcat::unreadable), help("{}", help.as_deref().unwrap_or("请用 Excel、WPS 或 LibreOffice 打开并另存为 xlsx 或 UTF-8 csv 后再试")))]
    Unreadable {
        file: String,
        sheet: Option<String>,
        cell: Option<String>,
        message: String,
        help: Option<String>,
    },

    #[error(transparent)]
    #[diagnostic(transparent)]
    Schema(Box<SchemaError>),

    #[error("{message}")]
    #[diagnostic(code(svcat::usage))]
    Usage {
        message: String,
        #[help]
        help: Option<String>,
    },

    /// Not one item was read from the inputs: a mistyped path, a directory without tables, a file
    /// that is no catalog. Never a green run.
    #[error("{message}")]
    #[diagnostic(code(svcat::nothing_read), help("{help}"))]
    NothingRead { message: String, help: String },

    #[error("无法写入 {file}：{source}")]
    #[diagnostic(code(svcat::write), help("确认目录存在且可写，磁盘没有写满"))]
    Write {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

fn location(file: &str, sheet: Option<&str>, cell: Option<&str>) -> String {
    let mut s = file.to_string();
    if let Some(sheet) = sheet {
        s.push('!');
        s.push_str(sheet);
    }
    if let Some(cell) = cell {
        s.push('!');
        s.push_str(cell);
    }
    s
}

impl From<SchemaError> for Error {
    fn from(e: SchemaError) -> Error {
        Error::Schema(Box::new(e))
    }
}

impl Error {
    pub fn io(file: &str, source: std::io::Error) -> Error {
        Error::Io {
            file: file.to_string(),
            source,
        }
    }

    pub fn unreadable(file: &str, sheet: Option<&str>, message: impl Into<String>) -> Error {
        Error::Unreadable {
            file: file.to_string(),
            sheet: sheet.map(str::to_string),
            cell: None,
            message: message.into(),
            help: None,
        }
    }

    /// The file an error is about, when it is about one.
    pub fn file(&self) -> Option<&str> {
        match self {
            Error::Io { file, .. } | Error::Unreadable { file, .. } | Error::Write { file, .. } => {
                Some(file)
            }
            _ => None,
        }
    }

    pub fn usage(message: impl Into<String>, help: Option<&str>) -> Error {
        Error::Usage {
            message: message.into(),
            help: help.map(str::to_string),
        }
    }
}

thread_local! {
    static IN_PARSER: Cell<bool> = const { Cell::new(false) };
}

/// True while a third-party parser runs under [`catch_parser_panic`]; the binary's panic hook
/// stays quiet then, because the panic becomes an ordinary error about the file.
pub fn in_parser() -> bool {
    IN_PARSER.with(Cell::get)
}

/// Runs a call into a file parser; a panic in it (a malformed file tripping the parser) becomes an
/// error message instead of ending svcat.
pub fn catch_parser_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let was = IN_PARSER.with(|c| c.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    IN_PARSER.with(|c| c.set(was));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "解析器内部错误".to_string())
    })
}
