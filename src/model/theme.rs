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
    /// A colour the group chose for it, if any (the title is always shown too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<ThemeColour>,
    /// Titles of themes merged into this one, oldest first: the group's words are kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_titles: Vec<String>,
}

/// Theme colours, named after the Okabe-Ito colour-blind-safe palette they come from. Data
/// only: the UI decides the exact shades.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ThemeColour {
    Orange,
    SkyBlue,
    BluishGreen,
    Yellow,
    Blue,
    Vermillion,
    ReddishPurple,
}

impl ThemeColour {
    pub const ALL: [Self; 7] = [
        Self::Orange,
        Self::SkyBlue,
        Self::BluishGreen,
        Self::Yellow,
        Self::Blue,
        Self::Vermillion,
        Self::ReddishPurple,
    ];
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

/// The number for a new untitled theme: one more than the highest number any theme's title
/// still carries ("Untitled theme 3"), so dissolving one never makes two themes share a name.
/// `title_for(n)` is how the interface writes the untitled title for `n`, in its language.
pub fn next_untitled_number<'a>(
    titles: impl IntoIterator<Item = &'a str>,
    title_for: impl Fn(u32) -> String,
) -> u32 {
    // The title around the number, found by writing it for a marker number.
    const MARKER: u32 = 987_654_321;
    let pattern = title_for(MARKER);
    let Some((prefix, suffix)) = pattern.split_once(&MARKER.to_string()) else {
        return 1;
    };
    titles
        .into_iter()
        .filter_map(|title| {
            title
                .trim()
                .strip_prefix(prefix)?
                .strip_suffix(suffix)?
                .parse::<u32>()
                .ok()
        })
        .max()
        .map_or(1, |highest| highest.saturating_add(1))
}
