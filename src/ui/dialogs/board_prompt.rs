//! "Bring in another board": what the other board holds and whether its contributions
//! already here come in as linked copies, asked before anything changes.

use eframe::egui::{self, Ui};

use super::{Question, prompt_ui};
use crate::i18n::{Arg, I18n};
use crate::model::Project;

/// A board read, waiting for "Bring in".
#[derive(Debug)]
pub struct BoardPrompt {
    /// The other project's name, for its themes and the History.
    pub source: String,
    /// The board read from the file.
    pub other: Project,
    /// Its contributions already on this board.
    pub duplicates: usize,
    /// Of those, the ones recorded with different consent: listed before anything changes.
    pub differences: Vec<crate::command::ConsentDifference>,
    /// Bring those in as linked copies (one contribution), as the user chooses.
    pub link_duplicates: bool,
}

/// "Bring in another board": what it holds, the duplicates choice. Some(true) for "Bring in",
/// Some(false) when closed.
pub fn board_prompt_ui(ui: &Ui, tr: &I18n, prompt: &mut BoardPrompt) -> Option<bool> {
    let something = !prompt.other.notes.is_empty() || !prompt.other.themes.is_empty();
    let heading = tr.tr("board-heading");
    let go = tr.tr("board-go");
    let question = Question {
        id: "cytun-board-prompt",
        heading: &heading,
        go: &go,
        can_go: something,
        wide: false,
    };
    prompt_ui(ui, tr, &question, |ui| {
        ui.label(tr.tr_args(
            "board-question",
            &[
                ("source", Arg::Str(&prompt.source)),
                ("notes", prompt.other.notes.len().into()),
                ("themes", prompt.other.themes.len().into()),
            ],
        ));
        if prompt.duplicates > 0 {
            ui.checkbox(
                &mut prompt.link_duplicates,
                tr.tr_args("board-duplicates", &[("count", prompt.duplicates.into())]),
            );
        }
        if !prompt.differences.is_empty() {
            ui.add_space(6.0);
            ui.label(tr.tr_args(
                "board-consent-differs",
                &[("count", prompt.differences.len().into())],
            ));
            egui::ScrollArea::vertical()
                .max_height(ui.available_height().min(240.0))
                .show(ui, |ui| {
                    for difference in &prompt.differences {
                        ui.label(crate::import::in_words::consent_difference(
                            tr,
                            &prompt.source,
                            difference,
                        ));
                    }
                });
        }
        ui.label(tr.tr("board-not-definition"));
    })
}
