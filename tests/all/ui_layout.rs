//! The window fits at the sizes and text scales a room uses, in both languages: on a
//! projector (1920x1080) and a laptop (1366x768), at 100 %, 130 % and 150 % text, in every
//! view (Board, Table, Rank, Definition), no control or label of the toolbar, side panel,
//! status bar or the view itself lies over another or beyond the window's edge. egui's own
//! rectangles (the screen reader's tree) are what is checked.

use std::path::Path;

use cytun::app::{CytunApp, StartOptions};
use cytun::i18n::UiLanguage;
use eframe::egui::{self, Modifiers, Pos2, Rect, accesskit::Role, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// What can be read or pressed outside the board.
const CHECKED: [Role; 7] = [
    Role::Button,
    Role::ComboBox,
    Role::TextInput,
    Role::CheckBox,
    Role::RadioButton,
    Role::Label,
    Role::Tab,
];

/// The window at `size` in `language` with the text `steps` sizes larger, on the board.
fn window(size: (f32, f32), language: UiLanguage, steps: usize) -> Harness<'static, CytunApp> {
    window_with_frames(size, language, steps, 1.0 / 4.0)
}

/// The same, its frames `frame_secs` apart (a timer runs out in a few long frames).
fn window_with_frames(
    size: (f32, f32),
    language: UiLanguage,
    steps: usize,
    frame_secs: f32,
) -> Harness<'static, CytunApp> {
    // The finished workshop: themes, so the status bar says the most it ever says.
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/finished-workshop.ron");
    let mut harness = Harness::builder()
        .with_size(vec2(size.0, size.1))
        .with_step_dt(frame_secs)
        .build_eframe(move |cc| {
            CytunApp::new(
                cc,
                StartOptions {
                    file: Some(file.clone()),
                    language: Some(language),
                    ..StartOptions::default()
                },
            )
        });
    harness.run_steps(2);
    for _ in 0..steps {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Plus);
        harness.run_steps(2);
    }
    harness
}

/// Every overlap of two controls or labels outside the board, and every one cut by the
/// window's edge, in words.
fn what_does_not_fit(harness: &Harness<'_, CytunApp>, size: (f32, f32)) -> Vec<String> {
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(size.0, size.1)).expand(1.0);
    let board = harness
        .query_by_role(Role::Canvas)
        .map_or(Rect::NOTHING, |canvas| canvas.rect().expand(400.0));
    // The board's notes are its own (they lie beyond the canvas, clipped, and make space
    // for each other by the model's rules): known by the description a screen reader hears
    // after a note's words (its prompt, kind and theme), which nothing else has.
    let on_board = |node: &egui_kittest::Node<'_>| {
        node.accesskit_node().description().is_some() && node.rect().intersects(board)
    };
    // The window's panes: the panels (title row and toolbar, status bar, side panel), then
    // the central view, last. What the central view scrolls out of sight lies under the
    // panels or beyond the window (a screen reader's rectangles are not clipped): left out.
    let panes: Vec<egui_kittest::Node<'_>> = harness
        .query_all(By::new().predicate(|node| node.role() == Role::Pane))
        .collect();
    let reads = |node: &egui_kittest::Node<'_>| {
        CHECKED.contains(&node.accesskit_node().role()) && !on_board(node)
    };
    let named = |node: &egui_kittest::Node<'_>| {
        let info = node.accesskit_node();
        let name = info.label().or_else(|| info.value()).unwrap_or_default();
        (format!("{:?} “{name}”", info.role()), node.rect())
    };
    let (central, around) = panes.split_last().expect("the window has panes");
    let mut shown: Vec<(String, Rect)> = Vec::new();
    let mut covered: Vec<Rect> = Vec::new();
    for pane in around {
        let inside: Vec<_> = pane
            .children_recursive()
            .filter(|node| node.accesskit_node().bounding_box().is_some())
            .collect();
        if let Some(area) = inside
            .iter()
            .map(egui_kittest::Node::rect)
            .reduce(Rect::union)
        {
            covered.push(area);
        }
        shown.extend(inside.iter().filter(|node| reads(node)).map(named));
    }
    shown.extend(
        central
            .children_recursive()
            .filter(|node| node.accesskit_node().bounding_box().is_some() && reads(node))
            .map(|node| named(&node))
            .filter(|(_, rect)| {
                screen.contains_rect(*rect) && !covered.iter().any(|area| area.intersects(*rect))
            }),
    );
    shown.retain(|(_, rect)| rect.area() > 0.0);
    let mut wrong = Vec::new();
    for (i, (a, ra)) in shown.iter().enumerate() {
        if !screen.contains_rect(*ra) {
            wrong.push(format!("{a} at {ra:?} is cut by the window's edge"));
        }
        for (b, rb) in &shown[i + 1..] {
            // A label inside a control (a button's own text) is part of it.
            if ra.contains_rect(*rb) || rb.contains_rect(*ra) {
                continue;
            }
            if ra.shrink(1.0).intersects(rb.shrink(1.0)) {
                wrong.push(format!("{a} at {ra:?} overlaps {b} at {rb:?}"));
            }
        }
    }
    wrong
}

#[test]
fn the_window_fits_at_every_size_and_text_scale_in_both_languages() {
    let mut wrong = Vec::new();
    for size in [(1920.0, 1080.0), (1366.0, 768.0)] {
        for language in [UiLanguage::English, UiLanguage::Welsh] {
            // 100 %, 130 % (two steps: 115, 130) and 150 %.
            for steps in [0, 2, 3] {
                let mut harness = window(size, language, steps);
                // Every view: the board, the table, Rank and the definition.
                let views = match language {
                    UiLanguage::English => ["Board", "Table", "Rank", "Definition"],
                    UiLanguage::Welsh => ["Bwrdd", "Tabl", "Trefnu", "Diffiniad"],
                };
                for view in views {
                    harness
                        .get_by(|node| {
                            node.role() == Role::Button && node.label().as_deref() == Some(view)
                        })
                        .click_accesskit();
                    harness.run_steps(3);
                    for problem in what_does_not_fit(&harness, size) {
                        wrong.push(format!("{size:?} {language:?} +{steps} {view}: {problem}"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// When the timer runs out, "Time is up" is said whole: in the status bar, and large in
/// presentation mode, on a laptop at 150 % text in both languages.
#[test]
fn time_is_up_is_said_whole_in_the_status_bar_and_when_presenting() {
    for language in [UiLanguage::English, UiLanguage::Welsh] {
        let size = (1366.0, 768.0);
        // Frames 20 s apart: the five-minute timer runs out in fifteen.
        let mut harness = window_with_frames(size, language, 3, 20.0);
        let (start, done) = match language {
            UiLanguage::English => ("Start", "Time is up"),
            UiLanguage::Welsh => ("Dechrau", "Mae'r amser ar ben"),
        };
        // Five minutes go by in fifteen frames.
        harness.get_by_label(start).click_accesskit();
        harness.run_steps(20);
        let whole = |harness: &Harness<'_, CytunApp>, presenting: bool| {
            let screen = Rect::from_min_size(Pos2::ZERO, vec2(size.0, size.1));
            let said: Vec<Rect> = harness
                .query_all_by_label(done)
                .map(|node| node.rect())
                .collect();
            assert!(!said.is_empty(), "{language:?}: “{done}” is shown");
            for rect in said {
                assert!(screen.contains_rect(rect), "{language:?}: {rect:?} is cut");
                if presenting {
                    let natural = harness.ctx.fonts_mut(|fonts| {
                        fonts
                            .layout_no_wrap(
                                done.to_owned(),
                                egui::FontId::monospace(72.0),
                                egui::Color32::WHITE,
                            )
                            .size()
                            .x
                    });
                    assert!(
                        rect.width() >= natural - 1.0,
                        "{language:?}: “{done}” shortened to {} of {natural} points",
                        rect.width()
                    );
                }
            }
        };
        whole(&harness, false);
        assert!(
            what_does_not_fit(&harness, size).is_empty(),
            "{:?}",
            what_does_not_fit(&harness, size)
        );
        harness.key_press(egui::Key::F11);
        harness.run_steps(3);
        whole(&harness, true);
    }
}
