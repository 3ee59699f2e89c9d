//! Bringing contributions in from spreadsheets: every quirk a real sheet has, and every way a
//! sheet can be wrong, tested on files written here.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::fmt::Write as _;

use cytun::command::{Command, apply};
use cytun::import::{ColumnsBy, ImportError, arrange, read_table};
use cytun::model::geometry::note_rect;
use cytun::model::{Consent, Language, NoteKind, Project, Prompt};

fn texts(bytes: &[u8]) -> Vec<String> {
    read_table(bytes)
        .unwrap()
        .drafts
        .into_iter()
        .map(|d| d.text)
        .collect()
}

#[test]
fn columns_are_found_by_name_in_any_order_and_case() {
    let csv = "Group,KIND,Text,prompt,Author,Language,Consent,Table colour\n\
               Table 3,song,Mae'n teimlo fel cartref,feels,Siân,cy,no,green\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    let draft = &imported.drafts[0];
    assert_eq!(draft.text, "Mae'n teimlo fel cartref");
    assert_eq!(draft.details.prompt, Prompt::Feels);
    assert_eq!(draft.details.kind, NoteKind::Song);
    assert_eq!(draft.details.group, "Table 3");
    assert_eq!(draft.details.author, "Siân");
    assert_eq!(draft.details.language, Language::Welsh);
    assert_eq!(draft.details.consent, Consent::DoNotQuote);
    assert_eq!(draft.details.extra["Table colour"], "green");
    assert_eq!(imported.report.extra_columns, ["Table colour"]);
}

#[test]
fn every_character_survives_bom_crlf_quotes_and_line_breaks() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(
        "text,prompt\r\n\
         \"Tea, toast and time\",tastes\r\n\
         \"A song:\nverse one\r\nverse two\",sounds\r\n\
         \"She said \"\"we're equals\"\" 🤝\",feels\r\n\
         \"tab\there, ŵ ŷ â ê î ô û\",looks\r\n"
            .as_bytes(),
    );
    assert_eq!(
        texts(&bytes),
        [
            "Tea, toast and time",
            "A song:\nverse one\r\nverse two",
            "She said \"we're equals\" 🤝",
            "tab\there, ŵ ŷ â ê î ô û",
        ]
    );
}

#[test]
fn blank_rows_are_skipped_and_counted_and_unknown_values_kept_as_written() {
    let csv = "text,prompt,kind\nFirst,smells,written\n   ,feels,\n,,\nSecond,echoes,collage\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.imported, 2);
    // Only a row with no answer at all is blank; one with a prompt but no words is not.
    assert_eq!(imported.report.skipped_blank, 1);
    assert_eq!(imported.report.rows_without_words, 1);
    assert_eq!(imported.report.unknown_prompts, 1);
    assert_eq!(imported.report.unknown_kinds, 1);
    let second = &imported.drafts[1].details;
    assert_eq!(second.prompt, Prompt::Other("echoes".into()));
    assert_eq!(second.kind, NoteKind::Other("collage".into()));
}

#[test]
fn unclear_consent_is_read_as_do_not_quote_and_kept() {
    let csv = "text,consent\nSomething private,maybe later\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    let details = &imported.drafts[0].details;
    assert_eq!(details.consent, Consent::DoNotQuote);
    assert_eq!(details.extra["consent"], "maybe later");
    assert_eq!(imported.report.unclear_consents, 1);
}

#[test]
fn welsh_values_and_spreadsheet_separators_are_understood() {
    let semicolons = "testun;anogwr;math\nBlas bara brith;blasu;bwydlen\n";
    let draft = &read_table(semicolons.as_bytes()).unwrap().drafts[0];
    assert_eq!(draft.details.prompt, Prompt::Tastes);
    assert_eq!(draft.details.kind, NoteKind::Menu);
    let tabs = "text\tprompt\nA warm welcome, always\tfeels\n";
    assert_eq!(texts(tabs.as_bytes()), ["A warm welcome, always"]);
}

#[test]
fn utf16_from_a_spreadsheet_is_read() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "text\tprompt\nCroeso ŵyr\tfeels\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(texts(&bytes), ["Croeso ŵyr"]);
}

#[test]
fn rows_of_uneven_length_are_read_not_refused() {
    let csv = "text,prompt,group\nShort row\nLong row,feels,Table 1,surprise\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.imported, 2);
    assert_eq!(imported.drafts[1].details.group, "Table 1");
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    assert_eq!(read_table(b""), Err(ImportError::Empty));
    assert_eq!(read_table(b"\xEF\xBB\xBF \r\n"), Err(ImportError::Empty));
    assert_eq!(read_table(b"text,prompt\r\n"), Err(ImportError::NoRows));
    assert_eq!(
        read_table(b"comment_id,sense\n1,feels\n"),
        Err(ImportError::NoOpenQuestion {
            found: "comment_id, sense".into()
        })
    );
    // NUL bytes: not text in any encoding a spreadsheet saves.
    assert_eq!(
        read_table(b"text\nok\nca\x00f\xE9\n"),
        Err(ImportError::NotUtf8 { line: 3 })
    );
    // A damaged workbook (a zip, or an old .xls) is not read as text.
    assert!(matches!(
        read_table(b"PK\x03\x04\x14\x00\x06\x00"),
        Err(ImportError::BadWorkbook { .. })
    ));
    assert!(matches!(
        read_table(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]),
        Err(ImportError::BadWorkbook { .. })
    ));
}

#[test]
fn a_sheet_excel_saved_as_plain_csv_is_read_as_windows_1252_with_a_warning() {
    // "Caffi’r dref – café" as Excel's "CSV (Comma delimited)" writes it.
    let bytes = b"text,prompt\nCaffi\x92r dref \x96 caf\xE9,tastes\nTea,smells\n";
    let imported = read_table(bytes).unwrap();
    assert_eq!(
        imported.drafts[0].text,
        "Caffi\u{2019}r dref \u{2013} caf\u{e9}"
    );
    assert_eq!(imported.drafts.len(), 2);
    assert!(imported.report.windows_1252);
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let summary = cytun::import::in_words::import_summary(&tr, &imported.report);
    assert!(summary.contains("cannot hold ŵ or ŷ"), "{summary}");
    assert!(summary.contains("CSV UTF-8"), "{summary}");
    // A UTF-8 file is not warned about.
    let utf8 = read_table("text\nŵyr a ŷd\n".as_bytes()).unwrap();
    assert!(!utf8.report.windows_1252);
}

#[test]
fn a_sheet_of_only_blank_rows_imports_nothing_but_says_so() {
    let imported = read_table(b"text\n\" \"\n\"\"\n").unwrap();
    assert_eq!(imported.report.imported, 0);
    assert_eq!(imported.report.skipped_blank, 2);
}

fn sample_sheet(rows: usize) -> String {
    let prompts = ["smells", "tastes", "sounds", "looks", "feels"];
    let mut csv = String::from("text,prompt,group\n");
    for i in 0..rows {
        writeln!(
            csv,
            "\"Contribution number {i}, with a few words\",{},Table {}",
            prompts[i % 5],
            i % 7
        )
        .unwrap();
    }
    csv
}

#[test]
fn imported_notes_land_in_labelled_columns_beside_what_is_there_without_overlap() {
    let mut project = Project::new("Workshop");
    apply(
        &mut project,
        Command::CreateNote {
            pos: cytun::model::BoardPos::new(0.0, 0.0),
            text: "Already here".into(),
            details: Box::default(),
        },
    )
    .unwrap();
    let existing = note_rect(project.notes.values().next().unwrap());
    let imported = read_table(sample_sheet(180).as_bytes()).unwrap();
    let arranged = arrange(&project, imported.drafts, ColumnsBy::Prompt, |d| {
        format!("{:?}", d.details.prompt)
    });
    assert_eq!(arranged.notes.len(), 180);
    let labels: Vec<&str> = arranged.headings.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(labels, ["Smells", "Tastes", "Sounds", "Looks", "Feels"]);
    let rects: Vec<_> = arranged.notes.iter().map(note_rect).collect();
    for (i, a) in rects.iter().enumerate() {
        assert!(!a.intersects(&existing), "covers the note already there");
        for b in &rects[i + 1..] {
            assert!(!a.intersects(b), "{a:?} overlaps {b:?}");
        }
    }
    // Shaped for a wide screen, not one tall column per prompt.
    let bounds = rects.iter().copied().reduce(|a, b| a.union(&b)).unwrap();
    let aspect = bounds.width() / bounds.height();
    assert!((1.0..3.5).contains(&aspect), "aspect {aspect}");
    // One step, undone in one.
    let before = project.clone();
    let undo = apply(
        &mut project,
        Command::Import {
            notes: arranged.notes,
            headings: arranged.headings,
        },
    )
    .unwrap();
    assert_eq!(project.notes.len(), 181);
    assert_eq!(project.headings.len(), 5);
    apply(&mut project, undo).unwrap();
    assert_eq!(project.notes, before.notes);
    assert!(project.headings.is_empty());
}

#[test]
fn columns_by_group_follow_the_sheet() {
    let imported = read_table(sample_sheet(14).as_bytes()).unwrap();
    let arranged = arrange(&Project::new("W"), imported.drafts, ColumnsBy::Group, |d| {
        d.details.group.clone()
    });
    let labels: Vec<&str> = arranged.headings.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(labels[..3], ["Table 0", "Table 1", "Table 2"]);
    assert_eq!(labels.len(), 7);
}

#[test]
fn a_change_beyond_what_a_project_can_keep_is_refused_and_nothing_changes() {
    use cytun::command::CommandError;
    use cytun::model::limits::{MAX_NOTES, MAX_TEXT_CHARS};
    let mut project = Project::new("Limits");
    let huge = "a".repeat(MAX_TEXT_CHARS + 1);
    let refused = apply(
        &mut project,
        Command::CreateNote {
            pos: cytun::model::BoardPos::new(0.0, 0.0),
            text: huge.clone(),
            details: Box::default(),
        },
    );
    assert_eq!(
        refused,
        Err(CommandError::TooLong {
            limit: MAX_TEXT_CHARS
        })
    );
    // An import that would pass the most notes a project keeps.
    let drafts: Vec<cytun::import::Draft> = (0..=MAX_NOTES)
        .map(|i| cytun::import::Draft {
            text: format!("note {i}"),
            ..Default::default()
        })
        .collect();
    let arranged = arrange(&project, drafts, ColumnsBy::Prompt, |_| String::new());
    let refused = apply(
        &mut project,
        Command::Import {
            notes: arranged.notes,
            headings: arranged.headings,
        },
    );
    assert_eq!(refused, Err(CommandError::TooMany { limit: MAX_NOTES }));
    assert!(project.notes.is_empty());
    // Everything accepted can be saved and read back.
    apply(
        &mut project,
        Command::CreateNote {
            pos: cytun::model::BoardPos::new(0.0, 0.0),
            text: "a".repeat(MAX_TEXT_CHARS),
            details: Box::default(),
        },
    )
    .unwrap();
    let text = cytun::store::to_ron(&project).unwrap();
    assert_eq!(cytun::store::parse(&text).unwrap(), project);
}

#[test]
fn a_form_export_with_its_own_column_names_is_understood() {
    let csv = "Timestamp,Your contribution,Which sense?\n2026-11-01 10:00,Tea and time,tastes\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.drafts[0].text, "Tea and time");
    assert_eq!(imported.report.extra_columns, ["Which sense?"]);
    // A form's response without an id is known by when it was sent.
    assert_eq!(imported.drafts[0].details.respondent, "2026-11-01 10:00");
    // Two columns that could both be the text: Cytûn asks rather than guesses.
    let ambiguous = "Contribution ID,Response text\n1,Tea\n";
    assert!(matches!(
        read_table(ambiguous.as_bytes()),
        Err(ImportError::NoOpenQuestion { .. })
    ));
}

#[test]
fn an_empty_consent_cell_means_do_not_quote_and_a_forms_consent_column_is_found() {
    let csv = "Your contribution,Consent to be quoted?\nTea and time,yes\nPrivate words,\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(
        imported.drafts[0].details.consent,
        Consent::QuoteAnonymously
    );
    assert_eq!(imported.drafts[1].details.consent, Consent::DoNotQuote);
    assert_eq!(imported.report.unclear_consents, 1);
    assert!(!imported.report.no_consent_column);
    let without = read_table(b"text\nHello\n").unwrap();
    assert!(without.report.no_consent_column, "said in the summary");
}

#[test]
fn consent_answers_from_real_forms_are_read_by_meaning_in_english_and_welsh() {
    let answers = [
        ("Yes, anonymously", Consent::QuoteAnonymously),
        ("Yes, with my name", Consent::QuoteWithName),
        ("No, please do not quote me", Consent::DoNotQuote),
        (
            "Yes – but please don’t use my name",
            Consent::QuoteAnonymously,
        ),
        (
            "You can quote me without my name",
            Consent::QuoteAnonymously,
        ),
        ("Happy to be quoted by name", Consent::QuoteWithName),
        ("Ydw, yn ddienw", Consent::QuoteAnonymously),
        ("Ydw, gyda fy enw", Consent::QuoteWithName),
        ("Na, peidiwch â’m dyfynnu", Consent::DoNotQuote),
        ("Dim diolch", Consent::DoNotQuote),
        ("Ie, heb fy enw", Consent::QuoteAnonymously),
        // A name asked to be kept out is never a yes to the name.
        (
            "Yes but please leave my name out",
            Consent::QuoteAnonymously,
        ),
        ("Only if my name is left off", Consent::QuoteAnonymously),
        ("Iawn, ond gadewch fy enw allan", Consent::QuoteAnonymously),
        // Yes and no in one answer: the safe reading.
        ("Yes / No", Consent::DoNotQuote),
        ("Yes, but not in the report", Consent::DoNotQuote),
        ("Ydw ond dim yn yr adroddiad", Consent::DoNotQuote),
    ];
    let mut csv = String::from("text,consent\n");
    for (i, (answer, _)) in answers.iter().enumerate() {
        let _ = writeln!(csv, "Contribution {i},\"{answer}\"");
    }
    let imported = read_table(csv.as_bytes()).unwrap();
    for ((answer, expected), draft) in answers.iter().zip(&imported.drafts) {
        assert_eq!(draft.details.consent, *expected, "{answer:?}");
    }
    assert_eq!(
        imported.report.unclear_consents, 0,
        "every answer understood"
    );
    // Words that say neither stay unclear: not quoted, and counted for the summary.
    let unclear =
        read_table("text,consent\nWords,Maybe later\nMore,Ask me on the day\n".as_bytes()).unwrap();
    assert!(
        unclear
            .drafts
            .iter()
            .all(|d| d.details.consent == Consent::DoNotQuote)
    );
    assert_eq!(unclear.report.unclear_consents, 2);
}
