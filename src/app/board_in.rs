//! Another board brought in: a table's project from its own laptop, read, shown as counts,
//! and added beside this board as one undoable step.

use std::path::Path;

use eframe::egui::{self, Ui};

use super::CytunApp;
use super::overlay::Overlay;
use crate::command::bring_in_board;
use crate::i18n::{Arg, I18n};
use crate::model::Project;
use crate::ui::dialogs::{Question, prompt_ui};

/// A board read, waiting for "Bring in".
#[derive(Debug)]
pub(super) struct BoardPrompt {
    /// The other project's name, for its themes and the History.
    source: String,
    other: Project,
    /// Its contributions already on this board.
    duplicates: usize,
    /// Of those, the ones recorded with different consent: listed before anything changes.
    differences: Vec<crate::command::ConsentDifference>,
    /// Bring those in as linked copies (one contribution), as the user chooses.
    link_duplicates: bool,
}

impl CytunApp {
    /// Reads another project file and asks before bringing it in.
    pub(super) fn bring_in_board_file(&mut self, path: &Path) {
        match crate::store::load(path) {
            Ok(other) => {
                let source = crate::files::board_name(&other, path);
                let project = self.work.document.project();
                let arrival = bring_in_board(project, &other, &source, str::to_owned, false);
                self.ask(Overlay::Board(BoardPrompt {
                    source,
                    other,
                    duplicates: arrival.duplicates,
                    differences: arrival.consent_differences,
                    link_duplicates: true,
                }));
            }
            Err(err) => {
                let text = self.describe_open_error(&err, path);
                self.messages.error(text);
            }
        }
    }

    /// "Bring in" was answered: the other board beside this one, in one step, in view.
    pub(super) fn finish_board(&mut self, prompt: &BoardPrompt) {
        let tr = &self.tr;
        let arrival = bring_in_board(
            self.work.document.project(),
            &prompt.other,
            &prompt.source,
            |title| {
                tr.tr_args(
                    "theme-from-board",
                    &[
                        ("title", Arg::Str(title)),
                        ("source", Arg::Str(&prompt.source)),
                    ],
                )
            },
            prompt.link_duplicates,
        );
        if let Some(command) = arrival.command {
            self.edit(command);
            if let Some(area) = arrival.area {
                self.views.board.request_show(area.expand(120.0));
            }
        }
    }
}

/// "Bring in another board": what it holds, the duplicates choice. Some(true) for "Bring in",
/// Some(false) when closed.
pub(super) fn board_prompt_ui(ui: &Ui, tr: &I18n, prompt: &mut BoardPrompt) -> Option<bool> {
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
