//! The board driven like a user would, headless, through AccessKit (`egui_kittest)`: find a note
//! by its text, drag it, undo, edit, select, save.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::path::{Path, PathBuf};

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use cytun::model::{NoteId, Project};
use eframe::egui::{self, Modifiers, Pos2, Vec2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const COFFEE: &str =
    "Fresh coffee and toast at the start of a meeting where nobody is in charge yet";
const BREAD: &str = "Like bread baking: it takes time, and everyone's hands are in the dough";

/// A copy of the sample project in a temporary folder, so tests can save.
fn sample_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    std::fs::copy(cytun::cli::SAMPLE_PROJECT, &path).unwrap();
    (dir, path)
}

fn harness(file: Option<&Path>) -> Harness<'static, CytunApp> {
    harness_with_step(file, 0.25)
}

/// A harness whose frames are `step_secs` apart (double-clicks need frames closer than 0.3 s).
fn harness_with_step(file: Option<&Path>, step_secs: f32) -> Harness<'static, CytunApp> {
    let file = file.map(Path::to_owned);
    let builder = Harness::builder()
        .with_size(vec2(1920.0, 1080.0))
        .with_step_dt(step_secs);
    let mut harness = builder.build_eframe(move |cc| {
        CytunApp::new(
            cc,
            // No recovery copies or lock files: these tests share the sample project.
            StartOptions {
                file,
                language: Some(UiLanguage::English),
                ..StartOptions::default()
            },
        )
    });
    harness.run();
    harness
}

fn project<'a>(harness: &'a Harness<'_, CytunApp>) -> &'a Project {
    harness.state().document().project()
}

fn note_id(harness: &Harness<'_, CytunApp>, text: &str) -> NoteId {
    project(harness)
        .notes
        .values()
        .find(|n| n.text == text)
        .expect("note in project")
        .id
}

fn note_center(harness: &Harness<'_, CytunApp>, text: &str) -> Pos2 {
    harness.get_by_label(text).rect().center()
}

/// Press, move in small steps (as a hand does), release.
fn drag(harness: &mut Harness<'_, CytunApp>, from: Pos2, by: Vec2) {
    harness.drag_at(from);
    harness.step();
    for i in 1..=8 {
        harness.hover_at(from + by * (i as f32 / 8.0));
        harness.step();
    }
    harness.drop_at(from + by);
    harness.run();
}

/// Two clicks at `at`, one frame apart (the harness needs frames under 0.3 s apart: see
/// `harness_with_step`).
fn double_click(harness: &mut Harness<'_, CytunApp>, at: Pos2) {
    harness.hover_at(at);
    harness.run();
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run();
}

/// Pans with the arrow keys so that empty board shows on the left of the notes.
fn make_room_on_the_left(harness: &mut Harness<'_, CytunApp>) {
    for _ in 0..7 {
        key(harness, Modifiers::NONE, egui::Key::ArrowLeft);
    }
}

fn key(harness: &mut Harness<'_, CytunApp>, modifiers: Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

#[test]
fn the_sample_project_opens_with_its_notes_readable() {
    let harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let node = harness.get_by_label(COFFEE);
    // Body text is laid out at 24 px at the start zoom: readable across a room.
    assert!((harness.state().view().camera.zoom - 1.0).abs() < f32::EPSILON);
    assert!(node.rect().width() > 250.0);
    harness.get_by_label("All changes saved");
    assert!(
        harness
            .state()
            .window_title()
            .starts_with("Co-production hackathon")
    );
}

#[test]
fn dragging_a_note_moves_it_and_undo_puts_it_back() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let id = note_id(&harness, COFFEE);
    let before = project(&harness).notes[&id].pos;

    // Onto empty board (a drop onto another note would make a theme).
    make_room_on_the_left(&mut harness);
    let from = note_center(&harness, COFFEE);
    drag(&mut harness, from, vec2(-400.0, 120.0));
    let after = project(&harness).notes[&id].pos;
    let zoom = harness.state().view().camera.zoom;
    assert!(
        (after.x - before.x + 400.0 / zoom).abs() < 2.0,
        "{before:?} -> {after:?}"
    );
    assert!(
        (after.y - before.y - 120.0 / zoom).abs() < 2.0,
        "{before:?} -> {after:?}"
    );
    // It lies on top where it was dropped.
    let top = project(&harness).notes_in_draw_order().last().unwrap().id;
    assert_eq!(top, id);
    // The drag was one step: one undo restores the note exactly.
    key(&mut harness, Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(project(&harness).notes[&id].pos, before);
    key(
        &mut harness,
        Modifiers::COMMAND | Modifiers::SHIFT,
        egui::Key::Z,
    );
    assert_eq!(project(&harness).notes[&id].pos, after);
    key(&mut harness, Modifiers::COMMAND, egui::Key::Z);
    key(&mut harness, Modifiers::COMMAND, egui::Key::Y);
    assert_eq!(project(&harness).notes[&id].pos, after);
}

#[test]
fn dragging_one_of_several_selected_notes_moves_them_all() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let (coffee, bread) = (note_id(&harness, COFFEE), note_id(&harness, BREAD));
    let (coffee_before, bread_before) = (
        project(&harness).notes[&coffee].pos,
        project(&harness).notes[&bread].pos,
    );
    harness.get_by_label(COFFEE).click();
    harness.run();
    harness
        .get_by_label(BREAD)
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    assert_eq!(harness.state().view().selection.len(), 2);

    make_room_on_the_left(&mut harness);
    let from = note_center(&harness, BREAD);
    drag(&mut harness, from, vec2(-420.0, 0.0));
    assert!((project(&harness).notes[&coffee].pos.x - coffee_before.x + 420.0).abs() < 1.0);
    assert!((project(&harness).notes[&bread].pos.x - bread_before.x + 420.0).abs() < 1.0);
    key(&mut harness, Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(project(&harness).notes[&coffee].pos, coffee_before);
    assert_eq!(project(&harness).notes[&bread].pos, bread_before);
}

#[test]
fn editing_a_notes_text_in_place_changes_the_note() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let id = note_id(&harness, COFFEE);
    harness.get_by_label(COFFEE).click();
    harness.run();
    key(&mut harness, Modifiers::NONE, egui::Key::Enter);
    assert!(
        harness.state().view().editing.is_some(),
        "Enter starts editing"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.event(egui::Event::Text("Coffee, and nobody in charge".into()));
    harness.run();
    key(&mut harness, Modifiers::NONE, egui::Key::Escape);
    assert!(
        harness.state().view().editing.is_none(),
        "Escape ends editing"
    );
    assert_eq!(
        project(&harness).notes[&id].text,
        "Coffee, and nobody in charge"
    );
    // Typing the text was one step.
    key(&mut harness, Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(project(&harness).notes[&id].text, COFFEE);
}

#[test]
fn double_clicking_empty_board_starts_a_new_note_there() {
    let mut harness = harness_with_step(Some(Path::new(cytun::cli::SAMPLE_PROJECT)), 1.0 / 30.0);
    let count = project(&harness).notes.len();
    let canvas = harness.state().view().canvas_rect().unwrap();
    // Pan with the arrow keys so that empty board shows on the left.
    for _ in 0..4 {
        key(&mut harness, Modifiers::NONE, egui::Key::ArrowLeft);
    }
    let empty = pos2(canvas.min.x + 100.0, canvas.center().y);
    double_click(&mut harness, empty);
    assert!(
        harness.state().view().editing.is_some(),
        "a new note is in edit mode"
    );
    harness.event(egui::Event::Text(
        "Rain on the roof of the community hall".into(),
    ));
    harness.run();
    key(&mut harness, Modifiers::NONE, egui::Key::Escape);
    assert_eq!(project(&harness).notes.len(), count + 1);
    let created = project(&harness).notes.values().next_back().unwrap();
    assert_eq!(created.text, "Rain on the roof of the community hall");
    assert_eq!(
        harness
            .state()
            .view()
            .selection
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        vec![created.id]
    );
}

#[test]
fn delete_removes_the_selection_and_undo_restores_it() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let count = project(&harness).notes.len();
    harness.get_by_label(COFFEE).click();
    harness.run();
    key(&mut harness, Modifiers::NONE, egui::Key::Delete);
    assert_eq!(project(&harness).notes.len(), count - 1);
    assert!(harness.query_by_label(COFFEE).is_none());
    key(&mut harness, Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(project(&harness).notes.len(), count);
    harness.get_by_label(COFFEE);
}

#[test]
fn select_all_and_rubber_band_select() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    key(&mut harness, Modifiers::COMMAND, egui::Key::A);
    assert_eq!(
        harness.state().view().selection.len(),
        project(&harness).notes.len()
    );
    key(&mut harness, Modifiers::NONE, egui::Key::Escape);
    assert!(harness.state().view().selection.is_empty());

    // Shift-drag from empty board across the first two notes of the first column.
    let coffee = harness.get_by_label(COFFEE).rect();
    let bread = harness.get_by_label(BREAD).rect();
    let start = coffee.left_top() - vec2(20.0, 10.0);
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    drag(&mut harness, start, bread.center() - start);
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    let selected = &harness.state().view().selection;
    assert_eq!(selected.len(), 2, "{selected:?}");
    assert!(
        selected.contains(&note_id(&harness, COFFEE))
            && selected.contains(&note_id(&harness, BREAD))
    );
}

#[test]
fn dragging_empty_board_pans_without_changing_the_project() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let before_project = project(&harness).clone();
    let before = harness.state().view().camera.center;
    let coffee = harness.get_by_label(COFFEE).rect();
    drag(
        &mut harness,
        coffee.left_top() - vec2(20.0, 10.0),
        vec2(200.0, 100.0),
    );
    let after = harness.state().view().camera.center;
    assert!(
        (before.x - after.x - 200.0).abs() < 1.0 && (before.y - after.y - 100.0).abs() < 1.0,
        "{before:?} {after:?}"
    );
    assert_eq!(project(&harness), &before_project);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn the_unsaved_mark_appears_on_change_and_clears_on_save() {
    let (_dir, path) = sample_copy();
    let mut harness = harness(Some(&path));
    harness.get_by_label("All changes saved");
    let from = note_center(&harness, COFFEE);
    drag(&mut harness, from, vec2(100.0, 0.0));
    harness.get_by_label("Unsaved changes");
    assert!(harness.state().window_title().starts_with('•'));

    key(&mut harness, Modifiers::COMMAND, egui::Key::S);
    harness.get_by_label("All changes saved");
    assert!(!harness.state().window_title().starts_with('•'));
    let on_disk = cytun::store::load(&path).unwrap();
    assert_eq!(&on_disk, project(&harness));
    assert!(
        cytun::store::backup_path(&path).exists(),
        "the previous save is kept"
    );
}

#[test]
fn save_as_works_through_the_path_field_when_no_system_dialog_can_be_shown() {
    let (dir, path) = sample_copy();
    let mut harness = harness(Some(&path));
    key(
        &mut harness,
        Modifiers::COMMAND | Modifiers::SHIFT,
        egui::Key::S,
    );
    harness.get_by_label("Save the project as");
    let target = dir.path().join("copy-for-coordinators");
    let field = harness.get_by_role(egui::accesskit::Role::TextInput);
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text(target.display().to_string()));
    harness.run();
    // Enter in the path field saves, like the dialog's Save button.
    key(&mut harness, Modifiers::NONE, egui::Key::Enter);
    let saved = target.with_extension("ron");
    assert_eq!(&cytun::store::load(&saved).unwrap(), project(&harness));
    assert_eq!(harness.state().document().path(), Some(saved.as_path()));
}

#[test]
fn starting_a_new_project_with_unsaved_changes_asks_first() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let from = note_center(&harness, COFFEE);
    drag(&mut harness, from, vec2(100.0, 0.0));
    let changed = project(&harness).clone();
    harness.get_by_label("New").click();
    harness.run();
    harness.get_by_label_contains("has changes that are not saved yet");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(project(&harness), &changed, "cancel keeps the work");

    harness.get_by_label("New").click();
    harness.run();
    harness.get_by_label("Don’t save").click();
    harness.run();
    assert!(project(&harness).notes.is_empty());
}

#[test]
fn a_broken_file_gives_a_message_and_the_app_keeps_running() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "(format_version: 1, title: \"x\", notes: [(id: 1,").unwrap();
    let harness = harness(Some(&path));
    let messages = harness.state().messages().texts();
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].starts_with("Could not open the project."),
        "{messages:?}"
    );
    assert!(messages[0].contains("line 1"), "{messages:?}");
    assert!(
        messages[0].ends_with(&format!("File: {}", path.display())),
        "{messages:?}"
    );
    assert!(project(&harness).notes.is_empty());
}

#[test]
fn editing_provenance_in_the_side_panel_is_one_undoable_step() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let id = note_id(&harness, COFFEE);
    harness.get_by_label(COFFEE).click();
    harness.run();
    harness.get_by_label("Not to be quoted").click();
    harness.run();
    assert_eq!(
        project(&harness).notes[&id].details.consent,
        cytun::model::Consent::DoNotQuote
    );
    key(&mut harness, Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        project(&harness).notes[&id].details.consent,
        cytun::model::Consent::QuoteAnonymously
    );
}

/// Clicks the window's close button.
fn request_close(harness: &mut Harness<'_, CytunApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

fn asked_to_close(harness: &Harness<'_, CytunApp>) -> bool {
    harness.output().viewport_output[&egui::ViewportId::ROOT]
        .commands
        .contains(&egui::ViewportCommand::Close)
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    let from = note_center(&harness, COFFEE);
    drag(&mut harness, from, vec2(100.0, 0.0));
    request_close(&mut harness);
    harness.get_by_label_contains("has changes that are not saved yet");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.state().document().is_dirty(),
        "the work is still there"
    );
    assert!(!harness.state().dialog_open());

    request_close(&mut harness);
    harness.get_by_label("Don’t save").click();
    harness.step();
    assert!(asked_to_close(&harness), "closes once the user chose to");
}

#[test]
fn double_clicking_a_note_edits_it_in_place() {
    let mut harness = harness_with_step(Some(Path::new(cytun::cli::SAMPLE_PROJECT)), 1.0 / 30.0);
    let at = note_center(&harness, BREAD);
    double_click(&mut harness, at);
    let editing = harness.state().view().editing.as_ref().expect("editing");
    assert_eq!(editing.text, BREAD);
}

/// On a 1366x768 laptop at 150 % text the list opens at its top: its heading, its first row
/// ("Ctrl+Z") and the button that closes it are all on screen.
#[test]
fn f1_on_a_small_screen_at_large_text_opens_at_its_top() {
    let file = Path::new(cytun::cli::SAMPLE_PROJECT).to_owned();
    let mut harness = Harness::builder()
        .with_size(vec2(1366.0, 768.0))
        .build_eframe(move |cc| {
            CytunApp::new(
                cc,
                StartOptions {
                    file: Some(file.clone()),
                    language: Some(UiLanguage::English),
                    ..StartOptions::default()
                },
            )
        });
    harness.run();
    for _ in 0..3 {
        key(&mut harness, Modifiers::COMMAND, egui::Key::Plus);
    }
    assert!((harness.state().settings().text_scale - 1.5).abs() < 1e-6);
    key(&mut harness, Modifiers::NONE, egui::Key::F1);
    let screen = egui::Rect::from_min_size(Pos2::ZERO, vec2(1366.0, 768.0));
    for label in ["Keyboard shortcuts", "Ctrl+Z", "Dismiss"] {
        let shown = harness.get_by_label(label).rect();
        assert!(
            screen.contains_rect(shown),
            "{label} at {shown:?} is off the screen"
        );
    }
}

#[test]
fn f1_lists_every_shortcut_in_the_current_language() {
    let mut harness = harness(Some(Path::new(cytun::cli::SAMPLE_PROJECT)));
    key(&mut harness, Modifiers::NONE, egui::Key::F1);
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("Make the selected notes a theme");
    key(&mut harness, Modifiers::NONE, egui::Key::Escape);
    assert!(!harness.state().dialog_open());

    // In Welsh, through the language picker.
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Cymraeg").click();
    harness.run();
    harness.event(egui::Event::Text("?".into()));
    harness.run();
    harness.get_by_label("Llwybrau byr y bysellfwrdd");
    harness.get_by_label("Gwneud thema o'r nodiadau a ddewiswyd");
    assert_eq!(
        harness.state().settings().language,
        cytun::i18n::UiLanguage::Welsh,
        "remembered"
    );
}

#[test]
fn the_toolbar_shows_the_board_tools_on_the_board_only() {
    let (_dir, path) = sample_copy();
    let mut h = harness(Some(&path));
    for tool in ["Add note", "Group", "Zoom to fit", "Search"] {
        assert!(h.query_by_label(tool).is_some(), "{tool} on the Board");
    }
    for view in ["Rank", "Definition"] {
        h.get_by_label(view).click();
        h.run();
        for tool in ["Add note", "Group", "Zoom to fit", "Search"] {
            assert!(
                h.query_by_label(tool).is_none(),
                "{tool} is not a tool of {view}"
            );
        }
        assert!(h.query_by_label("Export…").is_some(), "shared tools stay");
    }
}

/// Vertices of the frame the harness last ran, as the renderer gets them.
fn vertices_drawn(harness: &Harness<'static, CytunApp>) -> usize {
    let output = harness.output();
    harness
        .ctx
        .tessellate(output.shapes.clone(), output.pixels_per_point)
        .iter()
        .map(|clipped| match &clipped.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}

#[test]
fn a_pan_reusing_last_frames_pixels_draws_only_what_it_uncovers_and_every_note_still_reads() {
    let (_dir, path) = sample_copy();
    // Where OpenGL keeps last frame's pixels (here, as if it did), a pan of a few pixels
    // draws the strips it uncovered, not the whole window again.
    let panned = |reusing: bool| {
        let mut harness = harness(Some(&path));
        if reusing {
            harness.state_mut().reuse_pixels_as_if_copied();
        }
        harness.run();
        for _ in 0..3 {
            harness.state_mut().pan_board(vec2(7.0, 3.0));
            harness.step();
        }
        // A screen reader still finds the notes on screen, drawn this frame or not.
        assert!(
            harness.query_by_label(COFFEE).is_some(),
            "reusing: {reusing}"
        );
        vertices_drawn(&harness)
    };
    let whole = panned(false);
    let reusing = panned(true);
    assert!(
        reusing * 5 < whole,
        "a pan drew {reusing} vertices reusing last frame, {whole} drawing it whole"
    );
}

/// Reopening a project goes back to where the facilitator was: its view, the side panel's
/// tab and the board's camera, not the top left at 100 %.
#[test]
fn a_project_reopens_where_the_facilitator_was() {
    let (_dir, path) = sample_copy();
    let reopen = |settings: cytun::settings::Settings| {
        let file = path.clone();
        let mut h = Harness::builder()
            .with_size(vec2(1920.0, 1080.0))
            .build_eframe(move |_cc| {
                CytunApp::with_settings(
                    settings.clone(),
                    StartOptions {
                        file: Some(file.clone()),
                        language: Some(UiLanguage::English),
                        ..StartOptions::default()
                    },
                )
            });
        h.run();
        h
    };
    let mut h = reopen(cytun::settings::Settings::default());
    let home = h.state().view().camera;
    h.get_by_label("Zoom to fit").click();
    h.run();
    let fitted = h.state().view().camera;
    assert!(fitted != home, "zoom to fit moved the camera");
    h.get_by_label("Themes").click();
    h.get_by_label("Rank").click();
    h.run();
    let kept = h.state_mut().settings_to_keep().clone();
    drop(h);

    let mut h = reopen(kept);
    assert!(h.query_by_label("Add note").is_none(), "opens on Rank");
    h.get_by_label("Board").click();
    h.run();
    let camera = h.state().view().camera;
    assert!(
        (camera.zoom - fitted.zoom).abs() < 1e-4
            && (camera.center.x - fitted.center.x).abs() < 0.5
            && (camera.center.y - fitted.center.y).abs() < 0.5,
        "{camera:?} is not where the board was left, {fitted:?}"
    );
    // The Themes tab, as it was left: its list of themes shows.
    h.get_by_label_contains("contributions are in themes");
}

/// The search bar's controls sit side by side, never over each other, with an empty query
/// as with one.
#[test]
fn the_search_bar_controls_never_overlap() {
    use egui::accesskit::Role;
    let (_dir, path) = sample_copy();
    let mut h = harness(Some(&path));
    key(&mut h, Modifiers::COMMAND, egui::Key::F);
    for query in ["", "tea"] {
        if !query.is_empty() {
            h.event(egui::Event::Text(query.into()));
            h.run();
        }
        let controls = [
            ("Search", Role::TextInput),
            ("Previous", Role::Button),
            ("Next", Role::Button),
            ("Prompts", Role::Button),
            ("Kinds", Role::Button),
        ];
        let rects: Vec<(&str, egui::Rect)> = controls
            .into_iter()
            .map(|(label, role)| (label, h.get_by_role_and_label(role, label).rect()))
            .collect();
        for (i, (a, ra)) in rects.iter().enumerate() {
            for (b, rb) in &rects[i + 1..] {
                assert!(
                    !ra.shrink(1.0).intersects(rb.shrink(1.0)),
                    "with {query:?}, {a} {ra:?} overlaps {b} {rb:?}"
                );
            }
        }
    }
}

/// A theme's title, its frame on screen, and its size and whether it is set above the frame
/// (`None`: too small to read).
type TitleAt = (String, egui::Rect, Option<(f32, bool)>);

/// Where every theme's title goes at the board's current view.
fn titles_at_this_view(harness: &Harness<'_, CytunApp>) -> Vec<TitleAt> {
    use cytun::ui::board::theme_paint::{FrameLook, title_size};
    let project = project(harness);
    let view = harness.state().view();
    let canvas = view.canvas_rect().unwrap();
    let room = cytun::model::layout::room_above_titles(project);
    project
        .themes
        .values()
        .map(|theme| {
            let frame = cytun::model::layout::theme_rect(theme, &project.notes);
            let rect = view.camera.screen_rect_from_board(canvas, frame);
            let look = FrameLook {
                theme,
                rect,
                zoom: view.camera.zoom,
                selected: false,
                drop_target: false,
                title_hidden: false,
                room_above: room[&theme.id],
            };
            (theme.title.clone(), rect, title_size(&look))
        })
        .collect()
}

/// At Zoom to fit, on the finished workshop as it is and after Tidy, every theme's title
/// reads (17 points when set above its frame) and the top row's titles are inside the
/// window; none can run over what is above it (the room it is given stops there:
/// `theme_paint`'s tests).
#[test]
fn at_zoom_to_fit_every_title_reads_and_none_is_cut_off() {
    use cytun::ui::board::theme_paint::TITLE_ROOM_PX;
    let (_dir, path) = {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("finished.ron");
        std::fs::copy("projects/finished-workshop.ron", &path).unwrap();
        (dir, path)
    };
    let mut harness = harness(Some(&path));
    for tidied in [false, true] {
        if tidied {
            harness.get_by_label("Themes").click_accesskit();
            harness.run();
            harness.get_by_label("Tidy the board").click();
            harness.run();
            harness.get_by_label("Themes in ranked order").click();
            // The board glides into its new order.
            harness.run_steps(12);
            assert!(harness.state().document().is_dirty(), "tidied");
        }
        key(&mut harness, Modifiers::NONE, egui::Key::F);
        let canvas = harness.state().view().canvas_rect().unwrap();
        for (title, rect, size) in titles_at_this_view(&harness) {
            let (size, above) =
                size.unwrap_or_else(|| panic!("tidied {tidied}: {title} unreadable"));
            if above {
                assert!(size >= 12.0, "tidied {tidied}: {title} at {size} points");
            }
            assert!(
                rect.top() - canvas.top() >= TITLE_ROOM_PX - 0.5,
                "tidied {tidied}: {title} has no room above it in the window"
            );
        }
    }
}
