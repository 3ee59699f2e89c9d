//! A `Document` is a project open in the app: the project, where it lives on disk, its undo
//! history and whether it has unsaved changes. `execute` is the only way to change it.

use std::path::{Path, PathBuf};

use crate::command::{Command, CommandError, History};
use crate::model::Project;
use crate::store::{self, LoadError, SaveError};

/// A project being worked on.
#[derive(Debug)]
pub struct Document {
    project: Project,
    path: Option<PathBuf>,
    history: History,
    /// The history state that matches the file on disk; `None` when never saved.
    saved_state: Option<u64>,
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

    /// Reverts the latest change; false when there was none.
    pub fn undo(&mut self) -> Result<bool, CommandError> {
        self.history.undo(&mut self.project)
    }

    /// Re-applies the latest undone change; false when there was none.
    pub fn redo(&mut self) -> Result<bool, CommandError> {
        self.history.redo(&mut self.project)
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// True when what is on screen differs from the file on disk.
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.current_state())
    }

    /// Saves to the document's own file. Returns false when it has none yet (ask for one).
    pub fn save(&mut self) -> Result<bool, SaveError> {
        let Some(path) = self.path.clone() else {
            return Ok(false);
        };
        store::save(&self.project, &path)?;
        self.saved_state = Some(self.history.current_state());
        Ok(true)
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        store::save(&self.project, path)?;
        self.path = Some(path.to_owned());
        self.saved_state = Some(self.history.current_state());
        Ok(())
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
