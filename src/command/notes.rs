//! The commands that add, change, move and remove notes and column labels. Each checks
//! everything first and only then changes the project; each returns its exact inverse.
use super::Command;
use super::apply::{
    CommandError, check_all_exist, check_new_items, link_group, linked_copies, reflow_themes_of,
};
use super::recorder::Recorder;
use crate::model::{Note, NoteId, Placement, Project};

pub(super) fn apply_note_command(
    project: &mut Project,
    command: Command,
) -> Result<Command, CommandError> {
    match command {
        Command::CreateNote { .. } => create_note(project, command),
        Command::DeleteNotes { .. } => delete_notes(project, command),
        Command::Import { notes, headings } => {
            if notes.is_empty() && headings.is_empty() {
                return Err(CommandError::Empty);
            }
            check_new_items(project, &notes, &headings)?;
            let mut recorder = Recorder::new(project);
            for note in notes {
                recorder.project.next_id = recorder.project.next_id.max(note.id.0 + 1);
                recorder.insert_note(note);
            }
            for heading in headings {
                recorder.project.next_id = recorder.project.next_id.max(heading.id.0 + 1);
                recorder.insert_heading(heading);
            }
            Ok(recorder.into_inverse())
        }
        Command::RemoveHeadings { ids } => {
            if ids.is_empty() {
                return Err(CommandError::Empty);
            }
            if let Some(missing) = ids.iter().find(|id| !project.headings.contains_key(id)) {
                return Err(CommandError::MissingHeading(*missing));
            }
            let mut recorder = Recorder::new(project);
            for id in ids {
                recorder.remove_heading(id);
            }
            Ok(recorder.into_inverse())
        }
        Command::SetPictureAlt { id, alt } => {
            let note = project
                .notes
                .get(&id)
                .ok_or(CommandError::MissingNote(id))?;
            if note.picture.is_none() {
                return Err(CommandError::Empty);
            }
            let group = link_group(project, note.copy_of.unwrap_or(id));
            let mut recorder = Recorder::new(project);
            for member in group {
                if let Some(picture) = recorder.note_mut(member).and_then(|n| n.picture.as_mut()) {
                    picture.alt.clone_from(&alt);
                }
            }
            Ok(recorder.into_inverse())
        }
        Command::MoveNotes { .. } => move_notes(project, command),
        Command::SetNoteText { id, text } => {
            // Linked copies share one text; a longer or shorter note reflows its themes.
            let (mut recorder, original) =
                edit_contribution(project, id, |note| note.text.clone_from(&text))?;
            reflow_themes_of(&mut recorder, original);
            Ok(recorder.into_inverse())
        }
        Command::SetNoteDetails { id, details } => {
            let (recorder, _) =
                edit_contribution(project, id, |note| note.details = (*details).clone())?;
            Ok(recorder.into_inverse())
        }
        _ => Err(CommandError::Empty),
    }
}

/// Applies `edit` to note `id` and its linked copies (one contribution in several places),
/// recording each for undo; also returns the original's id.
fn edit_contribution(
    project: &mut Project,
    id: NoteId,
    mut edit: impl FnMut(&mut Note),
) -> Result<(Recorder<'_>, NoteId), CommandError> {
    let Some(note) = project.notes.get(&id) else {
        return Err(CommandError::MissingNote(id));
    };
    let original = note.copy_of.unwrap_or(id);
    let mut recorder = Recorder::new(project);
    for member in link_group(recorder.project, original) {
        if let Some(note) = recorder.note_mut(member) {
            edit(note);
        }
    }
    Ok((recorder, original))
}

/// Loose notes to new places and stacking levels; a theme's notes keep their grid.
fn move_notes(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    let Command::MoveNotes { moves } = command else {
        return Err(CommandError::Empty);
    };
    if moves.is_empty() {
        return Err(CommandError::Empty);
    }
    check_all_exist(project, moves.iter().map(|place| &place.id))?;
    if moves.iter().any(|place| !place.pos.is_finite()) {
        return Err(CommandError::InvalidPosition);
    }
    // A theme's notes lie in its grid: only the theme moves them.
    if let Some(member) = moves
        .iter()
        .find(|place| crate::model::geometry::theme_of(project, place.id).is_some())
    {
        return Err(CommandError::InTheme(member.id));
    }
    // Record old places first so that a note listed twice still undoes exactly.
    let mut undo = Vec::with_capacity(moves.len());
    for place in &moves {
        let note = &project.notes[&place.id];
        undo.push(Placement {
            id: note.id,
            pos: note.pos,
            z: note.z,
        });
    }
    for place in moves {
        if let Some(note) = project.notes.get_mut(&place.id) {
            note.pos = place.pos;
            note.z = place.z;
        }
    }
    undo.reverse();
    Ok(Command::MoveNotes { moves: undo })
}

/// A new note, given the next id.
fn create_note(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    let Command::CreateNote { pos, text, details } = command else {
        return Err(CommandError::Empty);
    };
    if !pos.is_finite() {
        return Err(CommandError::InvalidPosition);
    }
    // A new note lies on top of everything already there.
    let z = project.top_z() + 1;
    let id = project.allocate_note_id();
    project.notes.insert(
        id,
        Note {
            id,
            text,
            pos,
            z,
            copy_of: None,
            picture: None,
            details: *details,
        },
    );
    Ok(Command::DeleteNotes { ids: vec![id] })
}

/// Notes off the board, with their linked copies; their themes reflow.
fn delete_notes(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    let Command::DeleteNotes { ids } = command else {
        return Err(CommandError::Empty);
    };
    check_all_exist(project, &ids)?;
    // A linked copy is the same contribution: deleting the original deletes its copies.
    let copies: Vec<NoteId> = ids
        .iter()
        .flat_map(|id| linked_copies(project, *id))
        .collect();
    let mut unique: Vec<NoteId> = ids.into_iter().chain(copies).collect();
    unique.sort_unstable();
    unique.dedup();
    // Themes lose the deleted notes (and reflow): no theme points at a missing note.
    let mut recorder = Recorder::new(project);
    let themes = recorder.take_out_of_themes(&unique);
    for id in &unique {
        recorder.remove_note(*id);
    }
    for theme in themes {
        recorder.reflow(theme);
    }
    Ok(recorder.into_inverse())
}
