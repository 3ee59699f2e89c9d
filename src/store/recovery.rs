//! Recovery copies: unsaved work written to the user's data folder (never beside the project,
//! where a sync tool might spread it) a few seconds after each change, so a crash or power cut
//! loses at most those seconds. Offered again when the project is next opened.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::atomic_write::write_file_atomically;
use super::error::{LoadError, SaveError};
use super::project_file::{self, MAX_FILE_BYTES};
use crate::model::Project;

/// What is written: the project in its usual text form, and what it is a copy of.
#[derive(Serialize, Deserialize)]
#[serde(rename = "CytunRecovery")]
struct RecoveryFile {
    /// The project file this is unsaved work for; `None` for a project never saved.
    recovery_of: Option<PathBuf>,
    /// Seconds since 1970 when the copy was written.
    saved_at: u64,
    project: String,
}

/// Unsaved work found for a project.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    pub project: Project,
    pub saved_at: SystemTime,
}

/// The folder of recovery copies.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The per-user folder the operating system gives applications for their data.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("cymru", "Cytun", "cytun")
            .map(|dirs| dirs.data_dir().join("recovery"))
    }

    /// Where the copy for `project_path` (or for the untitled project) lives.
    pub fn file_for(&self, project_path: Option<&Path>) -> PathBuf {
        let name = match project_path {
            Some(path) => {
                let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let stem: String = stem
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == '-')
                    .take(40)
                    .collect();
                format!(
                    "{stem}-{:016x}.ron",
                    fnv1a(absolute.to_string_lossy().as_bytes())
                )
            }
            None => "untitled.ron".to_owned(),
        };
        self.dir.join(name)
    }

    /// Writes the copy (atomically: a crash mid-write leaves the previous copy).
    pub fn write(&self, project_path: Option<&Path>, project: &Project) -> Result<(), SaveError> {
        fs::create_dir_all(&self.dir)?;
        let file = RecoveryFile {
            recovery_of: project_path
                .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_owned())),
            saved_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            project: project_file::to_ron(project)?,
        };
        let text =
            ron::ser::to_string(&file).map_err(|err| SaveError::Serialize(err.to_string()))?;
        write_file_atomically(&self.file_for(project_path), text.as_bytes(), false)?;
        Ok(())
    }

    /// The unsaved work for `project_path`, if any was left. A damaged copy is reported, not
    /// hidden: it may be all that is left of a morning's work.
    pub fn find(&self, project_path: Option<&Path>) -> Result<Option<Recovered>, LoadError> {
        let path = self.file_for(project_path);
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err.into()),
        };
        if meta.len() > MAX_FILE_BYTES * 2 {
            return Err(LoadError::TooLarge {
                bytes: meta.len(),
                limit: MAX_FILE_BYTES * 2,
            });
        }
        let text = fs::read_to_string(&path)?;
        let file: RecoveryFile = ron::from_str(&text).map_err(|err| LoadError::Syntax {
            line: err.span.start.line,
            column: err.span.start.col,
            message: err.code.to_string(),
        })?;
        let project = project_file::parse(&file.project)?;
        Ok(Some(Recovered {
            project,
            saved_at: UNIX_EPOCH
                .checked_add(Duration::from_secs(file.saved_at))
                .unwrap_or(UNIX_EPOCH),
        }))
    }

    /// Removes the copy: after a clean save, or when the user knowingly discards the work.
    pub fn discard(&self, project_path: Option<&Path>) {
        fs::remove_file(self.file_for(project_path)).ok();
    }
}

/// FNV-1a: a stable, dependency-free hash (std's hasher may change between Rust versions, and
/// the name must stay the same across upgrades to find old copies).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
