//! The board's pixels kept from one frame to the next, so a pan only draws what it uncovers.
//!
//! On software OpenGL (a virtual desktop, an old laptop) most of a frame is spent filling
//! the board's pixels: its background, every note, shadow and word, once each frame. When
//! only the camera moved since the last frame, by whole pixels, the picture is the same,
//! shifted. So the board's pixels are copied aside at the end of each frame it is drawn,
//! and the next frame puts them back shifted and draws just the strips the move uncovered,
//! as browsers do when they scroll. Anything else that changes how the board looks (the
//! project, zoom, selection, a search, the palette, the language, a gesture or a glide in
//! progress) draws it whole.
//!
//! This module decides and rewrites the frame's shapes; `ui::pixel_copy` does the copying,
//! on the painting thread, through egui's paint callbacks. Without OpenGL (the UI tests), or where
//! the copy cannot be made, the board is drawn whole each frame, as it always was.

use std::hash::{Hash, Hasher};

use eframe::egui::{self, Rect, Shape, Ui, layers::ShapeIdx};

use std::collections::BTreeSet;

use super::pixel_copy::{self, Blit, Copies, PixelRect};
use crate::model::{NoteId, ThemeId};
use crate::ui::board::view::{BoardView, EditTarget, Gesture};

/// How far from a whole pixel a move may be and still be drawn by shifting (the camera's
/// arithmetic leaves a few thousandths of a pixel in a pan by whole pixels).
const WHOLE_PIXEL_TOLERANCE: f64 = 0.01;

/// The board's pixels as last copied, and whether copying works here.
#[derive(Debug, Default)]
pub(crate) struct PanCache {
    pub copies: Copies<Shown>,
}

/// What one copy of the board's pixels shows: checked before it is shifted into a frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Shown {
    /// Everything but the camera's position that the pixels depend on (see [`look`]).
    pub look: u64,
    /// Where the board's origin was on screen, in physical pixels, for those pixels.
    pub origin: Origin,
    /// The canvas, in physical pixels: left, top, right, bottom.
    pub canvas: PixelRect,
    /// The frame they were copied in.
    pub frame: u64,
}

/// Where the board's origin is on screen, in physical pixels. In `f64`: a board may reach
/// ten million units from its origin, where an `f32` screen position is off by pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Origin(pub f64, pub f64);

/// How this frame draws the board.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Plan {
    /// Whole, and not copied (no OpenGL, or something on the board is still changing).
    Whole,
    /// Whole, then copied for the next frame.
    WholeThenCopy(Shown),
    /// The last copy put back `by` pixels along, the uncovered strips drawn, and copied again.
    Shift {
        by: [i32; 2],
        strips: Vec<PixelRect>,
        shown: Shown,
    },
}

impl Plan {
    /// What of the board this frame draws, in screen points: None for all of it.
    pub(crate) fn strips_in_points(&self, pixels_per_point: f32) -> Option<Vec<Rect>> {
        match self {
            Plan::Shift { strips, .. } => Some(
                strips
                    .iter()
                    .map(|s| s.in_points(pixels_per_point))
                    .collect(),
            ),
            _ => None,
        }
    }
}

impl PanCache {
    /// Decides how to draw this frame. `look` is None while the board cannot be reused.
    pub(crate) fn plan(
        &self,
        look: Option<u64>,
        origin: Origin,
        canvas: PixelRect,
        frame: u64,
    ) -> Plan {
        let Some(look) = look.filter(|_| self.copies.in_use()) else {
            return Plan::Whole;
        };
        decide(self.copies.last(), look, origin, canvas, frame)
    }

    /// Adds what goes before the board's shapes (the shifted copy) and returns where they
    /// start in the layer.
    pub(crate) fn before_board(&self, ui: &Ui, canvas: Rect, plan: &Plan) -> ShapeIdx {
        if let Plan::Shift { by, shown, .. } = plan {
            let kept = shifted(shown.canvas, *by).into_iter().collect();
            // Unmoved, the copy still holds the board as it is: no need to make it again.
            let renew = (*by == [0, 0]).then_some(*shown);
            ui.painter().add(self.copies.put_back(canvas, kept, renew));
        }
        pixel_copy::next_shape(ui)
    }

    /// Keeps only what falls in the uncovered strips of the board's shapes (from `start`),
    /// then adds the copy for the next frame, unless the board is not `settled` (a picture
    /// still loading): without a copy of this frame, the next is drawn whole.
    pub(crate) fn after_board(
        &self,
        ui: &Ui,
        canvas: Rect,
        start: ShapeIdx,
        plan: &Plan,
        settled: bool,
    ) {
        let shown = match plan {
            Plan::Whole => return,
            Plan::WholeThenCopy(shown) => *shown,
            Plan::Shift { shown, .. } => {
                let strips = plan
                    .strips_in_points(ui.ctx().pixels_per_point())
                    .unwrap_or_default();
                ui.ctx().graphics_mut(|layers| {
                    keep_within(layers.entry(ui.layer_id()), start, &strips);
                });
                if strips.is_empty() {
                    // Unmoved: the copy put back was renewed, not made again.
                    return;
                }
                *shown
            }
        };
        if settled {
            let whole = Blit {
                from: shown.canvas,
                to: [0, 0],
            };
            let size = [shown.canvas.width(), shown.canvas.height()];
            ui.painter()
                .add(self.copies.copy(canvas, size, vec![whole], shown));
        }
    }
}

/// The plan for a frame, given what the last copy shows.
fn decide(last: Option<Shown>, look: u64, origin: Origin, canvas: PixelRect, frame: u64) -> Plan {
    let fresh = Shown {
        look,
        origin,
        canvas,
        frame,
    };
    let Some(last) =
        last.filter(|last| last.look == look && last.canvas == canvas && last.frame + 1 == frame)
    else {
        return Plan::WholeThenCopy(fresh);
    };
    let moved = (origin.0 - last.origin.0, origin.1 - last.origin.1);
    let by = (moved.0.round(), moved.1.round());
    if (moved.0 - by.0).abs() > WHOLE_PIXEL_TOLERANCE
        || (moved.1 - by.1).abs() > WHOLE_PIXEL_TOLERANCE
        || by.0.abs() >= f64::from(canvas.width())
        || by.1.abs() >= f64::from(canvas.height())
    {
        return Plan::WholeThenCopy(fresh);
    }
    let by = [by.0 as i32, by.1 as i32];
    Plan::Shift {
        by,
        strips: uncovered(canvas, by),
        // The copy is of pixels placed by whole pixels: its origin moves by whole pixels,
        // so rounding never adds up over a long pan.
        shown: Shown {
            origin: Origin(
                last.origin.0 + f64::from(by[0]),
                last.origin.1 + f64::from(by[1]),
            ),
            ..fresh
        },
    }
}

/// What of the last copy (of the whole canvas) is still on the canvas after the board
/// moved `by` pixels, and where it goes; None when nothing of it is left.
fn shifted(canvas: PixelRect, by: [i32; 2]) -> Option<Blit> {
    let (width, height) = (canvas.width(), canvas.height());
    let [dx, dy] = by;
    let to = PixelRect {
        left: dx.max(0),
        top: dy.max(0),
        right: (width + dx).min(width),
        bottom: (height + dy).min(height),
    };
    (!to.is_empty()).then(|| Blit {
        from: PixelRect {
            left: to.left - dx,
            top: to.top - dy,
            right: to.right - dx,
            bottom: to.bottom - dy,
        },
        to: [canvas.left + to.left, canvas.top + to.top],
    })
}

/// The parts of the canvas a shift by `by` uncovers: a column at the side the board moved
/// away from and a row at the top or bottom, not overlapping (a translucent shape drawn
/// twice in the corner would be darker there).
fn uncovered(canvas: PixelRect, by: [i32; 2]) -> Vec<PixelRect> {
    let [dx, dy] = by;
    let mut strips = Vec::new();
    let (mut row_left, mut row_right) = (canvas.left, canvas.right);
    if dx > 0 {
        strips.push(PixelRect {
            right: canvas.left + dx,
            ..canvas
        });
        row_left = canvas.left + dx;
    } else if dx < 0 {
        strips.push(PixelRect {
            left: canvas.right + dx,
            ..canvas
        });
        row_right = canvas.right + dx;
    }
    if dy > 0 {
        strips.push(PixelRect {
            left: row_left,
            right: row_right,
            bottom: canvas.top + dy,
            ..canvas
        });
    } else if dy < 0 {
        strips.push(PixelRect {
            left: row_left,
            right: row_right,
            top: canvas.bottom + dy,
            ..canvas
        });
    }
    strips
}

/// Clips the shapes from `start` to the first strip and adds them again for the others;
/// with no strips (the camera did not move) they are dropped: the copy shows them.
fn keep_within(list: &mut egui::layers::PaintList, start: ShapeIdx, strips: &[Rect]) {
    let end = list.next_idx();
    let copies: Vec<egui::epaint::ClippedShape> = if strips.len() > 1 {
        list.all_entries()
            .skip(start.0)
            .take(end.0.saturating_sub(start.0))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    for index in start.0..end.0 {
        list.mutate_shape(ShapeIdx(index), |clipped| match strips.first() {
            Some(strip) => clipped.clip_rect = clipped.clip_rect.intersect(*strip),
            None => clipped.shape = Shape::Noop,
        });
    }
    for strip in strips.iter().skip(1) {
        for clipped in &copies {
            list.add(clipped.clip_rect.intersect(*strip), clipped.shape.clone());
        }
    }
}

/// Where the board's origin is on screen, in physical pixels: how far the camera moved.
pub(crate) fn origin_in_pixels(view: &BoardView, canvas: Rect, pixels_per_point: f32) -> Origin {
    let (zoom, ppp) = (f64::from(view.camera.zoom), f64::from(pixels_per_point));
    let centre = canvas.center();
    Origin(
        (f64::from(centre.x) - f64::from(view.camera.center.x) * zoom) * ppp,
        (f64::from(centre.y) - f64::from(view.camera.center.y) * zoom) * ppp,
    )
}

/// Everything the board's pixels depend on besides the project (by its state) and where
/// the camera looks (which a pan shifts): built once a frame, hashed to decide whether last
/// frame's pixels may be shifted, and the value the painter reads these from, so that what
/// changes the pixels cannot be left out of the decision.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BoardLook<'v> {
    /// The project's state (`None`: drawn from a copy, never reused).
    pub state: Option<u64>,
    pub zoom: f32,
    pub canvas: Rect,
    pub pixels_per_point: f32,
    pub palette: &'static crate::ui::style::Palette,
    pub language: crate::i18n::UiLanguage,
    pub selection: &'v BTreeSet<NoteId>,
    pub selected_theme: Option<ThemeId>,
    /// The note whose words are being typed in place (the editor draws them).
    pub editing: Option<NoteId>,
    /// The theme whose title is being typed in place.
    pub title_editing: Option<ThemeId>,
    /// The notes a search or a word lights up, the rest dimmed.
    pub lit: Option<&'v BTreeSet<NoteId>>,
    pub left_out: crate::ui::board::leave_out::LeftOut,
    /// A gesture other than a pan, or a glide, draws as it goes: never reused.
    pub drawing: bool,
}

impl<'v> BoardLook<'v> {
    pub(crate) fn of(
        ctx: &egui::Context,
        view: &'v BoardView,
        canvas: Rect,
        language: crate::i18n::UiLanguage,
    ) -> Self {
        // A drag that pans changes nothing but the camera; any other gesture draws as it goes.
        let gesture = view
            .gesture
            .as_ref()
            .is_some_and(|gesture| !matches!(gesture, Gesture::Pan));
        Self {
            state: view.kept.project_state,
            zoom: view.camera.zoom,
            canvas,
            pixels_per_point: ctx.pixels_per_point(),
            palette: crate::ui::style::palette(ctx),
            language,
            selection: &view.selection,
            selected_theme: view.selected_theme,
            editing: view
                .editing
                .as_ref()
                .and_then(|editor| match editor.target {
                    EditTarget::Existing(id) => Some(id),
                    EditTarget::New(_) => None,
                }),
            title_editing: view.title_editing.as_ref().map(|e| e.theme),
            lit: view.lit_notes(),
            left_out: view.diagnostics.left_out,
            drawing: gesture || view.motion.is_some(),
        }
    }

    /// What last frame's pixels must have been drawn with to be shifted into this one; `None`
    /// when this frame is drawn whole whatever was.
    pub(crate) fn key(&self) -> Option<u64> {
        let state = self.state?;
        if self.drawing {
            return None;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        state.hash(&mut hasher);
        self.zoom.to_bits().hash(&mut hasher);
        for edge in [
            self.canvas.min.x,
            self.canvas.min.y,
            self.canvas.max.x,
            self.canvas.max.y,
        ] {
            edge.to_bits().hash(&mut hasher);
        }
        self.pixels_per_point.to_bits().hash(&mut hasher);
        self.palette.hash(&mut hasher);
        self.language.hash(&mut hasher);
        self.selection.hash(&mut hasher);
        self.selected_theme.hash(&mut hasher);
        self.editing.hash(&mut hasher);
        self.title_editing.hash(&mut hasher);
        self.lit.hash(&mut hasher);
        self.left_out.hash(&mut hasher);
        Some(hasher.finish())
    }
}

#[cfg(test)]
mod tests;
