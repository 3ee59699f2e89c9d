//! A save killed at any moment leaves a file that loads, as either the old or the new version.
//! The test runs itself again as a child process that saves in a loop, and kills it (SIGKILL
//! on Unix) at many different moments.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::project_with_notes;
use cytun::model::{BoardPos, Project};
use cytun::store;

const CHILD_ENV: &str = "CYTUN_CRASH_CHILD_PATH";
const CHILD_MODE_ENV: &str = "CYTUN_CRASH_CHILD_MODE";
/// This test by its full name in the one test binary: the child runs it alone.
const TEST_NAME: &str = "crash_safety::a_save_killed_at_any_moment_leaves_the_old_or_the_new_file";

/// Two versions big enough (about 1 MB) that a save takes a while.
fn versions() -> (Project, Project) {
    let old = project_with_notes(4000);
    let mut new = old.clone();
    new.title = "After the break".into();
    for note in new.notes.values_mut() {
        note.pos = BoardPos::new(note.pos.x + 17.0, note.pos.y - 3.0);
    }
    (old, new)
}

/// The child: saves the two versions in turn until killed. In "write" mode it repeats only the
/// write step with text made beforehand, so that nearly every kill lands mid-write.
fn save_forever(path: &Path, mode: &str) -> ! {
    let (old, new) = versions();
    if mode == "recovery" {
        let store = cytun::store::RecoveryStore::new(path.with_file_name("recovery"));
        loop {
            store.write(path, &new).expect("child recovery write");
            store.write(path, &old).expect("child recovery write");
        }
    }
    if mode == "write" {
        let (old, new) = (store::to_ron(&old).unwrap(), store::to_ron(&new).unwrap());
        loop {
            store::write_atomically(path, new.as_bytes()).expect("child write");
            store::write_atomically(path, old.as_bytes()).expect("child write");
        }
    }
    loop {
        store::save(&new, path).expect("child save");
        store::save(&old, path).expect("child save");
    }
}

/// Starts a child saving to `path` in `mode`, lets it run for a pseudo-random moment (after
/// `base_ms`), then kills it with SIGKILL: no destructor, no flush.
fn kill_while_saving(path: &Path, mode: &str, seed: &mut u32, base_ms: u32) {
    let exe = std::env::current_exe().unwrap();
    let mut child = Command::new(exe)
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, path)
        .env(CHILD_MODE_ENV, mode)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    *seed ^= *seed << 13;
    *seed ^= *seed >> 17;
    *seed ^= *seed << 5;
    std::thread::sleep(Duration::from_millis(u64::from(base_ms + *seed % 300)));
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    if let Some(path) = std::env::var_os(CHILD_ENV) {
        let mode = std::env::var(CHILD_MODE_ENV).unwrap_or_default();
        save_forever(&PathBuf::from(path), &mode);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    let (old, new) = versions();
    store::save(&old, &path).unwrap();

    let mut seed = 0x9e37_79b9_u32;
    let mut both_seen = (false, false);
    // At least 40 kills, and more (up to 160) until some landed on each side of a rename:
    // on a loaded machine the moments bunch up.
    for round in 0..160 {
        if round >= 40 && both_seen.0 && both_seen.1 {
            break;
        }
        let mode = if round % 4 == 0 { "save" } else { "write" };
        kill_while_saving(&path, mode, &mut seed, 30);

        let loaded = store::load(&path).expect("the file always loads after a kill");
        if loaded == old {
            both_seen.0 = true;
        } else if loaded == new {
            both_seen.1 = true;
        } else {
            panic!("the file is neither the old nor the new version");
        }
        let backup = store::backup_path(&path);
        if backup.exists() {
            let previous = store::load(&backup).expect("the backup always loads");
            assert!(previous == old || previous == new);
        }
    }
    assert!(
        both_seen.0 && both_seen.1,
        "kills landed at varied moments: {both_seen:?}"
    );
}

/// Autosave is as safe as saving: a recovery copy killed mid-write still reads back whole.
#[test]
fn a_recovery_copy_killed_at_any_moment_reads_back_whole() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return; // The child runs only the save test above.
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    let (old, new) = versions();
    let store = cytun::store::RecoveryStore::new(dir.path().join("recovery"));
    store.write(&path, &old).unwrap();
    let mut seed = 0x1234_5678_u32;
    for _ in 0..15 {
        kill_while_saving(&path, "recovery", &mut seed, 40);
        let recovered = store.find(&path).expect("reads").expect("present");
        assert!(recovered.project == old || recovered.project == new);
    }
}
