//! Never losing work, driven through the real UI: recovery copies after a crash, a file changed
//! by another program, a project open twice, and going back to the previous save.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::ui_common;

use ui_common::Drive as _;

use std::path::{Path, PathBuf};

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;

use cytun::store::{self, RecoveryStore};
use eframe::egui::{self, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const COFFEE: &str =
    "Fresh coffee and toast at the start of a meeting where nobody is in charge yet";

/// A workshop file and a recovery folder, both temporary.
struct Setup {
    _dir: tempfile::TempDir,
    project: PathBuf,
    recovery: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("workshop.ron");
    std::fs::copy(cytun::cli::SAMPLE_PROJECT, &project).unwrap();
    let recovery = dir.path().join("recovery");
    Setup {
        _dir: dir,
        project,
        recovery,
    }
}

fn open(setup: &Setup) -> Harness<'static, CytunApp> {
    let options = StartOptions {
        file: Some(setup.project.clone()),
        language: Some(UiLanguage::English),
        native_dialogs: false,
        recovery_dir: Some(setup.recovery.clone()),
        lock_projects: true,
        show_start_screen: false,
        ..StartOptions::default()
    };
    ui_common::start(options)
}

/// Moves the coffee note onto empty board on the left (a drop onto a note would group them).
fn move_coffee_note(harness: &mut Harness<'_, CytunApp>) {
    for _ in 0..7 {
        harness.press(Modifiers::NONE, egui::Key::ArrowLeft);
    }
    let from = harness.get_by_label(COFFEE).rect().center();
    harness.drag_at(from);
    harness.step();
    for i in 1..=6 {
        harness.hover_at(from + vec2(-70.0, 10.0) * i as f32);
        harness.step();
    }
    harness.drop_at(from + vec2(-420.0, 60.0));
    harness.run();
}

/// Lets `secs` of app time pass (the harness steps a quarter of a second per frame).
fn wait(harness: &mut Harness<'_, CytunApp>, secs: f32) {
    for _ in 0..(secs * 4.0).ceil() as usize {
        harness.step();
    }
    harness.run();
}

/// Lets the system's watch on the file tell the window it changed: the news comes from a
/// thread, in real time (a few hundred milliseconds), not in the test's frames.
fn hear_change(harness: &mut Harness<'_, CytunApp>) {
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(30));
        harness.step();
        if harness.state().dialog_open() {
            break;
        }
    }
    harness.run();
}

fn recovery_file(setup: &Setup) -> PathBuf {
    RecoveryStore::new(&setup.recovery).file_for(&setup.project)
}

#[test]
fn a_crash_loses_at_most_a_few_seconds_and_the_work_is_offered_back() {
    let setup = setup();
    let on_disk = store::load(&setup.project).unwrap();
    let mut harness = open(&setup);
    move_coffee_note(&mut harness);
    assert!(
        !recovery_file(&setup).exists(),
        "not written while the hand is still moving"
    );
    wait(&mut harness, 3.0);
    assert!(
        recovery_file(&setup).exists(),
        "written a few seconds after the change"
    );
    // A few words typed into a note in place are kept too.
    harness.press(Modifiers::NONE, egui::Key::Tab);
    harness.press(Modifiers::NONE, egui::Key::Enter);
    harness.type_text(" and a warm welcome");
    harness.press(Modifiers::NONE, egui::Key::Escape);
    wait(&mut harness, 3.0);
    let changed = harness.project().clone();
    assert!(
        changed
            .notes
            .values()
            .any(|n| n.text.ends_with("and a warm welcome")),
        "the typed words are in the project"
    );

    // The app dies without saving.
    drop(harness);
    assert_eq!(
        store::load(&setup.project).unwrap(),
        on_disk,
        "the user's file was not touched"
    );

    let mut harness = open(&setup);
    harness.get_by_label("Unsaved work found");
    // What differs, not only the counts (which are the same here: one note reworded).
    harness.get_by_label("• The words of 1 note changed");
    assert!(harness.query_by_label_contains("notes added").is_none());
    assert!(
        harness.unnamed_controls().is_empty(),
        "a screen reader can name every choice in the offer"
    );
    harness.get_by_label("Restore the unsaved work").click();
    harness.run();
    assert_eq!(harness.project().notes, changed.notes);
    assert!(
        harness.state().document().is_dirty(),
        "restored work still needs saving"
    );
    // Restoring is one step: undo shows the saved file again.
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(harness.project(), &on_disk);
    harness.press(Modifiers::COMMAND, egui::Key::Y);

    harness.press(Modifiers::COMMAND, egui::Key::S);
    assert!(
        !recovery_file(&setup).exists(),
        "a clean save removes the recovery copy"
    );
    assert_eq!(store::load(&setup.project).unwrap().notes, changed.notes);
}

#[test]
fn discarding_the_recovered_work_removes_the_copy() {
    let setup = setup();
    let mut harness = open(&setup);
    move_coffee_note(&mut harness);
    wait(&mut harness, 3.0);
    drop(harness);

    let mut harness = open(&setup);
    // The comparison shows both versions' contents.
    assert_eq!(harness.get_all_by_label("58 notes, 0 themes").count(), 2);
    harness.get_by_label("Keep the saved file").click();
    harness.run();
    assert!(!recovery_file(&setup).exists());
    assert_eq!(harness.project(), &store::load(&setup.project).unwrap());
    drop(harness);
    let harness = open(&setup);
    assert!(!harness.state().dialog_open(), "nothing is offered again");
}

#[test]
fn a_file_changed_on_disk_is_noticed_and_keeping_mine_loses_neither_version() {
    let setup = setup();
    let mut harness = open(&setup);
    move_coffee_note(&mut harness);
    let mine = harness.project().clone();

    let mut theirs = store::load(&setup.project).unwrap();
    theirs.title = "Edited on another laptop".into();
    store::save(&theirs, &setup.project).unwrap();
    hear_change(&mut harness);
    harness.get_by_label("The file was changed by another program");
    harness.get_by_label("Keep my version").click();
    harness.run();

    let copy = setup.project.with_file_name("workshop (my version 1).ron");
    assert_eq!(store::load(&copy).unwrap(), mine);
    assert_eq!(
        store::load(&setup.project).unwrap(),
        theirs,
        "their file is untouched"
    );
    assert_eq!(harness.state().document().path(), Some(copy.as_path()));
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn loading_the_changed_file_keeps_my_unsaved_work_beside_it_and_can_be_undone() {
    let setup = setup();
    let mut harness = open(&setup);
    move_coffee_note(&mut harness);
    let mine = harness.project().clone();

    let mut theirs = store::load(&setup.project).unwrap();
    theirs.title = "Edited on another laptop".into();
    store::save(&theirs, &setup.project).unwrap();
    hear_change(&mut harness);
    harness.get_by_label("Load the version on disk").click();
    harness.run();

    assert_eq!(harness.project(), &theirs);
    let copy = setup.project.with_file_name("workshop (my version 1).ron");
    assert_eq!(
        store::load(&copy).unwrap(),
        mine,
        "my unsaved work was written beside it"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(harness.project(), &mine, "and the reload can be undone");
}

#[test]
fn saving_after_someone_else_changed_the_file_asks_instead_of_overwriting() {
    let setup = setup();
    let mut harness = open(&setup);
    move_coffee_note(&mut harness);
    let mut theirs = store::load(&setup.project).unwrap();
    theirs.title = "Theirs".into();
    store::save(&theirs, &setup.project).unwrap();
    // Save at once, before the app's own look at the disk.
    harness.press(Modifiers::COMMAND, egui::Key::S);
    assert_eq!(store::load(&setup.project).unwrap(), theirs);
    harness.get_by_label("The file was changed by another program");
}

#[test]
fn opening_a_project_someone_else_has_open_warns_and_leaves_their_lock() {
    let setup = setup();
    let lock = store::lock_path(&setup.project);
    let theirs = "gethin\nswyddfa-2\n4242\n1700000000\n";
    std::fs::write(&lock, theirs).unwrap();
    let harness = open(&setup);
    let messages = harness.state().messages().texts();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("open already") && m.contains("gethin") && m.contains("swyddfa-2")),
        "{messages:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        theirs,
        "nothing taken"
    );
    drop(harness);
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        theirs,
        "closing leaves their lock"
    );
}

#[test]
fn our_lock_stays_through_saves_and_goes_with_new_or_close() {
    let setup = setup();
    let lock = store::lock_path(&setup.project);
    let mut harness = open(&setup);
    let ours = std::fs::read_to_string(&lock).unwrap();
    assert!(ours.contains(&std::process::id().to_string()));
    move_coffee_note(&mut harness);
    harness.press(Modifiers::COMMAND, egui::Key::S);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        ours,
        "a save keeps the lock"
    );
    harness.press(Modifiers::COMMAND, egui::Key::N);
    assert!(harness.state().document().path().is_none());
    assert!(!lock.exists(), "a new project releases the old file's lock");
    drop(harness);

    let harness = open(&setup);
    assert!(lock.exists());
    drop(harness);
    assert!(!lock.exists(), "our lock is removed when the app closes");
}

#[test]
fn going_back_to_the_previous_save_is_offered_and_undoable() {
    let setup = setup();
    let first = store::load(&setup.project).unwrap();
    let mut harness = open(&setup);
    assert!(!Path::new(&store::backup_path(&setup.project)).exists());
    move_coffee_note(&mut harness);
    harness.press(Modifiers::COMMAND, egui::Key::S);
    let second = harness.project().clone();

    harness.get_by_label("Previous save…").click();
    harness.run();
    harness.get_by_label("Go back to the previous save").click();
    harness.run();
    assert_eq!(harness.project(), &first);
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(harness.project(), &second);
}

#[test]
fn untitled_work_left_by_a_crash_is_offered_on_an_empty_start_and_restoring_is_undoable() {
    let setup = setup();
    let store = RecoveryStore::new(&setup.recovery);
    let mut lost = store::load(&setup.project).unwrap();
    lost.title = "Never saved".into();
    store
        .write(cytun::store::Slot::Untitled("untitled-1-1-0"), &lost)
        .unwrap();
    let untitled = StartOptions {
        file: None,
        language: Some(UiLanguage::English),
        native_dialogs: false,
        recovery_dir: Some(setup.recovery.clone()),
        lock_projects: true,
        show_start_screen: false,
        ..StartOptions::default()
    };
    let mut harness = ui_common::start(untitled);
    harness.get_by_label("Unsaved work found");
    harness.get_by_label("Restore the unsaved work").click();
    harness.run();
    assert_eq!(harness.project(), &lost);
    assert!(
        harness.state().document().path().is_none(),
        "still untitled"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(harness.project().notes.is_empty(), "undo: the empty start");
    harness.press(Modifiers::COMMAND, egui::Key::Y);
    assert_eq!(harness.project(), &lost);
}
