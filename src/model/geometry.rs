//! Board-space geometry and pure hit-testing. Board units are independent of the screen: the
//! UI maps them through its camera. Nothing here knows about egui, so it is tested directly.

use serde::{Deserialize, Serialize};

use super::ids::NoteId;
use super::note::Note;
use super::picture::Picture;

/// A point on the board, in board units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BoardPos {
    pub x: f32,
    pub y: f32,
}

impl BoardPos {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// The point moved by `delta`.
    #[must_use]
    pub fn offset(self, delta: BoardVec) -> Self {
        Self::new(self.x + delta.x, self.y + delta.y)
    }

    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }
}

/// A displacement on the board, in board units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BoardVec {
    pub x: f32,
    pub y: f32,
}

impl BoardVec {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

/// An axis-aligned rectangle on the board.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoardRect {
    pub min: BoardPos,
    pub max: BoardPos,
}

impl BoardRect {
    pub fn from_min_size(min: BoardPos, width: f32, height: f32) -> Self {
        Self {
            min,
            max: BoardPos::new(min.x + width, min.y + height),
        }
    }

    /// The rectangle spanned by two corners given in any order (a rubber band).
    pub fn from_corners(a: BoardPos, b: BoardPos) -> Self {
        Self {
            min: BoardPos::new(a.x.min(b.x), a.y.min(b.y)),
            max: BoardPos::new(a.x.max(b.x), a.y.max(b.y)),
        }
    }

    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    pub fn center(&self) -> BoardPos {
        BoardPos::new(
            f32::midpoint(self.min.x, self.max.x),
            f32::midpoint(self.min.y, self.max.y),
        )
    }

    pub fn contains(&self, p: BoardPos) -> bool {
        self.min.x <= p.x && p.x <= self.max.x && self.min.y <= p.y && p.y <= self.max.y
    }

    pub fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }

    /// The smallest rectangle holding both.
    #[must_use]
    pub fn union(&self, other: &Self) -> Self {
        Self {
            min: BoardPos::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: BoardPos::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    /// The rectangle grown by `margin` on every side.
    #[must_use]
    pub fn expand(&self, margin: f32) -> Self {
        Self {
            min: BoardPos::new(self.min.x - margin, self.min.y - margin),
            max: BoardPos::new(self.max.x + margin, self.max.y + margin),
        }
    }
}

/// Width of every note: one size keeps the board calm and columns aligned.
pub const NOTE_WIDTH: f32 = 300.0;
/// Inner padding of a note, on every side.
pub const NOTE_PADDING: f32 = 14.0;
/// Height reserved at the top of a note for its prompt and kind badge.
pub const NOTE_BADGE_HEIGHT: f32 = 30.0;
/// Body text size at zoom 1: at least 22 px on a 1920x1080 projector.
pub const NOTE_FONT_SIZE: f32 = 24.0;
/// Line height of note body text at zoom 1.
pub const NOTE_LINE_HEIGHT: f32 = NOTE_FONT_SIZE * 1.3;
/// Longest note shown in full on the board; longer texts are cut with an ellipsis there and
/// read in full in the side panel.
pub const NOTE_MAX_LINES: usize = 12;
/// Characters that reliably fit on one line of note text (a conservative figure for the
/// proportional UI font at `NOTE_FONT_SIZE`; a UI test checks the sample project's notes fit).
pub const NOTE_CHARS_PER_LINE: usize = 22;

/// How many lines `text` takes once word-wrapped to a note's width. Pure, so the board can
/// place, cull and hit-test notes without laying out any text.
pub fn note_line_count(text: &str) -> usize {
    let mut lines = 0;
    for paragraph in text.split('\n') {
        let mut line_len = 0usize;
        let mut paragraph_lines = 1;
        for word in paragraph.split_whitespace() {
            let word_len = word.chars().count();
            let needed = if line_len == 0 {
                word_len
            } else {
                line_len + 1 + word_len
            };
            if needed <= NOTE_CHARS_PER_LINE {
                line_len = needed;
            } else if word_len > NOTE_CHARS_PER_LINE {
                // A very long word is broken across lines.
                let total = if line_len == 0 {
                    word_len
                } else {
                    line_len + 1 + word_len
                };
                paragraph_lines += total.div_ceil(NOTE_CHARS_PER_LINE) - 1;
                line_len = total % NOTE_CHARS_PER_LINE;
            } else {
                paragraph_lines += 1;
                line_len = word_len;
            }
        }
        lines += paragraph_lines;
    }
    lines.clamp(1, NOTE_MAX_LINES)
}

/// Height of a note showing `text`.
pub fn note_height(text: &str) -> f32 {
    2.0 * NOTE_PADDING + NOTE_BADGE_HEIGHT + note_line_count(text) as f32 * NOTE_LINE_HEIGHT
}

/// Tallest a picture is drawn on a note, so a tall photo does not make a tower.
pub const PICTURE_MAX_HEIGHT: f32 = 420.0;

/// Height of the picture area on a note: the note's inner width at the picture's shape.
pub fn picture_height(picture: &Picture) -> f32 {
    ((NOTE_WIDTH - 2.0 * NOTE_PADDING) * picture.aspect()).min(PICTURE_MAX_HEIGHT)
}

/// The tallest any note can be drawn (a picture at its tallest and a full caption): what a
/// note's place alone says about the room it may take.
pub const NOTE_MAX_HEIGHT: f32 = 2.0 * NOTE_PADDING
    + NOTE_BADGE_HEIGHT
    + PICTURE_MAX_HEIGHT
    + NOTE_MAX_LINES as f32 * NOTE_LINE_HEIGHT;

/// Height of `note` as drawn: badge, picture if any, then text (a picture's caption may be
/// empty, taking no line).
pub fn note_full_height(note: &Note) -> f32 {
    match &note.picture {
        None => note_height(&note.text),
        Some(picture) => {
            let caption_lines = if note.text.trim().is_empty() {
                0
            } else {
                note_line_count(&note.text)
            };
            2.0 * NOTE_PADDING
                + NOTE_BADGE_HEIGHT
                + picture_height(picture)
                + caption_lines as f32 * NOTE_LINE_HEIGHT
        }
    }
}

/// The most room a note can take: its rectangle is inside this. Cheap (no text is measured),
/// so what is far off screen is skipped before its height is worked out.
pub fn note_bounds(note: &Note) -> BoardRect {
    BoardRect::from_min_size(note.pos, NOTE_WIDTH, NOTE_MAX_HEIGHT)
}

/// The note's rectangle on the board.
pub fn note_rect(note: &Note) -> BoardRect {
    BoardRect::from_min_size(note.pos, NOTE_WIDTH, note_full_height(note))
}

/// Every note touched by `area` (a rubber band).
pub fn notes_in_rect<'a>(notes: impl Iterator<Item = &'a Note>, area: BoardRect) -> Vec<NoteId> {
    notes
        .filter(|note| note_rect(note).intersects(&area))
        .map(|note| note.id)
        .collect()
}

/// The rectangle holding every note, or `None` for an empty board.
pub fn bounds_of<'a>(notes: impl Iterator<Item = &'a Note>) -> Option<BoardRect> {
    notes.map(note_rect).reduce(|a, b| a.union(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_line_and_long_text_wraps() {
        assert_eq!(note_line_count("Tea"), 1);
        let word = "w".repeat(NOTE_CHARS_PER_LINE - 2);
        assert_eq!(note_line_count(&format!("{word} {word} {word}")), 3);
        assert_eq!(note_line_count("ab cd"), 1);
        assert_eq!(note_line_count("one\ntwo\n\nfour"), 4);
        assert_eq!(note_line_count(&"word ".repeat(500)), NOTE_MAX_LINES);
    }

    #[test]
    fn long_word_is_broken_over_lines() {
        assert_eq!(note_line_count(&"x".repeat(NOTE_CHARS_PER_LINE * 2 + 1)), 3);
    }

    #[test]
    fn rectangle_from_corners_in_any_order() {
        let r = BoardRect::from_corners(BoardPos::new(10.0, 5.0), BoardPos::new(-2.0, 8.0));
        assert_eq!(r.min, BoardPos::new(-2.0, 5.0));
        assert_eq!(r.max, BoardPos::new(10.0, 8.0));
        assert!(r.contains(BoardPos::new(0.0, 6.0)));
        assert!(!r.contains(BoardPos::new(0.0, 9.0)));
    }
}

/// The theme whose frame is under `point` (the newest, where frames overlap).
pub fn theme_at(project: &super::Project, point: BoardPos) -> Option<super::ThemeId> {
    theme_at_except(project, point, None)
}

/// Like `theme_at`, passing over `except` (a theme being dragged).
pub fn theme_at_except(
    project: &super::Project,
    point: BoardPos,
    except: Option<super::ThemeId>,
) -> Option<super::ThemeId> {
    project
        .themes
        .values()
        .rev()
        .filter(|theme| Some(theme.id) != except)
        .find(|theme| super::layout::theme_rect(theme, &project.notes).contains(point))
        .map(|theme| theme.id)
}

/// Notes hidden inside collapsed themes: not drawn, not under the pointer.
pub fn hidden_notes(project: &super::Project) -> std::collections::BTreeSet<NoteId> {
    project
        .themes
        .values()
        .filter(|t| t.collapsed)
        .flat_map(|t| t.notes.iter().copied())
        .collect()
}

/// The notes a person can see on the board: all but those folded inside collapsed themes.
/// Select all and Delete act on these only, so nothing unseen is ever deleted.
pub fn visible_notes(project: &super::Project) -> std::collections::BTreeSet<NoteId> {
    let hidden = hidden_notes(project);
    project
        .notes
        .keys()
        .filter(|id| !hidden.contains(id))
        .copied()
        .collect()
}

/// The theme a note belongs to, if any.
pub fn theme_of(project: &super::Project, note: NoteId) -> Option<super::ThemeId> {
    project
        .themes
        .values()
        .find(|theme| theme.notes.contains(&note))
        .map(|theme| theme.id)
}

/// Every theme a contribution is in: its note's and its linked copies'.
pub fn themes_holding(project: &super::Project, note: NoteId) -> Vec<super::ThemeId> {
    linked_notes(project, note)
        .into_iter()
        .chain([note])
        .filter_map(|id| theme_of(project, id))
        .collect()
}

/// How many contributions there are, and how many are in a theme (a contribution with a
/// linked copy is one contribution, in a theme if either is).
pub fn theme_progress(project: &super::Project) -> (usize, usize) {
    let themed = themed_notes(project);
    let mut contributions = 0;
    let mut in_themes = std::collections::BTreeSet::new();
    for note in project.notes.values() {
        let original = note.copy_of.unwrap_or(note.id);
        if note.copy_of.is_none() {
            contributions += 1;
        }
        if themed.contains(&note.id) {
            in_themes.insert(original);
        }
    }
    (in_themes.len(), contributions)
}

/// The other places of the same contribution: its original or its linked copies.
pub fn linked_notes(project: &super::Project, note: NoteId) -> Vec<NoteId> {
    let Some(this) = project.notes.get(&note) else {
        return Vec::new();
    };
    let original = this.copy_of.unwrap_or(note);
    project
        .notes
        .values()
        .filter(|n| n.id != note && (n.id == original || n.copy_of == Some(original)))
        .map(|n| n.id)
        .collect()
}

/// Every note that is in a theme.
pub fn themed_notes(project: &super::Project) -> std::collections::BTreeSet<NoteId> {
    project
        .themes
        .values()
        .flat_map(|theme| theme.notes.iter().copied())
        .collect()
}

/// What is under a point, as the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    Note(NoteId),
    Theme(super::ThemeId),
    Nothing,
}

/// The layers from the top: notes in themes, then theme frames (which cover loose notes behind
/// them), then loose notes. `skip` are notes being dragged.
pub fn hit(project: &super::Project, point: BoardPos, skip: &[NoteId]) -> Hit {
    let themed = themed_notes(project);
    let hidden = hidden_notes(project);
    let topmost = |in_theme: bool| {
        project
            .notes
            .values()
            .filter(|note| themed.contains(&note.id) == in_theme && !skip.contains(&note.id))
            .filter(|note| !hidden.contains(&note.id))
            .filter(|note| note_rect(note).contains(point))
            .max_by_key(|note| (note.z, note.id))
            .map(|note| note.id)
    };
    if let Some(note) = topmost(true) {
        return Hit::Note(note);
    }
    if let Some(theme) = theme_at(project, point) {
        return Hit::Theme(theme);
    }
    topmost(false).map_or(Hit::Nothing, Hit::Note)
}

/// What dropping dragged notes at a point means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropTarget {
    /// Onto a theme's frame: they join it (nothing happens if they are all in it already).
    Theme(super::ThemeId),
    /// Onto a loose note: the two become a new theme.
    Note(NoteId),
    /// Onto empty board: they lie there, loose.
    Board,
}

/// Decides what a drop at `point` does. Pure, so the board can show it while dragging and the
/// same rule applies on release.
/// What the user sees under the pointer decides: a theme (or one of its notes) means joining
/// it, a loose note means a new theme with it, empty board means lying loose.
pub fn drop_target(project: &super::Project, dragged: &[NoteId], point: BoardPos) -> DropTarget {
    match hit(project, point, dragged) {
        Hit::Note(note) => match theme_of(project, note) {
            Some(theme) => DropTarget::Theme(theme),
            None => DropTarget::Note(note),
        },
        Hit::Theme(theme) => DropTarget::Theme(theme),
        Hit::Nothing => DropTarget::Board,
    }
}
