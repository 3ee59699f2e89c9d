//! Sense-check responses brought in from a survey export: read, shown as a tally, and added
//! to a version of the definition as one undoable step.

use std::path::Path;

use super::CytunApp;
use super::overlay::Overlay;
use crate::command::Command;
use crate::files::{read_error, read_limited};
use crate::i18n::Arg;
use crate::import::feedback::read_feedback;
use crate::import::table::MAX_TABLE_BYTES;
use crate::model::definition::Part;
use crate::ui::dialogs::FeedbackPrompt;

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
