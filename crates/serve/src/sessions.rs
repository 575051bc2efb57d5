//! Uploads kept for their downloads: the page uploads once and then offers links (the annotated
//! workbook, the standard catalog, the lists, the guide, the templates) that a browser downloads
//! as it downloads any file, without sending 50 MB again for each. A session is named by an
//! unguessable id, lives [`LIFETIME`] and at most [`MAX_SESSIONS`] live at once (the oldest goes
//! first); its files are removed with it.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::upload::Upload;

pub const LIFETIME: Duration = Duration::from_secs(30 * 60);
pub const MAX_SESSIONS: usize = 8;

/// One upload and what its page shows.
pub struct Session {
    pub upload: Upload,
    /// The result page's data, made once when the upload was checked.
    pub view: serde_json::Value,
    created: Instant,
}

#[derive(Default)]
pub struct Sessions {
    live: Mutex<Vec<(String, Arc<Session>)>>,
}

impl Sessions {
    /// Keeps a session and returns its id; the oldest is dropped when there are too many.
    pub fn insert(&self, upload: Upload, view: serde_json::Value) -> std::io::Result<String> {
        let id = new_id()?;
        let session = Arc::new(Session {
            upload,
            view,
            created: Instant::now(),
        });
        let mut live = self.lock();
        live.retain(|(_, s)| s.created.elapsed() < LIFETIME);
        while live.len() >= MAX_SESSIONS {
            live.remove(0);
        }
        live.push((id.clone(), session));
        Ok(id)
    }

    /// The live session of that id.
    pub fn get(&self, id: &str) -> Option<Arc<Session>> {
        let mut live = self.lock();
        live.retain(|(_, s)| s.created.elapsed() < LIFETIME);
        live.iter().find(|(i, _)| i == id).map(|(_, s)| s.clone())
    }

    /// Drops expired sessions (and their files); run every minute.
    pub fn sweep(&self) {
        self.lock().retain(|(_, s)| s.created.elapsed() < LIFETIME);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, Arc<Session>)>> {
        self.live.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// 128 random bits from the operating system, as hex.
fn new_id() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
