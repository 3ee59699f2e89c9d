//! Suggested groups measured against themes people chose: the finished workshop's 13 themes
//! (dissolved, its contributions grouped afresh) and a set written for this by meaning, in
//! Welsh and English, whose themes share few words (`tests/meaning/themes-by-meaning.csv`).
//! Each is grouped by words (TF-IDF, as before) and by meaning (the built-in model), cut
//! into as many groups as there are themes, and compared: adjusted Rand index, NMI and the
//! NMI the same group sizes give by chance. `cargo test --release --test all -- meaning::
//! --nocapture` prints the table.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use cytun::analysis::agreement::{adjusted_rand_index, chance_nmi, normalised_mutual_information};
use cytun::analysis::meaning::{self, VectorCache};
use cytun::analysis::suggest::{Groupings, NoteWords, group_by_meaning, group_notes};
use cytun::model::{Language, NoteId};

/// Contributions with the theme people gave each.
struct Themed {
    notes: Vec<NoteWords>,
    theme: Vec<usize>,
    themes: usize,
}

impl Themed {
    fn index(&self, text: &str) -> NoteId {
        self.notes
            .iter()
            .find(|n| n.text == text)
            .unwrap_or_else(|| panic!("no note {text:?}"))
            .id
    }
}

/// The finished workshop's themed contributions (each original once, in its first theme).
fn finished_workshop() -> Themed {
    let project = cytun::store::load(Path::new("projects/finished-workshop.ron")).expect("sample");
    let mut notes = Vec::new();
    let mut theme = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (index, t) in project.themes.values().enumerate() {
        for id in &t.notes {
            let note = &project.notes[id];
            let original = note.copy_of.unwrap_or(note.id);
            if note.text.trim().is_empty() || !seen.insert(original) {
                continue;
            }
            notes.push(NoteWords {
                id: note.id,
                language: note.details.language,
                text: note.text.clone(),
            });
            theme.push(index);
        }
    }
    Themed {
        notes,
        theme,
        themes: project.themes.len(),
    }
}

/// The set written by meaning: theme, language (en or cy) and text on each line.
fn by_meaning_set() -> Themed {
    let text = std::fs::read_to_string("tests/meaning/themes-by-meaning.csv").expect("the set");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    let mut notes = Vec::new();
    let mut theme = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let record = record.expect("a row");
        let next = names.len();
        theme.push(*names.entry(record[0].to_owned()).or_insert(next));
        notes.push(NoteWords {
            id: NoteId(row as u64 + 1),
            language: if &record[1] == "cy" {
                Language::Welsh
            } else {
                Language::English
            },
            text: record[2].to_owned(),
        });
    }
    Themed {
        notes,
        theme,
        themes: names.len(),
    }
}

/// Each note's group when cut into `groups` (a note in no suggestion is a group of its own).
fn labels(set: &Themed, groupings: &Groupings, groups: usize) -> Vec<usize> {
    let mut group_of: HashMap<NoteId, usize> = HashMap::new();
    for (index, suggestion) in groupings.in_groups(groups).iter().enumerate() {
        for id in &suggestion.notes {
            group_of.insert(*id, index);
        }
    }
    let alone = set.notes.len();
    set.notes
        .iter()
        .enumerate()
        .map(|(i, note)| group_of.get(&note.id).copied().unwrap_or(alone + i))
        .collect()
}

/// ARI, NMI and the NMI of the same group sizes by chance.
fn agreement(set: &Themed, found: &[usize]) -> (f64, f64, f64) {
    (
        adjusted_rand_index(&set.theme, found),
        normalised_mutual_information(&set.theme, found),
        chance_nmi(&set.theme, found, 50),
    )
}

/// Grouped by words and by meaning, both measured, printed and returned (words, meaning),
/// with the groupings by meaning.
fn measure(name: &str, set: &Themed) -> ((f64, f64, f64), (f64, f64, f64), Groupings) {
    let words = group_notes(&set.notes, &mut |_| true).expect("by words");
    let meaning = group_by_meaning(
        &set.notes,
        meaning::bundled(),
        &VectorCache::default(),
        &mut |_| true,
    )
    .expect("by meaning");
    assert_eq!(meaning.by, cytun::analysis::suggest::By::Meaning);
    let by_words = agreement(set, &labels(set, &words, set.themes));
    let by_meaning = agreement(set, &labels(set, &meaning, set.themes));
    for (method, (ari, nmi, chance)) in [("words", by_words), ("meaning", by_meaning)] {
        println!(
            "{name}: {} notes, {} themes, by {method}: ARI {ari:.3}, NMI {nmi:.3} \
             (chance {chance:.3}, +{:.3})",
            set.notes.len(),
            set.themes,
            nmi - chance
        );
    }
    (by_words, by_meaning, meaning)
}

fn together(groupings: &Groupings, groups: usize, a: NoteId, b: NoteId) -> bool {
    groupings
        .in_groups(groups)
        .iter()
        .any(|s| s.notes.contains(&a) && s.notes.contains(&b))
}

#[test]
fn by_meaning_the_finished_workshop_regroups_far_closer_to_its_themes() {
    let set = finished_workshop();
    assert!(set.notes.len() > 150 && set.themes == 13);
    let (words, meaning, groupings) = measure("finished workshop", &set);
    let (ari, nmi, chance) = meaning;
    assert!(ari >= 0.07, "ARI {ari:.3}");
    assert!(nmi >= chance + 0.08, "NMI {nmi:.3}, chance {chance:.3}");
    assert!(ari > words.0 + 0.05, "by words ARI {:.3}", words.0);
    // The same thing said in Welsh and in English is suggested together.
    let welsh = set.index("Fel bwrdd crwn heb ben");
    let english = set.index("A round table with no head");
    assert!(together(&groupings, set.themes, welsh, english));
}

/// How often a Welsh note's nearest English note (by meaning) is in the same theme, with
/// each language's centre taken away and without.
fn welsh_nearest_english(set: &Themed) -> (f64, f64) {
    let model = meaning::bundled().expect("the model");
    let texts: Vec<meaning::Text<'_>> = set
        .notes
        .iter()
        .map(|n| meaning::Text {
            id: n.id,
            language: n.language,
            text: &n.text,
        })
        .collect();
    let plain = meaning::vectors(model, &texts, &VectorCache::default(), &mut |_| true)
        .expect("not stopped");
    let languages: Vec<Language> = set.notes.iter().map(|n| n.language).collect();
    let centred = meaning::centred(&plain, &languages);
    let plain: Vec<Vec<f32>> = plain.iter().map(|v| v.to_vec()).collect();
    let share = |vectors: &[Vec<f32>]| {
        let (mut same, mut welsh) = (0_usize, 0_usize);
        for (i, _) in languages
            .iter()
            .enumerate()
            .filter(|(_, l)| **l == Language::Welsh)
        {
            let nearest = (0..vectors.len())
                .filter(|j| languages[*j] == Language::English)
                .max_by(|a, b| {
                    meaning::similarity(&vectors[i], &vectors[*a])
                        .total_cmp(&meaning::similarity(&vectors[i], &vectors[*b]))
                });
            if let Some(j) = nearest {
                welsh += 1;
                same += usize::from(set.theme[i] == set.theme[j]);
            }
        }
        same as f64 / welsh.max(1) as f64
    };
    (share(&plain), share(&centred))
}

#[test]
fn a_welsh_notes_nearest_english_note_is_more_often_in_its_theme_once_centred() {
    for (name, set) in [
        ("finished workshop", finished_workshop()),
        ("written by meaning", by_meaning_set()),
    ] {
        let (plain, centred) = welsh_nearest_english(&set);
        println!(
            "{name}: a Welsh note's nearest English note in the same theme: {:.0} % plain, \
             {:.0} % centred",
            plain * 100.0,
            centred * 100.0
        );
        assert!(centred >= plain, "{name}: {plain} → {centred}");
    }
}

#[test]
fn by_meaning_a_set_written_by_meaning_regroups_across_languages() {
    let set = by_meaning_set();
    assert_eq!((set.notes.len(), set.themes), (48, 8));
    let (words, meaning, groupings) = measure("written by meaning", &set);
    let (ari, nmi, chance) = meaning;
    assert!(ari > words.0 + 0.1, "ARI {ari:.3}, by words {:.3}", words.0);
    assert!(nmi >= chance + 0.08, "NMI {nmi:.3}, chance {chance:.3}");
    let pairs = [
        (
            "Cael defnyddio fy iaith gyntaf",
            "Being able to use my first language",
        ),
        (
            "Gofal plant yn ystod y cyfarfod",
            "Childcare during the meetings",
        ),
    ];
    for (welsh, english) in pairs {
        assert!(
            together(&groupings, set.themes, set.index(welsh), set.index(english)),
            "{welsh} / {english}"
        );
    }
}
