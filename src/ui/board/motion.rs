//! Things gliding from where they were to where a command put them (tidying the board), so
//! the room sees where each note and theme went instead of a board rearranged in a blink.
//! Only the drawing moves: the model has its new places from the start.

use std::collections::HashMap;

use crate::model::{BoardPos, BoardVec, NoteId, Project, ThemeId};

/// How long the glide takes, in seconds.
const SECONDS: f64 = 0.6;

/// Where every note and theme is, taken before a command so its moves can be shown.
pub struct Places {
    notes: HashMap<NoteId, BoardPos>,
    themes: HashMap<ThemeId, BoardPos>,
}

impl Places {
    pub fn of(project: &Project) -> Self {
        Self {
            notes: project.notes.values().map(|n| (n.id, n.pos)).collect(),
            themes: project.themes.values().map(|t| (t.id, t.pos)).collect(),
        }
    }
}

/// What is gliding: each moved thing's distance back to where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Motion {
    notes: HashMap<NoteId, BoardVec>,
    themes: HashMap<ThemeId, BoardVec>,
    /// When the glide began (egui time, seconds); set on the first frame drawn.
    started: Option<f64>,
}

impl Motion {
    /// The glide from `before` to the project as it is now; none if nothing moved.
    pub fn since(before: &Places, project: &Project) -> Option<Self> {
        let back = |from: BoardPos, to: BoardPos| {
            let distance = BoardVec::new(from.x - to.x, from.y - to.y);
            (distance.x != 0.0 || distance.y != 0.0).then_some(distance)
        };
        let notes: HashMap<NoteId, BoardVec> = project
            .notes
            .values()
            .filter_map(|n| Some((n.id, back(*before.notes.get(&n.id)?, n.pos)?)))
            .collect();
        let themes: HashMap<ThemeId, BoardVec> = project
            .themes
            .values()
            .filter_map(|t| Some((t.id, back(*before.themes.get(&t.id)?, t.pos)?)))
            .collect();
        (!notes.is_empty() || !themes.is_empty()).then_some(Self {
            notes,
            themes,
            started: None,
        })
    }

    /// Starts the clock on the first frame; false once the glide is over.
    pub fn tick(&mut self, now: f64) -> bool {
        let started = *self.started.get_or_insert(now);
        now - started < SECONDS
    }

    /// How far from its place a note is drawn now.
    pub fn note_offset(&self, id: NoteId, now: f64) -> BoardVec {
        self.notes
            .get(&id)
            .map_or_else(BoardVec::default, |d| self.scaled(*d, now))
    }

    /// How far from its place a theme's frame is drawn now.
    pub fn theme_offset(&self, id: ThemeId, now: f64) -> BoardVec {
        self.themes
            .get(&id)
            .map_or_else(BoardVec::default, |d| self.scaled(*d, now))
    }

    /// The part of the way still to go, eased out: quick at first, settling gently.
    fn scaled(&self, distance: BoardVec, now: f64) -> BoardVec {
        let done = self
            .started
            .map_or(0.0, |started| ((now - started) / SECONDS).clamp(0.0, 1.0));
        let left = (1.0 - done).powi(3) as f32;
        BoardVec::new(distance.x * left, distance.y * left)
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;
    use crate::command::{Command, apply};
    use crate::model::tidy::TidyOrder;

    #[test]
    fn a_tidy_glides_every_moved_note_from_where_it_was_to_its_place() {
        let mut project = Project::default();
        for (x, y) in [(4_000.0, 3_000.0), (-2_000.0, 900.0), (50.0, 60.0)] {
            apply(
                &mut project,
                Command::CreateNote {
                    pos: BoardPos::new(x, y),
                    text: "Tea".to_owned(),
                    details: Box::default(),
                },
            )
            .unwrap();
        }
        let before = Places::of(&project);
        apply(
            &mut project,
            Command::Tidy {
                order: TidyOrder::BySize,
            },
        )
        .unwrap();
        let mut motion = Motion::since(&before, &project).expect("tidying moves notes");
        let (id, was) = before
            .notes
            .iter()
            .map(|(id, pos)| (*id, *pos))
            .find(|(id, pos)| project.note(*id).unwrap().pos != *pos)
            .unwrap();
        let now = project.note(id).unwrap().pos;
        assert!(motion.tick(10.0), "the glide starts");
        let at_start = motion.note_offset(id, 10.0);
        assert_eq!(
            (now.x + at_start.x, now.y + at_start.y),
            (was.x, was.y),
            "drawn where it was at first"
        );
        let half = motion.note_offset(id, 10.3);
        assert!(half.x.abs() + half.y.abs() < at_start.x.abs() + at_start.y.abs());
        assert!(!motion.tick(10.0 + SECONDS + 0.01), "over after its time");
        assert_eq!(motion.note_offset(id, 10.0 + SECONDS), BoardVec::default());
    }
}
