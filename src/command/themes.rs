//! The commands that make, fill, move, rename, merge and dissolve themes. Each records what
//! it touches (a `Patch`) so that undo restores the board exactly, however much a reflow moved.
use super::Command;
use super::apply::{
    CommandError, check_all_exist, check_theme, edit_theme, link_group, project_mentions,
    unique_in_order,
};
use super::recorder::Recorder;
use crate::model::{NoteId, Project, Theme, ThemeId};

pub(super) fn apply_theme_command(
    project: &mut Project,
    command: Command,
) -> Result<Command, CommandError> {
    match command {
        Command::CreateTheme { .. } => create_theme(project, command),
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
        Command::LeaveThemes { .. } => leave_themes(project, command),
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
        Command::AlsoFits { .. } => also_fits(project, &command),
        Command::SetThemeMeaning { theme, meaning } => {
            edit_theme(project, theme, |target| target.meaning = meaning)
        }
        Command::SetThemeColour { theme, colour } => {
            edit_theme(project, theme, |target| target.colour = colour)
        }
        Command::SetThemeCollapsed { theme, collapsed } => {
            edit_theme(project, theme, |target| target.collapsed = collapsed)
        }
        Command::MergeThemes { .. } => merge_themes(project, &command),
        Command::DissolveTheme { theme } => {
            check_theme(project, theme)?;
            let mut recorder = Recorder::new(project);
            recorder.remove_theme(theme);
            if project_mentions(recorder.project, theme) {
                recorder.definition_mut().forget_theme(theme);
            }
            Ok(recorder.into_inverse())
        }
        _ => Err(CommandError::Empty),
    }
}

/// A new theme from these notes, its frame where they lay.
fn create_theme(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    let Command::CreateTheme { title, notes, at } = command else {
        return Err(CommandError::Empty);
    };
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

/// A linked copy of a contribution in a second theme (it is the same contribution).
fn also_fits(project: &mut Project, command: &Command) -> Result<Command, CommandError> {
    let &Command::AlsoFits { note, theme } = command else {
        return Err(CommandError::Empty);
    };
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

/// One theme into another: every note, both titles kept (the old one as a former title).
fn merge_themes(project: &mut Project, command: &Command) -> Result<Command, CommandError> {
    let &Command::MergeThemes { from, into } = command else {
        return Err(CommandError::Empty);
    };
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

/// Notes out of their themes to loose places; the themes reflow.
fn leave_themes(project: &mut Project, command: Command) -> Result<Command, CommandError> {
    let Command::LeaveThemes { moves } = command else {
        return Err(CommandError::Empty);
    };
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
