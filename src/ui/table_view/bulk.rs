//! The bar over the table while rows are selected: set the prompt, kind, language, consent
//! or group of every selected contribution at once, as one undo step.

use eframe::egui::{self, Ui};

use crate::command::Command;
use crate::i18n::{I18n, labels};
use crate::model::{Consent, Language, NoteDetails, NoteId, NoteKind, Project, Prompt};
use crate::ui::Intent;

pub(super) fn bulk_bar_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    selected: &[NoteId],
    group: &mut String,
    intents: &mut Vec<Intent>,
) {
    let mut change: Option<SetAll> = None;
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr.tr_args("table-selected", &[("count", selected.len().into())]));
        if let Some(prompt) = menu(ui, &tr.tr("table-set-prompt"), &Prompt::KNOWN, |p| {
            labels::prompt(tr, p)
        }) {
            change = Some(SetAll::Prompt(prompt));
        }
        if let Some(kind) = menu(ui, &tr.tr("table-set-kind"), &NoteKind::KNOWN, |k| {
            labels::kind(tr, k)
        }) {
            change = Some(SetAll::Kind(kind));
        }
        if let Some(language) = menu(ui, &tr.tr("table-set-language"), &Language::ALL, |l| {
            labels::language(tr, *l)
        }) {
            change = Some(SetAll::Language(language));
        }
        if let Some(consent) = menu(ui, &tr.tr("table-set-consent"), &Consent::ALL, |c| {
            labels::consent(tr, *c)
        }) {
            change = Some(SetAll::Consent(consent));
        }
        ui.separator();
        let label = ui.label(tr.tr("table-group"));
        let field = ui
            .add(egui::TextEdit::singleline(group).desired_width(180.0))
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(tr.tr("table-set-group")).clicked() || entered {
            change = Some(SetAll::Group(group.trim().to_owned()));
        }
    });
    if let Some(change) = change {
        let commands: Vec<Command> = selected
            .iter()
            .filter_map(|id| project.note(*id))
            .filter_map(|note| {
                let mut details = note.details.clone();
                change.apply(&mut details);
                (details != note.details).then(|| Command::SetNoteDetails {
                    id: note.id,
                    details: Box::new(details),
                })
            })
            .collect();
        match commands.len() {
            0 => {}
            1 => intents.extend(commands.into_iter().map(Intent::Edit)),
            _ => intents.push(Intent::Edit(Command::Batch { commands })),
        }
    }
}

/// One value set on every selected contribution.
enum SetAll {
    Prompt(Prompt),
    Kind(NoteKind),
    Language(Language),
    Consent(Consent),
    Group(String),
}

impl SetAll {
    fn apply(&self, details: &mut NoteDetails) {
        match self {
            Self::Prompt(prompt) => details.prompt.clone_from(prompt),
            Self::Kind(kind) => details.kind.clone_from(kind),
            Self::Language(language) => details.language = *language,
            Self::Consent(consent) => details.consent = *consent,
            Self::Group(group) => details.group.clone_from(group),
        }
    }
}

/// A menu button listing `choices`; the one picked this frame.
fn menu<T: Clone>(
    ui: &mut Ui,
    title: &str,
    choices: &[T],
    label: impl Fn(&T) -> String,
) -> Option<T> {
    let mut picked = None;
    ui.menu_button(title, |ui| {
        for choice in choices {
            if ui.button(label(choice)).clicked() {
                picked = Some(choice.clone());
                ui.close();
            }
        }
    });
    picked
}
