//! A theme is a named group of notes that the co-analysis team agreed belong together.

use serde::{Deserialize, Serialize};

use super::ids::{NoteId, ThemeId};

/// A named group of notes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub title: String,
    /// One or two sentences on what the group means by it.
    #[serde(default)]
    pub meaning: String,
    pub notes: Vec<NoteId>,
}
