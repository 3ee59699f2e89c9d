//! Commands and history, driven without a window: every change undoes exactly.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use crate::common;

use common::project_with_notes;
use cytun::command::{Command, CommandError, History, apply};
use cytun::document::Document;
use cytun::model::{BoardPos, Consent, NoteDetails, NoteId, NoteKind, Placement, Project, Prompt};
use proptest::prelude::*;

/// A note's new place, at stacking level 3.
fn place(id: u64, pos: BoardPos) -> Placement {
    Placement {
        id: NoteId(id),
        pos,
        z: 3,
    }
}

fn assert_inverse_restores(project: &Project, command: Command) {
    let mut changed = project.clone();
    let inverse = apply(&mut changed, command).expect("command applies");
    assert_ne!(&changed, project, "the command changed something");
    apply(&mut changed, inverse).expect("inverse applies");
    assert_eq!(&changed, project);
}

#[test]
fn moving_several_notes_and_undoing_restores_every_position() {
    let project = project_with_notes(10);
    let moves = vec![
        place(2, BoardPos::new(1234.5, -77.25)),
        place(5, BoardPos::new(0.1, 0.2)),
        place(9, BoardPos::new(-3000.0, 4000.0)),
    ];
    assert_inverse_restores(&project, Command::MoveNotes { moves });
}

#[test]
fn deleting_notes_and_undoing_brings_them_back_with_their_ids() {
    let project = project_with_notes(10);
    assert_inverse_restores(
        &project,
        Command::DeleteNotes {
            ids: vec![NoteId(3), NoteId(7), NoteId(3)],
        },
    );
}

#[test]
fn editing_text_and_details_undoes() {
    let project = project_with_notes(3);
    assert_inverse_restores(
        &project,
        Command::SetNoteText {
            id: NoteId(2),
            text: "Newydd ✨".into(),
        },
    );
    let details = NoteDetails {
        prompt: Prompt::Other("Hears".into()),
        kind: NoteKind::SpokenWord,
        group: "Table 9".into(),
        author: "Nia".into(),
        consent: Consent::DoNotQuote,
        ..NoteDetails::default()
    };
    assert_inverse_restores(
        &project,
        Command::SetNoteDetails {
            id: NoteId(1),
            details: Box::new(details),
        },
    );
    assert_inverse_restores(
        &project,
        Command::SetTitle {
            title: "Gweithdy".into(),
        },
    );
}

#[test]
fn creating_a_note_gives_a_fresh_id_and_undo_removes_it() {
    let mut project = project_with_notes(3);
    let before = project.clone();
    let inverse = apply(
        &mut project,
        Command::CreateNote {
            pos: BoardPos::new(5.0, 5.0),
            text: "Hope".into(),
            details: Box::default(),
        },
    )
    .unwrap();
    let created = project
        .notes
        .values()
        .find(|n| n.text == "Hope")
        .unwrap()
        .id;
    assert!(!before.notes.contains_key(&created));
    apply(&mut project, inverse).unwrap();
    assert_eq!(project.notes, before.notes);
    // Ids are never reused, even after the note is gone.
    assert!(project.next_id > created.0);
}

#[test]
fn a_refused_command_changes_nothing() {
    let mut project = project_with_notes(3);
    let before = project.clone();
    let err = apply(
        &mut project,
        Command::MoveNotes {
            moves: vec![
                place(1, BoardPos::new(1.0, 1.0)),
                place(99, BoardPos::new(0.0, 0.0)),
            ],
        },
    );
    assert_eq!(err, Err(CommandError::MissingNote(NoteId(99))));
    let err = apply(
        &mut project,
        Command::MoveNotes {
            moves: vec![place(1, BoardPos::new(f32::NAN, 0.0))],
        },
    );
    assert_eq!(err, Err(CommandError::InvalidPosition));
    let duplicate = project.notes[&NoteId(2)].clone();
    let err = apply(
        &mut project,
        Command::Import {
            notes: vec![duplicate],
            headings: vec![],
        },
    );
    assert_eq!(err, Err(CommandError::DuplicateNote(NoteId(2))));
    assert_eq!(project, before);
}

#[test]
fn undo_back_to_the_saved_state_clears_the_unsaved_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    cytun::store::save(&project_with_notes(2), &path).unwrap();
    let mut doc = Document::open(&path).unwrap();
    assert!(!doc.is_dirty());
    doc.execute(Command::SetNoteText {
        id: NoteId(1),
        text: "changed".into(),
    })
    .unwrap();
    assert!(doc.is_dirty());
    doc.undo().unwrap();
    assert!(
        !doc.is_dirty(),
        "undoing to what is on disk is not a change"
    );
    doc.redo().unwrap();
    assert!(doc.is_dirty());
    doc.save().unwrap();
    assert!(!doc.is_dirty());
    doc.undo().unwrap();
    assert!(
        doc.is_dirty(),
        "now the file on disk has the change and the screen does not"
    );
}

#[test]
fn history_is_bounded() {
    let mut project = project_with_notes(1);
    let mut history = History::default();
    for i in 0..250 {
        history
            .execute(
                &mut project,
                Command::SetNoteText {
                    id: NoteId(1),
                    text: i.to_string(),
                },
            )
            .unwrap();
    }
    let mut undone = 0;
    while history.undo(&mut project).unwrap() {
        undone += 1;
    }
    assert_eq!(undone, cytun::command::history::MAX_UNDO_STEPS);
    assert_eq!(project.notes[&NoteId(1)].text, "149");
}

/// Random commands over a small project, some of which fail.
fn arb_command() -> impl Strategy<Value = Command> {
    let id = (1u64..8).prop_map(NoteId);
    let pos = (-5000.0f32..5000.0, -5000.0f32..5000.0).prop_map(|(x, y)| BoardPos::new(x, y));
    prop_oneof![
        (pos.clone(), "[a-zâŵŷ ]{0,12}").prop_map(|(pos, text)| Command::CreateNote {
            pos,
            text,
            details: Box::default()
        }),
        prop::collection::vec(id.clone(), 1..4).prop_map(|ids| Command::DeleteNotes { ids }),
        prop::collection::vec((id.clone(), pos, 0u64..5), 1..4).prop_map(|moves| {
            let moves = moves
                .into_iter()
                .map(|(id, pos, z)| Placement { id, pos, z })
                .collect();
            Command::MoveNotes { moves }
        }),
        (id.clone(), "[a-z]{0,8}").prop_map(|(id, text)| Command::SetNoteText { id, text }),
        (id, any::<bool>()).prop_map(|(id, quote)| Command::SetNoteDetails {
            id,
            details: Box::new(NoteDetails {
                consent: if quote {
                    Consent::QuoteWithName
                } else {
                    Consent::DoNotQuote
                },
                ..NoteDetails::default()
            })
        }),
    ]
}

proptest! {
    #[test]
    fn any_sequence_undoes_to_the_start_and_redoes_to_the_end(commands in prop::collection::vec(arb_command(), 1..40)) {
        let start = project_with_notes(5);
        let mut project = start.clone();
        let mut history = History::default();
        for command in commands {
            // Refused commands must leave the project as it was.
            let before = project.clone();
            if history.execute(&mut project, command).is_err() {
                prop_assert_eq!(&project, &before);
            }
        }
        let end = project.clone();
        // The id counter only ever grows (ids are never reused), so compare what users see.
        let content = |p: &Project| (p.title.clone(), p.notes.clone(), p.themes.clone());
        while history.undo(&mut project).unwrap() {}
        prop_assert_eq!(content(&project), content(&start));
        prop_assert!(project.next_id >= end.next_id);
        while history.redo(&mut project).unwrap() {}
        prop_assert_eq!(&project, &end);
    }
}

#[test]
fn a_new_note_lies_on_top_and_a_moved_note_can_be_raised_and_lowered_back() {
    let mut project = project_with_notes(3);
    apply(
        &mut project,
        Command::CreateNote {
            pos: BoardPos::new(0.0, 0.0),
            text: "Top".into(),
            details: Box::default(),
        },
    )
    .unwrap();
    let order: Vec<_> = project
        .notes_in_draw_order()
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(order.last().map(String::as_str), Some("Top"));

    let before = project.clone();
    let raise = Command::MoveNotes {
        moves: vec![Placement {
            id: NoteId(1),
            pos: BoardPos::new(0.0, 0.0),
            z: 99,
        }],
    };
    let inverse = apply(&mut project, raise).unwrap();
    assert_eq!(project.notes_in_draw_order().last().unwrap().id, NoteId(1));
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}

#[test]
fn a_document_never_saves_over_a_file_someone_else_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    cytun::store::save(&project_with_notes(2), &path).unwrap();
    let mut doc = Document::open(&path).unwrap();
    assert_eq!(doc.disk_state(), cytun::document::DiskState::Unchanged);
    doc.execute(Command::SetTitle {
        title: "Mine".into(),
    })
    .unwrap();

    let mut theirs = project_with_notes(3);
    theirs.title = "Theirs".into();
    cytun::store::save(&theirs, &path).unwrap();
    assert_eq!(doc.disk_state(), cytun::document::DiskState::Changed);
    assert!(matches!(
        doc.save(),
        Err(cytun::store::SaveError::ChangedOnDisk)
    ));
    assert_eq!(cytun::store::load(&path).unwrap(), theirs);

    // Keeping mine writes it beside theirs, never over it.
    let copy = doc.save_copy_beside().unwrap();
    assert_eq!(copy.file_name().unwrap(), "w (my version 1).ron");
    assert_eq!(cytun::store::load(&copy).unwrap().title, "Mine");
    assert_eq!(
        doc.save_copy_beside().unwrap().file_name().unwrap(),
        "w (my version 2).ron"
    );

    // A deleted file is reported as missing, and saving writes it again.
    std::fs::remove_file(&path).unwrap();
    assert_eq!(doc.disk_state(), cytun::document::DiskState::Missing);
    assert!(doc.save().unwrap());
    assert_eq!(cytun::store::load(&path).unwrap().title, "Mine");
}

#[test]
fn no_two_documents_share_a_state_id_so_nothing_cached_for_one_is_shown_for_another() {
    let mut first = History::default();
    let second = History::default();
    assert_ne!(first.current_state(), second.current_state());
    let mut project = Project::new("A");
    let before = first.current_state();
    first
        .execute(
            &mut project,
            Command::CreateNote {
                pos: BoardPos::default(),
                text: "Tea".into(),
                details: Box::default(),
            },
        )
        .unwrap();
    assert_ne!(first.current_state(), second.current_state());
    assert_ne!(first.current_state(), before);
    first.undo(&mut project).unwrap();
    assert_eq!(
        first.current_state(),
        before,
        "undo goes back to the state it left"
    );
}
