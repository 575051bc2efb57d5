//! The server's handlers: the page (rendered by a template engine with HTML auto-escaping), its
//! embedded script and style sheet, the JSON API and the downloads.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::{Environment, context};
use tokio::sync::Semaphore;

use crate::checked::check;
use crate::failure::Failure;
use crate::sessions::Sessions;
use crate::upload::{self, Kind, MAX_BYTES, MAX_FILES};

const PAGE: &str = include_str!("../assets/page.html");
const SCRIPT: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/style.css");
const ICON: &str = include_str!("../assets/icon.svg");

/// Nothing but the server's own script and style; no frames, no other sites.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                      connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The district dashboard, viewed from a session: its own inline style sheet and nothing else;
/// no script runs (sandboxed, without allow-scripts), no form is sent, nothing else is loaded.
const DASHBOARD_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                                form-action 'none'; frame-ancestors 'none'; base-uri 'none'; sandbox";

/// The server's state.
pub struct App {
    pub addr: SocketAddr,
    pub sessions: Sessions,
    templates: Environment<'static>,
    /// One check at a time: a check already uses every core, and two would double the memory.
    work: Semaphore,
}

impl App {
    pub fn new(addr: SocketAddr) -> App {
        let mut templates = Environment::new();
        // A ".html" name turns HTML auto-escaping on for every value the template prints.
        templates
            .add_template("page.html", PAGE)
            .expect("the embedded page template parses");
        App {
            addr,
            sessions: Sessions::default(),
            templates,
            work: Semaphore::new(1),
        }
    }

    /// Runs library work off the async workers, one job at a time.
    async fn blocking<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let _permit = self
            .work
            .acquire()
            .await
            .map_err(|_| Failure::internal("服务正在停止"))?;
        tokio::task::spawn_blocking(job)
            .await
            .unwrap_or_else(|_| Err(Failure::internal("处理时出现内部错误")))
    }

    fn render(&self, result: Option<(&str, &serde_json::Value)>) -> Response {
        let template = self.templates.get_template("page.html");
        let html = template.and_then(|t| {
            t.render(context! {
                id => result.map(|(id, _)| id),
                result => result.map(|(_, view)| view),
                max_bytes => MAX_BYTES,
                max_mb => MAX_BYTES / (1024 * 1024),
                max_files => MAX_FILES,
                version => env!("CARGO_PKG_VERSION"),
            })
        });
        match html {
            Ok(html) => (
                [
                    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                    (header::CONTENT_SECURITY_POLICY, POLICY),
                    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                html,
            )
                .into_response(),
            Err(e) => Failure::internal(format!("页面无法生成：{e}")).into_response(),
        }
    }
}

pub async fn index(State(app): State<Arc<App>>) -> Response {
    app.render(None)
}

pub async fn result(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    match app.sessions.get(&id) {
        Some(session) => app.render(Some((&id, &session.view))),
        None => expired().into_response(),
    }
}

/// The icon browsers ask for at /favicon.ico.
pub async fn asset_icon() -> Response {
    asset(Path("icon.svg".to_string())).await
}

pub async fn asset(Path(name): Path<String>) -> Response {
    let (body, mime) = match name.as_str() {
        "app.js" => (SCRIPT, "text/javascript; charset=utf-8"),
        "style.css" => (STYLE, "text/css; charset=utf-8"),
        "icon.svg" => (ICON, "image/svg+xml"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// `POST /api/check`: the report contract of `svcat check DIR --format json`, byte for byte, and
/// the exit code `check` would end with in `X-Svcat-Exit-Code`.
pub async fn api_check(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    api_json(app, headers, form, Kind::Check, |upload| {
        let checked = check(upload)?;
        Ok((checked.report_json(), checked.exit_code()))
    })
    .await
}

/// `POST /api/upload`: checks the upload and keeps it as a session for the result page and its
/// downloads; answers `{"id": …, "url": "/r/…"}`.
pub async fn api_upload(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let upload = match receive(&headers, form, Kind::Check).await {
        Ok(upload) => upload,
        Err(f) => return f.into_response(),
    };
    let made = app
        .blocking(move || {
            let checked = check(&upload)?;
            let view = crate::view::view(&upload, &checked);
            drop(checked);
            Ok((upload, view))
        })
        .await;
    let (upload, view) = match made {
        Ok(made) => made,
        Err(f) => return f.into_response(),
    };
    match app.sessions.insert(upload, view) {
        Ok(id) => {
            axum::Json(serde_json::json!({"id": id, "url": format!("/r/{id}")})).into_response()
        }
        Err(e) => Failure::internal(format!("无法建立会话：{e}")).into_response(),
    }
}

/// The JSON endpoints: receives an upload of `kind`, runs `answer` on it on a worker (the upload's
/// files are removed there when it is done), and answers the JSON with the exit code the command
/// would end with in `X-Svcat-Exit-Code`.
async fn api_json(
    app: Arc<App>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
    kind: Kind,
    answer: impl FnOnce(&upload::Upload) -> Result<(Vec<u8>, u8), Failure> + Send + 'static,
) -> Response {
    let upload = match receive(&headers, form, kind).await {
        Ok(upload) => upload,
        Err(f) => return f.into_response(),
    };
    match app.blocking(move || answer(&upload)).await {
        Ok((json, code)) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                ),
                (
                    header::HeaderName::from_static("x-svcat-exit-code"),
                    HeaderValue::from(u16::from(code)),
                ),
            ],
            json,
        )
            .into_response(),
        Err(f) => f.into_response(),
    }
}

/// `POST /api/diff` (fields `old` and `new`): `svcat diff OLD NEW --format json`, byte for byte,
/// and its exit code in `X-Svcat-Exit-Code`.
pub async fn api_diff(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    api_json(app, headers, form, Kind::Diff, |upload| {
        let compared = crate::compared::compare(upload)?;
        Ok((compared.json(), compared.exit_code()))
    })
    .await
}

/// `POST /api/district` (field `files`, the district's folder): `svcat district DIR --format
/// json`, byte for byte but for the paths (see docs/contracts.md), and its exit code.
pub async fn api_district(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    api_json(app, headers, form, Kind::District, |upload| {
        let mut ran = crate::district_run::run(upload)?;
        Ok((ran.json().into_bytes(), ran.exit_code()))
    })
    .await
}

/// `POST /api/diff/session`: compares the two revisions and keeps them for the 新旧对照表
/// download; answers the summary the page shows and the download's address.
pub async fn api_diff_session(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let upload = match receive(&headers, form, Kind::Diff).await {
        Ok(upload) => upload,
        Err(f) => return f.into_response(),
    };
    let made = app
        .blocking(move || {
            let summary = crate::compared::compare(&upload)?.summary();
            Ok((upload, summary))
        })
        .await;
    keep(&app, made, &[("新旧对照表.xlsx", "diff.xlsx")])
}

/// `POST /api/district/session`: runs the district and keeps it for the dashboard and the zip;
/// answers the ranking text the page shows and the downloads' addresses.
pub async fn api_district_session(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let upload = match receive(&headers, form, Kind::District).await {
        Ok(upload) => upload,
        Err(f) => return f.into_response(),
    };
    let made = app
        .blocking(move || {
            let mut ran = crate::district_run::run(&upload)?;
            let summary = serde_json::json!({
                "district": ran.district.name,
                "towns": ran.district.towns.len(),
                "text": ran.human(),
                "unreadable": ran.unreadable,
                "skipped": upload.catalog.skipped,
            });
            drop(ran);
            Ok((upload, summary))
        })
        .await;
    keep(
        &app,
        made,
        &[
            ("看板 index.html", "dashboard.html"),
            ("汇总.zip", "district.zip"),
        ],
    )
}

/// Keeps an upload as a session and answers its id, the summary and its downloads' addresses.
fn keep(
    app: &App,
    made: Result<(upload::Upload, serde_json::Value), Failure>,
    downloads: &[(&str, &str)],
) -> Response {
    let (upload, summary) = match made {
        Ok(made) => made,
        Err(f) => return f.into_response(),
    };
    match app.sessions.insert(upload, serde_json::Value::Null) {
        Ok(id) => axum::Json(serde_json::json!({
            "id": id,
            "summary": summary,
            "downloads": downloads
                .iter()
                .map(|(name, what)| serde_json::json!({"name": name, "url": format!("/s/{id}/{what}")}))
                .collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(e) => Failure::internal(format!("无法建立会话：{e}")).into_response(),
    }
}

/// `GET /s/{id}/{what}`: one of the session's downloads.
pub async fn download(
    State(app): State<Arc<App>>,
    Path((id, what)): Path<(String, String)>,
) -> Response {
    let Some(session) = app.sessions.get(&id) else {
        return expired().into_response();
    };
    let made = app
        .blocking(
            move || match crate::downloads::make(&session.upload, &what) {
                Some(made) => made.map(Some),
                None => Ok(None),
            },
        )
        .await;
    match made {
        // The dashboard is viewed, not saved: under a policy of its own.
        Ok(Some(d)) if d.mime == crate::downloads::HTML => (
            [
                (header::CONTENT_TYPE, d.mime),
                (header::CONTENT_SECURITY_POLICY, DASHBOARD_POLICY),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            d.bytes,
        )
            .into_response(),
        Ok(Some(d)) => (
            [
                (header::CONTENT_TYPE, d.mime.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"download{}\"; filename*=UTF-8''{}",
                        d.name
                            .rsplit_once('.')
                            .map(|(_, e)| format!(".{e}"))
                            .unwrap_or_default(),
                        percent_encode(d.name)
                    ),
                ),
            ],
            d.bytes,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(f) => f.into_response(),
    }
}

/// Receives an upload, refusing at once one whose declared length is over what is ever read
/// (the cap, and what is drained past it; see `upload::drain`).
async fn receive(
    headers: &HeaderMap,
    form: Result<Multipart, MultipartRejection>,
    kind: Kind,
) -> Result<upload::Upload, Failure> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BYTES + upload::DRAIN_BYTES + crate::FORM_OVERHEAD as u64) {
        return Err(upload::too_large());
    }
    let form = form.map_err(|_| {
        Failure::bad_request(
            "请用 multipart/form-data 表单上传文件",
            Some("例如：curl -F files=@01民政办.xlsx -F files=@catalog.toml http://127.0.0.1:PORT/api/check"),
        )
    })?;
    upload::receive(form, kind).await
}

fn expired() -> Failure {
    Failure::new(
        StatusCode::NOT_FOUND,
        "这次上传的结果已过期或不存在（结果保留 30 分钟）",
        Some("回到首页重新上传"),
    )
}

/// RFC 5987 encoding of a file name (UTF-8, percent-encoded).
fn percent_encode(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_page_renders() {
        let app = super::App::new("127.0.0.1:8080".parse().unwrap());
        let page = app.render(None);
        assert_eq!(page.status(), axum::http::StatusCode::OK);
    }
}
