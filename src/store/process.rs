//! Who this process is, and whether another process named in a file (a lock, a recovery copy)
//! still runs: what tells a live hold on a project from one left behind by a crash.
//!
//! Every process holds an OS lock on a small file of its own in the user's local data folder
//! (its *running mark*) for as long as it runs. The system releases that lock when the
//! process ends, however it ends, on Windows, macOS and Linux alike, so "is the process that
//! wrote this still running?" is answered by trying the lock, never by reading a system's
//! process table. A process on another machine cannot be seen from here and is taken to run.

use std::fs;
use std::hash::{BuildHasher as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// This process, as written into lock files and recovery copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessMark {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// Seconds since 1970 when the mark was made.
    pub since: u64,
    /// A number no other process has, naming its running mark; `None` in what an older
    /// Cytûn wrote.
    pub token: Option<u64>,
}

impl ProcessMark {
    /// This process; its running mark is taken the first time.
    pub fn current() -> Self {
        Self {
            user: user_name(),
            host: host_name(),
            pid: std::process::id(),
            since: now_secs(),
            token: Some(process_token()),
        }
    }

    /// Whether the process that made this mark could still be running. Another machine's
    /// process is taken to run: a needless warning is better than a missed one. One of this
    /// machine runs while its running mark is held; a mark without a token (an older
    /// Cytûn's) is taken to have ended.
    pub fn may_be_running(&self) -> bool {
        if self.host != host_name() {
            return true;
        }
        match self.token {
            Some(token) if token == process_token() => true,
            Some(token) => running_marks_dir().is_none_or(|dir| mark_held(&dir, token)),
            None => false,
        }
    }
}

/// The number this process writes in its locks and copies, by which it knows its own and
/// others know whether it runs. Its running mark is held from the first time it is asked.
pub fn process_token() -> u64 {
    static TOKEN: OnceLock<u64> = OnceLock::new();
    *TOKEN.get_or_init(|| {
        let token = nonce();
        if let Some(dir) = running_marks_dir() {
            hold_running_mark(&dir, token);
        }
        token
    })
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A number no other process will have: std's hasher keys are random for each process, and
/// the moment is mixed in.
pub fn nonce() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.write_u32(std::process::id());
    hasher.finish()
}

/// Who runs this process: as the environment says (`USER` on Linux and macOS, `USERNAME` on
/// Windows), else the name of their home folder, never empty where either is known.
fn user_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
        .or_else(|| {
            std::env::home_dir()
                .and_then(|home| home.file_name().map(|n| n.to_string_lossy().into_owned()))
        })
        .unwrap_or_default()
}

/// This machine's name, as the system knows it.
pub fn host_name() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// The folder of running marks: the user's local (not roaming) data folder, as the system
/// names it (`%LOCALAPPDATA%` on Windows). `CYTUN_RUNNING_DIR` puts it elsewhere, for tests
/// that must not touch the user's own.
fn running_marks_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CYTUN_RUNNING_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("cymru", "Cytun", "cytun")
        .map(|dirs| dirs.data_local_dir().join("running"))
}

fn mark_file(dir: &Path, token: u64) -> PathBuf {
    dir.join(format!("{token:016x}.running"))
}

/// Makes this process's running mark and holds its OS lock until the process ends (the
/// handle is kept for good). Marks left free by ended processes are cleared on the way.
/// Where no mark can be made, others see no mark and take this process to have ended only
/// for its OS-locked project locks (which the system still releases); a warning about its
/// recovery copies is lost, nothing else.
fn hold_running_mark(dir: &Path, token: u64) {
    static HELD: OnceLock<fs::File> = OnceLock::new();
    if fs::create_dir_all(dir).is_err() {
        return;
    }
    clear_ended_marks(dir);
    let Ok(file) = fs::File::create(mark_file(dir, token)) else {
        return;
    };
    if file.try_lock().is_ok() {
        HELD.set(file).ok();
    }
}

/// Whether the process with `token` still holds its running mark. A mark that cannot be
/// tried (a folder that cannot lock) is taken as held.
fn mark_held(dir: &Path, token: u64) -> bool {
    let path = mark_file(dir, token);
    let Ok(file) = fs::File::open(&path) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => {
            drop(file);
            fs::remove_file(&path).ok();
            false
        }
        // Held by its process, or a lock this folder cannot take: taken to run.
        Err(fs::TryLockError::WouldBlock | fs::TryLockError::Error(_)) => true,
    }
}

/// Removes the marks of processes that have ended (at most a few hundred looked at).
fn clear_ended_marks(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten().take(300) {
        let name = entry.file_name();
        let Some(token) = name
            .to_str()
            .and_then(|n| n.strip_suffix(".running"))
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
        else {
            continue;
        };
        mark_held(dir, token);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_one_without_a_held_mark_does_not() {
        let me = ProcessMark::current();
        assert!(me.may_be_running());
        assert!(!host_name().is_empty());
        let ended = ProcessMark {
            token: Some(nonce()),
            ..me.clone()
        };
        assert!(!ended.may_be_running(), "no mark: it has ended");
        let elsewhere = ProcessMark {
            host: format!("{}-another", me.host),
            ..ended
        };
        assert!(
            elsewhere.may_be_running(),
            "another machine's is taken to run"
        );
    }

    #[test]
    fn a_mark_nobody_holds_is_free_and_cleared() {
        let dir = tempfile::tempdir().expect("temp dir");
        let token = nonce();
        fs::write(mark_file(dir.path(), token), "").expect("write");
        assert!(!mark_held(dir.path(), token));
        assert!(!mark_file(dir.path(), token).exists());
        let held = fs::File::create(mark_file(dir.path(), token)).expect("create");
        held.try_lock().expect("lock");
        assert!(mark_held(dir.path(), token));
    }
}
