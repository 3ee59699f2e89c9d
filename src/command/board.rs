//! Bringing in another board: a co-analysis that split into tables on separate laptops comes
//! back together. The other project's notes, themes (with where they came from) and column
//! labels get fresh ids and land beside this board, as one step; a contribution already here
//! (the same words from the same person, or the same picture) comes in as a linked copy of
//! it, so it is counted once. Where the two boards recorded different consent for one
//! contribution, the stricter wins on both, and the differences are listed before anything
//! changes.

use std::collections::{BTreeMap, BTreeSet};

use super::Command;
use super::apply::{CommandError, check_new_items};
use super::recorder::Recorder;
use crate::model::geometry::bounds_of;
use crate::model::layout::theme_rect;
use crate::model::{
    BoardPos, BoardRect, Consent, Heading, HeadingId, Note, NoteId, Project, Theme, ThemeId,
};

/// Room left between this board and the one brought in beside it.
const GAP: f32 = 400.0;

/// What bringing in a board would do, before it is done.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardArrival {
    /// The one command that brings it in; none when the other board is empty.
    pub command: Option<Command>,
    /// Contributions of the other board already here (same words, same person; or the same
    /// picture).
    pub duplicates: usize,
    /// Contributions both boards hold whose consent differs, each settled the stricter way.
    pub consent_differences: Vec<ConsentDifference>,
    /// Where it lands, to show it.
    pub area: Option<BoardRect>,
}

/// One contribution both boards hold, recorded with different consent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentDifference {
    /// Its words (a picture's description), to name it in the question.
    pub text: String,
    pub here: Consent,
    pub there: Consent,
    /// What both will say: the stricter.
    pub agreed: Consent,
}

/// Works out how `other` comes into `project`: fresh ids, placed to the right of everything
/// here, each theme titled by `titled(title)` (which says where it came from), duplicates
/// made linked copies when `link_duplicates`.
pub fn bring_in_board(
    project: &Project,
    other: &Project,
    source: &str,
    titled: impl Fn(&str) -> String,
    link_duplicates: bool,
) -> BoardArrival {
    let mut next = project.next_id.max(1);
    let mut fresh = || {
        let id = next;
        next += 1;
        id
    };
    let offset = placement(project, other);
    let moved = |pos: BoardPos| BoardPos::new(pos.x + offset.0, pos.y + offset.1);
    let note_ids: BTreeMap<NoteId, NoteId> = other
        .notes
        .keys()
        .map(|id| (*id, NoteId(fresh())))
        .collect();
    let mut arriving = Arriving {
        here: Contributions::of(project),
        link_duplicates,
        duplicates: 0,
        differences: Vec::new(),
        stricter_here: BTreeMap::new(),
    };
    let top = project.top_z();
    let notes: Vec<Note> = other
        .notes
        .values()
        .map(|note| {
            let mut note = note.clone();
            note.id = note_ids[&note.id];
            note.pos = moved(note.pos);
            note.z += top + 1;
            note.copy_of = note
                .copy_of
                .and_then(|original| note_ids.get(&original).copied());
            if note.copy_of.is_none() {
                arriving.meet(project, &mut note);
            }
            note
        })
        .collect();
    let notes = copies_of_originals(notes);
    let (themes, headings) = themes_and_headings(other, &note_ids, &titled, &mut fresh, &moved);
    let area = bounds_of(notes.iter());
    let empty = notes.is_empty() && themes.is_empty() && headings.is_empty();
    let add = (!empty).then(|| Command::AddBoard {
        source: source.to_owned(),
        notes,
        themes,
        headings,
    });
    // The stricter consent is set here first, then the board comes in: one step.
    let settle = settle_consent(project, arriving.stricter_here);
    let command = match add {
        Some(add) if !settle.is_empty() => Some(Command::Batch {
            commands: settle.into_iter().chain([add]).collect(),
        }),
        add => add,
    };
    BoardArrival {
        command,
        duplicates: arriving.duplicates,
        consent_differences: arriving.differences,
        area,
    }
}

/// The other board's themes (titled to say where they came from, holding the notes' new
/// ids) and column labels, with fresh ids, moved beside this board.
fn themes_and_headings(
    other: &Project,
    note_ids: &BTreeMap<NoteId, NoteId>,
    titled: &dyn Fn(&str) -> String,
    fresh: &mut dyn FnMut() -> u64,
    moved: &dyn Fn(BoardPos) -> BoardPos,
) -> (Vec<Theme>, Vec<Heading>) {
    let themes: Vec<Theme> = other
        .themes
        .values()
        .map(|theme| Theme {
            id: ThemeId(fresh()),
            title: titled(&theme.title),
            pos: moved(theme.pos),
            notes: theme
                .notes
                .iter()
                .filter_map(|n| note_ids.get(n).copied())
                .collect(),
            ..theme.clone()
        })
        .collect();
    let headings: Vec<Heading> = other
        .headings
        .values()
        .map(|heading| Heading {
            id: HeadingId(fresh()),
            pos: moved(heading.pos),
            text: heading.text.clone(),
        })
        .collect();
    (themes, headings)
}

/// The contributions already here, to know an arriving one for the same: same words from
/// the same person (both unknown counts as the same), or the same picture.
struct Contributions<'a> {
    words: BTreeMap<(String, String), NoteId>,
    pictures: BTreeMap<&'a [u8], NoteId>,
}

impl<'a> Contributions<'a> {
    fn of(project: &'a Project) -> Self {
        let words = project
            .notes
            .values()
            .filter(|n| n.copy_of.is_none() && n.picture.is_none())
            .map(|n| {
                (
                    (n.text.trim().to_owned(), n.details.respondent.clone()),
                    n.id,
                )
            })
            .collect();
        let pictures = project
            .notes
            .values()
            .filter(|n| n.copy_of.is_none())
            .filter_map(|n| Some((&*n.picture.as_ref()?.data, n.id)))
            .collect();
        Self { words, pictures }
    }

    /// The contribution here that `note` is, if any.
    fn existing(&self, note: &Note) -> Option<NoteId> {
        match &note.picture {
            Some(picture) => self.pictures.get(&*picture.data),
            None => self
                .words
                .get(&(note.text.trim().to_owned(), note.details.respondent.clone())),
        }
        .copied()
    }
}

/// The arriving notes met against what is here: duplicates counted (and linked, as
/// chosen), consent that differs listed, and the stricter kept on both sides.
struct Arriving<'a> {
    here: Contributions<'a>,
    link_duplicates: bool,
    duplicates: usize,
    differences: Vec<ConsentDifference>,
    /// Contributions here whose consent becomes the stricter one that arrived.
    stricter_here: BTreeMap<NoteId, Consent>,
}

impl Arriving<'_> {
    /// Meets one arriving contribution (not a copy) with the one here, if it is here.
    fn meet(&mut self, project: &Project, note: &mut Note) {
        let Some(existing) = self.here.existing(note) else {
            return;
        };
        self.duplicates += 1;
        if self.link_duplicates {
            note.copy_of = Some(existing);
        }
        let here = project.notes[&existing].details.consent;
        let there = note.details.consent;
        let agreed = here.stricter(there);
        if here != there {
            self.differences.push(ConsentDifference {
                text: note.text.clone(),
                here,
                there,
                agreed,
            });
        }
        note.details.consent = agreed;
        if agreed != here {
            self.stricter_here.insert(existing, agreed);
        }
    }
}

/// A copy of a note that became a copy itself points at the original here.
fn copies_of_originals(notes: Vec<Note>) -> Vec<Note> {
    let originals: BTreeMap<NoteId, Option<NoteId>> =
        notes.iter().map(|n| (n.id, n.copy_of)).collect();
    notes
        .into_iter()
        .map(|mut note| {
            if let Some(original) = note.copy_of
                && let Some(Some(further)) = originals.get(&original)
            {
                note.copy_of = Some(*further);
            }
            note
        })
        .collect()
}

/// The commands that give contributions here the stricter consent that arrived.
fn settle_consent(project: &Project, stricter: BTreeMap<NoteId, Consent>) -> Vec<Command> {
    stricter
        .into_iter()
        .filter_map(|(id, consent)| {
            let mut details = project.notes.get(&id)?.details.clone();
            details.consent = consent;
            Some(Command::SetNoteDetails {
                id,
                details: Box::new(details),
            })
        })
        .collect()
}

/// How far the other board moves so that it starts to the right of everything here, tops
/// level.
fn placement(project: &Project, other: &Project) -> (f32, f32) {
    let extent = |p: &Project| {
        let notes = bounds_of(p.notes.values());
        let themes = p
            .themes
            .values()
            .map(|t| theme_rect(t, &p.notes))
            .reduce(|a, b| a.union(&b));
        let headings = p
            .headings
            .values()
            .map(|h| BoardRect::from_min_size(h.pos, 400.0, 80.0))
            .reduce(|a, b| a.union(&b));
        [notes, themes, headings]
            .into_iter()
            .flatten()
            .reduce(|a, b| a.union(&b))
    };
    match (extent(project), extent(other)) {
        (Some(here), Some(there)) => (here.max.x + GAP - there.min.x, here.min.y - there.min.y),
        _ => (0.0, 0.0),
    }
}

/// Applies `AddBoard`: everything checked first, then put in as one step.
pub(super) fn apply_add_board(
    project: &mut Project,
    command: Command,
) -> Result<Command, CommandError> {
    let Command::AddBoard {
        notes,
        themes,
        headings,
        ..
    } = command
    else {
        return Err(CommandError::Empty);
    };
    if notes.is_empty() && themes.is_empty() && headings.is_empty() {
        return Err(CommandError::Empty);
    }
    check_new_items(project, &notes, &headings)?;
    let new_notes: BTreeSet<NoteId> = notes.iter().map(|n| n.id).collect();
    for note in &notes {
        if let Some(original) = note.copy_of {
            let points_at_original = project
                .notes
                .get(&original)
                .map(|o| o.copy_of.is_none())
                .or_else(|| {
                    notes
                        .iter()
                        .find(|n| n.id == original)
                        .map(|o| o.copy_of.is_none())
                })
                .unwrap_or(false);
            if !points_at_original {
                return Err(CommandError::MissingNote(original));
            }
        }
    }
    let mut placed = BTreeSet::new();
    for theme in &themes {
        let taken = project.themes.contains_key(&theme.id)
            || new_notes.contains(&NoteId(theme.id.0))
            || project.notes.contains_key(&NoteId(theme.id.0));
        if taken || !theme.pos.is_finite() {
            return Err(CommandError::MissingTheme(theme.id));
        }
        for note in &theme.notes {
            if !new_notes.contains(note) {
                return Err(CommandError::MissingNote(*note));
            }
            if !placed.insert(*note) {
                return Err(CommandError::InTheme(*note));
            }
        }
    }
    let mut recorder = Recorder::new(project);
    let highest = notes
        .iter()
        .map(|n| n.id.0)
        .chain(themes.iter().map(|t| t.id.0))
        .chain(headings.iter().map(|h| h.id.0))
        .max()
        .unwrap_or(0);
    recorder.project.next_id = recorder.project.next_id.max(highest + 1);
    for note in notes {
        recorder.insert_note(note);
    }
    for heading in headings {
        recorder.insert_heading(heading);
    }
    for theme in themes {
        recorder.insert_theme(theme);
    }
    Ok(recorder.into_inverse())
}
