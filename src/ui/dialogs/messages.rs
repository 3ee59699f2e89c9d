//! Messages to the user: each shown once, in plain translated words. Errors stay until
//! dismissed; confirmations fade on their own.

use eframe::egui::{RichText, Ui};

use crate::i18n::{Arg, I18n, Said};
use crate::ui::style;

/// How long a confirmation ("Saved") stays on screen.
const INFO_SECS: f64 = 5.0;

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

    /// Draws the messages, newest last, with a button to dismiss each.
    pub fn ui(&mut self, ui: &mut Ui, tr: &I18n) {
        let now = ui.input(|i| i.time);
        self.items
            .retain(|m| m.is_error || m.shown_at.is_none_or(|t| now - t < INFO_SECS));
        let mut dismissed = None;
        for (index, message) in self.items.iter_mut().enumerate() {
            message.shown_at.get_or_insert(now);
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
        if let Some(index) = dismissed {
            self.items.remove(index);
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
}
