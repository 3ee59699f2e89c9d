//! Recovery copies: unsaved work written to the user's data folder (never beside the project,
//! where a sync tool might spread it) a few seconds after each change, so a crash or power cut
//! loses at most those seconds. Offered again when the project is next opened. Each project
//! file has its slot, and so has each untitled project (two windows never share one); a copy
//! names the process that wrote it, so work still open in another window is not offered.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::atomic_write::write_file_atomically;
use super::error::{LoadError, SaveError};
use super::process::ProcessMark;
use super::project_file::{self, MAX_FILE_BYTES};
use crate::model::Project;

/// Which work a recovery copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot<'a> {
    /// A project saved at this path.
    File(&'a Path),
    /// A project never saved, by the id its window gave it (see [`untitled_id`]).
    Untitled(&'a str),
}

impl<'a> From<&'a Path> for Slot<'a> {
    fn from(path: &'a Path) -> Self {
        Self::File(path)
    }
}

impl<'a> From<&'a PathBuf> for Slot<'a> {
    fn from(path: &'a PathBuf) -> Self {
        Self::File(path)
    }
}

/// A new id for an untitled project's slot: this process and moment, so no two windows
/// (nor two untitled projects of one window) share one.
pub fn untitled_id() -> String {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    format!("untitled-{now}-{}-{n}", std::process::id())
}

/// What is written: the project in its usual text form, and what it is a copy of.
#[derive(Serialize, Deserialize)]
#[serde(rename = "CytunRecovery")]
struct RecoveryFile {
    /// The project file this is unsaved work for; `None` for a project never saved.
    recovery_of: Option<PathBuf>,
    /// Seconds since 1970 when the copy was written.
    saved_at: u64,
    project: String,
    /// The process that wrote it: (host, pid, since) of its window.
    #[serde(default)]
    writer: Option<(String, u32, u64)>,
    /// The token of that process's running mark (none in copies of an older Cytûn).
    #[serde(default)]
    writer_token: Option<u64>,
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

    /// Where the copy for `slot` lives.
    pub fn file_for<'a>(&self, slot: impl Into<Slot<'a>>) -> PathBuf {
        let name = match slot.into() {
            Slot::File(path) => {
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
            Slot::Untitled(id) => {
                let id: String = id
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .take(80)
                    .collect();
                format!("{id}.ron")
            }
        };
        self.dir.join(name)
    }

    /// Writes the copy (atomically: a crash mid-write leaves the previous copy).
    pub fn write<'a>(&self, slot: impl Into<Slot<'a>>, project: &Project) -> Result<(), SaveError> {
        let slot = slot.into();
        fs::create_dir_all(&self.dir)?;
        let me = ProcessMark::current();
        let file = RecoveryFile {
            recovery_of: match slot {
                Slot::File(p) => Some(std::path::absolute(p).unwrap_or_else(|_| p.to_owned())),
                Slot::Untitled(_) => None,
            },
            saved_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            project: project_file::to_ron(project)?,
            writer: Some((me.host, me.pid, process_started())),
            writer_token: me.token,
        };
        let text =
            ron::ser::to_string(&file).map_err(|err| SaveError::Serialize(err.to_string()))?;
        write_file_atomically(&self.file_for(slot), text.as_bytes(), false)?;
        Ok(())
    }

    /// The unsaved work for `slot`, if any was left. A damaged copy is reported, not
    /// hidden: it may be all that is left of a morning's work.
    /// Work another window still has open (the same project opened twice) is left to it.
    pub fn find<'a>(&self, slot: impl Into<Slot<'a>>) -> Result<Option<Recovered>, LoadError> {
        Ok(read_copy(&self.file_for(slot))?
            .filter(|(_, writer)| !written_by_another_live_window(writer.as_ref()))
            .map(|(recovered, _)| recovered))
    }

    /// Unsaved work of an untitled project whose window has ended (a crash, a power cut),
    /// the newest first, with the id of its slot. Work another open window is still doing
    /// is left to it. The single slot of earlier versions (`untitled.ron`) counts too.
    pub fn find_untitled(&self) -> Result<Option<(String, Recovered)>, LoadError> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Ok(None);
        };
        let mut newest: Option<(String, Recovered)> = None;
        let mut first_error = None;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".ron") else {
                continue;
            };
            if !id.starts_with("untitled") {
                continue;
            }
            match read_copy(&entry.path()) {
                Ok(Some((recovered, writer))) => {
                    let running = written_by_another_live_window(writer.as_ref());
                    let newer = newest
                        .as_ref()
                        .is_none_or(|(_, n)| recovered.saved_at > n.saved_at);
                    if !running && newer {
                        newest = Some((id.to_owned(), recovered));
                    }
                }
                Ok(None) => {}
                Err(err) => first_error = first_error.or(Some(err)),
            }
        }
        match (newest, first_error) {
            (Some(found), _) => Ok(Some(found)),
            (None, Some(err)) => Err(err),
            (None, None) => Ok(None),
        }
    }

    /// Removes the copy: after a clean save, or when the user knowingly discards the work.
    pub fn discard<'a>(&self, slot: impl Into<Slot<'a>>) {
        fs::remove_file(self.file_for(slot)).ok();
    }
}

/// Reads one copy, with the process that wrote it.
fn read_copy(path: &Path) -> Result<Option<(Recovered, Option<ProcessMark>)>, LoadError> {
    let meta = match fs::metadata(path) {
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
    let text = fs::read_to_string(path)?;
    let file: RecoveryFile = ron::from_str(&text).map_err(|err| LoadError::Syntax {
        line: err.span.start.line,
        column: err.span.start.col,
        message: err.code.to_string(),
    })?;
    let project = project_file::parse(&file.project)?;
    Ok(Some((
        Recovered {
            project,
            saved_at: UNIX_EPOCH
                .checked_add(Duration::from_secs(file.saved_at))
                .unwrap_or(UNIX_EPOCH),
        },
        file.writer.map(|(host, pid, since)| ProcessMark {
            user: String::new(),
            host,
            pid,
            since,
            token: file.writer_token,
        }),
    )))
}

/// Whether a copy's writer is another window that may still be running.
fn written_by_another_live_window(writer: Option<&ProcessMark>) -> bool {
    writer.is_some_and(|writer| {
        let mine = writer.host == super::process::host_name()
            && match writer.token {
                Some(token) => token == super::process::process_token(),
                None => writer.pid == std::process::id(),
            };
        !mine && writer.may_be_running()
    })
}

/// When this process started, in seconds since 1970 (the same for every copy it writes),
/// so a later process that reuses its id is not taken for it.
fn process_started() -> u64 {
    static STARTED: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *STARTED.get_or_init(super::process::now_secs)
}

/// FNV-1a: a stable, dependency-free hash (std's hasher may change between Rust versions, and
/// the name must stay the same across upgrades to find old copies).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_untitled_project_has_its_own_slot_and_work_open_elsewhere_is_not_offered() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = RecoveryStore::new(dir.path());
        let (first, second) = (untitled_id(), untitled_id());
        assert_ne!(first, second);
        assert_ne!(
            store.file_for(Slot::Untitled(&first)),
            store.file_for(Slot::Untitled(&second))
        );
        let mut project = Project::new("Gweithdy");
        store
            .write(Slot::Untitled(&first), &project)
            .expect("write");
        project.title = "Another window's".into();
        // A copy written by a window on another machine (a shared folder): still open there.
        let elsewhere = RecoveryFile {
            recovery_of: None,
            saved_at: u64::MAX / 2,
            project: project_file::to_ron(&project).expect("ron"),
            writer: Some(("another-laptop".into(), 4242, 1)),
            writer_token: Some(7),
        };
        fs::write(
            store.file_for(Slot::Untitled(&second)),
            ron::ser::to_string(&elsewhere).expect("ron"),
        )
        .expect("write");
        let (id, found) = store.find_untitled().expect("reads").expect("found");
        assert_eq!(id, first, "the other window's newer work is left to it");
        assert_eq!(found.project.title, "Gweithdy");
    }
}
