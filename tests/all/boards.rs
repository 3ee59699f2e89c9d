//! Another board brought in: a co-analysis that split into tables on separate laptops comes
//! back together, ids remapped, themes kept and marked with where they came from, a
//! contribution already here counted once, all as one undoable step.
#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::common;

use common::project_with_notes;
use cytun::command::{Command, History, apply, bring_in_board};
use cytun::model::geometry::bounds_of;
use cytun::model::{BoardPos, Consent, NoteId, Project};

fn with_theme(mut project: Project, title: &str, notes: &[u64]) -> Project {
    apply(
        &mut project,
        Command::CreateTheme {
            title: title.into(),
            notes: notes.iter().map(|i| NoteId(*i)).collect(),
            at: BoardPos::new(0.0, 1500.0),
        },
    )
    .unwrap();
    project
}

fn titled(title: &str) -> String {
    format!("{title} (from Table 2)")
}

#[test]
fn another_board_comes_in_beside_this_one_with_fresh_ids_its_themes_and_one_undo() {
    let here = with_theme(project_with_notes(4), "Trust", &[1, 2]);
    // The other laptop's project uses the same ids; one of its notes says what note 1 says.
    let mut there = project_with_notes(3);
    for (id, note) in &mut there.notes {
        if id.0 != 1 {
            note.text = format!("Table 2 said {}", id.0);
        }
    }
    let there = with_theme(there, "Time", &[2, 3]);

    let arrival = bring_in_board(&here, &there, "Table 2", titled, true);
    assert_eq!(arrival.duplicates, 1);
    let mut project = here.clone();
    let mut history = History::default();
    history
        .execute(&mut project, arrival.command.unwrap())
        .unwrap();

    assert_eq!(project.notes.len(), 7, "every note of both boards");
    assert_eq!(project.themes.len(), 2);
    let time = project
        .themes
        .values()
        .find(|t| t.title == "Time (from Table 2)")
        .expect("its theme, marked with where it came from");
    assert_eq!(time.notes.len(), 2);
    for id in &time.notes {
        let note = &project.notes[id];
        assert!(note.text.starts_with("Table 2 said"), "{}", note.text);
        assert!(here.notes.get(id).is_none_or(|old| old.text != note.text));
    }
    // The same words from the same person are one contribution: a linked copy of note 1.
    let copies: Vec<_> = project
        .notes
        .values()
        .filter(|n| n.copy_of == Some(NoteId(1)))
        .collect();
    assert_eq!(copies.len(), 1);
    // It lands to the right of everything that was here.
    let old = bounds_of(here.notes.values()).unwrap();
    let new_ids: Vec<_> = project
        .notes
        .keys()
        .filter(|id| !here.notes.contains_key(id))
        .collect();
    assert_eq!(new_ids.len(), 3);
    for id in new_ids {
        assert!(project.notes[id].pos.x > old.max.x, "beside, not on top");
    }
    // The file it makes opens again (its ids, copies and themes are sound).
    let text = cytun::store::to_ron(&project).unwrap();
    assert_eq!(cytun::store::parse(&text).unwrap(), project);
    // One Ctrl+Z takes the whole board away.
    history.undo(&mut project).unwrap();
    assert_eq!(project.notes, here.notes);
    assert_eq!(project.themes, here.themes);

    // Asked not to, the duplicate comes in as a contribution of its own.
    let arrival = bring_in_board(&here, &there, "Table 2", titled, false);
    let mut apart = here.clone();
    apply(&mut apart, arrival.command.unwrap()).unwrap();
    assert!(apart.notes.values().all(|n| n.copy_of.is_none()));
}

#[test]
fn an_empty_board_brings_nothing_and_a_board_too_big_is_refused() {
    let here = project_with_notes(3);
    let arrival = bring_in_board(&here, &Project::new("Empty"), "Empty", titled, true);
    assert!(arrival.command.is_none());
    // A board whose notes would take this one over the limit: refused, nothing changes.
    let mut big = Project::new("Big");
    for _ in 0..cytun::model::limits::MAX_NOTES {
        let id = big.allocate_note_id();
        let mut note = project_with_notes(1).notes[&NoteId(1)].clone();
        note.id = id;
        big.notes.insert(id, note);
    }
    let arrival = bring_in_board(&here, &big, "Big", titled, false);
    let mut project = here.clone();
    assert!(apply(&mut project, arrival.command.unwrap()).is_err());
    assert_eq!(project, here);
}

/// Another board holding the same contribution (same words, same person) as `here`'s note 1,
/// recorded there with `consent`.
fn same_contribution_there(consent: Consent) -> Project {
    let mut there = project_with_notes(1);
    let note = there.notes.get_mut(&NoteId(1)).unwrap();
    note.details.consent = consent;
    there
}

#[test]
fn the_stricter_consent_wins_on_both_boards_and_each_difference_is_listed() {
    for (here_consent, there_consent) in [
        (Consent::QuoteWithName, Consent::DoNotQuote),
        (Consent::QuoteWithName, Consent::QuoteAnonymously),
        (Consent::DoNotQuote, Consent::QuoteWithName),
    ] {
        let mut here = project_with_notes(2);
        here.notes.get_mut(&NoteId(1)).unwrap().details.consent = here_consent;
        let there = same_contribution_there(there_consent);
        let agreed = here_consent.stricter(there_consent);
        for link in [true, false] {
            let arrival = bring_in_board(&here, &there, "Table 2", titled, link);
            assert_eq!(arrival.consent_differences.len(), 1);
            let difference = &arrival.consent_differences[0];
            assert_eq!(
                (difference.here, difference.there, difference.agreed),
                (here_consent, there_consent, agreed)
            );
            let mut project = here.clone();
            let mut history = History::default();
            history
                .execute(&mut project, arrival.command.unwrap())
                .unwrap();
            let same: Vec<Consent> = project
                .notes
                .values()
                .filter(|n| n.text == here.notes[&NoteId(1)].text)
                .map(|n| n.details.consent)
                .collect();
            assert_eq!(same, [agreed, agreed], "link {link}");
            // One undo takes back both the board and the consent.
            history.undo(&mut project).unwrap();
            assert_eq!(project.notes, here.notes);
            assert_eq!(project.themes, here.themes);
        }
    }
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let here = project_with_notes(2);
    let there = same_contribution_there(Consent::DoNotQuote);
    let arrival = bring_in_board(&here, &there, "Table 2", titled, true);
    let line = cytun::import::in_words::consent_difference(
        &tr,
        "Table 2",
        &arrival.consent_differences[0],
    );
    assert!(line.contains("Table 2: Not to be quoted"), "{line}");
    assert!(line.ends_with("now both: Not to be quoted"), "{line}");
}

#[test]
fn the_same_picture_on_both_boards_comes_in_as_a_linked_copy() {
    let picture = cytun::model::Picture {
        width: 2,
        height: 2,
        alt: "A drawing of a table".into(),
        data: std::sync::Arc::from(&b"\x89PNG not really"[..]),
    };
    let mut here = project_with_notes(1);
    here.notes.get_mut(&NoteId(1)).unwrap().picture = Some(picture.clone());
    let mut there = project_with_notes(2);
    there.notes.get_mut(&NoteId(2)).unwrap().picture = Some(picture);
    there.notes.get_mut(&NoteId(2)).unwrap().text = "Photo from table 2".into();
    let arrival = bring_in_board(&here, &there, "Table 2", titled, true);
    assert_eq!(arrival.duplicates, 1);
    let mut project = here.clone();
    apply(&mut project, arrival.command.unwrap()).unwrap();
    let copies: Vec<_> = project
        .notes
        .values()
        .filter(|n| n.copy_of == Some(NoteId(1)))
        .collect();
    assert_eq!(
        copies.len(),
        1,
        "the picture is one contribution, not a new one"
    );
}
