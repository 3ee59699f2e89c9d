//! What leaves the room: the report, the CSV and the definition honour consent, read back
//! correctly in a spreadsheet, and the privacy check finds what should not be shared.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::path::Path;

use cytun::command::{Command, apply};
use cytun::export::privacy::{DetailKind, find_personal_details};
use cytun::export::{ExportFormat, ExportOptions, export};
use cytun::i18n::{I18n, UiLanguage};
use cytun::model::definition::{Feedback, Response, VersionStatus};
use cytun::model::{BoardPos, Consent, NoteDetails, Project, ThemeId};

fn english() -> I18n {
    I18n::new(UiLanguage::English)
}

fn sample() -> Project {
    cytun::store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap()
}

#[test]
fn the_sample_project_exports_exactly_the_golden_report_and_csv() {
    let project = sample();
    let md = export(
        &project,
        &english(),
        ExportFormat::Markdown,
        ExportOptions::default(),
    );
    let golden = std::fs::read_to_string("tests/golden/sample-report.md").unwrap();
    assert_eq!(String::from_utf8(md).unwrap(), golden);
    let csv = export(
        &project,
        &english(),
        ExportFormat::Csv,
        ExportOptions::default(),
    );
    let golden = std::fs::read("tests/golden/sample-contributions.csv").unwrap();
    assert_eq!(csv, golden);
}

const SECRET: &str = "Please do not repeat this: my care worker shouted";

/// Two themes, ranked and voted on, a draft, an approved version, a secret contribution.
fn workshop() -> (Project, [ThemeId; 2]) {
    let mut project = Project::new("Gweithdy / Workshop");
    let notes = [
        (
            "Croeso cynnes, “panad” a sgwrs",
            Consent::QuoteWithName,
            "Siân",
        ),
        (
            "Tea, toast, and time to talk",
            Consent::QuoteAnonymously,
            "Bob",
        ),
        (SECRET, Consent::DoNotQuote, "Hidden Person"),
        (
            "Everyone's voice counts the same",
            Consent::QuoteWithName,
            "Dai",
        ),
    ];
    for (i, (text, consent, author)) in notes.into_iter().enumerate() {
        apply(
            &mut project,
            Command::CreateNote {
                pos: BoardPos::new(i as f32 * 400.0, 0.0),
                text: text.into(),
                details: Box::new(NoteDetails {
                    consent,
                    author: author.into(),
                    ..NoteDetails::default()
                }),
            },
        )
        .unwrap();
    }
    let ids: Vec<_> = project.notes.keys().copied().collect();
    let mut themes = Vec::new();
    for (title, members) in [("Welcome", &ids[0..3]), ("Equal voice", &ids[3..4])] {
        apply(
            &mut project,
            Command::CreateTheme {
                title: title.into(),
                notes: members.to_vec(),
                at: BoardPos::new(themes.len() as f32 * 2000.0, 500.0),
            },
        )
        .unwrap();
        themes.push(*project.themes.keys().next_back().unwrap());
    }
    let commands = [
        Command::SetRanking {
            order: vec![themes[1], themes[0]],
        },
        Command::SetPaperVotes {
            theme: themes[1],
            count: 9,
        },
        Command::SetDraftText {
            text: "Co-production is an equal voice and a warm welcome.".into(),
        },
        Command::SaveVersion {
            note: "First".into(),
            at: 1_795_000_000,
        },
        Command::AddFeedback {
            version: 1,
            feedback: Feedback {
                from: "Carers' forum".into(),
                response: Response::Agree,
                comment: String::new(),
            },
        },
        Command::SetVersionStatus {
            version: 1,
            status: VersionStatus::Approved {
                by: "Partnership board".into(),
                at: 1_795_000_000,
            },
        },
    ];
    for command in commands {
        apply(&mut project, command).unwrap();
    }
    (project, [themes[0], themes[1]])
}

#[test]
fn a_not_to_be_quoted_contribution_never_appears_in_any_export() {
    let (project, _) = workshop();
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Text,
    ] {
        for options in [
            ExportOptions::default(),
            ExportOptions {
                redact: true,
                anonymise: true,
            },
        ] {
            let text = String::from_utf8(export(&project, &english(), format, options)).unwrap();
            assert!(!text.contains(SECRET), "{format:?} shows the secret");
            assert!(
                !text.contains("Hidden Person"),
                "{format:?} names its author"
            );
            assert!(
                !text.contains("Bob"),
                "{format:?} names an anonymous author"
            );
        }
    }
    let md = String::from_utf8(export(
        &project,
        &english(),
        ExportFormat::Markdown,
        ExportOptions::default(),
    ))
    .unwrap();
    assert!(md.contains("and 1 contribution not to be quoted"), "{md}");
    assert!(
        md.contains("“Croeso cynnes, “panad” a sgwrs” — Siân"),
        "{md}"
    );
    assert!(md.contains("### 1. Equal voice (9 votes)"), "{md}");
    assert!(md.contains("approved by Partnership board"), "{md}");
    assert!(md.contains("> Co-production is an equal voice and a warm welcome."));
    let anonymous = String::from_utf8(export(
        &project,
        &english(),
        ExportFormat::Markdown,
        ExportOptions {
            anonymise: true,
            ..ExportOptions::default()
        },
    ))
    .unwrap();
    assert!(!anonymous.contains("Siân"), "anonymised: no names at all");
}

#[test]
fn the_csv_reads_back_with_every_contribution_and_its_theme() {
    let (project, [welcome, voice]) = workshop();
    let bytes = export(
        &project,
        &english(),
        ExportFormat::Csv,
        ExportOptions::default(),
    );
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "a BOM, for spreadsheets"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), project.notes.len());
    for row in &rows {
        let id: u64 = row[column("id")].parse().unwrap();
        let theme = cytun::model::geometry::theme_of(&project, cytun::model::NoteId(id)).unwrap();
        assert_eq!(row[column("theme")], project.themes[&theme].title);
        let rank = if theme == voice { "1" } else { "2" };
        assert_eq!(&row[column("theme_rank")], rank);
        assert!(theme == welcome || theme == voice);
    }
    let welsh = rows
        .iter()
        .find(|r| r[column("author")] == *"Siân")
        .unwrap();
    assert_eq!(&welsh[column("text")], "Croeso cynnes, “panad” a sgwrs");
}

#[test]
fn the_privacy_check_finds_a_planted_email_address_and_phone_number() {
    let (mut project, _) = workshop();
    apply(
        &mut project,
        Command::CreateNote {
            pos: BoardPos::new(0.0, 900.0),
            text: "Call me on 07700 900123 or write to aled@example.cymru".into(),
            details: Box::default(),
        },
    )
    .unwrap();
    let found = find_personal_details(&project);
    let kinds: Vec<(DetailKind, &str)> = found.iter().map(|f| (f.kind, f.text.as_str())).collect();
    assert!(
        kinds.contains(&(DetailKind::Phone, "07700 900123")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(DetailKind::Email, "aled@example.cymru")),
        "{kinds:?}"
    );
    let redacted = String::from_utf8(export(
        &project,
        &english(),
        ExportFormat::Markdown,
        ExportOptions {
            redact: true,
            ..ExportOptions::default()
        },
    ))
    .unwrap();
    assert!(
        redacted.contains("Call me on [removed] or write to [removed]"),
        "{redacted}"
    );
}

#[test]
fn a_file_with_an_impossible_date_still_exports() {
    let (mut project, _) = workshop();
    for version in &mut project.definition.versions {
        version.saved_at = u64::MAX;
        version.status = VersionStatus::Approved {
            by: "Board".into(),
            at: u64::MAX,
        };
    }
    let text = cytun::store::to_ron(&project).unwrap();
    let project = cytun::store::parse(&text).unwrap();
    let md = String::from_utf8(export(
        &project,
        &english(),
        ExportFormat::Markdown,
        ExportOptions::default(),
    ))
    .unwrap();
    assert!(md.contains("approved by Board on 1 January 1970"), "{md}");
}
