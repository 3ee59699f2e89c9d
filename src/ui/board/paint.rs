//! Drawing the board, in passes: the ground (background, grid, column labels), loose notes,
//! theme frames, the notes in them, what is being dragged, the rubber band. Only what is on
//! screen is drawn; every pass reads what it shares from one [`Pass`].

use std::rc::Rc;

use super::leave_out::Element;
use eframe::egui::epaint::Mesh;
use eframe::egui::{self, Rect, Shape, Stroke, StrokeKind, Ui, vec2};

use super::access::{expose_focused, expose_note, expose_theme};
use super::camera::Camera;
use super::index::Indexed;
use super::note_paint::{self, NoteLook};
use super::pictures::PictureCache;
use super::theme_paint::{self, FrameLook};
use super::view::{BoardView, Gesture};
use crate::i18n::I18n;
use crate::model::geometry::DropTarget;
use crate::model::geometry::{self, NOTE_WIDTH};
use crate::model::heading::{HEADING_FONT_SIZE, HEADING_HEIGHT};
use crate::model::layout::{self};
use crate::model::navigation::BoardItem;
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
    let pass = Pass::new(ui, project, view, look, tr, only);
    pass.ground();
    pictures.begin_frame(project);

    let drag = view.drag_offset();
    // A theme being dragged carries its notes.
    let theme_drag = view.theme_drag_offset();
    let carried: Vec<NoteId> = theme_drag
        .and_then(|(theme, _)| project.themes.get(&theme))
        .map(|theme| theme.notes.clone())
        .unwrap_or_default();
    let is_dragged =
        |id: NoteId| drag.is_some_and(|(ids, _)| ids.contains(&id)) || carried.contains(&id);
    let (members, loose) = pass.notes_in_view(&is_dragged);

    // What has a node for screen readers this frame: what is drawn, at a zoom to read it.
    // A theme is one layer above loose notes: loose notes, then frames, then the notes in
    // them; dragged notes on top of the rest, where the pointer has them.
    let mut exposed: Vec<BoardItem> = Vec::new();
    let mut notes = NotesPass {
        pass: &pass,
        pictures,
        exposed: &mut exposed,
        mesh: Mesh::default(),
    };
    for note in loose {
        notes.note(note, pass.glide_of(note.id));
    }
    notes.flush();
    let frames = if pass.look.left_out.has(Element::Frames) {
        Vec::new()
    } else {
        pass.frames()
    };
    for note in members {
        notes.note(note, pass.glide_of(note.id));
    }
    if let Some((_, offset)) = theme_drag {
        for note in carried.iter().filter_map(|id| project.note(*id)) {
            notes.note(note, offset);
        }
    }
    if let Some((ids, offset)) = drag {
        for note in ids.iter().filter_map(|id| project.note(*id)) {
            notes.note(note, offset);
        }
    }
    notes.flush();
    exposed.extend(frames);
    expose_focused(ui, tr, look.canvas, project, view, &exposed);
    pass.rubber_band();
}

/// What every pass over the board shares in one frame.
struct Pass<'a> {
    ui: &'a Ui,
    painter: egui::Painter,
    project: &'a Project,
    view: &'a BoardView,
    look: &'a BoardLook<'a>,
    tr: &'a I18n,
    camera: Camera,
    /// The board on screen, with a margin for what is drawn beside a note.
    visible: BoardRect,
    /// Zoomed out far enough that notes are coloured blocks, all in one mesh.
    block_zoom: bool,
    /// The board under the strips to draw; `None` draws everything on screen.
    strips: Option<Vec<BoardRect>>,
    /// Where the notes being dragged would land.
    drop: Option<DropTarget>,
    /// Which theme each note is in, which are folded away or linked, and where they lie:
    /// kept for the board's state.
    index: Rc<Indexed>,
    /// This frame's time, for things gliding after a tidy.
    now: f64,
}

impl<'a> Pass<'a> {
    fn new(
        ui: &'a Ui,
        project: &'a Project,
        view: &'a BoardView,
        look: &'a BoardLook<'a>,
        tr: &'a I18n,
        only: Option<&[Rect]>,
    ) -> Self {
        let camera = view.camera;
        let canvas = look.canvas;
        let drop = match &view.gesture {
            Some(Gesture::MoveNotes { ids, current, .. }) => {
                Some(geometry::drop_target(project, ids, *current))
            }
            _ => None,
        };
        Self {
            ui,
            painter: ui.painter_at(canvas),
            project,
            view,
            look,
            tr,
            camera,
            visible: camera.visible_board_rect(canvas).expand(40.0),
            block_zoom: note_paint::is_block_zoom(camera.zoom),
            strips: only.map(|strips| board_areas(&camera, canvas, strips)),
            drop,
            index: view.kept.index(project),
            now: ui.input(|i| i.time),
        }
    }

    /// Whether `area` is to be drawn this frame.
    fn in_strips(&self, area: &BoardRect) -> bool {
        self.strips
            .as_ref()
            .is_none_or(|strips| strips.iter().any(|strip| strip.intersects(area)))
    }

    /// Where a note is on its way after a tidy, relative to where it is.
    fn glide_of(&self, id: NoteId) -> BoardVec {
        self.view
            .motion
            .as_ref()
            .map_or_else(BoardVec::default, |motion| motion.note_offset(id, self.now))
    }

    /// Under everything: the background, the grid and the column labels.
    fn ground(&self) {
        let canvas = self.look.canvas;
        self.painter
            .rect_filled(canvas, 0.0, self.look.palette.board_background);
        if !self.look.left_out.has(Element::Grid) {
            paint_grid(&self.painter, canvas, &self.camera);
        }
        paint_headings(&self.painter, canvas, self.project, &self.camera);
    }

    /// The notes to draw, culled first so only what is on screen is sorted: those in
    /// themes and the loose ones, each bottom to top. At working zoom only the notes near
    /// the screen are looked at; zoomed out, only those near the strips being drawn (or
    /// all, while things glide).
    fn notes_in_view(&self, is_dragged: &dyn Fn(NoteId) -> bool) -> (Vec<&'a Note>, Vec<&'a Note>) {
        let (project, index, visible) = (self.project, &self.index, self.visible);
        let gliding = self.view.motion.is_some();
        let near_strips = self
            .strips
            .as_ref()
            .filter(|_| self.block_zoom && !gliding)
            .and_then(|strips| {
                let mut ids = Vec::new();
                for strip in strips {
                    ids.extend(index.near(strip)?);
                }
                ids.sort_unstable();
                ids.dedup();
                Some(ids)
            });
        let near: Vec<&Note> =
            match near_strips.or_else(|| index.near(&visible).filter(|_| !gliding)) {
                Some(ids) => ids.iter().filter_map(|id| project.notes.get(id)).collect(),
                None => project.notes.values().collect(),
            };
        let kept = &self.view.kept;
        let (mut members, mut loose): (Vec<&Note>, Vec<&Note>) = near
            .into_iter()
            .filter(|note| !is_dragged(note.id) && !index.hidden.contains(&note.id))
            .filter(|note| {
                gliding
                    || (geometry::note_bounds(note).intersects(&visible)
                        && kept.note_rect(note).intersects(&visible))
            })
            .partition(|note| index.theme_of.contains_key(&note.id));
        sort_bottom_to_top(&mut loose);
        sort_bottom_to_top(&mut members);
        (members, loose)
    }

    /// The rubber band being drawn to select, over everything.
    fn rubber_band(&self) {
        if let Some(Gesture::RubberBand { start, current }) = &self.view.gesture {
            let band = self.camera.screen_rect_from_board(
                self.look.canvas,
                BoardRect::from_corners(*start, *current),
            );
            self.painter.rect(
                band,
                0.0,
                self.look.palette.rubber_band_fill,
                Stroke::new(2.0, self.look.palette.selection),
                StrokeKind::Inside,
            );
        }
    }
}

/// The notes pass: each note drawn (or, zoomed out, added to one mesh of blocks), with its
/// node for screen readers.
struct NotesPass<'p, 'a> {
    pass: &'p Pass<'a>,
    pictures: &'p mut PictureCache,
    exposed: &'p mut Vec<BoardItem>,
    mesh: Mesh,
}

impl NotesPass<'_, '_> {
    /// Draws what the blocks mesh holds so far, so what comes after lies above it.
    fn flush(&mut self) {
        let mesh = std::mem::take(&mut self.mesh);
        if !mesh.is_empty() {
            self.pass.painter.add(Shape::mesh(mesh));
        }
    }

    /// One note, `offset` from where it lies.
    fn note(&mut self, note: &Note, offset: BoardVec) {
        let pass = self.pass;
        let look = pass.look;
        if look.left_out.has(Element::Notes) {
            return;
        }
        let board_rect = pass.view.kept.note_rect(note);
        let board_rect = BoardRect {
            min: board_rect.min.offset(offset),
            max: board_rect.max.offset(offset),
        };
        if !board_rect.intersects(&pass.visible) {
            return;
        }
        let drawn = pass.in_strips(&board_rect);
        let rect = pass.camera.screen_rect_from_board(look.canvas, board_rect);
        let selected =
            look.selection.contains(&note.id) || pass.drop == Some(DropTarget::Note(note.id));
        let lit = look.lit.map(|notes| notes.contains(&note.id));
        if pass.block_zoom {
            if drawn {
                note_paint::add_block(&mut self.mesh, look.palette, note, rect, selected);
                if lit == Some(false) {
                    self.mesh
                        .add_colored_rect(rect, look.palette.dimmed_overlay);
                }
            }
            return;
        }
        if drawn {
            self.paint(note, rect, selected);
        }
        let theme = pass
            .index
            .theme_of
            .get(&note.id)
            .and_then(|id| pass.project.themes.get(id))
            .map(|theme| theme.title.as_str());
        expose_note(pass.ui, pass.tr, note, theme, rect, selected);
        self.exposed.push(BoardItem::Note(note.id));
        match lit.filter(|_| drawn) {
            Some(true) => {
                pass.painter.rect_stroke(
                    rect.expand(3.0),
                    8.0,
                    Stroke::new(5.0, look.palette.accent),
                    StrokeKind::Outside,
                );
            }
            Some(false) => {
                pass.painter
                    .rect_filled(rect.expand(1.0), 6.0, look.palette.dimmed_overlay);
            }
            None => {}
        }
    }

    /// A note at a zoom to read it: its text (unless it is being edited), marks and
    /// picture.
    fn paint(&mut self, note: &Note, rect: Rect, selected: bool) {
        let pass = self.pass;
        let text = (pass.look.editing != Some(note.id)).then_some(note.text.as_str());
        note_paint::paint_note(
            &pass.painter,
            pass.tr,
            &NoteLook {
                rect,
                zoom: pass.camera.zoom,
                selected,
                text,
                linked: pass.index.linked.contains(&note.id),
                details: &note.details,
                picture: note.picture.as_ref().map(|picture| {
                    let state = self.pictures.texture(pass.ui.ctx(), note);
                    (state, geometry::picture_height(picture))
                }),
                left_out: pass.look.left_out,
            },
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

impl Pass<'_> {
    /// Theme frames, under the notes; the dragged one where the pointer has it. Returns the
    /// themes given a node for screen readers.
    fn frames(&self) -> Vec<BoardItem> {
        profiling::function_scope!();
        let (project, view, camera) = (self.project, self.view, self.camera);
        let mut exposed = Vec::new();
        let theme_drag = view.theme_drag_offset();
        // A theme dragged over another would merge into it: show which.
        let merge_into = match &view.gesture {
            Some(Gesture::MoveTheme { theme, current, .. }) => {
                geometry::theme_at_except(project, *current, Some(*theme))
            }
            _ => None,
        };
        for theme in project.themes.values() {
            let mut frame = layout::theme_rect(theme, &project.notes);
            let dragged = theme_drag
                .filter(|(id, _)| *id == theme.id)
                .map(|(_, by)| by);
            let gliding = view
                .motion
                .as_ref()
                .map(|m| m.theme_offset(theme.id, self.now));
            for offset in dragged.into_iter().chain(gliding) {
                frame = BoardRect {
                    min: frame.min.offset(offset),
                    max: frame.max.offset(offset),
                };
            }
            let reach = theme_paint::painted_bounds(frame, camera.zoom);
            if !reach.intersects(&self.visible) {
                continue;
            }
            let rect = camera.screen_rect_from_board(self.look.canvas, frame);
            let selected = self.look.selected_theme == Some(theme.id);
            let mut look = FrameLook {
                theme,
                rect,
                zoom: camera.zoom,
                selected,
                drop_target: self.drop == Some(DropTarget::Theme(theme.id))
                    || merge_into == Some(theme.id),
                title_hidden: self.look.title_editing == Some(theme.id),
                room_above: f32::INFINITY,
            };
            // A title set above its frame (an overview) takes no more than the room there:
            // worked out only then, once for the board's state.
            if matches!(theme_paint::title_size(&look), Some((_, true))) {
                look.room_above = self.index.room_above(project, theme.id);
            }
            if self.in_strips(&reach) {
                theme_paint::paint_frame(&self.painter, self.tr, &look);
            }
            if !self.block_zoom {
                expose_theme(self.ui, self.tr, theme, rect, selected);
                exposed.push(BoardItem::Theme(theme.id));
            }
        }
        exposed
    }
}

/// Column labels from an import, under everything else: large, so they read when the whole
/// board is in view.
fn paint_headings(painter: &egui::Painter, canvas: Rect, project: &Project, camera: &Camera) {
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
fn paint_grid(painter: &egui::Painter, canvas: Rect, camera: &Camera) {
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
