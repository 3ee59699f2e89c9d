//! Before anything leaves the room: which pieces of a text look like personal details (an
//! e-mail address, a UK phone number, a postcode, an NHS number, a National Insurance number,
//! a participant's name). Patterns are regular expressions (the `regex` crate, Unicode-aware);
//! names match whole words only, so "Ann" is found in "Ann's idea" but never in "annual" or
//! "Annabel". It errs towards asking: the user sees every finding and decides.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation as _;

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

// The number and postcode patterns use ASCII word boundaries, `(?-u:\b)`: they match ASCII
// letters and digits only, and a Unicode boundary would force the slowest engine on every
// text with a Welsh letter in it.
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.\w{2,}"));
/// Candidates for UK phone numbers: "+44", "0044" or "0" then digits with the spaces,
/// dashes and brackets people write; the digit count is checked afterwards.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r"(?:\+|(?-u:\b)00)44[\s-]?(?:\(0\)[\s-]?)?[0-9](?:[\s-]?[0-9]){8,9}(?-u:\b)",
        r"|(?:\(0[0-9]{2,4}\)|(?-u:\b)0[0-9]{2,4})(?:[\s-]?[0-9]){6,8}(?-u:\b)",
    ))
});
/// UK postcodes in capitals ("CF10 3NQ") or all in lower case ("cf10 3nq"); the inward
/// code's letters are never C, I, K, M, O or V, and "2nd", "3rd" are not postcodes.
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r"(?-u:\b)[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2}(?-u:\b)",
        r"|(?-u:\b)[a-z]{1,2}[0-9][a-z0-9]?\s?[0-9][abd-hjlnp-uw-z]{2}(?-u:\b)",
    ))
});
static NHS_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?-u:\b)[0-9]{3}[\s-]?[0-9]{3}[\s-]?[0-9]{4}(?-u:\b)"));
/// National Insurance numbers: two prefix letters (D, F, I, Q, U, V never; O never second),
/// six digits, a suffix A-D; spaces as people write them.
static NI_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r"(?i)(?-u:\b)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]",
        r"\s?[0-9]{2}\s?[0-9]{2}\s?[0-9]{2}\s?[A-D](?-u:\b)",
    ))
});

/// Names to look for, made once for an export: whole words, any case. Each name is a run
/// of words (Unicode words, so Welsh letters belong to them and a hyphen parts them); a text
/// is read word by word and looked up, so thousands of names cost little.
#[derive(Debug, Default)]
pub struct NameList {
    names: Vec<String>,
    /// Each name's words in lower case, by its first word; longest names first.
    by_first_word: HashMap<String, Vec<Vec<String>>>,
}

/// Words that make a name a group's or a body's, not a person's (English and Welsh): who
/// gave feedback as "Staff", "Carers' forum" or "Bwrdd Partneriaeth Rhanbarthol" is never
/// looked for in what people wrote, where the same word is just a word.
const GROUP_WORDS: &[&str] = &[
    "staff",
    "board",
    "group",
    "groups",
    "team",
    "panel",
    "forum",
    "council",
    "partnership",
    "committee",
    "network",
    "service",
    "services",
    "members",
    "users",
    "carers",
    "volunteers",
    "residents",
    "parents",
    "people",
    "youth",
    "managers",
    "officers",
    "clinicians",
    "nurses",
    "doctors",
    "practitioners",
    "providers",
    "commissioners",
    "trustees",
    "workers",
    "organisation",
    "organisations",
    "association",
    "alliance",
    "partners",
    "everyone",
    "all",
    "phone",
    "table",
    "session",
    "workshop",
    "nhs",
    "rpb",
    "bwrdd",
    "grŵp",
    "grwp",
    "tîm",
    "tim",
    "fforwm",
    "cyngor",
    "partneriaeth",
    "pwyllgor",
    "rhwydwaith",
    "gwasanaeth",
    "gwasanaethau",
    "aelodau",
    "defnyddwyr",
    "gofalwyr",
    "gwirfoddolwyr",
    "trigolion",
    "rhieni",
    "pobl",
    "ieuenctid",
    "rheolwyr",
    "swyddogion",
    "nyrsys",
    "meddygon",
    "ymddiriedolwyr",
    "gweithwyr",
    "sefydliad",
    "cymdeithas",
    "partneriaid",
    "pawb",
    "ffôn",
    "ffon",
    "sesiwn",
    "gweithdy",
];

/// Whether `name` names a group or a body ("Staff", "Regional Partnership Board", "Phone 7")
/// rather than a person: then it is not looked for as a personal name.
pub fn is_group_name(name: &str) -> bool {
    name.unicode_words()
        .any(|word| GROUP_WORDS.contains(&word.to_lowercase().as_str()))
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
        let mut by_first_word: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for name in &names {
            let words: Vec<String> = name.unicode_words().map(str::to_lowercase).collect();
            if let Some(first) = words.first() {
                by_first_word.entry(first.clone()).or_default().push(words);
            }
        }
        for runs in by_first_word.values_mut() {
            runs.sort_by_key(|words| std::cmp::Reverse(words.len()));
        }
        Self {
            names,
            by_first_word,
        }
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Where the names are in `text`, as byte ranges.
    fn find_in(&self, text: &str) -> Vec<(usize, usize)> {
        if self.by_first_word.is_empty() {
            return Vec::new();
        }
        // Each word, and (for "Ann's", "Siân’s") the part before an apostrophe.
        let words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
        let lower: Vec<String> = words.iter().map(|(_, w)| w.to_lowercase()).collect();
        let mut found = Vec::new();
        for (index, (start, word)) in words.iter().enumerate() {
            let stem = word.split(['\'', '’']).next().unwrap_or(word);
            let candidates = self
                .by_first_word
                .get(&lower[index])
                .into_iter()
                .flatten()
                .map(|run| (run, false))
                .chain(
                    (stem.len() < word.len())
                        .then(|| self.by_first_word.get(&stem.to_lowercase()))
                        .flatten()
                        .into_iter()
                        .flatten()
                        .filter(|run| run.len() == 1)
                        .map(|run| (run, true)),
                );
            for (run, stem_only) in candidates {
                if stem_only {
                    found.push((*start, start + stem.len()));
                    break;
                }
                let fits = run
                    .iter()
                    .enumerate()
                    .all(|(k, w)| lower.get(index + k) == Some(w));
                if fits {
                    let (last_start, last) = words[index + run.len() - 1];
                    found.push((*start, last_start + last.len()));
                    break;
                }
            }
        }
        found
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
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            add(DetailKind::Email, m.start(), m.end());
        }
    }
    // Every other pattern needs a digit: most texts are passed over at once.
    if text.bytes().any(|b| b.is_ascii_digit()) {
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
    }
    if let Some(names) = names {
        for (start, end) in names.find_in(text) {
            add(DetailKind::Name, start, end);
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
mod tests;
