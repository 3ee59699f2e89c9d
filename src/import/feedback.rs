//! Sense-check responses in bulk: a survey export with an agree / agree with changes /
//! disagree question and a comment, read as feedback on a version of the definition. The
//! answer column is the one whose cells read as answers; names are never read in: each
//! response is from its group (when the form asked) or its response number.

use std::collections::BTreeMap;

use super::column_roles::question_prompt;
use super::error::ImportError;
use super::table::load_grid;
use super::words;
use crate::model::definition::{Feedback, Response};

/// Responses read and waiting for the user to add them to a version.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeedbackImport {
    pub responses: Vec<Feedback>,
    /// Rows whose answer said neither agree nor disagree: not added, counted.
    pub unclear: usize,
    /// Rows with no answer at all.
    pub blank: usize,
}

impl FeedbackImport {
    /// How many of each answer, for the question and the summary.
    pub fn tally(&self) -> BTreeMap<Response, usize> {
        let mut tally = BTreeMap::new();
        for feedback in &self.responses {
            *tally.entry(feedback.response).or_default() += 1;
        }
        tally
    }
}

/// The answer a cell gives, by its meaning in English or Welsh; none when it says neither
/// ("Neither agree nor disagree", "Not sure").
pub fn response(value: &str) -> Option<Response> {
    let lower: String = value
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded = format!(
        " {} ",
        lower.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    let has = |phrase: &str| padded.contains(&format!(" {phrase} "));
    let agrees = padded.contains("agree") || padded.contains("cytuno") || has("yes") || has("ydw");
    if has("neither") || has("not sure") || has("ddim yn siŵr") || has("ddim yn siwr") {
        return None;
    }
    let disagrees = padded.contains("disagree")
        || padded.contains("anghytuno")
        || has("don t agree")
        || has("do not agree")
        || has("ddim yn cytuno")
        || has("nid wyf yn cytuno")
        || has("no")
        || has("na");
    if disagrees {
        return Some(Response::Disagree);
    }
    let changes = [
        "change",
        "changes",
        "amend",
        "but",
        "newid",
        "newidiadau",
        "gyda",
        "ond",
    ]
    .iter()
    .any(|w| has(w));
    match (agrees, changes) {
        (true, true) => Some(Response::AgreeWithChanges),
        (true, false) => Some(Response::Agree),
        _ => None,
    }
}

/// Reads the responses in a CSV file or a workbook's sheet.
pub fn read_feedback(bytes: &[u8], sheet: Option<&str>) -> Result<FeedbackImport, ImportError> {
    let grid = load_grid(bytes, sheet)?.grid;
    if grid.rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    let squashed: Vec<String> = grid.headers.iter().map(|h| words::squash(h)).collect();
    // The answer column: the one whose cells most often read as an answer (a contribution
    // question that happens to mention a sense is never it).
    let answer = (0..grid.headers.len())
        .filter(|i| question_prompt(&grid.headers[*i]).is_none())
        .map(|i| {
            let read = grid
                .rows
                .iter()
                .filter(|row| response(row.cell(Some(i))).is_some())
                .count();
            (read, i)
        })
        .filter(|(read, _)| *read > 0)
        .max_by_key(|(read, i)| (*read, std::cmp::Reverse(*i)))
        .map(|(_, i)| i)
        .ok_or_else(|| ImportError::NoAnswerColumn {
            found: grid.headers.join(", "),
        })?;
    let find = |words: &[&str]| {
        squashed
            .iter()
            .enumerate()
            .position(|(i, h)| i != answer && words.iter().any(|w| h.contains(w)))
    };
    let comment = find(&[
        "comment", "change", "why", "suggest", "sylw", "newid", "pam", "awgrym",
    ]);
    let group = find(&[
        "group",
        "forum",
        "organisation",
        "grŵp",
        "grwp",
        "fforwm",
        "sefydliad",
    ]);
    let id = squashed.iter().position(|h| {
        matches!(
            h.as_str(),
            "id" | "respondentid" | "responseid" | "submissionid"
        )
    });
    let mut import = FeedbackImport::default();
    for row in &grid.rows {
        let said = row.cell(Some(answer));
        if said.trim().is_empty() {
            import.blank += 1;
            continue;
        }
        let Some(response) = response(said) else {
            import.unclear += 1;
            continue;
        };
        let from = match (group.map(|g| row.cell(Some(g)).trim()), id) {
            (Some(group), _) if !group.is_empty() => group.to_owned(),
            (_, Some(id)) if !row.cell(Some(id)).trim().is_empty() => {
                format!("#{}", row.cell(Some(id)).trim())
            }
            _ => format!("#{}", row.line),
        };
        import.responses.push(Feedback {
            from,
            response,
            comment: row.cell(comment).trim().to_owned(),
        });
    }
    Ok(import)
}
