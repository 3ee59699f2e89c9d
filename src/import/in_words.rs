//! Import outcomes in plain words: the summary after an import, and why a file or picture
//! was refused.

use super::picture::PictureError;
use super::{ImportError, ImportReport};
use crate::i18n::{Arg, I18n, labels};

/// "Imported 182 contributions, skipped 1 blank row, 3 unknown kinds (kept as written)."
pub fn import_summary(tr: &I18n, report: &ImportReport) -> String {
    let first = match report.people {
        Some(people) => tr.tr_args(
            "import-summary-people",
            &[("count", report.imported.into()), ("people", people.into())],
        ),
        None => tr.tr_args("import-summary", &[("count", report.imported.into())]),
    };
    let mut parts = vec![first];
    let extras = [
        ("import-skipped-blank", report.skipped_blank),
        ("import-rows-without-words", report.rows_without_words),
        ("import-placeholders", report.placeholders),
        ("import-unknown-prompts", report.unknown_prompts),
        ("import-unknown-kinds", report.unknown_kinds),
        ("import-unknown-languages", report.unknown_languages),
        ("import-unclear-consents", report.unclear_consents),
    ];
    for (message, count) in extras {
        if count > 0 {
            parts.push(tr.tr_args(message, &[("count", count.into())]));
        }
    }
    let mut text = parts.join(", ");
    text.push('.');
    if report.already_here > 0 {
        text.push(' ');
        text.push_str(&tr.tr_args(
            "import-already-here",
            &[
                ("here", report.already_here.into()),
                ("new", report.new_responses.into()),
            ],
        ));
    }
    if report.no_consent_column && report.imported > 0 {
        text.push(' ');
        text.push_str(&tr.tr("import-no-consent-column"));
    }
    if let Some(tool) = report.tool {
        text.push(' ');
        text.push_str(&tr.tr_args("import-layout", &[("tool", Arg::Str(tool.name()))]));
    }
    if !report.left_out.is_empty() {
        text.push(' ');
        text.push_str(&tr.tr_args(
            "import-left-out",
            &[("columns", Arg::Str(&report.left_out.join(", ")))],
        ));
    }
    if let Some(sheet) = &report.sheet {
        text.push(' ');
        text.push_str(&if sheet.others.is_empty() {
            tr.tr_args("import-sheet", &[("sheet", Arg::Str(&sheet.read))])
        } else {
            tr.tr_args(
                "import-sheet-of-several",
                &[
                    ("sheet", Arg::Str(&sheet.read)),
                    ("others", Arg::Str(&sheet.others.join(", "))),
                ],
            )
        });
    }
    if report.windows_1252 {
        text.push(' ');
        text.push_str(&tr.tr("import-windows-1252"));
    }
    if !report.extra_columns.is_empty() {
        text.push(' ');
        text.push_str(&tr.tr_args(
            "import-extra-columns",
            &[("columns", Arg::Str(&report.extra_columns.join(", ")))],
        ));
    }
    text
}

/// What each column was read as, one line each: `“Smell?”: contributions (Smells like)`.
pub fn columns_read(tr: &I18n, report: &ImportReport) -> Vec<String> {
    report
        .columns_read
        .iter()
        .map(|(name, role)| {
            let role = column_use(tr, role);
            tr.tr_args(
                "import-read-as",
                &[("column", Arg::Str(name)), ("role", Arg::Str(&role))],
            )
        })
        .collect()
}

/// What a column is read as, in words ("the consent", "contributions (Smells like)").
pub fn column_use(tr: &I18n, role: &crate::model::ColumnUse) -> String {
    use crate::model::ColumnUse;
    match role {
        ColumnUse::Question(crate::model::Prompt::Other(_)) => tr.tr("import-read-as-own-question"),
        ColumnUse::Question(prompt) => tr.tr_args(
            "import-read-as-question",
            &[("prompt", Arg::Str(&labels::prompt(tr, prompt)))],
        ),
        ColumnUse::Text => tr.tr("import-read-as-text"),
        ColumnUse::Prompt => tr.tr("import-read-as-prompt"),
        ColumnUse::Kind => tr.tr("import-read-as-kind"),
        ColumnUse::Group => tr.tr("import-read-as-group"),
        ColumnUse::Author => tr.tr("import-read-as-author"),
        ColumnUse::Language => tr.tr("import-read-as-language"),
        ColumnUse::Consent => tr.tr("import-read-as-consent"),
        ColumnUse::Respondent => tr.tr("import-read-as-respondent"),
        ColumnUse::Extra => tr.tr("import-read-as-extra"),
        ColumnUse::LeftOut => tr.tr("import-read-as-left-out"),
    }
}

/// Why a spreadsheet was not imported.
pub fn import_error(tr: &I18n, err: &ImportError) -> String {
    match err {
        ImportError::Empty => tr.tr("import-error-empty"),
        ImportError::NoRows => tr.tr("import-error-no-rows"),
        ImportError::NoOpenQuestion { found } => tr.tr_args(
            "import-error-no-open-question",
            &[("found", Arg::Str(found))],
        ),
        ImportError::BadWorkbook { message } => tr.tr_args(
            "import-error-bad-workbook",
            &[("reason", Arg::Str(message))],
        ),
        ImportError::WorkbookTooLarge => tr.tr("import-error-workbook-too-large"),
        ImportError::SheetTooLarge => tr.tr("import-error-sheet-too-large"),
        ImportError::NoAnswerColumn { found } => tr.tr_args(
            "import-error-no-answer-column",
            &[("found", Arg::Str(found))],
        ),
        ImportError::NoSuchSheet { name, sheets } => tr.tr_args(
            "import-error-no-such-sheet",
            &[("name", Arg::Str(name)), ("sheets", Arg::Str(sheets))],
        ),
        ImportError::NotUtf8 { line } => {
            tr.tr_args("import-error-not-utf8", &[("line", (*line).into())])
        }
        ImportError::TooLarge { limit } => tr.tr_args(
            "import-error-too-large",
            &[("megabytes", (*limit / (1024 * 1024)).into())],
        ),
        ImportError::TooManyRows { limit } => {
            tr.tr_args("import-error-too-many-rows", &[("limit", (*limit).into())])
        }
        ImportError::TextTooLong { line, limit } => tr.tr_args(
            "import-error-text-too-long",
            &[("line", (*line).into()), ("limit", (*limit).into())],
        ),
        ImportError::Malformed { line, message } => tr.tr_args(
            "import-error-malformed",
            &[("line", (*line).into()), ("detail", Arg::Str(message))],
        ),
    }
}

/// Why a picture was not added.
pub fn picture_error(tr: &I18n, err: &PictureError) -> String {
    match err {
        PictureError::NotAPicture => tr.tr("picture-error-not-a-picture"),
        PictureError::TooLarge {
            width,
            height,
            limit,
        } => tr.tr_args(
            "picture-error-too-large",
            &[
                ("width", (*width).into()),
                ("height", (*height).into()),
                ("limit", (*limit).into()),
            ],
        ),
        PictureError::FileTooLarge { limit } => tr.tr_args(
            "picture-error-file-too-large",
            &[("megabytes", (*limit / (1024 * 1024)).into())],
        ),
        PictureError::Damaged(detail) => {
            tr.tr_args("picture-error-damaged", &[("detail", Arg::Str(detail))])
        }
    }
}

/// One difference in words: “Warm tea”: here “may be quoted with name”, in Table 2 “do not
/// quote” → both “do not quote”.
pub fn consent_difference(
    tr: &I18n,
    source: &str,
    difference: &crate::command::ConsentDifference,
) -> String {
    let text: String = difference.text.chars().take(60).collect();
    tr.tr_args(
        "board-consent-difference",
        &[
            ("text", Arg::Str(&text)),
            ("here", Arg::Str(&labels::consent(tr, difference.here))),
            ("source", Arg::Str(source)),
            ("there", Arg::Str(&labels::consent(tr, difference.there))),
            ("agreed", Arg::Str(&labels::consent(tr, difference.agreed))),
        ],
    )
}
