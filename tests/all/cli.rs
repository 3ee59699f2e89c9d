//! The command line, run as a user would: `cytun check FILE`.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::fs;
use std::process::Command;

fn cytun(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cytun"))
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn check_summarises_a_good_project() {
    let (code, stdout, stderr) = cytun(&["check", cytun::cli::SAMPLE_PROJECT]);
    assert_eq!(code, 0, "{stderr}");
    let project = cytun::store::load(std::path::Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    assert_eq!(
        stdout.trim(),
        format!("{} notes, 0 themes", project.notes.len())
    );
}

#[test]
fn check_reports_file_line_and_column_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let text = "(\n  format_version: 1,\n  title: \"x\",\n  next_id: 2,\n  notes: [(id: 1, text: oops)],\n)\n";
    fs::write(&path, text).unwrap();
    let (code, stdout, stderr) = cytun(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    let expected_start = format!("{}:5:", path.display());
    assert!(stderr.starts_with(&expected_start), "{stderr}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn check_explains_problems_without_a_position() {
    let (code, _, stderr) = cytun(&["check", "/no/such/project.ron"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("/no/such/project.ron: The file could not be read"),
        "{stderr}"
    );
}

#[test]
fn check_speaks_welsh_when_asked() {
    let output = Command::new(env!("CARGO_BIN_EXE_cytun"))
        .args(["check", cytun::cli::SAMPLE_PROJECT])
        .env("LANG", "cy_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("nodyn") && stdout.contains("thema"),
        "{stdout}"
    );
}

#[test]
fn a_bad_window_size_is_refused_with_a_reason() {
    let (code, _, stderr) = cytun(&["--window-size", "huge"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("WIDTHxHEIGHT"), "{stderr}");
}

#[test]
fn import_creates_the_project_then_adds_to_it_and_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("hackathon.csv");
    fs::write(
        &sheet,
        "text,prompt,kind\nCroeso cynnes,feels,written\n,,\nTea and toast,tastes,collage\n",
    )
    .unwrap();
    let project = dir.path().join("new.ron");
    let into = project.to_str().unwrap();
    let (code, stdout, stderr) = cytun(&["import", sheet.to_str().unwrap(), "--into", into]);
    assert_eq!(code, 0, "{stderr}");
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Imported 2 contributions, skipped 1 blank row, 1 unknown kind (kept as written). \
         The file had no consent column, so every contribution is marked \
         “May be quoted anonymously”: check this before exporting."
    );
    // Then what each column was read as.
    assert_eq!(
        lines.map(str::trim).collect::<Vec<_>>(),
        [
            "“text”: the contributions",
            "“prompt”: the prompt",
            "“kind”: the kind"
        ]
    );
    let loaded = cytun::store::load(&project).unwrap();
    assert_eq!(loaded.title, "new");
    assert_eq!(loaded.notes.len(), 2);
    assert_eq!(
        loaded.headings.len(),
        2,
        "a label above each prompt's column"
    );

    let (code, _, stderr) = cytun(&["import", sheet.to_str().unwrap(), "--into", into]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(cytun::store::load(&project).unwrap().notes.len(), 4);
    assert!(cytun::store::backup_path(&project).is_file());
}

#[test]
fn import_of_a_bad_sheet_changes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("wrong.csv");
    fs::write(&sheet, "comment_id,sense\n1,feels\n").unwrap();
    let project = dir.path().join("p.ron");
    let (code, stdout, stderr) = cytun(&[
        "import",
        sheet.to_str().unwrap(),
        "--into",
        project.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("No column holds people's own answers"),
        "{stderr}"
    );
    assert!(stderr.contains("comment_id, sense"), "{stderr}");
    assert!(
        !project.exists(),
        "no project is created from a refused sheet"
    );
}

#[test]
fn export_writes_the_report_beside_the_project_and_warns_of_personal_details() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("w.ron");
    let mut sample = cytun::store::load(std::path::Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    let first = *sample.notes.keys().next().unwrap();
    sample.notes.get_mut(&first).unwrap().text = "Email me: nia@example.org".into();
    cytun::store::save(&sample, &project).unwrap();
    let (code, stdout, stderr) = cytun(&["export", project.to_str().unwrap(), "--format", "md"]);
    assert_eq!(code, 0, "{stderr}");
    let report = dir.path().join("w.md");
    assert_eq!(stdout.trim(), format!("Wrote {}", report.display()));
    assert!(
        stderr.contains("“nia@example.org” looks like a personal detail"),
        "{stderr}"
    );
    let text = fs::read_to_string(&report).unwrap();
    assert!(text.starts_with("# Co-production hackathon"));

    // No definition yet: "the definition alone" is refused, said, and an earlier file at
    // that place is left exactly as it was.
    let out = dir.path().join("definition.txt");
    fs::write(&out, "Last week's definition.\n").unwrap();
    let (code, stdout, stderr) = cytun(&[
        "export",
        project.to_str().unwrap(),
        "--format",
        "txt",
        "--out",
        out.to_str().unwrap(),
        "--redact",
    ]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.is_empty(), "no \"Wrote\": {stdout}");
    assert!(
        stderr.contains("Nothing was written to")
            && stderr.contains("no definition or charter yet"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "Last week's definition.\n"
    );
    let (code, stdout, _) = cytun(&[
        "export",
        "projects/finished-workshop.ron",
        "--format",
        "txt",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Wrote"));
    assert_ne!(
        fs::read_to_string(&out).unwrap(),
        "Last week's definition.\n"
    );
}

#[test]
fn export_writes_word_and_excel_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("w.ron");
    fs::copy(cytun::cli::SAMPLE_PROJECT, &project).unwrap();
    let (code, stdout, stderr) = cytun(&[
        "export",
        project.to_str().unwrap(),
        "--format",
        "docx",
        "--lang",
        "cy",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let report = dir.path().join("w.docx");
    assert_eq!(stdout.trim(), format!("Wrote {}", report.display()));
    let mut archive = zip::ZipArchive::new(fs::File::open(&report).unwrap()).unwrap();
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").unwrap(),
        &mut document,
    )
    .unwrap();
    assert!(
        document.contains("Ein diffiniad"),
        "the Welsh report, asked for"
    );
    assert!(!document.contains("Our definition"));
    let (code, _, stderr) = cytun(&["export", project.to_str().unwrap(), "--format", "xlsx"]);
    assert_eq!(code, 0, "{stderr}");
    let workbook = dir.path().join("w.xlsx");
    let mut read: calamine::Xlsx<_> = calamine::open_workbook(&workbook).unwrap();
    let sheets = calamine::Reader::sheet_names(&read);
    assert_eq!(sheets, ["Contributions"], "English, as the interface is");
    let range = calamine::Reader::worksheet_range(&mut read, "Contributions").unwrap();
    assert_eq!(
        range.height(),
        1 + 58,
        "a header and every contribution of the sample"
    );
}

#[test]
fn import_of_another_project_brings_its_board_in_beside_this_one() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("table1.csv");
    fs::write(&sheet, "text,prompt\nCroeso cynnes,feels\nTea,tastes\n").unwrap();
    let here = dir.path().join("main.ron");
    let (code, _, stderr) = cytun(&[
        "import",
        sheet.to_str().unwrap(),
        "--into",
        here.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let other_sheet = dir.path().join("table2.csv");
    fs::write(
        &other_sheet,
        "text,prompt\nTea,tastes\nTime to talk,sounds\n",
    )
    .unwrap();
    let other = dir.path().join("Table 2.ron");
    let (code, _, stderr) = cytun(&[
        "import",
        other_sheet.to_str().unwrap(),
        "--into",
        other.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");

    let (code, stdout, stderr) = cytun(&[
        "import",
        other.to_str().unwrap(),
        "--into",
        here.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "Brought in 2 contributions from Table 2");
    let project = cytun::store::load(&here).unwrap();
    assert_eq!(project.notes.len(), 4);
    // "Tea" was on both tables: one contribution, as a linked copy.
    assert_eq!(
        project
            .notes
            .values()
            .filter(|n| n.copy_of.is_some())
            .count(),
        1
    );
}

#[test]
fn import_reads_a_form_as_the_window_was_told_to_read_it_last_time() {
    use cytun::model::{AnswerReading, ColumnUse, Consent, ImportForm, Project};
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("form.csv");
    let export = "Ref,Your words,OK to quote?\n1,Warm tea,Maybe later\n";
    fs::write(&sheet, export).unwrap();
    let project = dir.path().join("p.ron");
    // What a coordinator chose in the window's preview for this form.
    let headers: Vec<String> = ["Ref", "Your words", "OK to quote?"]
        .map(String::from)
        .to_vec();
    let mut form = ImportForm::new(&headers);
    form.choose_column("Your words", ColumnUse::Text);
    form.choose_answer(
        "Maybe later",
        AnswerReading::Consent(Consent::QuoteWithName),
    );
    let mut start = Project::new("p");
    start.import_forms = vec![form];
    cytun::store::save(&start, &project).unwrap();

    let (code, stdout, stderr) = cytun(&[
        "import",
        sheet.to_str().unwrap(),
        "--into",
        project.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("“Your words”: the contributions"),
        "{stdout}"
    );
    let saved = cytun::store::load(&project).unwrap();
    let note = saved.notes.values().next().unwrap();
    assert_eq!(note.text, "Warm tea");
    assert_eq!(note.details.consent, Consent::QuoteWithName);
    assert_eq!(
        saved.import_forms, start.import_forms,
        "kept through the save"
    );
}

/// `cytun suggest`: the loose notes' groups, by meaning, a Welsh note with the English one
/// that says the same; one not to be quoted is grouped but not quoted; JSON says why.
#[test]
fn suggest_prints_groups_by_meaning_and_quotes_only_what_may_be_quoted() {
    use cytun::model::{Consent, Language, Project};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prepare.ron");
    let mut project = Project::default();
    let texts = [
        ("Cael defnyddio fy iaith gyntaf", Language::Welsh),
        ("Being able to use my first language", Language::English),
        ("Gofal plant yn ystod y cyfarfod", Language::Welsh),
        ("Childcare during the meetings", Language::English),
        ("Talu costau teithio", Language::Welsh),
        ("Bus fares paid so I can come", Language::English),
    ];
    for (i, (text, language)) in texts.iter().enumerate() {
        let mut note = crate::common::note(i as u64 + 1, text, 0.0, 200.0 * i as f32);
        note.details.language = *language;
        if i == 5 {
            note.details.consent = Consent::DoNotQuote;
        }
        project.notes.insert(note.id, note);
    }
    project.next_id = 10;
    cytun::store::save(&project, &path).unwrap();
    let file = path.to_str().unwrap();

    let (code, stdout, stderr) = cytun(&["suggest", file, "--groups", "3"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Grouped by meaning"), "{stderr}");
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(stdout.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let group_of = |id: &str| rows.iter().find(|r| r[1] == id).map(|r| r[0].clone());
    assert_eq!(rows.len(), 6, "{stdout}");
    assert_eq!(group_of("1"), group_of("2"), "{stdout}");
    assert!(!stdout.contains("Bus fares"), "not to be quoted: {stdout}");

    let (code, stdout, _) = cytun(&["suggest", file, "--groups", "3", "--format", "json"]);
    assert_eq!(code, 0);
    let groups: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let groups = groups.as_array().unwrap();
    assert!(!groups.is_empty());
    for group in groups {
        assert!(!group["name"].as_str().unwrap().is_empty(), "{group}");
        let reasoned =
            !group["shared"].as_array().unwrap().is_empty() || !group["closest"].is_null();
        assert!(reasoned, "every group says why: {group}");
    }

    let (code, _, stderr) = cytun(&["suggest", file, "--by", "words"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("Grouped by shared words"), "{stderr}");
    let (code, _, stderr) = cytun(&["suggest", &format!("{file}.missing")]);
    assert_eq!(code, 1);
    assert!(!stderr.is_empty());
}
