//! The board's camera: which board point sits at the centre of the canvas, and how many screen
//! points one board unit takes. All conversions between the two spaces go through here, so a
//! drag never drifts when zoomed.

use eframe::egui::{Pos2, Rect, Vec2, pos2, vec2};

use crate::model::{BoardPos, BoardRect};

/// Closest and farthest the board can be viewed from.
pub const MIN_ZOOM: f32 = 0.02;
pub const MAX_ZOOM: f32 = 4.0;
/// One press of Ctrl + or Ctrl -.
pub const KEY_ZOOM_STEP: f32 = 1.25;

/// Where the board is looked at from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// The board point shown at the centre of the canvas.
    pub center: BoardPos,
    /// Screen points per board unit.
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            center: BoardPos::new(0.0, 0.0),
            zoom: 1.0,
        }
    }
}

impl Camera {
    pub fn screen_from_board(&self, canvas: Rect, p: BoardPos) -> Pos2 {
        canvas.center() + vec2(p.x - self.center.x, p.y - self.center.y) * self.zoom
    }

    pub fn board_from_screen(&self, canvas: Rect, p: Pos2) -> BoardPos {
        let d = (p - canvas.center()) / self.zoom;
        BoardPos::new(self.center.x + d.x, self.center.y + d.y)
    }

    pub fn screen_rect_from_board(&self, canvas: Rect, r: BoardRect) -> Rect {
        Rect::from_min_max(
            self.screen_from_board(canvas, r.min),
            self.screen_from_board(canvas, r.max),
        )
    }

    /// The part of the board the canvas shows.
    pub fn visible_board_rect(&self, canvas: Rect) -> BoardRect {
        BoardRect::from_corners(
            self.board_from_screen(canvas, canvas.min),
            self.board_from_screen(canvas, canvas.max),
        )
    }

    /// Moves the view by a screen distance (content follows the pointer).
    pub fn pan_by_screen(&mut self, delta: Vec2) {
        self.center = BoardPos::new(
            self.center.x - delta.x / self.zoom,
            self.center.y - delta.y / self.zoom,
        );
    }

    /// Zooms by `factor`, keeping the board point under `anchor` (a screen point) still.
    pub fn zoom_around(&mut self, canvas: Rect, anchor: Pos2, factor: f32) {
        let before = self.board_from_screen(canvas, anchor);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let after = self.board_from_screen(canvas, anchor);
        self.center = BoardPos::new(
            self.center.x + before.x - after.x,
            self.center.y + before.y - after.y,
        );
    }

    /// Shows all of `bounds` with a margin, at no more than 100 % (a few notes stay readable
    /// rather than blown up).
    pub fn fit(&mut self, canvas: Rect, bounds: BoardRect) {
        self.fit_up_to(canvas, bounds, 1.0);
    }

    /// Shows all of `bounds` with a margin, zoomed in at most to `max_zoom`.
    pub fn fit_up_to(&mut self, canvas: Rect, bounds: BoardRect, max_zoom: f32) {
        let bounds = bounds.expand(40.0);
        let zoom_x = canvas.width() / bounds.width().max(1.0);
        let zoom_y = canvas.height() / bounds.height().max(1.0);
        self.zoom = zoom_x.min(zoom_y).clamp(MIN_ZOOM, max_zoom.max(MIN_ZOOM));
        self.center = bounds.center();
    }

    /// Shows all of `bounds` inside `room`, a part of `canvas` (the rest is covered), zoomed
    /// in at most to `max_zoom`.
    pub fn fit_within(&mut self, canvas: Rect, room: Rect, bounds: BoardRect, max_zoom: f32) {
        self.fit_up_to(room, bounds, max_zoom);
        let shift = (room.center() - canvas.center()) / self.zoom;
        self.center = BoardPos::new(self.center.x - shift.x, self.center.y - shift.y);
    }

    /// The camera part way (`t` from 0 to 1) from `self` to `to`: the zoom changes evenly to
    /// the eye (geometrically), so a glide neither lurches nor crawls.
    #[must_use]
    pub fn towards(&self, to: &Self, t: f32) -> Self {
        let t = t.clamp(0.0, 1.0);
        let zoom = self.zoom * (to.zoom / self.zoom).powf(t);
        // The centre moves in step with the zoom, so the target grows steadily into place.
        let s = if (to.zoom - self.zoom).abs() < f32::EPSILON {
            t
        } else {
            (zoom - self.zoom) / (to.zoom - self.zoom)
        };
        Self {
            center: BoardPos::new(
                self.center.x + (to.center.x - self.center.x) * s,
                self.center.y + (to.center.y - self.center.y) * s,
            ),
            zoom,
        }
    }
}

impl Camera {
    /// Pans the least distance that puts `area` (plus a margin) on screen, keeping the zoom.
    /// Where it cannot fit, its top-left corner wins: that is where a title is.
    pub fn reveal(&mut self, canvas: Rect, area: BoardRect) {
        const MARGIN: f32 = 24.0;
        let shown = self.screen_rect_from_board(canvas, area).expand(MARGIN);
        let shift = |low: f32, high: f32, min: f32, max: f32| {
            if low < min {
                min - low
            } else if high > max {
                (max - high).max(min - low)
            } else {
                0.0
            }
        };
        let dx = shift(shown.min.x, shown.max.x, canvas.min.x, canvas.max.x);
        let dy = shift(shown.min.y, shown.max.y, canvas.min.y, canvas.max.y);
        self.pan_by_screen(vec2(dx, dy));
    }
}

impl Camera {
    /// 100 % zoom with `corner` (plus a margin) at the canvas's top-left.
    pub fn show_top_left(&mut self, canvas: Rect, corner: BoardPos) {
        const MARGIN: f32 = 32.0;
        self.zoom = 1.0;
        self.center = BoardPos::new(
            corner.x - MARGIN + canvas.width() / 2.0,
            corner.y - MARGIN + canvas.height() / 2.0,
        );
    }
}

/// A canvas rectangle for tests and benchmarks.
pub fn canvas_of_size(width: f32, height: f32) -> Rect {
    Rect::from_min_size(pos2(0.0, 0.0), vec2(width, height))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BoardRect;

    #[test]
    fn board_and_screen_round_trip() {
        let canvas = canvas_of_size(800.0, 600.0);
        let camera = Camera {
            center: BoardPos::new(100.0, -50.0),
            zoom: 0.5,
        };
        let p = BoardPos::new(321.0, 12.5);
        let back = camera.board_from_screen(canvas, camera.screen_from_board(canvas, p));
        assert!((back.x - p.x).abs() < 1e-3 && (back.y - p.y).abs() < 1e-3);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer_still() {
        let canvas = canvas_of_size(800.0, 600.0);
        let mut camera = Camera::default();
        let anchor = pos2(700.0, 100.0);
        let before = camera.board_from_screen(canvas, anchor);
        camera.zoom_around(canvas, anchor, 2.0);
        let after = camera.board_from_screen(canvas, anchor);
        assert!((before.x - after.x).abs() < 1e-3 && (before.y - after.y).abs() < 1e-3);
        assert!((camera.zoom - 2.0).abs() < 1e-6);
    }

    #[test]
    fn reveal_pans_just_enough_to_show_an_area() {
        let canvas = canvas_of_size(800.0, 600.0);
        let mut camera = Camera::default();
        // An area just above the top edge.
        let area = BoardRect::from_min_size(BoardPos::new(-100.0, -400.0), 200.0, 100.0);
        camera.reveal(canvas, area);
        let shown = camera.screen_rect_from_board(canvas, area);
        assert!(canvas.contains_rect(shown), "{shown:?}");
        assert!((camera.zoom - 1.0).abs() < f32::EPSILON, "no zoom");
        let before = camera;
        camera.reveal(canvas, area);
        assert_eq!(camera, before, "already in view: no move");
    }
}
