//! Stable identifiers. Ids are never reused within a project, so they survive save/load,
//! undo/redo and reordering, and UI widgets can key their state on them.

use serde::{Deserialize, Serialize};

/// Identifies one note (contribution) for the life of the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub u64);

/// Identifies one theme (a named group of notes) for the life of the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ThemeId(pub u64);

/// Identifies one heading (a label above a column of imported notes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct HeadingId(pub u64);
