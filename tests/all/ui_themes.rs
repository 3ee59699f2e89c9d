//! Themes on the board, driven like a user would: drag a note onto another to make a theme,
//! name it by typing, drag notes in and out, group with Ctrl+G, dissolve, undo each step.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::ui_common;

use ui_common::Drive as _;

use std::path::Path;

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use cytun::model::NoteId;
use eframe::egui::{self, Modifiers, Pos2, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const COFFEE: &str =
    "Fresh coffee and toast at the start of a meeting where nobody is in charge yet";
const BREAD: &str = "Like bread baking: it takes time, and everyone's hands are in the dough";
const MEAL: &str = "A shared meal where everyone brought a dish and nobody counted";

fn harness() -> Harness<'static, CytunApp> {
    let options = StartOptions {
        file: Some(Path::new(cytun::cli::SAMPLE_PROJECT).to_owned()),
        language: Some(UiLanguage::English),
        ..StartOptions::default()
    };
    ui_common::start(options)
}

fn id_of(harness: &Harness<'_, CytunApp>, text: &str) -> NoteId {
    harness
        .project()
        .notes
        .values()
        .find(|n| n.text == text)
        .unwrap()
        .id
}

fn center(harness: &Harness<'_, CytunApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

fn drag(harness: &mut Harness<'_, CytunApp>, from: Pos2, to: Pos2) {
    harness.drag_at(from);
    harness.step();
    for i in 1..=8 {
        harness.hover_at(from + (to - from) * (i as f32 / 8.0));
        harness.step();
    }
    harness.drop_at(to);
    harness.run();
}

/// Drags the coffee note onto the shared-meal note: a new theme of the two.
fn make_theme(harness: &mut Harness<'_, CytunApp>) {
    let (from, to) = (center(harness, COFFEE), center(harness, MEAL));
    drag(harness, from, to);
}

#[test]
fn dropping_a_note_on_another_makes_a_theme_named_by_typing() {
    let mut harness = harness();
    make_theme(&mut harness);
    let theme = harness.project().themes.values().next().unwrap().clone();
    assert_eq!(
        theme.notes,
        vec![id_of(&harness, MEAL), id_of(&harness, COFFEE)]
    );
    assert_eq!(theme.title, "Untitled theme 1");
    assert!(
        harness.state().view().title_editing.is_some(),
        "the title is ready to type"
    );
    assert!(
        harness.unnamed_controls().is_empty(),
        "the title being typed is a named field"
    );

    harness.type_text("Sharing food");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    assert_eq!(harness.project().themes[&theme.id].title, "Sharing food");
    harness.get_by_label("Theme: Sharing food");

    // Each step undoes on its own: the name, then the grouping.
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        harness.project().themes[&theme.id].title,
        "Untitled theme 1"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(harness.project().themes.is_empty());
    let original = cytun::store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    assert_eq!(harness.project().notes, original.notes);
}

#[test]
fn a_note_dragged_onto_a_theme_joins_and_dragged_out_leaves() {
    let mut harness = harness();
    make_theme(&mut harness);
    harness.press(Modifiers::NONE, egui::Key::Escape);
    let theme = *harness.project().themes.keys().next().unwrap();

    let (from, to) = (center(&harness, BREAD), center(&harness, MEAL));
    drag(&mut harness, from, to);
    assert!(
        harness.project().themes[&theme]
            .notes
            .contains(&id_of(&harness, BREAD)),
        "joined"
    );

    // Out onto empty board (below the sample's shortest column, far right).
    let canvas = harness.state().view().canvas_rect().unwrap();
    let empty = Pos2::new(canvas.min.x + 20.0, canvas.max.y - 20.0);
    for _ in 0..6 {
        harness.press(Modifiers::NONE, egui::Key::ArrowLeft);
    }
    let from = center(&harness, BREAD);
    drag(&mut harness, from, empty);
    assert!(
        !harness.project().themes[&theme]
            .notes
            .contains(&id_of(&harness, BREAD)),
        "left"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(
        harness.project().themes[&theme]
            .notes
            .contains(&id_of(&harness, BREAD)),
        "undo rejoins"
    );
}

#[test]
fn ctrl_g_groups_the_selection_and_delete_on_a_theme_dissolves_it_keeping_notes() {
    let mut harness = harness();
    let count = harness.project().notes.len();
    harness.get_by_label(COFFEE).click();
    harness.run();
    harness
        .get_by_label(BREAD)
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    harness.press(Modifiers::COMMAND, egui::Key::G);
    assert_eq!(harness.project().themes.len(), 1);
    harness.press(Modifiers::NONE, egui::Key::Enter); // Keep the suggested title.

    // Select the theme by its frame (the title band), then Delete.
    let frame = harness.get_by_label("Theme: Untitled theme 1").rect();
    harness.hover_at(frame.left_top() + Vec2::new(10.0, 10.0));
    harness.run();
    harness.get_by_label("Theme: Untitled theme 1").click();
    harness.run();
    assert!(harness.state().view().selected_theme.is_some());
    harness.press(Modifiers::NONE, egui::Key::Delete);
    assert!(harness.project().themes.is_empty(), "dissolved");
    assert_eq!(harness.project().notes.len(), count, "no note was deleted");
}

#[test]
fn dragging_a_frame_moves_its_notes() {
    let mut harness = harness();
    make_theme(&mut harness);
    harness.press(Modifiers::NONE, egui::Key::Enter);
    // The title band sits above the start view: bring it down.
    for _ in 0..2 {
        harness.press(Modifiers::NONE, egui::Key::ArrowUp);
    }
    let coffee = id_of(&harness, COFFEE);
    let before = harness.project().notes[&coffee].pos;
    let frame = harness.get_by_label("Theme: Untitled theme 1").rect();
    let grip = frame.left_top() + vec2(12.0, 12.0);
    drag(&mut harness, grip, grip + vec2(0.0, 300.0));
    let after = harness.project().notes[&coffee].pos;
    let zoom = harness.state().view().camera.zoom;
    assert!(
        (after.y - before.y - 300.0 / zoom).abs() < 2.0,
        "{before:?} -> {after:?}"
    );
}

#[test]
fn shift_click_on_a_selected_note_takes_it_out_of_the_selection() {
    let mut harness = harness();
    harness.get_by_label(COFFEE).click();
    harness.run();
    harness
        .get_by_label(BREAD)
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    harness
        .get_by_label(COFFEE)
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    let selection: Vec<_> = harness.state().view().selection.iter().copied().collect();
    assert_eq!(selection, vec![id_of(&harness, BREAD)]);
}

#[test]
fn clicking_a_word_lights_up_the_notes_that_use_it_and_they_can_become_a_theme() {
    let mut harness = harness();
    let top = cytun::analysis::words_in_common(harness.project().notes.values(), 40).remove(0);
    assert!(top.count() >= 2);
    harness.get_by_label("Words").click();
    harness.run();
    harness
        .get_by_label(&format!("{} ({})", top.term, top.count()))
        .click();
    harness.run();
    let lit = harness
        .state()
        .view()
        .highlight
        .clone()
        .expect("a word is lit");
    assert_eq!(lit.notes, top.notes);
    for id in &lit.notes {
        assert!(
            harness.project().notes[id]
                .text
                .to_lowercase()
                .contains(top.term.split(' ').next().unwrap())
        );
    }

    harness.get_by_label_contains("Make a theme of the").click();
    harness.run();
    let theme = harness
        .project()
        .themes
        .values()
        .next()
        .expect("a theme")
        .clone();
    assert_eq!(theme.title, top.term, "the word is the starting title");
    assert_eq!(
        theme
            .notes
            .iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>(),
        top.notes
    );
    harness.press(Modifiers::NONE, egui::Key::Enter);

    // The Themes tab lists it with its size; clicking selects it.
    harness.get_by_label("Themes").click();
    harness.run();
    let entry = format!("{} ({})", theme.title, theme.notes.len());
    harness.get_by_label(&entry).click();
    harness.run();
    assert_eq!(harness.state().view().selected_theme, Some(theme.id));
    harness.get_by_label_contains(&format!(
        "{} of {} contributions are in themes",
        theme.notes.len(),
        58
    ));
}

#[test]
fn the_history_tab_says_what_happened_and_undoes_back_to_a_line() {
    let mut harness = harness();
    make_theme(&mut harness);
    harness.type_text("Sharing food");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    harness.get_by_label("History").click();
    harness.run();
    // In the History tab (and announced in the status bar).
    let line = egui::accesskit::Role::Button;
    harness.get_by_role_and_label(line, "Renamed “Untitled theme 1” to “Sharing food”");
    let made = "Made the theme “Untitled theme 1” from 2 notes";
    harness.get_by_role_and_label(line, made).click();
    harness.run();
    let theme = harness
        .project()
        .themes
        .values()
        .next()
        .expect("still a theme");
    assert_eq!(
        theme.title, "Untitled theme 1",
        "the rename after that line is undone"
    );

    harness
        .get_by_label("Start: the project as it was opened")
        .click();
    harness.run();
    assert!(harness.project().themes.is_empty());
    assert!(
        !harness.state().document().is_dirty(),
        "back to what is on disk"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Y);
    assert_eq!(harness.project().themes.len(), 1, "redo brings it back");
}

#[test]
fn m_moves_the_selection_to_a_theme_found_by_typing() {
    let mut harness = harness();
    make_theme(&mut harness);
    harness.type_text("Sharing food");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let theme = *harness.project().themes.keys().next().unwrap();

    harness.get_by_label(BREAD).click();
    harness.run();
    harness.press(Modifiers::NONE, egui::Key::M);
    harness.get_by_label("Move 1 note to a theme");
    harness.type_text("shar");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    assert!(!harness.state().dialog_open());
    assert!(
        harness.project().themes[&theme]
            .notes
            .contains(&id_of(&harness, BREAD))
    );
    // The keyboard is back on the board: Tab walks on from the note that moved, rather
    // than going to the toolbar's controls.
    let on = |h: &Harness<'_, CytunApp>| {
        (
            h.state().view().selection.clone(),
            h.state().view().selected_theme,
        )
    };
    let before = on(&harness);
    harness.press(Modifiers::NONE, egui::Key::Tab);
    assert_ne!(on(&harness), before, "Tab walks the board");
    harness.press(Modifiers::SHIFT, egui::Key::Tab);
    assert_eq!(on(&harness), before, "and back to the note that moved");

    // With nothing typed, Enter makes a new theme.
    let lone = "Laughter in the corridor";
    harness.get_by_label(lone).click();
    harness.run();
    harness.press(Modifiers::NONE, egui::Key::M);
    harness.press(Modifiers::NONE, egui::Key::Enter);
    assert_eq!(harness.project().themes.len(), 2);
    harness.press(Modifiers::NONE, egui::Key::Enter); // Keep the suggested title.
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(harness.project().themes.len(), 1, "one undo step");
}

#[test]
fn dropping_a_theme_on_another_asks_then_merges_and_collapse_hides_its_notes() {
    let mut harness = harness();
    make_theme(&mut harness); // "Untitled theme 1": meal + coffee.
    harness.press(Modifiers::NONE, egui::Key::Enter);
    // A second theme from two notes of the Sounds column.
    let (from, to) = (
        center(&harness, "A choir: different parts, one song"),
        center(&harness, "Laughter in the corridor"),
    );
    drag(&mut harness, from, to);
    harness.type_text("Voices");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    assert_eq!(harness.project().themes.len(), 2);

    // Drag the "Voices" frame by its title band onto the first theme.
    let voices = harness.get_by_label("Theme: Voices").rect();
    let target = harness
        .get_by_label("Theme: Untitled theme 1")
        .rect()
        .center();
    drag(&mut harness, voices.left_top() + vec2(12.0, 12.0), target);
    harness.get_by_label("Merge these themes?");
    harness.get_by_label("Merge").click();
    harness.run();
    assert_eq!(harness.project().themes.len(), 1);
    let merged = harness.project().themes.values().next().unwrap().clone();
    assert_eq!(merged.notes.len(), 4);
    assert_eq!(merged.former_titles, vec!["Voices".to_owned()]);

    // Collapse: its notes are hidden from the board (and from screen readers).
    harness.get_by_label("Collapse theme").click();
    harness.run();
    assert!(harness.query_by_label(COFFEE).is_none());
    assert!(harness.project().themes.values().next().unwrap().collapsed);
    harness.get_by_label("Expand theme").click();
    harness.run();
    harness.get_by_label(COFFEE);
}

#[test]
fn also_fits_puts_a_linked_copy_in_a_second_theme_and_jumps_between_them() {
    let mut harness = harness();
    make_theme(&mut harness);
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let (from, to) = (
        center(&harness, "A choir: different parts, one song"),
        center(&harness, "Laughter in the corridor"),
    );
    drag(&mut harness, from, to);
    harness.type_text("Voices");
    harness.press(Modifiers::NONE, egui::Key::Enter);

    let coffee = id_of(&harness, COFFEE);
    harness.get_by_label(COFFEE).click();
    harness.run();
    let own_theme = harness.query_all_by_label("Untitled theme 1").count();
    let other_theme = harness.query_all_by_label("Voices").count();
    harness.get_by_label("Also fits…").click();
    harness.run();
    harness.get_by_label("Place a linked copy in another theme");
    // The theme it is in already is not offered: the picker adds no line of that name.
    assert_eq!(
        harness.query_all_by_label("Untitled theme 1").count(),
        own_theme,
        "the contribution's own theme is offered"
    );
    assert_eq!(
        harness.query_all_by_label("Voices").count(),
        other_theme + 1,
        "the other theme is"
    );
    harness.type_text("voi");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let copies: Vec<_> = harness
        .project()
        .notes
        .values()
        .filter(|n| n.copy_of == Some(coffee))
        .map(|n| n.id)
        .collect();
    assert_eq!(copies.len(), 1);
    harness.get_by_label("4 of 58 in themes");
    // A copy is one more note, not one more contribution: the bar says both, the same 58.
    harness.get_by_label("58 contributions (59 notes)");

    // The Note tab (shown by default) tells where else it is.
    harness.get_by_label("This contribution is also in: Voices");
    harness.get_by_label("Go to the other copy").click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .view()
            .selection
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        copies
    );
}

#[test]
fn a_selected_theme_gets_a_meaning_and_a_colour_in_the_side_panel() {
    let mut harness = harness();
    make_theme(&mut harness);
    harness.type_text("Sharing food");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    harness.get_by_label("Theme: Sharing food").click();
    harness.run();
    let theme = *harness.project().themes.keys().next().unwrap();

    let meaning = harness.get_by_label("What the group means by it");
    meaning.focus();
    harness.run();
    harness.type_text("Eating together makes everyone equal.");
    harness.press(Modifiers::NONE, egui::Key::Tab);
    assert_eq!(
        harness.project().themes[&theme].meaning,
        "Eating together makes everyone equal."
    );

    harness.get_by_label("• Green").click();
    harness.run();
    assert_eq!(
        harness.project().themes[&theme].colour,
        Some(cytun::model::ThemeColour::BluishGreen)
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(harness.project().themes[&theme].colour, None);
}

#[test]
fn suggested_groups_are_shown_renamed_trimmed_and_made_a_theme_or_rejected_one_at_a_time() {
    use eframe::egui::accesskit::Role;
    use egui_kittest::kittest::By;
    let mut harness = harness();
    harness.get_by_label("Words").click();
    harness.run();
    harness.get_by_label("Suggested groups").click();
    harness.run();
    harness.get_by_label("Suggest groups").click();
    harness.wait_for_suggestions();
    let found = harness.state().suggestions();
    assert!(found.len() >= 2, "{found:?}");
    harness.get_by_label_contains("Grouped by meaning, by multilingual-e5-small");
    let first = found[0].clone();
    // The reason is the words the notes share, else the two closest in meaning.
    if let Some((word, count)) = first.shared.first() {
        harness.get_by_label_contains(&format!(
            "{} notes share: {word} ({count})",
            first.notes.len(),
        ));
    } else {
        harness.get_by_label_contains(&format!("{} notes, close in meaning: “", first.notes.len()));
    }

    // Shown on the board: its notes lit.
    harness
        .get_all_by_label("Show on board")
        .next()
        .unwrap()
        .click();
    harness.run();
    let lit = harness.state().view().highlight.clone().expect("lit");
    assert_eq!(lit.notes.iter().copied().collect::<Vec<_>>(), {
        let mut sorted = first.notes.clone();
        sorted.sort_unstable();
        sorted
    });

    // Renamed, and one note left out.
    harness
        .get_all_by_role_and_label(Role::TextInput, "Theme name")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.type_text("Tea and a welcome");
    harness
        .get_all_by_label_contains("Its notes")
        .next()
        .unwrap()
        .click();
    harness.run();
    let left_out = first.notes[0];
    let line: String = harness.project().notes[&left_out]
        .text
        .lines()
        .next()
        .unwrap()
        .chars()
        .take(20)
        .collect();
    harness
        .query_all(By::new().role(Role::CheckBox).label_contains(&line))
        .next()
        .unwrap()
        .click();
    harness.run();

    harness
        .get_all_by_label("Make this a theme")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.press(Modifiers::NONE, egui::Key::Escape);
    let themes: Vec<_> = harness.project().themes.values().cloned().collect();
    assert_eq!(themes.len(), 1, "one at a time");
    assert_eq!(themes[0].title, "Tea and a welcome");
    assert!(!themes[0].notes.contains(&left_out), "left out");
    assert_eq!(themes[0].notes.len(), first.notes.len() - 1);
    assert!(!harness.state().suggestions().contains(&first));

    // Rejected: gone from the list, nothing changed on the board.
    let next = harness.state().suggestions()[0].clone();
    harness.get_all_by_label("Reject").next().unwrap().click();
    harness.run();
    assert!(!harness.state().suggestions().contains(&next));
    assert_eq!(harness.project().themes.len(), 1);

    // Making the theme was one step.
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(harness.project().themes.is_empty());
}
