//! Suggested groups by meaning on 1,000 contributions as people write them (the sample
//! workshop's, each with the table it came from, so every text is its own).
//! Targets: the first run (every note read by the model) ≤ 30 s on two cores; a later run,
//! its vectors kept, ≤ 1 s.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use cytun::analysis::meaning::{self, VectorCache};
use cytun::analysis::suggest::{NoteWords, group_by_meaning};
use cytun::model::NoteId;

/// 1,000 different contributions: the sample's, each said at one of several tables.
fn contributions() -> Vec<NoteWords> {
    let project = cytun::store::load(std::path::Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    let said: Vec<_> = project
        .notes
        .values()
        .filter(|n| !n.text.trim().is_empty())
        .collect();
    (0..1_000)
        .map(|i| {
            let note = said[i % said.len()];
            NoteWords {
                id: NoteId(i as u64 + 1),
                language: note.details.language,
                text: format!("{} (table {})", note.text, i / said.len() + 1),
            }
        })
        .collect()
}

fn bench_meaning(c: &mut Criterion) {
    let notes = contributions();
    let model = meaning::bundled().unwrap();
    let mut group = c.benchmark_group("suggest_by_meaning_1000_notes");
    group.sample_size(10);
    group.measurement_time(Duration::from_mins(1));
    group.bench_function("first_run", |b| {
        b.iter(|| {
            let cache = VectorCache::default();
            let groupings = group_by_meaning(&notes, Ok(model), &cache, &mut |_| true).unwrap();
            groupings.cut(0.25).len()
        });
    });
    let cache = VectorCache::default();
    group_by_meaning(&notes, Ok(model), &cache, &mut |_| true).unwrap();
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("from_the_cache", |b| {
        b.iter(|| {
            let groupings = group_by_meaning(&notes, Ok(model), &cache, &mut |_| true).unwrap();
            groupings.cut(0.25).len()
        });
    });
    group.finish();
}

criterion_group!(benches, bench_meaning);
criterion_main!(benches);
