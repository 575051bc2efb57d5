//! `-` as an input path: the file piped in (`cat 民政办.csv | svcat check -`), read bounded,
//! recognised by its first bytes, and copied into a private directory, so the readers see a file
//! of the right kind; findings name it `<标准输入>`.

use std::io::IsTerminal;

use super::InputFile;
use svcat_core::error::Error;
use svcat_core::input::{read_stdin, sniff_format};

/// The name findings and errors show for standard input.
pub const STDIN_NAME: &str = "<标准输入>";

/// The most svcat reads from standard input: more than any catalog, less than memory.
const MAX_STDIN_BYTES: u64 = 512 << 20;

/// The private directory standard input is copied into, removed when the read is over (and on
/// Ctrl-C before that).
pub(super) struct StdinDir(tempfile::TempDir);

impl Drop for StdinDir {
    fn drop(&mut self) {
        svcat_core::output::forget_unfinished(self.0.path());
    }
}

/// Reads standard input into a file in `dir` (created on first use; standard input is read once).
pub(super) fn read_into(dir: &mut Option<StdinDir>) -> Result<InputFile, Error> {
    if dir.is_some() {
        return Err(Error::usage(
            "标准输入（-）只能给一次",
            Some("去掉多余的 -，其余的表格用文件路径给出"),
        ));
    }
    if std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "输入路径是 -（标准输入），但标准输入是终端，没有文件传入",
            Some("用管道或重定向传入表格，例如：cat 民政办.csv | svcat check -"),
        ));
    }
    let bytes = read_stdin(MAX_STDIN_BYTES).map_err(|e| Error::io(STDIN_NAME, e))?;
    if bytes.is_empty() {
        return Err(Error::unreadable(STDIN_NAME, None, "标准输入是空的"));
    }
    let made = tempfile::tempdir().map_err(|e| Error::io("临时目录", e))?;
    // Removed on Ctrl-C too.
    svcat_core::output::track_unfinished(made.path());
    let path = made
        .path()
        .join(format!("标准输入.{}", sniff_format(&bytes)));
    std::fs::write(&path, bytes).map_err(|e| Error::io(STDIN_NAME, e))?;
    *dir = Some(StdinDir(made));
    Ok(InputFile {
        path,
        display: STDIN_NAME.to_string(),
    })
}
