//! Bringing contributions in and finding them again, driven like a user would (headless,
//! through AccessKit): import a spreadsheet through the toolbar, paste lines, search, filter.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::ui_common;

use ui_common::Drive as _;

use std::fmt::Write as _;
use std::path::Path;

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use cytun::model::NoteId;
use eframe::egui::{self, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn harness(file: Option<&Path>) -> Harness<'static, CytunApp> {
    let options = StartOptions {
        file: file.map(Path::to_owned),
        language: Some(UiLanguage::English),
        ..StartOptions::default()
    };
    ui_common::start(options)
}

/// Whether the note with `text` is lit (on `true`) by the search, as the board draws it.
fn lit(harness: &Harness<'_, CytunApp>, text: &str) -> bool {
    let project = harness.project();
    let id: NoteId = project.notes.values().find(|n| n.text == text).unwrap().id;
    harness
        .state()
        .view()
        .lit_notes()
        .is_some_and(|lit| lit.contains(&id))
}

#[test]
fn a_spreadsheet_is_imported_through_the_toolbar_in_columns_by_group() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("tables.csv");
    std::fs::write(
        &sheet,
        "text,prompt,group\nCroeso cynnes,feels,Table 1\n,,\nTea for everyone,tastes,Table 2\nRound table,looks,Table 1\n",
    )
    .unwrap();
    let mut harness = harness(None);
    open_in_preview(&mut harness, &sheet);

    harness.get_by_label_contains("3 contributions found in tables.csv");
    assert!(
        harness.unnamed_controls().is_empty(),
        "the import question is named throughout"
    );
    harness.get_by_label_contains("1 blank row will be skipped");
    assert!(
        harness.project().notes.is_empty(),
        "nothing added before Import"
    );
    harness.get_by_label("One column per group").click();
    harness.run();
    harness.get_by_label("Import").click();
    harness.run();

    let project = harness.project();
    assert_eq!(project.notes.len(), 3);
    let labels: Vec<&str> = project.headings.values().map(|h| h.text.as_str()).collect();
    assert_eq!(labels, ["Table 1", "Table 2"]);
    harness.get_by_label_contains("Imported 3 contributions, skipped 1 blank row");
    // One undo takes the whole import away.
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(harness.project().notes.is_empty());
    assert!(harness.project().headings.is_empty());
}

/// Reads `sheet` through the toolbar's Import… and the file question, up to the preview.
fn open_in_preview(harness: &mut Harness<'static, CytunApp>, sheet: &Path) {
    harness.get_by_label("Import…").click();
    harness.run();
    let field = harness.get_by_role(egui::accesskit::Role::TextInput);
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.type_text(&sheet.display().to_string());
    harness.press(Modifiers::NONE, egui::Key::Enter);
}

/// Opens the drop-down named `control` and picks `choice` in it.
fn choose(harness: &mut Harness<'static, CytunApp>, control: &str, choice: &str) {
    harness.get_by_label(control).click();
    harness.run();
    harness.get_by_label(choice).click();
    harness.run();
}

#[test]
fn a_sheet_cytun_cannot_read_by_itself_is_set_right_in_the_preview_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("form.csv");
    std::fs::write(
        &sheet,
        "Ref,Your words,OK to quote?\n1,Tea,Yes\n2,Listening,Maybe later\n",
    )
    .unwrap();
    let mut harness = harness(None);
    open_in_preview(&mut harness, &sheet);
    harness.get_by_label_contains("No column holds people's own answers");
    assert!(
        harness
            .get_by_label("Import")
            .accesskit_node()
            .is_disabled(),
        "nothing can be imported before the text column is chosen"
    );
    // The first answers of each column are shown beside it.
    harness.get_by_label("Tea · Listening");
    choose(&mut harness, "Your words", "the contributions");
    harness.get_by_label_contains("2 contributions found in form.csv");
    harness.get_by_label_contains("1 answer is unclear");
    assert!(
        harness.unnamed_controls().is_empty(),
        "every choice in the preview is named"
    );
    choose(&mut harness, "Maybe later", "May be quoted anonymously");
    assert!(
        harness.project().notes.is_empty(),
        "nothing added before Import"
    );
    harness.get_by_label("Import").click();
    harness.run();

    let project = harness.project();
    let mut notes: Vec<(&str, cytun::model::Consent)> = project
        .notes
        .values()
        .map(|n| (n.text.as_str(), n.details.consent))
        .collect();
    notes.sort_unstable();
    assert_eq!(
        notes,
        [
            ("Listening", cytun::model::Consent::QuoteAnonymously),
            ("Tea", cytun::model::Consent::QuoteAnonymously),
        ]
    );
    assert_eq!(project.import_forms.len(), 1, "the choices are remembered");
    // The next export of the same form opens with them made.
    open_in_preview(&mut harness, &sheet);
    harness.get_by_label_contains("2 contributions found in form.csv");
    harness.get_by_label("Cancel").click();
    harness.run();
    // Undoing the import forgets them with it.
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(harness.project().notes.is_empty());
    assert!(harness.project().import_forms.is_empty());
}

#[test]
fn pasted_lines_become_notes_after_the_count_is_shown() {
    let mut harness = harness(None);
    harness.event(egui::Event::Paste(
        "Feels like home\n\n  \nSounds like laughter\nLooks like a circle\n".into(),
    ));
    harness.run();
    harness.get_by_label_contains("Add 3 notes from the pasted text");
    assert!(harness.project().notes.is_empty());
    harness.get_by_label("Add notes").click();
    harness.run();
    let mut texts: Vec<&str> = harness
        .project()
        .notes
        .values()
        .map(|n| n.text.as_str())
        .collect();
    texts.sort_unstable();
    assert_eq!(
        texts,
        [
            "Feels like home",
            "Looks like a circle",
            "Sounds like laughter"
        ]
    );
}

const BREAD: &str = "Like bread baking: it takes time, and everyone's hands are in the dough";

#[test]
fn search_lights_up_the_matching_notes_and_a_filter_chip_can_be_removed() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    harness.press(Modifiers::COMMAND, egui::Key::F);
    harness.type_text("BREAD");
    assert!(lit(&harness, BREAD), "case does not matter");
    let project = harness.project().clone();
    let expected = cytun::analysis::search::matching_notes(
        &project,
        &cytun::analysis::search::Query {
            text: "bread".into(),
            ..Default::default()
        },
    );
    assert!(!expected.is_empty());
    let lit_count = project
        .notes
        .values()
        .filter(|n| lit(&harness, &n.text))
        .count();
    assert_eq!(lit_count, expected.len(), "only the matches are lit");
    harness.get_by_label_contains(&format!("{} note", expected.len()));

    // Enter goes to the first match: selected, so the side panel shows it.
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let selected = harness.state().view().selection.first().copied();
    assert_eq!(selected, Some(expected[0]));

    // Narrow to a prompt none of the bread notes has, then take the filter away again.
    harness.get_by_label("Prompts").click();
    harness.run();
    let prompt_of_bread = &project.notes[&expected[0]].details.prompt;
    let other = cytun::model::Prompt::KNOWN
        .iter()
        .find(|p| {
            *p != prompt_of_bread
                && expected
                    .iter()
                    .all(|id| project.notes[id].details.prompt != **p)
        })
        .unwrap();
    let other_name = cytun::ui::labels::prompt(&cytun::i18n::I18n::new(UiLanguage::English), other);
    harness.get_by_label(&other_name).click();
    harness.run();
    assert!(!lit(&harness, BREAD), "the filter narrows the search");
    harness.get_by_label_contains("No notes match");
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.get_by_label(&format!("{other_name} ×")).click();
    harness.run();
    assert!(lit(&harness, BREAD), "removing the chip widens it again");

    // Closing the search dims nothing.
    harness.get_by_label("Close search").click();
    harness.run();
    assert!(harness.state().view().lit_notes().is_none());
    // Escape in the search box closes it too, and leaves the selection alone.
    harness.press(Modifiers::COMMAND, egui::Key::F);
    harness.type_text("bread");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let selected = harness.state().view().selection.clone();
    harness.press(Modifiers::NONE, egui::Key::Escape);
    assert!(
        harness.state().view().search.is_none(),
        "Escape closes the search"
    );
    assert_eq!(harness.state().view().selection, selected);
}

/// A file as the window system hands it over when dropped.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut Harness<'_, CytunApp>, path: &Path, at: egui::Pos2) {
    harness.hover_at(at);
    harness.step();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_owned())));
    harness.run();
}

#[test]
fn a_dropped_picture_lands_where_dropped_and_can_be_described_for_screen_readers() {
    let dir = tempfile::tempdir().unwrap();
    let picture = dir.path().join("collage.png");
    image::RgbImage::from_pixel(64, 48, image::Rgb([200, 120, 40]))
        .save(&picture)
        .unwrap();
    let broken = dir.path().join("broken.jpg");
    std::fs::write(&broken, b"\xFF\xD8\xFF\xE0 not really a photo").unwrap();
    let mut harness = harness(None);
    let canvas = harness.state().view().canvas_rect().unwrap();
    let at = canvas.center();
    drop_file(&mut harness, &picture, at);

    let note = harness.project().notes.values().next().unwrap().clone();
    assert_eq!(note.picture.as_ref().unwrap().width, 64);
    let view = harness.state().view();
    let screen = view.camera.screen_from_board(canvas, note.pos);
    assert!(
        (screen.y - at.y).abs() < 1.0 && screen.x < at.x,
        "lands under the pointer"
    );
    assert_eq!(
        view.selection.first(),
        Some(&note.id),
        "selected, ready to describe"
    );
    harness.get_by_label_contains("Picture: not yet described");

    let field = harness.get_by_label("Picture description (read aloud instead of the picture)");
    field.focus();
    harness.run();
    harness.type_text("Hands holding one cup");
    harness.press(Modifiers::NONE, egui::Key::Tab);
    let alt = &harness.project().notes[&note.id]
        .picture
        .as_ref()
        .unwrap()
        .alt;
    assert_eq!(alt, "Hands holding one cup");
    harness.get_by_label_contains("Picture: Hands holding one cup");

    // A damaged picture is refused with a message; the board is unchanged.
    drop_file(&mut harness, &broken, at);
    harness.get_by_label_contains("was not added");
    assert_eq!(harness.project().notes.len(), 1);
}

/// The Table view, driven like a coordinator would: every contribution as a row, sorted by a
/// column, narrowed by the search, one cell changed, many rows set at once, each undoable.
mod table {

    use crate::ui_common::{self, Drive as _};

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
}

/// A form with long bilingual questions, as a Welsh organisation writes them.
fn long_bilingual_form(dir: &Path) -> std::path::PathBuf {
    let question = |n: usize| {
        format!(
            "\"Question {n}: what would make this service better for you and your family, \
thinking about the last time you used it? / Cwestiwn {n}: beth fyddai'n gwneud y gwasanaeth \
hwn yn well i chi a'ch teulu, wrth feddwl am y tro diwethaf i chi ei ddefnyddio?\""
        )
    };
    let mut csv = String::from("Timestamp");
    for n in 1..=8 {
        csv.push(',');
        csv.push_str(&question(n));
    }
    csv.push_str(
        ",\"May we quote what you wrote in our report to the Regional Partnership \
Board? / A gawn ni ddyfynnu'r hyn a ysgrifennoch yn ein hadroddiad i'r Bwrdd Partneriaeth?\"\n",
    );
    for row in 0..30 {
        let _ = write!(csv, "2026/03/14 10:{row:02}:11 AM GMT");
        for n in 1..=8 {
            let _ = write!(
                csv,
                ",Answer {n} from person {row}: more time to talk with staff"
            );
        }
        csv.push_str(",\"Yes, anonymously / Ie, yn ddienw\"\n");
    }
    let path = dir.join("long.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn the_preview_of_long_bilingual_questions_fits_the_screen_at_any_text_size() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = long_bilingual_form(dir.path());
    for steps in [0, 3] {
        let mut harness = harness(None);
        for _ in 0..steps {
            harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Plus);
            harness.run();
        }
        open_in_preview(&mut harness, &sheet);
        harness.run();
        harness.get_by_label_contains("240 contributions found in long.csv");
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
        for button in ["Import", "Cancel"] {
            let rect = harness.get_by_label(button).rect();
            assert!(
                screen.contains_rect(rect),
                "{button} is off the screen at {steps} steps larger: {rect:?}"
            );
        }
    }
}
