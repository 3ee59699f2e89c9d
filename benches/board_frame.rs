//! One full egui frame of the board at 1920x1080, built and tessellated headless, with 200,
//! 2,000 and 10,000 notes, at a working zoom (about 100 notes on screen) and zoomed to fit
//! (every note on screen). Targets: every case ≤ 8 ms; 2,000 notes at working zoom ≤ 2 ms.
//! Also the whole window's frame at 200 to 100,000 notes, and the board's text work: words in
//! common and suggested groups.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cytun::command::{Command, apply};
use cytun::i18n::{I18n, UiLanguage};
use cytun::model::{BoardPos, BoardVec, Language, Note, NoteDetails, NoteKind, Project, Prompt};
use cytun::ui::board::{BoardView, Camera, canvas_ui};
use cytun::ui::style;
use eframe::egui;

/// A board of `count` notes in a grid, with texts of realistic lengths.
fn board(count: usize) -> Project {
    let texts = [
        "Like being listened to for the first time in years",
        "Fel cwtsh mawr",
        "A round table. No head of the table, and the quietest person gets to finish",
        "Menu for co-production\nStarter: a warm welcome\nMain: honest conversation",
        "Hope",
    ];
    let columns = (count as f32).sqrt().ceil() as usize;
    let mut project = Project::new("Bench");
    for i in 0..count {
        let id = project.allocate_note_id();
        let details = NoteDetails {
            prompt: Prompt::KNOWN[i % 5].clone(),
            kind: NoteKind::KNOWN[i % 7].clone(),
            language: if i % 3 == 0 {
                Language::Welsh
            } else {
                Language::English
            },
            ..NoteDetails::default()
        };
        let pos = BoardPos::new((i % columns) as f32 * 340.0, (i / columns) as f32 * 260.0);
        project.notes.insert(
            id,
            Note {
                id,
                z: 0,
                copy_of: None,
                picture: None,
                text: texts[i % texts.len()].to_owned(),
                pos,
                details,
            },
        );
    }
    project
}

fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1920.0, 1080.0),
        )),
        ..Default::default()
    }
}

/// Builds and tessellates one frame; returns the number of triangles so nothing is optimised away.
fn frame(ctx: &egui::Context, project: &Project, view: &mut BoardView, tr: &I18n) -> usize {
    let mut intents = Vec::new();
    let mut output = ctx.run_ui(raw_input(), |ui| {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            canvas_ui(ui, project, view, tr, true, &mut intents);
        });
    });
    output.textures_delta.clear();
    let meshes = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
    meshes.len()
}

fn bench_board_frame(c: &mut Criterion) {
    let tr = I18n::new(UiLanguage::English);
    let mut group = c.benchmark_group("board_frame");
    for count in [200, 2_000, 10_000] {
        let project = board(count);
        let canvas = cytun::ui::board::camera::canvas_of_size(1920.0, 1080.0);
        let bounds = cytun::model::geometry::bounds_of(project.notes.values()).unwrap();
        let views = [
            (
                "working_zoom",
                Camera {
                    center: bounds.center(),
                    zoom: 0.5,
                },
            ),
            ("zoom_to_fit", {
                let mut camera = Camera::default();
                camera.fit(canvas, bounds);
                camera
            }),
        ];
        for (name, camera) in views {
            let ctx = egui::Context::default();
            style::apply(&ctx, style::ColourScheme::Light, 1.0);
            let mut view = BoardView::default();
            view.camera = camera;
            // Warm up: fonts, galley cache.
            for _ in 0..3 {
                frame(&ctx, &project, &mut view, &tr);
            }
            group.bench_function(BenchmarkId::new(name, count), |b| {
                b.iter(|| frame(&ctx, &project, &mut view, &tr));
            });
        }
    }
    group.finish();
}

/// 10,000 notes, 300 themes of about 20 notes (the rest loose), laid out by the model.
fn themed_board() -> Project {
    let mut project = board(10_000);
    let ids: Vec<_> = project.notes.keys().copied().collect();
    for (t, chunk) in ids.chunks(20).take(300).enumerate() {
        let at = BoardPos::new(
            (t % 20) as f32 * 1500.0,
            (t / 20) as f32 * 1700.0 + 40_000.0,
        );
        let command = Command::CreateTheme {
            title: format!("Theme {t}"),
            notes: chunk.to_vec(),
            at,
        };
        apply(&mut project, command).expect("theme");
    }
    project
}

fn bench_themed_board(c: &mut Criterion) {
    let tr = I18n::new(UiLanguage::English);
    let project = themed_board();
    let canvas = cytun::ui::board::camera::canvas_of_size(1920.0, 1080.0);
    let bounds = cytun::model::geometry::bounds_of(project.notes.values()).expect("notes");
    let mut group = c.benchmark_group("board_frame_themes");
    let first_theme = project.themes.values().next().expect("theme");
    let working = Camera {
        center: first_theme.pos.offset(BoardVec::new(700.0, 500.0)),
        zoom: 0.5,
    };
    let mut fit = Camera::default();
    fit.fit(canvas, bounds);
    for (name, camera) in [("working_zoom", working), ("zoom_to_fit", fit)] {
        let ctx = egui::Context::default();
        style::apply(&ctx, style::ColourScheme::Light, 1.0);
        let mut view = BoardView::default();
        view.camera = camera;
        for _ in 0..3 {
            frame(&ctx, &project, &mut view, &tr);
        }
        group.bench_function(BenchmarkId::new(name, "10000_notes_300_themes"), |b| {
            b.iter(|| frame(&ctx, &project, &mut view, &tr));
        });
    }
    group.finish();
}

/// Words in common across 10,000 notes (target ≤ 50 ms).
fn bench_words(c: &mut Criterion) {
    let project = board(10_000);
    c.bench_function("words_in_common_10000_notes", |b| {
        b.iter(|| cytun::analysis::words_in_common(project.notes.values(), 40).len());
    });
}

/// Notes as people write them: each on one of 60 topics, with a few of its topic's words
/// among words anyone might use. Deterministic, so every run compares the same board.
fn contributions(count: usize) -> Vec<cytun::analysis::suggest::NoteWords> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |below: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % below
    };
    (0..count)
        .map(|i| {
            let topic = next(60);
            let mut words: Vec<String> = (0..3)
                .map(|_| format!("topic{topic}w{}", next(8)))
                .collect();
            // Everyday words: a few very common, most rare.
            words.extend((0..4).map(|_| format!("word{}", next(40) * next(40))));
            cytun::analysis::suggest::NoteWords {
                id: cytun::model::NoteId(i as u64 + 1),
                language: Language::English,
                text: words.join(" "),
            }
        })
        .collect()
}

/// Suggested groups of loose notes (targets: 2,000 notes ≤ 300 ms, 10,000 ≤ 3 s).
fn bench_suggestions(c: &mut Criterion) {
    let mut group = c.benchmark_group("suggest_groups");
    group.sample_size(10);
    for count in [2_000, 10_000] {
        let notes = contributions(count);
        group.bench_function(BenchmarkId::from_parameter(count), |b| {
            b.iter(|| {
                let groupings =
                    cytun::analysis::suggest::group_notes(&notes, &mut |_| true).unwrap();
                groupings.at(0.7).len()
            });
        });
    }
    group.finish();
}

/// One frame of the whole window as a person gets it (toolbar, side panel, status bar and
/// board), built and tessellated headless at 1920x1080 while the board pans 7 px right and
/// 3 px down a frame and back, as `--frame-stats` pans it in the real window. Beside the board-only
/// figures, for what the rest of the window costs.
fn bench_app_frame(c: &mut Criterion) {
    use cytun::app::{CytunApp, StartOptions};
    use eframe::App as _;
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("app_frame");
    group.sample_size(20);
    for count in [200, 2_000, 10_000, 100_000] {
        let path = dir.path().join(format!("{count}.ron"));
        cytun::store::save(&board(count), &path).unwrap();
        for (name, fit) in [("working_zoom", false), ("zoom_to_fit", true)] {
            let ctx = egui::Context::default();
            let creation = eframe::CreationContext::_new_kittest(ctx.clone());
            let mut app = CytunApp::new(
                &creation,
                StartOptions {
                    file: Some(path.clone()),
                    language: Some(UiLanguage::English),
                    ..StartOptions::default()
                },
            );
            let mut frame = eframe::Frame::_new_kittest();
            // Back and forth, so the board stays where it was put however long it runs.
            let mut forth = true;
            let mut one_frame = |app: &mut CytunApp| {
                forth = !forth;
                let step = if forth { 1.0 } else { -1.0 };
                app.pan_board(egui::vec2(7.0, 3.0) * step);
                let mut output = ctx.run_ui(raw_input(), |ui| app.ui(ui, &mut frame));
                output.textures_delta.clear();
                ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
                    .len()
            };
            // Warm up: fonts, the first layout, the camera settling.
            for _ in 0..5 {
                one_frame(&mut app);
            }
            if fit {
                app.fit_board();
                for _ in 0..3 {
                    one_frame(&mut app);
                }
            }
            group.bench_function(BenchmarkId::new(name, count), |b| {
                b.iter(|| one_frame(&mut app));
            });
        }
    }
    group.finish();
}

criterion_group!(
    benches,
    bench_app_frame,
    bench_board_frame,
    bench_themed_board,
    bench_words,
    bench_suggestions
);
criterion_main!(benches);
