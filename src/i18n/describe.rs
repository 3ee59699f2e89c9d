//! Errors in plain, translated words. Kept apart from the error types so that `store` and
//! `command` stay free of presentation.

use super::{Arg, I18n};
use crate::command::CommandError;
use crate::store::error::InvalidProject;
use crate::store::{LoadError, SaveError};

/// Why a project could not be opened (the position, where there is one, is `err.position()`).
pub fn load_error(tr: &I18n, err: &LoadError) -> String {
    match err {
        LoadError::Io(io) => tr.tr_args("error-read", &[("reason", Arg::Str(&io.to_string()))]),
        LoadError::NotAFile => tr.tr("error-not-a-file"),
        LoadError::TooLarge { bytes, limit } => tr.tr_args(
            "error-too-large",
            &[
                ("megabytes", Arg::Num(megabytes(*bytes))),
                ("limit", Arg::Num(megabytes(*limit))),
            ],
        ),
        LoadError::NotText { .. } => tr.tr("error-not-text"),
        LoadError::Empty => tr.tr("error-empty-file"),
        LoadError::Syntax { message, .. } => {
            tr.tr_args("error-syntax", &[("detail", message.into())])
        }
        LoadError::NotAProject => tr.tr("error-not-a-project"),
        LoadError::NewerVersion { found, supported } => tr.tr_args(
            "error-newer-version",
            &[
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        LoadError::Invalid(invalid) => invalid_project(tr, invalid),
    }
}

fn invalid_project(tr: &I18n, err: &InvalidProject) -> String {
    match err {
        InvalidProject::TooManyNotes { limit } => {
            tr.tr_args("error-too-many-notes", &[("limit", (*limit).into())])
        }
        InvalidProject::DuplicateNote { id } => {
            tr.tr_args("error-duplicate-note", &[("id", (*id).into())])
        }
        InvalidProject::TextTooLong { id, limit } => tr.tr_args(
            "error-text-too-long",
            &[("id", (*id).into()), ("limit", (*limit).into())],
        ),
        InvalidProject::BadPosition { id } => {
            tr.tr_args("error-bad-position", &[("id", (*id).into())])
        }
        InvalidProject::MissingThemeNote { theme, note } => tr.tr_args(
            "error-missing-theme-note",
            &[("theme", (*theme).into()), ("note", (*note).into())],
        ),
        InvalidProject::NoteInTwoThemes { note } => {
            tr.tr_args("error-note-in-two-themes", &[("note", (*note).into())])
        }
        InvalidProject::BadCopy { id } => tr.tr_args("error-bad-copy", &[("id", (*id).into())]),
        InvalidProject::BadThemePosition { id } => {
            tr.tr_args("error-bad-theme-position", &[("id", (*id).into())])
        }
        InvalidProject::DuplicateTheme { id } => {
            tr.tr_args("error-duplicate-theme", &[("id", (*id).into())])
        }
        InvalidProject::BadPicture { id } => {
            tr.tr_args("error-bad-picture", &[("id", (*id).into())])
        }
        InvalidProject::DuplicateHeading { id } => {
            tr.tr_args("error-duplicate-heading", &[("id", (*id).into())])
        }
        InvalidProject::BadHeadingPosition { id } => {
            tr.tr_args("error-bad-heading-position", &[("id", (*id).into())])
        }
        InvalidProject::BadDefinition => tr.tr("error-bad-definition"),
    }
}

/// Why a save failed; the file on disk is always unchanged when this is shown.
pub fn save_error(tr: &I18n, err: &SaveError) -> String {
    match err {
        SaveError::Io(io) => tr.tr_args("error-write", &[("reason", Arg::Str(&io.to_string()))]),
        SaveError::Serialize(detail) => tr.tr_args("error-serialize", &[("detail", detail.into())]),
        SaveError::Verify => tr.tr("error-verify"),
        SaveError::WouldOverwriteNewer => tr.tr("error-would-overwrite-newer"),
        SaveError::ChangedOnDisk => tr.tr("error-changed-on-disk"),
        SaveError::TooLarge { limit } => tr.tr_args(
            "error-save-too-large",
            &[("megabytes", (*limit / (1024 * 1024)).into())],
        ),
    }
}

/// The characters an export drew as a mark because its font has none, in words.
pub fn replaced_characters(tr: &I18n, replaced: &[char], mark: char) -> Option<String> {
    if replaced.is_empty() {
        return None;
    }
    let shown: String = replaced.iter().take(40).flat_map(|c| [*c, ' ']).collect();
    Some(tr.tr_args(
        "export-replaced-characters",
        &[
            ("characters", Arg::Str(shown.trim_end())),
            ("mark", Arg::Str(&mark.to_string())),
        ],
    ))
}

/// Why an action was refused (a stale selection, say).
pub fn command_error(tr: &I18n, err: &CommandError) -> String {
    match err {
        CommandError::MissingNote(_) => tr.tr("error-missing-note"),
        CommandError::DuplicateNote(_) | CommandError::DuplicateHeading(_) => {
            tr.tr("error-command-duplicate")
        }
        CommandError::InvalidPosition => tr.tr("error-invalid-position"),
        CommandError::Empty => tr.tr("error-nothing-to-do"),
        CommandError::MissingTheme(_) => tr.tr("error-missing-theme"),
        CommandError::MissingHeading(_) => tr.tr("error-missing-heading"),
        CommandError::NoDotsLeft => tr.tr("error-no-dots-left"),
        CommandError::PicturesTooLarge => tr.tr("error-pictures-too-large"),
        CommandError::TooLong { limit } => {
            tr.tr_args("error-command-too-long", &[("limit", (*limit).into())])
        }
        CommandError::TooMany { limit } => {
            tr.tr_args("error-command-too-many", &[("limit", (*limit).into())])
        }
        CommandError::MissingParticipant(_) => tr.tr("error-missing-participant"),
        CommandError::MissingVersion(_) => tr.tr("error-missing-version"),
        CommandError::Approved(number) => {
            tr.tr_args("error-version-approved", &[("number", (*number).into())])
        }
        CommandError::InTheme(_) => tr.tr("error-note-in-theme"),
    }
}

/// A change from the History panel in plain words ("Moved 3 notes into “Trust”").
pub fn describe_change(tr: &I18n, description: &crate::command::Description) -> String {
    tr.tr_args(
        description.message,
        &[
            ("count", description.count.into()),
            ("name", Arg::Str(&description.name)),
            ("other", Arg::Str(&description.other)),
        ],
    )
}

/// What a phone did, in words: while phones' votes are hidden, a dot is said without its
/// theme, so the projector does not give away how the vote is going.
pub fn describe_arrival(
    tr: &I18n,
    description: &crate::command::Description,
    votes_hidden: bool,
) -> String {
    let hidden = match description.message {
        "history-phone-dot" if votes_hidden => Some("history-phone-dot-hidden"),
        "history-phone-withdraw" if votes_hidden => Some("history-phone-withdraw-hidden"),
        _ => None,
    };
    match hidden {
        Some(id) => tr.tr(id),
        None => describe_change(tr, description),
    }
}

fn megabytes(bytes: u64) -> f64 {
    (bytes as f64 / (1024.0 * 1024.0) * 10.0).round() / 10.0
}
