//! Undo and redo stacks of inverse commands, with a state id per step so the document can tell
//! whether what is on screen is what was last saved (undoing back to it clears the mark).

use super::{Command, CommandError, Description, apply, describe};
use crate::model::Project;

/// How many steps can be undone: enough for a long session, bounded in memory.
pub const MAX_UNDO_STEPS: usize = 100;

#[derive(Clone, Debug)]
struct Step {
    /// Applying this reverts the step.
    revert: Command,
    /// The state id the project had before the step.
    state_before: u64,
    /// The state id the project has after the step.
    state_after: u64,
    /// What the step did, in words for the History panel.
    description: Description,
}

/// The undo/redo stacks of one document.
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    current_state: u64,
    /// Changes only when what is on the board does (not with a dot, a vote or the draft):
    /// what the board caches (notes' heights) outlives a room's voting.
    board_state: u64,
}

/// State ids are never reused, across documents too: what is cached by state id (the words
/// in common, suggested groups) can never be taken for another project's at the same step.
static NEXT_STATE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A state id no history has used.
fn fresh_state() -> u64 {
    NEXT_STATE.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            current_state: fresh_state(),
            board_state: fresh_state(),
        }
    }
}

impl History {
    /// Applies `command` and records how to undo it. Clears the redo stack.
    pub fn execute(&mut self, project: &mut Project, command: Command) -> Result<(), CommandError> {
        let description = describe(&command, project);
        let changes_board = command.changes_board();
        let revert = apply(project, command)?;
        if changes_board {
            self.board_state = fresh_state();
        }
        let state_after = fresh_state();
        self.undo.push(Step {
            revert,
            state_before: self.current_state,
            state_after,
            description,
        });
        self.current_state = state_after;
        self.redo.clear();
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// Reverts the latest step. Returns false when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Result<bool, CommandError> {
        let Some(step) = self.undo.pop() else {
            return Ok(false);
        };
        let changes_board = step.revert.changes_board();
        match apply(project, step.revert.clone()) {
            Ok(reapply) => {
                if changes_board {
                    self.board_state = fresh_state();
                }
                self.current_state = step.state_before;
                self.redo.push(Step {
                    revert: reapply,
                    ..step
                });
                Ok(true)
            }
            Err(err) => {
                self.undo.push(step);
                Err(err)
            }
        }
    }

    /// Re-applies the latest undone step. Returns false when there is nothing to redo.
    pub fn redo(&mut self, project: &mut Project) -> Result<bool, CommandError> {
        let Some(step) = self.redo.pop() else {
            return Ok(false);
        };
        let changes_board = step.revert.changes_board();
        match apply(project, step.revert.clone()) {
            Ok(revert) => {
                if changes_board {
                    self.board_state = fresh_state();
                }
                self.current_state = step.state_after;
                self.undo.push(Step { revert, ..step });
                Ok(true)
            }
            Err(err) => {
                self.redo.push(step);
                Err(err)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What each step that can be undone did, oldest first.
    pub fn done(&self) -> impl DoubleEndedIterator<Item = &Description> {
        self.undo.iter().map(|step| &step.description)
    }

    /// Identifies what the project looks like now: equal ids mean equal projects.
    pub fn current_state(&self) -> u64 {
        self.current_state
    }

    /// Identifies what is on the board: notes, themes and labels, their words and places.
    pub fn board_state(&self) -> u64 {
        self.board_state
    }
}
