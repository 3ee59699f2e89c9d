//! `cytun suggest FILE`: the groups Cytûn would suggest for the project's loose notes, so a
//! coordinator can look at them before the session, and their quality can be measured.
//! What is printed passes the outbound filter (a note not to be quoted is not quoted).

use std::path::Path;

use super::{Outcome, failed, load_or_fail};
use crate::analysis::meaning::{self, MODEL_NAME, VectorCache};
use crate::analysis::suggest::{
    By, DEFAULT_MORE, Groupings, MAX_NOTES, Stopped, Suggestion, group_by_meaning, group_notes,
    loose_notes,
};
use crate::export::{ExportOptions, Outbound, spreadsheet_cell};
use crate::i18n::{Arg, I18n};
use crate::model::NoteId;

/// How `cytun suggest` writes the groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SuggestFormat {
    /// One row per note: group, id, text.
    Csv,
    /// An array of groups, each with its number, name, reason and notes.
    Json,
}

/// `cytun suggest FILE [--groups N] [--format csv|json] [--by meaning|words]`.
pub fn suggest(
    file: &Path,
    groups: Option<usize>,
    format: SuggestFormat,
    by: By,
    tr: &I18n,
) -> Outcome {
    let project = match load_or_fail(file, tr) {
        Ok(project) => project,
        Err(outcome) => return outcome,
    };
    let notes = loose_notes(&project);
    let worked = match by {
        By::Meaning => group_by_meaning(
            &notes,
            meaning::bundled(),
            &VectorCache::default(),
            &mut |_| true,
        ),
        By::Words => group_notes(&notes, &mut |_| true),
    };
    let groupings = match worked {
        Ok(groupings) => groupings,
        Err(Stopped::TooMany { notes }) => {
            return failed(tr.tr_args(
                "cli-suggest-too-many",
                &[("count", notes.into()), ("limit", MAX_NOTES.into())],
            ));
        }
        // Nothing here asks it to stop.
        Err(Stopped::Cancelled) => return failed(String::new()),
    };
    let found = match groups {
        Some(count) => groupings.in_groups(count),
        None => groupings.cut(DEFAULT_MORE),
    };
    // What leaves the program passes the one outbound filter.
    let outbound = Outbound::new(
        &project,
        &ExportOptions::default(),
        &crate::export::marks(tr),
    );
    let text = |id: NoteId| {
        outbound
            .project()
            .notes
            .get(&id)
            .map_or_else(String::new, |note| note.text.clone())
    };
    let stdout = match format {
        SuggestFormat::Csv => as_csv(&found, &text),
        SuggestFormat::Json => as_json(&found, &text),
    };
    Outcome {
        exit_code: 0,
        stdout,
        stderr: summary(tr, &groupings, found.len(), notes.len()),
    }
}

/// What was grouped and how, for standard error.
fn summary(tr: &I18n, groupings: &Groupings, groups: usize, notes: usize) -> String {
    let counts = [("groups", groups.into()), ("notes", notes.into())];
    let mut said = match groupings.by {
        By::Meaning => tr.tr_args(
            "cli-suggest-by-meaning",
            &[counts[0], counts[1], ("model", Arg::Str(MODEL_NAME))],
        ),
        By::Words => tr.tr_args("cli-suggest-by-words", &counts),
    };
    if let Some(why) = &groupings.fallback {
        said = format!(
            "{}\n{said}",
            tr.tr_args("suggest-no-model", &[("reason", Arg::Str(why))])
        );
    }
    said
}

/// One row per note: the group's number (from 1, largest first), the note's id, its text.
fn as_csv(found: &[Suggestion], text: &dyn Fn(NoteId) -> String) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(["group", "id", "text"]);
    for (number, suggestion) in found.iter().enumerate() {
        for id in &suggestion.notes {
            let text = text(*id);
            let _ = writer.write_record([
                (number + 1).to_string(),
                id.0.to_string(),
                spreadsheet_cell(&text).into_owned(),
            ]);
        }
    }
    writer
        .into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

/// The groups as JSON: number, starting name, the words shared or the closest pair, notes.
fn as_json(found: &[Suggestion], text: &dyn Fn(NoteId) -> String) -> String {
    let groups: Vec<serde_json::Value> = found
        .iter()
        .enumerate()
        .map(|(number, suggestion)| {
            serde_json::json!({
                "group": number + 1,
                "name": suggestion.title(),
                "shared": suggestion.shared.iter()
                    .map(|(word, count)| serde_json::json!({"word": word, "notes": count}))
                    .collect::<Vec<_>>(),
                "closest": suggestion.closest.map(|(a, b)| [a.0, b.0]),
                "notes": suggestion.notes.iter()
                    .map(|id| serde_json::json!({"id": id.0, "text": text(*id)}))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&groups).unwrap_or_default();
    json.push('\n');
    json
}
