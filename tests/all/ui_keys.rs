//! The one keyboard map held against what the window does: every key of the shortcut table
//! changes something a person would see, and every other key changes nothing, so F1 (which
//! lists the table) lists exactly what works.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use cytun::model::geometry;
use cytun::ui::shortcuts::{self, Action, Scope, Shortcut};
use eframe::egui::{Key, KeyboardShortcut, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui_common::Drive as _;

fn finished_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("finished.ron");
    std::fs::copy("projects/finished-workshop.ron", &path).unwrap();
    (dir, path)
}

fn open(path: &Path) -> Harness<'static, CytunApp> {
    let file = path.to_owned();
    let mut harness = Harness::builder()
        .with_size(vec2(1600.0, 1000.0))
        .with_max_steps(12)
        .build_eframe(move |cc| {
            CytunApp::new(
                cc,
                StartOptions {
                    file: Some(file),
                    language: Some(UiLanguage::English),
                    room: crate::ui_common::loopback_room(),
                    ..StartOptions::default()
                },
            )
        });
    harness.run();
    harness
}

/// The board with the keyboard, a note in a theme selected, unsaved work with a step to
/// undo and one to redo: where every board and window key has something to act on.
fn on_the_board(path: &Path) -> Harness<'static, CytunApp> {
    let mut harness = open(path);
    harness.press(Modifiers::NONE, Key::F);
    let project = harness.project();
    let note = project
        .themes
        .values()
        .find_map(|theme| theme.notes.first())
        .map(|id| &project.notes[id])
        .expect("the finished workshop has themes");
    let view = harness.state().view();
    let at = view.camera.screen_from_board(
        view.canvas_rect().unwrap(),
        geometry::note_rect(note).center(),
    );
    let id = note.id;
    harness.click_at(at);
    assert_eq!(
        harness.state().view().selection,
        [id].into(),
        "a note in a theme is selected"
    );
    harness.press(Modifiers::COMMAND, Key::ArrowRight);
    harness.press(Modifiers::COMMAND, Key::ArrowRight);
    harness.press(Modifiers::COMMAND, Key::Z);
    harness
}

/// The Rank view with its second theme selected, so it can move either way.
fn on_rank(path: &Path) -> Harness<'static, CytunApp> {
    let mut harness = open(path);
    harness.get_by_label("Rank").click_accesskit();
    harness.run();
    harness
        .query_all_by_label("Select")
        .nth(1)
        .expect("a second theme to select")
        .click_accesskit();
    harness.run();
    harness
}

/// Everything a person could notice: the project, what is selected and where the board is
/// looked at, the window's title and every control and label on screen with its place.
fn fingerprint(harness: &Harness<'_, CytunApp>) -> String {
    let app = harness.state();
    let view = app.view();
    let mut seen = format!(
        "{:?}\n{:?} {:?} {:?} {:?} {} {}\n{} {}\n",
        app.document().project(),
        view.camera,
        view.selection,
        view.selected_theme,
        view.keyboard_focus,
        view.editing.is_some(),
        view.search.is_some(),
        app.window_title(),
        app.settings().text_scale,
    );
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        let _ = writeln!(
            seen,
            "{:?} {:?} {:?} {:?} {:?} {:?}",
            node.role(),
            node.label(),
            node.value(),
            node.bounding_box(),
            node.is_focused(),
            node.is_selected(),
        );
    }
    seen
}

fn press(harness: &mut Harness<'_, CytunApp>, chord: KeyboardShortcut) {
    harness.press(chord.modifiers, chord.logical_key);
    // What a key starts (a glide, a message fading in) may take a few more frames.
    harness.run_steps(4);
}

/// Every row of the table with keys, each key press with the row it belongs to.
fn every_chord() -> Vec<(KeyboardShortcut, &'static Shortcut)> {
    shortcuts::all()
        .flat_map(|shortcut| shortcut.keys.iter().map(move |chord| (*chord, shortcut)))
        .collect()
}

#[test]
fn every_key_in_the_table_changes_what_is_seen() {
    let mut silent = Vec::new();
    for (chord, shortcut) in every_chord() {
        let (_dir, path) = finished_copy();
        let mut harness = match shortcut.scope {
            Scope::Rank | Scope::Controls => on_rank(&path),
            _ => on_the_board(&path),
        };
        match shortcut.action {
            // Leaving presentation mode, or going back to the usual text size, needs the
            // other first.
            Action::LeavePresenting => press(
                &mut harness,
                KeyboardShortcut::new(Modifiers::NONE, Key::F11),
            ),
            // The board was fitted to select a note.
            Action::Fit => press(
                &mut harness,
                KeyboardShortcut::new(Modifiers::NONE, Key::Plus),
            ),
            // A button to press needs the keyboard first.
            Action::PressControl => press(
                &mut harness,
                KeyboardShortcut::new(Modifiers::NONE, Key::Tab),
            ),
            Action::TextUsual => {
                press(
                    &mut harness,
                    KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
                );
            }
            _ => {}
        }
        let before = fingerprint(&harness);
        press(&mut harness, chord);
        if fingerprint(&harness) == before {
            silent.push(format!("{chord:?} ({:?})", shortcut.action));
        }
    }
    assert!(
        silent.is_empty(),
        "keys in the table that do nothing: {silent:#?}"
    );
}

/// Keys a keyboard has, each pressed alone and with each modifier.
fn every_key_press() -> Vec<KeyboardShortcut> {
    let modifiers = [
        Modifiers::NONE,
        Modifiers::SHIFT,
        Modifiers::COMMAND,
        Modifiers::ALT,
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
    ];
    Key::ALL
        .iter()
        .flat_map(|key| {
            modifiers
                .iter()
                .map(|modifiers| KeyboardShortcut::new(*modifiers, *key))
        })
        .collect()
}

/// Presses every key the table has no row for in `scopes` and fails on any that changes
/// what is seen.
fn unlisted_keys_change_nothing(harness: &mut Harness<'_, CytunApp>, scopes: &[Scope]) {
    harness.run_steps(4);
    let mut acted = Vec::new();
    let mut before = fingerprint(harness);
    for chord in every_key_press() {
        let listed = scopes
            .iter()
            .any(|scope| shortcuts::answer(*scope, chord.logical_key, chord.modifiers).is_some());
        // Space is held to pan by dragging: the board takes it so it is never a click.
        if listed || chord.logical_key == Key::Space {
            continue;
        }
        press(harness, chord);
        let after = fingerprint(harness);
        if after != before {
            acted.push(format!("{chord:?}"));
            before = after;
        }
    }
    assert!(
        acted.is_empty(),
        "keys not in the table that do something: {acted:#?}"
    );
}

/// The scopes that answer wherever the keyboard is.
const WINDOW: [Scope; 4] = [
    Scope::Window,
    Scope::WindowView,
    Scope::WindowNotTyping,
    Scope::Controls,
];

#[test]
fn no_key_outside_the_table_does_anything_on_the_board() {
    let (_dir, path) = finished_copy();
    let mut harness = on_the_board(&path);
    let mut scopes = WINDOW.to_vec();
    scopes.push(Scope::Board);
    unlisted_keys_change_nothing(&mut harness, &scopes);
}

#[test]
fn no_key_outside_the_table_does_anything_in_the_rank_view() {
    let (_dir, path) = finished_copy();
    let mut harness = on_rank(&path);
    let mut scopes = WINDOW.to_vec();
    scopes.push(Scope::Rank);
    unlisted_keys_change_nothing(&mut harness, &scopes);
}
