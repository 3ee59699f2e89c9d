//! Making room as part of a command: what a command makes grow, move or appear, and the
//! moves that take everything it would cover out of the way, recorded so that one undo puts
//! both back.

use super::Command;
use super::recorder::Recorder;
use crate::model::make_space::{Block, Room, space_for};
use crate::model::{NoteId, Project, ThemeId};

/// What `command` will make grow, move or appear, read before it runs (a new theme or note
/// takes the project's next id).
pub(super) fn what_grows(project: &Project, command: &Command) -> Vec<Block> {
    match command {
        Command::CreateTheme { .. } => vec![Block::Theme(ThemeId(project.next_id))],
        Command::CreateNote { .. } => vec![Block::Note(NoteId(project.next_id))],
        Command::JoinTheme { theme, .. }
        | Command::MoveTheme { theme, .. }
        | Command::AlsoFits { theme, .. }
        | Command::MergeThemes { into: theme, .. }
        | Command::SetThemeCollapsed {
            theme,
            collapsed: false,
        } => vec![Block::Theme(*theme)],
        Command::MoveNotes { moves } | Command::LeaveThemes { moves } => {
            moves.iter().map(|m| Block::Note(m.id)).collect()
        }
        // A folded theme's notes come back into sight where they lay in its frame, over
        // whatever was put in the space the folded card left free.
        Command::DissolveTheme { theme } => project
            .themes
            .get(theme)
            .map(|t| t.notes.iter().copied().map(Block::Note).collect())
            .unwrap_or_default(),
        // Longer words make a taller note, in every place the contribution is.
        Command::SetNoteText { id, .. } => crate::model::geometry::linked_notes(project, *id)
            .into_iter()
            .map(Block::Note)
            .collect(),
        _ => Vec::new(),
    }
}

/// How `command` makes room: what a person put somewhere stays there; what is new, or grew
/// in place, may take the nearest free place instead of pushing (`model::make_space`).
pub(super) fn room_for(command: &Command) -> Room {
    match command {
        Command::CreateTheme { .. }
        | Command::CreateNote { .. }
        | Command::JoinTheme { .. }
        | Command::AlsoFits { .. }
        | Command::MergeThemes { .. }
        | Command::SetNoteText { .. } => Room::Nearest,
        _ => Room::Push,
    }
}

/// Makes room for what `grown` now covers; the command that undoes the moves, if any.
pub(super) fn make_space(project: &mut Project, grown: &[Block], room: Room) -> Option<Command> {
    let moves = space_for(project, grown, room);
    if moves.is_empty() {
        return None;
    }
    let mut recorder = Recorder::new(project);
    for (block, by) in moves {
        match block {
            Block::Note(id) => {
                if let Some(note) = recorder.note_mut(id) {
                    note.pos = note.pos.offset(by);
                }
            }
            Block::Theme(id) => {
                if let Some(theme) = recorder.theme_mut(id) {
                    theme.pos = theme.pos.offset(by);
                }
                recorder.reflow(id);
            }
            Block::Heading(id) => {
                if let Some(heading) = recorder.heading_mut(id) {
                    heading.pos = heading.pos.offset(by);
                }
            }
        }
    }
    Some(recorder.into_inverse())
}

/// Every theme and loose note in rows (see `model::tidy`), the column labels taken away.
pub(super) fn tidy(
    project: &mut Project,
    order: crate::model::tidy::TidyOrder,
) -> Result<Command, super::CommandError> {
    if project.notes.is_empty() {
        return Err(super::CommandError::Empty);
    }
    let places = crate::model::tidy::tidy_places(project, order);
    let mut recorder = Recorder::new(project);
    for (block, at) in places {
        match block {
            Block::Note(id) => {
                if let Some(note) = recorder.note_mut(id) {
                    note.pos = at;
                }
            }
            Block::Theme(id) => {
                if let Some(theme) = recorder.theme_mut(id) {
                    theme.pos = at;
                }
                recorder.reflow(id);
            }
            Block::Heading(_) => {}
        }
    }
    let labels: Vec<_> = recorder.project.headings.keys().copied().collect();
    for id in labels {
        recorder.remove_heading(id);
    }
    Ok(recorder.into_inverse())
}
