//! A large survey export through the whole importer: 20,000 people and 10 open questions,
//! read, every column profiled and read, previewed and added to the board (target: ≤ 2 s);
//! and the next download of the same form with 100 more people, only they added (target:
//! ≤ 2 s). A board holds at most 100,000 notes, so most people here answer four or five of
//! the ten questions (90,000 answers in 200,000 cells); the full 200,000 answers are read and
//! refused at the limit with a message (`preview_200000_answers`).

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::fmt::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use cytun::import::already_here::AlreadyHere;
use cytun::import::table::load_grid;
use cytun::model::{ImportForm, Project};

const QUESTIONS: usize = 10;

/// A Google Forms export: a timestamp, an e-mail, ten open questions. Person `i` answers
/// question `q` when `answered(i, q)`.
fn export(people: usize, answered: impl Fn(usize, usize) -> bool) -> String {
    let mut csv = String::from("Timestamp,Email Address");
    for q in 0..QUESTIONS {
        write!(
            csv,
            ",Question {q}: what would make the service better for you?"
        )
        .unwrap();
    }
    csv.push('\n');
    for i in 0..people {
        write!(
            csv,
            "2026/03/{:02} {:02}:{:02}:{:02} AM GMT,person{i}@example.org",
            1 + i % 28,
            i / 3600 % 12,
            i / 60 % 60,
            i % 60
        )
        .unwrap();
        for q in 0..QUESTIONS {
            if answered(i, q) {
                write!(
                    csv,
                    ",\"Answer {q} of person {i}: more time to talk, and tea\""
                )
                .unwrap();
            } else {
                csv.push(',');
            }
        }
        csv.push('\n');
    }
    csv
}

/// Four or five questions of ten answered, as people answer optional questions.
fn some(i: usize, q: usize) -> bool {
    (i + q) % 20 < 9
}

/// Reads, previews and adds `csv` to `project`; the notes added.
fn import(project: &mut Project, csv: &str) -> usize {
    let loaded = load_grid(csv.as_bytes(), None).unwrap();
    let preview = loaded.preview(&ImportForm::new(&loaded.grid.headers));
    let mut imported = preview.outcome.unwrap();
    AlreadyHere::of(project).leave_out(&mut imported);
    let arranged = cytun::import::arrange(
        project,
        imported.drafts,
        cytun::import::ColumnsBy::Prompt,
        |_| String::new(),
    );
    let added = arranged.notes.len();
    if let Some(command) = arranged.into_command() {
        cytun::command::apply(project, command).unwrap();
    }
    added
}

fn bench_surveys(c: &mut Criterion) {
    let mut group = c.benchmark_group("surveys");
    group.sample_size(10);
    let first = export(20_000, some);
    group.bench_function("20000_people_10_questions_previewed_and_added", |b| {
        b.iter(|| {
            let mut project = Project::new("Bench");
            assert_eq!(import(&mut project, &first), 90_000);
        });
    });
    let mut project = Project::new("Bench");
    import(&mut project, &first);
    let next = export(20_100, some);
    group.bench_function("next_download_100_new_people_added", |b| {
        b.iter_batched(
            || project.clone(),
            |mut project| assert_eq!(import(&mut project, &next), 450),
            criterion::BatchSize::LargeInput,
        );
    });
    let full = export(20_000, |_, _| true);
    group.bench_function("preview_200000_answers", |b| {
        b.iter(|| {
            let loaded = load_grid(full.as_bytes(), None).unwrap();
            let preview = loaded.preview(&ImportForm::new(&loaded.grid.headers));
            assert!(preview.outcome.is_err(), "more than one board holds");
        });
    });
    group.finish();
}

criterion_group!(benches, bench_surveys);
criterion_main!(benches);
