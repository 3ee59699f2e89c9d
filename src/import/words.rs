//! The words people type in a spreadsheet for a prompt, a kind, a language or a consent,
//! in English or Welsh, matched loosely (case, spaces, hyphens) so a hand-typed sheet works.

use crate::model::{Consent, Language, NoteKind, Prompt};

/// Lower case, with spaces, hyphens and underscores removed: "Spoken-word" = "spoken word".
pub(super) fn squash(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The prompt a cell names; `None` for a value Cytûn does not know.
pub fn prompt(value: &str) -> Option<Prompt> {
    Some(match squash(value).as_str() {
        "" => Prompt::Unspecified,
        "smells" | "smell" | "smellslike" | "arogli" | "arogl" | "aroglau" => Prompt::Smells,
        "tastes" | "taste" | "tasteslike" | "blasu" | "blas" => Prompt::Tastes,
        "sounds" | "sound" | "soundslike" | "swnio" | "sŵn" | "swn" | "seiniau" => Prompt::Sounds,
        "looks" | "look" | "lookslike" | "edrych" | "golwg" => Prompt::Looks,
        "feels" | "feel" | "feelslike" | "teimlo" | "teimlad" => Prompt::Feels,
        _ => return None,
    })
}

/// The kind a cell names; `None` for a value Cytûn does not know.
pub fn kind(value: &str) -> Option<NoteKind> {
    Some(match squash(value).as_str() {
        "" | "written" | "text" | "ysgrifenedig" | "testun" => NoteKind::Written,
        "quote" | "quotation" | "dyfyniad" => NoteKind::Quote,
        "song" | "lyrics" | "cân" | "can" => NoteKind::Song,
        "art" | "artwork" | "drawing" | "picture" | "celf" | "llun" => NoteKind::Art,
        "filmidea" | "film" | "video" | "syniadffilm" | "ffilm" => NoteKind::FilmIdea,
        "menu" | "bwydlen" => NoteKind::Menu,
        "spokenword" | "poem" | "poetry" | "gairllafar" | "cerdd" => NoteKind::SpokenWord,
        _ => return None,
    })
}

/// The language a cell names; `None` for a value Cytûn does not know.
pub fn language(value: &str) -> Option<Language> {
    Some(match squash(value).as_str() {
        "" | "en" | "eng" | "english" | "saesneg" => Language::English,
        "cy" | "cym" | "welsh" | "cymraeg" => Language::Welsh,
        _ => return None,
    })
}

/// The consent a cell states; `None` when it is unclear (the caller then keeps the note out
/// of quotes, the safe reading). A short code ("named", "anon", "no") is read at once; a
/// form's sentence ("Yes, anonymously", "No, please do not quote me", "Ydw, gyda fy enw") is
/// read by its meaning: any no in it wins (an answer that mixes yes and no is read the safe
/// way), then a name, then anonymity, then a plain yes (quoted without the name).
pub fn consent(value: &str) -> Option<Consent> {
    exact_consent(&squash(value)).or_else(|| consent_by_meaning(value))
}

fn exact_consent(squashed: &str) -> Option<Consent> {
    Some(match squashed {
        "withname" | "named" | "name" | "quotewithname" | "yes,withname" | "ganenw" => {
            Consent::QuoteWithName
        }
        "" | "yes" | "anonymous" | "anonymously" | "anon" | "quoteanonymously" | "ie" | "dienw" => {
            Consent::QuoteAnonymously
        }
        "no" | "donotquote" | "don'tquote" | "dontquote" | "notquote" | "private" | "na"
        | "naddo" | "peidiodyfynnu" => Consent::DoNotQuote,
        _ => return None,
    })
}

/// Phrases that ask for the words without the name (taken out before "no" is looked for:
/// "without my name" is a yes).
const ANONYMOUS_PHRASES: &[&str] = &[
    "not with my name",
    "not using my name",
    "not my name",
    "don't use my name",
    "do not use my name",
    "don't include my name",
    "do not include my name",
    "without my name",
    "without a name",
    "without name",
    "no name",
    "anonymously",
    "anonymous",
    "anonymised",
    "anonymized",
    "anon",
    "heb fy enw",
    "heb eich enw",
    "heb enw",
    "dim enw",
    "yn ddienw",
    "ddienw",
    "dienw",
];

/// Phrases that ask for the name to be given with the words.
const NAME_PHRASES: &[&str] = &[
    "with my name",
    "with name",
    "my name",
    "named",
    "by name",
    "gyda fy enw",
    "gyda'm henw",
    "gydag enw",
    "gyda enw",
    "efo fy enw",
    "gan fy enw",
    "gan enw",
    "ag enw",
    "fy enw",
];

/// Words that, beside a name, keep it out ("leave my name off", "gadael fy enw allan").
const NAME_KEPT_OUT: &[&str] = &[
    "leave", "left", "off", "out", "omit", "omitted", "remove", "removed", "hide", "hidden",
    "withhold", "withheld", "keep", "kept", "without", "except", "gadael", "allan", "heb",
    "cuddio", "hepgor",
];

/// Words that say no, in English and Welsh.
const NO_WORDS: &[&str] = &[
    "no",
    "not",
    "don't",
    "dont",
    "never",
    "private",
    "privately",
    "decline",
    "refuse",
    "na",
    "nac",
    "naddo",
    "nage",
    "nid",
    "ni",
    "dim",
    "peidiwch",
    "peidio",
    "paid",
];

/// Words that say yes, in English and Welsh.
const YES_WORDS: &[&str] = &[
    "yes",
    "yep",
    "yeah",
    "ok",
    "okay",
    "sure",
    "happy",
    "agree",
    "agreed",
    "consent",
    "quote",
    "ie",
    "ydw",
    "ydy",
    "ydyn",
    "do",
    "iawn",
    "cytuno",
    "hapus",
    "caniatáu",
    "caniatau",
    "dyfynnu",
];

fn consent_by_meaning(value: &str) -> Option<Consent> {
    // Lower case, curly apostrophes made straight, everything but letters, digits and
    // apostrophes made a space; padded so that a phrase is matched as whole words.
    let words: String = value
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            c if c.is_alphanumeric() || c == '\'' => c,
            _ => ' ',
        })
        .collect();
    let mut padded = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    let has = |text: &str, phrase: &str| text.contains(&format!(" {phrase} "));
    let mut anonymous = false;
    for phrase in ANONYMOUS_PHRASES {
        while has(&padded, phrase) {
            anonymous = true;
            padded = padded.replacen(&format!(" {phrase} "), " ", 1);
        }
    }
    if NO_WORDS.iter().any(|word| has(&padded, word)) {
        return Some(Consent::DoNotQuote);
    }
    // "Leave my name out", "only if my name is left off": the name is asked to be kept out.
    let names = ["name", "names", "enw", "henw", "fenw", "enwi"];
    if names.iter().any(|word| has(&padded, word))
        && NAME_KEPT_OUT.iter().any(|word| has(&padded, word))
    {
        return Some(Consent::QuoteAnonymously);
    }
    if NAME_PHRASES.iter().any(|phrase| has(&padded, phrase)) {
        return Some(Consent::QuoteWithName);
    }
    if anonymous || YES_WORDS.iter().any(|word| has(&padded, word)) {
        return Some(Consent::QuoteAnonymously);
    }
    None
}

/// Answers that say nothing: "N/A", "-", "none", "no comment", "dim", "dim sylw"… A form
/// that requires an answer gets these; they are counted, never made notes. An answer with
/// no letter or digit at all ("-", "/", ".", "?") is one too.
pub fn is_placeholder(value: &str) -> bool {
    if !value.chars().any(char::is_alphanumeric) {
        return true;
    }
    let words: String = value
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            c if c.is_alphanumeric() || c == '\'' || c == '/' => c,
            _ => ' ',
        })
        .collect();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    PLACEHOLDERS.contains(&words.as_str())
}

/// What people write when they have nothing to say, lower case, punctuation made spaces.
const PLACEHOLDERS: &[&str] = &[
    "na",
    "n a",
    "n/a",
    "n/a n/a",
    "nil",
    "null",
    "none",
    "nothing",
    "nothing else",
    "nothing to add",
    "nothing to say",
    "nothing further",
    "no",
    "nope",
    "no thanks",
    "no thank you",
    "no comment",
    "no comments",
    "no answer",
    "no response",
    "not applicable",
    "not sure",
    "unsure",
    "don't know",
    "dont know",
    "idk",
    "pass",
    "skip",
    "test",
    "x",
    "xx",
    "xxx",
    "dim",
    "dim byd",
    "dim sylw",
    "dim sylwadau",
    "dim i'w ychwanegu",
    "dim diolch",
    "na diolch",
    "amherthnasol",
    "ddim yn gwybod",
    "dim yn gwybod",
    "dim syniad",
];

/// A choice that only says "Other" ("Other (please specify)", "Arall (nodwch)"): what the
/// person meant is in the words written beside it.
pub fn is_other_choice(value: &str) -> bool {
    let squashed = squash(value);
    ["other", "arall", "rhywbetharall"]
        .iter()
        .any(|word| squashed == *word || squashed.starts_with(&format!("{word}(")))
        || squashed.starts_with("other:")
}

/// The question an "Other (please specify)" column belongs to: "Can we quote you?: Other
/// (please specify)" (SurveyMonkey), "Can we quote you? - Other (please specify) - Text"
/// (Qualtrics), "Can we quote you? [Other]". `None` for any other column.
pub fn other_column_question(header: &str) -> Option<&str> {
    for separator in [": ", " - ", " [", " ("] {
        for (at, _) in header.match_indices(separator) {
            let rest = header[at + separator.len()..].trim_start_matches(['[', '(']);
            let squashed = squash(rest);
            if ["other", "arall"].iter().any(|w| squashed.starts_with(w)) {
                return Some(header[..at].trim());
            }
        }
    }
    None
}
