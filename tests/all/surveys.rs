//! Survey exports and workbooks as coordinators really have them: one row per person and one
//! column per question, the survey tools' own columns (personal ones left out), Excel and
//! OpenDocument files written here by a library or by hand, and hostile workbooks.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use cytun::model::definition::Part;
use std::fmt::Write as _;
use std::io::Write as _;

use cytun::import::{ImportError, read_sheet, read_table};
use cytun::model::{Consent, Language, Prompt};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

/// A Google Forms export as it downloads: Timestamp, Email Address, then the questions.
const GOOGLE_FORMS: &str = "Timestamp,Email Address,What does co-production smell like?,\
What does co-production taste like?,Which table were you at?,Can we quote what you wrote?\n\
2026/03/14 10:02:11 AM GMT,ann@example.org,Fresh coffee,A shared meal,Table 3,\"Yes, anonymously\"\n\
2026/03/14 10:05:40 AM GMT,bob@example.org,,Bara brith,Table 5,\"Yes, with my name\"\n\
2026/03/14 10:09:02 AM GMT,cat@example.org,,,Table 1,\"No, please do not quote me\"\n";

#[test]
fn a_google_forms_export_becomes_one_note_per_answer_with_its_prompt_and_its_persons_answers() {
    let imported = read_table(GOOGLE_FORMS.as_bytes()).unwrap();
    let notes: Vec<(&str, &Prompt, &str, &Consent)> = imported
        .drafts
        .iter()
        .map(|d| {
            (
                d.text.as_str(),
                &d.details.prompt,
                d.details.group.as_str(),
                &d.details.consent,
            )
        })
        .collect();
    assert_eq!(
        notes,
        vec![
            (
                "Fresh coffee",
                &Prompt::Smells,
                "Table 3",
                &Consent::QuoteAnonymously
            ),
            (
                "A shared meal",
                &Prompt::Tastes,
                "Table 3",
                &Consent::QuoteAnonymously
            ),
            (
                "Bara brith",
                &Prompt::Tastes,
                "Table 5",
                &Consent::QuoteWithName
            ),
        ]
    );
    let report = &imported.report;
    assert_eq!(report.people, Some(2), "two people, three contributions");
    assert_eq!(report.skipped_blank, 0, "no row is blank");
    assert_eq!(
        report.rows_without_words, 1,
        "the person who wrote nothing, though they chose a table"
    );
    assert_eq!(
        report.tool,
        Some(cytun::import::tools::SurveyTool::GoogleForms)
    );
    assert_eq!(report.left_out, ["Email Address"]);
    // Without an id, a response is known by when it was sent (never exported).
    assert_eq!(
        imported.drafts[0].details.respondent,
        "2026/03/14 10:02:11 AM GMT"
    );
    // Nobody's e-mail address is on any note, in any field.
    for draft in &imported.drafts {
        let all = format!("{:?}", draft.details);
        assert!(!all.contains("example.org"), "{all}");
    }
    // Each person's notes carry who gave them, so counts can say how many people.
    assert_eq!(
        imported.drafts[0].details.respondent,
        imported.drafts[1].details.respondent
    );
    assert_ne!(
        imported.drafts[0].details.respondent,
        imported.drafts[2].details.respondent
    );
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let summary = cytun::import::in_words::import_summary(&tr, report);
    assert!(
        summary.starts_with("Imported 3 contributions from 2 people"),
        "{summary}"
    );
    assert!(summary.contains("Google Forms"), "{summary}");
    assert!(summary.contains("Email Address"), "{summary}");
    let welsh = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::Welsh);
    let summary = cytun::import::in_words::import_summary(&welsh, report);
    assert!(
        summary.starts_with("Mewnforiwyd 3 chyfraniad gan 2 o bobl"),
        "{summary}"
    );
}

#[test]
fn questions_worded_in_welsh_give_their_prompts() {
    let csv = "Stamp amser,Beth yw arogl cydgynhyrchu?,Sut mae cydgynhyrchu'n teimlo?,\
Sut mae cydgynhyrchu'n edrych?\n2026-03-14,Bara yn pobi,Cynnes,Bwrdd crwn\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    let prompts: Vec<_> = imported.drafts.iter().map(|d| &d.details.prompt).collect();
    assert_eq!(prompts, [&Prompt::Smells, &Prompt::Feels, &Prompt::Looks]);
}

#[test]
fn a_surveymonkey_export_with_two_header_rows_is_read_as_one() {
    let csv = "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,\
First Name,Last Name,What does co-production sound like?,What does co-production feel like?\n\
,,,,,,,,Open-Ended Response,Open-Ended Response\n\
114,431,03/14/2026,03/14/2026,192.0.2.7,,,,Laughter in the corridor,Safe\n\
115,431,03/14/2026,03/14/2026,192.0.2.8,,Dai,Jones,,Like home\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    let texts: Vec<_> = imported.drafts.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Laughter in the corridor", "Safe", "Like home"]);
    assert_eq!(imported.drafts[0].details.prompt, Prompt::Sounds);
    assert_eq!(imported.drafts[2].details.respondent, "115");
    assert_eq!(imported.report.people, Some(2));
    for left_out in ["IP Address", "First Name", "Last Name", "Email Address"] {
        assert!(
            imported.report.left_out.iter().any(|c| c == left_out),
            "{left_out}"
        );
    }
    assert!(
        imported
            .drafts
            .iter()
            .all(|d| !format!("{:?}", d.details).contains("192.0.2")),
        "no IP address kept"
    );
}

#[test]
fn typeform_and_jotform_exports_are_recognised() {
    let typeform = "#,What does co-production taste like?,What does co-production look like?,\
Start Date (UTC),Submit Date (UTC),Network ID\nab12,Tea,Round table,2026-03-14,2026-03-14,9f\n";
    let imported = read_table(typeform.as_bytes()).unwrap();
    assert_eq!(imported.drafts.len(), 2);
    assert_eq!(imported.drafts[0].details.respondent, "ab12");
    assert!(imported.report.left_out.iter().any(|c| c == "Network ID"));
    let jotform = "Submission Date,What does co-production smell like?,\
What does co-production feel like?,Submission ID\n2026-03-14,Soup,Warm,5512\n";
    let imported = read_table(jotform.as_bytes()).unwrap();
    assert_eq!(imported.drafts[1].details.respondent, "5512");
    assert_eq!(
        imported.report.tool,
        Some(cytun::import::tools::SurveyTool::Jotform)
    );
}

#[test]
fn a_typed_up_sheet_with_a_name_column_still_keeps_it_as_the_author() {
    let imported = read_table(b"text,name\nTea and time,Ann\n").unwrap();
    assert_eq!(imported.drafts[0].details.author, "Ann");
    assert!(imported.report.left_out.is_empty());
    assert_eq!(
        imported.report.people, None,
        "no people column: not counted"
    );
}

/// A Microsoft Forms export as Excel writes it: ID, times, Email, Name, the questions.
fn microsoft_forms_xlsx() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy hh:mm:ss");
    let sheet = workbook.add_worksheet().set_name("Form1").unwrap();
    let headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Last modified time",
        "What does co-production feel like?",
        "Beth yw blas cydgynhyrchu?",
        "Table number",
        "Consent",
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    let when = ExcelDateTime::from_ymd(2026, 3, 14)
        .unwrap()
        .and_hms(10, 2, 0)
        .unwrap();
    for (row, (feel, taste, table, consent)) in [
        ("Like being listened to", "Cawl", 3.0, "Yes, anonymously"),
        ("Ŵyr a wyres yn dysgu", "", 4.0, "Ydw, gyda fy enw"),
    ]
    .iter()
    .enumerate()
    {
        let r = row as u32 + 1;
        sheet.write_number(r, 0, f64::from(r)).unwrap();
        sheet
            .write_datetime_with_format(r, 1, &when, &date)
            .unwrap();
        sheet
            .write_datetime_with_format(r, 2, &when, &date)
            .unwrap();
        sheet.write_string(r, 3, "someone@example.org").unwrap();
        sheet.write_string(r, 4, "Someone Real").unwrap();
        sheet
            .write_datetime_with_format(r, 5, &when, &date)
            .unwrap();
        sheet.write_string(r, 6, *feel).unwrap();
        if !taste.is_empty() {
            sheet.write_string(r, 7, *taste).unwrap();
        }
        sheet.write_number(r, 8, *table).unwrap();
        sheet.write_string(r, 9, *consent).unwrap();
    }
    workbook.add_worksheet().set_name("Notes").unwrap();
    let other = workbook.add_worksheet().set_name("Summary").unwrap();
    other.write_string(0, 0, "text").unwrap();
    other.write_string(1, 0, "not this one").unwrap();
    workbook.save_to_buffer().unwrap()
}

#[test]
fn a_microsoft_forms_workbook_is_read_from_its_first_sheet_with_rows() {
    let imported = read_table(&microsoft_forms_xlsx()).unwrap();
    let texts: Vec<_> = imported.drafts.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Like being listened to", "Cawl", "Ŵyr a wyres yn dysgu"]
    );
    let first = &imported.drafts[0].details;
    assert_eq!(first.prompt, Prompt::Feels);
    assert_eq!(imported.drafts[1].details.prompt, Prompt::Tastes);
    assert_eq!(
        first.respondent, "1",
        "a whole number, as the sheet shows it"
    );
    assert_eq!(
        first.group, "3",
        "the table question is the group, as the sheet shows it"
    );
    assert_eq!(imported.drafts[2].details.consent, Consent::QuoteWithName);
    let report = &imported.report;
    assert_eq!(
        report.tool,
        Some(cytun::import::tools::SurveyTool::MicrosoftForms)
    );
    assert_eq!(report.people, Some(2));
    for column in ["Email", "Name"] {
        assert!(report.left_out.iter().any(|c| c == column), "{column}");
    }
    let sheet = report.sheet.as_ref().unwrap();
    assert_eq!(sheet.read, "Form1");
    assert_eq!(sheet.others, ["Notes", "Summary"]);
    // Another sheet by name.
    let summary = read_sheet(&microsoft_forms_xlsx(), Some("Summary")).unwrap();
    assert_eq!(summary.drafts[0].text, "not this one");
    assert!(matches!(
        read_sheet(&microsoft_forms_xlsx(), Some("Nope")),
        Err(ImportError::NoSuchSheet { .. })
    ));
}

#[test]
fn dates_show_as_dates_and_formulas_give_their_last_value_never_their_formula() {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "text").unwrap();
    sheet.write_string(0, 1, "when").unwrap();
    sheet
        .write_formula(1, 0, Formula::new("=\"Te\"&\"a\"").set_result("Tea"))
        .unwrap();
    let day = ExcelDateTime::from_ymd(2026, 3, 14).unwrap();
    sheet.write_datetime_with_format(1, 1, &day, &date).unwrap();
    // A merged cell holds its words once, in its first cell.
    sheet
        .merge_range(2, 0, 3, 0, "Merged words", &Format::new())
        .unwrap();
    let imported = read_table(&workbook.save_to_buffer().unwrap()).unwrap();
    assert_eq!(imported.drafts[0].text, "Tea");
    assert_eq!(
        imported.drafts[0]
            .details
            .extra
            .get("when")
            .map(String::as_str),
        Some("14/03/2026")
    );
    assert_eq!(imported.drafts[1].text, "Merged words");
    assert_eq!(imported.drafts.len(), 2);
}

/// The smallest `OpenDocument` spreadsheet `LibreOffice` reads, written by hand.
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    ods_of_table(&table_rows(rows))
}

fn table_rows(rows: &[&[&str]]) -> String {
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            let _ = write!(
                table,
                "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
            );
        }
        table.push_str("</table:table-row>");
    }
    table
}

/// An `OpenDocument` spreadsheet whose one sheet is `table` (its rows as XML).
fn ods_of_table(table: &str) -> Vec<u8> {
    ods_zip(table, true)
}

/// As Google Sheets downloads one: no `mimetype` member, XML after a byte-order mark.
fn google_sheets_ods(rows: &[&[&str]]) -> Vec<u8> {
    ods_zip(&table_rows(rows), false)
}

fn ods_zip(table: &str, whole: bool) -> Vec<u8> {
    let bom = if whole { "" } else { "\u{FEFF}" };
    let content = format!(
        "{bom}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
<office:body><office:spreadsheet><table:table table:name=\"Taflen1\">{table}</table:table>\
</office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    if whole {
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
    }
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn an_opendocument_sheet_that_repeats_a_row_a_million_times_is_refused_before_it_is_unfolded() {
    // A few hundred bytes that say: this row of 100 filled cells, a million times over.
    let mut table = table_rows(&[&["text", "prompt"]]);
    table.push_str(
        "<table:table-row table:number-rows-repeated=\"1000000\">\
<table:table-cell table:number-columns-repeated=\"100\" office:value-type=\"string\">\
<text:p>tea</text:p></table:table-cell></table:table-row>",
    );
    let bytes = ods_of_table(&table);
    assert!(bytes.len() < 4096);
    assert_eq!(
        read_table(&bytes),
        Err(ImportError::TooManyRows { limit: 100_000 })
    );
    // Fewer rows, but each 300 cells wide: 15 million cells.
    let wide = table
        .replace("1000000", "50000")
        .replace("\"100\"", "\"300\"");
    assert_eq!(
        read_table(&ods_of_table(&wide)),
        Err(ImportError::SheetTooLarge)
    );
    // The empty rows LibreOffice writes to the end of every sheet are no problem.
    let mut table = table_rows(&[&["text"], &["Warm tea"]]);
    table.push_str(
        "<table:table-row table:number-rows-repeated=\"1048574\">\
<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
    );
    let imported = read_table(&ods_of_table(&table)).unwrap();
    assert_eq!(imported.drafts.len(), 1);
}

#[test]
fn an_opendocument_spreadsheet_is_read_like_any_other() {
    let bytes = ods(&[
        &["testun", "anogwr"],
        &["Sŵn pobl yn gwrando", "swnio"],
        &["Blas bara brith", "blasu"],
    ]);
    let imported = read_table(&bytes).unwrap();
    let texts: Vec<_> = imported.drafts.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Sŵn pobl yn gwrando", "Blas bara brith"]);
    assert_eq!(imported.drafts[0].details.prompt, Prompt::Sounds);
    assert_eq!(imported.report.sheet.as_ref().unwrap().read, "Taflen1");
}

#[test]
fn a_google_sheets_download_is_read_though_it_lacks_what_opendocument_asks_for() {
    let bytes = google_sheets_ods(&[
        &["Stamp amser", "Beth sy'n gweithio'n dda?"],
        &["14/03/2026 10:02:11", "Cael paned a sgwrs gyda phobl"],
        &["14/03/2026 10:05:40", "Pawb yn cael cyfle i siarad"],
    ]);
    let imported = read_table(&bytes).unwrap();
    let texts: Vec<_> = imported.drafts.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Cael paned a sgwrs gyda phobl",
            "Pawb yn cael cyfle i siarad"
        ]
    );
    assert_eq!(imported.drafts[0].details.language, Language::Welsh);
}

#[test]
fn hostile_workbooks_are_refused_with_a_reason_and_nothing_is_read() {
    // A zip that unpacks to 300 MB from a few hundred kilobytes.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "xl/worksheets/sheet1.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..300 {
        zip.write_all(&zeros).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 2 * 1024 * 1024);
    assert_eq!(read_table(&bomb), Err(ImportError::WorkbookTooLarge));

    // A sheet with a row at the very bottom of Excel's grid (row 1,048,576).
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "text").unwrap();
    sheet.write_string(1, 0, "first").unwrap();
    sheet.write_string(1_048_575, 0, "last").unwrap();
    assert!(matches!(
        read_table(&workbook.save_to_buffer().unwrap()),
        Err(ImportError::TooManyRows { .. })
    ));

    // A cell at the far right edge (column XFD).
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "text").unwrap();
    sheet.write_string(1, 16_383, "far away").unwrap();
    assert_eq!(
        read_table(&workbook.save_to_buffer().unwrap()),
        Err(ImportError::SheetTooLarge)
    );

    // A workbook whose sheets are empty.
    let mut workbook = Workbook::new();
    workbook.add_worksheet();
    assert_eq!(
        read_table(&workbook.save_to_buffer().unwrap()),
        Err(ImportError::NoRows)
    );

    // Something that only starts like a workbook.
    assert!(matches!(
        read_table(b"PK\x03\x04 not really a zip"),
        Err(ImportError::BadWorkbook { .. })
    ));
    // Every refusal has words for the person importing.
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::Welsh);
    for err in [
        ImportError::WorkbookTooLarge,
        ImportError::SheetTooLarge,
        ImportError::BadWorkbook {
            message: "x".into(),
        },
    ] {
        assert!(!cytun::import::in_words::import_error(&tr, &err).contains("import-"));
    }
}

/// A sense-check survey as Microsoft Forms exports it, in English and Welsh answers.
const SENSE_CHECK: &str = "ID,Start time,Completion time,Email,Name,\
Which group are you from?,Do you agree with the draft definition?,What would you change?\n\
1,3/20/26,3/20/26,a@example.org,Ann Real,Carers' forum,Agree,\n\
2,3/20/26,3/20/26,b@example.org,Bob Real,,\"Agree, but with some changes\",Say who pays\n\
3,3/20/26,3/20/26,c@example.org,Cat Real,Fforwm pobl ifanc,\"Cytuno, gyda newidiadau\",Geiriau plaen\n\
4,3/20/26,3/20/26,d@example.org,Dai Real,,Disagree,Too long\n\
5,3/20/26,3/20/26,e@example.org,Eve Real,,Anghytuno,\n\
6,3/20/26,3/20/26,f@example.org,Fay Real,,Neither agree nor disagree,\n\
7,3/20/26,3/20/26,g@example.org,Gwen Real,,,\n";

#[test]
fn sense_check_responses_in_bulk_become_feedback_on_a_version_in_one_step() {
    use cytun::command::{Command, History, apply};
    use cytun::import::feedback::read_feedback;
    use cytun::model::definition::Response;

    let import = read_feedback(SENSE_CHECK.as_bytes(), None).unwrap();
    let read: Vec<(&str, Response, &str)> = import
        .responses
        .iter()
        .map(|f| (f.from.as_str(), f.response, f.comment.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            ("Carers' forum", Response::Agree, ""),
            ("#2", Response::AgreeWithChanges, "Say who pays"),
            (
                "Fforwm pobl ifanc",
                Response::AgreeWithChanges,
                "Geiriau plaen"
            ),
            ("#4", Response::Disagree, "Too long"),
            ("#5", Response::Disagree, ""),
        ]
    );
    assert_eq!(import.unclear, 1, "neither agree nor disagree");
    assert_eq!(import.blank, 1);
    let everything = format!("{import:?}");
    assert!(!everything.contains("Real"), "no name is ever read in");
    assert!(!everything.contains("example.org"));

    // Added to version 1 as one step, tallied there; one undo takes them all back.
    let mut project = cytun::model::Project::new("Sense check");
    apply(
        &mut project,
        Command::SaveVersion {
            part: Part::Definition,
            note: String::new(),
            at: 0,
        },
    )
    .unwrap();
    let mut history = History::default();
    let batch = Command::Batch {
        commands: import
            .responses
            .iter()
            .cloned()
            .map(|feedback| Command::AddFeedback {
                part: Part::Definition,
                version: 1,
                feedback,
            })
            .collect(),
    };
    // The History says it as one step of five responses, not as the first one.
    let tr = cytun::i18n::I18n::new(cytun::i18n::UiLanguage::English);
    let said = cytun::i18n::describe_change(&tr, &cytun::command::describe(&batch, &project));
    assert_eq!(said, "Added 5 responses as feedback on version 1");
    history.execute(&mut project, batch).unwrap();
    let tally = project.definition.versions[0].tally();
    assert_eq!(tally[&Response::Agree], 1);
    assert_eq!(tally[&Response::AgreeWithChanges], 2);
    assert_eq!(tally[&Response::Disagree], 2);
    history.undo(&mut project).unwrap();
    assert!(project.definition.versions[0].feedback.is_empty());

    // A sheet with no answer column says so.
    assert!(matches!(
        read_feedback(b"text\nTea\n", None),
        Err(ImportError::NoAnswerColumn { .. })
    ));
}

#[test]
fn a_surveymonkey_consent_question_with_one_column_per_choice_is_read_as_one_answer() {
    let csv = "Respondent ID,Collector ID,What does co-production taste like?,\
Can we quote what you wrote?,,\n\
,,Open-Ended Response,\"Yes, anonymously\",\"Yes, with my name\",\"No, please do not quote me\"\n\
201,9,Cawl,\"Yes, anonymously\",,\n\
202,9,Tea,,\"Yes, with my name\",\n\
203,9,Toast,,,\"No, please do not quote me\"\n\
204,9,Soup,,,\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    let consents: Vec<_> = imported.drafts.iter().map(|d| d.details.consent).collect();
    assert_eq!(
        consents,
        [
            Consent::QuoteAnonymously,
            Consent::QuoteWithName,
            Consent::DoNotQuote,
            // Nothing ticked: not quoted, and counted as unclear.
            Consent::DoNotQuote,
        ]
    );
    assert!(!imported.report.no_consent_column);
    assert_eq!(imported.report.unclear_consents, 1);
    assert_eq!(
        imported.report.extra_columns,
        ["Collector ID"],
        "the choices are not extra columns"
    );
}

#[test]
fn table_and_language_questions_with_one_column_per_choice_give_each_persons_table_and_language() {
    let csv = "Respondent ID,Collector ID,What does co-production sound like?,\
Which table were you at?,,Which language did you answer in?,\n\
,,Open-Ended Response,Table 1,Table 2,English,Cymraeg\n\
301,9,Laughter,Table 1,,English,\n\
302,9,Sŵn chwerthin,,Table 2,,Cymraeg\n";
    let imported = read_table(csv.as_bytes()).unwrap();
    let read: Vec<(&str, &str, Language)> = imported
        .drafts
        .iter()
        .map(|d| {
            (
                d.text.as_str(),
                d.details.group.as_str(),
                d.details.language,
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("Laughter", "Table 1", Language::English),
            ("Sŵn chwerthin", "Table 2", Language::Welsh),
        ]
    );
    assert_eq!(imported.report.extra_columns, ["Collector ID"]);
    assert_eq!(imported.report.unknown_languages, 0);
}

/// The import preview: what each column and each coded answer is read as, changed by the
/// coordinator, and remembered for the next export of the same form.
mod preview {

    use cytun::import::ImportError;
    use cytun::import::preview::preview;
    use cytun::import::table::{load_grid, read_sheet_as};
    use cytun::model::{AnswerReading, Coded, ColumnUse, Consent, ImportForm, Prompt};

    /// A form Cytûn has never seen: no column it can tell is the contributions.
    /// Answers of one word each: not plainly people's own words, so Cytûn asks.
    const UNKNOWN_FORM: &str = "Ref,Your words,Sense,OK to quote?\n\
1,Tea,smell,Yes\n\
2,Listening,Heard,Maybe later\n\
3,Roundness,looks,No\n\
4,Cake,taste,Maybe later\n";

    fn grid(csv: &str) -> cytun::import::grid::Grid {
        load_grid(csv.as_bytes(), None).unwrap().grid
    }

    /// The unknown form's choices once its text column is chosen.
    fn with_text_chosen(grid: &cytun::import::grid::Grid) -> ImportForm {
        let mut form = ImportForm::new(&grid.headers);
        form.choose_column("Your words", ColumnUse::Text);
        form
    }

    fn column(headers: &[String], name: &str) -> usize {
        headers.iter().position(|h| h == name).unwrap()
    }

    #[test]
    fn a_sheet_whose_text_column_cannot_be_told_is_shown_and_imports_once_one_is_chosen() {
        let grid = grid(UNKNOWN_FORM);
        let mut form = ImportForm::new(&grid.headers);
        let shown = preview(&grid, &form);
        assert!(matches!(
            shown.outcome,
            Err(ImportError::NoOpenQuestion { .. })
        ));
        assert_eq!(
            shown.sample.len(),
            4,
            "the first rows are shown all the same"
        );
        assert_eq!(shown.sample[0][1], "Tea");

        form.choose_column("Your words", ColumnUse::Text);
        let shown = preview(&grid, &form);
        let imported = shown.outcome.unwrap();
        let texts: Vec<&str> = imported.drafts.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["Tea", "Listening", "Roundness", "Cake"]);
        assert_eq!(
            shown.roles[column(&grid.headers, "Your words")],
            ColumnUse::Text
        );
    }

    #[test]
    fn every_different_consent_answer_is_listed_once_and_an_unclear_one_is_not_quoted_until_decided()
     {
        let grid = grid(UNKNOWN_FORM);
        let mut form = with_text_chosen(&grid);
        let shown = preview(&grid, &form);
        let consent = shown
            .coded
            .iter()
            .find(|c| c.coded == Coded::Consent)
            .unwrap();
        assert_eq!(consent.name, "OK to quote?");
        let listed: Vec<(&str, usize, Option<&AnswerReading>)> = consent
            .answers
            .iter()
            .map(|a| (a.value.as_str(), a.count, a.reading.as_ref()))
            .collect();
        assert_eq!(
            listed,
            [
                ("Maybe later", 2, None),
                ("No", 1, Some(&AnswerReading::Consent(Consent::DoNotQuote))),
                (
                    "Yes",
                    1,
                    Some(&AnswerReading::Consent(Consent::QuoteAnonymously))
                ),
            ]
        );
        assert!(consent.answers[0].is_unclear_consent(Coded::Consent));
        let consents = |imported: &cytun::import::Imported| -> Vec<Consent> {
            imported.drafts.iter().map(|d| d.details.consent).collect()
        };
        let before = shown.outcome.unwrap();
        assert_eq!(before.report.unclear_consents, 2);
        assert_eq!(
            consents(&before),
            [
                Consent::QuoteAnonymously,
                Consent::DoNotQuote,
                Consent::DoNotQuote,
                Consent::DoNotQuote
            ]
        );

        form.choose_answer(
            "Maybe later",
            AnswerReading::Consent(Consent::QuoteAnonymously),
        );
        let shown = preview(&grid, &form);
        let consent = shown
            .coded
            .iter()
            .find(|c| c.coded == Coded::Consent)
            .unwrap();
        assert!(consent.answers[0].chosen);
        let after = shown.outcome.unwrap();
        assert_eq!(after.report.unclear_consents, 0);
        assert_eq!(
            consents(&after),
            [
                Consent::QuoteAnonymously,
                Consent::QuoteAnonymously,
                Consent::DoNotQuote,
                Consent::QuoteAnonymously
            ]
        );
    }

    #[test]
    fn a_prompt_cytun_does_not_know_can_be_read_as_one_it_does() {
        let grid = grid(UNKNOWN_FORM);
        let mut form = with_text_chosen(&grid);
        form.choose_column("Sense", ColumnUse::Prompt);
        let before = preview(&grid, &form).outcome.unwrap();
        assert_eq!(
            before.drafts[1].details.prompt,
            Prompt::Other("Heard".into())
        );
        form.choose_answer("Heard", AnswerReading::Prompt(Prompt::Sounds));
        let after = preview(&grid, &form).outcome.unwrap();
        let prompts: Vec<&Prompt> = after.drafts.iter().map(|d| &d.details.prompt).collect();
        assert_eq!(
            prompts,
            [
                &Prompt::Smells,
                &Prompt::Sounds,
                &Prompt::Looks,
                &Prompt::Tastes
            ]
        );
        assert_eq!(after.report.unknown_prompts, 0);
    }

    #[test]
    fn choosing_a_use_one_column_can_have_frees_the_column_that_had_it() {
        let csv = "text,comment,group\nTea,too sweet,Table 1\n";
        let grid = grid(csv);
        let mut form = ImportForm::new(&grid.headers);
        form.choose_column("comment", ColumnUse::Text);
        let shown = preview(&grid, &form);
        assert_eq!(
            shown.roles,
            [ColumnUse::Extra, ColumnUse::Text, ColumnUse::Group]
        );
        let draft = &shown.outcome.unwrap().drafts[0];
        assert_eq!(draft.text, "too sweet");
        assert_eq!(
            draft.details.extra.get("text").map(String::as_str),
            Some("Tea")
        );
    }

    #[test]
    fn a_column_left_out_is_never_read_in() {
        let csv = "text,Staff notes\nTea,call back about her son\n";
        let grid = grid(csv);
        let mut form = ImportForm::new(&grid.headers);
        assert_eq!(
            preview(&grid, &form).outcome.unwrap().drafts[0]
                .details
                .extra
                .len(),
            1
        );
        form.choose_column("Staff notes", ColumnUse::LeftOut);
        let imported = preview(&grid, &form).outcome.unwrap();
        assert!(imported.drafts[0].details.extra.is_empty());
        assert_eq!(imported.report.left_out, ["Staff notes"]);
    }

    #[test]
    fn the_next_export_of_the_same_form_is_read_with_the_choices_made_last_time() {
        let grid = grid(UNKNOWN_FORM);
        let mut form = with_text_chosen(&grid);
        form.choose_answer(
            "Maybe later",
            AnswerReading::Consent(Consent::QuoteWithName),
        );
        let next_export = format!("{UNKNOWN_FORM}5,Bara brith,taste,Maybe later\n");
        let imported = read_sheet_as(next_export.as_bytes(), None, &[form.clone()]).unwrap();
        assert_eq!(imported.drafts.len(), 5);
        assert_eq!(imported.drafts[4].details.consent, Consent::QuoteWithName);
        // Another form (one more column) is not read with this form's choices.
        let other = UNKNOWN_FORM.replacen("OK to quote?", "OK to quote?,Table", 1);
        assert!(matches!(
            read_sheet_as(other.as_bytes(), None, &[form]),
            Err(ImportError::NoOpenQuestion { .. })
        ));
    }
}
