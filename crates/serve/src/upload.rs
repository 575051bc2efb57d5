//! Uploaded files, received from a multipart form into a private temporary directory (0700) and
//! removed with it: when the request is done, or when its session ends. What the fields are
//! depends on what the upload is for ([`Kind`]): for a check, field `files` is the catalog (a
//! `catalog.toml` among them applies) and field `upper` the upper-level catalog; for a diff,
//! fields `old` and `new` are the two revisions; for a district, field `files` is the district's
//! folder, kept one level deeper (its towns' folders).

use std::io::Write;
use std::path::{Path, PathBuf};

use axum::extract::Multipart;
use axum::extract::multipart::MultipartError;
use axum::http::StatusCode;

use crate::failure::Failure;
use crate::names::{self, ClientName};

/// Most bytes one upload may carry (the files' contents together).
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;
/// How much of a form past the cap is still read (and dropped) before the 413 is sent; the
/// body limit of the router is the cap plus this.
pub const DRAIN_BYTES: u64 = MAX_BYTES;
/// Most files one upload may carry (a township has a few dozen departments).
pub const MAX_FILES: usize = 200;

/// What an upload is for, which says its fields and how deep its folder is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `files` (the catalog) and `upper`: a folder's own files.
    Check,
    /// `old` and `new`: each a folder's own files.
    Diff,
    /// `files`: the district's folder, its own files and those of its subfolders (the towns).
    District,
}

/// A catalog as uploaded: the directory it was written to and the names the user gave.
#[derive(Debug)]
pub struct Part {
    /// The private directory holding the files, under the names kept.
    pub dir: PathBuf,
    /// The folder the user dropped (`sample-town`), or empty for loose files.
    pub folder: String,
    /// The files kept, by name (for a district, `town/name` for a town's file).
    pub names: Vec<String>,
    /// Files of the upload not read: in subfolders, or not spreadsheets or settings.
    pub skipped: Vec<String>,
}

impl Part {
    /// The path a catalog reader takes: the directory, as a folder on the command line; or the
    /// one catalog JSON uploaded (beside a catalog.toml at most), which a directory read would
    /// leave out, as the command line reads a JSON named on its own.
    pub fn read_path(&self) -> PathBuf {
        let lower = |n: &String| n.to_ascii_lowercase();
        let catalogs: Vec<&String> = self
            .names
            .iter()
            .filter(|n| !lower(n).ends_with(".toml"))
            .collect();
        match catalogs.as_slice() {
            [one] if lower(one).ends_with(".json") => self.dir.join(one),
            _ => self.dir.clone(),
        }
    }

    /// What to show for the part's directory: the folder as the user named it.
    pub fn shown(&self) -> String {
        if self.folder.is_empty() {
            match self.names.as_slice() {
                [one] => one.clone(),
                _ => "上传的文件".to_string(),
            }
        } else {
            self.folder.clone()
        }
    }

    /// Private path prefixes and what to show for them, file paths before the directory's.
    fn hidden_paths(&self, out: &mut Vec<(String, String)>) {
        let dir = self.dir.display().to_string();
        let inside = if self.folder.is_empty() {
            String::new()
        } else {
            format!("{}/", self.folder)
        };
        out.push((format!("{dir}/"), inside));
        let folder = match self.folder.is_empty() {
            true => "上传的文件".to_string(),
            false => self.folder.clone(),
        };
        out.push((dir, folder));
    }
}

/// The files of one request, in a private directory removed when this is dropped.
#[derive(Debug)]
pub struct Upload {
    root: tempfile::TempDir,
    /// What the upload is for, which says the downloads its session offers.
    pub kind: Kind,
    /// The catalog checked; for a diff the old revision; for a district its folder.
    pub catalog: Part,
    pub upper: Option<Part>,
    /// For a diff, the new revision.
    pub new: Option<Part>,
}

impl Upload {
    /// Private paths and what to show instead, for every message that leaves the server.
    pub fn hidden_paths(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(upper) = &self.upper {
            upper.hidden_paths(&mut out);
        }
        if let Some(new) = &self.new {
            new.hidden_paths(&mut out);
        }
        self.catalog.hidden_paths(&mut out);
        out.push((self.root.path().display().to_string(), "上传的文件".into()));
        out
    }

    pub fn root(&self) -> &Path {
        self.root.path()
    }
}

impl Drop for Upload {
    fn drop(&mut self) {
        svcat_core::output::forget_unfinished(self.root.path());
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Catalog,
    Upper,
    New,
}

impl Kind {
    /// Which part a form field fills, or None for a field this kind does not take.
    fn field(self, name: Option<&str>) -> Option<Which> {
        match (self, name?) {
            (Kind::Check | Kind::District, "files") => Some(Which::Catalog),
            (Kind::Check, "upper") => Some(Which::Upper),
            (Kind::Diff, "old") => Some(Which::Catalog),
            (Kind::Diff, "new") => Some(Which::New),
            _ => None,
        }
    }

    /// What the fields are, for the error about an unknown one.
    fn fields_help(self) -> &'static str {
        match self {
            Kind::Check => "目录的表格放在 files 字段，上级目录放在 upper 字段",
            Kind::Diff => "旧版目录的文件放在 old 字段，新版目录的文件放在 new 字段",
            Kind::District => "区县文件夹（其中每个子文件夹是一个镇街的目录）的文件放在 files 字段",
        }
    }
}

struct Received {
    which: Which,
    client: ClientName,
    /// Where it was written; None for a file not kept (its name still tells the folder).
    stored: Option<PathBuf>,
}

/// Reads the form into a new private directory. Caps: [`MAX_BYTES`] and [`MAX_FILES`] (413), for
/// the whole form whatever its fields.
pub async fn receive(mut form: Multipart, kind: Kind) -> Result<Upload, Failure> {
    let root = private_dir().map_err(|e| Failure::internal(format!("无法创建临时目录：{e}")))?;
    // An interrupt (Ctrl-C) removes it with the unfinished outputs; see src/main.rs.
    svcat_core::output::track_unfinished(root.path());
    let guard = Untrack(root.path().to_path_buf());
    let mut received: Vec<Received> = Vec::new();
    let mut total: u64 = 0;
    let mut count = 0usize;
    while let Some(mut field) = form.next_field().await.map_err(form_error)? {
        let Some(which) = kind.field(field.name()) else {
            return Err(Failure::bad_request(
                format!("表单中有未知的字段“{}”", field.name().unwrap_or_default()),
                Some(kind.fields_help()),
            ));
        };
        let Some(raw) = field.file_name().map(str::to_string) else {
            return Err(Failure::bad_request(
                "表单字段不是文件",
                Some("用 multipart/form-data 上传文件，每个文件带上文件名"),
            ));
        };
        count += 1;
        if count > MAX_FILES {
            drop(field);
            drain(form).await;
            return Err(too_many());
        }
        let client = names::parse(&raw).map_err(|r| {
            Failure::bad_request(
                r.message(),
                Some("请把文件改成普通的文件名（不含路径符号、控制字符，不用 CON、NUL 等保留名）后再上传"),
            )
        })?;
        let keep = names::kept(&client.name);
        let stored = root.path().join(format!("part-{count}"));
        let mut out = match keep {
            true => Some(std::fs::File::create(&stored).map_err(write_error)?),
            false => None,
        };
        while let Some(chunk) = field.chunk().await.map_err(form_error)? {
            total += chunk.len() as u64;
            if total > MAX_BYTES {
                drop(field);
                return Err(drain(form).await);
            }
            if let Some(out) = &mut out {
                out.write_all(&chunk).map_err(write_error)?;
            }
        }
        received.push(Received {
            which,
            client,
            stored: keep.then_some(stored),
        });
    }
    if count == 0 {
        return Err(Failure::bad_request(
            "没有收到任何文件",
            Some(
                "把部门表格（xlsx、xls、et、ods、csv）放在 files 字段中上传；catalog.toml 也可一起上传",
            ),
        ));
    }
    let catalog = match kind {
        Kind::District => arrange_district(root.path(), "district", &received)?,
        Kind::Check | Kind::Diff => arrange(root.path(), "catalog", &mut received, Which::Catalog)?,
    };
    let upper = if received.iter().any(|r| r.which == Which::Upper) {
        Some(arrange(root.path(), "upper", &mut received, Which::Upper)?)
    } else {
        None
    };
    let new = if kind == Kind::Diff {
        Some(arrange(root.path(), "new", &mut received, Which::New)?)
    } else {
        None
    };
    std::mem::forget(guard);
    Ok(Upload {
        root,
        kind,
        catalog,
        upper,
        new,
    })
}

/// Moves one field's files into `root/sub` under their own names. The folder the user dropped is
/// the shallowest one sent; files in folders below it are skipped, as a directory read skips
/// subdirectories.
fn arrange(
    root: &Path,
    sub: &str,
    received: &mut [Received],
    which: Which,
) -> Result<Part, Failure> {
    let dir = root.join(sub);
    std::fs::create_dir(&dir).map_err(write_error)?;
    let mine: Vec<&Received> = received.iter().filter(|r| r.which == which).collect();
    let top = mine
        .iter()
        .map(|r| r.client.folder.len())
        .min()
        .unwrap_or(0);
    let folder: Vec<String> = mine
        .iter()
        .find(|r| r.client.folder.len() == top)
        .map(|r| r.client.folder.clone())
        .unwrap_or_default();
    let mut names: Vec<String> = Vec::new();
    let mut skipped = Vec::new();
    for r in mine {
        let shown = if r.client.folder.is_empty() {
            r.client.name.clone()
        } else {
            format!("{}/{}", r.client.folder.join("/"), r.client.name)
        };
        if r.client.folder.len() == top && r.client.folder != folder {
            return Err(Failure::bad_request(
                format!(
                    "一次只能上传一个文件夹：收到了“{}”和“{}”两个文件夹中的文件",
                    folder.join("/"),
                    r.client.folder.join("/")
                ),
                Some("每次拖入一个目录（一个乡镇的全部部门表格）"),
            ));
        }
        let Some(stored) = &r.stored else {
            skipped.push(shown);
            continue;
        };
        if !r.client.folder.starts_with(&folder) || r.client.folder.len() != top {
            skipped.push(shown);
            continue;
        }
        if names.iter().any(|n| n == &r.client.name) {
            return Err(Failure::bad_request(
                format!("上传的文件中有两个都叫“{}”", r.client.name),
                Some("同一目录中的文件名不能重复"),
            ));
        }
        std::fs::rename(stored, dir.join(&r.client.name)).map_err(write_error)?;
        names.push(r.client.name.clone());
    }
    names.sort();
    Ok(Part {
        dir,
        folder: folder.join("/"),
        names,
        skipped,
    })
}

/// Moves a district's files into `root/sub`, keeping one level of folders below the district's
/// own: its files (district.toml) and its towns' (`town/name`). The district's folder is what all
/// files have in common (a browser sends `district/town/name`; a script may send `town/name`);
/// files in deeper folders are skipped, as a town's read skips its subdirectories. A town's
/// folder name is checked as a file name is.
fn arrange_district(root: &Path, sub: &str, received: &[Received]) -> Result<Part, Failure> {
    let dir = root.join(sub);
    std::fs::create_dir(&dir).map_err(write_error)?;
    let mine: Vec<&Received> = received
        .iter()
        .filter(|r| r.which == Which::Catalog)
        .collect();
    let mut folder: Vec<String> = mine
        .first()
        .map(|r| r.client.folder.clone())
        .unwrap_or_default();
    for r in &mine {
        let same = folder
            .iter()
            .zip(&r.client.folder)
            .take_while(|(a, b)| a == b)
            .count();
        folder.truncate(same);
    }
    let top = folder.len();
    let mut names: Vec<String> = Vec::new();
    let mut skipped = Vec::new();
    for r in mine {
        let below = &r.client.folder[top..];
        let shown = [
            r.client.folder.as_slice(),
            std::slice::from_ref(&r.client.name),
        ]
        .concat()
        .join("/");
        let (Some(stored), [] | [_]) = (&r.stored, below) else {
            skipped.push(shown);
            continue;
        };
        let name = match below {
            [town] => {
                names::check_folder(town).map_err(|reason| {
                    Failure::bad_request(
                        names::Refused {
                            shown: shown.clone(),
                            reason,
                        }
                        .message(),
                        Some("请把镇街文件夹改成普通的名称（不含路径符号、控制字符，不用 CON、NUL 等保留名）后再上传"),
                    )
                })?;
                format!("{town}/{}", r.client.name)
            }
            _ => r.client.name.clone(),
        };
        // A town's folder and a file of the district's own of the same name cannot both be.
        let clash = match below {
            [town] => names.iter().any(|n| n == town),
            _ => dir.join(&name).is_dir(),
        };
        if names.contains(&name) || clash {
            return Err(Failure::bad_request(
                format!("上传的文件中有两个都叫“{name}”"),
                Some("同一目录中的文件名不能重复"),
            ));
        }
        if let [town] = below {
            let town_dir = dir.join(town);
            if !town_dir.is_dir() {
                std::fs::create_dir(&town_dir).map_err(write_error)?;
            }
        }
        std::fs::rename(stored, dir.join(&name)).map_err(write_error)?;
        names.push(name);
    }
    names.sort();
    Ok(Part {
        dir,
        folder: folder.join("/"),
        names,
        skipped,
    })
}

/// Reads and discards the rest of a form that passed a cap (up to [`DRAIN_BYTES`] more), so
/// the client, still sending, gets the 413 rather than a connection reset; then the 413.
async fn drain(mut form: Multipart) -> Failure {
    let mut drained: u64 = 0;
    'form: while let Ok(Some(mut field)) = form.next_field().await {
        while let Ok(Some(chunk)) = field.chunk().await {
            drained += chunk.len() as u64;
            if drained > DRAIN_BYTES {
                break 'form;
            }
        }
    }
    too_large()
}

/// A new directory only this user can enter.
fn private_dir() -> std::io::Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("svcat-serve-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o700));
    }
    builder.tempdir()
}

/// Untracks the directory when receiving fails part-way (the TempDir removes it).
struct Untrack(PathBuf);

impl Drop for Untrack {
    fn drop(&mut self) {
        svcat_core::output::forget_unfinished(&self.0);
    }
}

pub fn too_large() -> Failure {
    Failure::too_large(
        format!("上传的文件太大：一次最多 {} MB", MAX_BYTES / (1024 * 1024)),
        Some("分几次上传，或只上传要检查的部门表格"),
    )
}

fn too_many() -> Failure {
    Failure::too_large(
        format!("上传的文件太多：一次最多 {MAX_FILES} 个"),
        Some("分几次上传，或只上传要检查的部门表格"),
    )
}

fn write_error(e: std::io::Error) -> Failure {
    Failure::internal(format!(
        "无法保存上传的文件：{}",
        svcat_core::error::io_reason(&e)
    ))
}

fn form_error(e: MultipartError) -> Failure {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return too_large();
    }
    Failure::bad_request(
        "上传的表单无法读取（不完整或格式不对）",
        Some("用 multipart/form-data 上传文件；如果是网络中断，请重新上传"),
    )
}
