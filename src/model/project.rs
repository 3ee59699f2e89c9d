//! The project: everything a workshop produced, as plain data. Notes are kept by id so every
//! lookup is cheap and a save is stable and diffable.

use std::collections::BTreeMap;

use super::definition::Definition;
use super::heading::Heading;
use super::ids::{HeadingId, NoteId, ThemeId};
use super::note::Note;
use super::theme::Theme;

/// Sorts notes into drawing order: lower `z` first, then lower id.
pub fn sort_bottom_to_top(notes: &mut [&Note]) {
    notes.sort_unstable_by_key(|note| (note.z, note.id));
}

/// One workshop's board.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Project {
    pub title: String,
    /// Notes by id (for drawing order see `notes_in_draw_order`).
    pub notes: BTreeMap<NoteId, Note>,
    pub themes: BTreeMap<ThemeId, Theme>,
    /// Labels above columns of imported notes.
    pub headings: BTreeMap<HeadingId, Heading>,
    /// Ranking, votes, the draft definition and its versions.
    pub definition: Definition,
    /// The next id to hand out; ids are never reused.
    pub next_id: u64,
    /// What the coordinator chose when importing each survey form's export.
    pub import_forms: Vec<super::ImportForm>,
    /// What was taken in from phones: which arrivals, and the highest phone number given.
    pub phones: super::PhonesTaken,
}

impl Project {
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            next_id: 1,
            ..Self::default()
        }
    }

    /// A fresh id, unique within this project.
    pub fn allocate_note_id(&mut self) -> NoteId {
        let id = NoteId(self.next_id);
        self.next_id += 1;
        id
    }

    pub fn note(&self, id: NoteId) -> Option<&Note> {
        self.notes.get(&id)
    }

    /// Notes from bottom to top.
    pub fn notes_in_draw_order(&self) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self.notes.values().collect();
        sort_bottom_to_top(&mut notes);
        notes
    }

    /// The highest stacking level in use: a note placed above it lies on top of every other.
    pub fn top_z(&self) -> u64 {
        self.notes.values().map(|note| note.z).max().unwrap_or(0)
    }
}
