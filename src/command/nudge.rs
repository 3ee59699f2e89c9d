//! What Ctrl+arrow does to the selection: the rule lives here, beside the commands, so the
//! board only says which way. A note in a theme keeps its place in the theme's grid, so
//! nudging it moves its theme, frame and all; loose notes move by themselves.

use super::Command;
use crate::model::geometry::{BoardVec, theme_of};
use crate::model::{NoteId, Placement, Project, ThemeId};

/// The change that moves the selected notes (or, with none, the selected theme) by `step`:
/// the loose notes and every theme that holds selected notes, as one undo step.
pub fn nudge(
    project: &Project,
    notes: &[NoteId],
    theme: Option<ThemeId>,
    step: BoardVec,
) -> Option<Command> {
    let mut themes: Vec<ThemeId> = Vec::new();
    let mut moves = Vec::new();
    for note in notes.iter().filter_map(|id| project.note(*id)) {
        match theme_of(project, note.id) {
            Some(theme) => {
                if !themes.contains(&theme) {
                    themes.push(theme);
                }
            }
            None => moves.push(Placement {
                id: note.id,
                pos: note.pos.offset(step),
                z: note.z,
            }),
        }
    }
    if notes.is_empty()
        && let Some(theme) = theme.filter(|t| project.themes.contains_key(t))
    {
        themes.push(theme);
    }
    let mut commands = Vec::new();
    if !moves.is_empty() {
        commands.push(Command::MoveNotes { moves });
    }
    commands.extend(themes.into_iter().filter_map(|id| {
        let theme = project.themes.get(&id)?;
        Some(Command::MoveTheme {
            theme: id,
            to: theme.pos.offset(step),
        })
    }));
    match commands.len() {
        0 => None,
        1 => commands.pop(),
        _ => Some(Command::Batch { commands }),
    }
}
