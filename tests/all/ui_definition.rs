//! From themes to a definition in the window: reorder by keyboard, dot voting, inserting a
//! theme's phrase into the draft, saving a version, exporting.
#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::ui_common;

use ui_common::Drive as _;

use std::path::{Path, PathBuf};

use cytun::app::{CytunApp, StartOptions};
use cytun::command::{Command, apply};
use cytun::i18n::UiLanguage;
use cytun::model::ThemeId;
use eframe::egui::{self, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The sample workshop with two themes, saved to a temporary folder.
fn workshop() -> (tempfile::TempDir, PathBuf) {
    let mut project = cytun::store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    let ids: Vec<_> = project.notes.keys().copied().collect();
    for (title, members) in [("Sharing food", &ids[0..3]), ("Being heard", &ids[10..13])] {
        apply(
            &mut project,
            Command::CreateTheme {
                title: title.into(),
                notes: members.to_vec(),
                at: cytun::model::BoardPos::new(4000.0, 0.0),
            },
        )
        .unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    cytun::store::save(&project, &path).unwrap();
    (dir, path)
}

fn open(path: &Path) -> Harness<'static, CytunApp> {
    let options = StartOptions {
        file: Some(path.to_owned()),
        language: Some(UiLanguage::English),
        ..StartOptions::default()
    };
    ui_common::start(options)
}

fn ranked(harness: &Harness<'_, CytunApp>) -> Vec<String> {
    let project = harness.project();
    let themes = project.themes.keys().copied().collect();
    cytun::model::definition::ranked_themes(&project.definition, &themes)
        .into_iter()
        .map(|id: ThemeId| project.themes[&id].title.clone())
        .collect()
}

fn click(harness: &mut Harness<'_, CytunApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn themes_are_reordered_with_alt_and_the_arrow_keys() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Rank");
    assert_eq!(ranked(&harness), ["Sharing food", "Being heard"]);
    harness
        .get_all_by_role_and_label(Role::Button, "Select")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.press(Modifiers::ALT, egui::Key::ArrowDown);
    assert_eq!(ranked(&harness), ["Being heard", "Sharing food"]);
    harness.press(Modifiers::ALT, egui::Key::ArrowUp);
    assert_eq!(ranked(&harness), ["Sharing food", "Being heard"]);
}

#[test]
fn a_dot_is_cast_and_withdrawn_and_an_over_vote_is_refused() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Rank");
    let field = harness.get_by_role(Role::MultilineTextInput);
    field.focus();
    harness.run();
    harness.type_text("Aled\nBethan");
    // One dot each, to reach the limit quickly.
    let dots = harness.get_by_role_and_label(Role::SpinButton, "Dots each:");
    dots.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text("1".into()));
    harness.key_press(egui::Key::Enter);
    harness.run();
    click(&mut harness, "Save who is voting");
    let voting = &harness.project().definition.voting;
    assert_eq!(voting.participants, ["Aled", "Bethan"]);
    assert_eq!(voting.dots_per_person, 1);

    click(&mut harness, "Voting now:");
    harness.get_by_label_contains("Bethan (1 left)").click();
    harness.run();
    click(&mut harness, "Give a dot to “Being heard”");
    let tally = harness.project().definition.voting.tally();
    assert_eq!(tally.values().sum::<u32>(), 1);
    harness.get_by_label("0 dots left of 1");
    click(&mut harness, "Give a dot to “Sharing food”");
    harness.get_by_label_contains("That person has used all their dots");
    assert_eq!(
        harness
            .project()
            .definition
            .voting
            .tally()
            .values()
            .sum::<u32>(),
        1
    );
    click(&mut harness, "Take a dot back from “Being heard”");
    assert!(harness.project().definition.voting.tally().is_empty());
}

#[test]
fn a_theme_phrase_is_inserted_into_the_draft_and_a_version_saved() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    harness
        .get_all_by_role_and_label(Role::Button, "Insert")
        .find(|b| b.rect().top() > 0.0)
        .unwrap()
        .click();
    harness.run();
    let draft = harness.project().definition.draft.text.clone();
    assert!(!draft.is_empty(), "a phrase went into the draft");
    let sample = cytun::store::load(&path).unwrap();
    assert!(
        sample
            .notes
            .values()
            .any(|n| draft.contains(n.text.split_whitespace().next().unwrap())),
        "{draft}"
    );
    click(&mut harness, "Save as version");
    let versions = &harness.project().definition.versions;
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].text, draft);
    harness.get_by_label_contains("Version 1");
}

#[test]
fn every_control_in_the_rank_and_definition_views_has_a_name() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    for view in ["Rank", "Definition"] {
        click(&mut harness, view);
        let unnamed = harness.unnamed_controls();
        assert!(unnamed.is_empty(), "{view}: unnamed {unnamed:?}");
    }
}

#[test]
fn closing_while_the_draft_is_being_typed_keeps_the_words_and_asks_first() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    let draft = harness.get_by_role(Role::MultilineTextInput);
    draft.focus();
    harness.run();
    harness.type_text("Co-production is sharing power.");
    // The window's close button, while the cursor is still in the draft.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.run();
    assert_eq!(
        harness.project().definition.draft.text,
        "Co-production is sharing power.",
        "the typed words are in the project"
    );
    harness.get_by_label_contains("has changes that are not saved yet");
}

#[test]
fn a_pause_in_typing_the_draft_keeps_it_safe() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run();
    harness.type_text("We share power.");
    assert!(
        harness.project().definition.draft.text.is_empty(),
        "not while typing"
    );
    for _ in 0..16 {
        harness.step();
    }
    assert_eq!(harness.project().definition.draft.text, "We share power.");
}

#[test]
fn typing_on_after_a_pause_then_saving_keeps_every_word() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run();
    harness.type_text("Co-production is");
    for _ in 0..16 {
        harness.step();
    }
    harness.type_text(" sharing power.");
    harness.press(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let saved = cytun::store::load(&path).unwrap();
    assert_eq!(
        saved.definition.draft.text,
        "Co-production is sharing power."
    );
}

#[test]
fn the_charter_part_drafts_principles_linked_to_themes_with_versions_of_their_own() {
    let (_dir, path) = workshop();
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    // The definition's draft first, then the Charter part beside it.
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run();
    harness.type_text("Co-production is sharing power.");
    click(&mut harness, "Our charter");
    assert_eq!(
        harness.project().definition.draft.text,
        "Co-production is sharing power.",
        "switching part keeps what was typed"
    );
    harness.get_by_label_contains("one principle on each line");
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run();
    harness.type_text("We will share food.\nWe will hear everyone.");
    // The cursor is in the second principle: link it to the theme it comes from.
    harness.get_by_label_contains("This principle: “We will hear everyone.”");
    harness
        .get_all_by_role_and_label(Role::CheckBox, "Being heard")
        .next()
        .unwrap()
        .click();
    harness.run();
    click(&mut harness, "Save as version");
    let definition = &harness.project().definition;
    assert_eq!(
        definition.charter.draft.text,
        "We will share food.\nWe will hear everyone."
    );
    let heard = definition.charter.draft.links[0].clone();
    assert_eq!(heard.sentence, "We will hear everyone.");
    assert_eq!(definition.charter.versions.len(), 1);
    assert!(
        definition.versions.is_empty(),
        "the definition has no version"
    );
    // The same words again: a second version only when asked for.
    click(&mut harness, "Save as version");
    harness.get_by_label("The words are the same as version 1’s. Save another version anyway?");
    assert_eq!(harness.project().definition.charter.versions.len(), 1);
    click(&mut harness, "Cancel");
    assert!(
        harness
            .query_by_label_contains("Save another version anyway")
            .is_none()
    );
    click(&mut harness, "Save as version");
    click(&mut harness, "Save anyway");
    assert_eq!(harness.project().definition.charter.versions.len(), 2);
    // Back to the definition: its own words, and no version of the charter listed.
    click(&mut harness, "Our definition");
    assert!(
        harness
            .get_all_by_value("Co-production is sharing power.")
            .any(|node| node.accesskit_node().role() == Role::MultilineTextInput)
    );
    assert!(harness.query_by_label_contains("Version 1").is_none());
}
