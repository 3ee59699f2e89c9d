//! How far the board moves under a facilitator's hands: a scripted session of grouping,
//! adding and filling themes on the fresh sample, with the distance every note and theme
//! travelled that the person did not move themselves. Nothing may end up hidden, and what is
//! made room for takes the nearest free place rather than pushing the board far.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use std::collections::BTreeMap;

use cytun::command::{Command, apply, group_notes};
use cytun::model::layout::theme_rect;
use cytun::model::make_space::{Block, overlapping};
use cytun::model::{BoardPos, NoteDetails, NoteId, Project, ThemeId};

/// Where every theme and loose note lies.
fn places(project: &Project) -> BTreeMap<Block, BoardPos> {
    let themed: std::collections::BTreeSet<NoteId> = project
        .themes
        .values()
        .flat_map(|t| t.notes.iter().copied())
        .collect();
    project
        .themes
        .values()
        .map(|t| (Block::Theme(t.id), t.pos))
        .chain(
            project
                .notes
                .values()
                .filter(|n| !themed.contains(&n.id))
                .map(|n| (Block::Note(n.id), n.pos)),
        )
        .collect()
}

/// The loose notes of the sample's `index`th column, top to bottom, before anything moved.
fn column(project: &Project, index: usize) -> Vec<NoteId> {
    let mut xs: Vec<i64> = places(project)
        .iter()
        .filter(|(b, _)| matches!(b, Block::Note(_)))
        .map(|(_, p)| p.x.round() as i64)
        .collect();
    xs.sort_unstable();
    xs.dedup();
    let x = xs[index];
    let mut notes: Vec<(f32, NoteId)> = places(project)
        .into_iter()
        .filter_map(|(b, p)| match b {
            Block::Note(id) if p.x.round() as i64 == x => Some((p.y, id)),
            _ => None,
        })
        .collect();
    notes.sort_by(|a, b| a.0.total_cmp(&b.0));
    notes.into_iter().map(|(_, id)| id).collect()
}

fn newest_theme(project: &Project) -> ThemeId {
    *project.themes.keys().max().unwrap()
}

/// A new note typed where a double-click asked for it.
fn note_at(pos: BoardPos) -> Command {
    Command::CreateNote {
        pos,
        text: "Tea and time to talk before we start".into(),
        details: Box::new(NoteDetails::default()),
    }
}

/// One step of the session: the command, and what the person moved themselves (which
/// is not counted).
type Step = (Command, Vec<Block>);

/// The session, each step worked out from the board as it is by then.
fn session_step(project: &Project, columns: &[Vec<NoteId>], step: usize) -> Option<Step> {
    let column = |_: &Project, index: usize| columns[index].clone();
    let first = || newest_theme(project);
    Some(match step {
        // Ctrl+G on five notes of the first column, then of the third.
        0 => (
            group_notes(project, column(project, 0)[..5].to_vec(), "Food")?,
            vec![],
        ),
        1 => (
            group_notes(project, column(project, 2)[..5].to_vec(), "Listening")?,
            vec![],
        ),
        // Notes dropped into the themes.
        2 => {
            let theme = *project.themes.keys().next().unwrap();
            let notes = column(project, 1)[..3].to_vec();
            (Command::JoinTheme { theme, notes }, vec![])
        }
        3 => {
            let notes = column(project, 3)[..4].to_vec();
            (
                Command::JoinTheme {
                    theme: first(),
                    notes,
                },
                vec![],
            )
        }
        // A double-click just below a theme's frame, and one on its right edge.
        4 => {
            let frame = theme_rect(&project.themes[&first()], &project.notes);
            (
                note_at(BoardPos::new(frame.min.x + 40.0, frame.max.y - 30.0)),
                vec![],
            )
        }
        5 => {
            let theme = *project.themes.keys().next().unwrap();
            let frame = theme_rect(&project.themes[&theme], &project.notes);
            (
                note_at(BoardPos::new(frame.max.x - 100.0, frame.min.y + 80.0)),
                vec![],
            )
        }
        // Ctrl+G on two notes of the last column.
        6 => (
            group_notes(project, column(project, 5)[5..7].to_vec(), "Time")?,
            vec![],
        ),
        // A theme dragged next to another: the person moved it.
        7 => {
            let theme = first();
            let other = *project.themes.keys().next().unwrap();
            let frame = theme_rect(&project.themes[&other], &project.notes);
            let to = BoardPos::new(frame.max.x + 10.0, frame.min.y + 50.0);
            (Command::MoveTheme { theme, to }, vec![Block::Theme(theme)])
        }
        // Three more notes into the first theme.
        8 => {
            let theme = *project.themes.keys().next().unwrap();
            let notes = column(project, 4)[..3].to_vec();
            (Command::JoinTheme { theme, notes }, vec![])
        }
        _ => return None,
    })
}

/// The distance everything travelled that the person did not move, over the session; each
/// new note or theme counted from where it was asked for.
fn distance_moved(mut project: Project) -> (f32, f32) {
    let columns: Vec<Vec<NoteId>> = (0..6).map(|c| column(&project, c)).collect();
    let mut total = 0.0;
    let mut largest: f32 = 0.0;
    for step in 0.. {
        let Some((command, moved_by_hand)) = session_step(&project, &columns, step) else {
            break;
        };
        let asked = match &command {
            Command::CreateNote { pos, .. } => Some(*pos),
            Command::CreateTheme { at, .. } => Some(*at),
            _ => None,
        };
        let before = places(&project);
        let next_id = project.next_id;
        apply(&mut project, command).unwrap();
        assert!(
            overlapping(&project).is_empty(),
            "step {step} left something hidden: {:?}",
            overlapping(&project)
        );
        let after = places(&project);
        let mut this_step = 0.0;
        for (block, at) in &after {
            if moved_by_hand.contains(block) {
                continue;
            }
            let id = match *block {
                Block::Note(NoteId(id)) | Block::Theme(ThemeId(id)) => id,
                Block::Heading(_) => continue,
            };
            let from = match before.get(block) {
                Some(from) => *from,
                None if id == next_id => asked.unwrap(),
                None => continue,
            };
            let moved = (at.x - from.x).hypot(at.y - from.y);
            this_step += moved;
            largest = largest.max(moved);
        }
        eprintln!("step {step}: {this_step:.0}");
        total += this_step;
    }
    (total, largest)
}

#[test]
fn a_session_of_grouping_moves_the_board_little_and_hides_nothing() {
    let project = cytun::store::load(std::path::Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    let (total, largest) = distance_moved(project);
    eprintln!("moved in all: {total:.0}; the furthest one thing went: {largest:.0}");
    // Pushing alone moved 37,787 board units over this session (the furthest thing 572),
    // taking the nearest free place 4,182 (497) when measured on 2026-12-07: a quarter of
    // the pushing is the most this may grow back to.
    assert!(total < 37_787.0 / 4.0, "the board moved {total:.0} in all");
    assert!(largest < 572.0, "one thing moved {largest:.0}");
}
