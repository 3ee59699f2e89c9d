//! Catalogue ids for the model's enums, so every name shown for a prompt, kind, language or
//! consent comes from the translations.

use crate::i18n::{Arg, I18n};
use crate::model::{Consent, Language, NoteKind, Prompt};

pub fn prompt(tr: &I18n, prompt: &Prompt) -> String {
    match prompt {
        Prompt::Smells => tr.tr("prompt-smells"),
        Prompt::Tastes => tr.tr("prompt-tastes"),
        Prompt::Sounds => tr.tr("prompt-sounds"),
        Prompt::Looks => tr.tr("prompt-looks"),
        Prompt::Feels => tr.tr("prompt-feels"),
        Prompt::Unspecified => tr.tr("prompt-unspecified"),
        Prompt::Other(text) => tr.tr_args("prompt-other", &[("name", Arg::Str(text))]),
    }
}

/// Longest question shown on a note's badge: a survey's question runs to a sentence or two,
/// all of it in the side panel and the Table view.
const BADGE_QUESTION_CHARS: usize = 28;

/// The prompt as a note's badge shows it: a survey's own question by its first words.
pub fn prompt_short(tr: &I18n, prompt: &Prompt) -> String {
    match prompt {
        Prompt::Other(text) => match text.trim().char_indices().nth(BADGE_QUESTION_CHARS) {
            Some((cut, _)) => format!("{}…", text.trim()[..cut].trim_end()),
            None => text.trim().to_owned(),
        },
        known => self::prompt(tr, known),
    }
}

pub fn kind(tr: &I18n, kind: &NoteKind) -> String {
    match kind {
        NoteKind::Written => tr.tr("kind-written"),
        NoteKind::Quote => tr.tr("kind-quote"),
        NoteKind::Song => tr.tr("kind-song"),
        NoteKind::Art => tr.tr("kind-art"),
        NoteKind::FilmIdea => tr.tr("kind-film-idea"),
        NoteKind::Menu => tr.tr("kind-menu"),
        NoteKind::SpokenWord => tr.tr("kind-spoken-word"),
        NoteKind::Other(text) => tr.tr_args("kind-other", &[("name", Arg::Str(text))]),
    }
}

pub fn language(tr: &I18n, language: Language) -> String {
    match language {
        Language::English => tr.tr("language-english"),
        Language::Welsh => tr.tr("language-welsh"),
    }
}

pub fn consent(tr: &I18n, consent: Consent) -> String {
    match consent {
        Consent::QuoteWithName => tr.tr("consent-with-name"),
        Consent::QuoteAnonymously => tr.tr("consent-anonymous"),
        Consent::DoNotQuote => tr.tr("consent-do-not-quote"),
    }
}

/// What a note is called for a screen reader and in lists: its text, or for a picture its
/// description and caption (an empty note is named as such).
pub fn note_name(tr: &I18n, note: &crate::model::Note) -> String {
    match &note.picture {
        Some(picture) => {
            let alt = if picture.alt.trim().is_empty() {
                tr.tr("picture-undescribed")
            } else {
                picture.alt.clone()
            };
            tr.tr_args(
                "note-picture-label",
                &[("alt", Arg::Str(&alt)), ("caption", Arg::Str(&note.text))],
            )
        }
        None if note.text.trim().is_empty() => tr.tr("outline-empty-note"),
        None => note.text.clone(),
    }
}

/// A contribution's words on one line, cut to `max_chars` with "…": how a note is quoted
/// where there is room for only a few of its words (a finding's place, a recovery line).
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut short: String = text.chars().take(max_chars).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
