//! Everyone in the room: the keyboard alone, screen readers (every control named), the
//! outline, Welsh, presentation mode, text size and the start screen, driven headless.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::ui_common;

use ui_common::Drive as _;

use std::path::{Path, PathBuf};

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use cytun::model::NoteId;
use eframe::egui::{self, Modifiers, accesskit::Role, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

fn harness_with(options: StartOptions) -> Harness<'static, CytunApp> {
    ui_common::start(options)
}

fn harness(file: Option<&Path>) -> Harness<'static, CytunApp> {
    harness_with(StartOptions {
        file: file.map(Path::to_owned),
        language: Some(UiLanguage::English),
        ..StartOptions::default()
    })
}

fn sample() -> Harness<'static, CytunApp> {
    harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)))
}

fn selected(harness: &Harness<'_, CytunApp>) -> Vec<NoteId> {
    harness.state().view().selection.iter().copied().collect()
}

#[test]
fn grouping_two_notes_naming_the_theme_and_undoing_with_the_keyboard_alone() {
    let mut harness = sample();
    // The board has the keyboard from the start: Tab walks the notes in reading order.
    harness.press(Modifiers::NONE, egui::Key::Tab);
    let first = selected(&harness);
    assert_eq!(first.len(), 1, "Tab selects the first note");
    // Shift+arrow adds the nearest note that way to the selection.
    harness.press(Modifiers::SHIFT, egui::Key::ArrowRight);
    let both = selected(&harness);
    assert_eq!(both.len(), 2, "{both:?}");
    assert!(both.contains(&first[0]));

    harness.press(Modifiers::COMMAND, egui::Key::G);
    harness.type_text("Feeling welcome");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let themes: Vec<_> = harness.project().themes.values().collect();
    assert_eq!(themes.len(), 1);
    assert_eq!(themes[0].title, "Feeling welcome");
    let mut members = themes[0].notes.clone();
    members.sort_unstable();
    assert_eq!(members, both);
    // The change is announced for screen readers.
    assert!(
        harness.state().announcement().contains("Feeling welcome"),
        "{}",
        harness.state().announcement()
    );

    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert_ne!(
        harness.project().themes.values().next().unwrap().title,
        "Feeling welcome"
    );
    harness.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(harness.project().themes.is_empty(), "undone step by step");
    assert_eq!(harness.state().announcement(), "Change undone");
}

#[test]
fn tab_reaches_a_theme_and_its_notes_and_escape_hands_the_keyboard_back() {
    let mut harness = sample();
    harness.press(Modifiers::NONE, egui::Key::Tab);
    harness.press(Modifiers::SHIFT, egui::Key::ArrowDown);
    harness.press(Modifiers::COMMAND, egui::Key::G);
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let theme = *harness.project().themes.keys().next().unwrap();
    // Walk until the theme itself has the focus.
    let mut reached = false;
    for _ in 0..80 {
        harness.press(Modifiers::NONE, egui::Key::Tab);
        if harness.state().view().selected_theme == Some(theme) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab visits themes");
    harness.press(Modifiers::NONE, egui::Key::Tab);
    let next = selected(&harness);
    assert_eq!(
        next,
        vec![harness.project().themes[&theme].notes[0]],
        "a theme is followed by its notes"
    );
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.press(Modifiers::NONE, egui::Key::Tab);
    assert!(
        selected(&harness).is_empty(),
        "with the keyboard handed back, Tab moves through the window's controls"
    );
}

#[test]
fn the_outline_lists_every_theme_and_note_and_moves_notes_between_themes() {
    let mut harness = sample();
    harness.press(Modifiers::NONE, egui::Key::Tab);
    harness.press(Modifiers::SHIFT, egui::Key::ArrowRight);
    harness.press(Modifiers::COMMAND, egui::Key::G);
    harness.type_text("Trust");
    harness.press(Modifiers::NONE, egui::Key::Enter);
    harness.get_by_label("Outline").click();
    harness.run();

    let project_now = harness.project().clone();
    harness.get_by_label_contains("Trust (2 notes)");
    let loose = project_now.notes.len() - 2;
    harness.get_by_label_contains(&format!("1 theme, {loose} notes not in a theme yet"));
    let board_right = harness.state().view().canvas_rect().unwrap().right();
    let in_outline = |harness: &Harness<'_, CytunApp>, text: &str| {
        harness
            .query_all(By::new().label(text))
            .filter(|node| node.rect().left() > board_right)
            .map(|node| node.rect())
            .next()
    };
    for note in project_now.notes.values() {
        assert!(
            in_outline(&harness, &note.text).is_some(),
            "the outline lists {:?}",
            note.text
        );
    }
    // The list is in the order Tab walks the board.
    let mut listed: Vec<(f32, cytun::model::NoteId)> = project_now
        .notes
        .values()
        .map(|note| (in_outline(&harness, &note.text).unwrap().top(), note.id))
        .collect();
    listed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let walked: Vec<cytun::model::NoteId> = cytun::model::navigation::reading_order(&project_now)
        .into_iter()
        .filter_map(|item| match item {
            cytun::model::navigation::BoardItem::Note(id) => Some(id),
            cytun::model::navigation::BoardItem::Theme(_) => None,
        })
        .collect();
    assert_eq!(
        listed.into_iter().map(|(_, id)| id).collect::<Vec<_>>(),
        walked,
        "the outline and the board agree"
    );
    // Move the first loose note into "Trust" from its "Move to" list.
    let themed = &project_now.themes.values().next().unwrap().notes;
    // The first loose note in reading order: its row is near the top of the list.
    let mover = cytun::model::navigation::reading_order(&project_now)
        .into_iter()
        .find_map(|item| match item {
            cytun::model::navigation::BoardItem::Note(id) if !themed.contains(&id) => Some(id),
            _ => None,
        })
        .unwrap();
    let mover_text = project_now.notes[&mover].text.clone();
    let row_y = in_outline(&harness, &mover_text).unwrap().center().y;
    let combo = harness
        .query_all(By::new().label("Move to:").role(Role::ComboBox))
        .min_by(|a, b| {
            (a.rect().center().y - row_y)
                .abs()
                .total_cmp(&(b.rect().center().y - row_y).abs())
        })
        .unwrap();
    combo.click();
    harness.run();
    harness
        .query_all(By::new().label("Trust"))
        .last()
        .unwrap()
        .click();
    harness.run();
    let theme = harness.project().themes.values().next().unwrap();
    assert!(theme.notes.contains(&mover), "moved on the board too");
    assert_eq!(theme.notes.len(), 3);
}

#[test]
fn every_control_on_every_board_view_has_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let picture = dir.path().join("art.png");
    image::RgbImage::new(20, 10).save(&picture).unwrap();
    let mut harness = sample();
    // A theme, a picture note and the search bar, so every kind of thing is on screen.
    harness.press(Modifiers::NONE, egui::Key::Tab);
    harness.press(Modifiers::SHIFT, egui::Key::ArrowRight);
    harness.press(Modifiers::COMMAND, egui::Key::G);
    harness.press(Modifiers::NONE, egui::Key::Enter);
    harness.press(Modifiers::COMMAND, egui::Key::F);
    harness.type_text("tea");
    harness.get_by_label("Add picture…").click();
    harness.run();
    let field = harness
        .query_all(By::new().label("File path:").role(Role::TextInput))
        .next()
        .unwrap();
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.type_text(&picture.display().to_string());
    harness.press(Modifiers::NONE, egui::Key::Enter);
    assert!(
        harness
            .project()
            .notes
            .values()
            .any(|n| n.picture.is_some())
    );

    for tab in ["Note", "Themes", "Words", "Outline", "History"] {
        harness
            .query_all(By::new().label(tab).role(Role::Button))
            .next()
            .unwrap()
            .click();
        harness.run();
        let unnamed = harness.unnamed_controls();
        assert!(unnamed.is_empty(), "{tab} tab: unnamed {unnamed:?}");
    }
    harness.get_by_label("Projects…").click();
    harness.run();
    let unnamed = harness.unnamed_controls();
    assert!(unnamed.is_empty(), "start screen: unnamed {unnamed:?}");
}

#[test]
fn switching_to_welsh_changes_the_toolbar_and_the_plurals() {
    let mut harness = sample();
    let count = harness.project().notes.len();
    harness.get_by_label(&format!("{count} notes"));
    harness.get_by_label("Group");
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Cymraeg").click();
    harness.run();
    harness.get_by_label("Grwpio");
    harness.get_by_label("Dadwneud");
    // Welsh counts take the singular noun after a number: "58 nodyn", not "58 nodiadau".
    harness.get_by_label(&format!("{count} nodyn"));
    assert!(harness.query_by_label("Group").is_none());
}

#[test]
fn presentation_mode_shows_only_the_board_and_escape_leaves() {
    let mut harness = sample();
    harness.press(Modifiers::NONE, egui::Key::F11);
    assert!(
        harness.query_by_label("Add note").is_none(),
        "toolbar hidden"
    );
    assert!(
        harness.query_by_label("History").is_none(),
        "side panel hidden"
    );
    harness.get_by_role(Role::Canvas);
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.get_by_label("Add note");
    harness.get_by_label("Present").click();
    harness.run();
    assert!(harness.query_by_label("Add note").is_none());
}

/// While presenting, the room sees the change just made, for a few seconds, and never one
/// made before presenting began: nothing old sits over the notes.
#[test]
fn presenting_shows_only_the_change_just_made_and_only_for_a_while() {
    let (_dir, path) = {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        std::fs::copy(cytun::cli::SAMPLE_PROJECT, &path).unwrap();
        (dir, path)
    };
    let mut harness = harness(Some(&path));
    harness.press(Modifiers::NONE, egui::Key::Tab);
    harness.press(Modifiers::COMMAND, egui::Key::ArrowRight);
    let moved = "Moved 1 note";
    assert!(
        harness.query_all_by_label(moved).count() > 0,
        "said in the status bar"
    );
    harness.press(Modifiers::NONE, egui::Key::F11);
    assert!(
        harness.query_by_label(moved).is_none(),
        "a change from before presenting is not shown to the room"
    );
    harness.press(Modifiers::COMMAND, egui::Key::ArrowDown);
    harness.get_by_label(moved);
    // Frames a sixtieth of a second apart: twelve seconds on, it has gone.
    for _ in 0..720 {
        harness.step();
    }
    assert!(
        harness.query_by_label(moved).is_none(),
        "gone after a while"
    );
}

#[test]
fn interface_text_size_is_separate_from_board_zoom_and_remembered() {
    let mut harness = sample();
    let zoom = harness.state().view().camera.zoom;
    let before = harness.get_by_label("Add note").rect().height();
    harness.press(Modifiers::COMMAND, egui::Key::Plus);
    harness.press(Modifiers::COMMAND, egui::Key::Plus);
    let after = harness.get_by_label("Add note").rect().height();
    assert!(after > before * 1.2, "{before} -> {after}");
    assert!((harness.state().view().camera.zoom - zoom).abs() < f32::EPSILON);
    assert!((harness.state().settings().text_scale - 1.3).abs() < 1e-6);
    harness.get_by_label("130 %");
    harness.press(Modifiers::COMMAND, egui::Key::Num0);
    assert!((harness.state().settings().text_scale - 1.0).abs() < 1e-6);

    harness.get_by_label("Colours").click();
    harness.run();
    harness.get_by_label("High contrast").click();
    harness.run();
    assert_eq!(
        harness.state().settings().colour_scheme,
        cytun::ui::style::ColourScheme::HighContrast
    );
}

fn copy_sample(dir: &Path, name: &str, title: &str) -> PathBuf {
    let mut project = cytun::store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    project.title = title.into();
    let path = dir.join(name);
    cytun::store::save(&project, &path).unwrap();
    path
}

#[test]
fn the_start_screen_lists_projects_with_their_counts_and_opens_one_with_enter() {
    let dir = tempfile::tempdir().unwrap();
    let recent = copy_sample(dir.path(), "spring.ron", "Spring workshop");
    let mut settings = cytun::settings::Settings::default();
    settings.remember_project(recent.clone());
    let options = StartOptions {
        language: Some(UiLanguage::English),
        show_start_screen: true,
        ..StartOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(vec2(1920.0, 1080.0))
        .build_eframe(move |_cc| CytunApp::with_settings(settings.clone(), options.clone()));
    harness.run();
    harness.get_by_label("Your projects");
    let count = cytun::store::load(&recent).unwrap().notes.len();
    let row = harness.get_by_label_contains("Spring workshop");
    let label = row.accesskit_node().label().unwrap_or_default();
    assert!(label.contains(&format!("{count} notes")), "{label}");
    assert!(label.contains("spring.ron"), "{label}");
    assert!(label.contains("changed"), "{label}");
    // The first project has the keyboard: Enter opens it.
    harness.press(Modifiers::NONE, egui::Key::Enter);
    assert!(harness.query_by_label("Your projects").is_none());
    // New from the start screen shows the new, empty board.
    harness.get_by_label("Projects…").click();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::Button, "New")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert!(
        harness.query_by_label("Your projects").is_none(),
        "the new board shows"
    );
    assert!(harness.project().notes.is_empty());
    // Back to the project for the checks below.
    harness.get_by_label("Projects…").click();
    harness.run();
    harness.get_by_label_contains("Spring workshop").click();
    harness.run();
    assert_eq!(harness.project().title, "Spring workshop");
    assert!(harness.query_by_label("Your projects").is_none());
}

/// Whether a screen reader is on this node (the focus, or the focused widget's active
/// descendant).
fn has_focus(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// Presses Tab until a control labelled `label` has the keyboard; false if none does.
fn tab_until(harness: &mut Harness<'_, CytunApp>, label: &str) -> bool {
    for _ in 0..200 {
        if harness
            .query_all(By::new().label(label))
            .any(|node| node.is_focused())
        {
            return true;
        }
        harness.press(Modifiers::NONE, egui::Key::Tab);
    }
    false
}

#[test]
fn suggested_groups_are_asked_for_and_one_made_a_theme_with_the_keyboard_alone() {
    let mut harness = sample();
    // Hand the keyboard back from the board, then walk the window's controls.
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.press(Modifiers::NONE, egui::Key::Escape);
    for control in ["Words", "Suggested groups"] {
        assert!(tab_until(&mut harness, control), "Tab reaches {control}");
        harness.press(Modifiers::NONE, egui::Key::Enter);
    }
    assert!(tab_until(&mut harness, "Suggest groups"));
    // The work starts on its thread, with a moving progress bar: frames, not a settle.
    harness.key_press_modifiers(Modifiers::NONE, egui::Key::Enter);
    harness.wait_for_suggestions();
    let found = harness.state().suggestions();
    assert!(!found.is_empty(), "the sample has notes that share words");
    assert!(tab_until(&mut harness, "Make this a theme"));
    harness.press(Modifiers::NONE, egui::Key::Enter);
    let themes: Vec<_> = harness.project().themes.values().cloned().collect();
    assert_eq!(themes.len(), 1, "one suggestion became a theme, not all");
    assert_eq!(themes[0].title, found[0].title());
    let mut made = themes[0].notes.clone();
    made.sort_unstable();
    let mut suggested = found[0].notes.clone();
    suggested.sort_unstable();
    assert_eq!(made, suggested);
    assert!(
        !harness.state().suggestions().contains(&found[0]),
        "a suggestion made a theme is not offered again"
    );
}

#[test]
fn tab_reaches_every_note_on_or_off_screen_and_a_screen_reader_hears_each() {
    let mut harness = sample();
    let canvas = harness.state().view().canvas_rect().unwrap();
    let project = harness.project().clone();
    let steps = cytun::model::navigation::reading_order(&project).len();
    let mut heard = std::collections::BTreeSet::new();
    let mut off_screen_at_start = 0;
    for step in 0..steps {
        harness.press(Modifiers::NONE, egui::Key::Tab);
        let focused: Vec<_> = harness.query_all(By::new().predicate(has_focus)).collect();
        assert_eq!(focused.len(), 1, "step {step}: one thing is focused");
        let node = &focused[0];
        assert!(
            canvas.contains(node.rect().center()),
            "step {step}: the view follows the keyboard to {:?}",
            node.accesskit_node().label()
        );
        if let Some(label) = node.accesskit_node().label() {
            heard.insert(label);
        }
        if step == 0 {
            off_screen_at_start = project
                .notes
                .values()
                .filter(|n| {
                    let at = harness.state().view().camera;
                    !canvas.contains(
                        at.screen_from_board(canvas, cytun::model::geometry::note_rect(n).center()),
                    )
                })
                .count();
        }
    }
    assert!(off_screen_at_start > 10, "the sample reaches off screen");
    for note in project.notes.values().filter(|n| n.picture.is_none()) {
        assert!(
            heard.contains(&note.text),
            "a screen reader hears {:?}",
            note.text
        );
    }
}

#[test]
fn a_window_nobody_touches_asks_for_no_frames() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "idle.ron", "Idle");
    let mut harness = harness(Some(&file));
    harness.run();
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(
        delay,
        std::time::Duration::MAX,
        "no frame until something changes (the file is watched, not polled)"
    );
}
