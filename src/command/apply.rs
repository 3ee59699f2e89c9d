//! The single write path into a project. Each arm checks everything first and only then
//! changes the project, so a refused command leaves it exactly as it was.

use thiserror::Error;

use super::Command;
use super::recorder::Recorder;
use crate::model::definition::Part;
use crate::model::limits::MAX_IMPORT_FORMS;
use crate::model::{HeadingId, Note, NoteId, Project, Theme, ThemeId};

/// Why a command could not be applied. The project is unchanged when this is returned.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CommandError {
    #[error("note {0:?} does not exist")]
    MissingNote(NoteId),
    #[error("note {0:?} already exists")]
    DuplicateNote(NoteId),
    #[error("a position is not a finite number")]
    InvalidPosition,
    #[error("the command changes nothing")]
    Empty,
    #[error("theme {0:?} does not exist")]
    MissingTheme(ThemeId),
    #[error("heading {0:?} does not exist")]
    MissingHeading(HeadingId),
    #[error("heading {0:?} already exists")]
    DuplicateHeading(HeadingId),
    #[error("no dots left")]
    NoDotsLeft,
    #[error("the pictures would make the project too large")]
    PicturesTooLarge,
    #[error("a text is longer than {limit} characters")]
    TooLong { limit: usize },
    #[error("more than {limit} items")]
    TooMany { limit: usize },
    #[error("participant {0} does not exist")]
    MissingParticipant(usize),
    #[error("version {0} does not exist")]
    MissingVersion(u32),
    #[error("version {0} is approved and cannot change")]
    Approved(u32),
    #[error("note {0:?} is in a theme and keeps its place in its grid")]
    InTheme(NoteId),
}

/// Applies `command` to `project` and returns the command that undoes it. Whatever the
/// change would cover is moved aside in the same step (see `model::room`).
pub fn apply(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    check_limits(project, &command)?;
    let grows = super::make_space::what_grows(project, &command);
    let room = super::make_space::room_for(&command);
    let inverse = apply_unchecked(project, command)?;
    if grows.is_empty() {
        return Ok(inverse);
    }
    Ok(match super::make_space::make_space(project, &grows, room) {
        // Undone first: the moved-aside go back, then the change itself.
        Some(moves_back) => Command::Batch {
            commands: vec![moves_back, inverse],
        },
        None => inverse,
    })
}

fn apply_unchecked(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    match command {
        Command::CreateNote { .. }
        | Command::DeleteNotes { .. }
        | Command::Import { .. }
        | Command::RemoveHeadings { .. }
        | Command::SetPictureAlt { .. }
        | Command::MoveNotes { .. }
        | Command::SetNoteText { .. }
        | Command::SetNoteDetails { .. } => super::notes::apply_note_command(project, command),
        Command::CreateTheme { .. }
        | Command::JoinTheme { .. }
        | Command::LeaveThemes { .. }
        | Command::MoveTheme { .. }
        | Command::RenameTheme { .. }
        | Command::AlsoFits { .. }
        | Command::SetThemeMeaning { .. }
        | Command::SetThemeColour { .. }
        | Command::SetThemeCollapsed { .. }
        | Command::MergeThemes { .. }
        | Command::DissolveTheme { .. } => super::themes::apply_theme_command(project, command),
        Command::AddBoard { .. } => super::board::apply_add_board(project, command),
        Command::Patch { .. } => apply_patch(project, command),
        Command::SetRanking { .. }
        | Command::UseVotedOrder { .. }
        | Command::SetVoting { .. }
        | Command::CastDot { .. }
        | Command::WithdrawDot { .. }
        | Command::CastPhoneDot { .. }
        | Command::WithdrawPhoneDot { .. }
        | Command::SetPaperVotes { .. }
        | Command::SetDraftText { .. }
        | Command::LinkSentence { .. }
        | Command::SaveVersion { .. }
        | Command::AddFeedback { .. }
        | Command::SetVersionStatus { .. }
        | Command::SetDefinition { .. } => super::definition::apply_definition(project, command),
        Command::ReplaceProject {
            project: replacement,
        } => {
            let old = std::mem::replace(project, *replacement);
            Ok(Command::ReplaceProject {
                project: Box::new(old),
            })
        }
        Command::SetTitle { title } => {
            let old = std::mem::replace(&mut project.title, title);
            Ok(Command::SetTitle { title: old })
        }
        Command::Tidy { order } => super::make_space::tidy(project, order),
        Command::SetImportForms { mut forms } => {
            let keep_from = forms.len().saturating_sub(MAX_IMPORT_FORMS);
            forms.drain(..keep_from);
            let old = std::mem::replace(&mut project.import_forms, forms);
            Ok(Command::SetImportForms { forms: old })
        }
        Command::FromPhone { mark, command } => {
            let before = project.phones.clone();
            let inner = match command {
                Some(command) => Some(apply(project, *command)?),
                None => None,
            };
            project.phones.record(&mark);
            let restore = Command::SetPhonesTaken { taken: before };
            Ok(match inner {
                Some(inverse) => Command::Batch {
                    commands: vec![restore, inverse],
                },
                None => restore,
            })
        }
        Command::SetPhonesTaken { taken } => {
            let old = std::mem::replace(&mut project.phones, taken);
            Ok(Command::SetPhonesTaken { taken: old })
        }
        Command::Batch { commands } => {
            if commands.is_empty() {
                return Err(CommandError::Empty);
            }
            // Refused part way: the project goes back exactly as it was (ids included).
            let before = project.clone();
            let mut undo = Vec::with_capacity(commands.len());
            for command in commands {
                match apply(project, command) {
                    Ok(inverse) => undo.push(inverse),
                    Err(err) => {
                        *project = before;
                        return Err(err);
                    }
                }
            }
            undo.reverse();
            Ok(Command::Batch { commands: undo })
        }
    }
}

/// A note and its linked copies (`original` must be the original).
/// Notes and headings about to be put on the board: each with an id of its own (never one in
/// use, never two alike) and a usable position.
pub(super) fn check_new_items(
    project: &Project,
    notes: &[Note],
    headings: &[crate::model::Heading],
) -> Result<(), CommandError> {
    let mut seen = std::collections::BTreeSet::new();
    for note in notes {
        if project.notes.contains_key(&note.id) || !seen.insert(note.id.0) {
            return Err(CommandError::DuplicateNote(note.id));
        }
        if !note.pos.is_finite() {
            return Err(CommandError::InvalidPosition);
        }
    }
    for heading in headings {
        if project.headings.contains_key(&heading.id) || !seen.insert(heading.id.0) {
            return Err(CommandError::DuplicateHeading(heading.id));
        }
        if !heading.pos.is_finite() {
            return Err(CommandError::InvalidPosition);
        }
    }
    Ok(())
}

/// Most picture bytes a project holds: with base64 and the rest of the file, it stays well
/// inside the largest file Cytûn reads.
const MAX_PICTURE_TOTAL: usize = 160 * 1024 * 1024;

/// Picture bytes the project's file holds (each note's own, copies included).
pub(super) fn picture_bytes(project: &Project) -> usize {
    project
        .notes
        .values()
        .filter_map(|note| note.picture.as_ref())
        .map(|picture| picture.data.len())
        .sum()
}

/// Refuses a change that would make a project too large to save and read back.
fn check_limits(project: &Project, command: &Command) -> Result<(), CommandError> {
    use crate::model::limits::{
        MAX_DOTS, MAX_NOTES, MAX_PARTICIPANTS, MAX_TEXT_CHARS, MAX_VERSIONS,
    };
    let too_long =
        |text: &str| text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS;
    let long_error = Err(CommandError::TooLong {
        limit: MAX_TEXT_CHARS,
    });
    let added_notes = match command {
        Command::CreateNote { text, .. } | Command::SetNoteText { text, .. } => {
            if too_long(text) {
                return long_error;
            }
            usize::from(matches!(command, Command::CreateNote { .. }))
        }
        Command::Import { notes, headings }
        | Command::AddBoard {
            notes, headings, ..
        } => {
            if notes.iter().any(|note| too_long(&note.text))
                || headings.iter().any(|heading| too_long(&heading.text))
            {
                return long_error;
            }
            let pictures: usize = notes
                .iter()
                .filter_map(|note| note.picture.as_ref())
                .map(|picture| picture.data.len())
                .sum();
            if pictures > 0 && picture_bytes(project) + pictures > MAX_PICTURE_TOTAL {
                return Err(CommandError::PicturesTooLarge);
            }
            notes.len()
        }
        Command::AlsoFits { note, .. } => {
            // A linked copy of a picture writes the picture again.
            let picture = project
                .note(*note)
                .and_then(|n| n.picture.as_ref())
                .map_or(0, |p| p.data.len());
            if picture > 0 && picture_bytes(project) + picture > MAX_PICTURE_TOTAL {
                return Err(CommandError::PicturesTooLarge);
            }
            1
        }
        Command::SetDraftText { text, .. } if too_long(text) => return long_error,
        Command::SetVoting {
            participants,
            dots_per_person,
        } if participants.len() > MAX_PARTICIPANTS || *dots_per_person > MAX_DOTS => {
            return Err(CommandError::TooMany {
                limit: MAX_PARTICIPANTS,
            });
        }
        Command::SaveVersion { part, .. }
            if project.definition.versions_of(*part).len() >= MAX_VERSIONS =>
        {
            return Err(CommandError::TooMany {
                limit: MAX_VERSIONS,
            });
        }
        _ => 0,
    };
    if added_notes > 0 && project.notes.len() + added_notes > MAX_NOTES {
        return Err(CommandError::TooMany { limit: MAX_NOTES });
    }
    Ok(())
}

/// Whether the ranking, votes or draft refer to `theme`.
pub(super) fn project_mentions(project: &Project, theme: ThemeId) -> bool {
    let definition = &project.definition;
    definition.ranking.contains(&theme)
        || definition.voting.paper.contains_key(&theme)
        || (definition.voting.dots.values())
            .chain(definition.voting.phones.values())
            .flatten()
            .any(|t| *t == theme)
        || Part::ALL.into_iter().any(|part| {
            definition
                .draft_of(part)
                .links
                .iter()
                .any(|l| l.themes.contains(&theme))
        })
}

pub(super) fn link_group(project: &Project, original: NoteId) -> Vec<NoteId> {
    std::iter::once(original)
        .chain(linked_copies(project, original))
        .collect()
}

/// The linked copies of `original`.
pub(super) fn linked_copies(project: &Project, original: NoteId) -> Vec<NoteId> {
    project
        .notes
        .values()
        .filter(|n| n.copy_of == Some(original))
        .map(|n| n.id)
        .collect()
}

/// A text change alters note heights: the grids holding that contribution reflow.
pub(super) fn reflow_themes_of(recorder: &mut Recorder<'_>, original: NoteId) {
    let group = link_group(recorder.project, original);
    let themes: Vec<ThemeId> = recorder
        .project
        .themes
        .values()
        .filter(|t| t.notes.iter().any(|n| group.contains(n)))
        .map(|t| t.id)
        .collect();
    for theme in themes {
        recorder.reflow(theme);
    }
}

/// Changes one theme's own fields (title, meaning, colour, collapsed), undoably.
pub(super) fn edit_theme(
    project: &mut Project,
    theme: ThemeId,
    change: impl FnOnce(&mut Theme),
) -> Result<Command, CommandError> {
    check_theme(project, theme)?;
    let mut recorder = Recorder::new(project);
    if let Some(target) = recorder.theme_mut(theme) {
        change(target);
    }
    Ok(recorder.into_inverse())
}

pub(super) fn check_theme(project: &Project, theme: ThemeId) -> Result<(), CommandError> {
    if project.themes.contains_key(&theme) {
        Ok(())
    } else {
        Err(CommandError::MissingTheme(theme))
    }
}

/// The ids without repeats, first occurrence kept: the order is the grid's reading order.
pub(super) fn unique_in_order(ids: Vec<NoteId>) -> Vec<NoteId> {
    let mut seen = std::collections::BTreeSet::new();
    ids.into_iter().filter(|id| seen.insert(*id)).collect()
}

pub(super) fn check_all_exist<'a>(
    project: &Project,
    ids: impl IntoIterator<Item = &'a NoteId>,
) -> Result<(), CommandError> {
    let mut any = false;
    for id in ids {
        any = true;
        if !project.notes.contains_key(id) {
            return Err(CommandError::MissingNote(*id));
        }
    }
    if any {
        Ok(())
    } else {
        Err(CommandError::Empty)
    }
}

/// Puts back exactly what a theme or note command recorded (its undo).
fn apply_patch(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    let Command::Patch {
        notes,
        themes,
        headings,
        definition,
    } = command
    else {
        return Err(CommandError::Empty);
    };
    let mut recorder = Recorder::new(project);
    if let Some(definition) = definition {
        *recorder.definition_mut() = *definition;
    }
    for (id, value) in notes {
        match value {
            Some(note) => recorder.insert_note(note),
            None => recorder.remove_note(id),
        }
    }
    for (id, value) in headings {
        match value {
            Some(heading) => recorder.insert_heading(heading),
            None => recorder.remove_heading(id),
        }
    }
    for (id, value) in themes {
        match value {
            Some(theme) => recorder.insert_theme(theme),
            None => recorder.remove_theme(id),
        }
    }
    Ok(recorder.into_inverse())
}
