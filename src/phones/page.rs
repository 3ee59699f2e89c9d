//! The one page phones load, built into the binary: HTML, a script and a style sheet with no
//! framework and nothing from another site, and its words in English and Welsh taken from
//! the app's own catalogues (so a button on a phone says what the same button says on the
//! projector).

use serde_json::{Map, Value};

use crate::i18n::{Arg, I18n, UiLanguage};

pub const HTML: &str = include_str!("../../assets/phones/index.html");
pub const SCRIPT: &str = include_str!("../../assets/phones/room.js");
pub const STYLE: &str = include_str!("../../assets/phones/room.css");

/// The page's words: its key, the catalogue's id, and the placeholders the page fills in
/// (written `{name}` in what it is sent).
const WORDS: &[(&str, &str, &[&str])] = &[
    ("title", "phone-title", &[]),
    ("switch", "phone-switch-language", &[]),
    ("joining", "phone-joining", &[]),
    ("code-heading", "phone-code-heading", &[]),
    ("code-label", "phone-code-label", &[]),
    ("code-join", "phone-code-join", &[]),
    ("contribute-heading", "phone-contribute-heading", &[]),
    ("text-label", "phone-text-label", &[]),
    ("prompt-label", "phone-prompt-label", &[]),
    ("prompt-smells", "prompt-smells", &[]),
    ("prompt-tastes", "prompt-tastes", &[]),
    ("prompt-sounds", "prompt-sounds", &[]),
    ("prompt-looks", "prompt-looks", &[]),
    ("prompt-feels", "prompt-feels", &[]),
    ("prompt-none", "prompt-unspecified", &[]),
    ("language-label", "phone-language-label", &[]),
    ("language-en", "language-english", &[]),
    ("language-cy", "language-welsh", &[]),
    ("consent-label", "phone-consent-label", &[]),
    ("consent-with-name", "consent-with-name", &[]),
    ("consent-anonymous", "consent-anonymous", &[]),
    ("consent-do-not-quote", "consent-do-not-quote", &[]),
    ("name-label", "phone-name-label", &[]),
    ("send", "phone-send", &[]),
    ("sent", "phone-sent", &[]),
    ("vote-heading", "phone-vote-heading", &[]),
    ("dots-left", "phone-dots-left", &["left", "total"]),
    ("dots-here", "phone-dots-here", &["count"]),
    ("give-dot", "phone-give-dot", &[]),
    ("take-dot", "phone-take-dot", &[]),
    ("quotes", "phone-quotes", &[]),
    ("no-themes", "phone-no-themes", &[]),
    ("check-heading", "phone-check-heading", &[]),
    ("check-version", "phone-check-version", &["number"]),
    ("answer-label", "phone-answer-label", &[]),
    ("agree", "response-agree", &[]),
    ("agree-with-changes", "response-changes", &[]),
    ("disagree", "response-disagree", &[]),
    ("comment-label", "phone-comment-label", &[]),
    ("answered", "phone-answered", &[]),
    ("no-version", "phone-no-version", &[]),
    ("error-wrong-room", "phone-error-wrong-room", &[]),
    ("error-unknown-phone", "phone-error-wrong-room", &[]),
    ("error-room-full", "phone-error-room-full", &[]),
    ("error-too-fast", "phone-error-too-fast", &[]),
    ("error-not-now", "phone-error-not-now", &[]),
    ("error-no-dots-left", "phone-error-no-dots-left", &[]),
    ("error-no-dot-here", "phone-error-no-dot-here", &[]),
    ("error-no-such-theme", "phone-error-no-such-theme", &[]),
    ("error-no-such-version", "phone-error-no-such-version", &[]),
    (
        "error-already-answered",
        "phone-error-already-answered",
        &[],
    ),
    ("error-empty", "phone-error-empty", &[]),
    ("error-too-long", "phone-error-too-long", &[]),
    ("error-bad-request", "phone-error-offline", &[]),
    ("error-offline", "phone-error-offline", &[]),
];

/// `{"en": {...}, "cy": {...}}`: every word the page shows, in both languages.
pub fn strings_json() -> String {
    let mut both = Map::new();
    for (code, language) in [("en", UiLanguage::English), ("cy", UiLanguage::Welsh)] {
        let tr = I18n::new(language);
        let mut words = Map::new();
        for (key, id, placeholders) in WORDS {
            let marks: Vec<String> = placeholders.iter().map(|p| format!("{{{p}}}")).collect();
            let args: Vec<(&str, Arg<'_>)> = placeholders
                .iter()
                .zip(&marks)
                .map(|(name, mark)| (*name, Arg::Str(mark)))
                .collect();
            let text = if args.is_empty() {
                tr.tr(id)
            } else {
                tr.tr_args(id, &args)
            };
            words.insert((*key).to_owned(), Value::String(text));
        }
        both.insert(code.to_owned(), Value::Object(words));
    }
    Value::Object(both).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_every_word_in_both_languages_with_its_placeholders() {
        let strings: Value = serde_json::from_str(&strings_json()).unwrap_or_default();
        for code in ["en", "cy"] {
            for (key, id, placeholders) in WORDS {
                let text = strings[code][*key].as_str().unwrap_or_default();
                assert!(!text.is_empty() && text != *id, "{code} {key}: {text}");
                for p in *placeholders {
                    assert!(
                        text.contains(&format!("{{{p}}}")),
                        "{code} {key} keeps {{{p}}}"
                    );
                }
            }
        }
        assert_eq!(strings["en"]["give-dot"], "Give a dot");
        assert_ne!(strings["cy"]["give-dot"], strings["en"]["give-dot"]);
        // The page asks for nothing from anywhere else.
        for text in [HTML, SCRIPT, STYLE] {
            assert!(!text.contains("http://") && !text.contains("https://"));
        }
    }
}
