//! The Words tab: the words and phrases people used in common, across all notes or within the
//! selected theme. Clicking one lights up the notes that use it; the group may then make a
//! theme of the loose ones. A suggestion the room accepts or rejects, never a regrouping.

use eframe::egui::{self, Ui};

use crate::analysis::{WordCount, words_in_common};
use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::{NoteId, Project, ThemeId, geometry, layout};
use crate::ui::Intent;
use crate::ui::board::{BoardView, Highlight};

use super::suggest_panel::{SuggestPanel, suggest_panel_ui};

/// How many terms the list shows.
const SHOWN_TERMS: usize = 40;

/// The panel's state: the counts are computed once per change of the project or scope.
#[derive(Debug, Default)]
pub struct WordsPanel {
    /// Suggested groups show instead of the words in common.
    pub suggesting: bool,
    pub suggest: SuggestPanel,
    only_in_theme: bool,
    cache: Option<(u64, Option<ThemeId>, Vec<WordCount>)>,
}

pub fn words_panel_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    project_state: u64,
    view: &mut BoardView,
    panel: &mut WordsPanel,
    intents: &mut Vec<Intent>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut panel.suggesting, false, tr.tr("words-mode-common"));
        ui.selectable_value(&mut panel.suggesting, true, tr.tr("words-mode-suggest"));
    });
    ui.separator();
    if panel.suggesting {
        suggest_panel_ui(
            ui,
            tr,
            project,
            project_state,
            view,
            &mut panel.suggest,
            intents,
        );
        return;
    }
    let theme = view.selected_theme.and_then(|id| project.themes.get(&id));
    if let Some(theme) = theme {
        ui.checkbox(
            &mut panel.only_in_theme,
            tr.tr_args("words-only-in-theme", &[("title", Arg::Str(&theme.title))]),
        );
    }
    let scope = theme.filter(|_| panel.only_in_theme).map(|t| t.id);
    let fresh = matches!(&panel.cache, Some((state, cached_scope, _)) if *state == project_state && *cached_scope == scope);
    if !fresh {
        let counts = match scope.and_then(|id| project.themes.get(&id)) {
            Some(theme) => words_in_common(
                theme.notes.iter().filter_map(|id| project.note(*id)),
                SHOWN_TERMS,
            ),
            None => words_in_common(project.notes.values(), SHOWN_TERMS),
        };
        panel.cache = Some((project_state, scope, counts));
    }
    let Some((_, _, counts)) = &panel.cache else {
        return;
    };

    if let Some(highlight) = view.highlight.clone() {
        let themed = geometry::themed_notes(project);
        let loose: Vec<NoteId> = highlight
            .notes
            .iter()
            .copied()
            .filter(|id| !themed.contains(id))
            .collect();
        ui.horizontal_wrapped(|ui| {
            let make = egui::Button::new(
                tr.tr_args("words-make-theme", &[("count", Arg::from(loose.len()))]),
            );
            if ui.add_enabled(!loose.is_empty(), make).clicked() {
                intents.push(Intent::Edit(Command::CreateTheme {
                    title: highlight.term.clone(),
                    notes: loose,
                    at: layout::free_spot(project),
                }));
            }
            if ui.button(tr.tr("words-clear")).clicked() {
                view.highlight = None;
            }
        });
        ui.separator();
    }
    if counts.is_empty() {
        ui.label(tr.tr("words-none"));
        return;
    }
    for count in counts {
        let lit = view
            .highlight
            .as_ref()
            .is_some_and(|h| h.term == count.term);
        let label = tr.tr_args(
            "words-entry",
            &[
                ("term", Arg::Str(&count.term)),
                ("count", Arg::from(count.count())),
            ],
        );
        if ui.selectable_label(lit, label).clicked() {
            view.highlight = if lit {
                None
            } else {
                Some(Highlight {
                    term: count.term.clone(),
                    notes: count.notes.clone(),
                })
            };
        }
    }
}
