//! The library's errors: each names the file (and sheet, cell where known) and says what to do.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use miette::Diagnostic;

use crate::schema::SchemaError;

#[derive(Debug, thiserror::Error, Diagnostic)]
#[non_exhaustive]
pub enum Error {
    #[error("无法读取 {file}：{}", io_reason(source))]
    #[diagnostic(help("确认文件存在、有读取权限，且没有被其他程序独占打开"))]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{}：{message}", location(file, sheet.as_deref(), cell.as_deref()))]
    #[diagnostic(help("{}", help.as_deref().unwrap_or("请用 Excel、WPS 或 LibreOffice 打开并另存为 xlsx 或 UTF-8 csv 后再试")))]
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
    #[diagnostic()]
    Usage {
        message: String,
        #[help]
        help: Option<String>,
    },

    /// Not one item was read from the inputs: a mistyped path, a directory without tables, a file
    /// that is no catalog. Never a green run.
    #[error("{message}")]
    #[diagnostic(help("{help}"))]
    NothingRead { message: String, help: String },

    #[error("无法写入 {file}：{}", io_reason(source))]
    #[diagnostic(help("确认目录存在且可写，磁盘没有写满"))]
    Write {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// What went wrong with a file, in Chinese: the system's English text ("No such file or directory
/// (os error 2)") says nothing to staff. svcat's own messages (already Chinese) pass unchanged.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let own = e.to_string();
    if own.chars().any(|c| c > '\u{2E80}') {
        return own;
    }
    let reason = match e.kind() {
        ErrorKind::NotFound => "文件或目录不存在",
        ErrorKind::PermissionDenied => "没有权限（文件可能被设为只读，或属于其他用户）",
        ErrorKind::AlreadyExists => "文件已存在",
        ErrorKind::IsADirectory => "这是一个目录，不是文件",
        ErrorKind::NotADirectory => "路径中的某一段不是目录",
        ErrorKind::DirectoryNotEmpty => "目录不是空的",
        ErrorKind::StorageFull => "磁盘已满",
        ErrorKind::ReadOnlyFilesystem => "所在的磁盘只能读、不能写",
        ErrorKind::InvalidData => "内容无法识别（文件可能已损坏，或不是它的扩展名所说的格式）",
        ErrorKind::UnexpectedEof => "文件不完整（可能没有保存完或已损坏）",
        ErrorKind::FileTooLarge => "文件太大",
        ErrorKind::ResourceBusy => "文件正被其他程序使用",
        ErrorKind::TimedOut => "等待超时",
        ErrorKind::Interrupted => "操作被中断",
        ErrorKind::OutOfMemory => "内存不足",
        ErrorKind::BrokenPipe => "输出被提前关闭",
        ErrorKind::CrossesDevices => "不能跨磁盘移动文件",
        ErrorKind::InvalidFilename => "文件名无效（过长或含有不允许的字符）",
        _ => {
            return match e.raw_os_error() {
                Some(code) => format!("系统错误（错误码 {code}）"),
                None => format!("系统错误：{own}"),
            };
        }
    };
    reason.to_string()
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
