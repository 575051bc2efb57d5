//! `svcat serve` started for a test and driven over HTTP: the server, multipart forms, requests
//! and their replies, and the sample catalogs as a browser would send them.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

/// A running `svcat serve`, stopped when dropped.
pub struct Server {
    pub child: Child,
    pub port: u16,
    /// The TMPDIR it was given: its uploads' private directories are made there.
    pub tmp: tempfile::TempDir,
    stderr: Option<std::process::ChildStderr>,
}

impl Server {
    pub fn start(extra: &[&str]) -> Server {
        Server::start_with(extra, &[])
    }

    pub fn start_with(extra: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Server {
        let tmp = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_svcat"))
            .args(["serve", "--port", "0"])
            .args(extra)
            .env("TMPDIR", tmp.path())
            .envs(env.iter().copied())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("svcat starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // The stable line: "svcat 已启动：http://127.0.0.1:PORT/  按 Ctrl+C 停止".
        let port = line
            .strip_prefix("svcat 已启动：http://127.0.0.1:")
            .and_then(|rest| rest.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no address line from svcat serve: {line:?}"));
        assert!(line.trim_end().ends_with("按 Ctrl+C 停止"), "{line:?}");
        let stderr = child.stderr.take();
        Server {
            child,
            port,
            tmp,
            stderr,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// What the server printed on stderr (after it is stopped).
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut text = String::new();
        if let Some(mut e) = self.stderr.take() {
            let _ = e.read_to_string(&mut text);
        }
        text
    }

    /// The private directories uploads left in the server's TMPDIR.
    pub fn leftovers(&self) -> Vec<String> {
        std::fs::read_dir(self.tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub fn reply(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
    let mut r = r.expect("the server answers");
    let headers = r
        .headers()
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    Reply {
        status: r.status().as_u16(),
        headers,
        body: r
            .body_mut()
            .with_config()
            .limit(200 * 1024 * 1024)
            .read_to_vec()
            .unwrap(),
    }
}

/// A multipart/form-data body: (field, file name as sent, bytes).
pub fn form(parts: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "svcat-test-boundary-7f3a9c";
    let mut body = Vec::new();
    for (field, name, bytes) in parts {
        write!(
            body,
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .unwrap();
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    write!(body, "--{boundary}--\r\n").unwrap();
    (format!("multipart/form-data; boundary={boundary}"), body)
}

pub fn post(
    server: &Server,
    path: &str,
    parts: &[(&str, &str, &[u8])],
    headers: &[(&str, &str)],
) -> Reply {
    let (content_type, body) = form(parts);
    let mut request = agent()
        .post(server.url(path))
        .header("Content-Type", &content_type);
    for (n, v) in headers {
        request = request.header(*n, *v);
    }
    reply(request.send(&body[..]))
}

pub fn get(server: &Server, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = agent().get(server.url(path));
    for (n, v) in headers {
        request = request.header(*n, *v);
    }
    reply(request.call())
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every file of the sample town, named as `prefix/NAME` (a browser sends `folder/NAME`).
pub fn sample_town(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("catalogs/sample-town");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let shown = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            (shown, std::fs::read(&p).unwrap())
        })
        .collect()
}

pub fn parts<'a>(
    field: &'a str,
    files: &'a [(String, Vec<u8>)],
) -> Vec<(&'a str, &'a str, &'a [u8])> {
    files
        .iter()
        .map(|(n, b)| (field, n.as_str(), b.as_slice()))
        .collect()
}

/// Every file under `dir` (a path in the repository), subfolders too, in path order, each named
/// `prefix/its path under dir` as a browser names a dropped folder's files.
pub fn files_under(dir: &str, prefix: &str) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let base = root().join(dir);
    let mut files = Vec::new();
    walk(&base, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&base)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (format!("{prefix}/{rel}"), std::fs::read(&p).unwrap())
        })
        .collect()
}
