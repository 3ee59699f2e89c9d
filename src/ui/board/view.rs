//! What the board looks like right now, apart from the project itself: camera, selection, the
//! gesture in progress and the note being edited; with it, the board's caches and the
//! switches a measurement sets. Never saved with the project.

use std::collections::BTreeSet;

use eframe::egui::Rect;

use super::camera::Camera;
use crate::analysis::search::Query;
use crate::model::{BoardPos, BoardRect, BoardVec, NoteId, Project, ThemeId};

/// The board's view state.
#[derive(Debug, Default)]
pub struct BoardView {
    pub camera: Camera,
    pub selection: BTreeSet<NoteId>,
    /// A selected theme (its frame), when the user clicked one rather than notes.
    pub selected_theme: Option<ThemeId>,
    pub editing: Option<NoteEditor>,
    /// A theme title being typed in place.
    pub title_editing: Option<TitleEditor>,
    /// Notes lit up by a word from the words panel; the others are dimmed.
    pub highlight: Option<Highlight>,
    /// The search bar, while open (Ctrl+F): its matches are lit up and the rest dimmed.
    pub search: Option<Search>,
    pub(crate) gesture: Option<Gesture>,
    /// A part of the screen over the board (the timer in presentation mode) that what the
    /// board focuses on is kept clear of.
    pub keep_clear: Option<Rect>,
    /// A camera move to make on the next frame, once the canvas size is known.
    pub(super) pending_view: Option<PendingView>,
    /// The canvas as last drawn, in screen points.
    pub(super) canvas: Option<Rect>,
    /// A smooth camera move in progress (the "focus" action).
    pub(super) glide: Option<Glide>,
    /// Where the keyboard is on the board (Tab, arrows); drawn as a ring.
    pub keyboard_focus: Option<crate::model::navigation::BoardItem>,
    /// Give the board the keyboard on the next frame (at the start of a session).
    pub(super) take_keyboard: bool,
    /// A start or fit view, the canvas it was made for and the camera it gave: made again
    /// if the canvas changes size before anyone moves the camera (panels settling as the
    /// window opens).
    pub(super) settling: Option<(PendingView, Rect, Camera)>,
    /// Notes and themes gliding to the places a tidy gave them.
    pub motion: Option<super::motion::Motion>,
    /// What is worked out once and kept: heights, the index, textures, last frame's pixels.
    pub kept: super::kept::BoardCaches,
    /// What a measurement changes about the board.
    pub diagnostics: Diagnostics,
}

/// Switches for measuring the board, never set in use.
#[derive(Debug, Default)]
pub struct Diagnostics {
    /// What a measurement leaves off the board (nothing, but with `--frame-stats --without`).
    pub left_out: super::leave_out::LeftOut,
}

/// A camera gliding from one view to another.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Glide {
    pub from: Camera,
    pub to: Camera,
    /// When it started, in egui time (seconds).
    pub started: f64,
}

/// In-place editing of one note's text. Nothing reaches the model until editing ends, so
/// typing a note is one undo step.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteEditor {
    pub target: EditTarget,
    pub text: String,
    pub(super) focused_once: bool,
}

impl NoteEditor {
    /// A stable key for the editor widget: the note's id, or 0 for a note not yet created.
    pub(super) fn target_key(&self) -> u64 {
        match self.target {
            EditTarget::Existing(id) => id.0,
            EditTarget::New(_) => 0,
        }
    }
}

/// A word and the notes that use it, lit up on the board.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub term: String,
    pub notes: BTreeSet<NoteId>,
}

/// What is being searched for and what it found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub query: Query,
    /// Matching notes in reading order.
    pub matches: Vec<NoteId>,
    /// The same, for lookups while drawing.
    pub matched: BTreeSet<NoteId>,
    /// Which match "next" and "previous" last went to.
    pub current: Option<usize>,
    /// The query and project state the matches were found for.
    pub(super) found_for: Option<(Query, u64)>,
    /// Put the cursor in the search box on the next frame.
    pub(super) focus: bool,
}

impl Search {
    /// The query the matches were last found for (the text typed this frame is found on the
    /// next).
    pub fn found_query(&self) -> Option<&Query> {
        self.found_for.as_ref().map(|(query, _)| query)
    }

    /// Whether notes should be lit and dimmed for it.
    pub fn is_active(&self) -> bool {
        self.query.is_active()
    }
}

/// In-place editing of a theme's title; committed as one rename when editing ends.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleEditor {
    pub theme: ThemeId,
    pub text: String,
    pub(super) focused_once: bool,
}

/// Which note is being edited.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EditTarget {
    Existing(NoteId),
    /// A note not yet on the board: it is created when editing ends with some text.
    New(BoardPos),
}

/// Camera moves that need the canvas size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum PendingView {
    /// Every note on screen.
    Fit,
    /// This part of the board on screen (a theme, a set of notes).
    Show(BoardRect),
    /// Pan just enough, at the same zoom, for this part of the board to be in view.
    Reveal(BoardRect),
    /// Readable size (100 %), the board's top-left corner in view: where a session starts.
    Home,
    /// Glide smoothly until this part of the board fills the view (the "focus" action).
    Focus(BoardRect),
}

/// A pointer gesture in progress.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Gesture {
    /// Notes follow the pointer; they are drawn moved, and moved in the model on release.
    MoveNotes {
        ids: Vec<NoteId>,
        grab: BoardPos,
        current: BoardPos,
    },
    /// A selection rectangle.
    RubberBand {
        start: BoardPos,
        current: BoardPos,
    },
    /// A theme's frame follows the pointer; moved in the model on release.
    MoveTheme {
        theme: ThemeId,
        grab: BoardPos,
        current: BoardPos,
    },
    Pan,
}

impl BoardView {
    /// Starts typing a theme's title in place, the old title selected so typing replaces it.
    pub fn start_title_editing(&mut self, theme: ThemeId, title: String) {
        self.selection.clear();
        self.selected_theme = Some(theme);
        self.title_editing = Some(TitleEditor {
            theme,
            text: title,
            focused_once: false,
        });
    }

    /// How far the theme being dragged is from where it started.
    pub(super) fn theme_drag_offset(&self) -> Option<(ThemeId, BoardVec)> {
        match &self.gesture {
            Some(Gesture::MoveTheme {
                theme,
                grab,
                current,
            }) => Some((
                *theme,
                BoardVec::new(current.x - grab.x, current.y - grab.y),
            )),
            _ => None,
        }
    }
}

impl BoardView {
    /// A view that starts at readable size on the board's top-left corner, where a session
    /// starts (zoom to fit shows all, but too small to read from across a room).
    pub fn at_home() -> Self {
        Self {
            pending_view: Some(PendingView::Home),
            keep_clear: None,
            take_keyboard: true,
            ..Self::default()
        }
    }

    /// Shows the board through `camera` (where the facilitator was), in place of any move
    /// still waiting for the canvas.
    pub fn look_at(&mut self, camera: Camera) {
        self.camera = camera;
        self.pending_view = None;
    }

    /// Gives the board the keyboard on the next frame, unless something else has it.
    pub fn give_keyboard(&mut self) {
        self.take_keyboard = true;
    }

    /// Opens the search bar (or puts the cursor back in it).
    pub fn open_search(&mut self) {
        self.search.get_or_insert_with(Search::default).focus = true;
    }

    /// Notes lit up on the board, if any are: search matches, else a word's notes.
    pub fn lit_notes(&self) -> Option<&BTreeSet<NoteId>> {
        match &self.search {
            Some(search) if search.is_active() => Some(&search.matched),
            _ => self.highlight.as_ref().map(|h| &h.notes),
        }
    }

    /// Whether this window is painted with OpenGL: then a pan shifts last frame's pixels
    /// instead of drawing the whole board again.
    pub fn set_opengl(&mut self, available: bool) {
        self.kept.pan.copies.set_available(available);
    }

    /// For the benchmarks (no OpenGL): frames reuse last frame's pixels as if every copy
    /// were made.
    pub fn reuse_as_if_copied(&mut self) {
        self.kept.pan.copies.count_as_made();
    }

    /// Draws the whole board every frame, even while only the camera moves (to measure
    /// what reusing last frame's pixels saves: `--frame-stats --without reuse`).
    pub fn draw_whole_every_frame(&mut self) {
        self.kept.pan.copies.turn_off();
    }

    /// Reuses last frame's pixels on a pan (the default), or draws whole from this frame on.
    pub fn reuse_pixels(&mut self, on: bool) {
        self.kept.pan.copies.set_off(!on);
    }

    /// Zoom to fit on the next frame.
    pub fn request_fit(&mut self) {
        self.pending_view = Some(PendingView::Fit);
    }

    /// Pans, without zooming, until `area` is in view (a theme just made, its title ready).
    pub fn request_reveal(&mut self, area: BoardRect) {
        self.pending_view = Some(PendingView::Reveal(area));
    }

    /// Glides to the selected notes or theme, large: for the room to look at one thing.
    /// Returns false when nothing is selected.
    pub fn focus_on_selection(&mut self, project: &Project) -> bool {
        let area = if self.selection.is_empty() {
            self.selected_theme
                .and_then(|id| project.themes.get(&id))
                .map(|theme| crate::model::layout::theme_rect(theme, &project.notes))
        } else {
            crate::model::geometry::bounds_of(
                self.selection.iter().filter_map(|id| project.note(*id)),
            )
        };
        match area {
            Some(area) => {
                self.pending_view = Some(PendingView::Focus(area));
                true
            }
            None => false,
        }
    }

    /// Puts the camera back where it was (leaving presentation mode), stopping any glide.
    pub fn restore_camera(&mut self, camera: Camera) {
        self.glide = None;
        self.pending_view = None;
        self.settling = None;
        self.camera = camera;
    }

    /// Brings `area` of the board into view on the next frame.
    pub fn request_show(&mut self, area: BoardRect) {
        self.pending_view = Some(PendingView::Show(area));
    }

    /// The canvas rectangle of the last frame (for tests pointing at the board).
    pub fn canvas_rect(&self) -> Option<Rect> {
        self.canvas
    }

    /// How far the notes being dragged are from where they started.
    pub(super) fn drag_offset(&self) -> Option<(&[NoteId], BoardVec)> {
        match &self.gesture {
            Some(Gesture::MoveNotes { ids, grab, current }) => {
                Some((ids, BoardVec::new(current.x - grab.x, current.y - grab.y)))
            }
            _ => None,
        }
    }

    /// Forgets notes that no longer exist (after a delete or an undo).
    pub fn prune(&mut self, project: &Project) {
        self.selection.retain(|id| project.notes.contains_key(id));
        if self
            .selected_theme
            .is_some_and(|id| !project.themes.contains_key(&id))
        {
            self.selected_theme = None;
        }
        if self
            .title_editing
            .as_ref()
            .is_some_and(|e| !project.themes.contains_key(&e.theme))
        {
            self.title_editing = None;
        }
        if let Some(NoteEditor {
            target: EditTarget::Existing(id),
            ..
        }) = &self.editing
            && !project.notes.contains_key(id)
        {
            self.editing = None;
        }
    }

    /// Starts editing a note's text in place.
    pub fn start_editing(&mut self, target: EditTarget, text: String) {
        self.editing = Some(NoteEditor {
            target,
            text,
            focused_once: false,
        });
    }
}
