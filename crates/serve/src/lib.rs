//! `svcat serve`: a local web page (in Chinese, self-contained: no external fonts, scripts or
//! CDNs, as offices are often on an intranet) and a JSON API beside it, over svcat's library.
//! Drop a catalog folder, see its findings by department and item with the reform indicators,
//! download the annotated workbook, the standard catalog, the lists, the guide and the templates.
//!
//! Uploaded files go to a private temporary directory under names checked by [`names`] and are
//! removed afterwards; the server listens on 127.0.0.1 unless told otherwise and refuses foreign
//! Host and Origin headers ([`access`]).

pub mod access;
mod checked;
mod compared;
mod district_run;
mod downloads;
pub mod failure;
pub mod names;
mod page;
mod sessions;
pub mod upload;
mod view;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use svcat_core::error::Error;

pub use page::App;

/// Where to listen.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub addr: SocketAddr,
}

/// Binds the address, calls `ready` with the address bound (port 0 becomes a real one), then
/// serves until the process ends (Ctrl-C: the binary's handler removes the uploads' temporary
/// directories, which are tracked as unfinished outputs, and exits).
pub fn serve(options: Options, ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    let listener = std::net::TcpListener::bind(options.addr).map_err(|e| {
        Error::usage(
            format!(
                "无法在 {} 上启动服务：{}",
                options.addr,
                svcat_core::error::io_reason(&e)
            ),
            Some("换一个端口（--port），或先关闭占用该端口的程序"),
        )
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io(&options.addr.to_string(), e))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::io(&addr.to_string(), e))?;
    // Two workers: the machines have two cores, and the checks run on the blocking pool anyway.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio", e))?;
    let app = Arc::new(App::new(addr));
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| Error::io(&addr.to_string(), e))?;
        let sweeper = app.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                tick.tick().await;
                sweeper.sessions.sweep();
            }
        });
        ready(addr);
        axum::serve(listener, router(app))
            .await
            .map_err(|e| Error::io(&addr.to_string(), e))
    })
}

fn router(app: Arc<App>) -> Router {
    let access = access::Access { addr: app.addr };
    Router::new()
        .route("/", get(page::index))
        .route("/r/{id}", get(page::result))
        .route("/s/{id}/{what}", get(page::download))
        .route("/assets/{name}", get(page::asset))
        .route("/favicon.ico", get(page::asset_icon))
        .route("/api/check", post(page::api_check))
        .route("/api/upload", post(page::api_upload))
        .route("/api/diff", post(page::api_diff))
        .route("/api/diff/session", post(page::api_diff_session))
        .route("/api/district", post(page::api_district))
        .route("/api/district/session", post(page::api_district_session))
        .layer(DefaultBodyLimit::max(
            (upload::MAX_BYTES + upload::DRAIN_BYTES) as usize + FORM_OVERHEAD,
        ))
        .layer(axum::middleware::from_fn_with_state(access, access::guard))
        .with_state(app)
}

/// Room for the multipart form's own headers and boundaries beside the files' bytes.
const FORM_OVERHEAD: usize = 1024 * 1024;
