//! `cytun import FILE --into PROJECT.ron`: a sheet, a survey export or another board added
//! to a project without a window.

use std::path::Path;

use super::{Outcome, failed, load_or_fail};
use crate::command::{Command, apply};
use crate::files::{read_error, read_limited};
use crate::i18n::{self, Arg, I18n};
use crate::import::column_label::column_label;
use crate::import::table::read_sheet_as;
use crate::import::{ColumnsBy, arrange};
use crate::model::Project;
use crate::store;

/// `cytun import FILE --into PROJECT.ron`: reads the sheet (or, for a `.ron`, another
/// board), adds its contributions in labelled columns and saves the project (atomically,
/// with a backup), or changes nothing.
pub fn import(file: &Path, sheet: Option<&str>, into: &Path, by: ColumnsBy, tr: &I18n) -> Outcome {
    if file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return import_board(file, into, tr);
    }
    let bytes = match read_limited(file, crate::import::table::MAX_TABLE_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => return failed(format!("{}: {}", file.display(), read_error(tr, &err))),
    };
    let shown = file.display().to_string();
    add_to_project(into, tr, |project| {
        // Read as this project's coordinator chose for the same form last time.
        let mut imported = read_sheet_as(&bytes, sheet, &project.import_forms).map_err(|err| {
            format!(
                "{shown}: {}",
                crate::import::in_words::import_error(tr, &err)
            )
        })?;
        // A fresh download of the same form adds only what is new.
        crate::import::already_here::AlreadyHere::of(project).leave_out(&mut imported);
        // The summary, then what each column was read as, one line each.
        let mut summary = crate::import::in_words::import_summary(tr, &imported.report);
        for line in crate::import::in_words::columns_read(tr, &imported.report) {
            summary.push_str("\n  ");
            summary.push_str(&line);
        }
        let arranged = arrange(project, imported.drafts, by, |draft| {
            column_label(tr, by, draft)
        });
        let command = arranged.into_command();
        Ok((summary, command))
    })
}

/// `cytun import OTHER.ron --into PROJECT.ron`: another table's board, beside this one, its
/// themes marked with where they came from, contributions already here counted once.
fn import_board(file: &Path, into: &Path, tr: &I18n) -> Outcome {
    let other = match load_or_fail(file, tr) {
        Ok(other) => other,
        Err(outcome) => return outcome,
    };
    let source = crate::files::board_name(&other, file);
    let summary = tr.tr_args(
        "history-add-board",
        &[
            ("count", other.notes.len().into()),
            ("name", Arg::Str(&source)),
        ],
    );
    add_to_project(into, tr, |project| {
        let titled = |title: &str| {
            tr.tr_args(
                "theme-from-board",
                &[("title", Arg::Str(title)), ("source", Arg::Str(&source))],
            )
        };
        let arrival = crate::command::bring_in_board(project, &other, &source, titled, true);
        let mut summary = summary.clone();
        if !arrival.consent_differences.is_empty() {
            summary.push('\n');
            summary.push_str(&tr.tr_args(
                "board-consent-differs",
                &[("count", arrival.consent_differences.len().into())],
            ));
            for difference in &arrival.consent_differences {
                summary.push_str("\n  ");
                summary.push_str(&crate::import::in_words::consent_difference(
                    tr, &source, difference,
                ));
            }
        }
        Ok((summary, arrival.command))
    })
}

/// Opens `into` (or starts it, named after the file), applies what `change` makes of it and
/// saves; says the summary `change` gives, or the message it failed with. Refuses a project open in the app: the app would not see the change
/// and could save over it.
fn add_to_project(
    into: &Path,
    tr: &I18n,
    change: impl FnOnce(&Project) -> Result<(String, Option<Command>), String>,
) -> Outcome {
    let (_lock, holder) = store::ProjectLock::acquire(into);
    if let Some(holder) = holder {
        return failed(tr.tr_args(
            "import-error-project-open",
            &[
                ("user", Arg::Str(&holder.user)),
                ("host", Arg::Str(&holder.host)),
            ],
        ));
    }
    let mut project = if into.exists() {
        match load_or_fail(into, tr) {
            Ok(project) => project,
            Err(outcome) => return outcome,
        }
    } else {
        let title = into
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        Project::new(title)
    };
    let (summary, command) = match change(&project) {
        Ok(change) => change,
        Err(message) => return failed(message),
    };
    if let Some(command) = command {
        if let Err(err) = apply(&mut project, command) {
            return failed(i18n::command_error(tr, &err));
        }
        if let Err(err) = store::save(&project, into) {
            return failed(format!(
                "{}: {}",
                into.display(),
                i18n::save_error(tr, &err)
            ));
        }
    }
    Outcome {
        exit_code: 0,
        stdout: summary,
        stderr: String::new(),
    }
}
