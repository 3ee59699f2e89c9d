//! A theme is a named group of notes that the co-analysis team agreed belong together. On the
//! board it is a frame around its notes, which sit in a tidy grid (see `layout`).

use serde::{Deserialize, Serialize};

use super::geometry::BoardPos;
use super::ids::{NoteId, ThemeId};

/// A named group of notes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub title: String,
    /// One or two sentences on what the group means by it.
    #[serde(default)]
    pub meaning: String,
    /// Members in reading order: the grid fills row by row in this order.
    pub notes: Vec<NoteId>,
    /// Top-left corner of the frame, in board units.
    #[serde(default)]
    pub pos: BoardPos,
    /// Shown as a compact card (title and count) with its notes hidden.
    #[serde(default, skip_serializing_if = "is_false")]
    pub collapsed: bool,
    /// Titles of themes merged into this one, oldest first: the group's words are kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_titles: Vec<String>,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}
