//! What the board works out once and keeps between frames: each note's height and the index
//! of where notes lie, for the project's state; pictures' textures; last frame's pixels.
//! Kept apart from the view (what the board looks like) so that what can be thrown away and
//! made again is plain to see.

use std::rc::Rc;

use super::index::{BoardIndex, Indexed};
use super::pictures::PictureCache;
use crate::model::{BoardRect, Note, NoteId, Project};
use crate::ui::reuse::board_pan::PanCache;

/// The board's caches.
#[derive(Debug, Default)]
pub struct BoardCaches {
    /// The project's state id, when the window knows it: heights and the index are kept
    /// for it (state ids are never reused). Without one, they are worked out every time.
    pub project_state: Option<u64>,
    heights: NoteHeights,
    index: BoardIndex,
    /// Picture textures, made once and reused.
    pub(super) pictures: PictureCache,
    /// Last frame's pixels, shifted while only the camera moves.
    pub(crate) pan: PanCache,
}

impl BoardCaches {
    /// The note's rectangle, its height measured once for the project's state.
    pub(super) fn note_rect(&self, note: &Note) -> BoardRect {
        self.heights.rect(self.project_state, note)
    }

    /// Which theme each note is in, which are hidden or linked, and where they lie.
    pub(super) fn index(&self, project: &Project) -> Rc<Indexed> {
        self.index.of(self.project_state, project)
    }
}

/// Each note's height for the project as it is. Measuring every note's words every frame
/// was most of a frame with 10,000 notes zoomed to fit; a note's words change only with
/// the project's state.
#[derive(Debug, Default)]
struct NoteHeights {
    state: std::cell::Cell<Option<u64>>,
    heights: std::cell::RefCell<std::collections::HashMap<NoteId, f32>>,
}

impl NoteHeights {
    /// The note's rectangle, its height measured once per state (every time without one).
    fn rect(&self, state: Option<u64>, note: &Note) -> BoardRect {
        use crate::model::geometry::{NOTE_WIDTH, note_full_height};
        let Some(state) = state else {
            return crate::model::geometry::note_rect(note);
        };
        let mut heights = self.heights.borrow_mut();
        if self.state.get() != Some(state) {
            heights.clear();
            self.state.set(Some(state));
        }
        let height = *heights
            .entry(note.id)
            .or_insert_with(|| note_full_height(note));
        BoardRect::from_min_size(note.pos, NOTE_WIDTH, height)
    }
}
