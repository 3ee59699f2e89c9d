//! Undo and redo stacks of inverse commands, with a state id per step so the document can tell
//! whether what is on screen is what was last saved (undoing back to it clears the mark).

use super::{Command, CommandError, Description, apply, describe};
use crate::model::Project;

/// How many steps can be undone: enough for a long session, bounded in memory.
pub const MAX_UNDO_STEPS: usize = 100;
/// How many of the phones' arrivals the History lists (the newest).
pub const MAX_ARRIVAL_LINES: usize = 200;

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
    /// The phones' lane: what arrived, newest last (the newest `MAX_ARRIVAL_LINES`). Never
    /// undone by the facilitator's Undo, and never takes its depth.
    arrived: std::collections::VecDeque<Description>,
    /// Arrivals taken in since the document was opened.
    arrivals: usize,
    /// The facilitator's steps that fell off the bottom of the undo stack: while any did,
    /// the oldest step kept is not the project as it was opened.
    forgotten: usize,
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
            arrived: std::collections::VecDeque::new(),
            arrivals: 0,
            forgotten: 0,
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
            self.forgotten += 1;
        }
        Ok(())
    }

    /// Applies what a phone sent, in the phones' lane: listed, never on the undo stack, and
    /// neither the undo nor the redo stack is cleared. The facilitator's steps still undo,
    /// and leave it in place: their state ids are made anew, since the project they stood
    /// for now holds the arrival too.
    pub fn take_in(&mut self, project: &mut Project, command: Command) -> Result<(), CommandError> {
        let description = describe(&command, project);
        let changes_board = command.changes_board();
        // A refused arrival only marked as taken in is nothing to list.
        let listed = !matches!(command, Command::FromPhone { command: None, .. });
        apply(project, command)?;
        if changes_board {
            self.board_state = fresh_state();
        }
        self.current_state = fresh_state();
        for step in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            step.state_before = fresh_state();
            step.state_after = fresh_state();
        }
        if let Some(top) = self.undo.last_mut() {
            top.state_after = self.current_state;
        }
        if listed {
            self.arrived.push_back(description);
            if self.arrived.len() > MAX_ARRIVAL_LINES {
                self.arrived.pop_front();
            }
            self.arrivals += 1;
        }
        Ok(())
    }

    /// What phones did, oldest first (the newest few hundred).
    pub fn arrived(&self) -> impl DoubleEndedIterator<Item = &Description> {
        self.arrived.iter()
    }

    /// How many arrivals from phones were taken in since the document was opened.
    pub fn arrivals(&self) -> usize {
        self.arrivals
    }

    /// How many of the facilitator's oldest steps can no longer be undone (none: undoing
    /// every step kept gets back to the project as it was opened, phones' arrivals aside).
    pub fn forgotten(&self) -> usize {
        self.forgotten
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
