//! The panels (toolbar, side panel, status bar) put back from last frame's pixels when they
//! are drawn exactly as they were.
//!
//! While the board pans nothing in the panels changes, yet eframe draws every frame whole,
//! and on software OpenGL filling the panels' pixels (their text most of all) costs about
//! as much as the rest of the window together. egui rebuilds the panels' shapes each frame
//! anyway (that is how it knows what was clicked); when they equal last frame's, clip for
//! clip and glyph for glyph, their pixels would be the same, so last frame's are put back
//! instead (`pixel_copy`). A hover, a new count, a blinking cursor or a moved divider
//! changes a shape, and the panels are drawn again.

use eframe::egui::{Rect, Shape, Ui, epaint::ClippedShape, layers::ShapeIdx};

use super::pixel_copy::{self, Blit, Copies, PixelRect};

/// Last frame's panel shapes and the copy of their pixels.
#[derive(Debug, Default)]
pub struct PanelReuse {
    pub copies: Copies<PanelsShown>,
    /// The panels' shapes as last painted: the last pass of the frame before this one.
    painted: Vec<ClippedShape>,
    /// This frame's latest pass and its shapes. egui may run a frame's UI twice and paint
    /// only the second pass, so a pass is compared with the frame before, never with an
    /// earlier pass of its own frame (whose pixels never reached the screen).
    this_frame: (u64, Vec<ClippedShape>),
    /// What the last frame asked to be copied (the tests play the copy's part).
    #[cfg(test)]
    asked: Option<PanelsShown>,
}

/// Where the panels were when copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PanelsShown {
    window: PixelRect,
    central: PixelRect,
    frame: u64,
}

impl PanelReuse {
    /// Where the panels' shapes will start, called before they are drawn.
    pub fn start(&self, ui: &Ui) -> ShapeIdx {
        pixel_copy::next_shape(ui)
    }

    /// Once the panels are drawn (from `start`), around `central`: puts last frame's pixels
    /// back in place of shapes equal to last frame's, or copies them for the next.
    pub fn finish(&mut self, ui: &Ui, start: ShapeIdx, central: Rect) {
        if !self.copies.in_use() {
            return;
        }
        let ctx = ui.ctx();
        let ppp = ctx.pixels_per_point();
        let window_rect = ctx.content_rect();
        let shown = PanelsShown {
            window: PixelRect::of(window_rect, ppp),
            central: PixelRect::of(central, ppp),
            frame: ctx.cumulative_frame_nr(),
        };
        let blits: Vec<Blit> = around(shown.window, shown.central)
            .into_iter()
            .map(|from| Blit {
                from,
                to: [from.left, from.top],
            })
            .collect();
        if blits.is_empty() || shown.window.left != 0 || shown.window.top != 0 {
            return;
        }
        let layer = ui.layer_id();
        let shapes: Vec<ClippedShape> = ctx.graphics(|layers| {
            layers.get(layer).map_or_else(Vec::new, |list| {
                list.all_entries().skip(start.0).cloned().collect()
            })
        });
        let copied_last_frame = self.copies.last()
            == Some(PanelsShown {
                frame: shown.frame.wrapping_sub(1),
                ..shown
            });
        if self.this_frame.0 != shown.frame {
            self.painted = std::mem::take(&mut self.this_frame.1);
        }
        let unchanged = copied_last_frame && shapes == self.painted;
        self.this_frame = (shown.frame, shapes);
        #[cfg(test)]
        {
            self.asked = Some(shown);
        }
        let painter = ui.painter();
        if unchanged {
            ctx.graphics_mut(|layers| {
                let list = layers.entry(layer);
                for index in start.0..list.next_idx().0 {
                    list.mutate_shape(ShapeIdx(index), |clipped| clipped.shape = Shape::Noop);
                }
            });
            // The copy holds these pixels still: it needs no making again.
            painter.add(self.copies.put_back(window_rect, blits, Some(shown)));
            return;
        }
        let size = [shown.window.width(), shown.window.height()];
        painter.add(self.copies.copy(window_rect, size, blits, shown));
    }
}

/// The parts of `window` outside `central`: the bands above and below it, full width, and
/// beside it, between them. None overlap.
fn around(window: PixelRect, central: PixelRect) -> Vec<PixelRect> {
    let central = PixelRect {
        left: central.left.clamp(window.left, window.right),
        top: central.top.clamp(window.top, window.bottom),
        right: central.right.clamp(window.left, window.right),
        bottom: central.bottom.clamp(window.top, window.bottom),
    };
    [
        PixelRect {
            bottom: central.top,
            ..window
        },
        PixelRect {
            top: central.bottom,
            ..window
        },
        PixelRect {
            top: central.top,
            bottom: central.bottom,
            right: central.left,
            ..window
        },
        PixelRect {
            top: central.top,
            bottom: central.bottom,
            left: central.right,
            ..window
        },
    ]
    .into_iter()
    .filter(|rect| !rect.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panels_are_the_window_around_the_board_each_pixel_once() {
        let window = PixelRect {
            left: 0,
            top: 0,
            right: 1920,
            bottom: 1080,
        };
        // A toolbar of 80, a status bar of 40 and a side panel of 400 on the right.
        let central = PixelRect {
            left: 0,
            top: 80,
            right: 1520,
            bottom: 1040,
        };
        let parts = around(window, central);
        assert_eq!(
            parts,
            vec![
                PixelRect {
                    bottom: 80,
                    ..window
                },
                PixelRect {
                    top: 1040,
                    ..window
                },
                PixelRect {
                    left: 1520,
                    top: 80,
                    bottom: 1040,
                    ..window
                },
            ]
        );
        let area: i32 = parts.iter().map(|p| p.width() * p.height()).sum();
        assert_eq!(area, 1920 * 1080 - 1520 * 960);
        // Presenting: the board fills the window and there is nothing to keep.
        assert!(around(window, window).is_empty());
    }

    /// Runs one frame of a panel showing `text` above a board, and returns the panel's
    /// shapes as painted.
    fn frame(ctx: &eframe::egui::Context, reuse: &mut PanelReuse, text: &str) -> Vec<Shape> {
        let mut shapes = Vec::new();
        let _ = ctx.run_ui(eframe::egui::RawInput::default(), |ui| {
            let start = reuse.start(ui);
            eframe::egui::Panel::top("panel").show(ui, |ui| ui.label(text));
            let central = ui.available_rect_before_wrap();
            reuse.finish(ui, start, central);
            shapes = ui.ctx().graphics(|layers| {
                layers.get(ui.layer_id()).map_or_else(Vec::new, |list| {
                    list.all_entries()
                        .skip(start.0)
                        .map(|c| c.shape.clone())
                        .collect()
                })
            });
        });
        shapes
    }

    /// As if the copy the last frame asked for succeeded.
    fn copy_succeeded(reuse: &PanelReuse) {
        reuse.copies.set_last(reuse.asked);
    }

    #[test]
    fn panels_drawn_as_last_frame_are_put_back_and_changed_ones_drawn() {
        let is_callback = |s: &Shape| matches!(s, Shape::Callback(_));
        let drawn = |shapes: &[Shape]| shapes.iter().any(|s| matches!(s, Shape::Text(_)));
        let ctx = eframe::egui::Context::default();
        let mut reuse = PanelReuse::default();
        reuse.copies.set_available(true);
        // The first frame sizes the panel (its shapes differ from the next frame's).
        frame(&ctx, &mut reuse, "3 of 58 in themes");
        // Drawn, and a copy made (one callback at the end).
        let first = frame(&ctx, &mut reuse, "3 of 58 in themes");
        assert!(drawn(&first));
        assert!(first.last().is_some_and(is_callback));
        // The same panel, its copy made: put back, nothing drawn, then copied again.
        copy_succeeded(&reuse);
        let same = frame(&ctx, &mut reuse, "3 of 58 in themes");
        assert!(!drawn(&same), "put back, not drawn");
        assert_eq!(
            same.iter().filter(|s| is_callback(s)).count(),
            1,
            "and not copied again"
        );
        // A changed count is drawn.
        copy_succeeded(&reuse);
        let changed = frame(&ctx, &mut reuse, "4 of 58 in themes");
        assert!(drawn(&changed));
        // The copy did not happen (a frame with no painting): drawn again.
        let uncopied = frame(&ctx, &mut reuse, "4 of 58 in themes");
        assert!(drawn(&uncopied));
        // A frame run twice (egui discards the first pass): both passes are compared with
        // the frame before, so a change seen in the first is not taken as "unchanged" in
        // the second.
        copy_succeeded(&reuse);
        let mut passes = Vec::new();
        let _ = ctx.run_ui(eframe::egui::RawInput::default(), |ui| {
            let start = reuse.start(ui);
            eframe::egui::Panel::top("panel").show(ui, |ui| ui.label("5 of 58 in themes"));
            let central = ui.available_rect_before_wrap();
            reuse.finish(ui, start, central);
            passes.push(ui.ctx().graphics(|layers| {
                layers.get(ui.layer_id()).is_some_and(|list| {
                    list.all_entries()
                        .skip(start.0)
                        .any(|c| matches!(c.shape, Shape::Text(_)))
                })
            }));
            if passes.len() == 1 {
                ui.ctx().request_discard("a test of two passes");
            }
        });
        assert_eq!(passes, vec![true, true], "drawn in both passes");
        // Turned off for a measurement: drawn, and no callbacks.
        reuse.copies.turn_off();
        copy_succeeded(&reuse);
        let off = frame(&ctx, &mut reuse, "4 of 58 in themes");
        assert!(drawn(&off) && !off.iter().any(is_callback));
    }

    #[test]
    fn without_opengl_nothing_is_added_to_the_frame() {
        let ctx = eframe::egui::Context::default();
        let mut reuse = PanelReuse::default();
        let _ = ctx.run_ui(eframe::egui::RawInput::default(), |ui| {
            let start = reuse.start(ui);
            ui.label("a panel");
            let before = ui
                .ctx()
                .graphics(|l| l.get(ui.layer_id()).map(|l| l.next_idx().0));
            reuse.finish(
                ui,
                start,
                Rect::from_min_max((0.0, 100.0).into(), (200.0, 200.0).into()),
            );
            let after = ui
                .ctx()
                .graphics(|l| l.get(ui.layer_id()).map(|l| l.next_idx().0));
            assert_eq!(before, after);
        });
    }
}
