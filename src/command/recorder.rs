//! Records the previous value of every note and theme a command touches, so that its inverse
//! is a `Patch` that puts exactly those back, however many notes a reflow moved.

use std::collections::{BTreeMap, BTreeSet};

use super::Command;
use crate::model::layout::theme_layout;
use crate::model::{Definition, Heading, HeadingId, Note, NoteId, Project, Theme, ThemeId};

/// A project being changed, remembering what it was.
pub(super) struct Recorder<'a> {
    pub project: &'a mut Project,
    notes: BTreeMap<NoteId, Option<Note>>,
    themes: BTreeMap<ThemeId, Option<Theme>>,
    headings: BTreeMap<HeadingId, Option<Heading>>,
    definition: Option<Box<Definition>>,
}

impl<'a> Recorder<'a> {
    pub fn new(project: &'a mut Project) -> Self {
        Self {
            project,
            notes: BTreeMap::new(),
            themes: BTreeMap::new(),
            headings: BTreeMap::new(),
            definition: None,
        }
    }

    fn remember_note(&mut self, id: NoteId) {
        if !self.notes.contains_key(&id) {
            self.notes.insert(id, self.project.notes.get(&id).cloned());
        }
    }

    fn remember_theme(&mut self, id: ThemeId) {
        if !self.themes.contains_key(&id) {
            self.themes
                .insert(id, self.project.themes.get(&id).cloned());
        }
    }

    /// The ranking, votes and draft, to change (what they were is remembered once).
    pub fn definition_mut(&mut self) -> &mut Definition {
        if self.definition.is_none() {
            self.definition = Some(Box::new(self.project.definition.clone()));
        }
        &mut self.project.definition
    }

    /// Puts `note` on the board, replacing any note with its id.
    pub fn insert_note(&mut self, note: Note) {
        self.remember_note(note.id);
        self.project.notes.insert(note.id, note);
    }

    fn remember_heading(&mut self, id: HeadingId) {
        if !self.headings.contains_key(&id) {
            self.headings
                .insert(id, self.project.headings.get(&id).cloned());
        }
    }

    pub fn insert_heading(&mut self, heading: Heading) {
        self.remember_heading(heading.id);
        self.project.headings.insert(heading.id, heading);
    }

    pub fn heading_mut(&mut self, id: HeadingId) -> Option<&mut Heading> {
        self.remember_heading(id);
        self.project.headings.get_mut(&id)
    }

    pub fn remove_heading(&mut self, id: HeadingId) {
        self.remember_heading(id);
        self.project.headings.remove(&id);
    }

    pub fn note_mut(&mut self, id: NoteId) -> Option<&mut Note> {
        self.remember_note(id);
        self.project.notes.get_mut(&id)
    }

    pub fn remove_note(&mut self, id: NoteId) {
        self.remember_note(id);
        self.project.notes.remove(&id);
    }

    pub fn theme_mut(&mut self, id: ThemeId) -> Option<&mut Theme> {
        self.remember_theme(id);
        self.project.themes.get_mut(&id)
    }

    pub fn insert_theme(&mut self, theme: Theme) {
        self.remember_theme(theme.id);
        self.project.themes.insert(theme.id, theme);
    }

    pub fn remove_theme(&mut self, id: ThemeId) {
        self.remember_theme(id);
        self.project.themes.remove(&id);
    }

    /// Takes `notes` out of whatever themes hold them; returns those themes.
    pub fn take_out_of_themes(&mut self, notes: &[NoteId]) -> BTreeSet<ThemeId> {
        let holding: Vec<ThemeId> = self
            .project
            .themes
            .values()
            .filter(|theme| theme.notes.iter().any(|id| notes.contains(id)))
            .map(|theme| theme.id)
            .collect();
        for id in &holding {
            if let Some(theme) = self.theme_mut(*id) {
                theme.notes.retain(|note| !notes.contains(note));
            }
        }
        holding.into_iter().collect()
    }

    /// A theme holds a contribution once: where a note and its linked copy meet in it, the
    /// copy goes (the original if present is kept, else the first copy).
    pub fn keep_contributions_once(&mut self, theme: ThemeId) {
        let Some(members) = self.project.themes.get(&theme).map(|t| t.notes.clone()) else {
            return;
        };
        let original_of = |project: &Project, id: NoteId| {
            project.notes.get(&id).and_then(|n| n.copy_of).unwrap_or(id)
        };
        let present: BTreeSet<NoteId> = members.iter().copied().collect();
        let mut kept: BTreeSet<NoteId> = BTreeSet::new();
        let mut redundant = Vec::new();
        for id in &members {
            let original = original_of(self.project, *id);
            let keep_this = if present.contains(&original) {
                *id == original
            } else {
                !kept.contains(&original)
            };
            if keep_this && kept.insert(original) {
                continue;
            }
            redundant.push(*id);
        }
        if redundant.is_empty() {
            return;
        }
        if let Some(target) = self.theme_mut(theme) {
            target.notes.retain(|id| !redundant.contains(id));
        }
        for id in redundant {
            self.remove_note(id);
        }
    }

    /// Puts a theme's notes back in their grid.
    pub fn reflow(&mut self, theme: ThemeId) {
        let Some(theme) = self.project.themes.get(&theme) else {
            return;
        };
        let (_, places) = theme_layout(theme, &self.project.notes);
        for (id, pos) in places {
            if let Some(note) = self.note_mut(id) {
                note.pos = pos;
            }
        }
    }

    /// The command that undoes everything done through this recorder.
    pub fn into_inverse(self) -> Command {
        Command::Patch {
            notes: self.notes.into_iter().collect(),
            themes: self.themes.into_iter().collect(),
            headings: self.headings.into_iter().collect(),
            definition: self.definition,
        }
    }
}
