//! Survey exports of any question, tool and interface language, written here in each tool's
//! own shape: open questions found by their answers, personal columns left out however they
//! are worded, header rows, placeholders, "Other (please specify)", languages read from the
//! words, and a fresh download adding only what is new.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::fmt::Write as _;

use cytun::import::tools::SurveyTool;
use cytun::import::{Imported, read_table};
use cytun::model::{Consent, Language, Prompt};

fn texts(imported: &Imported) -> Vec<&str> {
    imported.drafts.iter().map(|d| d.text.as_str()).collect()
}

fn question(wording: &str) -> Prompt {
    Prompt::Other(wording.to_owned())
}

/// Everything a draft holds, as one string: nothing personal may be anywhere in it.
fn all_of(imported: &Imported) -> String {
    format!("{:?}", imported.drafts)
}

const BETTER: &str = "What would make this service better?";
const ANYTHING: &str = "Anything else you'd like to add?";

/// A Microsoft Forms export from an English account: ID, times, e-mail, name, questions.
fn microsoft_forms_english() -> String {
    format!(
        "ID,Start time,Completion time,Email,Name,How satisfied are you?,{BETTER},{ANYTHING},\
Can we quote you?\n\
1,3/14/26 10:02:11,3/14/26 10:09:40,anonymous,,Satisfied,Shorter waits for a call back,N/A,\
\"Yes, anonymously\"\n\
2,3/14/26 10:05:00,3/14/26 10:12:13,nia@example.org,Nia Evans,Very satisfied,\
Staff who remember my name,Thank you for asking us,\"Yes, with my name\"\n\
3,3/14/26 10:07:30,3/14/26 10:15:02,sam@example.org,Sam Jones,Dissatisfied,\
Letters in plain English,-,No\n\
4,3/14/26 10:09:30,3/14/26 10:16:02,ali@example.org,Ali Khan,Satisfied,\
Being asked before things change,nothing,\"Yes, anonymously\"\n\
5,3/14/26 10:11:30,3/14/26 10:18:02,bo@example.org,Bo Li,Very satisfied,\
Somewhere quiet to wait,,\"Yes, anonymously\"\n"
    )
}

#[test]
fn any_open_question_becomes_notes_with_its_wording_as_the_prompt() {
    let imported = read_table(microsoft_forms_english().as_bytes()).unwrap();
    assert_eq!(
        texts(&imported),
        [
            "Shorter waits for a call back",
            "Staff who remember my name",
            "Thank you for asking us",
            "Letters in plain English",
            "Being asked before things change",
            "Somewhere quiet to wait",
        ]
    );
    assert_eq!(imported.drafts[0].details.prompt, question(BETTER));
    assert_eq!(imported.drafts[2].details.prompt, question(ANYTHING));
    let report = &imported.report;
    assert_eq!(report.tool, Some(SurveyTool::MicrosoftForms));
    // "N/A", "-" and "nothing" said nothing; the rating is a choice, not a contribution.
    assert_eq!(report.placeholders, 3);
    assert!(!texts(&imported).contains(&"Satisfied"));
    assert_eq!(report.left_out, ["Email", "Name"]);
    // The name is the author only of the person who asked to be quoted with it.
    let authors: Vec<&str> = imported
        .drafts
        .iter()
        .map(|d| d.details.author.as_str())
        .collect();
    assert_eq!(authors, ["", "Nia Evans", "Nia Evans", "", "", ""]);
    let all = all_of(&imported);
    for personal in ["example.org", "Sam Jones", "Ali Khan", "Bo Li"] {
        assert!(!all.contains(personal), "{personal} reached a note");
    }
    // Each answer's language is read from its words.
    assert!(
        imported
            .drafts
            .iter()
            .all(|d| d.details.language == Language::English)
    );
}

#[test]
fn a_microsoft_forms_export_from_a_chinese_account_with_welsh_questions() {
    let csv = "ID,开始时间,完成时间,电子邮件,名称,Beth fyddai'n gwella'r gwasanaeth?\n\
1,2026/3/14 10:02:11,2026/3/14 10:09:40,a@example.org,Gwen,Mwy o amser i siarad gyda staff\n\
2,2026/3/14 10:05:00,2026/3/14 10:12:13,b@example.org,Huw,Cael fy nghlywed gan bawb\n\
3,2026/3/14 10:06:00,2026/3/14 10:13:13,c@example.org,Ifan,Llythyrau yn Gymraeg os gwelwch yn dda\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.tool, Some(SurveyTool::MicrosoftForms));
    assert_eq!(imported.report.left_out, ["电子邮件", "名称"]);
    assert_eq!(imported.drafts.len(), 3);
    assert!(
        imported
            .drafts
            .iter()
            .all(|d| d.details.language == Language::Welsh),
        "Welsh answers are marked Welsh though the form asked no language"
    );
    assert!(!all_of(&imported).contains("Gwen"));
    assert_eq!(imported.report.people, Some(3));
}

#[test]
fn a_google_form_without_an_email_column_is_known_and_its_names_left_out() {
    let csv = "Timestamp,Your name (optional),Beth sy'n bwysig i chi?\n\
2026/03/14 10:02:11 AM GMT,Ann,Bod pobl yn gwrando arna i\n\
2026/03/14 10:05:40 AM GMT,Bob,Knowing who to call when things go wrong\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.tool, Some(SurveyTool::GoogleForms));
    assert_eq!(imported.report.left_out, ["Your name (optional)"]);
    assert!(imported.drafts.iter().all(|d| d.details.author.is_empty()));
    let languages: Vec<Language> = imported.drafts.iter().map(|d| d.details.language).collect();
    assert_eq!(languages, [Language::Welsh, Language::English]);
}

#[test]
fn personal_columns_worded_as_questions_are_never_read_in() {
    let csv = "Timestamp,First name,Last name,Email for updates,Employee Name,Pers No.,\
Mobile No.,Postcode,Cod post,What went well today?\n\
2026-03-14 10:02,Ann,Hughes,ann@example.org,Ann Hughes,88123,07700 900123,CF10 3AT,SA1 1AA,\
Everyone had a chance to speak\n\
2026-03-14 10:03,Bob,Price,bob@example.org,Bob Price,88124,07700 900124,LL57 2DG,SA2 2BB,\
The tea and the welcome\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(
        texts(&imported),
        ["Everyone had a chance to speak", "The tea and the welcome"]
    );
    assert_eq!(
        imported.report.left_out.len(),
        8,
        "{:?}",
        imported.report.left_out
    );
    assert!(imported.report.extra_columns.is_empty());
    let all = all_of(&imported);
    for personal in ["Hughes", "example.org", "88123", "07700", "CF10", "SA1 1AA"] {
        assert!(!all.contains(personal), "{personal} reached a note");
    }
}

#[test]
fn qualtrics_three_header_rows_ids_and_locations_never_become_notes() {
    let csv = "StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,\
RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,LocationLatitude,\
LocationLongitude,UserLanguage,Q1,Q2,Q2_3_TEXT\n\
Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,\
Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,\
Location Latitude,Location Longitude,User Language,\
What would help you most?,May we quote you? - Selected Choice,\
May we quote you? - Other (please specify) - Text\n\
\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\",\
\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"ipAddress\"\"}\",\
\"{\"\"ImportId\"\":\"\"progress\"\"}\",\"{\"\"ImportId\"\":\"\"duration\"\"}\",\
\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\",\
\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"recipientLastName\"\"}\",\
\"{\"\"ImportId\"\":\"\"recipientFirstName\"\"}\",\"{\"\"ImportId\"\":\"\"recipientEmail\"\"}\",\
\"{\"\"ImportId\"\":\"\"locationLatitude\"\"}\",\"{\"\"ImportId\"\":\"\"locationLongitude\"\"}\",\
\"{\"\"ImportId\"\":\"\"userLanguage\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_TEXT\"\"}\",\
\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_3_TEXT\"\"}\"\n\
2026-03-14 10:00:00,2026-03-14 10:05:00,IP Address,81.2.69.160,100,300,True,\
2026-03-14 10:05:01,R_1aBcDeFgHiJkLmN,Morgan,Rhys,rhys@example.org,51.4816,-3.1791,EN,\
Someone to explain the letters,\"Yes, anonymously\",\n\
2026-03-14 11:00:00,2026-03-14 11:05:00,IP Address,81.2.69.161,100,300,True,\
2026-03-14 11:05:01,R_2bCdEfGhIjKlMnO,Price,Sara,sara@example.org,51.6214,-3.9436,EN,\
More time at each visit,Other,Only if my name is left off\n\
2026-03-14 12:00:00,2026-03-14 12:05:00,IP Address,81.2.69.162,100,300,True,\
2026-03-14 12:05:01,R_3cDeFgHiJkLmNoP,Owen,Dai,dai@example.org,53.2274,-4.1293,EN,\
A named person to call,Other,ask me first\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.tool, Some(SurveyTool::Qualtrics));
    assert_eq!(
        texts(&imported),
        [
            "Someone to explain the letters",
            "More time at each visit",
            "A named person to call"
        ]
    );
    assert_eq!(
        imported.drafts[0].details.prompt,
        question("What would help you most?")
    );
    // The consent question is read with its "Other" words: by their meaning, and an unclear
    // one the safe way.
    let consents: Vec<Consent> = imported.drafts.iter().map(|d| d.details.consent).collect();
    assert_eq!(
        consents,
        [
            Consent::QuoteAnonymously,
            Consent::QuoteAnonymously,
            Consent::DoNotQuote
        ]
    );
    assert_eq!(imported.drafts[0].details.respondent, "R_1aBcDeFgHiJkLmN");
    let all = all_of(&imported);
    for personal in ["81.2.69", "Morgan", "example.org", "51.4816", "-3.1791"] {
        assert!(!all.contains(personal), "{personal} reached a note");
    }
}

#[test]
fn a_surveymonkey_consent_question_with_an_other_column_is_read_for_everyone() {
    let csv = "Respondent ID,Collector ID,Start Date,End Date,IP Address,\
What matters most to you?,Are you happy for us to quote you?,,,\n\
,,,,,Open-Ended Response,\"Yes, anonymously\",\"Yes, with my name\",No,\
Other (please specify)\n\
114,9,03/14/2026 10:02,03/14/2026 10:09,81.2.69.160,Being treated as an equal,\
\"Yes, anonymously\",,,\n\
115,9,03/14/2026 10:05,03/14/2026 10:12,81.2.69.161,Clear answers quickly,,,No,\n\
116,9,03/14/2026 10:08,03/14/2026 10:15,81.2.69.162,Being asked what I think,,,,\
Yes but please leave my name out\n\
117,9,03/14/2026 10:09,03/14/2026 10:16,81.2.69.163,Help with the forms,,,,\
not sure yet\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.tool, Some(SurveyTool::SurveyMonkey));
    let consents: Vec<Consent> = imported.drafts.iter().map(|d| d.details.consent).collect();
    assert_eq!(
        consents,
        [
            Consent::QuoteAnonymously,
            Consent::DoNotQuote,
            Consent::QuoteAnonymously,
            Consent::DoNotQuote
        ],
        "a No is a No, an Other is read by its words, an unclear one the safe way"
    );
    assert!(!imported.report.no_consent_column);
}

#[test]
fn headers_lose_nul_bytes_html_and_entities() {
    let csv = "Respondent ID\0,Collector ID,What would you change?<br />Beth fyddech chi&#39;n ei \
newid?,Can we quote you?\n\
1,9,Longer opening hours at the weekend,\"Yes, anonymously\"\n\
2,9,Fewer forms to fill in every time,\"Yes, anonymously\"\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(
        imported.drafts[0].details.prompt,
        question("What would you change? Beth fyddech chi'n ei newid?")
    );
    assert_eq!(imported.drafts[0].details.respondent, "1");
}

#[test]
fn a_title_and_a_blank_row_above_the_header_of_a_typed_up_sheet() {
    let csv = "Workshop contributions,,\n,,\ntext,prompt,group\n\
Warm and welcoming,feels,Table 1\nFresh bread,smells,Table 2\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(texts(&imported), ["Warm and welcoming", "Fresh bread"]);
    assert_eq!(imported.drafts[1].details.prompt, Prompt::Smells);
    assert_eq!(imported.drafts[1].details.group, "Table 2");
}

#[test]
fn a_question_about_languages_is_not_the_language_column() {
    let csv = "Timestamp,What language(s) will your students be using?,What would help them?\n\
2026-03-14 10:02,English and Polish,Books in both their languages\n\
2026-03-14 10:03,\"Urdu, English\",A teacher who speaks Urdu\n\
2026-03-14 10:04,Cymraeg,Mwy o lyfrau Cymraeg yn y llyfrgell\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    assert_eq!(imported.report.unknown_languages, 0);
    let languages: Vec<Language> = imported
        .drafts
        .iter()
        .filter(|d| d.details.prompt == question("What would help them?"))
        .map(|d| d.details.language)
        .collect();
    assert_eq!(
        languages,
        [Language::English, Language::English, Language::Welsh]
    );
}

#[test]
fn tools_are_known_by_their_own_columns() {
    let cases: [(&str, SurveyTool); 5] = [
        (
            "ID,Amser dechrau,Amser cwblhau,E-bost,Enw,Beth ddylai newid?\n\
1,14/03/2026 10:00,14/03/2026 10:05,ann@example.org,Ann,Mwy o gefnogaeth i ofalwyr\n",
            SurveyTool::MicrosoftForms,
        ),
        (
            "Stamp amser,Cyfeiriad e-bost,Beth ddylai newid?\n\
14/03/2026 10:00:00,ann@example.org,Mwy o gefnogaeth i ofalwyr\n",
            SurveyTool::GoogleForms,
        ),
        (
            "id,submitdate,lastpage,startlanguage,seed,What should change?\n\
1,2026-03-14 10:00,3,cy,12345,Mwy o gefnogaeth i ofalwyr\n",
            SurveyTool::LimeSurvey,
        ),
        (
            "UserID,UserNo,Name,Email,IP Address,Unique ID,Started,Ended,Tracking Link,\
What should change?\n\
991,1,Ann,ann@example.org,81.2.69.160,abc123,14/03/2026 10:00,14/03/2026 10:05,,\
More support for carers\n",
            SurveyTool::SmartSurvey,
        ),
        (
            "#,What should change?,Start Date (UTC),Submit Date (UTC),Network ID\n\
x1y2,More support for carers,2026-03-14 10:00:00,2026-03-14 10:05:00,abc\n",
            SurveyTool::Typeform,
        ),
    ];
    for (csv, tool) in cases {
        let imported = read_table(csv.as_bytes()).unwrap();
        assert_eq!(imported.report.tool, Some(tool), "{csv}");
        assert_eq!(imported.drafts.len(), 1, "{csv}");
        assert!(!all_of(&imported).contains("example.org"));
    }
}

#[test]
fn a_file_with_no_open_question_says_so_plainly() {
    let csv = "Timestamp,How satisfied are you?,Would you recommend us?\n\
2026-03-14 10:02,Satisfied,Yes\n2026-03-14 10:03,Satisfied,No\n\
2026-03-14 10:04,Very satisfied,Yes\n2026-03-14 10:05,Satisfied,Yes\n\
2026-03-14 10:06,Dissatisfied,No\n2026-03-14 10:07,Satisfied,Yes\n";
    let err = read_table(csv.as_bytes()).unwrap_err();
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let message = cytun::import::in_words::import_error(&tr, &err);
    assert!(
        message.starts_with("No column holds people's own answers"),
        "{message}"
    );
    assert!(!message.contains("Rename"), "{message}");
    let welsh = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::Welsh);
    assert!(cytun::import::in_words::import_error(&welsh, &err).starts_with("Does dim colofn"));
}

/// A Google Form's download: three people, then (a week later) the same three and two more.
fn google_download(rows: usize) -> String {
    let mut csv = String::from("Timestamp,What should we keep doing?,What should we change?\n");
    let answers = [
        ("Listening to carers", "Fewer forms each visit"),
        ("Ringing back when you say", "Letters in Welsh too"),
        ("Listening to carers", "More evening sessions"),
        ("The drop-in on Fridays", "Parking near the door"),
        ("Plain words in letters", "A named contact person"),
    ];
    for (i, (keep, change)) in answers.iter().take(rows).enumerate() {
        let _ = writeln!(csv, "2026/03/1{i} 10:02:11 AM GMT,{keep},{change}");
    }
    csv
}

fn import_into(project: &mut cytun::model::Project, csv: &str) -> Imported {
    let mut imported = read_table(csv.as_bytes()).unwrap();
    cytun::import::already_here::AlreadyHere::of(project).leave_out(&mut imported);
    let arranged = cytun::import::arrange(
        project,
        imported.drafts.clone(),
        cytun::import::ColumnsBy::Prompt,
        |_| String::new(),
    );
    if let Some(command) = arranged.into_command() {
        cytun::command::apply(project, command).unwrap();
    }
    imported
}

#[test]
fn a_fresh_download_of_the_same_form_adds_only_what_is_new() {
    let mut project = cytun::model::Project::new("Carers");
    let first = import_into(&mut project, &google_download(3));
    assert_eq!(first.report.imported, 6);
    assert_eq!(first.report.already_here, 0);
    let again = import_into(&mut project, &google_download(5));
    assert_eq!(again.report.already_here, 3);
    assert_eq!(again.report.new_responses, 2);
    assert_eq!(
        texts(&again),
        [
            "The drop-in on Fridays",
            "Parking near the door",
            "Plain words in letters",
            "A named contact person"
        ]
    );
    assert_eq!(project.notes.len(), 10, "no response twice");
    // The same words from two people are two contributions, never taken as one.
    let listening = project
        .notes
        .values()
        .filter(|n| n.text == "Listening to carers")
        .count();
    assert_eq!(listening, 2);
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let summary = cytun::import::in_words::import_summary(&tr, &again.report);
    assert!(
        summary.contains("3 responses were already on the board and were left out; 2 new."),
        "{summary}"
    );
    // A third download with nothing new adds nothing.
    let none = import_into(&mut project, &google_download(5));
    assert_eq!(none.report.imported, 0);
    assert_eq!(project.notes.len(), 10);
}

#[test]
fn blank_rows_are_in_no_tally_and_rows_with_other_answers_are_not_blank() {
    let csv = "Timestamp,Which table?,What went well?\n\
2026-03-14 10:02,Table 1,Sharing food together\n\
,,\n\
2026-03-14 10:03,Table 2,\n\
2026-03-14 10:04,Table 1,Hearing every voice\n";
    let grid = cytun::import::table::load_grid(csv.as_bytes(), None)
        .unwrap()
        .grid;
    let shown =
        cytun::import::preview::preview(&grid, &cytun::model::ImportForm::new(&grid.headers));
    let imported = shown.outcome.as_ref().unwrap();
    assert_eq!(imported.report.skipped_blank, 1);
    assert_eq!(imported.report.rows_without_words, 1);
    for column in &shown.coded {
        assert!(
            column.answers.iter().all(|a| !a.value.is_empty()),
            "a blank row counted in {}",
            column.name
        );
    }
}

mod never {
    //! Whatever shape a form's export takes: no header cell, id, timestamp or placeholder
    //! becomes a note, every real answer does, and nothing personal reaches the project file.

    use super::*;
    use proptest::prelude::*;

    const PERSONAL: [&str; 8] = [
        "Your name (optional)",
        "Email for updates",
        "Enw",
        "Rhif ffôn",
        "Postcode",
        "Staff number",
        "Cyfeiriad e-bost",
        "Last name",
    ];
    const QUESTIONS: [&str; 4] = [
        "What would make this service better?",
        "Anything else you'd like to add?",
        "Beth sy'n bwysig i chi?",
        "What does co-production feel like?",
    ];
    const PLACEHOLDERS: [&str; 6] = ["N/A", "-", "none", "dim", "No comment", "."];
    const WORDS: [&str; 16] = [
        "time",
        "listening",
        "carers",
        "letters",
        "gwrando",
        "pobl",
        "kindness",
        "parking",
        "waiting",
        "staff",
        "trust",
        "paned",
        "forms",
        "calls",
        "respect",
        "help",
    ];

    /// A personal value for column kind `kind`, row `row`: unique, so it can be looked for.
    fn personal_value(kind: usize, row: usize) -> String {
        match kind {
            0 | 2 | 7 => format!("Person{row}x{kind} Surname{row}"),
            1 | 6 => format!("p{row}k{kind}@mail.example"),
            3 => format!("07700 9{row:05}"),
            4 => format!("CF{} {}AB", 10 + row % 80, row % 10),
            _ => format!("SN{:06}", 500_000 + row),
        }
    }

    #[derive(Clone, Debug)]
    enum Answer {
        Words(Vec<usize>),
        Placeholder(usize),
        Blank,
    }

    fn answer() -> impl Strategy<Value = Answer> {
        prop_oneof![
            6 => prop::collection::vec(0..WORDS.len(), 3..8).prop_map(Answer::Words),
            1 => (0..PLACEHOLDERS.len()).prop_map(Answer::Placeholder),
            1 => Just(Answer::Blank),
        ]
    }

    fn text(answer: &Answer) -> String {
        match answer {
            Answer::Words(words) => words
                .iter()
                .map(|w| WORDS[*w])
                .collect::<Vec<_>>()
                .join(" "),
            Answer::Placeholder(p) => PLACEHOLDERS[*p].to_owned(),
            Answer::Blank => String::new(),
        }
    }

    fn quoted(cell: &str) -> String {
        format!("\"{}\"", cell.replace('"', "\"\""))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn no_header_id_timestamp_placeholder_or_personal_value_becomes_a_note(
            microsoft in any::<bool>(),
            personal in prop::collection::btree_set(0..PERSONAL.len(), 1..5),
            questions in prop::collection::btree_set(0..QUESTIONS.len(), 1..4),
            rows in prop::collection::vec(prop::collection::vec(answer(), 4), 3..25),
        ) {
            let mut headers: Vec<String> = if microsoft {
                ["ID", "Start time", "Completion time"].map(String::from).to_vec()
            } else {
                vec!["Timestamp".to_owned()]
            };
            headers.extend(personal.iter().map(|p| PERSONAL[*p].to_owned()));
            headers.push("How satisfied are you?".to_owned());
            headers.extend(questions.iter().map(|q| QUESTIONS[*q].to_owned()));
            let mut csv = headers.iter().map(|h| quoted(h)).collect::<Vec<_>>().join(",");
            csv.push('\n');
            let mut expected = Vec::new();
            let mut meta = Vec::new();
            let mut personal_values = Vec::new();
            for (row, answers) in rows.iter().enumerate() {
                let time = format!("2026-03-{:02} 10:{:02}:00", 1 + row % 28, row % 60);
                let mut cells = if microsoft {
                    vec![(row + 1).to_string(), time.clone(), time.clone()]
                } else {
                    vec![time.clone()]
                };
                meta.push(time);
                for kind in &personal {
                    let value = personal_value(*kind, row);
                    personal_values.push(value.clone());
                    cells.push(value);
                }
                cells.push(["Satisfied", "Very satisfied", "Dissatisfied"][row % 3].to_owned());
                for answer in answers.iter().take(questions.len()) {
                    let written = text(answer);
                    if matches!(answer, Answer::Words(_)) {
                        expected.push(written.clone());
                    }
                    cells.push(written);
                }
                csv.push_str(&cells.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(","));
                csv.push('\n');
            }
            let Ok(imported) = read_table(csv.as_bytes()) else {
                // Only a sheet with no real answer at all may be refused.
                prop_assert!(expected.is_empty());
                return Ok(());
            };
            let notes = texts(&imported);
            let mut sorted_notes: Vec<&str> = notes.clone();
            sorted_notes.sort_unstable();
            let mut sorted_expected: Vec<&str> = expected.iter().map(String::as_str).collect();
            sorted_expected.sort_unstable();
            prop_assert_eq!(sorted_notes, sorted_expected, "one note per real answer");
            for note in &notes {
                prop_assert!(!headers.iter().any(|h| h == note), "a header became a note");
                prop_assert!(!meta.iter().any(|m| m == note), "a timestamp became a note");
                prop_assert!(!PLACEHOLDERS.contains(note), "a placeholder became a note");
            }
            let mut project = cytun::model::Project::new("P");
            let arranged = cytun::import::arrange(
                &project,
                imported.drafts,
                cytun::import::ColumnsBy::Prompt,
                |_| String::new(),
            );
            if let Some(command) = arranged.into_command() {
                cytun::command::apply(&mut project, command).unwrap();
            }
            let file = cytun::store::to_ron(&project).unwrap();
            for value in &personal_values {
                prop_assert!(!file.contains(value.as_str()), "{} reached the project file", value);
            }
        }
    }
}

#[test]
fn long_questions_label_their_columns_without_running_into_the_next() {
    let question = |n: usize| {
        format!(
            "Question {n}: what would make this service better for you and your family, \
thinking about the last time you used it?"
        )
    };
    let mut csv = format!(
        "Timestamp,\"{}\",\"{}\",\"{}\"\n",
        question(1),
        question(2),
        question(3)
    );
    for row in 0..12 {
        let _ = writeln!(
            csv,
            "2026-03-14 10:{row:02},First answer {row} in words,Second answer {row} here,\
Third answer {row} too"
        );
    }
    let imported = read_table(csv.as_bytes()).unwrap();
    let arranged = cytun::import::arrange(
        &cytun::model::Project::new("P"),
        imported.drafts,
        cytun::import::ColumnsBy::Prompt,
        |draft| match &draft.details.prompt {
            Prompt::Other(text) => text.clone(),
            _ => String::new(),
        },
    );
    let mut labels: Vec<_> = arranged.headings.iter().collect();
    labels.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
    assert_eq!(labels.len(), 3);
    for pair in labels.windows(2) {
        let room = pair[1].pos.x - pair[0].pos.x;
        let needs = cytun::import::arrange::label_width(&pair[0].text);
        assert!(needs <= room, "“{}” runs into the next label", pair[0].text);
    }
    assert!(
        labels[0].text.starts_with("Question 1: what would make"),
        "{}",
        labels[0].text
    );
}
