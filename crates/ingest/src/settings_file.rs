//! A settings file (`catalog.toml`, `district.toml`) read whole and parsed, with every error
//! pointing at its line: both are read the same way, bounded, as UTF-8, with unknown keys named
//! and the nearest known one suggested.

// An error carries the TOML for the report; it happens once per run, at start-up.
#![allow(clippy::result_large_err)]

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;

use svcat_core::error::Error;
use svcat_core::input::read_regular_file;
use svcat_core::schema::SchemaError;
use svcat_core::suggest::unknown_key_help;

/// The largest settings file svcat reads.
const MAX_SETTINGS_BYTES: u64 = 1 << 20;

/// A settings file's text, and the name its errors give it.
pub struct SettingsFile {
    /// Its path as messages show it.
    pub display: String,
    pub text: String,
}

impl SettingsFile {
    /// Reads `path` (a regular file, at most 1 MiB, UTF-8); `name` (catalog.toml) says which
    /// file it is in the message when it is not UTF-8.
    pub fn read(path: &Path, display: String, name: &str) -> Result<SettingsFile, Error> {
        let bytes =
            read_regular_file(path, MAX_SETTINGS_BYTES).map_err(|e| Error::io(&display, e))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            refuse(
                &display,
                format!("{name} 不是 UTF-8 编码"),
                "请用 UTF-8 编码保存",
            )
        })?;
        Ok(SettingsFile { display, text })
    }

    /// Parses the text; a TOML mistake points at its place, an unknown key names the known ones
    /// (`keys_help` otherwise says what may be written).
    pub fn parse<T: DeserializeOwned>(
        &self,
        keys_help: impl FnOnce() -> String,
    ) -> Result<T, Error> {
        toml::from_str(&self.text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            let (label, help) = unknown_key_help(e.message())
                .unwrap_or_else(|| (e.message().to_string(), keys_help()));
            self.error_at(span, "TOML 写法不对".into(), &label, help)
        })
    }

    /// An error at `span` of the text: "<file> 有误：<message>", the line shown with `label`.
    pub fn error_at(
        &self,
        span: Range<usize>,
        message: String,
        label: &str,
        help: String,
    ) -> Error {
        let message = format!("{} 有误：{message}", self.display);
        SchemaError::in_text(&self.display, &self.text, span, message, label, Some(help)).into()
    }
}

/// A settings file svcat will not read (a link out of its directory, not UTF-8), by its path.
pub fn refuse(display: &str, message: String, help: &str) -> Error {
    Error::Unreadable {
        file: display.to_string(),
        sheet: None,
        cell: None,
        message,
        help: Some(help.into()),
    }
}
