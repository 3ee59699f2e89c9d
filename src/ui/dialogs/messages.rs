//! Messages to the user: each shown once, in plain translated words. Errors stay until
//! dismissed; confirmations fade on their own.

use eframe::egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::style;

/// How long a confirmation ("Saved") stays on screen.
const INFO_SECS: f64 = 5.0;

#[derive(Debug, Clone, PartialEq)]
struct Message {
    text: String,
    is_error: bool,
    /// When it was first shown (egui time), set on the first frame it is drawn.
    shown_at: Option<f64>,
}

/// The queue of messages.
#[derive(Debug, Default)]
pub struct Messages {
    items: Vec<Message>,
}

impl Messages {
    pub fn info(&mut self, text: String) {
        self.push(text, false);
    }

    pub fn error(&mut self, text: String) {
        self.push(text, true);
    }

    fn push(&mut self, text: String, is_error: bool) {
        // The same message twice in a row adds nothing.
        self.items.retain(|m| m.text != text);
        self.items.push(Message {
            text,
            is_error,
            shown_at: None,
        });
    }

    /// The messages on screen now, oldest first (for tests and screen readers).
    pub fn texts(&self) -> Vec<&str> {
        self.items.iter().map(|m| m.text.as_str()).collect()
    }

    pub fn has_error(&self) -> bool {
        self.items.iter().any(|m| m.is_error)
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
