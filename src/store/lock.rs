//! "Is this project already open?" A small lock file beside the project (so that another user
//! on a shared drive sees it too) names who has it open. It is made with `create_new`, so two
//! openers can never both think they took it; it belongs to the process that made it, and only
//! that process removes it. It only warns: a second opener is told who has the project and
//! takes nothing, and a lock left by a crash (its process has ended) is cleared and taken.

use std::ffi::OsString;
use std::fs;
use std::hash::{BuildHasher as _, Hasher as _};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::process::ProcessMark;

/// Who holds a project open, as written in its lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockHolder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// Seconds since 1970 when it was opened.
    pub since: u64,
}

/// This process's hold on a project; the lock file goes when this is dropped, if it is still
/// the one this process wrote.
#[derive(Debug)]
pub struct ProjectLock {
    file: PathBuf,
    /// What this process wrote: compared before removing, so nobody else's lock is removed.
    written: String,
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        if fs::read_to_string(&self.file).is_ok_and(|text| text == self.written) {
            fs::remove_file(&self.file).ok();
        }
    }
}

/// `.NAME.ron.lock` beside the project.
pub fn lock_path(project: &Path) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(project.file_name().unwrap_or_default());
    name.push(".lock");
    project.with_file_name(name)
}

impl ProjectLock {
    /// Takes the lock if nobody holds it. Returns who else holds the project open, if anyone
    /// does; then nothing is taken. A lock left by a process of this machine that has ended
    /// is cleared and taken. A read-only folder just means no lock: the project still opens.
    pub fn acquire(project: &Path) -> (Option<Self>, Option<LockHolder>) {
        let file = lock_path(project);
        // Twice at most: once more after clearing a stale lock.
        for _ in 0..2 {
            let me = ProcessMark::current();
            let written = format!(
                "{}\n{}\n{}\n{}\n{:016x}\n",
                one_line(&me.user),
                one_line(&me.host),
                me.pid,
                me.since,
                process_token()
            );
            match place_new(&file, &written) {
                Ok(()) => return (Some(Self { file, written }), None),
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
                    let Ok(text) = fs::read_to_string(&file) else {
                        return (None, None);
                    };
                    match parse(&text) {
                        // This process holds it already (the same project opened again).
                        Some((_, Some(token))) if token == process_token() => return (None, None),
                        Some((holder, _)) if holder_may_run(&holder) => {
                            return (None, Some(holder));
                        }
                        None if just_made(&file) => {
                            // Being written this very moment by another opener.
                            return (None, Some(LockHolder::unknown()));
                        }
                        _ => clear_stale(&file, &text),
                    }
                }
                Err(_) => return (None, None),
            }
        }
        (None, None)
    }

    /// The project file this lock is for.
    pub fn is_for(&self, project: &Path) -> bool {
        self.file == lock_path(project)
    }
}

/// Puts a lock holding `text` at `file`, only if no lock is there: written to a file of its
/// own first and then linked into place, so another opener never finds it half written.
/// Where the folder has no hard links (some USB sticks and shares), `create_new` does.
fn place_new(file: &Path, text: &str) -> std::io::Result<()> {
    let temp = beside(file, "new");
    let linked = fs::write(&temp, text).and_then(|()| fs::hard_link(&temp, file));
    fs::remove_file(&temp).ok();
    match linked {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Err(err),
        Err(_) => {
            let mut handle = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(file)?;
            let written = handle.write_all(text.as_bytes());
            if written.is_err() {
                drop(handle);
                fs::remove_file(file).ok();
            }
            written
        }
    }
}

/// Removes a lock judged stale (`text` as it was read), and nothing else: it is first moved
/// aside, and if what was moved is not that lock (someone took the project meanwhile), it is
/// put back.
fn clear_stale(file: &Path, text: &str) {
    let aside = beside(file, "stale");
    if fs::rename(file, &aside).is_err() {
        return;
    }
    let moved = fs::read_to_string(&aside).ok();
    if moved.as_deref() != Some(text) && fs::hard_link(&aside, file).is_err() && !file.exists() {
        fs::rename(&aside, file).ok();
        return;
    }
    fs::remove_file(&aside).ok();
}

/// A name beside the lock for a passing file of this process's.
fn beside(file: &Path, what: &str) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_owned();
    name.push(format!(".{what}.{:016x}", nonce()));
    file.with_file_name(name)
}

/// A number for this process, written in its locks, by which it knows its own.
fn process_token() -> u64 {
    static TOKEN: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *TOKEN.get_or_init(nonce)
}

impl LockHolder {
    fn unknown() -> Self {
        Self {
            user: String::new(),
            host: String::new(),
            pid: 0,
            since: super::process::now_secs(),
        }
    }
}

fn holder_may_run(holder: &LockHolder) -> bool {
    ProcessMark {
        user: holder.user.clone(),
        host: holder.host.clone(),
        pid: holder.pid,
        since: holder.since,
    }
    .may_be_running()
}

/// A lock file made in the last two seconds: its maker may not have written it yet.
fn just_made(file: &Path) -> bool {
    fs::metadata(file)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age.as_secs() < 2)
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// A number no other lock will have: std's hasher keys are random for each process.
fn nonce() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.finish()
}

/// Who wrote a lock, and the token of the process that did (none in older locks).
fn parse(text: &str) -> Option<(LockHolder, Option<u64>)> {
    let mut lines = text.lines();
    let holder = LockHolder {
        user: lines.next()?.chars().take(100).collect(),
        host: lines.next()?.chars().take(100).collect(),
        pid: lines.next()?.trim().parse().ok()?,
        since: lines.next()?.trim().parse().ok()?,
    };
    let token = lines
        .next()
        .and_then(|t| u64::from_str_radix(t.trim(), 16).ok());
    Some((holder, token))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::process::host_name;

    #[test]
    fn a_second_opener_is_told_and_takes_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("w.ron");
        // Another user on another machine holds it.
        let theirs = "nia\nlaptop7\n4242\n1700000000\n";
        fs::write(lock_path(&project), theirs).expect("write");
        let (lock, other) = ProjectLock::acquire(&project);
        let other = other.expect("the other holder is reported");
        assert_eq!(
            (other.user.as_str(), other.host.as_str()),
            ("nia", "laptop7")
        );
        assert!(lock.is_none());
        assert_eq!(
            fs::read_to_string(lock_path(&project)).expect("read"),
            theirs,
            "their lock is left as it was"
        );
    }

    #[test]
    fn a_lock_is_removed_only_by_its_owner() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("w.ron");
        let (lock, other) = ProjectLock::acquire(&project);
        let lock = lock.expect("taken");
        assert!(other.is_none());
        // Someone else's lock now stands in its place (ours was cleared by hand, say).
        fs::write(lock_path(&project), "nia\nlaptop7\n4242\n1700000000\n").expect("write");
        drop(lock);
        assert!(lock_path(&project).exists(), "not ours to remove");
        fs::remove_file(lock_path(&project)).expect("remove");
        let (lock, _) = ProjectLock::acquire(&project);
        drop(lock);
        assert!(!lock_path(&project).exists(), "ours goes when released");
    }

    #[test]
    fn a_lock_left_by_a_process_that_ended_is_cleared_and_taken() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("w.ron");
        // Pid 4194304 is above Linux's highest: no such process runs here.
        let stale = format!("nia\n{}\n4194304\n1700000000\n", host_name());
        fs::write(lock_path(&project), stale).expect("write");
        let (lock, other) = ProjectLock::acquire(&project);
        assert!(other.is_none(), "{other:?}");
        assert!(lock.is_some());
    }
}
