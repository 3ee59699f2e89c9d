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
mod tests {
    use super::*;
    use crate::model::BoardPos;
    use eframe::egui::{Vec2, pos2};

    const CANVAS: PixelRect = PixelRect {
        left: 300,
        top: 100,
        right: 1900,
        bottom: 1000,
    };

    fn shown(origin: Origin, frame: u64) -> Shown {
        Shown {
            look: 7,
            origin,
            canvas: CANVAS,
            frame,
        }
    }

    #[test]
    fn a_pan_by_whole_pixels_shifts_the_last_frame_and_draws_what_it_uncovers() {
        let plan = decide(
            Some(shown(Origin(10.0, 20.0), 4)),
            7,
            Origin(3.0, 17.0),
            CANVAS,
            5,
        );
        let Plan::Shift { by, strips, shown } = plan else {
            panic!("expected a shift, got {plan:?}");
        };
        assert_eq!(by, [-7, -3]);
        // Moved left and up: a column at the right, a row along the bottom beside it.
        assert_eq!(
            strips,
            vec![
                PixelRect {
                    left: 1893,
                    ..CANVAS
                },
                PixelRect {
                    right: 1893,
                    top: 997,
                    ..CANVAS
                },
            ]
        );
        assert_eq!(shown.origin, Origin(3.0, 17.0));
        assert_eq!(shown.frame, 5);
    }

    #[test]
    fn a_shift_puts_back_what_stays_on_the_canvas_where_the_board_moved_it() {
        // 7 px right and 3 px down: the copy's left and top part lands 7 right, 3 down.
        let kept = shifted(CANVAS, [7, 3]).expect("overlap");
        assert_eq!(
            kept.from,
            PixelRect {
                left: 0,
                top: 0,
                right: 1593,
                bottom: 897
            }
        );
        assert_eq!(kept.to, [307, 103]);
        let kept = shifted(CANVAS, [-7, -3]).expect("overlap");
        assert_eq!(
            kept.from,
            PixelRect {
                left: 7,
                top: 3,
                right: 1600,
                bottom: 900
            }
        );
        assert_eq!(kept.to, [300, 100]);
        assert_eq!(shifted(CANVAS, [1600, 0]), None);
    }

    #[test]
    fn the_strips_and_the_shifted_copy_cover_every_pixel_of_the_canvas_once() {
        let canvas = PixelRect {
            left: 5,
            top: 3,
            right: 25,
            bottom: 15,
        };
        for by in [
            [3, 0],
            [-3, 0],
            [0, 2],
            [0, -2],
            [3, 2],
            [-3, 2],
            [3, -2],
            [-3, -2],
            [19, -11],
        ] {
            let mut covered = vec![0_u8; 20 * 12];
            let mut mark = |rect: PixelRect| {
                for y in rect.top..rect.bottom {
                    for x in rect.left..rect.right {
                        covered[((y - 3) * 20 + (x - 5)) as usize] += 1;
                    }
                }
            };
            for strip in uncovered(canvas, by) {
                mark(strip);
            }
            let kept = shifted(canvas, by).expect("some of the copy stays");
            let landed = PixelRect {
                left: kept.to[0],
                top: kept.to[1],
                right: kept.to[0] + kept.from.width(),
                bottom: kept.to[1] + kept.from.height(),
            };
            mark(landed);
            assert!(covered.iter().all(|&n| n == 1), "shift {by:?}: {covered:?}");
            // Each pixel put back shows what was `by` pixels away from it.
            assert_eq!(
                [
                    canvas.left + kept.from.left + by[0],
                    canvas.top + kept.from.top + by[1]
                ],
                kept.to,
                "shift {by:?}"
            );
        }
    }

    #[test]
    fn anything_but_a_pan_by_whole_pixels_draws_the_board_whole() {
        let last = Some(shown(Origin(10.0, 20.0), 4));
        let whole = |plan: Plan| matches!(plan, Plan::WholeThenCopy(_));
        // The look changed (a selection, a zoom, the project...).
        assert!(whole(decide(last, 8, Origin(10.0, 20.0), CANVAS, 5)));
        // Half a pixel: shifting would blur or misplace.
        assert!(whole(decide(last, 7, Origin(10.5, 20.0), CANVAS, 5)));
        // A frame in between did not draw the board (another tab): the copy is stale.
        assert!(whole(decide(last, 7, Origin(10.0, 20.0), CANVAS, 6)));
        // The canvas changed size.
        let wider = PixelRect {
            right: 1910,
            ..CANVAS
        };
        assert!(whole(decide(last, 7, Origin(10.0, 20.0), wider, 5)));
        // Moved further than the canvas is wide.
        assert!(whole(decide(last, 7, Origin(1700.0, 20.0), CANVAS, 5)));
        // Nothing copied yet.
        assert!(whole(decide(None, 7, Origin(10.0, 20.0), CANVAS, 5)));
    }

    #[test]
    fn rounding_never_adds_up_over_a_long_pan() {
        // A camera that moves 7.004 pixels a frame: each frame shifts by 7, and after enough
        // frames the difference exceeds the tolerance and the board is drawn whole again.
        let mut last = shown(Origin(0.0, 0.0), 0);
        let mut wholes = 0;
        for frame in 1..=40_u64 {
            let origin = Origin(7.004 * frame as f64, 0.0);
            match decide(Some(last), 7, origin, CANVAS, frame) {
                Plan::Shift { shown, .. } => {
                    assert!((shown.origin.0 - origin.0).abs() <= WHOLE_PIXEL_TOLERANCE);
                    last = shown;
                }
                Plan::WholeThenCopy(shown) => {
                    wholes += 1;
                    last = shown;
                }
                Plan::Whole => unreachable!(),
            }
        }
        assert!(wholes >= 1, "the drift was caught");
    }

    #[test]
    fn the_look_changes_with_what_the_board_shows_and_not_with_where_the_camera_is() {
        use crate::model::NoteId;
        let ctx = egui::Context::default();
        let canvas = Rect::from_min_max(pos2(300.0, 100.0), pos2(1900.0, 1000.0));
        let english = crate::i18n::UiLanguage::English;
        let look = |ctx: &egui::Context, view: &BoardView, canvas: Rect, welsh: u8| {
            let language = if welsh == 1 {
                crate::i18n::UiLanguage::Welsh
            } else {
                english
            };
            BoardLook::of(ctx, view, canvas, language).key()
        };
        let mut view = BoardView::default();
        assert_eq!(look(&ctx, &view, canvas, 0), None, "no project state known");
        view.kept.project_state = Some(3);
        let first = look(&ctx, &view, canvas, 0);
        assert!(first.is_some());
        view.camera.pan_by_screen(Vec2::new(7.0, 3.0));
        assert_eq!(look(&ctx, &view, canvas, 0), first, "a pan keeps the look");
        let changes: [&dyn Fn(&mut BoardView); 4] = [
            &|v| v.kept.project_state = Some(4),
            &|v| v.camera.zoom = 0.5,
            &|v| {
                v.selection.insert(NoteId(1));
            },
            &|v| v.selected_theme = Some(crate::model::ThemeId(2)),
        ];
        for change in changes {
            let mut altered = BoardView::default();
            altered.kept.project_state = Some(3);
            altered.camera = view.camera;
            change(&mut altered);
            assert_ne!(look(&ctx, &altered, canvas, 0), first);
        }
        assert_ne!(look(&ctx, &view, canvas, 1), first, "another language");
        view.gesture = Some(Gesture::Pan);
        assert_eq!(look(&ctx, &view, canvas, 0), first, "a drag that pans");
        view.gesture = Some(Gesture::RubberBand {
            start: BoardPos::new(0.0, 0.0),
            current: BoardPos::new(9.0, 9.0),
        });
        assert_eq!(
            look(&ctx, &view, canvas, 0),
            None,
            "a selection being drawn"
        );
        view.gesture = None;
        let wider = Rect::from_min_max(canvas.min, pos2(1910.0, 1000.0));
        assert_ne!(look(&ctx, &view, wider, 0), first, "another canvas");
    }

    #[test]
    fn after_a_shift_the_boards_shapes_are_drawn_only_in_the_uncovered_strips() {
        let everywhere = Rect::from_min_max(pos2(0.0, 0.0), pos2(2000.0, 2000.0));
        let column = Rect::from_min_max(pos2(1893.0, 100.0), pos2(1900.0, 1000.0));
        let row = Rect::from_min_max(pos2(300.0, 997.0), pos2(1893.0, 1000.0));
        let note = || {
            Shape::rect_filled(
                Rect::from_min_max(pos2(1800.0, 900.0), pos2(1950.0, 1050.0)),
                0.0,
                egui::Color32::WHITE,
            )
        };
        let mut list = egui::layers::PaintList::default();
        list.add(everywhere, note());
        let start = list.next_idx();
        list.add(everywhere, note());
        list.add(everywhere, note());
        keep_within(&mut list, start, &[column, row]);
        let clips: Vec<Rect> = list.all_entries().map(|c| c.clip_rect).collect();
        // What came before the board is left alone; the board's two shapes are drawn in the
        // column, then again in the row.
        assert_eq!(clips, vec![everywhere, column, column, row, row]);
        // Without a move nothing of the board is drawn: the copy is put back as it was.
        keep_within(&mut list, start, &[]);
        assert!(
            list.all_entries()
                .skip(1)
                .all(|c| matches!(c.shape, Shape::Noop))
        );
    }

    #[test]
    fn without_opengl_or_turned_off_the_board_is_drawn_whole_and_not_copied() {
        let mut cache = PanCache::default();
        assert_eq!(
            cache.plan(Some(7), Origin(0.0, 0.0), CANVAS, 1),
            Plan::Whole
        );
        cache.copies.set_available(true);
        assert!(matches!(
            cache.plan(Some(7), Origin(0.0, 0.0), CANVAS, 1),
            Plan::WholeThenCopy(_)
        ));
        assert_eq!(cache.plan(None, Origin(0.0, 0.0), CANVAS, 1), Plan::Whole);
        cache.copies.turn_off();
        assert_eq!(
            cache.plan(Some(7), Origin(0.0, 0.0), CANVAS, 1),
            Plan::Whole
        );
    }
}
