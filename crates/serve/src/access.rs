//! Who may talk to the server. The page is for the person at this machine: the Host header must
//! name this server (a web page elsewhere cannot reach it through a name of its own that it points
//! at 127.0.0.1: DNS rebinding), and a POST whose Origin names another site is refused (a page
//! elsewhere cannot make the browser upload to it: CSRF). A POST with no Origin (a script's, curl's)
//! is let in only when the server listens on the loopback address.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::failure::Failure;

/// The address the server listens on.
#[derive(Debug, Clone, Copy)]
pub struct Access {
    pub addr: SocketAddr,
}

impl Access {
    pub fn loopback(&self) -> bool {
        self.addr.ip().is_loopback()
    }

    /// Whether a Host header (`127.0.0.1:8080`, `localhost:8080`, `[::1]:8080`) names this server:
    /// its port, and `localhost` or an IP address (a name other than localhost could be anyone's;
    /// an address is where the browser really connected). On the loopback address only loopback
    /// names count.
    pub fn host_ok(&self, host: &str) -> bool {
        let Some((name, port)) = split_port(host) else {
            return false;
        };
        if port != self.addr.port() {
            return false;
        }
        let name = name.to_ascii_lowercase();
        if name == "localhost" {
            return true;
        }
        let bare = name.trim_start_matches('[').trim_end_matches(']');
        match bare.parse::<IpAddr>() {
            Ok(ip) if self.loopback() => ip.is_loopback(),
            Ok(ip) => ip.is_loopback() || ip == self.addr.ip() || self.addr.ip().is_unspecified(),
            Err(_) => false,
        }
    }

    /// Whether an Origin header is this server's own page.
    pub fn origin_ok(&self, origin: &str) -> bool {
        origin
            .strip_prefix("http://")
            .is_some_and(|host| !host.contains('/') && self.host_ok(host))
    }
}

/// `name:port` split at the last colon outside brackets; None without a port.
fn split_port(host: &str) -> Option<(&str, u16)> {
    let (name, port) = host.rsplit_once(':')?;
    if name.starts_with('[') && !name.ends_with(']') {
        return None;
    }
    if name.is_empty() || (name.contains(':') && !name.starts_with('[')) {
        return None;
    }
    Some((name, port.parse().ok()?))
}

/// The middleware: refuses a foreign Host (every method) and a foreign or, off loopback, a
/// missing Origin (every method but GET and HEAD).
pub async fn guard(State(access): State<Access>, request: Request, next: Next) -> Response {
    // Read before any await: a borrow of the request (whose body is not Sync) must not live
    // across one.
    let (host, origin) = {
        let text = |name| {
            request
                .headers()
                .get(name)
                .map(|v: &axum::http::HeaderValue| v.to_str().unwrap_or("\u{fffd}").to_string())
        };
        (text(header::HOST), text(header::ORIGIN))
    };
    if !host.as_deref().is_some_and(|h| access.host_ok(h)) {
        return Failure::new(
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "请求的主机名“{}”不是这台电脑上的 svcat 地址，已拒绝",
                host.unwrap_or_default()
            ),
            Some("在浏览器中打开 svcat serve 启动时显示的地址（如 http://127.0.0.1:8080/）"),
        )
        .into_response();
    }
    let safe = matches!(*request.method(), Method::GET | Method::HEAD);
    if !safe {
        match origin {
            Some(origin) if !access.origin_ok(&origin) => {
                return Failure::new(
                    StatusCode::FORBIDDEN,
                    format!("来自其他网站（{origin}）的提交，已拒绝"),
                    Some("只能从 svcat 自己的页面上传文件"),
                )
                .into_response();
            }
            None if !access.loopback() => {
                return Failure::new(
                    StatusCode::FORBIDDEN,
                    "没有 Origin 头的提交只在本机地址（127.0.0.1）上接受",
                    Some("从 svcat 的页面上传；脚本请在运行 svcat 的电脑上访问 127.0.0.1"),
                )
                .into_response();
            }
            _ => {}
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(addr: &str) -> Access {
        Access {
            addr: addr.parse().unwrap(),
        }
    }

    #[test]
    fn loopback_accepts_only_loopback_names() {
        let a = at("127.0.0.1:8080");
        for ok in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LOCALHOST:8080",
            "[::1]:8080",
        ] {
            assert!(a.host_ok(ok), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "127.0.0.1:8081",
            "127.0.0.1",
            "192.168.1.5:8080",
            "localhost.evil.example:8080",
            "",
        ] {
            assert!(!a.host_ok(bad), "{bad}");
        }
    }

    #[test]
    fn other_addresses_accept_their_own_ip() {
        let a = at("0.0.0.0:8080");
        assert!(a.host_ok("192.168.1.5:8080"));
        assert!(!a.host_ok("intranet.example:8080"));
        let a = at("192.168.1.5:8080");
        assert!(a.host_ok("192.168.1.5:8080"));
        assert!(!a.host_ok("192.168.1.6:8080"));
    }

    #[test]
    fn origins() {
        let a = at("127.0.0.1:8080");
        assert!(a.origin_ok("http://127.0.0.1:8080"));
        assert!(a.origin_ok("http://localhost:8080"));
        assert!(!a.origin_ok("https://127.0.0.1:8080"));
        assert!(!a.origin_ok("http://evil.example"));
        assert!(!a.origin_ok("null"));
        assert!(!a.origin_ok("http://127.0.0.1:8080/x"));
    }
}
