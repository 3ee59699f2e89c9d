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
