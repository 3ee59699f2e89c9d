//! Messages to the user: each shown once, in plain translated words. Errors stay until
//! dismissed or their cause is gone; confirmations fade on their own. Three at most show at
//! once, the newest, with a line saying how many more wait.

use std::path::{Path, PathBuf};

use eframe::egui::{RichText, Ui};

use crate::i18n::{Arg, I18n, Said};
use crate::ui::style;

/// How long a confirmation ("Saved") stays on screen.
const INFO_SECS: f64 = 5.0;

/// The most messages shown at once: more would push the board down a line at a time.
const MOST_SHOWN: usize = 3;

#[derive(Debug, Clone, PartialEq)]
struct Message {
    text: String,
    is_error: bool,
    /// When it was first shown (egui time), set on the first frame it is drawn.
    shown_at: Option<f64>,
    /// The message as id and arguments, to say again in another language.
    said: Option<Said>,
    /// A message about a refused change holds only until the project changes: then its
    /// cause ("no dots left") may no longer be true.
    until_change_from: Option<u64>,
    /// The file a failure was about: it goes once that file opens or saves.
    about: Option<PathBuf>,
}

/// The queue of messages.
#[derive(Debug, Default)]
pub struct Messages {
    items: Vec<Message>,
}

impl Messages {
    pub fn info(&mut self, text: String) {
        self.push(text, false, None, None);
    }

    pub fn error(&mut self, text: String) {
        self.push(text, true, None, None);
    }

    /// A confirmation, said again in the new language if the language changes.
    pub fn info_said(&mut self, tr: &I18n, id: &str, args: &[(&str, Arg<'_>)]) {
        let said = Said::new(id, args);
        self.push(said.render(tr), false, Some(said), None);
    }

    /// An error, said again in the new language if the language changes.
    pub fn error_said(&mut self, tr: &I18n, id: &str, args: &[(&str, Arg<'_>)]) {
        let said = Said::new(id, args);
        self.push(said.render(tr), true, Some(said), None);
    }

    /// A failure to open or save `file`: shown until dismissed, or until that file opens or
    /// saves after all ([`Self::settled`]).
    pub fn error_about(&mut self, file: &Path, text: String) {
        self.push(text, true, None, None);
        if let Some(last) = self.items.last_mut() {
            last.about = Some(file.to_owned());
        }
    }

    /// [`Self::error_about`], said again in the new language if the language changes.
    pub fn error_said_about(&mut self, file: &Path, tr: &I18n, id: &str, args: &[(&str, Arg<'_>)]) {
        self.error_said(tr, id, args);
        if let Some(last) = self.items.last_mut() {
            last.about = Some(file.to_owned());
        }
    }

    /// `file` opened or saved: what failed with it before is no longer so.
    pub fn settled(&mut self, file: &Path) {
        self.items.retain(|m| m.about.as_deref() != Some(file));
    }

    /// Why a change was refused: shown until the project next changes (`state` is the
    /// project's state now).
    pub fn refused(&mut self, text: String, state: u64) {
        self.push(text, true, None, Some(state));
    }

    fn push(&mut self, text: String, is_error: bool, said: Option<Said>, until: Option<u64>) {
        // The same message twice in a row adds nothing.
        self.items.retain(|m| m.text != text);
        self.items.push(Message {
            text,
            is_error,
            shown_at: None,
            said,
            until_change_from: until,
            about: None,
        });
    }

    /// Drops messages whose cause has passed: the project is no longer in `state`.
    pub fn forget_outlived(&mut self, state: u64) {
        self.items
            .retain(|m| m.until_change_from.is_none_or(|from| from == state));
    }

    /// Says every message that can be said again in `tr`'s language; a refusal, tied to a
    /// moment now past, is dropped rather than left in the old language.
    pub fn rerender(&mut self, tr: &I18n) {
        self.items.retain(|m| m.until_change_from.is_none());
        for message in &mut self.items {
            if let Some(said) = message.said.as_ref().filter(|s| s.can_be_said_again()) {
                message.text = said.render(tr);
            }
        }
    }

    /// The messages on screen now, oldest first (for tests and screen readers).
    pub fn texts(&self) -> Vec<&str> {
        self.items.iter().map(|m| m.text.as_str()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Draws the newest messages (three at most), newest last, with a button to dismiss
    /// each; above them, how many more wait and a button to dismiss them all.
    pub fn ui(&mut self, ui: &mut Ui, tr: &I18n) {
        let now = ui.input(|i| i.time);
        // A confirmation's time runs from when it was said, shown or waiting.
        for message in &mut self.items {
            message.shown_at.get_or_insert(now);
        }
        self.items
            .retain(|m| m.is_error || m.shown_at.is_none_or(|t| now - t < INFO_SECS));
        let waiting = self.items.len().saturating_sub(MOST_SHOWN);
        let mut dismissed = None;
        if waiting > 0 {
            ui.horizontal(|ui| {
                ui.label(tr.tr_args("messages-more", &[("count", waiting.into())]));
                if ui.small_button(tr.tr("action-dismiss-all")).clicked() {
                    dismissed = Some(usize::MAX);
                }
            });
        }
        for (index, message) in self.items.iter().enumerate().skip(waiting) {
            ui.horizontal_wrapped(|ui| {
                let color = if message.is_error {
                    style::palette(ui.ctx()).error_text
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(&message.text).color(color).strong());
                if ui.small_button(tr.tr("action-dismiss")).clicked() {
                    dismissed = Some(index);
                }
            });
        }
        match dismissed {
            Some(usize::MAX) => self.items.clear(),
            Some(index) => {
                self.items.remove(index);
            }
            None => {}
        }
        if self.items.iter().any(|m| !m.is_error) {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::UiLanguage;

    #[test]
    fn messages_are_said_again_in_the_new_language_or_kept_whole() {
        let mut tr = I18n::new(UiLanguage::English);
        let mut messages = Messages::default();
        messages.info_said(&tr, "message-saved", &[("path", Arg::Str("/tmp/w.ron"))]);
        let reason = tr.tr("error-not-a-file");
        messages.error_said(
            &tr,
            "message-save-failed",
            &[
                ("reason", Arg::Str(&reason)),
                ("path", Arg::Str("/tmp/w.ron")),
            ],
        );
        messages.refused("No dots left".into(), 7);
        let english_failure = messages.texts()[1].to_owned();
        tr.set_language(UiLanguage::Welsh);
        messages.rerender(&tr);
        let texts = messages.texts();
        assert_eq!(texts[0], "Wedi cadw: /tmp/w.ron");
        assert_eq!(
            texts[1], english_failure,
            "kept whole, never half in each language"
        );
        assert_eq!(texts.len(), 2, "a refusal of a moment now past goes");
    }

    #[test]
    fn a_refusal_goes_once_the_project_changes() {
        let mut messages = Messages::default();
        messages.refused("No dots left".into(), 7);
        messages.forget_outlived(7);
        assert_eq!(messages.texts().len(), 1);
        messages.forget_outlived(8);
        assert!(messages.is_empty());
    }

    #[test]
    fn a_failure_about_a_file_goes_once_that_file_opens_or_saves() {
        let mut messages = Messages::default();
        let file = Path::new("/tmp/gweithdy.ron");
        messages.error_about(file, "Could not open the project.".into());
        messages.error("Something else".into());
        messages.settled(Path::new("/tmp/another.ron"));
        assert_eq!(messages.texts().len(), 2);
        messages.settled(file);
        assert_eq!(messages.texts(), ["Something else"]);
    }

    #[test]
    fn three_show_at_once_with_how_many_more_wait_and_all_can_go() {
        use egui_kittest::kittest::Queryable as _;
        let tr = I18n::new(UiLanguage::English);
        let mut messages = Messages::default();
        for n in 1..=7 {
            messages.error(format!("Failure {n}"));
        }
        let mut harness = egui_kittest::Harness::new_ui_state(
            move |ui, messages: &mut Messages| messages.ui(ui, &tr),
            messages,
        );
        harness.run();
        for n in 1..=4 {
            assert!(harness.query_by_label(&format!("Failure {n}")).is_none());
        }
        for n in 5..=7 {
            harness.get_by_label(&format!("Failure {n}"));
        }
        harness.get_by_label("and 4 more messages");
        harness.get_by_label("Dismiss all").click();
        harness.run();
        assert!(harness.state().is_empty());
    }
}
