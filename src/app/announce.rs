//! The last change in words: what a screen reader says after grouping, moving or undoing (a
//! live region), and what the room reads in the status bar or, when presenting, over the board.

use eframe::egui::{self, Ui};

use super::CytunApp;
use crate::command::Description;
use crate::i18n::{self, Arg, I18n, UiLanguage};

/// What the last announcement said, in words to be rendered in the current language.
#[derive(Clone, Debug, Default)]
pub(super) enum Announced {
    #[default]
    Nothing,
    Change(Description),
    Undone,
    /// The History went back several changes at once, to this line (none: the start).
    UndoneSteps {
        count: usize,
        back_to: Option<Description>,
    },
    /// A phone did something. While phones' votes are hidden a dot is told only as a
    /// count of the phones that have voted (`voted`), never with its theme.
    Arrival {
        description: Description,
        voted: Option<usize>,
    },
}

/// The announcement and what it was made for.
#[derive(Debug, Default)]
pub(super) struct Announcement {
    /// The words shown and read out.
    pub text: String,
    /// What they say, kept so they are said again when the language changes.
    pub said: Announced,
    pub said_in: UiLanguage,
    /// Set when the History undid several changes at once, for the next announcement.
    pub undid_steps: Option<usize>,
    /// The project state, history length and arrivals the announcement was made for.
    pub made_for: (u64, usize, usize),
    /// When it was first shown over the board (egui time), while presenting.
    pub shown_at: Option<f64>,
}

/// How long the last change shows over the board while presenting: long enough to read
/// across a room, not so long that an old one ("Alaw took a dot back") sits over a note.
const PRESENTING_SECS: f64 = 8.0;

impl Announcement {
    /// Puts what was said into words in `tr`'s language.
    fn render(&mut self, tr: &I18n) {
        self.said_in = tr.language();
        self.text = match &self.said {
            Announced::Nothing => String::new(),
            Announced::Change(description)
            | Announced::Arrival {
                description,
                voted: None,
            } => i18n::describe_change(tr, description),
            Announced::Undone => tr.tr("announce-undone"),
            Announced::UndoneSteps {
                count,
                back_to: Some(line),
            } => tr.tr_args(
                "announce-undone-back-to",
                &[
                    ("count", (*count).into()),
                    ("change", Arg::Str(&i18n::describe_change(tr, line))),
                ],
            ),
            Announced::UndoneSteps {
                count,
                back_to: None,
            } => tr.tr_args("announce-undone-to-start", &[("count", (*count).into())]),
            Announced::Arrival {
                voted: Some(count), ..
            } => tr.tr_args("room-voted", &[("count", (*count).into())]),
        };
    }
}

impl CytunApp {
    /// After the frame's intents: says what changed, if anything did, or says the same again
    /// in a language just chosen.
    pub(super) fn announce_change(&mut self) {
        let votes_hidden = self.phone_votes_hidden();
        let history = self.work.document.history();
        let now = (
            self.work.document.state_id(),
            history.done().count(),
            history.arrivals(),
        );
        let announcement = &mut self.facilitation.announcement;
        if now != announcement.made_for {
            let (_, before, arrivals_before) = std::mem::replace(&mut announcement.made_for, now);
            announcement.shown_at = None;
            let steps = announcement.undid_steps.take();
            let phones_only = now.1 == before && now.2 > arrivals_before;
            announcement.said = match history.done().next_back() {
                _ if phones_only => match history.arrived().next_back() {
                    Some(description) => {
                        let is_dot = matches!(
                            description.message,
                            "history-phone-dot" | "history-phone-withdraw"
                        );
                        Announced::Arrival {
                            description: description.clone(),
                            voted: (votes_hidden && is_dot).then(|| {
                                self.facilitation.phones.as_ref().map_or(0, |room| {
                                    room.voted_this_session(self.work.document.project())
                                })
                            }),
                        }
                    }
                    None => Announced::Nothing,
                },
                _ if now.1 < before && steps.is_some_and(|n| n > 1) => Announced::UndoneSteps {
                    count: before - now.1,
                    back_to: history.done().next_back().cloned(),
                },
                Some(last) if now.1 >= before => Announced::Change(last.clone()),
                // Fewer changes with something to redo: an undo (not a project just opened).
                _ if now.1 < before && history.can_redo() => Announced::Undone,
                _ => Announced::Nothing,
            };
        } else if announcement.said_in == self.tr.language() {
            return;
        }
        announcement.render(&self.tr);
    }

    /// In presentation mode the last change shows small at the bottom of the board.
    pub(super) fn announcement_overlay_ui(&mut self, ctx: &egui::Context) {
        let announcement = &mut self.facilitation.announcement;
        if announcement.text.is_empty() {
            return;
        }
        let now = ctx.input(|i| i.time);
        let left = PRESENTING_SECS - (now - *announcement.shown_at.get_or_insert(now));
        if left <= 0.0 {
            return;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
        let text = &announcement.text;
        egui::Area::new(egui::Id::unique("cytun-announcement-overlay"))
            .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(24.0, -24.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| announcement_ui(ui, text));
            });
    }
}

/// The announcement as a live region: read out whenever it changes.
pub(super) fn announcement_ui(ui: &mut Ui, text: &str) {
    let label = ui.label(text);
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}
