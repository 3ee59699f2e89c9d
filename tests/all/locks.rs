//! A project's lock between real processes: whoever opens second is told and takes nothing,
//! whoever took the lock is the only one to remove it, in either order; `cytun import`
//! refused because the project is open leaves the lock (and the project) as they were, and
//! `cytun export` never touches it.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use cytun::store::{self, ProjectLock, lock_path};

const CHILD_ENV: &str = "CYTUN_LOCK_TEST_CHILD";

/// Run as a child process only: takes the lock on the project named in `CHILD_ENV`, says
/// whether it got it and whose it is, and holds it until its standard input closes. Ignored,
/// so it never counts as a test of its own; the lock tests start it with `--ignored`.
#[test]
#[ignore = "the lock tests' child process, started by them"]
fn child_holds_a_lock_until_told() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let (lock, other) = ProjectLock::acquire(Path::new(&path));
    let holder = other.map_or(0, |o| o.pid);
    println!("CHILD took={} holder={holder}", lock.is_some());
    std::io::stdout().flush().unwrap();
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).ok();
    drop(lock);
}

/// A second process, running the test above: what it said, and how to let it go.
struct OtherProcess {
    child: Child,
    stdin: Option<ChildStdin>,
    /// Kept open (and read to the end) so the child can finish writing.
    stdout: BufReader<ChildStdout>,
    took: bool,
    holder: u32,
}

impl OtherProcess {
    fn start(project: &Path) -> Self {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "locks::child_holds_a_lock_until_told",
                "--ignored",
                "--nocapture",
            ])
            .env(CHILD_ENV, project)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut said = String::new();
        while !said.contains("CHILD took=") {
            said.clear();
            assert!(
                stdout.read_line(&mut said).unwrap() > 0,
                "the child ended early"
            );
        }
        let took = said.contains("took=true");
        let holder = said
            .rsplit("holder=")
            .next()
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        Self {
            child,
            stdin,
            stdout,
            took,
            holder,
        }
    }

    /// Lets the other process release what it holds and end.
    fn finish(mut self) {
        drop(self.stdin.take());
        std::io::copy(&mut self.stdout, &mut std::io::sink()).unwrap();
        assert!(self.child.wait().unwrap().success());
    }
}

fn project_file(dir: &Path) -> PathBuf {
    let path = dir.join("workshop.ron");
    store::save(&cytun::model::Project::new("Gweithdy"), &path).unwrap();
    path
}

#[test]
fn the_first_opener_keeps_the_lock_when_a_second_process_opens_and_closes() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_file(dir.path());
    let (mine, other) = ProjectLock::acquire(&project);
    assert!(mine.is_some() && other.is_none());
    let written = std::fs::read_to_string(lock_path(&project)).unwrap();

    let second = OtherProcess::start(&project);
    assert!(!second.took, "the second opener takes nothing");
    assert_eq!(second.holder, std::process::id(), "and is told who has it");
    second.finish();
    assert_eq!(
        std::fs::read_to_string(lock_path(&project)).unwrap(),
        written,
        "closing the second leaves the first's lock"
    );
    drop(mine);
    assert!(!lock_path(&project).exists(), "the owner removes it");
}

/// A crash never leaves a project locked: the holder killed, the project is free at once,
/// whatever process its lock names (the system released its hold).
#[test]
fn a_killed_holders_project_is_free_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_file(dir.path());
    let mut holder = OtherProcess::start(&project);
    assert!(holder.took);
    holder.child.kill().unwrap();
    holder.child.wait().unwrap();
    assert!(lock_path(&project).exists(), "its lock file is left behind");
    let (mine, other) = ProjectLock::acquire(&project);
    assert!(other.is_none(), "{other:?}");
    assert!(mine.is_some(), "taken at once");
}

/// Where the file system cannot lock (some network shares), the lock carries no OS lock; its
/// holder's running mark says whether it runs, and that too is free the moment it is killed.
#[test]
fn where_the_share_cannot_lock_the_running_mark_tells_and_a_kill_frees_it() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_file(dir.path());
    let mut holder = OtherProcess::start(&project);
    assert!(holder.took);
    // The same holder's lock, as written where the OS lock could not be taken.
    let written = std::fs::read_to_string(lock_path(&project)).unwrap();
    let mut unlockable = written.lines().take(5).collect::<Vec<_>>().join("\n");
    unlockable.push('\n');
    let on_share = dir.path().join("on-a-share.ron");
    store::save(&cytun::model::Project::new("Rhannu"), &on_share).unwrap();
    std::fs::write(lock_path(&on_share), &unlockable).unwrap();

    let (mine, other) = ProjectLock::acquire(&on_share);
    assert!(mine.is_none(), "it runs: nothing taken");
    assert_eq!(other.unwrap().pid, holder.child.id());

    holder.child.kill().unwrap();
    holder.child.wait().unwrap();
    let (mine, other) = ProjectLock::acquire(&on_share);
    assert!(other.is_none(), "{other:?}");
    assert!(mine.is_some(), "free at once");
}

#[test]
fn a_second_opener_here_leaves_the_other_process_its_lock() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_file(dir.path());
    let first = OtherProcess::start(&project);
    assert!(first.took);
    let (mine, other) = ProjectLock::acquire(&project);
    assert!(mine.is_none(), "nothing taken");
    assert_eq!(other.unwrap().pid, first.child.id());
    drop(mine);
    assert!(lock_path(&project).exists(), "theirs is still there");
    first.finish();
    assert!(!lock_path(&project).exists(), "gone when its owner closed");
    // Free again: this process can take it.
    assert!(ProjectLock::acquire(&project).0.is_some());
}

#[test]
fn a_refused_import_and_an_export_leave_the_lock_and_the_project_alone() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_file(dir.path());
    let before = std::fs::read(&project).unwrap();
    let sheet = dir.path().join("sheet.csv");
    std::fs::write(&sheet, "text,prompt\nTea and toast,tastes\n").unwrap();
    let holder = OtherProcess::start(&project);
    assert!(holder.took);
    let lock = std::fs::read_to_string(lock_path(&project)).unwrap();

    let cytun = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_cytun"))
            .args(args)
            .env("LANG", "en_GB.UTF-8")
            .output()
            .unwrap()
    };
    let import = cytun(&[
        "import",
        sheet.to_str().unwrap(),
        "--into",
        project.to_str().unwrap(),
    ]);
    assert_eq!(import.status.code(), Some(1));
    let said = String::from_utf8_lossy(&import.stderr);
    assert!(said.contains("open in Cytûn"), "{said}");
    assert_eq!(std::fs::read_to_string(lock_path(&project)).unwrap(), lock);
    assert_eq!(std::fs::read(&project).unwrap(), before, "never changed");

    let out = dir.path().join("report.md");
    let export = cytun(&[
        "export",
        project.to_str().unwrap(),
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(export.status.code(), Some(0));
    assert!(out.is_file());
    assert_eq!(std::fs::read_to_string(lock_path(&project)).unwrap(), lock);
    holder.finish();
    assert!(!lock_path(&project).exists());
}
