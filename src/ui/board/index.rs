//! What the board looks up about its notes in every frame, worked out once for each state of
//! the board: which theme each note is in, which notes are folded away in a collapsed theme,
//! which contributions have linked copies, how much room each theme's title has above its
//! frame, and a grid of where the notes lie, so that a frame
//! at working zoom walks the notes near the screen, not every note on the board. All of it
//! changes only with the project's state, and state ids are never reused.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use crate::model::geometry::note_bounds;
use crate::model::{BoardRect, NoteId, Project, ThemeId};

/// The side of a cell of the grid, in board units: a few notes across, so a screen at working
/// zoom covers a handful of cells.
const CELL: f32 = 1024.0;

/// The index for the board's current state, built when first asked for.
#[derive(Debug, Default)]
pub(super) struct BoardIndex {
    built: RefCell<Option<(u64, Rc<Indexed>)>>,
}

impl BoardIndex {
    /// The index of `project` as it is in `state`; built afresh each time without a state.
    pub(super) fn of(&self, state: Option<u64>, project: &Project) -> Rc<Indexed> {
        let Some(state) = state else {
            return Rc::new(Indexed::build(project));
        };
        let mut built = self.built.borrow_mut();
        match built.as_ref() {
            Some((kept, indexed)) if *kept == state => Rc::clone(indexed),
            _ => {
                let indexed = Rc::new(Indexed::build(project));
                *built = Some((state, Rc::clone(&indexed)));
                indexed
            }
        }
    }
}

/// The board's notes, looked up.
#[derive(Debug, Default)]
pub(super) struct Indexed {
    /// The theme each note in a theme is in. (Ordered sets: zoomed out, every note is looked
    /// up in them every frame, and a lookup that hashes its key cost more than one that
    /// does not.)
    pub theme_of: BTreeMap<NoteId, ThemeId>,
    /// Notes inside collapsed themes: not drawn.
    pub hidden: BTreeSet<NoteId>,
    /// Contributions placed in two themes, and their copies: they carry a link mark.
    pub linked: BTreeSet<NoteId>,
    /// The free board above each theme's frame: how large its title may be when set above
    /// it (`layout::room_above_titles`). Worked out when first asked for: only an overview
    /// sets titles above their frames.
    room_above: std::cell::OnceCell<BTreeMap<ThemeId, f32>>,
    /// Every theme's frame (for how far the focus ring may reach), when first asked for.
    frames: std::cell::OnceCell<Vec<BoardRect>>,
    /// The notes whose largest possible rectangle meets each cell.
    cells: HashMap<(i32, i32), Vec<NoteId>>,
}

impl Indexed {
    fn build(project: &Project) -> Self {
        let theme_of = project
            .themes
            .values()
            .flat_map(|theme| theme.notes.iter().map(|id| (*id, theme.id)))
            .collect();
        let hidden = project
            .themes
            .values()
            .filter(|theme| theme.collapsed)
            .flat_map(|theme| theme.notes.iter().copied())
            .collect();
        let linked = project
            .notes
            .values()
            .filter_map(|note| note.copy_of.map(|original| [original, note.id]))
            .flatten()
            .collect();
        let mut cells: HashMap<(i32, i32), Vec<NoteId>> = HashMap::new();
        for note in project.notes.values() {
            let (from, to) = cell_range(&note_bounds(note));
            for x in from.0..=to.0 {
                for y in from.1..=to.1 {
                    cells.entry((x, y)).or_default().push(note.id);
                }
            }
        }
        Self {
            theme_of,
            hidden,
            linked,
            room_above: std::cell::OnceCell::new(),
            frames: std::cell::OnceCell::new(),
            cells,
        }
    }

    /// The free board above `theme`'s frame (`project` is the one indexed).
    pub(super) fn room_above(&self, project: &Project, theme: ThemeId) -> f32 {
        self.room_above
            .get_or_init(|| crate::model::layout::room_above_titles(project))
            .get(&theme)
            .copied()
            .unwrap_or(f32::INFINITY)
    }

    /// Every theme's frame (`project` is the one indexed).
    pub(super) fn frames(&self, project: &Project) -> &[BoardRect] {
        self.frames
            .get_or_init(|| crate::model::layout::frames_of(project))
    }

    /// The notes that may meet `area`, each once, in id order; `None` when `area` covers so
    /// much of the board that walking every note is quicker (zoomed out to fit).
    pub(super) fn near(&self, area: &BoardRect) -> Option<Vec<NoteId>> {
        let (from, to) = cell_range(area);
        let across = i64::from(to.0) - i64::from(from.0) + 1;
        let down = i64::from(to.1) - i64::from(from.1) + 1;
        if across.saturating_mul(down) > self.cells.len() as i64 / 2 {
            return None;
        }
        let mut found: Vec<NoteId> = (from.0..=to.0)
            .flat_map(|x| (from.1..=to.1).map(move |y| (x, y)))
            .filter_map(|cell| self.cells.get(&cell))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        Some(found)
    }
}

/// The first and last cells a rectangle meets. Coordinates are bounded on load, so the cast
/// saturates only for nonsense.
fn cell_range(rect: &BoardRect) -> ((i32, i32), (i32, i32)) {
    let cell = |v: f32| (v / CELL).floor() as i32;
    (
        (cell(rect.min.x), cell(rect.min.y)),
        (cell(rect.max.x), cell(rect.max.y)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoardPos, Note};

    fn project_with_notes(places: &[(f32, f32)]) -> Project {
        let mut project = Project::new("Index");
        for (i, (x, y)) in places.iter().enumerate() {
            let id = NoteId(i as u64 + 1);
            project.notes.insert(
                id,
                Note {
                    id,
                    text: format!("note {i}"),
                    pos: BoardPos::new(*x, *y),
                    z: 0,
                    copy_of: None,
                    details: crate::model::NoteDetails::default(),
                    picture: None,
                },
            );
        }
        project
    }

    #[test]
    fn the_notes_near_an_area_are_those_that_may_meet_it_and_no_far_one() {
        // A row of notes 3,000 units apart, and one straddling a cell corner.
        let mut places: Vec<(f32, f32)> = (0..40).map(|i| (i as f32 * 3000.0, 0.0)).collect();
        places.push((1000.0, 1000.0));
        let project = project_with_notes(&places);
        let index = Indexed::build(&project);
        let area = BoardRect::from_min_size(BoardPos::new(-100.0, -100.0), 1400.0, 1400.0);
        let near = index.near(&area).expect("a small area is looked up");
        // The first note and the one at the corner, nothing thousands of units away.
        assert_eq!(near, [NoteId(1), NoteId(41)]);
        // Every note that meets the area is among them.
        for note in project.notes.values() {
            if note_bounds(note).intersects(&area) {
                assert!(near.contains(&note.id));
            }
        }
        // Zoomed right out, the whole board is walked instead.
        let everything = BoardRect::from_min_size(BoardPos::new(-1e5, -1e5), 1e6, 1e6);
        assert_eq!(index.near(&everything), None);
    }
}
