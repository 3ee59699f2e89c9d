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

/// Longest column label: a label is a few words; a runaway cell is cut.
const MAX_LABEL_CHARS: usize = 120;

/// The label written above a column of imported notes.
pub fn import_column(
    tr: &I18n,
    by: crate::import::ColumnsBy,
    draft: &crate::import::Draft,
) -> String {
    let label = column_label(tr, by, draft);
    match label.char_indices().nth(MAX_LABEL_CHARS) {
        Some((cut, _)) => format!("{}…", &label[..cut]),
        None => label,
    }
}

fn column_label(tr: &I18n, by: crate::import::ColumnsBy, draft: &crate::import::Draft) -> String {
    match by {
        crate::import::ColumnsBy::Prompt => match &draft.details.prompt {
            Prompt::Other(text) => text.clone(),
            known => prompt(tr, known),
        },
        crate::import::ColumnsBy::Group => {
            let group = draft.details.group.trim();
            if group.is_empty() {
                tr.tr("import-no-group")
            } else {
                group.to_owned()
            }
        }
    }
}

/// A kind of personal detail, as the privacy check names it.
pub fn detail_kind(tr: &I18n, kind: crate::export::privacy::DetailKind) -> String {
    use crate::export::privacy::DetailKind;
    tr.tr(match kind {
        DetailKind::Email => "detail-email",
        DetailKind::Phone => "detail-phone",
        DetailKind::Postcode => "detail-postcode",
        DetailKind::NhsNumber => "detail-nhs-number",
        DetailKind::NiNumber => "detail-ni-number",
        DetailKind::Name => "detail-name",
    })
}

/// Where in the project a finding of the privacy check is, in words a coordinator can find
/// it by ("Contribution 12: “Ring me on…”", "Meaning of theme “Trust”").
pub fn place(tr: &I18n, project: &crate::model::Project, place: crate::export::Place) -> String {
    use crate::export::Place;
    let theme_title = |id| {
        project
            .themes
            .get(&id)
            .map(|t| t.title.trim().to_owned())
            .unwrap_or_default()
    };
    let excerpt = |id| {
        let text = project
            .note(id)
            .map(|n| n.text.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let mut short: String = text.chars().take(60).collect();
        if short.len() < text.len() {
            short.push('…');
        }
        short
    };
    let with_id = |key: &str, id: crate::model::NoteId| {
        tr.tr_args(
            key,
            &[("id", id.0.into()), ("text", Arg::Str(&excerpt(id)))],
        )
    };
    let with_number =
        |key: &str, number: u32| tr.tr_args(key, &[("number", u64::from(number).into())]);
    match place {
        Place::ProjectTitle => tr.tr("place-title"),
        Place::Contribution(id) => with_id("place-contribution", id),
        Place::PictureDescription(id) => with_id("place-picture", id),
        Place::Author(id) => with_id("place-author", id),
        Place::Group(id) => with_id("place-group", id),
        Place::ColumnLabel(_) => tr.tr("place-column-label"),
        Place::ThemeTitle(id) => tr.tr_args(
            "place-theme-title",
            &[("theme", Arg::Str(&theme_title(id)))],
        ),
        Place::ThemeMeaning(id) => tr.tr_args(
            "place-theme-meaning",
            &[("theme", Arg::Str(&theme_title(id)))],
        ),
        Place::Draft(part) => tr.tr(part.pick("place-draft", "place-charter-draft")),
        Place::Version(part, n) => {
            with_number(part.pick("place-version", "place-charter-version"), n)
        }
        Place::VersionNote(part, n) => with_number(
            part.pick("place-version-note", "place-charter-version-note"),
            n,
        ),
        Place::FeedbackFrom(part, n) => with_number(
            part.pick("place-feedback-from", "place-charter-feedback-from"),
            n,
        ),
        Place::FeedbackComment(part, n) => with_number(
            part.pick("place-feedback-comment", "place-charter-feedback-comment"),
            n,
        ),
        Place::Approver(part, n) => {
            with_number(part.pick("place-approver", "place-charter-approver"), n)
        }
    }
}

/// One finding of the privacy check as a line: what, and where.
pub fn finding(
    tr: &I18n,
    project: &crate::model::Project,
    finding: &crate::export::Finding,
) -> String {
    tr.tr_args(
        "export-privacy-warning",
        &[
            ("found", Arg::Str(&finding.text)),
            ("kind", Arg::Str(&detail_kind(tr, finding.kind))),
            ("place", Arg::Str(&place(tr, project, finding.place))),
        ],
    )
}
