//! The one page phones load, built into the binary: HTML, a script and a style sheet with no
//! framework and nothing from another site, and its words in English and Welsh taken from
//! the app's own catalogues (so a button on a phone says what the same button says on the
//! projector).

use serde_json::{Map, Value};

use crate::i18n::{Arg, I18n, UiLanguage};

pub const HTML: &str = include_str!("../../assets/phones/index.html");
pub const SCRIPT: &str = include_str!("../../assets/phones/room.js");
pub const STYLE: &str = include_str!("../../assets/phones/room.css");

/// The page's words: its key (in snake case: it is not a catalogue id), the catalogue's id, and the placeholders the page fills in
/// (written `{name}` in what it is sent).
const WORDS: &[(&str, &str, &[&str])] = &[
    ("title", "phone-title", &[]),
    ("switch", "phone-switch-language", &[]),
    ("joining", "phone-joining", &[]),
    ("code_heading", "phone-code-heading", &[]),
    ("code_label", "phone-code-label", &[]),
    ("code_join", "phone-code-join", &[]),
    ("contribute_heading", "phone-contribute-heading", &[]),
    ("text_label", "phone-text-label", &[]),
    ("prompt_label", "phone-prompt-label", &[]),
    ("prompt_smells", "prompt-smells", &[]),
    ("prompt_tastes", "prompt-tastes", &[]),
    ("prompt_sounds", "prompt-sounds", &[]),
    ("prompt_looks", "prompt-looks", &[]),
    ("prompt_feels", "prompt-feels", &[]),
    ("prompt_none", "prompt-unspecified", &[]),
    ("language_label", "phone-language-label", &[]),
    ("language_en", "language-english", &[]),
    ("language_cy", "language-welsh", &[]),
    ("consent_label", "phone-consent-label", &[]),
    ("consent_with_name", "consent-with-name", &[]),
    ("consent_anonymous", "consent-anonymous", &[]),
    ("consent_do_not_quote", "consent-do-not-quote", &[]),
    ("name_label", "phone-name-label", &[]),
    ("send", "phone-send", &[]),
    ("sent", "phone-sent", &[]),
    ("vote_heading", "phone-vote-heading", &[]),
    ("dots_left", "phone-dots-left", &["left", "total"]),
    ("dots_here", "phone-dots-here", &["count"]),
    ("give_dot", "phone-give-dot", &[]),
    ("take_dot", "phone-take-dot", &[]),
    ("quotes", "phone-quotes", &[]),
    ("no_themes", "phone-no-themes", &[]),
    ("check_heading", "phone-check-heading", &[]),
    ("check_version", "phone-check-version", &["number"]),
    (
        "check_charter_version",
        "phone-check-charter-version",
        &["number"],
    ),
    ("answer_label", "phone-answer-label", &[]),
    ("choose_answer", "phone-choose-answer", &[]),
    ("agree", "response-agree", &[]),
    ("agree_with_changes", "response-changes", &[]),
    ("disagree", "response-disagree", &[]),
    ("comment_label", "phone-comment-label", &[]),
    ("answered", "phone-answered", &[]),
    ("no_version", "phone-no-version", &[]),
    ("error_wrong_room", "phone-error-wrong-room", &[]),
    ("error_unknown_phone", "phone-error-wrong-room", &[]),
    ("error_room_full", "phone-error-room-full", &[]),
    ("error_too_fast", "phone-error-too-fast", &[]),
    ("error_not_now", "phone-error-not-now", &[]),
    ("error_no_dots_left", "phone-error-no-dots-left", &[]),
    ("error_no_dot_here", "phone-error-no-dot-here", &[]),
    ("error_no_such_theme", "phone-error-no-such-theme", &[]),
    ("error_no_such_version", "phone-error-no-such-version", &[]),
    (
        "error_already_answered",
        "phone-error-already-answered",
        &[],
    ),
    ("error_empty", "phone-error-empty", &[]),
    ("error_too_long", "phone-error-too-long", &[]),
    ("error_bad_request", "phone-error-offline", &[]),
    ("error_offline", "phone-error-offline", &[]),
    ("error_not_kept", "phone-error-not-kept", &[]),
    ("error_too_slow", "phone-error-too-slow", &[]),
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
        assert_eq!(strings["en"]["give_dot"], "Give a dot");
        assert_ne!(strings["cy"]["give_dot"], strings["en"]["give_dot"]);
        // The page asks for nothing from anywhere else.
        for text in [HTML, SCRIPT, STYLE] {
            assert!(!text.contains("http://") && !text.contains("https://"));
        }
    }
}
