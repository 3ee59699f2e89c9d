//! The Table view, driven like a coordinator would: every contribution as a row, sorted by a
//! column, narrowed by the search, one cell changed, many rows set at once, each undoable.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

mod ui_common;

use ui_common::Drive as _;

use std::path::Path;

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use cytun::model::{Consent, NoteId, Prompt};
use eframe::egui::{self, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn table() -> Harness<'static, CytunApp> {
    let options = StartOptions {
        file: Some(Path::new(cytun::cli::SAMPLE_PROJECT).to_owned()),
        language: Some(UiLanguage::English),
        ..StartOptions::default()
    };
    let mut harness = ui_common::start(options);
    harness.get_by_label("Table").click();
    harness.run();
    harness
}

fn rows(harness: &Harness<'_, CytunApp>) -> Vec<NoteId> {
    harness.state().table_rows().to_vec()
}

fn text_of(harness: &Harness<'_, CytunApp>, id: NoteId) -> String {
    harness.project().note(id).unwrap().text.clone()
}

#[test]
fn every_contribution_is_a_row_and_a_column_heading_sorts_by_it_either_way() {
    let mut harness = table();
    let contributions = harness
        .project()
        .notes
        .values()
        .filter(|n| n.copy_of.is_none())
        .count();
    assert_eq!(rows(&harness).len(), contributions);
    harness.get_by_label_contains(&format!("{contributions} contributions"));
    assert!(
        harness.unnamed_controls().is_empty(),
        "every cell's control is named: {:?}",
        harness.unnamed_controls()
    );
    let consent_of = |harness: &Harness<'_, CytunApp>, id: NoteId| {
        harness.project().note(id).unwrap().details.consent
    };
    harness.get_by_label("Consent").click();
    harness.run();
    let first = rows(&harness)[0];
    assert_eq!(consent_of(&harness, first), Consent::QuoteWithName);
    harness.get_by_label("Consent").click();
    harness.run();
    let first = rows(&harness)[0];
    assert_eq!(
        consent_of(&harness, first),
        Consent::DoNotQuote,
        "a second click reverses the order"
    );
}

#[test]
fn the_search_narrows_the_rows_and_a_prompt_is_changed_in_its_cell() {
    let mut harness = table();
    harness.get_by_label("Search and filter… (Ctrl+F)").click();
    harness.run();
    harness.type_text("kettle");
    let found = rows(&harness);
    assert_eq!(found.len(), 1, "only the kettle note is listed");
    let text = text_of(&harness, found[0]);
    harness.get_by_label_contains("1 of ");
    let before = harness
        .project()
        .note(found[0])
        .unwrap()
        .details
        .prompt
        .clone();
    assert_ne!(before, Prompt::Feels);
    harness.get_by_label(&format!("Prompt of “{text}”")).click();
    harness.run();
    harness.get_by_label("Feels like").click();
    harness.run();
    assert_eq!(
        harness.project().note(found[0]).unwrap().details.prompt,
        Prompt::Feels
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        harness.project().note(found[0]).unwrap().details.prompt,
        before
    );
}

#[test]
fn rows_selected_with_shift_get_one_consent_in_one_undo_step() {
    let mut harness = table();
    let listed = rows(&harness);
    let (first, third) = (text_of(&harness, listed[0]), text_of(&harness, listed[2]));
    harness.get_by_label(&first).click();
    harness.run();
    assert_eq!(
        harness.state().view().selection.len(),
        1,
        "a click selects its row"
    );
    harness
        .get_by_label(&third)
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    harness.get_by_label_contains("3 selected:");
    harness.get_by_label("Set consent").click();
    harness.run();
    harness.get_by_label("Not to be quoted").click();
    harness.run();
    let consents: Vec<Consent> = listed[..3]
        .iter()
        .map(|id| harness.project().note(*id).unwrap().details.consent)
        .collect();
    assert_eq!(consents, [Consent::DoNotQuote; 3]);
    harness.get_by_label("History").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("Changed the details of 3 contributions")
            .next()
            .is_some(),
        "the History says it as one step"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    let original = cytun::store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    for id in &listed[..3] {
        assert_eq!(
            harness.project().note(*id).unwrap().details,
            original.note(*id).unwrap().details,
            "one undo puts all three back"
        );
    }
}
