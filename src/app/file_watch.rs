//! Hearing that the open file changed on disk (another program saved it, a sync tool
//! replaced it, someone deleted it) instead of looking every two seconds: the system tells a
//! watcher thread, which wakes the window. So a window nobody touches draws no frames. Where
//! no watcher can be had (some network drives), the window looks every two seconds instead.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use eframe::egui;
use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// Events closer together than this are one change (a save writes, renames and syncs).
const SETTLE: Duration = Duration::from_millis(300);

/// The watch on one file, through its folder (a save replaces the file by renaming another
/// over it, which a watch on the file itself would not survive).
pub struct FileWatch {
    path: PathBuf,
    changed: Arc<AtomicBool>,
    _watcher: Debouncer<RecommendedWatcher>,
}

impl std::fmt::Debug for FileWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileWatch")
            .field("path", &self.path)
            .field("changed", &self.changed)
            .finish_non_exhaustive()
    }
}

impl FileWatch {
    /// Watches `path`, waking `ctx` when it changes; none if the system cannot watch it.
    pub fn start(ctx: &egui::Context, path: &Path) -> Option<Self> {
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty())?;
        let name = path.file_name()?.to_owned();
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let ctx = ctx.clone();
        let mut watcher = new_debouncer(SETTLE, move |result: DebounceEventResult| {
            let ours = match &result {
                Ok(events) => events
                    .iter()
                    .any(|event| event.path.file_name() == Some(name.as_os_str())),
                // The watch itself failed: look, rather than miss a change.
                Err(_) => true,
            };
            if ours {
                flag.store(true, Ordering::Relaxed);
                ctx.request_repaint();
            }
        })
        .ok()?;
        watcher
            .watcher()
            .watch(folder, RecursiveMode::NonRecursive)
            .ok()?;
        Some(Self {
            path: path.to_owned(),
            changed,
            _watcher: watcher,
        })
    }

    /// The file watched.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file changed since the last time this was asked.
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::Relaxed)
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;

    #[test]
    fn a_change_to_the_file_is_heard_and_one_to_its_neighbour_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("board.ron");
        std::fs::write(&path, "first").unwrap();
        let watch = FileWatch::start(&egui::Context::default(), &path).expect("inotify here");
        std::fs::write(dir.path().join("other.ron"), "x").unwrap();
        std::thread::sleep(SETTLE * 3);
        assert!(!watch.take_change(), "another file in the folder");
        // Written beside and renamed over, as a save does.
        let beside = dir.path().join(".board.ron.tmp");
        std::fs::write(&beside, "second").unwrap();
        std::fs::rename(&beside, &path).unwrap();
        let mut heard = false;
        for _ in 0..40 {
            std::thread::sleep(Duration::from_millis(50));
            if watch.take_change() {
                heard = true;
                break;
            }
        }
        assert!(heard, "the file was replaced");
    }
}
