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
/// of quotes, the safe reading).
pub fn consent(value: &str) -> Option<Consent> {
    Some(match squash(value).as_str() {
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
