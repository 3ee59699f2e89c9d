//! A `Document` is a project open in the app: the project, where it lives on disk, its undo
//! history and whether it has unsaved changes. `execute` is the only way to change it.

use std::path::{Path, PathBuf};

use crate::command::{Command, CommandError, History};
use crate::model::Project;
use crate::store::{self, DiskStamp, LoadError, SaveError};

/// How the file on disk compares with what the document last read or wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    /// Not saved anywhere yet.
    NoFile,
    Unchanged,
    /// Another program (or a sync folder) wrote it since.
    Changed,
    /// Moved or deleted since.
    Missing,
}

/// A project being worked on.
#[derive(Debug)]
pub struct Document {
    project: Project,
    path: Option<PathBuf>,
    history: History,
    /// The history state that matches the file on disk; `None` when never saved.
    saved_state: Option<u64>,
    /// The file as this document last read or wrote it.
    disk_stamp: Option<DiskStamp>,
}

impl Document {
    /// A project that has no file yet. An empty one counts as saved: there is nothing to lose.
    pub fn new_untitled(project: Project) -> Self {
        let history = History::default();
        let saved_state = project.notes.is_empty().then(|| history.current_state());
        Self {
            project,
            path: None,
            history,
            saved_state,
            disk_stamp: None,
        }
    }

    /// Opens the project at `path`.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let project = store::load(path)?;
        let history = History::default();
        let saved_state = Some(history.current_state());
        Ok(Self {
            project,
            path: Some(path.to_owned()),
            history,
            saved_state,
            disk_stamp: DiskStamp::of(path),
        })
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Applies a change as one undo step.
    pub fn execute(&mut self, command: Command) -> Result<(), CommandError> {
        self.history.execute(&mut self.project, command)
    }

    /// Takes in what a phone sent, in the phones' lane: listed in the History, never undone
    /// by Undo, never taking its depth. Refused (a dot on a theme merged away a moment
    /// before), it is still marked as taken in, and the refusal is returned.
    pub fn take_in(&mut self, command: Command) -> Result<(), CommandError> {
        match self.history.take_in(&mut self.project, command.clone()) {
            Ok(()) => Ok(()),
            Err(err) => {
                if let Some(mark) = command.only_the_mark() {
                    // Cannot fail: a mark needs nothing to exist.
                    self.history.take_in(&mut self.project, mark).ok();
                }
                Err(err)
            }
        }
    }

    /// Reverts the latest change; false when there was none.
    pub fn undo(&mut self) -> Result<bool, CommandError> {
        self.history.undo(&mut self.project)
    }

    /// Re-applies the latest undone change; false when there was none.
    pub fn redo(&mut self) -> Result<bool, CommandError> {
        self.history.redo(&mut self.project)
    }

    /// The undo history, for the History panel.
    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Identifies the project's current content: it changes with every edit, undo and redo.
    pub fn state_id(&self) -> u64 {
        self.history.current_state()
    }

    /// Identifies what the board shows: changes with notes, themes and labels only (a dot
    /// or the draft leaves it as it was).
    pub fn board_state_id(&self) -> u64 {
        self.history.board_state()
    }

    /// True when what is on screen differs from the file on disk.
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.current_state())
    }

    /// Whether someone else changed the file since this document read or wrote it.
    pub fn disk_state(&self) -> DiskState {
        let Some(path) = &self.path else {
            return DiskState::NoFile;
        };
        match DiskStamp::of(path) {
            None => DiskState::Missing,
            Some(now) if Some(now) == self.disk_stamp => DiskState::Unchanged,
            Some(_) => DiskState::Changed,
        }
    }

    /// Saves to the document's own file. Returns false when it has none yet (ask for one).
    /// Refuses to overwrite a file someone else changed since it was read.
    pub fn save(&mut self) -> Result<bool, SaveError> {
        let Some(path) = self.path.clone() else {
            return Ok(false);
        };
        if self.disk_state() == DiskState::Changed {
            return Err(SaveError::ChangedOnDisk);
        }
        store::save(&self.project, &path)?;
        self.mark_saved_as(path);
        Ok(true)
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        store::save(&self.project, path)?;
        self.mark_saved_as(path.to_owned());
        Ok(())
    }

    fn mark_saved_as(&mut self, path: PathBuf) {
        self.disk_stamp = DiskStamp::of(&path);
        self.path = Some(path);
        self.saved_state = Some(self.history.current_state());
    }

    /// Writes what is on screen beside the file as `NAME (my version N).ron`, never over an
    /// existing file, and returns where. The document itself stays where it was.
    pub fn save_copy_beside(&self) -> Result<PathBuf, SaveError> {
        let base = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from("project.ron"));
        let stem = base
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let copy = (1..10_000)
            .map(|n| base.with_file_name(format!("{stem} (my version {n}).ron")))
            .find(|candidate| !candidate.exists())
            .unwrap_or_else(|| base.with_extension("copy.ron"));
        store::save(&self.project, &copy)?;
        Ok(copy)
    }

    /// Makes `path` (a copy just written) the document's file.
    pub fn adopt_saved_copy(&mut self, path: PathBuf) {
        self.mark_saved_as(path);
    }

    /// Replaces what is on screen with the file on disk, as one undoable step.
    pub fn reload_from_disk(&mut self) -> Result<(), LoadError> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        let project = store::load(&path)?;
        self.replace(project);
        self.mark_saved_as(path);
        Ok(())
    }

    /// Replaces what is on screen with `project` (a backup, a recovery copy), undoably.
    pub fn replace(&mut self, project: Project) {
        if project != self.project {
            // Cannot fail: replacing needs nothing to exist.
            self.execute(Command::ReplaceProject {
                project: Box::new(project),
            })
            .ok();
        }
    }

    /// The name people know the project by: its title, else its file name.
    pub fn display_name(&self) -> String {
        if !self.project.title.trim().is_empty() {
            return self.project.title.clone();
        }
        self.path
            .as_deref()
            .and_then(Path::file_stem)
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}
