//! The ranked themes beside the draft: each with its meaning, most common words and a few
//! contributions, any of which can be put into the draft at the cursor.

use eframe::egui::{self, RichText, Ui};

use crate::analysis::words_in_common;
use crate::i18n::I18n;
use crate::model::{Project, ThemeId};
use crate::ui::Intent;

use super::{DefinitionView, insert};

/// The ranked themes, each with its meaning, words and a few contributions to draw on.
pub(super) fn themes_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    ranked: &[ThemeId],
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    ui.heading(tr.tr("definition-themes-heading"));
    ui.label(tr.tr("definition-insert-hint"));
    let places = crate::model::definition::rank_places(&project.definition.tied, ranked);
    for (id, (place, shared)) in ranked.iter().zip(places) {
        let Some(theme) = project.themes.get(id) else {
            continue;
        };
        // A shared place is marked "=2.", as in the Rank view.
        let mark = if shared { "=" } else { "" };
        ui.add_space(8.0);
        egui::Frame::group(ui.style())
            .inner_margin(10)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("{mark}{place}. {}", theme.title))
                        .size(24.0)
                        .strong(),
                );
                if !theme.meaning.trim().is_empty() {
                    ui.label(RichText::new(&theme.meaning).italics());
                }
                let notes: Vec<_> = theme
                    .notes
                    .iter()
                    .filter_map(|n| project.note(*n))
                    .collect();
                let words = words_in_common(notes.iter().copied(), 5);
                ui.horizontal_wrapped(|ui| {
                    ui.label(tr.tr("definition-words"));
                    if words.is_empty() {
                        ui.label(tr.tr("definition-no-shared-words"));
                    }
                    for word in &words {
                        let button = ui
                            .button(&word.term)
                            .on_hover_text(tr.tr("definition-insert"));
                        if button.clicked() {
                            insert(project, view, &word.term, intents);
                        }
                    }
                });
                // Representative: the contributions sharing most of the theme's common words.
                let mut scored: Vec<(usize, &crate::model::Note)> = notes
                    .iter()
                    // Words not to be quoted stay out of the definition (they are in the trace).
                    .filter(|n| n.details.consent != crate::model::Consent::DoNotQuote)
                    .map(|n| (words.iter().filter(|w| w.notes.contains(&n.id)).count(), *n))
                    .collect();
                scored.sort_by_key(|(score, n)| (std::cmp::Reverse(*score), n.id));
                for (_, note) in scored.into_iter().take(3) {
                    ui.horizontal_wrapped(|ui| {
                        let phrase = note.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if ui.button(tr.tr("definition-insert")).clicked() {
                            insert(project, view, &phrase, intents);
                        }
                        ui.label(format!("“{phrase}”"));
                    });
                }
            });
    }
}
