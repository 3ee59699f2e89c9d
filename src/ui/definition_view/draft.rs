//! The draft editor (of the definition or the charter): the text as typed, committed at each
//! pause, and for the sentence (or principle) under the cursor the themes it expresses, the
//! trace behind it and coverage of the top themes.
use eframe::egui::{self, RichText, Ui};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::definition::{Part, Version, not_yet_reflected, themes_linked};
use crate::model::{Project, ThemeId};
use crate::ui::{Intent, style};

use super::trace::trace_ui;

use super::{DefinitionView, commit, draft_id};

/// A pause in typing this long commits the draft (one undo step per pause).
const TYPING_PAUSE_SECONDS: f64 = 3.0;

/// How many of the top-ranked themes coverage checks.
const COVERAGE_TOP: usize = 5;

pub(super) fn draft_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    ranked: &[ThemeId],
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    let part = view.part;
    let words = Words::of(part);
    ui.heading(tr.tr(words.heading));
    let approved = project
        .definition
        .versions_of(part)
        .iter()
        .any(Version::is_approved);
    if approved {
        // Ragged right: justified Welsh opened wide gaps and ran into the divider.
        ui.with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
            ui.label(tr.tr("definition-approved-note"));
        });
    }
    let label = ui.label(tr.tr(words.label));
    let output = egui::TextEdit::multiline(&mut view.draft)
        .id(draft_id())
        .font(egui::FontId::proportional(24.0))
        .desired_rows(6)
        .desired_width(f32::INFINITY)
        .hint_text(tr.tr(words.hint))
        .show(ui);
    let response = output.response.response.clone().labelled_by(label.id);
    if let Some(range) = output.cursor_range {
        let chars = range.primary.index.0;
        view.cursor = view
            .draft
            .char_indices()
            .nth(chars)
            .map_or(view.draft.len(), |(b, _)| b);
    }
    let now = ui.input(|i| i.time);
    if response.changed() {
        view.last_typed = now;
    }
    // Committed when the editor is left, and at each pause in typing, so autosave and crash
    // recovery have the words too.
    let paused = now - view.last_typed > TYPING_PAUSE_SECONDS;
    let committed = &project.definition.draft_of(part).text;
    if response.lost_focus() || (paused && view.draft != *committed) {
        intents.extend(commit(project, view));
    } else if view.draft != *committed {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(TYPING_PAUSE_SECONDS));
    }

    // The sentence under the cursor: which themes it expresses, and the trace behind it.
    let Some(sentence) = part.piece_at(&view.draft, view.cursor) else {
        return;
    };
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr.tr_args(words.this_one, &[("sentence", Arg::Str(&sentence))])).strong(),
    );
    let linked = themes_linked(&project.definition.draft_of(part).links, &sentence);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.tr(words.expresses));
        for id in ranked {
            let Some(theme) = project.themes.get(id) else {
                continue;
            };
            let mut on = linked.contains(id);
            if ui.checkbox(&mut on, &theme.title).changed() {
                let mut themes = linked.clone();
                if on {
                    themes.insert(*id);
                } else {
                    themes.remove(id);
                }
                intents.extend(commit(project, view));
                intents.push(Intent::Edit(Command::LinkSentence {
                    part,
                    sentence: sentence.clone(),
                    themes,
                }));
            }
        }
    });
    egui::CollapsingHeader::new(tr.tr("definition-trace"))
        .default_open(true)
        .show(ui, |ui| trace_ui(ui, tr, project, &linked));
    let missing = not_yet_reflected(&project.definition, part, ranked, COVERAGE_TOP);
    ui.add_space(6.0);
    if missing.is_empty() {
        ui.label(tr.tr("definition-coverage-all"));
    } else {
        let names: Vec<&str> = missing
            .iter()
            .filter_map(|id| project.themes.get(id).map(|t| t.title.as_str()))
            .collect();
        ui.colored_label(
            style::palette(ui.ctx()).accent,
            tr.tr_args(
                "definition-coverage-missing",
                &[("themes", Arg::Str(&names.join(", ")))],
            ),
        );
    }
}

/// The editor's words for the part being drafted.
struct Words {
    heading: &'static str,
    label: &'static str,
    hint: &'static str,
    this_one: &'static str,
    expresses: &'static str,
}

impl Words {
    fn of(part: Part) -> Self {
        match part {
            Part::Definition => Self {
                heading: "definition-heading",
                label: "definition-draft-label",
                hint: "definition-draft-hint",
                this_one: "definition-this-sentence",
                expresses: "definition-expresses",
            },
            Part::Charter => Self {
                heading: "charter-heading",
                label: "charter-draft-label",
                hint: "charter-draft-hint",
                this_one: "charter-this-principle",
                expresses: "charter-comes-from",
            },
        }
    }
}
