//! `cytun export FILE --format ...`: a report, the contributions or the definition written
//! without a window, through the same outbound filter as the app's.

use std::path::Path;

use super::{Outcome, load_or_fail};
use crate::export::{ExportFormat, ExportOptions, in_words};
use crate::i18n::{self, Arg, I18n};
use crate::store;

/// `cytun export FILE --format md|csv|txt|docx|xlsx|pdf [--lang en|cy|both]`.
pub fn export(
    file: &Path,
    (format, language): (ExportFormat, crate::export::ReportLanguage),
    out: Option<&Path>,
    options: &ExportOptions,
    tr: &I18n,
) -> Outcome {
    let project = match load_or_fail(file, tr) {
        Ok(project) => project,
        Err(outcome) => return outcome,
    };
    let target = out.map_or_else(|| file.with_extension(format.extension()), Path::to_owned);
    // Everything written passes through the one outbound filter; its findings are what the
    // user is warned of.
    let outbound = crate::export::outbound(&project, tr, options);
    let mut stderr = String::new();
    if !options.redact {
        for finding in outbound.findings() {
            stderr.push_str(&in_words::finding(tr, &project, finding));
            stderr.push('\n');
        }
    }
    let rendered = match crate::export::render_summarised(&project, options, language, format) {
        Ok(rendered) => rendered,
        // Nothing is written: an earlier file at the target stays as it was.
        Err(err) => {
            stderr.push_str(&tr.tr_args(
                "message-export-failed",
                &[
                    ("path", Arg::Str(&target.display().to_string())),
                    (
                        "reason",
                        Arg::Str(&crate::export::in_words::export_error(tr, &err)),
                    ),
                ],
            ));
            return Outcome {
                exit_code: 1,
                stdout: String::new(),
                stderr,
            };
        }
    };
    if let Some(said) = i18n::replaced_characters(tr, &rendered.replaced, rendered.mark) {
        stderr.push_str(&said);
        stderr.push('\n');
    }
    match store::write_atomically(&target, &rendered.bytes) {
        Ok(()) => Outcome {
            exit_code: 0,
            stdout: tr.tr_args(
                "export-written",
                &[("path", Arg::Str(&target.display().to_string()))],
            ),
            stderr,
        },
        Err(err) => Outcome {
            exit_code: 1,
            stdout: String::new(),
            stderr: tr.tr_args("error-write", &[("reason", Arg::Str(&err.to_string()))]),
        },
    }
}
