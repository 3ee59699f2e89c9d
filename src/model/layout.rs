//! Where a theme's notes sit: a grid inside its frame, filled row by row, that reflows when
//! notes join or leave. Pure, so commands apply it and the board draws from the result.

use std::collections::BTreeMap;

use super::geometry::{BoardPos, BoardRect, NOTE_WIDTH, note_full_height};
use super::ids::NoteId;
use super::note::Note;
use super::theme::Theme;

/// Space between the frame and its notes.
pub const THEME_PADDING: f32 = 24.0;
/// Height of the title band at the top of a frame.
pub const THEME_TITLE_HEIGHT: f32 = 64.0;
/// Title text size at zoom 1: larger than note text, so it reads from across the room.
pub const THEME_TITLE_FONT_SIZE: f32 = 36.0;
/// Gap between notes in the grid.
pub const THEME_GAP: f32 = 20.0;
/// Widest grid, in notes: wider frames are hard to take in.
pub const THEME_MAX_COLUMNS: usize = 4;
/// Height of a collapsed theme's card: the title band and a line for the count.
pub const COLLAPSED_HEIGHT: f32 = THEME_TITLE_HEIGHT + 56.0;
/// Size of a theme with no notes (only possible for a moment, while editing).
const EMPTY_WIDTH: f32 = NOTE_WIDTH + 2.0 * THEME_PADDING;

/// How many columns a theme of `count` notes has: close to square, at most four.
pub fn columns_for(count: usize) -> usize {
    (1..=THEME_MAX_COLUMNS)
        .find(|c| c * c >= count)
        .unwrap_or(THEME_MAX_COLUMNS)
}

/// The frame and the place of each note for `theme`.
pub fn theme_layout(
    theme: &Theme,
    notes: &BTreeMap<NoteId, Note>,
) -> (BoardRect, Vec<(NoteId, BoardPos)>) {
    let members: Vec<&Note> = theme.notes.iter().filter_map(|id| notes.get(id)).collect();
    let columns = columns_for(members.len());
    let mut places = Vec::with_capacity(members.len());
    let left = theme.pos.x + THEME_PADDING;
    let mut top = theme.pos.y + THEME_TITLE_HEIGHT;
    for row in members.chunks(columns) {
        let mut x = left;
        let mut row_height: f32 = 0.0;
        for note in row {
            places.push((note.id, BoardPos::new(x, top)));
            x += NOTE_WIDTH + THEME_GAP;
            row_height = row_height.max(note_full_height(note));
        }
        top += row_height + THEME_GAP;
    }
    let used_columns = columns.min(members.len().max(1));
    let width = if members.is_empty() {
        EMPTY_WIDTH
    } else {
        used_columns as f32 * (NOTE_WIDTH + THEME_GAP) - THEME_GAP + 2.0 * THEME_PADDING
    };
    if theme.collapsed {
        // Its notes keep their places in the grid, hidden, for when it opens again.
        return (
            BoardRect::from_min_size(theme.pos, EMPTY_WIDTH, COLLAPSED_HEIGHT),
            places,
        );
    }
    let bottom = if members.is_empty() {
        top + THEME_PADDING
    } else {
        top - THEME_GAP + THEME_PADDING
    };
    (
        BoardRect::from_min_size(theme.pos, width, bottom - theme.pos.y),
        places,
    )
}

/// Just the frame of `theme`.
pub fn theme_rect(theme: &Theme, notes: &BTreeMap<NoteId, Note>) -> BoardRect {
    theme_layout(theme, notes).0
}

/// Where a theme made from scattered notes goes: to the right of everything on the board,
/// where it covers nothing.
pub fn free_spot(project: &super::Project) -> BoardPos {
    match occupied(project) {
        Some(all) => BoardPos::new(all.max.x + 150.0, all.min.y),
        None => BoardPos::default(),
    }
}

/// Everything drawn on the board: notes, theme frames (title bands included) and column
/// labels. What zoom-to-fit shows and what new things must not cover.
pub fn occupied(project: &super::Project) -> Option<BoardRect> {
    let notes = super::geometry::bounds_of(project.notes.values());
    let frames = project
        .themes
        .values()
        .map(|t| theme_rect(t, &project.notes));
    let labels = project.headings.values().map(|heading| {
        BoardRect::from_min_size(heading.pos, NOTE_WIDTH, super::heading::HEADING_HEIGHT)
    });
    notes
        .into_iter()
        .chain(frames)
        .chain(labels)
        .reduce(|a, b| a.union(&b))
}

/// How much board lies free above each theme's frame, over the frame's width: the room a
/// title has when, zoomed out, it is set above its frame, so it is never drawn over the
/// frame, note or column label above. Unbounded where nothing is above.
pub fn room_above_titles(project: &super::Project) -> BTreeMap<super::ThemeId, f32> {
    let frames: Vec<(super::ThemeId, BoardRect)> = project
        .themes
        .keys()
        .copied()
        .zip(frames_of(project))
        .collect();
    let hidden = super::geometry::hidden_notes(project);
    let notes = project
        .notes
        .values()
        .filter(|note| !hidden.contains(&note.id))
        .map(super::geometry::note_rect);
    let labels = project.headings.values().map(|heading| {
        BoardRect::from_min_size(heading.pos, NOTE_WIDTH, super::heading::HEADING_HEIGHT)
    });
    let obstacles: Vec<BoardRect> = frames
        .iter()
        .map(|(_, frame)| *frame)
        .chain(notes)
        .chain(labels)
        .collect();
    frames
        .iter()
        .map(|(id, frame)| {
            let room = obstacles
                .iter()
                .filter(|other| {
                    other.min.y < frame.min.y
                        && other.min.x < frame.max.x
                        && other.max.x > frame.min.x
                })
                .map(|other| (frame.min.y - other.max.y).max(0.0))
                .fold(f32::INFINITY, f32::min);
            (*id, room)
        })
        .collect()
}

/// Every theme's frame.
pub fn frames_of(project: &super::Project) -> Vec<BoardRect> {
    project
        .themes
        .values()
        .map(|theme| theme_rect(theme, &project.notes))
        .collect()
}

/// How close the nearest other thing on the board comes to `area` (a note or a frame),
/// up to `up_to`: what a ring drawn round `area` may take without covering a neighbour.
/// What `area` holds (a theme's notes) or lies in (a note's frame) is not a neighbour.
/// `frames` are the themes' frames (`frames_of`), worked out once for the board's state.
pub fn clearance(
    project: &super::Project,
    frames: &[BoardRect],
    area: BoardRect,
    up_to: f32,
) -> f32 {
    let near = area.expand(up_to);
    let hidden = super::geometry::hidden_notes(project);
    let frames = frames.iter().copied();
    // A note's place says whether it can be near before its height is measured.
    let notes = project
        .notes
        .values()
        .filter(|note| !hidden.contains(&note.id))
        .filter(|note| {
            BoardRect::from_min_size(note.pos, NOTE_WIDTH, super::geometry::NOTE_MAX_HEIGHT)
                .intersects(&near)
        })
        .map(super::geometry::note_rect);
    let labels = project.headings.values().map(|heading| {
        BoardRect::from_min_size(heading.pos, NOTE_WIDTH, super::heading::HEADING_HEIGHT)
    });
    let holds = |outer: &BoardRect, inner: &BoardRect| {
        outer.min.x <= inner.min.x
            && outer.min.y <= inner.min.y
            && outer.max.x >= inner.max.x
            && outer.max.y >= inner.max.y
    };
    frames
        .chain(notes)
        .chain(labels)
        .filter(|other| other.intersects(&near))
        .filter(|other| !holds(other, &area) && !holds(&area, other))
        .map(|other| {
            let dx = (other.min.x - area.max.x).max(area.min.x - other.max.x);
            let dy = (other.min.y - area.max.y).max(area.min.y - other.max.y);
            dx.max(dy).max(0.0)
        })
        .fold(up_to, f32::min)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ThemeId;
    use crate::model::geometry::note_height;

    #[test]
    fn grid_is_close_to_square_and_notes_never_overlap() {
        assert_eq!(
            (
                columns_for(1),
                columns_for(2),
                columns_for(4),
                columns_for(5),
                columns_for(40)
            ),
            (1, 2, 2, 3, 4)
        );
        let notes: BTreeMap<_, _> = (1..=7)
            .map(|i| {
                (
                    NoteId(i),
                    Note::plain(i, &"long words here ".repeat(i as usize)),
                )
            })
            .collect();
        let theme = Theme {
            id: ThemeId(100),
            title: "Trust".into(),
            meaning: String::new(),
            notes: notes.keys().copied().collect(),
            pos: BoardPos::new(50.0, 50.0),
            collapsed: false,
            colour: None,
            former_titles: Vec::new(),
        };
        let (frame, places) = theme_layout(&theme, &notes);
        let rects: Vec<BoardRect> = places
            .iter()
            .map(|(id, pos)| {
                BoardRect::from_min_size(*pos, NOTE_WIDTH, note_height(&notes[id].text))
            })
            .collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(
                frame.contains(a.min) && frame.contains(a.max),
                "note inside its frame"
            );
            for b in &rects[i + 1..] {
                let overlap = a.min.x < b.max.x
                    && b.min.x < a.max.x
                    && a.min.y < b.max.y
                    && b.min.y < a.max.y;
                assert!(!overlap, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_title_has_the_room_up_to_whatever_is_above_its_frame() {
        let mut project = crate::model::Project::default();
        let theme = |id: u64, notes: Vec<NoteId>, x: f32, y: f32| Theme {
            id: ThemeId(id),
            title: format!("Theme {id}"),
            meaning: String::new(),
            notes,
            pos: BoardPos::new(x, y),
            collapsed: false,
            colour: None,
            former_titles: Vec::new(),
        };
        for i in 1..=3 {
            project.notes.insert(NoteId(i), Note::plain(i, "words"));
        }
        project
            .themes
            .insert(ThemeId(10), theme(10, vec![NoteId(1)], 0.0, 0.0));
        let top = theme_rect(&project.themes[&ThemeId(10)], &project.notes);
        // Below it, 50 apart and overlapping its width by a little.
        project.themes.insert(
            ThemeId(11),
            theme(11, vec![NoteId(2)], top.max.x - 10.0, top.max.y + 50.0),
        );
        // Beside it, nothing above.
        project
            .themes
            .insert(ThemeId(12), theme(12, vec![], top.max.x + 1000.0, 0.0));
        let room = room_above_titles(&project);
        assert!(room[&ThemeId(10)].is_infinite());
        assert!((room[&ThemeId(11)] - 50.0).abs() < 0.01);
        assert!(room[&ThemeId(12)].is_infinite());

        // A loose note reaching over the top of a frame leaves its title no room.
        let mut note = Note::plain(3, "words");
        note.pos = BoardPos::new(top.max.x + 1010.0, -20.0);
        project.notes.insert(NoteId(3), note);
        assert!(room_above_titles(&project)[&ThemeId(12)].abs() < 0.01);

        // Notes folded away in a collapsed theme take no room.
        project.themes.insert(ThemeId(13), {
            let mut folded = theme(13, vec![NoteId(3)], top.max.x + 3000.0, 0.0);
            folded.collapsed = true;
            folded
        });
        assert!(room_above_titles(&project)[&ThemeId(12)].is_infinite());
    }

    #[test]
    fn a_ring_round_a_theme_may_reach_as_far_as_its_nearest_neighbour() {
        let mut project = crate::model::Project::default();
        for i in 1..=3 {
            project.notes.insert(NoteId(i), Note::plain(i, "words"));
        }
        project.themes.insert(
            ThemeId(10),
            Theme {
                id: ThemeId(10),
                title: "Theme".into(),
                meaning: String::new(),
                notes: vec![NoteId(1), NoteId(2)],
                pos: BoardPos::new(0.0, 0.0),
                collapsed: false,
                colour: None,
                former_titles: Vec::new(),
            },
        );
        let (frame, places) = theme_layout(&project.themes[&ThemeId(10)], &project.notes);
        for (id, pos) in &places {
            if let Some(note) = project.notes.get_mut(id) {
                note.pos = *pos;
            }
        }
        // A loose note 30 below the frame.
        if let Some(note) = project.notes.get_mut(&NoteId(3)) {
            note.pos = BoardPos::new(frame.min.x + 10.0, frame.max.y + 30.0);
        }
        assert!((clearance(&project, &frames_of(&project), frame, 100.0) - 30.0).abs() < 0.01);
        // Its own notes are not neighbours; from a note inside, its neighbour in the grid
        // is (THEME_GAP away), its frame is not.
        let first = crate::model::geometry::note_rect(&project.notes[&places[0].0]);
        assert!((clearance(&project, &frames_of(&project), first, 100.0) - THEME_GAP).abs() < 0.01);
        // Nothing near: the most asked for.
        assert!((clearance(&project, &frames_of(&project), frame, 20.0) - 20.0).abs() < 0.01);
    }
}
