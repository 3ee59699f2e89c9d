//! What an export says in words: a finding of the privacy check a coordinator can act on
//! (what kind of personal detail, and where in the project it is: "Contribution 12: “Ring me
//! on…”"), and why an export could not be made.

use crate::i18n::{Arg, I18n};

use super::privacy::DetailKind;
use super::{Finding, Place};

/// A kind of personal detail, as the privacy check names it.
pub fn detail_kind(tr: &I18n, kind: DetailKind) -> String {
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
pub fn place(tr: &I18n, project: &crate::model::Project, place: Place) -> String {
    let theme_title = |id| {
        project
            .themes
            .get(&id)
            .map(|t| t.title.trim().to_owned())
            .unwrap_or_default()
    };
    let excerpt = |id| {
        project
            .note(id)
            .map(|n| crate::i18n::labels::excerpt(&n.text, 60))
            .unwrap_or_default()
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
pub fn finding(tr: &I18n, project: &crate::model::Project, finding: &Finding) -> String {
    tr.tr_args(
        "export-privacy-warning",
        &[
            ("found", Arg::Str(&finding.text)),
            ("kind", Arg::Str(&detail_kind(tr, finding.kind))),
            ("place", Arg::Str(&place(tr, project, finding.place))),
        ],
    )
}

/// Why an export was not made, in words (nothing was written).
pub fn export_error(tr: &I18n, err: &super::ExportError) -> String {
    match err {
        super::ExportError::Pdf(detail) => {
            tr.tr_args("error-export-pdf", &[("detail", detail.into())])
        }
        super::ExportError::Docx(detail) => {
            tr.tr_args("error-export-docx", &[("detail", detail.into())])
        }
        super::ExportError::NothingToExport => tr.tr("error-export-nothing"),
    }
}
