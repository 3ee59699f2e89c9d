//! One cell of the table. Prompt, kind, language and consent are drop-downs; text and group
//! are typed in after a double click (Enter or clicking away keeps it, Escape drops it);
//! respondent and theme are shown as they are. Every change is one command.

use eframe::egui::{self, Ui};

use crate::analysis::contributions::Column;
use crate::command::Command;
use crate::i18n::{I18n, labels};
use crate::model::{Consent, Language, Note, NoteDetails, NoteKind, Project, Prompt, ThemeId};
use crate::ui::Intent;

/// A cell: which note's which column, and the themes its contribution is in.
pub(super) struct Cell<'a> {
    pub note: &'a Note,
    pub themes: &'a [ThemeId],
    pub column: Column,
}

/// A cell being typed in. Nothing reaches the project until it is kept.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CellEdit {
    id: crate::model::NoteId,
    column: Column,
    text: String,
    focused: bool,
}

/// Starts typing in `column` of `note`, where that column can be typed in. A text of several
/// lines is edited in the side panel, where its lines show.
pub(super) fn start_editing(editing: &mut Option<CellEdit>, note: &Note, column: Column) {
    let text = match column {
        Column::Text if !note.text.contains('\n') => note.text.clone(),
        Column::Group => note.details.group.clone(),
        _ => return,
    };
    *editing = Some(CellEdit {
        id: note.id,
        column,
        text,
        focused: false,
    });
}

/// Draws one cell: being typed in, a drop-down, or what it holds as a line of text.
pub(super) fn cell_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    cell: &Cell<'_>,
    editing: &mut Option<CellEdit>,
    intents: &mut Vec<Intent>,
) {
    let note = cell.note;
    let name = super::cell_name(tr, cell.column, &note.text);
    if editing
        .as_ref()
        .is_some_and(|e| e.id == note.id && e.column == cell.column)
    {
        typing_ui(ui, note, &name, editing, intents);
        return;
    }
    let details = &note.details;
    let at = (note, name.as_str(), cell.column);
    match cell.column {
        Column::Prompt => choice_cell(
            ui,
            at,
            (&details.prompt, &Prompt::KNOWN[..]),
            |p| labels::prompt(tr, p),
            |d, v| d.prompt = v,
            intents,
        ),
        Column::Kind => choice_cell(
            ui,
            at,
            (&details.kind, &NoteKind::KNOWN[..]),
            |k| labels::kind(tr, k),
            |d, v| d.kind = v,
            intents,
        ),
        Column::Language => choice_cell(
            ui,
            at,
            (&details.language, &Language::ALL[..]),
            |l| labels::language(tr, *l),
            |d, v| d.language = v,
            intents,
        ),
        Column::Consent => choice_cell(
            ui,
            at,
            (&details.consent, &Consent::ALL[..]),
            |c| labels::consent(tr, *c),
            |d, v| d.consent = v,
            intents,
        ),
        Column::Text | Column::Group | Column::Respondent | Column::Theme => {
            let shown = shown_text(tr, project, cell);
            ui.add(egui::Label::new(shown).truncate().selectable(false));
        }
    }
}

/// What a cell that is not a drop-down shows: the text's first line (a picture's name when it
/// has none), the group, the respondent, or the titles of the themes it is in.
fn shown_text(tr: &I18n, project: &Project, cell: &Cell<'_>) -> String {
    let note = cell.note;
    match cell.column {
        Column::Text => {
            let line = note.text.lines().next().unwrap_or("");
            if note.picture.is_some() && line.is_empty() {
                labels::note_name(tr, note)
            } else {
                line.to_owned()
            }
        }
        Column::Group => note.details.group.clone(),
        Column::Respondent => note.details.respondent.clone(),
        Column::Theme => {
            let titles: Vec<&str> = cell
                .themes
                .iter()
                .filter_map(|id| project.themes.get(id))
                .map(|theme| theme.title.as_str())
                .collect();
            titles.join(", ")
        }
        Column::Prompt | Column::Kind | Column::Language | Column::Consent => String::new(),
    }
}

/// The cell being typed in: focused when it opens; kept when focus leaves it, unless that
/// was Escape.
fn typing_ui(
    ui: &mut Ui,
    note: &Note,
    name: &str,
    editing: &mut Option<CellEdit>,
    intents: &mut Vec<Intent>,
) {
    let Some(edit) = editing.as_mut() else {
        return;
    };
    let field = ui.add(egui::TextEdit::singleline(&mut edit.text).desired_width(f32::INFINITY));
    ui.ctx()
        .accesskit_node_builder(field.id, |node| node.set_label(name));
    if !edit.focused {
        field.request_focus();
        edit.focused = true;
    }
    let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
    if field.lost_focus() {
        let edit = editing.take();
        if let Some(edit) = edit.filter(|_| !escape) {
            keep(note, edit, intents);
        }
    }
}

/// The typed text kept: the note's text or group, if it changed.
fn keep(note: &Note, edit: CellEdit, intents: &mut Vec<Intent>) {
    match edit.column {
        Column::Text if edit.text != note.text => {
            intents.push(Intent::Edit(Command::SetNoteText {
                id: note.id,
                text: edit.text,
            }));
        }
        Column::Group if edit.text.trim() != note.details.group.trim() => {
            let group = edit.text.trim().to_owned();
            set(
                note,
                intents,
                Some(with(&note.details, |d| d.group = group)),
            );
        }
        _ => {}
    }
}

fn with(details: &NoteDetails, change: impl FnOnce(&mut NoteDetails)) -> NoteDetails {
    let mut changed = details.clone();
    change(&mut changed);
    changed
}

fn set(note: &Note, intents: &mut Vec<Intent>, details: Option<NoteDetails>) {
    if let Some(details) = details.filter(|d| *d != note.details) {
        intents.push(Intent::Edit(Command::SetNoteDetails {
            id: note.id,
            details: Box::new(details),
        }));
    }
}

/// A cell's drop-down: the value chosen, if any, set on the note as one command.
fn choice_cell<T: Clone + PartialEq>(
    ui: &mut Ui,
    at: (&Note, &str, Column),
    (value, known): (&T, &[T]),
    label: impl Fn(&T) -> String,
    put: impl FnOnce(&mut NoteDetails, T),
    intents: &mut Vec<Intent>,
) {
    let note = at.0;
    let chosen = choice_ui(ui, at, value, known, label);
    set(
        note,
        intents,
        chosen.map(|v| with(&note.details, |d| put(d, v))),
    );
}

/// A drop-down of known values, named for a screen reader; a value read from a file that is
/// not among them is shown as written. Returns the value chosen this frame.
fn choice_ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    (note, name, column): (&Note, &str, Column),
    value: &T,
    known: &[T],
    label: impl Fn(&T) -> String,
) -> Option<T> {
    let mut chosen = value.clone();
    let response = egui::ComboBox::from_id_salt(("cytun-table-choice", column, note.id.0))
        .selected_text(label(value))
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            for option in known {
                ui.selectable_value(&mut chosen, option.clone(), label(option));
            }
        })
        .response;
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    (chosen != *value).then_some(chosen)
}
