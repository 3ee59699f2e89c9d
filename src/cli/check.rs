//! `cytun check FILE`: is this project file whole and readable? Never changes it.

use std::path::Path;

use super::Outcome;
use crate::i18n::{self, I18n};
use crate::store;

/// `cytun check FILE`.
pub fn check(file: &Path, tr: &I18n) -> Outcome {
    match store::load(file) {
        Ok(project) => Outcome {
            exit_code: 0,
            stdout: tr.tr_args(
                "check-summary",
                &[
                    ("notes", project.notes.len().into()),
                    ("themes", project.themes.len().into()),
                ],
            ),
            stderr: String::new(),
        },
        Err(err) => {
            let what = i18n::load_error(tr, &err);
            let place = match err.position() {
                Some((line, column)) => format!("{}:{line}:{column}", file.display()),
                None => file.display().to_string(),
            };
            Outcome {
                exit_code: 1,
                stdout: String::new(),
                stderr: format!("{place}: {what}"),
            }
        }
    }
}
