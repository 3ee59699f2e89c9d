//! Drawing the board: background grid, headings, theme frames, notes in stacking order, the
//! focus ring. Only what is on screen is drawn.

use super::leave_out::Element;
use eframe::egui::epaint::Mesh;
use eframe::egui::{self, Rect, Shape, Stroke, StrokeKind, Ui, vec2};

use super::access::{expose_focused, expose_note, expose_theme};
use super::camera::Camera;
use super::keys::focused_item;
use super::note_paint::{self, NoteLook};
use super::pictures::PictureCache;
use super::theme_paint::{self, FrameLook};
use super::view::{BoardView, Gesture};
use crate::i18n::I18n;
use crate::model::geometry::DropTarget;
use crate::model::geometry::{self, NOTE_WIDTH};
use crate::model::heading::{HEADING_FONT_SIZE, HEADING_HEIGHT};
use crate::model::layout::{self};
use crate::model::navigation::{self, BoardItem};
use crate::model::project::sort_bottom_to_top;
use crate::model::{BoardPos, BoardRect, BoardVec, Note, NoteId, Project};
use crate::ui::reuse::board_pan::BoardLook;
use crate::ui::style;

/// Draws the board; with `only`, just what meets those parts of the screen (the strips a
/// pan uncovered: the rest is last frame's pixels), though every note on screen still gets
/// its node for screen readers. What the pixels depend on besides the project and the
/// camera is read from `look` (the value that decides whether pixels are reused), never
/// from the view.
pub(super) fn paint_board(
    ui: &Ui,
    project: &Project,
    view: &BoardView,
    look: &BoardLook<'_>,
    pictures: &mut PictureCache,
    tr: &I18n,
    only: Option<&[Rect]>,
) {
    profiling::function_scope!();
    let canvas = look.canvas;
    let painter = ui.painter_at(canvas);
    let pal = look.palette;
    painter.rect_filled(canvas, 0.0, pal.board_background);
    let left_out = look.left_out;
    if !left_out.has(Element::Grid) {
        paint_grid(&painter, canvas, &view.camera);
    }
    pictures.begin_frame(project);
    paint_headings(&painter, canvas, project, &view.camera);

    let camera = view.camera;
    let visible = camera.visible_board_rect(canvas).expand(40.0);
    let block_zoom = note_paint::is_block_zoom(camera.zoom);
    let strips = only.map(|strips| board_areas(&camera, canvas, strips));
    let in_strips = |area: &BoardRect| {
        strips
            .as_ref()
            .is_none_or(|strips| strips.iter().any(|strip| strip.intersects(area)))
    };
    let drag = view.drag_offset();
    // A theme being dragged carries its notes.
    let theme_drag = view.theme_drag_offset();
    let carried: Vec<NoteId> = theme_drag
        .and_then(|(theme, _)| project.themes.get(&theme))
        .map(|theme| theme.notes.clone())
        .unwrap_or_default();
    let is_dragged =
        |id: NoteId| drag.is_some_and(|(ids, _)| ids.contains(&id)) || carried.contains(&id);
    let drop = match &view.gesture {
        Some(Gesture::MoveNotes { ids, current, .. }) => {
            Some(geometry::drop_target(project, ids, *current))
        }
        _ => None,
    };
    let editing = look.editing;

    // Which theme each note is in (for what a screen reader says about it), which are
    // folded away, which carry a link mark, and where they lie: kept for the board's state.
    let index = view.index.of(view.project_state, project);
    // What has a node for screen readers this frame: what is drawn, at a zoom to read it.
    let mut exposed: Vec<BoardItem> = Vec::new();
    let mut paint_one = |note: &Note, offset: BoardVec, block_mesh: &mut Mesh| {
        if left_out.has(Element::Notes) {
            return;
        }
        let board_rect = view.heights.rect(view.project_state, note);
        let board_rect = BoardRect {
            min: board_rect.min.offset(offset),
            max: board_rect.max.offset(offset),
        };
        if !board_rect.intersects(&visible) {
            return;
        }
        let drawn = in_strips(&board_rect);
        let rect = camera.screen_rect_from_board(canvas, board_rect);
        let selected = look.selection.contains(&note.id) || drop == Some(DropTarget::Note(note.id));
        let lit = look.lit.map(|notes| notes.contains(&note.id));
        if block_zoom {
            if !drawn {
                return;
            }
            note_paint::add_block(block_mesh, pal, note, rect, selected);
            if lit == Some(false) {
                block_mesh.add_colored_rect(rect, pal.dimmed_overlay);
            }
            return;
        }
        let text = if editing == Some(note.id) {
            None
        } else {
            Some(note.text.as_str())
        };
        if drawn {
            note_paint::paint_note(
                &painter,
                tr,
                &NoteLook {
                    rect,
                    zoom: camera.zoom,
                    selected,
                    text,
                    linked: index.linked.contains(&note.id),
                    details: &note.details,
                    picture: note.picture.as_ref().map(|picture| {
                        let state = pictures.texture(ui.ctx(), note);
                        (state, geometry::picture_height(picture))
                    }),
                    left_out,
                },
            );
        }
        let theme = index
            .theme_of
            .get(&note.id)
            .and_then(|id| project.themes.get(id))
            .map(|theme| theme.title.as_str());
        expose_note(ui, tr, note, theme, rect, selected);
        exposed.push(BoardItem::Note(note.id));
        match lit.filter(|_| drawn) {
            Some(true) => {
                painter.rect_stroke(
                    rect.expand(3.0),
                    8.0,
                    Stroke::new(5.0, pal.accent),
                    StrokeKind::Outside,
                );
            }
            Some(false) => {
                painter.rect_filled(rect.expand(1.0), 6.0, pal.dimmed_overlay);
            }
            None => {}
        }
    };
    // Cull first, then stack: only what is on screen is sorted. A theme is one layer above
    // loose notes: loose notes, then frames, then the notes in them.
    // After a tidy, things glide from where they were: drawn wherever they are on the way.
    let now = ui.input(|i| i.time);
    let gliding = view.motion.is_some();
    let glide_of = |id: NoteId| {
        view.motion
            .as_ref()
            .map_or_else(BoardVec::default, |motion| motion.note_offset(id, now))
    };
    // At working zoom only the notes near the screen are looked at; zoomed out, all, or
    // only those near the strips being drawn (zoomed out, nothing else needs them).
    let near_strips = strips
        .as_ref()
        .filter(|_| block_zoom && !gliding)
        .and_then(|strips| {
            let mut ids = Vec::new();
            for strip in strips {
                ids.extend(index.near(strip)?);
            }
            ids.sort_unstable();
            ids.dedup();
            Some(ids)
        });
    let near: Vec<&Note> = match near_strips.or_else(|| index.near(&visible).filter(|_| !gliding)) {
        Some(ids) => ids.iter().filter_map(|id| project.notes.get(id)).collect(),
        None => project.notes.values().collect(),
    };
    let (mut members, mut loose): (Vec<&Note>, Vec<&Note>) = near
        .into_iter()
        .filter(|note| !is_dragged(note.id) && !index.hidden.contains(&note.id))
        .filter(|note| {
            gliding
                || (geometry::note_bounds(note).intersects(&visible)
                    && view
                        .heights
                        .rect(view.project_state, note)
                        .intersects(&visible))
        })
        .partition(|note| index.theme_of.contains_key(&note.id));
    sort_bottom_to_top(&mut loose);
    sort_bottom_to_top(&mut members);
    let flush = |mesh: Mesh| {
        if !mesh.is_empty() {
            painter.add(Shape::mesh(mesh));
        }
    };
    let mut mesh = Mesh::default();
    for note in loose {
        paint_one(note, glide_of(note.id), &mut mesh);
    }
    flush(std::mem::take(&mut mesh));
    let frames_exposed = if left_out.has(Element::Frames) {
        Vec::new()
    } else {
        paint_frames(ui, &painter, project, view, look, tr, drop, &in_strips)
    };
    for note in members {
        paint_one(note, glide_of(note.id), &mut mesh);
    }
    // Dragged notes on top of the rest, where the pointer has them.
    if let Some((_, offset)) = theme_drag {
        for note in carried.iter().filter_map(|id| project.note(*id)) {
            paint_one(note, offset, &mut mesh);
        }
    }
    if let Some((ids, offset)) = drag {
        for note in ids.iter().filter_map(|id| project.note(*id)) {
            paint_one(note, offset, &mut mesh);
        }
    }
    flush(mesh);
    exposed.extend(frames_exposed);
    expose_focused(ui, tr, canvas, project, view, &exposed);

    if let Some(Gesture::RubberBand { start, current }) = &view.gesture {
        let band = camera.screen_rect_from_board(canvas, BoardRect::from_corners(*start, *current));
        painter.rect(
            band,
            0.0,
            pal.rubber_band_fill,
            Stroke::new(2.0, pal.selection),
            StrokeKind::Inside,
        );
    }
}

/// The board areas under parts of the screen, with the margin culling leaves for what is
/// drawn beside a note (its shadow, outline and marks).
fn board_areas(camera: &Camera, canvas: Rect, screen: &[Rect]) -> Vec<BoardRect> {
    let margin = 40.0_f32.max(16.0 / camera.zoom);
    screen
        .iter()
        .map(|strip| {
            BoardRect::from_corners(
                camera.board_from_screen(canvas, strip.min),
                camera.board_from_screen(canvas, strip.max),
            )
            .expand(margin)
        })
        .collect()
}

/// Theme frames, under the notes; the dragged one where the pointer has it. Returns the
/// themes given a node for screen readers.
#[expect(
    clippy::too_many_arguments,
    reason = "the board's one drawing pass, handed on whole"
)]
pub(super) fn paint_frames(
    ui: &Ui,
    painter: &egui::Painter,
    project: &Project,
    view: &BoardView,
    look: &BoardLook<'_>,
    tr: &I18n,
    drop: Option<DropTarget>,
    in_strips: &dyn Fn(&BoardRect) -> bool,
) -> Vec<BoardItem> {
    profiling::function_scope!();
    let canvas = look.canvas;
    let mut exposed = Vec::new();
    let camera = view.camera;
    let now = ui.input(|i| i.time);
    let visible = camera.visible_board_rect(canvas).expand(40.0);
    let theme_drag = view.theme_drag_offset();
    let editing_title = look.title_editing;
    // A theme dragged over another would merge into it: show which.
    let merge_into = match &view.gesture {
        Some(Gesture::MoveTheme { theme, current, .. }) => {
            geometry::theme_at_except(project, *current, Some(*theme))
        }
        _ => None,
    };
    // Worked out once for the board's state, not every frame.
    let index = view.index.of(view.project_state, project);
    for theme in project.themes.values() {
        let mut frame = layout::theme_rect(theme, &project.notes);
        if let Some((_, offset)) = theme_drag.filter(|(id, _)| *id == theme.id) {
            frame = BoardRect {
                min: frame.min.offset(offset),
                max: frame.max.offset(offset),
            };
        }
        if let Some(motion) = &view.motion {
            let offset = motion.theme_offset(theme.id, now);
            frame = BoardRect {
                min: frame.min.offset(offset),
                max: frame.max.offset(offset),
            };
        }
        let reach = theme_paint::painted_bounds(frame, camera.zoom);
        if !reach.intersects(&visible) {
            continue;
        }
        let rect = camera.screen_rect_from_board(canvas, frame);
        let selected = look.selected_theme == Some(theme.id);
        let mut look = FrameLook {
            theme,
            rect,
            zoom: camera.zoom,
            selected,
            drop_target: drop == Some(DropTarget::Theme(theme.id)) || merge_into == Some(theme.id),
            title_hidden: editing_title == Some(theme.id),
            room_above: f32::INFINITY,
        };
        // A title set above its frame (an overview) takes no more than the room there:
        // worked out only then, once for the board's state.
        if matches!(theme_paint::title_size(&look), Some((_, true))) {
            look.room_above = index.room_above(project, theme.id);
        }
        if in_strips(&reach) {
            theme_paint::paint_frame(painter, tr, &look);
        }
        if !note_paint::is_block_zoom(camera.zoom) {
            expose_theme(ui, tr, theme, rect, selected);
            exposed.push(BoardItem::Theme(theme.id));
        }
    }
    exposed
}

/// Column labels from an import, under everything else: large, so they read when the whole
/// board is in view.
pub(super) fn paint_headings(
    painter: &egui::Painter,
    canvas: Rect,
    project: &Project,
    camera: &Camera,
) {
    let size = HEADING_FONT_SIZE * camera.zoom;
    if size < style::MIN_READABLE_TEXT_PX {
        return;
    }
    let visible = camera.visible_board_rect(canvas);
    for heading in project.headings.values() {
        // One line, as long as its words: no character is wider than the font's size.
        let width = (heading.text.chars().count() as f32 * HEADING_FONT_SIZE).max(NOTE_WIDTH * 3.0);
        let area = BoardRect::from_min_size(heading.pos, width, HEADING_HEIGHT);
        if !area.intersects(&visible) {
            continue;
        }
        painter.text(
            camera.screen_from_board(canvas, heading.pos),
            egui::Align2::LEFT_TOP,
            &heading.text,
            egui::FontId::proportional(size),
            style::palette(painter.ctx()).board_text,
        );
    }
}

/// Faint dots every 100 board units: they show that the board moved when panned.
pub(super) fn paint_grid(painter: &egui::Painter, canvas: Rect, camera: &Camera) {
    const SPACING: f32 = 100.0;
    if camera.zoom < 0.35 {
        return;
    }
    let visible = camera.visible_board_rect(canvas);
    let mut x = (visible.min.x / SPACING).floor() * SPACING;
    let mut mesh = Mesh::default();
    let dot = 2.0 * camera.zoom.min(1.5);
    while x <= visible.max.x {
        let mut y = (visible.min.y / SPACING).floor() * SPACING;
        while y <= visible.max.y {
            let p = camera.screen_from_board(canvas, BoardPos::new(x, y));
            mesh.add_colored_rect(
                Rect::from_center_size(p, vec2(dot, dot)),
                style::palette(painter.ctx()).grid_dot,
            );
            y += SPACING;
        }
        x += SPACING;
    }
    painter.add(Shape::mesh(mesh));
}

/// A ring around the focused item, outside the selection outline, thick enough to see from
/// the back of the room.
/// How far the keyboard's focus ring reaches out from what it is round, in screen points.
const FOCUS_RING_REACH: f32 = 14.0;

pub(super) fn paint_focus_ring(ui: &Ui, canvas: Rect, project: &Project, view: &BoardView) {
    let Some(area) = focused_item(view).and_then(|item| navigation::item_rect(project, item))
    else {
        return;
    };
    let pal = style::palette(ui.ctx());
    // As far out as the nearest neighbour allows (14 points at most), never over it: a
    // ring over the badges of the notes below a theme hides what they say.
    let zoom = view.camera.zoom;
    let index = view.index.of(view.project_state, project);
    let room = layout::clearance(
        project,
        index.frames(project),
        area,
        FOCUS_RING_REACH / zoom,
    ) * zoom;
    let reach = (room * 0.8).clamp(3.0, FOCUS_RING_REACH);
    let width = (reach * 0.3).clamp(2.0, 4.0);
    let rect = view
        .camera
        .screen_rect_from_board(canvas, area)
        .expand(reach - width);
    ui.painter_at(canvas).rect_stroke(
        rect,
        10.0,
        Stroke::new(width, pal.focus_ring),
        StrokeKind::Outside,
    );
}
