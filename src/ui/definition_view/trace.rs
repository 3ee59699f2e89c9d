//! The trace behind a sentence or a principle: each theme it comes from, with every
//! contribution in it. Shared by the Definition view and the Outline tab, so the room and a
//! screen reader follow the same path from the words back to the people.

use std::collections::BTreeSet;

use eframe::egui::{RichText, Ui};

use crate::i18n::{Arg, I18n};
use crate::model::{Consent, Project, ThemeId};

/// Each of `themes` with its contributions; those not to be quoted are said to be so, in
/// italics, and are still shown (the trace never leaves the room).
pub fn trace_ui(ui: &mut Ui, tr: &I18n, project: &Project, themes: &BTreeSet<ThemeId>) {
    if themes.is_empty() {
        ui.label(tr.tr("definition-trace-none"));
    }
    for id in themes {
        let Some(theme) = project.themes.get(id) else {
            continue;
        };
        ui.label(RichText::new(&theme.title).strong());
        for note in theme.notes.iter().filter_map(|n| project.note(*n)) {
            let text = note.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let original = project
                .note(note.copy_of.unwrap_or(note.id))
                .unwrap_or(note);
            if original.details.consent == Consent::DoNotQuote {
                // Behind the definition, but not to be quoted in it: said in words, and set
                // apart in italics.
                ui.label(
                    RichText::new(
                        tr.tr_args("definition-trace-not-quoted", &[("text", Arg::Str(&text))]),
                    )
                    .italics()
                    .weak(),
                );
            } else {
                ui.label(format!("• {text}"));
            }
        }
    }
}
