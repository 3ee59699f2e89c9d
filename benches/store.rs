//! Loading and saving a 10,000-note project (targets: ≤ 150 ms each), `check` on a 50 MB
//! file (target: well under a second), importing a 20,000-row spreadsheet (target: ≤ 1 s,
//! read and laid out), adding a 12-megapixel photo (target: ≤ 1 s) and the report of a
//! 10,000-note project through the outbound filter (target: ≤ 1 s), and the Table view's
//! rows of a 100,000-note project (target: ≤ 250 ms), and making room when a theme grows on a
//! 10,000-note board (target: ≤ 2 ms).

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use cytun::model::{BoardPos, Language, Note, NoteDetails, Project, Prompt};
use cytun::store;

fn project(count: usize) -> Project {
    let mut project = Project::new("Bench");
    for i in 0..count {
        let id = project.allocate_note_id();
        let details = NoteDetails {
            prompt: Prompt::KNOWN[i % 5].clone(),
            group: format!("Table {}", i % 12),
            author: if i % 4 == 0 {
                format!("Participant {i}")
            } else {
                String::new()
            },
            language: if i % 3 == 0 {
                Language::Welsh
            } else {
                Language::English
            },
            ..NoteDetails::default()
        };
        let text = format!("Contribution {i}: feels like being listened to, fel cwtsh mawr, ŵ ŷ â");
        let pos = BoardPos::new((i % 100) as f32 * 340.0, (i / 100) as f32 * 260.0);
        project.notes.insert(
            id,
            Note {
                id,
                z: 0,
                copy_of: None,
                picture: None,
                text,
                pos,
                details,
            },
        );
    }
    project
}

fn bench_store(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.ron");
    let big = project(10_000);
    store::save(&big, &path).unwrap();

    let mut group = c.benchmark_group("store");
    group.sample_size(20);
    group.bench_function("load_10000_notes", |b| {
        b.iter(|| store::load(&path).unwrap().notes.len());
    });
    group.bench_function("save_10000_notes", |b| {
        b.iter(|| store::save(&big, &path).unwrap());
    });
    // Everything that leaves passes the outbound filter: consent, redaction against the
    // 2,500 authors' names and every pattern, then the report (target: ≤ 1 s).
    let english = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let redacting = cytun::export::ExportOptions {
        redact: true,
        ..cytun::export::ExportOptions::default()
    };
    group.bench_function("report_10000_notes_through_the_filter", |b| {
        b.iter(|| {
            cytun::export::export(
                &big,
                &english,
                cytun::export::ExportFormat::Markdown,
                &redacting,
            )
            .unwrap()
            .len()
        });
    });

    // The same report for Word and as a tagged PDF, in both languages, of the large project
    // and of the bundled finished workshop with its pictures (each ≤ 1 s).
    let finished = store::load(std::path::Path::new("projects/finished-workshop.ron")).unwrap();
    // The same, with contributions in scripts Cytûn's own fonts lack: the machine's fonts are
    // found and embedded too (target ≤ 1 s).
    let mut other_scripts = finished.clone();
    for (note, text) in other_scripts.notes.values_mut().zip([
        "像家一样温暖 😀",
        "شعرت بالترحيب",
        "הרגשתי בבית",
        "घर जैसा लगा",
    ]) {
        note.text = format!("{} {text}", note.text);
        note.details.consent = cytun::model::Consent::QuoteAnonymously;
    }
    for (name, project, format) in [
        (
            "report_pdf_finished_workshop_other_scripts_both_languages",
            &other_scripts,
            cytun::export::ExportFormat::Pdf,
        ),
        (
            "report_docx_10000_notes_both_languages",
            &big,
            cytun::export::ExportFormat::Docx,
        ),
        (
            "report_pdf_10000_notes_both_languages",
            &big,
            cytun::export::ExportFormat::Pdf,
        ),
        (
            "report_docx_finished_workshop_both_languages",
            &finished,
            cytun::export::ExportFormat::Docx,
        ),
        (
            "report_pdf_finished_workshop_both_languages",
            &finished,
            cytun::export::ExportFormat::Pdf,
        ),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                cytun::export::render_in(
                    project,
                    &redacting,
                    cytun::export::ReportLanguage::Both,
                    format,
                )
                .unwrap()
                .len()
            });
        });
    }

    // A 50 MB hostile file: one enormous note text.
    let huge = dir.path().join("huge.ron");
    let mut text =
        String::from("(format_version: 1, title: \"t\", next_id: 2, notes: [(id: 1, text: \"");
    text.push_str(&"x".repeat(50 * 1024 * 1024));
    text.push_str("\", pos: (x: 0, y: 0), details: ())])");
    std::fs::write(&huge, text).unwrap();
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    group.sample_size(10);
    group.bench_function("check_50mb_file", |b| {
        b.iter(|| cytun::cli::check(&huge, &tr).exit_code);
    });
    group.finish();
}

fn spreadsheet(rows: usize) -> String {
    use std::fmt::Write as _;
    let prompts = ["smells", "tastes", "sounds", "looks", "feels"];
    let mut csv = String::from("text,prompt,kind,group,author,language,consent,table colour\n");
    for i in 0..rows {
        writeln!(
            csv,
            "\"Contribution {i}: like being listened to, with tea, toast and time\",{},written,Table {},,{},yes,green",
            prompts[i % 5],
            i % 12,
            if i % 3 == 0 { "cy" } else { "en" }
        )
        .unwrap();
    }
    csv
}

/// What Import does with a file: read it, then lay its notes out in columns.
fn read_and_lay_out(project: &Project, bytes: &[u8]) -> usize {
    let imported = cytun::import::read_table(bytes).unwrap();
    cytun::import::arrange(
        project,
        imported.drafts,
        cytun::import::ColumnsBy::Prompt,
        |d| format!("{:?}", d.details.prompt),
    )
    .notes
    .len()
}

fn survey_workbook(rows: u32) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "What does co-production smell like?",
        "What does co-production feel like?",
        "Which table were you at?",
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    for row in 1..=rows {
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        sheet.write_string(row, 1, "3/14/26 10:02:11").unwrap();
        sheet.write_string(row, 2, "3/14/26 10:09:40").unwrap();
        sheet.write_string(row, 3, "anonymous").unwrap();
        sheet
            .write_string(row, 5, format!("Fresh coffee and toast, answer {row}"))
            .unwrap();
        sheet
            .write_string(row, 6, "Like being listened to, with time")
            .unwrap();
        sheet
            .write_string(row, 7, format!("Table {}", row % 12))
            .unwrap();
    }
    workbook.save_to_buffer().unwrap()
}

fn bench_import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    let csv = spreadsheet(20_000);
    let project = Project::new("Bench");
    group.bench_function("csv_20000_rows_read_and_laid_out", |b| {
        b.iter(|| read_and_lay_out(&project, csv.as_bytes()));
    });
    // A Microsoft Forms export of 20,000 people answering two questions: 40,000 notes.
    let xlsx = survey_workbook(20_000);
    group.bench_function("xlsx_20000_rows_read_and_laid_out", |b| {
        b.iter(|| read_and_lay_out(&project, &xlsx));
    });
    let photo: image::DynamicImage = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x ^ y) % 256) as u8])
    })
    .into();
    let mut jpeg = std::io::Cursor::new(Vec::new());
    photo.write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    let jpeg = jpeg.into_inner();
    group.bench_function("photo_12_megapixels_to_picture_note", |b| {
        b.iter(|| {
            cytun::import::picture::read_picture(&jpeg)
                .unwrap()
                .data
                .len()
        });
    });
    group.finish();
}

/// The Table view lists its rows again whenever the board changes: every contribution of the
/// largest project, sorted by its words (target: ≤ 250 ms, well under a click's wait).
fn bench_table(c: &mut Criterion) {
    use cytun::analysis::contributions::{Column, Sort, contribution_rows, themes_by_contribution};
    let mut group = c.benchmark_group("table");
    group.sample_size(10);
    let largest = project(100_000);
    group.bench_function("rows_100000_sorted_by_text", |b| {
        b.iter(|| {
            let themes = themes_by_contribution(&largest);
            let sort = Sort {
                column: Column::Text,
                descending: false,
            };
            contribution_rows(&largest, None, &themes, sort).len()
        });
    });
    group.finish();
}

/// A theme grows on a full board and what it would cover moves aside, in the same command
/// (target: ≤ 2 ms on a 10,000-note board).
fn bench_room(c: &mut Criterion) {
    use cytun::command::{Command, apply};
    use cytun::model::NoteId;
    let mut group = c.benchmark_group("room");
    group.sample_size(20);
    let mut board = project(10_000);
    // A theme in the middle of the board, then four more of its neighbours joining it.
    let first: Vec<NoteId> = [5050, 5051, 5150].map(|i| NoteId(i + 1)).to_vec();
    let at = board.notes[&first[0]].pos;
    apply(
        &mut board,
        Command::CreateTheme {
            title: "Time".into(),
            notes: first,
            at,
        },
    )
    .unwrap();
    let theme = *board.themes.keys().next().unwrap();
    let joining: Vec<NoteId> = [5052, 5151, 5152, 5250].map(|i| NoteId(i + 1)).to_vec();
    group.bench_function("theme_grows_on_10000_notes", |b| {
        b.iter_batched(
            || board.clone(),
            |mut board| {
                let join = Command::JoinTheme {
                    theme,
                    notes: joining.clone(),
                };
                apply(&mut board, join).unwrap()
            },
            criterion::BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group!(benches, bench_store, bench_import, bench_table, bench_room);
criterion_main!(benches);
