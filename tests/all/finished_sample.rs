//! The finished-workshop sample (`projects/finished-workshop.ron`) is what its sources build
//! through the app's own commands: the contributions, pictures, themes, the dot vote, the
//! ranking, three versions of the definition with their feedback, and the charter. So the
//! sample keeps every rule a real workshop keeps, and a change to the model that would
//! change it shows here. `CYTUN_BLESS=1 cargo test --release --test all -- finished_sample::`
//! writes it anew; its reports are pinned as golden files.
#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use cytun::command::{Command, apply};
use cytun::export::{ExportFormat, ExportOptions, ReportLanguage};
use cytun::model::definition::{Feedback, Part, VersionStatus};
use cytun::model::picture::Picture;
use cytun::model::{
    BoardPos, Consent, Language, Note, NoteDetails, NoteId, NoteKind, Project, Prompt, ThemeId,
};
use serde::Deserialize;

const SOURCE: &str = "assets/samples/finished/workshop.ron";
const PICTURES: &str = "assets/samples/finished/pictures";
const SAMPLE: &str = "projects/finished-workshop.ron";

/// The workshop as written down by hand, before the app puts it together.
#[derive(Deserialize)]
struct Source {
    title: String,
    themes: Vec<SourceTheme>,
    contributions: Vec<Contribution>,
    participants: Vec<String>,
    dots_per_person: u32,
    dots: Vec<(String, Vec<String>)>,
    ranking: Vec<String>,
    definition: Vec<SourceVersion>,
    definition_approved: Approval,
    charter: Vec<SourceVersion>,
    charter_approved: Approval,
}

#[derive(Deserialize)]
struct SourceTheme {
    key: String,
    title: String,
    #[serde(default)]
    title_cy: String,
    meaning: String,
}

#[derive(Deserialize)]
struct Contribution {
    text: String,
    prompt: Prompt,
    kind: NoteKind,
    language: Language,
    consent: Consent,
    #[serde(default)]
    author: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    theme: Option<String>,
    /// A picture's file name (without `.png`); `text` then says what it shows.
    #[serde(default)]
    picture: Option<String>,
    #[serde(default)]
    caption: String,
}

#[derive(Deserialize)]
struct SourceVersion {
    note: String,
    /// The day it was saved, as `2026-03-18`.
    saved: String,
    text: String,
    links: Vec<SourceLink>,
    feedback: Vec<Feedback>,
    status: SourceStatus,
}

#[derive(Deserialize)]
struct SourceLink {
    sentence: String,
    themes: Vec<String>,
}

#[derive(Deserialize)]
enum SourceStatus {
    SenseChecked,
    Approved,
}

#[derive(Deserialize)]
struct Approval {
    by: String,
    on: String,
}

/// Seconds since 1970 at noon (UTC) on an ISO day.
fn seconds(day: &str) -> u64 {
    let date: jiff::civil::Date = day.parse().unwrap();
    let noon = date
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap();
    u64::try_from(noon.timestamp().as_second()).unwrap()
}

/// Builds the finished workshop from its sources, one command at a time.
fn build() -> Project {
    let source: Source = ron::from_str(&std::fs::read_to_string(SOURCE).unwrap()).unwrap();
    let mut project = Project::new(&source.title);

    // Every contribution, brought in at once as an import would.
    let first = project.next_id;
    let notes: Vec<Note> = source
        .contributions
        .iter()
        .zip(first..)
        .map(|(c, id)| note(c, NoteId(id)))
        .collect();
    run(
        &mut project,
        Command::Import {
            notes,
            headings: Vec::new(),
        },
    );

    // The themes the group made, with what it meant by each.
    let mut theme_ids: BTreeMap<&str, ThemeId> = BTreeMap::new();
    for (at, theme) in source.themes.iter().enumerate() {
        let members: Vec<NoteId> = source
            .contributions
            .iter()
            .zip(first..)
            .filter(|(c, _)| c.theme.as_deref() == Some(theme.key.as_str()))
            .map(|(_, id)| NoteId(id))
            .collect();
        let title = if theme.title_cy.is_empty() {
            theme.title.clone()
        } else {
            format!("{} / {}", theme.title, theme.title_cy)
        };
        run(
            &mut project,
            Command::CreateTheme {
                title,
                notes: members,
                at: BoardPos::new(at as f32 * 1500.0, 0.0),
            },
        );
        let id = *project.themes.keys().next_back().unwrap();
        run(
            &mut project,
            Command::SetThemeMeaning {
                theme: id,
                meaning: theme.meaning.clone(),
            },
        );
        theme_ids.insert(&theme.key, id);
    }
    let theme = |key: &str| -> ThemeId {
        *theme_ids
            .get(key)
            .unwrap_or_else(|| panic!("no theme {key}"))
    };

    // The dot vote by the fifteen, then the order the group agreed.
    run(
        &mut project,
        Command::SetVoting {
            participants: source.participants.clone(),
            dots_per_person: source.dots_per_person,
        },
    );
    for (name, dots) in &source.dots {
        let participant = source.participants.iter().position(|p| p == name).unwrap();
        for key in dots {
            run(
                &mut project,
                Command::CastDot {
                    participant,
                    theme: theme(key),
                },
            );
        }
    }
    run(
        &mut project,
        Command::SetRanking {
            order: source.ranking.iter().map(|key| theme(key)).collect(),
        },
    );
    // The board laid out in rank order, as a facilitator tidies it for the report.
    run(
        &mut project,
        Command::Tidy {
            order: cytun::model::tidy::TidyOrder::ByRank,
        },
    );

    for (part, versions, approval) in [
        (
            Part::Definition,
            &source.definition,
            &source.definition_approved,
        ),
        (Part::Charter, &source.charter, &source.charter_approved),
    ] {
        for (number, version) in (1..).zip(versions) {
            run(
                &mut project,
                Command::SetDraftText {
                    part,
                    text: version.text.clone(),
                },
            );
            for link in &version.links {
                run(
                    &mut project,
                    Command::LinkSentence {
                        part,
                        sentence: link.sentence.clone(),
                        themes: link.themes.iter().map(|key| theme(key)).collect(),
                    },
                );
            }
            run(
                &mut project,
                Command::SaveVersion {
                    part,
                    note: version.note.clone(),
                    at: seconds(&version.saved),
                },
            );
            for feedback in &version.feedback {
                run(
                    &mut project,
                    Command::AddFeedback {
                        part,
                        version: number,
                        feedback: feedback.clone(),
                    },
                );
            }
            run(
                &mut project,
                Command::SetVersionStatus {
                    part,
                    version: number,
                    status: match version.status {
                        SourceStatus::SenseChecked => VersionStatus::SenseChecked,
                        SourceStatus::Approved => VersionStatus::Approved {
                            by: approval.by.clone(),
                            at: seconds(&approval.on),
                        },
                    },
                },
            );
        }
    }
    project
}

/// One step, as the facilitator takes it; a refusal stops the build.
fn run(project: &mut Project, command: Command) {
    apply(project, command).unwrap();
}

/// One contribution as a note; a picture's file is read and its description kept as what a
/// screen reader says for it.
fn note(contribution: &Contribution, id: NoteId) -> Note {
    let details = NoteDetails {
        prompt: contribution.prompt.clone(),
        kind: contribution.kind.clone(),
        group: contribution.group.clone(),
        author: contribution.author.clone(),
        language: contribution.language,
        consent: contribution.consent,
        ..NoteDetails::default()
    };
    let (text, picture) = match &contribution.picture {
        Some(name) => {
            let path = Path::new(PICTURES).join(format!("{name}.png"));
            let (width, height) = image::image_dimensions(&path).unwrap();
            let picture = Picture {
                width,
                height,
                alt: contribution.text.clone(),
                data: Arc::from(std::fs::read(&path).unwrap()),
            };
            (contribution.caption.clone(), Some(picture))
        }
        None => (contribution.text.clone(), None),
    };
    Note {
        id,
        text,
        pos: BoardPos::new(0.0, id.0 as f32 * 10.0),
        z: 0,
        copy_of: None,
        details,
        picture,
    }
}

fn bless() -> bool {
    std::env::var_os("CYTUN_BLESS").is_some()
}

/// `actual` is the file at `path`, or is written there when blessing.
fn pinned(path: &str, actual: &str) {
    if bless() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("{path} is missing: run with CYTUN_BLESS=1"));
    assert!(
        expected == actual,
        "{path} differs from what is built now (run with CYTUN_BLESS=1 if the change is meant)"
    );
}

#[test]
fn the_bundled_finished_workshop_is_what_its_sources_build() {
    let project = build();
    pinned(SAMPLE, &cytun::store::to_ron(&project).unwrap());
    // And it opens as any project does.
    assert_eq!(cytun::store::load(Path::new(SAMPLE)).unwrap(), project);
}

#[test]
fn the_finished_workshop_is_a_whole_co_analysis() {
    let project = build();
    let notes: Vec<&Note> = project.notes.values().collect();
    assert!((170..=200).contains(&notes.len()), "{}", notes.len());
    let welsh = notes
        .iter()
        .filter(|n| n.details.language == Language::Welsh)
        .count();
    assert!(welsh * 4 >= notes.len(), "a good share in Welsh: {welsh}");
    assert!(notes.iter().filter(|n| n.picture.is_some()).count() >= 5);
    assert!(
        notes
            .iter()
            .filter_map(|n| n.picture.as_ref())
            .all(|p| p.alt.len() > 40),
        "every picture says what it shows"
    );
    for kind in [
        NoteKind::Song,
        NoteKind::SpokenWord,
        NoteKind::Menu,
        NoteKind::FilmIdea,
    ] {
        assert!(notes.iter().any(|n| n.details.kind == kind), "{kind:?}");
    }
    assert!((10..=14).contains(&project.themes.len()));
    assert!(project.themes.values().all(|t| !t.meaning.is_empty()));
    let definition = &project.definition;
    assert_eq!(definition.voting.participants.len(), 15);
    assert_eq!(
        definition.voting.tally().values().sum::<u32>(),
        15 * definition.voting.dots_per_person
    );
    assert_eq!(definition.ranking.len(), project.themes.len());
    assert_eq!(definition.versions.len(), 3);
    assert!(definition.versions.iter().all(|v| !v.feedback.is_empty()));
    assert_eq!(
        definition.approved(Part::Definition).map(|v| v.number),
        Some(3)
    );
    let charter = definition.approved(Part::Charter).unwrap();
    // Every principle of the approved charter is traced to at least one theme.
    let principles = Part::Charter.pieces(&charter.text);
    assert!(principles.len() >= 8);
    for (_, principle) in &principles {
        assert!(
            charter
                .links
                .iter()
                .any(|l| &l.sentence == principle && !l.themes.is_empty()),
            "{principle}"
        );
    }
}

#[test]
fn the_finished_workshop_reports_are_pinned_in_both_languages() {
    let project = build();
    for (language, name) in [
        (ReportLanguage::English, "en"),
        (ReportLanguage::Welsh, "cy"),
    ] {
        let report = cytun::export::render_in(
            &project,
            &ExportOptions::default(),
            language,
            ExportFormat::Markdown,
        )
        .expect("the report is made");
        pinned(
            &format!("tests/golden/finished-report.{name}.md"),
            &String::from_utf8(report).unwrap(),
        );
    }
    let outline = cytun::export::render_in(
        &project,
        &ExportOptions::default(),
        ReportLanguage::English,
        ExportFormat::Text,
    )
    .expect("the report is made");
    pinned(
        "tests/golden/finished-outcome.txt",
        &String::from_utf8(outline).unwrap(),
    );
}

#[test]
fn the_groups_and_the_board_that_approved_are_no_false_alarm_for_the_privacy_check() {
    let project = build();
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let outbound = cytun::export::outbound(&project, &tr, &ExportOptions::default());
    let findings: Vec<String> = outbound
        .findings()
        .iter()
        .map(|f| cytun::export::in_words::finding(&tr, &project, f))
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");
}
