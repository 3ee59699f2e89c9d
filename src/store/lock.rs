//! "Is this project already open?" A small lock file beside the project (so that another user
//! on a shared drive sees it too) names who has it open. It only warns; it never blocks, since
//! a lock left by a crash must not keep anyone out of their work.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Who holds a project open, as written in its lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockHolder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// Seconds since 1970 when it was opened.
    pub since: u64,
}

/// This app's hold on a project; the lock file goes when this is dropped.
#[derive(Debug)]
pub struct ProjectLock {
    file: PathBuf,
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        fs::remove_file(&self.file).ok();
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
    /// Takes the lock. Returns who else holds the project open, if anyone does (a lock left
    /// by a process of this machine that has ended is not counted). A read-only folder just
    /// means no lock: the app still opens the project.
    pub fn acquire(project: &Path) -> (Option<Self>, Option<LockHolder>) {
        let file = lock_path(project);
        let other = fs::read_to_string(&file)
            .ok()
            .and_then(|text| parse(&text))
            .filter(|holder| {
                !(holder.host == host_name()
                    && (holder.pid == std::process::id() || !process_alive(holder.pid)))
            });
        let me = LockHolder {
            user: user_name(),
            host: host_name(),
            pid: std::process::id(),
            since: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        };
        let text = format!("{}\n{}\n{}\n{}\n", me.user, me.host, me.pid, me.since);
        let lock = fs::write(&file, text).ok().map(|()| Self { file });
        (lock, other)
    }
}

fn parse(text: &str) -> Option<LockHolder> {
    let mut lines = text.lines();
    Some(LockHolder {
        user: lines.next()?.chars().take(100).collect(),
        host: lines.next()?.chars().take(100).collect(),
        pid: lines.next()?.trim().parse().ok()?,
        since: lines.next()?.trim().parse().ok()?,
    })
}

fn user_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|key| std::env::var(key).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default()
}

fn host_name() -> String {
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .ok()
        .or_else(|| {
            fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_owned())
        })
        .unwrap_or_default()
}

/// Whether a process of this machine that could hold the lock is still running: it exists,
/// is not a zombie on its way out, and is the same program (a reused id is not). Where the
/// system cannot tell, assume it runs: a needless warning is better than a missed one.
fn process_alive(pid: u32) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // "PID (COMM) STATE ...": the state follows the last parenthesis.
    let state = stat
        .rsplit_once(')')
        .and_then(|(_, rest)| rest.trim_start().chars().next());
    if matches!(state, Some('Z' | 'X')) {
        return false;
    }
    let comm = |path: &str| fs::read_to_string(path).map(|c| c.trim().to_owned()).ok();
    comm(&format!("/proc/{pid}/comm")) == comm("/proc/self/comm")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_opener_is_told_and_the_lock_goes_when_released() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("w.ron");
        // Another user on another machine holds it.
        fs::write(lock_path(&project), "nia\nlaptop7\n4242\n1700000000\n").expect("write");
        let (lock, other) = ProjectLock::acquire(&project);
        let other = other.expect("the other holder is reported");
        assert_eq!(
            (other.user.as_str(), other.host.as_str()),
            ("nia", "laptop7")
        );
        drop(lock);
        assert!(!lock_path(&project).exists());
        // Our own lock is not a conflict.
        let (_lock, other) = ProjectLock::acquire(&project);
        assert!(other.is_none());
    }

    #[test]
    fn a_lock_left_by_a_process_that_ended_is_not_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("w.ron");
        // Pid 4194304 is above Linux's highest: no such process runs here.
        let stale = format!("nia\n{}\n4194304\n1700000000\n", host_name());
        fs::write(lock_path(&project), stale).expect("write");
        let (_lock, other) = ProjectLock::acquire(&project);
        assert!(other.is_none(), "{other:?}");
    }
}
