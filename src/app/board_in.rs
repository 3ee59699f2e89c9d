//! Another board brought in: a table's project from its own laptop, read, shown as counts,
//! and added beside this board as one undoable step.

use std::path::Path;

use super::CytunApp;
use super::overlay::Overlay;
use crate::command::bring_in_board;
use crate::i18n::Arg;
use crate::ui::dialogs::BoardPrompt;

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
