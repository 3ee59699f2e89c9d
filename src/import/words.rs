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
    if NAME_PHRASES.iter().any(|phrase| has(&padded, phrase)) {
        return Some(Consent::QuoteWithName);
    }
    if anonymous || YES_WORDS.iter().any(|word| has(&padded, word)) {
        return Some(Consent::QuoteAnonymously);
    }
    None
}
