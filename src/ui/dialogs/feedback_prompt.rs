//! "Add these responses as feedback?": the responses read from a sense-check survey, with
//! their tally, asked before anything is added.

use eframe::egui::Ui;

use super::{Question, prompt_ui};
use crate::i18n::{Arg, I18n};
use crate::import::feedback::FeedbackImport;
use crate::model::definition::{Part, Response};

/// Responses read, waiting for "Add as feedback".
#[derive(Debug)]
pub struct FeedbackPrompt {
    /// The definition or the charter.
    pub part: Part,
    /// The version the responses are about.
    pub version: u32,
    /// The file's name, for the question.
    pub source: String,
    /// The responses read, and what was skipped.
    pub import: FeedbackImport,
}

/// "Add 42 responses from sense-check.xlsx as feedback on version 3?", with the tally.
/// Some(true) for "Add as feedback", Some(false) when closed.
pub fn feedback_prompt_ui(ui: &Ui, tr: &I18n, prompt: &FeedbackPrompt) -> Option<bool> {
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
