//! What a gesture on the board means, as a change: dropping dragged notes (onto a theme, onto
//! a loose note, onto empty board) and grouping a selection. Pure rules, tested without a
//! window; the board only says what was dragged where.

use super::Command;
use crate::model::geometry::{self, BoardPos, BoardVec, DropTarget};
use crate::model::layout::{THEME_PADDING, THEME_TITLE_HEIGHT};
use crate::model::project::sort_bottom_to_top;
use crate::model::{Note, NoteId, Placement, Project};

/// The change that dropping the notes `ids`, grabbed at `grab` and let go at `current`, makes:
/// join the theme under the pointer, make a new theme (called `new_title`) with the loose
/// note under it, or lie loose on the board, on top. `None`: nothing changes (no movement,
/// or dropped back into its own theme, where it returns to its place in the grid).
pub fn drop_notes(
    project: &Project,
    ids: &[NoteId],
    grab: BoardPos,
    current: BoardPos,
    new_title: &str,
) -> Option<Command> {
    let delta = BoardVec::new(current.x - grab.x, current.y - grab.y);
    if delta == BoardVec::default() {
        return None;
    }
    match geometry::drop_target(project, ids, current) {
        DropTarget::Theme(theme) => {
            let members = &project.themes[&theme].notes;
            (!ids.iter().all(|id| members.contains(id))).then(|| Command::JoinTheme {
                theme,
                notes: ids.to_vec(),
            })
        }
        DropTarget::Note(target) => {
            let anchor = project.note(target)?.pos;
            let mut notes = vec![target];
            notes.extend(ids.iter().copied().filter(|id| *id != target));
            Some(Command::CreateTheme {
                title: new_title.to_owned(),
                notes,
                at: BoardPos::new(anchor.x - THEME_PADDING, anchor.y - THEME_TITLE_HEIGHT),
            })
        }
        DropTarget::Board => {
            let moves = dropped_on_top(project, ids, delta);
            if ids
                .iter()
                .any(|id| geometry::theme_of(project, *id).is_some())
            {
                Some(Command::LeaveThemes { moves })
            } else {
                Some(Command::MoveNotes { moves })
            }
        }
    }
}

/// Grouping the selected notes: a new theme called `new_title`, framed where they are.
pub fn group_notes(project: &Project, notes: Vec<NoteId>, new_title: &str) -> Option<Command> {
    let bounds = geometry::bounds_of(notes.iter().filter_map(|id| project.note(*id)))?;
    Some(Command::CreateTheme {
        title: new_title.to_owned(),
        notes,
        at: BoardPos::new(
            bounds.min.x - THEME_PADDING,
            bounds.min.y - THEME_TITLE_HEIGHT,
        ),
    })
}

/// Where dragged notes land: moved by `delta` and lifted above every other note, keeping their
/// order among themselves, the way a hand puts paper down on top.
fn dropped_on_top(project: &Project, ids: &[NoteId], delta: BoardVec) -> Vec<Placement> {
    let mut notes: Vec<&Note> = ids.iter().filter_map(|id| project.note(*id)).collect();
    sort_bottom_to_top(&mut notes);
    let top = project.top_z();
    notes
        .iter()
        .zip(1..)
        .map(|(note, lift)| Placement {
            id: note.id,
            pos: note.pos.offset(delta),
            z: top + lift,
        })
        .collect()
}

/// What Delete means on the board: the selected notes a person can see are deleted (a note
/// folded inside a collapsed theme never is); with no note selected, a selected theme is
/// dissolved, its notes staying on the board, loose.
pub fn delete_selection(
    project: &Project,
    selection: &[NoteId],
    selected_theme: Option<crate::model::ThemeId>,
) -> Option<Command> {
    if selection.is_empty() {
        let theme = selected_theme.filter(|id| project.themes.contains_key(id))?;
        return Some(Command::DissolveTheme { theme });
    }
    let visible = geometry::visible_notes(project);
    let ids: Vec<NoteId> = selection
        .iter()
        .copied()
        .filter(|id| visible.contains(id))
        .collect();
    (!ids.is_empty()).then_some(Command::DeleteNotes { ids })
}
