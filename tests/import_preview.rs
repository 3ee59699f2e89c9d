//! The import preview: what each column and each coded answer is read as, changed by the
//! coordinator, and remembered for the next export of the same form.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use cytun::import::ImportError;
use cytun::import::preview::preview;
use cytun::import::table::{load_grid, read_sheet_as};
use cytun::model::{AnswerReading, Coded, ColumnUse, Consent, ImportForm, Prompt};

/// A form Cytûn has never seen: no column it can tell is the contributions.
const UNKNOWN_FORM: &str = "Ref,Your words,Sense,OK to quote?\n\
1,Warm tea,smell,Yes\n\
2,Everyone listened,Heard,Maybe later\n\
3,Round table,looks,No\n\
4,Shared cake,taste,Maybe later\n";

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
        Err(ImportError::NoTextColumn { .. })
    ));
    assert_eq!(
        shown.sample.len(),
        4,
        "the first rows are shown all the same"
    );
    assert_eq!(shown.sample[0][1], "Warm tea");

    form.choose_column("Your words", ColumnUse::Text);
    let shown = preview(&grid, &form);
    let imported = shown.outcome.unwrap();
    let texts: Vec<&str> = imported.drafts.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Warm tea",
            "Everyone listened",
            "Round table",
            "Shared cake"
        ]
    );
    assert_eq!(
        shown.roles[column(&grid.headers, "Your words")],
        ColumnUse::Text
    );
}

#[test]
fn every_different_consent_answer_is_listed_once_and_an_unclear_one_is_not_quoted_until_decided() {
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
        Err(ImportError::NoTextColumn { .. })
    ));
}
