//! One full egui frame of the board at 1920x1080, built and tessellated headless, with 200,
//! 2,000 and 10,000 notes, at a working zoom (about 100 notes on screen) and zoomed to fit
//! (every note on screen). Targets: every case ≤ 8 ms; 2,000 notes at working zoom ≤ 2 ms.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cytun::i18n::{I18n, UiLanguage};
use cytun::model::{BoardPos, Language, Note, NoteDetails, NoteKind, Project, Prompt};
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
            style::apply(&ctx);
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

criterion_group!(benches, bench_board_frame);
criterion_main!(benches);
