//! Sense-check responses brought in from a survey export: read, shown as a tally, and added
//! to a version of the definition as one undoable step.

use std::path::Path;

use eframe::egui::Ui;

use super::CytunApp;
use super::overlay::Overlay;
use crate::command::Command;
use crate::files::{read_error, read_limited};
use crate::i18n::{Arg, I18n};
use crate::import::feedback::{FeedbackImport, read_feedback};
use crate::import::table::MAX_TABLE_BYTES;
use crate::model::definition::{Part, Response};
use crate::ui::dialogs::{Question, prompt_ui};

/// Responses read, waiting for "Add as feedback".
#[derive(Debug)]
pub(super) struct FeedbackPrompt {
    part: Part,
    version: u32,
    /// The file's name, for the question.
    source: String,
    import: FeedbackImport,
}

impl CytunApp {
    /// Reads a survey export of sense-check responses and asks before adding them.
    pub(super) fn import_feedback_file(&mut self, path: &Path, part: Part, version: u32) {
        let shown = path.display().to_string();
        let read = read_limited(path, MAX_TABLE_BYTES)
            .map_err(|err| read_error(&self.tr, &err))
            .and_then(|bytes| {
                read_feedback(&bytes, None)
                    .map_err(|err| crate::import::in_words::import_error(&self.tr, &err))
            });
        match read {
            Ok(import) => {
                let source = path
                    .file_name()
                    .map_or(shown, |name| name.to_string_lossy().into_owned());
                self.ask(Overlay::Feedback(FeedbackPrompt {
                    part,
                    version,
                    source,
                    import,
                }));
            }
            Err(reason) => self.messages.error_said(
                &self.tr,
                "message-import-failed",
                &[("path", Arg::Str(&shown)), ("reason", Arg::Str(&reason))],
            ),
        }
    }

    /// "Add as feedback" was answered: every response in one step (one Ctrl+Z takes all back).
    pub(super) fn add_feedback(&mut self, prompt: FeedbackPrompt) {
        let count = prompt.import.responses.len();
        let commands = prompt
            .import
            .responses
            .into_iter()
            .map(|feedback| Command::AddFeedback {
                part: prompt.part,
                version: prompt.version,
                feedback,
            })
            .collect();
        self.edit(Command::Batch { commands });
        self.messages.info_said(
            &self.tr,
            prompt
                .part
                .pick("feedback-imported", "feedback-imported-charter"),
            &[("count", count.into()), ("number", prompt.version.into())],
        );
    }
}

/// "Add 42 responses from sense-check.xlsx as feedback on version 3?", with the tally.
/// Some(true) for "Add as feedback", Some(false) when closed.
pub(super) fn feedback_prompt_ui(ui: &Ui, tr: &I18n, prompt: &FeedbackPrompt) -> Option<bool> {
    let count = prompt.import.responses.len();
    let heading = tr.tr("feedback-import-heading");
    let go = tr.tr("feedback-import-go");
    let question = Question {
        id: "cytun-feedback-prompt",
        heading: &heading,
        go: &go,
        can_go: count > 0,
        wide: false,
    };
    prompt_ui(ui, tr, &question, |ui| {
        ui.label(tr.tr_args(
            prompt.part.pick(
                "feedback-import-question",
                "feedback-import-question-charter",
            ),
            &[
                ("count", count.into()),
                ("source", Arg::Str(&prompt.source)),
                ("number", prompt.version.into()),
            ],
        ));
        let tally = prompt.import.tally();
        let said = |r: Response| tally.get(&r).copied().unwrap_or(0);
        ui.label(tr.tr_args(
            "feedback-import-tally",
            &[
                ("agree", said(Response::Agree).into()),
                ("changes", said(Response::AgreeWithChanges).into()),
                ("disagree", said(Response::Disagree).into()),
            ],
        ));
        if prompt.import.unclear > 0 {
            ui.label(tr.tr_args(
                "feedback-import-unclear",
                &[("count", prompt.import.unclear.into())],
            ));
        }
    })
}
