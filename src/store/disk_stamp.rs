//! A cheap fingerprint of a file on disk (size and modification time), to notice when another
//! program or a sync folder changed the project under the app.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

/// Size and modification time of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl DiskStamp {
    /// The file's stamp now; `None` if it is not there.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok()?;
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}
