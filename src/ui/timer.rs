//! The facilitation timer: "five minutes to sort the smells". Set, start, pause; large on
//! the projector in presentation mode; at the end a gentle visual cue, never a sound.

use eframe::egui::{self, Align2, FontId, RichText, Ui};

use crate::i18n::{Arg, I18n};
use crate::ui::style;

/// How long the end cue pulses before it settles.
const CUE_SECONDS: f64 = 12.0;

/// The timer's state. Times are egui's clock in seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct FacilitationTimer {
    /// The length the facilitator set, in minutes.
    pub minutes: u32,
    /// Seconds left when last paused or reset.
    left_when_paused: f64,
    /// When it was last started, if running.
    running_since: Option<f64>,
    /// When it reached zero, while the cue shows.
    finished_at: Option<f64>,
}

impl Default for FacilitationTimer {
    fn default() -> Self {
        Self::new(5)
    }
}

impl FacilitationTimer {
    pub fn new(minutes: u32) -> Self {
        Self {
            minutes,
            left_when_paused: f64::from(minutes) * 60.0,
            running_since: None,
            finished_at: None,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Whether it has been started since the last reset (so it is worth showing).
    pub fn is_in_use(&self) -> bool {
        self.is_running()
            || self.finished_at.is_some()
            || self.left_when_paused < f64::from(self.minutes) * 60.0
    }

    /// Seconds left at `now` (never below zero).
    pub fn left(&self, now: f64) -> f64 {
        match self.running_since {
            Some(since) => (self.left_when_paused - (now - since)).max(0.0),
            None => self.left_when_paused,
        }
    }

    pub fn start(&mut self, now: f64) {
        if self.running_since.is_none() && self.left_when_paused > 0.0 {
            self.running_since = Some(now);
            self.finished_at = None;
        }
    }

    pub fn pause(&mut self, now: f64) {
        self.left_when_paused = self.left(now);
        self.running_since = None;
    }

    /// Back to the full length, stopped.
    pub fn reset(&mut self) {
        *self = Self::new(self.minutes);
    }

    /// Notices the end; returns true on the frame time ran out.
    pub fn tick(&mut self, now: f64) -> bool {
        if self.running_since.is_some() && self.left(now) <= 0.0 {
            self.running_since = None;
            self.left_when_paused = 0.0;
            self.finished_at = Some(now);
            return true;
        }
        false
    }

    /// How strongly the end cue shows at `now` (0 = not at all): a slow pulse that fades.
    pub fn cue(&self, now: f64) -> f32 {
        match self.finished_at {
            Some(at) if now - at < CUE_SECONDS => {
                let t = now - at;
                let pulse = 0.5 - 0.5 * (t * std::f64::consts::TAU / 2.0).cos();
                (pulse * (1.0 - t / CUE_SECONDS)) as f32
            }
            _ => 0.0,
        }
    }

    /// Whether time has run out (until the timer is reset or started again).
    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }
}

/// "04:59".
pub fn clock_text(seconds: f64) -> String {
    let whole = seconds.ceil() as u64;
    format!("{:02}:{:02}", whole / 60, whole % 60)
}

/// The timer's controls, for the status bar.
pub fn timer_controls_ui(ui: &mut Ui, tr: &I18n, timer: &mut FacilitationTimer) {
    let now = ui.input(|i| i.time);
    let label = ui.label(tr.tr("timer-label"));
    let mut minutes = timer.minutes;
    let field = ui
        .add_enabled(
            !timer.is_running(),
            egui::DragValue::new(&mut minutes)
                .range(1..=180)
                .suffix(tr.tr("timer-minutes-suffix")),
        )
        .labelled_by(label.id);
    if field.changed() && minutes != timer.minutes {
        *timer = FacilitationTimer::new(minutes);
    }
    let left = timer.left(now);
    let text = RichText::new(clock_text(left)).monospace().strong();
    let shown = if timer.is_finished() {
        text.color(style::palette(ui.ctx()).accent)
    } else {
        text
    };
    ui.label(shown);
    if timer.is_running() {
        if ui.button(tr.tr("timer-pause")).clicked() {
            timer.pause(now);
        }
    } else if ui
        .add_enabled(left > 0.0, egui::Button::new(tr.tr("timer-start")))
        .clicked()
    {
        timer.start(now);
    }
    if ui
        .add_enabled(timer.is_in_use(), egui::Button::new(tr.tr("timer-reset")))
        .clicked()
    {
        timer.reset();
    }
    if timer.is_finished() {
        ui.label(RichText::new(tr.tr("timer-done")).strong());
    }
}

/// The timer large in a corner of the board, for the room (presentation mode).
/// Returns where it is on screen, so that the board keeps what it focuses on clear of it.
pub fn timer_overlay_ui(
    ctx: &egui::Context,
    tr: &I18n,
    timer: &FacilitationTimer,
) -> Option<egui::Rect> {
    if !timer.is_in_use() {
        return None;
    }
    let now = ctx.input(|i| i.time);
    let pal = style::palette(ctx);
    let cue = timer.cue(now);
    let shown = egui::Area::new(egui::Id::unique("cytun-timer-overlay"))
        .anchor(Align2::RIGHT_TOP, egui::vec2(-24.0, 24.0))
        .interactable(false)
        .show(ctx, |ui| {
            let fill = if cue > 0.0 {
                style::blend(pal.board_background, pal.accent, cue)
            } else {
                pal.board_background
            };
            egui::Frame::new()
                .fill(fill)
                .stroke(egui::Stroke::new(3.0, pal.board_text))
                .corner_radius(12)
                .inner_margin(egui::Margin::symmetric(24, 12))
                .show(ui, |ui| {
                    let text = if timer.is_finished() {
                        tr.tr("timer-done")
                    } else {
                        clock_text(timer.left(now))
                    };
                    let colour = if cue > 0.5 {
                        pal.board_background
                    } else {
                        pal.board_text
                    };
                    // One line, however long "Time is up" is in the language chosen.
                    ui.add(
                        egui::Label::new(
                            RichText::new(text)
                                .font(FontId::monospace(72.0))
                                .color(colour),
                        )
                        .extend(),
                    );
                    ui.label(
                        RichText::new(tr.tr_args(
                            "timer-of",
                            &[("minutes", Arg::from(u64::from(timer.minutes)))],
                        ))
                        .color(pal.board_text),
                    );
                });
        });
    if timer.is_running() || cue > 0.0 {
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    Some(shown.response.rect)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_pauses_and_ends_with_a_cue_that_fades() {
        let mut timer = FacilitationTimer::new(2);
        assert!(!timer.is_in_use());
        timer.start(10.0);
        assert!((timer.left(40.0) - 90.0).abs() < 1e-9);
        timer.pause(40.0);
        assert!(
            (timer.left(500.0) - 90.0).abs() < 1e-9,
            "paused time stands still"
        );
        timer.start(100.0);
        assert!(!timer.tick(189.0));
        assert!(timer.tick(190.0), "ends when the time is used up");
        assert!(timer.is_finished());
        assert_eq!(clock_text(timer.left(200.0)), "00:00");
        assert!(timer.cue(191.0) > 0.0);
        assert!(
            timer.cue(190.0 + CUE_SECONDS + 1.0) <= 0.0,
            "the cue settles"
        );
        timer.reset();
        assert_eq!(clock_text(timer.left(0.0)), "02:00");
        assert!(!timer.is_in_use());
    }

    #[test]
    fn the_clock_reads_minutes_and_seconds() {
        assert_eq!(clock_text(299.2), "05:00");
        assert_eq!(clock_text(59.0), "00:59");
    }
}
