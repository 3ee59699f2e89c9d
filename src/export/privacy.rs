//! Before anything leaves the room: which pieces of a text look like personal details (an
//! e-mail address, a UK phone number, a postcode, an NHS number, a National Insurance number,
//! a participant's name). Patterns are regular expressions (the `regex` crate, Unicode-aware);
//! names match whole words only, so "Ann" is found in "Ann's idea" but never in "annual" or
//! "Annabel". It errs towards asking: the user sees every finding and decides.

use std::sync::LazyLock;

use regex::Regex;

/// What kind of personal detail a text seems to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DetailKind {
    Email,
    Phone,
    Postcode,
    /// A 10-digit NHS number that passes its modulus-11 check.
    NhsNumber,
    /// A National Insurance number ("JG 10 32 84 A").
    NiNumber,
    Name,
}

/// One personal-looking piece of a text: its kind and its byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    pub kind: DetailKind,
    pub start: usize,
    pub end: usize,
}

fn pattern(source: &str) -> Regex {
    // The patterns are constants, each exercised by the tests below.
    Regex::new(source).expect("a valid pattern")
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.\w{2,}"));
/// Candidates for UK phone numbers: "+44", "0044" or "0" then digits with the spaces,
/// dashes and brackets people write; the digit count is checked afterwards.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?:\+|\b00)44[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){8,9}\b|(?:\(0\d{2,4}\)|\b0\d{2,4})(?:[\s-]?\d){6,8}\b",
    )
});
/// UK postcodes in capitals ("CF10 3NQ") or all in lower case ("cf10 3nq"); the inward
/// code's letters are never C, I, K, M, O or V, and "2nd", "3rd" are not postcodes.
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b|\b[a-z]{1,2}\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}\b",
    )
});
static NHS_NUMBER: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b"));
/// National Insurance numbers: two prefix letters (D, F, I, Q, U, V never; O never second),
/// six digits, a suffix A-D; spaces as people write them.
static NI_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
});

/// Names to look for, compiled once for an export: whole words, any case.
#[derive(Debug, Default)]
pub struct NameList {
    names: Vec<String>,
    matcher: Option<Regex>,
}

impl NameList {
    /// Names of one letter are left out: they would be found in every sentence.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut names: Vec<String> = names
            .into_iter()
            .map(|n| {
                n.trim_matches(|c: char| !c.is_alphanumeric())
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|n| n.chars().count() >= 2)
            .collect();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        names.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
        let matcher = (!names.is_empty())
            .then(|| {
                let alternatives: Vec<String> = names
                    .iter()
                    // Spaces inside a name match any run of white space.
                    .map(|n| regex::escape(n).replace(' ', r"\s+"))
                    .collect();
                Regex::new(&format!(r"(?i)\b(?:{})\b", alternatives.join("|"))).ok()
            })
            .flatten();
        Self { names, matcher }
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }
}

/// Every personal-looking piece of `text`, in order, overlapping pieces merged. `names`
/// may be `None` for a field that is itself a person's name (an author), which is checked
/// for contact details only.
pub fn details_in(text: &str, names: Option<&NameList>) -> Vec<Detail> {
    let mut found: Vec<Detail> = Vec::new();
    let mut add = |kind: DetailKind, start: usize, end: usize| {
        found.push(Detail { kind, start, end });
    };
    for m in EMAIL.find_iter(text) {
        add(DetailKind::Email, m.start(), m.end());
    }
    for m in PHONE.find_iter(text) {
        if is_uk_phone(m.as_str()) {
            add(DetailKind::Phone, m.start(), m.end());
        }
    }
    for m in POSTCODE.find_iter(text) {
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|suffix| m.as_str().ends_with(suffix));
        if !ordinal {
            add(DetailKind::Postcode, m.start(), m.end());
        }
    }
    for m in NHS_NUMBER.find_iter(text) {
        if passes_nhs_check(m.as_str()) {
            add(DetailKind::NhsNumber, m.start(), m.end());
        }
    }
    for m in NI_NUMBER.find_iter(text) {
        if ni_prefix_allowed(m.as_str()) {
            add(DetailKind::NiNumber, m.start(), m.end());
        }
    }
    if let Some(matcher) = names.and_then(|n| n.matcher.as_ref()) {
        for m in matcher.find_iter(text) {
            add(DetailKind::Name, m.start(), m.end());
        }
    }
    merge_overlaps(found)
}

/// Sorted by start; where two pieces overlap, one piece covering both (the kind of the
/// first, the more specific patterns are tried first).
fn merge_overlaps(mut found: Vec<Detail>) -> Vec<Detail> {
    found.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    let mut merged: Vec<Detail> = Vec::with_capacity(found.len());
    for detail in found {
        match merged.last_mut() {
            Some(last) if detail.start < last.end => last.end = last.end.max(detail.end),
            _ => merged.push(detail),
        }
    }
    merged
}

/// A UK number has 10 or 11 digits written from 0, or 9 or 10 after +44.
fn is_uk_phone(candidate: &str) -> bool {
    let without_trunk = candidate.replace("(0)", "");
    let digits: String = without_trunk.chars().filter(char::is_ascii_digit).collect();
    if let Some(national) = digits.strip_prefix("0044").or_else(|| {
        candidate
            .starts_with('+')
            .then(|| digits.strip_prefix("44"))
            .flatten()
    }) {
        (9..=10).contains(&national.len())
    } else {
        digits.starts_with('0') && (10..=11).contains(&digits.len())
    }
}

/// The NHS number's check digit: weights 10 down to 2 on the first nine digits; 11 minus
/// the remainder by 11 (11 reads as 0, 10 is never valid) must be the tenth.
pub fn passes_nhs_check(candidate: &str) -> bool {
    let digits: Vec<u32> = candidate.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| d * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        check => check,
    };
    check == digits[9]
}

/// Prefixes HMRC never issues.
fn ni_prefix_allowed(candidate: &str) -> bool {
    let prefix: String = candidate.chars().take(2).collect::<String>().to_uppercase();
    !matches!(
        prefix.as_str(),
        "BG" | "GB" | "NK" | "KN" | "TN" | "NT" | "ZZ"
    )
}

/// `text` with each of `details` (from [`details_in`] on the same text) replaced by `mark`.
/// Nothing outside them changes.
pub fn redact_details(text: &str, details: &[Detail], mark: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for detail in details {
        if detail.start < last || detail.end > text.len() {
            continue;
        }
        out.push_str(&text[last..detail.start]);
        out.push_str(mark);
        last = detail.end;
    }
    out.push_str(&text[last..]);
    out
}

/// `text` with every personal detail replaced by `mark`.
pub fn redact(text: &str, names: &NameList, mark: &str) -> String {
    redact_details(text, &details_in(text, Some(names)), mark)
}

#[cfg(test)]
mod tests {
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
}
