//! What the server answers when it cannot do what was asked: an HTTP status and a JSON body with
//! the same Chinese message and advice the command line prints for the same input.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use svcat_core::error::Error;

/// One error, as the command line says it: `message` and `help` on their own, and `text`, the
/// whole diagnostic as the command line prints it (with the line of a catalog.toml pointed at).
#[derive(Debug, Clone, Serialize)]
pub struct Said {
    pub message: String,
    pub help: Option<String>,
    pub text: String,
}

impl Said {
    /// An svcat error, with the upload's private paths replaced by the names the user gave
    /// (`paths` maps each private prefix to what to show instead).
    pub fn of(e: &Error, paths: &[(String, String)]) -> Said {
        use miette::Diagnostic;
        let mut text = String::new();
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
                .without_cause_chain()
                .with_width(100);
        if handler.render_report(&mut text, e).is_err() {
            text = e.to_string();
        }
        Said {
            message: hide_paths(&e.to_string(), paths),
            help: e.help().map(|h| hide_paths(&h.to_string(), paths)),
            text: hide_paths(&text, paths),
        }
    }

    pub fn plain(message: impl Into<String>, help: Option<&str>) -> Said {
        let message = message.into();
        let text = match help {
            Some(help) => format!("{message}\n  help: {help}\n"),
            None => format!("{message}\n"),
        };
        Said {
            message,
            help: help.map(str::to_string),
            text,
        }
    }
}

/// Replaces each private path by its shown name, longest first (a file's path before its
/// directory's).
pub fn hide_paths(text: &str, paths: &[(String, String)]) -> String {
    let mut text = text.to_string();
    for (private, shown) in paths {
        text = text.replace(private.as_str(), shown);
    }
    text
}

/// A request the server refuses or could not carry out.
#[derive(Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub error: Said,
    /// Files that could not be read, said before the error as the command line does.
    pub unreadable: Vec<Said>,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a Said,
    unreadable: &'a [Said],
}

impl Failure {
    pub fn new(status: StatusCode, message: impl Into<String>, help: Option<&str>) -> Failure {
        Failure {
            status,
            error: Said::plain(message, help),
            unreadable: Vec::new(),
        }
    }

    pub fn bad_request(message: impl Into<String>, help: Option<&str>) -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, message, help)
    }

    pub fn too_large(message: impl Into<String>, help: Option<&str>) -> Failure {
        Failure::new(StatusCode::PAYLOAD_TOO_LARGE, message, help)
    }

    pub fn internal(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::INTERNAL_SERVER_ERROR, message, None)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let body = Body {
            error: &self.error,
            unreadable: &self.unreadable,
        };
        (self.status, Json(body)).into_response()
    }
}
