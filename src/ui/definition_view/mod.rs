//! The Definition view: the draft beside the ranked themes (their meaning, most common
//! words and a few of their contributions, any of which can be put into the draft); each
//! sentence linked to the themes it expresses, with a trace of every contribution behind
//! it; coverage of the top themes; versions, compared word by word, sense-checked and
//! approved. Its Charter part works the same way on the charter's principles, a line each.
//!
//! This file holds the view's state, its two-column layout and the draft buffer it shares
//! with every part (commit and insert); each part of the view lives in its own submodule.

mod compare;
mod draft;
mod feedback;
mod themes;
pub mod trace;
mod versions;

use std::collections::BTreeSet;

use eframe::egui::{self, Ui};

use crate::command::Command;
use crate::i18n::I18n;
use crate::model::definition::{Part, Response, ranked_themes};
use crate::model::{Project, ThemeId};
use crate::ui::Intent;

use draft::draft_ui;
use themes::themes_ui;
use versions::versions_ui;

/// What the Definition view remembers between frames (never saved).
#[derive(Debug, Default)]
pub struct DefinitionView {
    /// Which text is being drafted: the definition, or the charter.
    part: Part,
    /// The draft as being typed; committed when the editor loses focus.
    draft: String,
    /// The draft text the buffer was last loaded from.
    loaded_from: Option<String>,
    /// Byte offset of the cursor in the draft.
    cursor: usize,
    /// When the draft was last typed in (egui time), to keep it safe during a pause.
    last_typed: f64,
    version_note: String,
    /// The version whose feedback and status are shown.
    version: Option<u32>,
    compare: (Option<u32>, Option<u32>),
    feedback_from: String,
    feedback_response: Option<Response>,
    feedback_comment: String,
    /// "Approved by" as typed, for each version: choosing another version never carries
    /// a name over.
    approve_by: std::collections::BTreeMap<u32, String>,
    /// Versions whose many survey responses are all listed (otherwise only the tally).
    showing_all_feedback: std::collections::BTreeSet<u32>,
    /// An approval waiting for "approve anyway": the version and who approves it.
    confirming_approval: Option<(u32, String)>,
    /// "Save as version" pressed with the words of the last version unchanged: the number of
    /// that version, until "save anyway" or "cancel".
    confirming_same_version: Option<u32>,
}

fn draft_id() -> egui::Id {
    egui::Id::unique("cytun-draft-editor")
}

pub fn definition_view_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    part_switch_ui(ui, tr, project, view, intents);
    let committed = &project.definition.draft_of(view.part).text;
    let typing = ui.memory(|m| m.has_focus(draft_id()));
    if !typing && view.loaded_from.as_ref() != Some(committed) {
        view.draft.clone_from(committed);
        view.loaded_from = Some(committed.clone());
        view.cursor = view.cursor.min(view.draft.len());
    }
    let themes: BTreeSet<ThemeId> = project.themes.keys().copied().collect();
    let ranked = ranked_themes(&project.definition, &themes);
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical()
            .id_salt("cytun-definition-left")
            .show(&mut columns[0], |ui| {
                draft_ui(ui, tr, project, &ranked, view, intents);
                ui.add_space(16.0);
                versions_ui(ui, tr, project, view, intents);
            });
        egui::ScrollArea::vertical()
            .id_salt("cytun-definition-right")
            .show(&mut columns[1], |ui| {
                themes_ui(ui, tr, project, &ranked, view, intents);
            });
    });
}

/// Definition or Charter: which text the view drafts. Switching keeps what was typed (it is
/// committed first) and starts the other part's versions afresh.
fn part_switch_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    ui.horizontal(|ui| {
        for (part, key) in [
            (Part::Definition, "part-definition"),
            (Part::Charter, "part-charter"),
        ] {
            let chosen = view.part == part;
            let text = egui::RichText::new(tr.tr(key)).size(22.0);
            if ui.selectable_label(chosen, text).clicked() && !chosen {
                intents.extend(commit(project, view));
                *view = DefinitionView {
                    part,
                    ..DefinitionView::default()
                };
            }
        }
    });
    ui.separator();
}

/// The intents that put the typed draft into the project, if it changed.
/// The buffer is then taken as what the project holds, so it is not reloaded over newer
/// typing before the command has run.
fn commit(project: &Project, view: &mut DefinitionView) -> Option<Intent> {
    let committed = &project.definition.draft_of(view.part).text;
    (view.draft != *committed && view.loaded_from.is_some()).then(|| {
        view.loaded_from = Some(view.draft.clone());
        Intent::Edit(Command::SetDraftText {
            part: view.part,
            text: view.draft.clone(),
        })
    })
}

/// Puts `words` into the draft at the cursor and commits it.
fn insert(project: &Project, view: &mut DefinitionView, words: &str, intents: &mut Vec<Intent>) {
    let at = view.cursor.min(view.draft.len());
    let at = (0..=at)
        .rev()
        .find(|i| view.draft.is_char_boundary(*i))
        .unwrap_or(0);
    let before = &view.draft[..at];
    let spacer = if before.is_empty() || before.ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    let piece = format!("{spacer}{words}");
    view.draft.insert_str(at, &piece);
    view.cursor = at + piece.len();
    intents.extend(commit(project, view));
}
