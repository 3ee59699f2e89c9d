//! Who this process is, and whether another process named in a file (a lock, a recovery copy)
//! still runs: what tells a live hold on a project from one left behind by a crash.

use std::fs;
use std::time::{SystemTime, UNIX_EPOCH};

/// This process, as written into lock files and recovery copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessMark {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// Seconds since 1970 when the mark was made.
    pub since: u64,
}

impl ProcessMark {
    pub fn current() -> Self {
        Self {
            user: user_name(),
            host: host_name(),
            pid: std::process::id(),
            since: now_secs(),
        }
    }

    /// Whether the process that made this mark could still be running. Another machine's
    /// process cannot be seen from here, so it is taken to run: a needless warning is better
    /// than a missed one.
    pub fn may_be_running(&self) -> bool {
        if self.host != host_name() {
            return true;
        }
        self.pid == std::process::id() || process_alive(self.pid, self.since)
    }
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Who runs this process: as the environment says (Windows' `USERNAME` too), else the name of
/// their home folder, never empty where either is known ("( on vm)" told nobody anything).
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

/// Whether process `pid` of this machine runs and is the one that wrote a mark at `since`:
/// it exists, is not a zombie on its way out, and started before the mark was made (a
/// process that started later only reused the id). Where the system cannot tell, it is
/// taken to run.
fn process_alive(pid: u32, since: u64) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // "PID (COMM) STATE PPID ...": fields after the last parenthesis, from the state on.
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return true;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    if matches!(fields.first(), Some(&("Z" | "X"))) {
        return false;
    }
    // Field 22 of the whole line, the start time in clock ticks since boot, is the 20th
    // after the name. Linux reports ticks at 100 a second to user space.
    let started_ticks: Option<u64> = fields.get(19).and_then(|t| t.parse().ok());
    let boot = fs::read_to_string("/proc/stat").ok().and_then(|text| {
        text.lines()
            .find_map(|line| line.strip_prefix("btime "))
            .and_then(|secs| secs.trim().parse::<u64>().ok())
    });
    match (started_ticks, boot) {
        // A few seconds' slack: the clock and the tick count are not exact.
        (Some(ticks), Some(boot)) => boot + ticks / 100 <= since + 5,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_an_impossible_one_does_not() {
        let me = ProcessMark::current();
        assert!(process_alive(me.pid, me.since));
        // Pid 4194304 is above Linux's highest: no such process runs here.
        if cfg!(target_os = "linux") {
            assert!(!process_alive(4_194_304, me.since));
            // A mark made before this process started was made by another one.
            assert!(!process_alive(me.pid, 1_000_000_000));
        }
        assert!(!host_name().is_empty());
    }
}
