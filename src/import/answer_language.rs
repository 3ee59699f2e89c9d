//! The language of an answer, read from its words, for a form that did not ask: Welsh when
//! its words are more Welsh than English, English when more English; neither when the words
//! do not say (then the note keeps the sheet's default). Function words and Welsh letters
//! decide, so a short answer is read as well as a long one.

use crate::model::Language;

/// Words common in Welsh and never English words.
const WELSH: &[&str] = &[
    "ac",
    "ar",
    "bod",
    "bob",
    "byddai",
    "cael",
    "chi",
    "cymorth",
    "cymuned",
    "da",
    "ddim",
    "diolch",
    "drwy",
    "dros",
    "dw",
    "dwi",
    "ein",
    "eich",
    "eu",
    "fel",
    "fod",
    "fy",
    "gallu",
    "gan",
    "gennym",
    "gwasanaeth",
    "gwasanaethau",
    "gwell",
    "gwneud",
    "gyda",
    "hefyd",
    "hwn",
    "hyn",
    "i'r",
    "iawn",
    "llais",
    "mae",
    "mewn",
    "mwy",
    "nad",
    "neu",
    "nhw",
    "ni",
    "nid",
    "o'r",
    "oedd",
    "ond",
    "pawb",
    "pob",
    "pobl",
    "rhaid",
    "rhoi",
    "roedd",
    "rwy",
    "rydw",
    "rydyn",
    "sy",
    "sydd",
    "teimlo",
    "trwy",
    "wedi",
    "y",
    "ydy",
    "ydyn",
    "yn",
    "yr",
    "yw",
];

/// Words common in English and never Welsh words.
const ENGLISH: &[&str] = &[
    "about", "and", "are", "be", "being", "but", "by", "can", "could", "don't", "feel", "for",
    "from", "have", "help", "is", "it", "it's", "i'm", "more", "my", "not", "of", "on", "our",
    "people", "should", "that", "the", "their", "there", "they", "this", "time", "to", "was", "we",
    "what", "when", "will", "with", "would", "you",
];

/// The language `text` is written in, when its words say.
pub fn language_of(text: &str) -> Option<Language> {
    let mut welsh = 0.0_f32;
    let mut english = 0.0_f32;
    for word in text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase().replace('\u{2019}', "'");
        if WELSH.contains(&word.as_str()) {
            welsh += 1.0;
        } else if ENGLISH.contains(&word.as_str()) {
            english += 1.0;
        } else if word.contains(['ŵ', 'ŷ']) {
            welsh += 1.0;
        } else if ["ll", "rh", "dd", "ff"].iter().any(|p| word.starts_with(p))
            || word.contains("dd")
            || word.ends_with("au")
        {
            welsh += 0.5;
        }
    }
    if welsh > english {
        Some(Language::Welsh)
    } else if english > welsh {
        Some(Language::English)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_and_english_answers_are_told_apart_and_nothing_else_is_guessed() {
        assert_eq!(language_of("Cael fy nghlywed"), Some(Language::Welsh));
        assert_eq!(language_of("Mae pawb yn cael llais"), Some(Language::Welsh));
        assert_eq!(language_of("Paned a sgwrs"), None);
        assert_eq!(language_of("Being listened to"), Some(Language::English));
        assert_eq!(
            language_of("Time to talk about what matters"),
            Some(Language::English)
        );
        assert_eq!(language_of("Wspólna praca"), None);
        assert_eq!(
            language_of("Gwrando’n astud ar bobl"),
            Some(Language::Welsh)
        );
    }
}
