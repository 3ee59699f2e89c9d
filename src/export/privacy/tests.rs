use super::*;

fn kinds(text: &str, names: &NameList) -> Vec<(DetailKind, String)> {
    details_in(text, Some(names))
        .into_iter()
        .map(|d| (d.kind, text[d.start..d.end].to_owned()))
        .collect()
}

#[test]
fn finds_emails_phones_postcodes_and_names() {
    let names = NameList::new(["Siân", "Al"]);
    let found = kinds(
        "Email me at sian.jones@example.org or ring 01234 567890, I live in CF10 3NQ. Siân said so. Also +44 7700-900123.",
        &names,
    );
    assert!(found.contains(&(DetailKind::Email, "sian.jones@example.org".into())));
    assert!(found.contains(&(DetailKind::Phone, "01234 567890".into())));
    assert!(found.contains(&(DetailKind::Phone, "+44 7700-900123".into())));
    assert!(found.contains(&(DetailKind::Postcode, "CF10 3NQ".into())));
    assert!(found.contains(&(DetailKind::Name, "Siân".into())));
    assert!(!found.iter().any(|(_, t)| t == "Al"), "not inside “Also”");
    assert!(kinds("A warm welcome in 2024, 10 out of 10", &names).is_empty());
}

#[test]
fn names_are_whole_words_only() {
    let names = NameList::new(["Ann", "Al"]);
    let text = "Ann planned the annual meeting with Annabel; Al was also there, totally.";
    assert_eq!(
        redact(text, &names, "[removed]"),
        "[removed] planned the annual meeting with Annabel; [removed] was also there, totally."
    );
    // Welsh letters are letters: "Siân" is not found inside "Siâned".
    let names = NameList::new(["Siân"]);
    assert_eq!(redact("Siâned a SIÂN", &names, "[x]"), "Siâned a [x]");
}

#[test]
fn thousands_of_names_are_all_looked_for() {
    let many: Vec<String> = (0..5000).map(|i| format!("Person{i} Ŵyn")).collect();
    let names = NameList::new(many.iter().map(String::as_str));
    let found = kinds("Thanks to person4999 ŵyn and Person7 Ŵyn.", &names);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn nhs_and_national_insurance_numbers() {
    let names = NameList::default();
    // 943 476 5919 is the NHS's own example of a valid number.
    assert_eq!(
        kinds("NHS no. 943 476 5919.", &names),
        vec![(DetailKind::NhsNumber, "943 476 5919".into())]
    );
    assert!(kinds("Ref 943 476 5918", &names).is_empty(), "check digit");
    assert_eq!(
        kinds("NI: JG 10 32 84 A", &names),
        vec![(DetailKind::NiNumber, "JG 10 32 84 A".into())]
    );
    assert!(kinds("GB 12 34 56 A", &names).is_empty(), "never issued");
}

#[test]
fn phone_numbers_as_people_write_them() {
    let names = NameList::default();
    for number in [
        "029 2087 4000",
        "07700 900123",
        "+44 (0)7700 900123",
        "0044 29 2087 4000",
        "(01248) 382000",
    ] {
        let found = kinds(&format!("Ring {number} today"), &names);
        assert_eq!(
            found,
            vec![(DetailKind::Phone, number.to_owned())],
            "{number}"
        );
    }
    assert!(kinds("In 2024 we met 12 345 678 times", &names).is_empty());
}

#[test]
fn redacting_text_whose_letters_change_length_in_lower_case_is_safe() {
    let text = "Ⱥ 01234 567890 é ẞ";
    assert_eq!(redact(text, &NameList::default(), "[x]"), "Ⱥ [x] é ẞ");
    let names = NameList::new(["ẞen"]);
    assert_eq!(redact("Ⱥ ẞen ßen", &names, "[x]"), "Ⱥ [x] [x]");
}

proptest::proptest! {
    /// Any text at all is checked without a panic, and redacting changes nothing but
    /// the findings: what lies between them is kept to the byte.
    #[test]
    fn redaction_changes_only_findings(text in "\\PC{0,80}", name in "\\PC{0,8}") {
        let names = NameList::new([name.as_str()]);
        let details = details_in(&text, Some(&names));
        let mark = "\u{1F512}";
        proptest::prop_assume!(!text.contains(mark));
        let redacted = redact_details(&text, &details, mark);
        let mut kept = Vec::new();
        let mut last = 0;
        for d in &details {
            kept.push(&text[last..d.start]);
            last = d.end;
        }
        kept.push(&text[last..]);
        let pieces: Vec<&str> = redacted.split(mark).collect();
        proptest::prop_assert_eq!(pieces, kept);
    }

    /// Words that merely contain a name, or are not names, come out unchanged.
    #[test]
    fn words_that_are_not_findings_survive(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Ann", "annual", "Annabel", "Al", "also", "totally", "planned", "Siân",
                "Siâned", "croeso", "panad", "ANN", "Ann's", "co-production", "2024",
            ]),
            1..20,
        )
    ) {
        let text = words.join(" ");
        let names = NameList::new(["Ann", "Al", "Siân"]);
        let redacted = redact(&text, &names, "#");
        let survivors = |t: &str| {
            t.split(' ')
                .filter(|w| !["Ann", "Al", "Siân", "ANN", "Ann's", "#", "#'s"].contains(w))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        proptest::prop_assert_eq!(survivors(&redacted), survivors(&text));
        proptest::prop_assert!(!redacted.split(' ').any(|w| w == "Ann" || w == "Al"));
    }
}
