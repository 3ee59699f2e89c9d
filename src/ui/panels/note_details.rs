//! The side panel for the selected note: its full text and provenance (prompt, kind, group,
//! author, language, consent). Each finished edit is one command.

use eframe::egui::{self, Id, TextEdit, Ui};

use crate::command::Command;
use crate::i18n::I18n;
use crate::model::{Consent, Language, NoteId, NoteKind, Project, Prompt};
use crate::ui::{Intent, labels};

/// Text typed into the panel's fields but not yet committed (it is committed when the field
/// loses focus, so typing a word is one undo step, not one per letter).
#[derive(Debug, Default)]
pub struct DetailsDraft {
    note: Option<NoteId>,
    text: String,
    group: String,
    author: String,
    alt: String,
}

/// Draws the details of the selected note(s).
pub fn note_details_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    selection: &[NoteId],
    draft: &mut DetailsDraft,
    intents: &mut Vec<Intent>,
) {
    ui.heading(tr.tr("details-heading"));
    ui.add_space(4.0);
    let note = match selection {
        [id] => project.note(*id),
        [] => {
            ui.label(tr.tr("details-none-selected"));
            return;
        }
        _ => {
            ui.label(tr.tr_args(
                "details-many-selected",
                &[("count", selection.len().into())],
            ));
            return;
        }
    };
    let Some(note) = note else { return };

    let text_id = Id::unique("cytun-details-text");
    let group_id = Id::unique("cytun-details-group");
    let author_id = Id::unique("cytun-details-author");
    let focused = |id: Id| ui.memory(|m| m.has_focus(id));
    // Follow the model unless the user is typing in that very field.
    if draft.note != Some(note.id) || !focused(text_id) {
        draft.text.clone_from(&note.text);
    }
    if draft.note != Some(note.id) || !focused(group_id) {
        draft.group.clone_from(&note.details.group);
    }
    if draft.note != Some(note.id) || !focused(author_id) {
        draft.author.clone_from(&note.details.author);
    }
    let alt_id = Id::unique("cytun-details-alt");
    let alt = note.picture.as_ref().map(|p| p.alt.as_str());
    if draft.note != Some(note.id) || !focused(alt_id) {
        alt.unwrap_or_default().clone_into(&mut draft.alt);
    }
    draft.note = Some(note.id);

    if let Some(alt) = alt {
        // Said by a screen reader instead of the picture; a picture without it is invisible
        // to some of the room.
        let label = ui.label(tr.tr("details-picture-alt"));
        let field = ui
            .add(
                TextEdit::multiline(&mut draft.alt)
                    .id(alt_id)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr.tr("details-picture-alt-hint")),
            )
            .labelled_by(label.id);
        if field.lost_focus() && draft.alt != alt {
            intents.push(Intent::Edit(Command::SetPictureAlt {
                id: note.id,
                alt: draft.alt.clone(),
            }));
        }
        ui.add_space(6.0);
    }
    let text_title = if note.picture.is_some() {
        "details-caption"
    } else {
        "details-text"
    };
    let text_label = ui.label(tr.tr(text_title));
    let text = ui
        .add(
            TextEdit::multiline(&mut draft.text)
                .id(text_id)
                .desired_rows(5)
                .desired_width(f32::INFINITY)
                .hint_text(tr.tr("details-text-hint")),
        )
        .labelled_by(text_label.id);
    if text.lost_focus() && draft.text != note.text {
        intents.push(Intent::Edit(Command::SetNoteText {
            id: note.id,
            text: draft.text.clone(),
        }));
    }

    let mut details = note.details.clone();
    egui::Grid::new("cytun-details-grid")
        .num_columns(2)
        .spacing([12.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(tr.tr("details-prompt"));
            choice_ui(ui, label.id, &mut details.prompt, &Prompt::KNOWN, |p| {
                labels::prompt(tr, p)
            });
            ui.end_row();

            let label = ui.label(tr.tr("details-kind"));
            choice_ui(ui, label.id, &mut details.kind, &NoteKind::KNOWN, |k| {
                labels::kind(tr, k)
            });
            ui.end_row();

            let label = ui.label(tr.tr("details-group"));
            let group = ui
                .add(
                    TextEdit::singleline(&mut draft.group)
                        .id(group_id)
                        .hint_text(tr.tr("details-group-hint")),
                )
                .labelled_by(label.id);
            if group.lost_focus() {
                details.group.clone_from(&draft.group);
            }
            ui.end_row();

            let label = ui.label(tr.tr("details-author"));
            let author = ui
                .add(
                    TextEdit::singleline(&mut draft.author)
                        .id(author_id)
                        .hint_text(tr.tr("details-author-hint")),
                )
                .labelled_by(label.id);
            if author.lost_focus() {
                details.author.clone_from(&draft.author);
            }
            ui.end_row();

            ui.label(tr.tr("details-language"));
            ui.horizontal(|ui| {
                for language in Language::ALL {
                    ui.radio_value(
                        &mut details.language,
                        language,
                        labels::language(tr, language),
                    );
                }
            });
            ui.end_row();

            ui.label(tr.tr("details-consent"));
            ui.vertical(|ui| {
                for consent in Consent::ALL {
                    ui.radio_value(&mut details.consent, consent, labels::consent(tr, consent));
                }
            });
            ui.end_row();
        });
    // Who gave it, as the survey named the response: the facilitator can see which notes
    // came from one person (never exported).
    if !note.details.respondent.is_empty() {
        ui.add_space(8.0);
        ui.label(tr.tr_args(
            "details-respondent",
            &[(
                "respondent",
                crate::i18n::Arg::Str(&note.details.respondent),
            )],
        ));
    }
    // Columns an import brought along, shown as they were written.
    if !note.details.extra.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(tr.tr("details-extra")).strong());
        egui::Grid::new("cytun-details-extra")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for (name, value) in &note.details.extra {
                    ui.label(name);
                    ui.label(value);
                    ui.end_row();
                }
            });
    }
    // The same contribution placed in another theme too ("also fits").
    let linked = crate::model::geometry::linked_notes(project, note.id);
    if let Some(other) = linked.first().copied() {
        let titles: Vec<&str> = linked
            .iter()
            .filter_map(|id| crate::model::geometry::theme_of(project, *id))
            .filter_map(|theme| project.themes.get(&theme))
            .map(|theme| theme.title.as_str())
            .collect();
        ui.add_space(8.0);
        ui.label(tr.tr_args(
            "also-in",
            &[("themes", crate::i18n::Arg::Str(&titles.join(", ")))],
        ));
        if ui.button(tr.tr("also-go-to")).clicked() {
            intents.push(Intent::ShowNote(other));
        }
    }
    if details != note.details {
        intents.push(Intent::Edit(Command::SetNoteDetails {
            id: note.id,
            details: Box::new(details),
        }));
    }
}

/// A drop-down of known values; a value read from a file that is not among them is listed too,
/// so it is shown as written and never silently replaced.
fn choice_ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: Id,
    value: &mut T,
    known: &[T],
    name: impl Fn(&T) -> String,
) {
    egui::ComboBox::from_id_salt(label)
        .selected_text(name(value))
        .width(220.0)
        .show_ui(ui, |ui| {
            if !known.contains(value) {
                let current = value.clone();
                ui.selectable_value(value, current.clone(), name(&current));
            }
            for option in known {
                ui.selectable_value(value, option.clone(), name(option));
            }
        })
        .response
        .labelled_by(label);
}
