//! Themes in the model: grouping, joining, leaving, moving, renaming and dissolving, each one
//! exact undo step; and the invariants that hold after any sequence of commands.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::common;

use common::project_with_notes;
use cytun::command::{Command, History, apply};
use cytun::model::layout::theme_layout;
use cytun::model::{BoardPos, NoteId, Placement, Project, ThemeId};
use proptest::prelude::*;

fn ids(list: &[u64]) -> Vec<NoteId> {
    list.iter().map(|i| NoteId(*i)).collect()
}

/// Every invariant the board relies on.
fn assert_sound(project: &Project) {
    let mut seen = std::collections::BTreeSet::new();
    for theme in project.themes.values() {
        for note in &theme.notes {
            assert!(
                project.notes.contains_key(note),
                "theme {:?} points at missing {note:?}",
                theme.id
            );
            assert!(seen.insert(*note), "{note:?} is in two themes");
        }
        // A contribution appears at most once in a theme.
        let originals: Vec<NoteId> = theme
            .notes
            .iter()
            .map(|n| project.notes[n].copy_of.unwrap_or(*n))
            .collect();
        let unique: std::collections::BTreeSet<_> = originals.iter().collect();
        assert_eq!(
            unique.len(),
            originals.len(),
            "a contribution twice in {:?}",
            theme.id
        );
        let (_, places) = theme_layout(theme, &project.notes);
        for (note, pos) in places {
            assert_eq!(project.notes[&note].pos, pos, "{note:?} is out of its grid");
        }
    }
    for note in project.notes.values() {
        if let Some(original) = note.copy_of {
            let original = project
                .notes
                .get(&original)
                .expect("a copy's original exists");
            assert!(original.copy_of.is_none(), "copies point at the original");
            assert_eq!(original.text, note.text, "linked copies share their text");
        }
    }
}

fn create(project: &mut Project, title: &str, notes: &[u64]) -> (ThemeId, Command) {
    let inverse = apply(
        project,
        Command::CreateTheme {
            title: title.into(),
            notes: ids(notes),
            at: BoardPos::new(0.0, 2000.0),
        },
    )
    .unwrap();
    let id = project
        .themes
        .values()
        .find(|t| t.title == title)
        .unwrap()
        .id;
    (id, inverse)
}

/// Folds `theme` to its small card.
fn fold(project: &mut Project, theme: ThemeId) {
    apply(
        project,
        Command::SetThemeCollapsed {
            theme,
            collapsed: true,
        },
    )
    .unwrap();
}

#[test]
fn grouping_notes_makes_a_theme_with_a_tidy_grid_and_undo_removes_it() {
    let mut project = project_with_notes(6);
    let before = project.clone();
    let (theme, inverse) = create(&mut project, "Trust", &[2, 4, 5]);
    assert_eq!(project.themes[&theme].notes, ids(&[2, 4, 5]));
    assert_sound(&project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project.notes, before.notes);
    assert!(project.themes.is_empty());
}

#[test]
fn joining_moves_a_note_from_its_old_theme_and_both_grids_reflow() {
    let mut project = project_with_notes(6);
    let (trust, _) = create(&mut project, "Trust", &[1, 2, 3]);
    let (warmth, _) = create(&mut project, "Warmth", &[4, 5]);
    let before = project.clone();
    let inverse = apply(
        &mut project,
        Command::JoinTheme {
            theme: warmth,
            notes: ids(&[2]),
        },
    )
    .unwrap();
    assert_eq!(project.themes[&trust].notes, ids(&[1, 3]));
    assert_eq!(project.themes[&warmth].notes, ids(&[4, 5, 2]));
    assert_sound(&project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn leaving_puts_the_note_where_it_was_dropped() {
    let mut project = project_with_notes(4);
    let (theme, _) = create(&mut project, "Trust", &[1, 2, 3]);
    let before = project.clone();
    let drop = Placement {
        id: NoteId(2),
        pos: BoardPos::new(-900.0, -900.0),
        z: 7,
    };
    let inverse = apply(&mut project, Command::LeaveThemes { moves: vec![drop] }).unwrap();
    assert_eq!(project.themes[&theme].notes, ids(&[1, 3]));
    assert_eq!(project.notes[&NoteId(2)].pos, drop.pos);
    assert_sound(&project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn moving_a_frame_moves_its_notes_and_dissolving_keeps_every_note() {
    let mut project = project_with_notes(4);
    let (theme, _) = create(&mut project, "Trust", &[1, 2]);
    let before = project.clone();
    let inverse = apply(
        &mut project,
        Command::MoveTheme {
            theme,
            to: BoardPos::new(500.0, 500.0),
        },
    )
    .unwrap();
    let dx = project.notes[&NoteId(1)].pos.x - before.notes[&NoteId(1)].pos.x;
    assert!((dx - 500.0).abs() < 1e-3);
    assert_sound(&project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);

    let inverse = apply(&mut project, Command::DissolveTheme { theme }).unwrap();
    assert!(project.themes.is_empty());
    assert_eq!(project.notes, before.notes, "notes stay, where they were");
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn deleting_a_themed_note_leaves_no_dangling_member() {
    let mut project = project_with_notes(4);
    let (theme, _) = create(&mut project, "Trust", &[1, 2, 3]);
    let before = project.clone();
    let inverse = apply(&mut project, Command::DeleteNotes { ids: ids(&[2]) }).unwrap();
    assert_eq!(project.themes[&theme].notes, ids(&[1, 3]));
    assert_sound(&project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn renaming_is_one_undoable_step() {
    let mut project = project_with_notes(2);
    let (theme, _) = create(&mut project, "Untitled theme 1", &[1, 2]);
    let before = project.clone();
    let inverse = apply(
        &mut project,
        Command::RenameTheme {
            theme,
            title: "Ymddiriedaeth".into(),
        },
    )
    .unwrap();
    assert_eq!(project.themes[&theme].title, "Ymddiriedaeth");
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn a_version_1_file_with_themes_opens_laid_out_and_saves_as_the_current_version() {
    let text = r#"(
  format_version: 1,
  title: "Old workshop",
  next_id: 10,
  notes: [
    (id: 1, text: "Trust", pos: (x: 100.0, y: 100.0), details: ()),
    (id: 2, text: "Listening", pos: (x: 105.0, y: 110.0), details: ()),
    (id: 3, text: "Loose", pos: (x: 3000.0, y: 0.0), details: ()),
  ],
  themes: [(id: 9, title: "Being heard", notes: [1, 2])],
)"#;
    let project = cytun::store::parse(text).unwrap();
    let theme = &project.themes[&ThemeId(9)];
    assert_eq!(theme.title, "Being heard");
    assert_sound(&project);
    assert_eq!(
        project.notes[&NoteId(3)].pos,
        BoardPos::new(3000.0, 0.0),
        "loose notes untouched"
    );
    let saved = cytun::store::to_ron(&project).unwrap();
    assert!(saved.starts_with(&format!(
        "(\n  format_version: {},",
        cytun::store::FORMAT_VERSION
    )));
    assert_eq!(cytun::store::parse(&saved).unwrap(), project);
}

#[test]
fn merging_keeps_every_note_and_both_titles_and_undoes() {
    let mut project = project_with_notes(6);
    let (trust, _) = create(&mut project, "Trust", &[1, 2]);
    let (listening, _) = create(&mut project, "Listening", &[3, 4, 5]);
    let before = project.clone();
    let inverse = apply(
        &mut project,
        Command::MergeThemes {
            from: listening,
            into: trust,
        },
    )
    .unwrap();
    assert!(!project.themes.contains_key(&listening));
    assert_eq!(project.themes[&trust].notes, ids(&[1, 2, 3, 4, 5]));
    assert_eq!(
        project.themes[&trust].former_titles,
        vec!["Listening".to_owned()]
    );
    assert_sound(&project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn a_collapsed_theme_is_a_small_card_and_opens_to_the_same_grid() {
    let mut project = project_with_notes(6);
    let (theme, _) = create(&mut project, "Trust", &[1, 2, 3, 4]);
    let open = cytun::model::layout::theme_rect(&project.themes[&theme], &project.notes);
    let before = project.clone();
    let inverse = apply(
        &mut project,
        Command::SetThemeCollapsed {
            theme,
            collapsed: true,
        },
    )
    .unwrap();
    let card = cytun::model::layout::theme_rect(&project.themes[&theme], &project.notes);
    assert!(card.width() < open.width() && card.height() < open.height());
    assert_eq!(
        project.notes, before.notes,
        "notes keep their places, hidden"
    );
    assert!(cytun::model::geometry::hidden_notes(&project).contains(&NoteId(2)));
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn dissolving_a_folded_theme_moves_aside_a_note_put_where_its_notes_lay() {
    let mut project = project_with_notes(6);
    let (theme, _) = create(&mut project, "Trust", &[1, 2, 3, 4]);
    fold(&mut project, theme);
    // The folded card leaves free the place where its last note lies; a note is put there.
    let hidden_place = project.notes[&NoteId(4)].pos;
    apply(
        &mut project,
        Command::CreateNote {
            pos: hidden_place,
            text: "put on top".into(),
            details: Box::default(),
        },
    )
    .unwrap();
    let before = project.clone();
    let inverse = apply(&mut project, Command::DissolveTheme { theme }).unwrap();
    assert!(
        cytun::model::make_space::overlapping(&project).is_empty(),
        "a note came back under another"
    );
    // The theme's notes keep their places; the note put on top moved aside.
    assert_eq!(project.notes[&NoteId(4)].pos, hidden_place);
    let newest = *project.notes.keys().max().unwrap();
    assert_ne!(project.notes[&newest].pos, hidden_place);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before, "one undo puts both back");
}

fn arb_command() -> impl Strategy<Value = Command> {
    let note = (1u64..7).prop_map(NoteId);
    let notes = prop::collection::vec(note.clone(), 1..4);
    // Themes take ids from the project's counter, after the six notes.
    let theme = (7u64..12).prop_map(ThemeId);
    let pos = (-3000.0f32..3000.0, -3000.0f32..3000.0).prop_map(|(x, y)| BoardPos::new(x, y));
    prop_oneof![
        (notes.clone(), pos.clone()).prop_map(|(notes, at)| Command::CreateTheme {
            title: "T".into(),
            notes,
            at
        }),
        (theme.clone(), notes.clone())
            .prop_map(|(theme, notes)| Command::JoinTheme { theme, notes }),
        prop::collection::vec((note.clone(), pos.clone()), 1..3).prop_map(|moves| {
            Command::LeaveThemes {
                moves: moves
                    .into_iter()
                    .map(|(id, pos)| Placement { id, pos, z: 1 })
                    .collect(),
            }
        }),
        // Moving notes by hand (a drag, Ctrl+arrow): refused for a theme's notes.
        prop::collection::vec((note.clone(), pos.clone()), 1..3).prop_map(|moves| {
            Command::MoveNotes {
                moves: moves
                    .into_iter()
                    .map(|(id, pos)| Placement { id, pos, z: 2 })
                    .collect(),
            }
        }),
        (theme.clone(), pos.clone()).prop_map(|(theme, to)| Command::MoveTheme { theme, to }),
        (theme.clone(), "[a-zŵ]{0,6}")
            .prop_map(|(theme, title)| Command::RenameTheme { theme, title }),
        theme
            .clone()
            .prop_map(|theme| Command::DissolveTheme { theme }),
        (theme.clone(), any::<bool>())
            .prop_map(|(theme, collapsed)| Command::SetThemeCollapsed { theme, collapsed }),
        (theme.clone(), theme.clone()).prop_map(|(from, into)| Command::MergeThemes { from, into }),
        (note.clone(), theme).prop_map(|(note, theme)| Command::AlsoFits { note, theme }),
        (note.clone(), "[a-z]{1,9}").prop_map(|(id, text)| Command::SetNoteText { id, text }),
        notes.prop_map(|ids| Command::DeleteNotes { ids }),
        (pos, "[a-z]{1,5}").prop_map(|(pos, text)| Command::CreateNote {
            pos,
            text,
            details: Box::default()
        }),
        any::<bool>().prop_map(|by_size| Command::Tidy {
            order: if by_size {
                cytun::model::tidy::TidyOrder::BySize
            } else {
                cytun::model::tidy::TidyOrder::ByRank
            }
        }),
    ]
}

/// A command, or a batch of two or three (one action, one undo step).
fn arb_command_or_batch() -> impl Strategy<Value = Command> {
    prop_oneof![
        4 => arb_command(),
        1 => prop::collection::vec(arb_command(), 2..4)
            .prop_map(|commands| Command::Batch { commands }),
    ]
}

proptest! {
    #[test]
    fn invariants_hold_after_any_sequence_and_undoing_all_restores_the_start(
        commands in prop::collection::vec(arb_command_or_batch(), 1..30)
    ) {
        let start = project_with_notes(6);
        prop_assert!(cytun::model::make_space::overlapping(&start).is_empty());
        let mut project = start.clone();
        let mut history = History::default();
        for command in commands {
            let before = project.clone();
            if history.execute(&mut project, command).is_err() {
                prop_assert_eq!(&project, &before);
            }
            assert_sound(&project);
            // Nothing is hidden: no note, frame or label lies over another.
            let hidden = cytun::model::make_space::overlapping(&project);
            prop_assert!(hidden.is_empty(), "overlapping: {:?}", hidden);
        }
        let end = project.clone();
        while history.undo(&mut project).unwrap() {
            assert_sound(&project);
        }
        prop_assert_eq!(&project.notes, &start.notes);
        prop_assert_eq!(&project.themes, &start.themes);
        while history.redo(&mut project).unwrap() {}
        prop_assert_eq!(&project, &end);
    }
}

#[test]
fn ctrl_arrow_on_a_themes_note_moves_its_theme_and_keeps_the_grid() {
    let mut project = project_with_notes(6);
    let (theme, _) = create(&mut project, "Trust", &[1, 2, 3]);
    let step = cytun::model::geometry::BoardVec::new(20.0, 0.0);
    let frame_before = project.themes[&theme].pos;
    let loose_before = project.notes[&NoteId(5)].pos;
    // Note 2 is in the theme, note 5 is loose: both are selected.
    let command = cytun::command::nudge(&project, &ids(&[2, 5]), None, step).unwrap();
    assert!(matches!(&command, Command::Batch { commands } if commands.len() == 2));
    let start = project.clone();
    let undo = apply(&mut project, command).unwrap();
    assert_sound(&project);
    assert_eq!(project.themes[&theme].pos, frame_before.offset(step));
    assert_eq!(project.notes[&NoteId(5)].pos, loose_before.offset(step));
    // One key press, one undo step.
    apply(&mut project, undo).unwrap();
    assert_eq!(project, start);
    let redo = cytun::command::nudge(&project, &ids(&[2, 5]), None, step).unwrap();
    apply(&mut project, redo).unwrap();
    // A batch refused part way changes nothing.
    let before = project.clone();
    let refused = apply(
        &mut project,
        Command::Batch {
            commands: vec![
                Command::SetTitle {
                    title: "Changed".into(),
                },
                Command::DissolveTheme {
                    theme: ThemeId(999),
                },
            ],
        },
    );
    assert!(refused.is_err());
    assert_eq!(project, before);
    // A plain move of a theme's note is refused and changes nothing.
    let before = project.clone();
    let refused = apply(
        &mut project,
        Command::MoveNotes {
            moves: vec![Placement {
                id: NoteId(2),
                pos: BoardPos::new(-900.0, -900.0),
                z: 9,
            }],
        },
    );
    assert!(matches!(
        refused,
        Err(cytun::command::CommandError::InTheme(NoteId(2)))
    ));
    assert_eq!(project, before);
}

#[test]
fn untitled_theme_numbers_never_repeat_after_a_dissolve() {
    use cytun::i18n::{Arg, I18n, UiLanguage};
    use cytun::model::theme::next_untitled_number;
    for language in [UiLanguage::English, UiLanguage::Welsh] {
        let tr = I18n::new(language);
        let title_for = |n: u32| tr.tr_args("theme-untitled", &[("number", Arg::from(n))]);
        let mut project = project_with_notes(6);
        let next = |p: &Project| {
            title_for(next_untitled_number(
                p.themes.values().map(|t| t.title.as_str()),
                title_for,
            ))
        };
        let first_title = next(&project);
        let (first, _) = create(&mut project, &first_title, &[1, 2]);
        let second_title = next(&project);
        create(&mut project, &second_title, &[3, 4]);
        apply(&mut project, Command::DissolveTheme { theme: first }).unwrap();
        let third = next(&project);
        assert_ne!(
            third, second_title,
            "{language:?}: a new theme never takes a name in use"
        );
        assert_eq!(third, title_for(3));
        // A theme renamed by the group frees nothing and blocks nothing.
        assert_eq!(
            next_untitled_number(["Trust", "Bwyd"], title_for),
            1,
            "{language:?}"
        );
    }
}

#[test]
fn select_all_and_delete_leave_notes_folded_in_a_collapsed_theme_alone() {
    let mut project = project_with_notes(6);
    let (theme, _) = create(&mut project, "Trust", &[1, 2, 3]);
    fold(&mut project, theme);
    let visible = cytun::model::geometry::visible_notes(&project);
    assert_eq!(visible.into_iter().collect::<Vec<_>>(), ids(&[4, 5, 6]));
    // Delete with everything selected (an old selection that still holds the folded notes)
    // deletes only what shows.
    let delete = cytun::command::delete_selection(&project, &ids(&[1, 2, 5, 6]), None);
    assert_eq!(delete, Some(Command::DeleteNotes { ids: ids(&[5, 6]) }));
    // Only folded notes selected: nothing to delete that anyone can see.
    assert_eq!(
        cytun::command::delete_selection(&project, &ids(&[1, 2]), None),
        None
    );
}

#[test]
fn delete_with_only_a_theme_selected_dissolves_it_and_keeps_its_notes() {
    use cytun::command::delete_selection;
    let mut project = project_with_notes(4);
    let (theme, _) = create(&mut project, "Trust", &[1, 2]);
    let command = delete_selection(&project, &[], Some(theme));
    assert_eq!(command, Some(Command::DissolveTheme { theme }));
    apply(&mut project, command.unwrap()).unwrap();
    assert_eq!(project.notes.len(), 4, "every note stays");
    // A theme that is gone (dissolved by someone else) gives nothing to do.
    assert_eq!(delete_selection(&project, &[], Some(theme)), None);
    // Notes selected as well as the theme: Delete means the notes.
    assert_eq!(
        delete_selection(&project, &ids(&[3]), Some(theme)),
        Some(Command::DeleteNotes { ids: ids(&[3]) })
    );
}

#[test]
fn what_a_drop_means_onto_a_note_a_theme_its_own_theme_and_the_board() {
    use cytun::command::drop_notes;
    let mut project = project_with_notes(6);
    let note_pos = |p: &Project, id: u64| p.notes[&NoteId(id)].pos;
    let centre = |p: &Project, id: u64| {
        let pos = note_pos(p, id);
        BoardPos::new(pos.x + 20.0, pos.y + 20.0)
    };
    // Onto a loose note: the two become a theme, the target first.
    let grab = centre(&project, 1);
    let drop = drop_notes(&project, &ids(&[1]), grab, centre(&project, 2), "New");
    let Some(Command::CreateTheme { title, notes, .. }) = drop.clone() else {
        panic!("a theme is made: {drop:?}");
    };
    assert_eq!((title.as_str(), notes), ("New", ids(&[2, 1])));
    apply(&mut project, drop.unwrap()).unwrap();
    let theme = *project.themes.keys().next().unwrap();
    // Back into its own theme: nothing changes.
    let member = centre(&project, 1);
    assert!(drop_notes(&project, &ids(&[1]), member, centre(&project, 2), "New").is_none());
    // Not moved at all: nothing changes.
    assert!(drop_notes(&project, &ids(&[3]), member, member, "New").is_none());
    // A loose note onto a theme's note: it joins that theme.
    let joined = drop_notes(
        &project,
        &ids(&[3]),
        centre(&project, 3),
        centre(&project, 2),
        "New",
    );
    assert_eq!(
        joined,
        Some(Command::JoinTheme {
            theme,
            notes: ids(&[3])
        })
    );
    // Out onto empty board: a theme's note leaves it; a loose note just moves, on top.
    let far = BoardPos::new(-5000.0, -5000.0);
    assert!(matches!(
        drop_notes(&project, &ids(&[1]), centre(&project, 1), far, "New"),
        Some(Command::LeaveThemes { .. })
    ));
    let moved = drop_notes(&project, &ids(&[4]), centre(&project, 4), far, "New");
    let Some(Command::MoveNotes { moves }) = moved else {
        panic!("a loose note moves: {moved:?}");
    };
    assert!(
        moves[0].z > project.top_z(),
        "lifted above every other note"
    );
}

#[test]
fn grouping_frames_the_selection_where_it_lies() {
    let project = project_with_notes(6);
    let command = cytun::command::group_notes(&project, ids(&[2, 3]), "Untitled theme 1").unwrap();
    let Command::CreateTheme { title, notes, at } = command else {
        panic!("a new theme");
    };
    let bounds =
        cytun::model::geometry::bounds_of([2, 3].iter().map(|id| &project.notes[&NoteId(*id)]))
            .unwrap();
    assert_eq!((title.as_str(), notes), ("Untitled theme 1", ids(&[2, 3])));
    assert!(
        at.x < bounds.min.x && at.y < bounds.min.y,
        "the frame is around them"
    );
    assert!(cytun::command::group_notes(&project, Vec::new(), "T").is_none());
}

#[test]
fn the_bundled_sample_hides_nothing() {
    let sample = cytun::store::load(std::path::Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&sample), []);
}

/// A tight board: 36 short notes in a 6×6 grid, 20 units apart.
fn tight_board() -> Project {
    let mut project = Project::new("Tight");
    let step_x = cytun::model::geometry::NOTE_WIDTH + 20.0;
    for i in 0..36u64 {
        let id = project.allocate_note_id();
        let note = cytun::model::Note {
            id,
            text: format!("Note {i}"),
            pos: BoardPos::new((i % 6) as f32 * step_x, (i / 6) as f32 * 160.0),
            z: 0,
            copy_of: None,
            picture: None,
            details: cytun::model::NoteDetails::default(),
        };
        project.notes.insert(id, note);
    }
    project
}

#[test]
fn a_theme_made_on_a_tight_board_takes_the_nearest_free_place_and_one_undo_puts_it_back() {
    let mut project = tight_board();
    assert!(cytun::model::make_space::overlapping(&project).is_empty());
    let before = project.clone();
    // Six notes from the first two rows grouped where the first one lay: there is no room
    // for the frame there without pushing most of the board.
    let grouped = ids(&[1, 2, 3, 7, 8, 9]);
    let at = before.notes[&NoteId(1)].pos;
    let undo = apply(
        &mut project,
        Command::CreateTheme {
            title: "Welcome".into(),
            notes: grouped.clone(),
            at,
        },
    )
    .unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&project), []);
    // The new theme moved, not the thirty notes around it: each is where it was.
    for note in project.notes.values().filter(|n| !grouped.contains(&n.id)) {
        assert_eq!(note.pos, before.notes[&note.id].pos, "{} stayed", note.text);
    }
    // To the nearest free place: beside the grid or below it, not far beyond.
    let grid = cytun::model::geometry::bounds_of(before.notes.values()).unwrap();
    let theme = project.themes.values().next().unwrap();
    assert_ne!(theme.pos, at, "the frame left the grid");
    assert!(
        theme.pos.x <= grid.max.x + 100.0 && theme.pos.y <= grid.max.y + 100.0,
        "{:?} is next to the grid {grid:?}",
        theme.pos
    );
    apply(&mut project, undo).unwrap();
    assert_eq!(project.notes, before.notes, "one undo puts the notes back");
    assert!(project.themes.is_empty());
}

/// Where pushing is the shorter way (a small note on a roomy board), the new thing stays
/// where it was asked for and its neighbour moves aside, right or down.
#[test]
fn a_new_note_stays_where_asked_when_a_small_push_makes_room() {
    let mut project = Project::new("Roomy");
    let first = project.allocate_note_id();
    project.notes.insert(
        first,
        cytun::model::Note {
            id: first,
            text: "Already here".into(),
            pos: BoardPos::new(0.0, 100.0),
            z: 0,
            copy_of: None,
            picture: None,
            details: cytun::model::NoteDetails::default(),
        },
    );
    apply(
        &mut project,
        Command::CreateNote {
            pos: BoardPos::new(0.0, 0.0),
            text: "New".into(),
            details: Box::default(),
        },
    )
    .unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&project), []);
    let new = project.notes.values().find(|n| n.text == "New").unwrap();
    let old = &project.notes[&first];
    // Either way is one short move: whichever moved went less than two notes' height.
    let moved =
        (new.pos.y - 0.0).abs() + (old.pos.y - 100.0).abs() + new.pos.x.abs() + old.pos.x.abs();
    assert!(moved < 200.0, "moved {moved}");
}

#[test]
fn a_theme_that_grows_or_opens_pushes_what_it_would_cover() {
    let mut project = tight_board();
    let (theme, _) = create(&mut project, "Time", &[1, 2]);
    fold(&mut project, theme);
    // Loose notes moved into where the open frame was: opening it again moves them aside.
    let card = cytun::model::layout::theme_rect(&project.themes[&theme], &project.notes);
    apply(
        &mut project,
        Command::MoveNotes {
            moves: vec![Placement {
                id: NoteId(20),
                pos: BoardPos::new(card.min.x, card.max.y + 30.0),
                z: 5,
            }],
        },
    )
    .unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&project), []);
    apply(
        &mut project,
        Command::SetThemeCollapsed {
            theme,
            collapsed: false,
        },
    )
    .unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&project), []);
    apply(
        &mut project,
        Command::JoinTheme {
            theme,
            notes: ids(&[13, 14, 15, 16, 17]),
        },
    )
    .unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&project), []);
}

#[test]
fn tidying_lays_themes_in_ranked_order_then_loose_notes_in_rows_as_one_step() {
    use cytun::model::tidy::TidyOrder;
    let mut project = tight_board();
    let (small, _) = create(&mut project, "Small", &[1, 2]);
    let (large, _) = create(&mut project, "Large", &[20, 21, 22, 23, 24]);
    // The room ranked the small theme first.
    apply(
        &mut project,
        Command::SetRanking {
            order: vec![small, large],
        },
    )
    .unwrap();
    let before = project.clone();
    let undo = apply(
        &mut project,
        Command::Tidy {
            order: TidyOrder::ByRank,
        },
    )
    .unwrap();
    assert_eq!(cytun::model::make_space::overlapping(&project), []);
    let frame = |p: &Project, id| cytun::model::layout::theme_rect(&p.themes[&id], &p.notes);
    let (first, second) = (frame(&project, small), frame(&project, large));
    assert!(
        first.min.x < second.min.x && (first.min.y - second.min.y).abs() < 0.5,
        "ranked order, one row"
    );
    let lowest_theme = first.max.y.max(second.max.y);
    for note in project.notes.values() {
        let in_theme = project.themes.values().any(|t| t.notes.contains(&note.id));
        if !in_theme {
            assert!(
                note.pos.y > lowest_theme,
                "loose notes come after the themes"
            );
        }
    }
    apply(&mut project, undo).unwrap();
    assert_eq!(project.notes, before.notes);
    assert_eq!(project.themes, before.themes);
    // Largest first, whatever the ranking.
    apply(
        &mut project,
        Command::Tidy {
            order: TidyOrder::BySize,
        },
    )
    .unwrap();
    assert!(frame(&project, large).min.x < frame(&project, small).min.x);
}

#[test]
fn a_hand_edited_file_with_a_themes_notes_elsewhere_opens_with_them_in_their_frame() {
    let mut project = tight_board();
    let (theme, _) = create(&mut project, "Time", &[1, 2]);
    let text = cytun::store::to_ron(&project).unwrap();
    let expected = project.notes[&NoteId(1)].pos;
    // Someone moved a theme's note by hand in the file.
    let place = format!("x: {:?},", expected.x);
    let edited = text.replacen(&place, "x: -5000.0,", 1);
    assert!(edited != text, "the note's place was edited");
    let opened = cytun::store::parse(&edited).unwrap();
    assert_eq!(opened.notes[&NoteId(1)].pos, expected);
    assert!(opened.themes.contains_key(&theme));
}

/// Suggested groups on a fixture of contributions written as people write them: four
/// obvious groups (tea and welcome, being listened to, sharing power, Welsh at home) and a
/// few notes that belong to none. Each suggestion must sit inside one of the groups, and
/// each group must be found.
mod suggestions {
    use cytun::analysis::suggest::{NoteWords, group_notes};
    use cytun::model::{Language, NoteId};

    const GROUPS: [&[&str]; 4] = [
        &[
            "A cup of tea when you arrive",
            "Tea and biscuits on the table, a warm welcome",
            "Someone makes you a cup of tea",
            "Welcome at the door, tea ready",
            "The smell of fresh tea and toast",
            "Warm welcome, no forms first",
            "A welcome like family, tea in hand",
        ],
        &[
            "Being listened to properly",
            "They listened and did not rush me",
            "Listening without judging",
            "Feels like being listened to for the first time",
            "Listen first, talk later",
            "People listening to each other",
        ],
        &[
            "Power shared equally at the table",
            "Decisions made together, power shared",
            "Nobody holds all the power",
            "Shared decisions, shared budgets",
            "Sharing power with people who use services",
            "Equal power in every decision",
        ],
        &[
            "Siarad Cymraeg gartref gyda'r teulu",
            "Cymraeg yn iaith y teulu",
            "Gallu siarad Cymraeg gyda'r gweithwyr",
            "Gwasanaeth yn Gymraeg i'r teulu",
            "Siarad Gymraeg heb ofn",
        ],
    ];

    const STRAYS: [&str; 4] = [
        "Hope",
        "Doors opening onto a garden",
        "A song about rivers",
        "Bright colours everywhere",
    ];

    #[test]
    fn finds_the_obvious_groups_and_mixes_none() {
        let mut notes = Vec::new();
        let mut group_of = std::collections::HashMap::new();
        for (group, texts) in GROUPS.iter().enumerate() {
            for text in *texts {
                let id = NoteId(notes.len() as u64 + 1);
                group_of.insert(id, group);
                notes.push(NoteWords {
                    id,
                    language: if group == 3 {
                        Language::Welsh
                    } else {
                        Language::English
                    },
                    text: (*text).to_owned(),
                });
            }
        }
        for text in STRAYS {
            notes.push(NoteWords {
                id: NoteId(notes.len() as u64 + 1),
                language: Language::English,
                text: text.to_owned(),
            });
        }
        let groupings = group_notes(&notes, &mut |_| true).unwrap();
        // Where the panel's slider starts.
        let found = groupings.cut(cytun::ui::panels::SuggestPanel::default().more());
        for suggestion in &found {
            let groups: std::collections::BTreeSet<Option<&usize>> =
                suggestion.notes.iter().map(|id| group_of.get(id)).collect();
            assert_eq!(groups.len(), 1, "one group per suggestion: {suggestion:?}");
            assert!(
                !groups.contains(&None),
                "a stray note joined a group: {suggestion:?}"
            );
        }
        let reasons: Vec<&str> = found.iter().map(|s| s.shared[0].0.as_str()).collect();
        for (group, word) in ["tea", "listened", "power", "cymraeg"].iter().enumerate() {
            let best = found
                .iter()
                .filter(|s| group_of.get(&s.notes[0]) == Some(&group))
                .map(|s| s.notes.len())
                .max()
                .unwrap_or(0);
            assert!(
                best * 2 >= GROUPS[group].len(),
                "most of group {group} ({word}) is one suggestion: {found:?}"
            );
        }
        assert!(reasons.contains(&"tea"), "{reasons:?}");
        assert!(reasons.contains(&"power"), "{reasons:?}");
        assert!(
            found
                .windows(2)
                .all(|w| w[0].notes.len() >= w[1].notes.len()),
            "largest first"
        );
    }
}
