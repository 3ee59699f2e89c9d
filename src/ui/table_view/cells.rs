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
    if let Some(edit) = editing
        .as_mut()
        .filter(|e| e.id == note.id && e.column == cell.column)
    {
        let field = ui.add(egui::TextEdit::singleline(&mut edit.text).desired_width(f32::INFINITY));
        ui.ctx()
            .accesskit_node_builder(field.id, |node| node.set_label(name.as_str()));
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
        return;
    }
    let details = &note.details;
    match cell.column {
        Column::Text => {
            let line = note.text.lines().next().unwrap_or("");
            let shown = if note.picture.is_some() && line.is_empty() {
                labels::note_name(tr, note)
            } else {
                line.to_owned()
            };
            ui.add(egui::Label::new(shown).truncate().selectable(false));
        }
        Column::Prompt => {
            let choice = (&details.prompt, &Prompt::KNOWN[..]);
            choice_cell(
                ui,
                (note, &name, cell.column),
                choice,
                |p| labels::prompt(tr, p),
                |d, v| d.prompt = v,
                intents,
            );
        }
        Column::Kind => {
            let choice = (&details.kind, &NoteKind::KNOWN[..]);
            choice_cell(
                ui,
                (note, &name, cell.column),
                choice,
                |k| labels::kind(tr, k),
                |d, v| d.kind = v,
                intents,
            );
        }
        Column::Language => {
            let choice = (&details.language, &Language::ALL[..]);
            choice_cell(
                ui,
                (note, &name, cell.column),
                choice,
                |l| labels::language(tr, *l),
                |d, v| d.language = v,
                intents,
            );
        }
        Column::Consent => {
            let choice = (&details.consent, &Consent::ALL[..]);
            choice_cell(
                ui,
                (note, &name, cell.column),
                choice,
                |c| labels::consent(tr, *c),
                |d, v| d.consent = v,
                intents,
            );
        }
        Column::Group => {
            ui.add(
                egui::Label::new(details.group.as_str())
                    .truncate()
                    .selectable(false),
            );
        }
        Column::Respondent => {
            ui.add(
                egui::Label::new(details.respondent.as_str())
                    .truncate()
                    .selectable(false),
            );
        }
        Column::Theme => {
            let titles: Vec<&str> = cell
                .themes
                .iter()
                .filter_map(|id| project.themes.get(id))
                .map(|theme| theme.title.as_str())
                .collect();
            ui.add(
                egui::Label::new(titles.join(", "))
                    .truncate()
                    .selectable(false),
            );
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
