//! The single write path into a project. Each arm checks everything first and only then
//! changes the project, so a refused command leaves it exactly as it was.

use thiserror::Error;

use super::Command;
use super::recorder::Recorder;
use crate::model::{HeadingId, Note, NoteId, Placement, Project, Theme, ThemeId};

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

/// Applies `command` to `project` and returns the command that undoes it.
pub fn apply(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    check_limits(project, &command)?;
    match command {
        Command::CreateNote { pos, text, details } => {
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
        Command::AddNotes { notes } => {
            if notes.is_empty() {
                return Err(CommandError::Empty);
            }
            check_new_items(project, &notes, &[])?;
            let ids = notes.iter().map(|note| note.id).collect();
            for note in notes {
                project.next_id = project.next_id.max(note.id.0 + 1);
                project.notes.insert(note.id, note);
            }
            Ok(Command::DeleteNotes { ids })
        }
        Command::DeleteNotes { ids } => {
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
        Command::CreateTheme { title, notes, at } => {
            check_all_exist(project, &notes)?;
            if !at.is_finite() {
                return Err(CommandError::InvalidPosition);
            }
            let notes = unique_in_order(notes);
            let id = ThemeId(project.next_id);
            project.next_id += 1;
            let mut recorder = Recorder::new(project);
            let left = recorder.take_out_of_themes(&notes);
            recorder.insert_theme(Theme {
                id,
                title,
                meaning: String::new(),
                notes,
                pos: at,
                collapsed: false,
                colour: None,
                former_titles: Vec::new(),
            });
            recorder.keep_contributions_once(id);
            for theme in left.into_iter().chain([id]) {
                recorder.reflow(theme);
            }
            Ok(recorder.into_inverse())
        }
        Command::JoinTheme { theme, notes } => {
            check_all_exist(project, &notes)?;
            check_theme(project, theme)?;
            let notes = unique_in_order(notes);
            let mut recorder = Recorder::new(project);
            let left = recorder.take_out_of_themes(&notes);
            if let Some(target) = recorder.theme_mut(theme) {
                target.notes.extend(&notes);
            }
            recorder.keep_contributions_once(theme);
            for id in left.into_iter().chain([theme]) {
                recorder.reflow(id);
            }
            Ok(recorder.into_inverse())
        }
        Command::LeaveThemes { moves } => {
            check_all_exist(project, moves.iter().map(|m| &m.id))?;
            if moves.iter().any(|m| !m.pos.is_finite()) {
                return Err(CommandError::InvalidPosition);
            }
            let ids: Vec<NoteId> = moves.iter().map(|m| m.id).collect();
            let mut recorder = Recorder::new(project);
            let left = recorder.take_out_of_themes(&ids);
            for place in &moves {
                if let Some(note) = recorder.note_mut(place.id) {
                    note.pos = place.pos;
                    note.z = place.z;
                }
            }
            for theme in left {
                recorder.reflow(theme);
            }
            Ok(recorder.into_inverse())
        }
        Command::MoveTheme { theme, to } => {
            check_theme(project, theme)?;
            if !to.is_finite() {
                return Err(CommandError::InvalidPosition);
            }
            let mut recorder = Recorder::new(project);
            if let Some(target) = recorder.theme_mut(theme) {
                target.pos = to;
            }
            recorder.reflow(theme);
            Ok(recorder.into_inverse())
        }
        Command::RenameTheme { theme, title } => {
            edit_theme(project, theme, |target| target.title = title)
        }
        Command::AlsoFits { note, theme } => {
            check_theme(project, theme)?;
            let source = project
                .notes
                .get(&note)
                .ok_or(CommandError::MissingNote(note))?;
            let original = source.copy_of.unwrap_or(note);
            let group = link_group(project, original);
            if project.themes[&theme]
                .notes
                .iter()
                .any(|n| group.contains(n))
            {
                return Err(CommandError::Empty);
            }
            let mut copy = project
                .notes
                .get(&original)
                .cloned()
                .ok_or(CommandError::MissingNote(original))?;
            let id = project.allocate_note_id();
            copy.id = id;
            copy.copy_of = Some(original);
            copy.z = project.top_z() + 1;
            let mut recorder = Recorder::new(project);
            recorder.remove_note(id);
            recorder.project.notes.insert(id, copy);
            if let Some(target) = recorder.theme_mut(theme) {
                target.notes.push(id);
            }
            recorder.reflow(theme);
            Ok(recorder.into_inverse())
        }
        Command::SetThemeMeaning { theme, meaning } => {
            edit_theme(project, theme, |target| target.meaning = meaning)
        }
        Command::SetThemeColour { theme, colour } => {
            edit_theme(project, theme, |target| target.colour = colour)
        }
        Command::SetThemeCollapsed { theme, collapsed } => {
            edit_theme(project, theme, |target| target.collapsed = collapsed)
        }
        Command::MergeThemes { from, into } => {
            check_theme(project, from)?;
            check_theme(project, into)?;
            if from == into {
                return Err(CommandError::Empty);
            }
            let mut recorder = Recorder::new(project);
            let Some(source) = recorder.project.themes.get(&from).cloned() else {
                return Err(CommandError::MissingTheme(from));
            };
            recorder.remove_theme(from);
            recorder.definition_mut().merge_theme(from, into);
            if let Some(target) = recorder.theme_mut(into) {
                target.notes.extend(source.notes);
                target.former_titles.extend(source.former_titles);
                target.former_titles.push(source.title);
            }
            recorder.keep_contributions_once(into);
            recorder.reflow(into);
            Ok(recorder.into_inverse())
        }
        Command::DissolveTheme { theme } => {
            check_theme(project, theme)?;
            let mut recorder = Recorder::new(project);
            recorder.remove_theme(theme);
            if project_mentions(recorder.project, theme) {
                recorder.definition_mut().forget_theme(theme);
            }
            Ok(recorder.into_inverse())
        }
        Command::Patch {
            notes,
            themes,
            headings,
            definition,
        } => {
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
        Command::SetRanking { .. }
        | Command::UseVotedOrder { .. }
        | Command::SetVoting { .. }
        | Command::CastDot { .. }
        | Command::WithdrawDot { .. }
        | Command::SetPaperVotes { .. }
        | Command::SetDraftText { .. }
        | Command::LinkSentence { .. }
        | Command::SaveVersion { .. }
        | Command::AddFeedback { .. }
        | Command::SetVersionStatus { .. }
        | Command::SetDefinition { .. } => super::definition::apply_definition(project, command),
        Command::MoveNotes { moves } => {
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
        Command::SetNoteText { id, text } => {
            if !project.notes.contains_key(&id) {
                return Err(CommandError::MissingNote(id));
            }
            // Linked copies share one text.
            let original = project.notes[&id].copy_of.unwrap_or(id);
            let mut recorder = Recorder::new(project);
            for member in link_group(recorder.project, original) {
                if let Some(note) = recorder.note_mut(member) {
                    note.text.clone_from(&text);
                }
            }
            reflow_themes_of(&mut recorder, original);
            Ok(recorder.into_inverse())
        }
        Command::SetNoteDetails { id, details } => {
            if !project.notes.contains_key(&id) {
                return Err(CommandError::MissingNote(id));
            }
            let original = project.notes[&id].copy_of.unwrap_or(id);
            let mut recorder = Recorder::new(project);
            for member in link_group(recorder.project, original) {
                if let Some(note) = recorder.note_mut(member) {
                    note.details = (*details).clone();
                }
            }
            Ok(recorder.into_inverse())
        }
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
    }
}

/// A note and its linked copies (`original` must be the original).
/// Notes and headings about to be put on the board: each with an id of its own (never one in
/// use, never two alike) and a usable position.
fn check_new_items(
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
fn picture_bytes(project: &Project) -> usize {
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
        Command::AddNotes { notes } => {
            if notes.iter().any(|note| too_long(&note.text)) {
                return long_error;
            }
            notes.len()
        }
        Command::Import { notes, headings } => {
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
        Command::SetDraftText { text } if too_long(text) => return long_error,
        Command::SetVoting {
            participants,
            dots_per_person,
        } if participants.len() > MAX_PARTICIPANTS || *dots_per_person > MAX_DOTS => {
            return Err(CommandError::TooMany {
                limit: MAX_PARTICIPANTS,
            });
        }
        Command::SaveVersion { .. } if project.definition.versions.len() >= MAX_VERSIONS => {
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
fn project_mentions(project: &Project, theme: ThemeId) -> bool {
    let definition = &project.definition;
    definition.ranking.contains(&theme)
        || definition.voting.paper.contains_key(&theme)
        || definition
            .voting
            .dots
            .values()
            .flatten()
            .any(|t| *t == theme)
        || definition
            .draft
            .links
            .iter()
            .any(|l| l.themes.contains(&theme))
}

fn link_group(project: &Project, original: NoteId) -> Vec<NoteId> {
    std::iter::once(original)
        .chain(linked_copies(project, original))
        .collect()
}

/// The linked copies of `original`.
fn linked_copies(project: &Project, original: NoteId) -> Vec<NoteId> {
    project
        .notes
        .values()
        .filter(|n| n.copy_of == Some(original))
        .map(|n| n.id)
        .collect()
}

/// A text change alters note heights: the grids holding that contribution reflow.
fn reflow_themes_of(recorder: &mut Recorder<'_>, original: NoteId) {
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
fn edit_theme(
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

fn check_theme(project: &Project, theme: ThemeId) -> Result<(), CommandError> {
    if project.themes.contains_key(&theme) {
        Ok(())
    } else {
        Err(CommandError::MissingTheme(theme))
    }
}

/// The ids without repeats, first occurrence kept: the order is the grid's reading order.
fn unique_in_order(ids: Vec<NoteId>) -> Vec<NoteId> {
    let mut seen = std::collections::BTreeSet::new();
    ids.into_iter().filter(|id| seen.insert(*id)).collect()
}

fn check_all_exist<'a>(
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
