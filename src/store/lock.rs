//! "Is this project already open?" A small lock file beside the project (so that another user
//! on a shared drive sees it too) names who has it open. It is made with `create_new`, so two
//! openers can never both think they took it; it belongs to the process that made it, and only
//! that process removes it. It only warns: a second opener is told who has the project and
//! takes nothing, and a lock left by a crash is cleared and taken.
//!
//! Whether its holder still runs is the operating system's to say: the holder keeps a shared
//! OS lock on the file (`File::try_lock_shared`) for as long as the project is open, which
//! the system releases when the process ends, however it ends, on Windows, macOS and Linux
//! alike; others can still read who holds it. Where the file system cannot lock (some network
//! shares), the holder's running mark says whether it runs (see [`super::process`]).

use std::ffi::OsString;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::process::{ProcessMark, nonce, process_token};

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
    /// The OS lock held on the file while the project is open (none where the file system
    /// cannot lock).
    held: Option<fs::File>,
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        let ours = fs::read_to_string(&self.file).is_ok_and(|text| text == self.written);
        // Released first: Windows removes no file a process still has open.
        drop(self.held.take());
        if ours {
            fs::remove_file(&self.file).ok();
        }
    }
}

/// The last line of a lock whose holder keeps an OS lock on it: a free OS lock then means
/// its holder has ended.
const HELD_BY_THE_SYSTEM: &str = "OS lock";

/// Whether the OS lock on `file` is free (nobody holds the project), held, or cannot be
/// told (the file system cannot lock).
fn os_lock_free(file: &Path) -> Option<bool> {
    let handle = fs::File::open(file).ok()?;
    match handle.try_lock() {
        Ok(()) => Some(true),
        Err(fs::TryLockError::WouldBlock) => Some(false),
        Err(fs::TryLockError::Error(_)) => None,
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
                "{}\n{}\n{}\n{}\n{:016x}\n{HELD_BY_THE_SYSTEM}\n",
                one_line(&me.user),
                one_line(&me.host),
                me.pid,
                me.since,
                process_token()
            );
            match place_new(&file, &written) {
                Ok(held) => {
                    return (
                        Some(Self {
                            file,
                            written,
                            held,
                        }),
                        None,
                    );
                }
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
                    let Ok(text) = fs::read_to_string(&file) else {
                        return (None, None);
                    };
                    let system_says = text
                        .lines()
                        .any(|line| line.trim() == HELD_BY_THE_SYSTEM)
                        .then(|| os_lock_free(&file))
                        .flatten();
                    match parse(&text) {
                        // This process holds it already (the same project opened again).
                        Some((_, Some(token))) if token == process_token() => return (None, None),
                        // The system holds it for a live process: whoever it names runs.
                        Some((holder, _)) if system_says == Some(false) => {
                            return (None, Some(holder));
                        }
                        // Free: its holder has ended, however it ended (a lock is held
                        // before anyone can see it).
                        Some(_) if system_says == Some(true) => clear_stale(&file, &text),
                        Some((holder, token)) if holder_may_run(&holder, token) => {
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
/// own first, held with a shared OS lock, and then linked into place, so another opener
/// never finds it half written nor unheld. Where the folder has no hard links (some USB
/// sticks and shares), `create_new` does. The OS lock's handle, where the system can lock.
fn place_new(file: &Path, text: &str) -> std::io::Result<Option<fs::File>> {
    let temp = beside(file, "new");
    let made = fs::File::create(&temp).and_then(|mut handle| {
        handle.write_all(text.as_bytes())?;
        Ok(handle)
    });
    let linked = made.and_then(|handle| {
        let held = handle.try_lock_shared().is_ok();
        fs::hard_link(&temp, file)?;
        Ok(held.then_some(handle))
    });
    fs::remove_file(&temp).ok();
    match linked {
        Ok(held) => Ok(held),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Err(err),
        Err(_) => {
            let mut handle = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(file)?;
            if let Err(err) = handle.write_all(text.as_bytes()) {
                drop(handle);
                fs::remove_file(file).ok();
                return Err(err);
            }
            Ok(handle.try_lock_shared().is_ok().then_some(handle))
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

fn holder_may_run(holder: &LockHolder, token: Option<u64>) -> bool {
    ProcessMark {
        user: holder.user.clone(),
        host: holder.host.clone(),
        pid: holder.pid,
        since: holder.since,
        token,
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
    fn a_lock_the_system_no_longer_holds_is_free_whatever_process_it_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("w.ron");
        // Names a process that runs (this one's parent's id would do; pid 1 always runs),
        // written by a Cytûn that held an OS lock, which nothing holds now: a crash.
        let left = format!(
            "nia\n{}\n1\n{}\n0000000000000001\n{HELD_BY_THE_SYSTEM}\n",
            host_name(),
            super::super::process::now_secs()
        );
        fs::write(lock_path(&project), left).expect("write");
        let (lock, other) = ProjectLock::acquire(&project);
        assert!(other.is_none(), "{other:?}");
        let lock = lock.expect("taken at once");
        // Now the system holds it for this process: another process would be told.
        assert_eq!(os_lock_free(&lock_path(&project)), Some(false));
        drop(lock);
        assert!(!lock_path(&project).exists(), "released and removed");
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
