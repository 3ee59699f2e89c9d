//! What an import would do, before anything is added: each column's use and each coded
//! answer's reading, as Cytûn guessed them and as the user changed them. The window shows it
//! and lets every choice be changed; the command line takes it as it is. Both add exactly
//! what `outcome` holds.

use std::collections::BTreeMap;

use super::column_roles::{guess, profiles};
use super::columns::Columns;
use super::drafts::drafts;
use super::error::ImportError;
use super::grid::Grid;
use super::table::Imported;
use super::tools::SurveyTool;
use super::words;
use crate::model::{AnswerReading, Coded, ColumnUse, ImportForm};

/// How many first rows the preview shows.
pub const SAMPLE_ROWS: usize = 5;
/// Most different answers listed for one coded column; the rest are read as Cytûn reads them.
pub const MAX_LISTED_ANSWERS: usize = 60;

/// A sheet as it would be imported with the choices made so far.
#[derive(Clone, Debug)]
pub struct Preview {
    pub headers: Vec<String>,
    /// The first rows, every cell as written.
    pub sample: Vec<Vec<String>>,
    /// The survey tool whose export this is, when recognised.
    pub tool: Option<SurveyTool>,
    /// What each column is read as, by index.
    pub roles: Vec<ColumnUse>,
    /// The coded columns present, each with its different answers.
    pub coded: Vec<CodedColumn>,
    /// What importing now adds, or why it cannot.
    pub outcome: Result<Imported, ImportError>,
}

/// One coded column (prompt, kind, language or consent) and the answers in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodedColumn {
    pub coded: Coded,
    /// The column's name (a choice-per-column question: the question's words).
    pub name: String,
    /// Each different answer once, most frequent first.
    pub answers: Vec<CodedAnswer>,
    /// How many more different answers there are than are listed.
    pub more: usize,
}

/// One answer as written, how often it was given, and how it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodedAnswer {
    pub value: String,
    pub count: usize,
    /// How it is read; `None` when Cytûn cannot tell (a prompt or kind kept as written, a
    /// language kept as extra detail, a consent read as "not to be quoted").
    pub reading: Option<AnswerReading>,
    /// The user chose this reading (for this form), rather than Cytûn guessing it.
    pub chosen: bool,
}

impl CodedAnswer {
    /// A consent nobody has decided: shown plainly, read as "not to be quoted".
    pub fn is_unclear_consent(&self, coded: Coded) -> bool {
        coded == Coded::Consent && self.reading.is_none()
    }
}

/// The roles Cytûn guesses for `grid`, with the user's choices in `form` laid over them
/// (a use only one column can have moves to the column chosen for it).
pub fn roles_with_choices(grid: &Grid, form: &ImportForm) -> (Option<SurveyTool>, Vec<ColumnUse>) {
    let guessed = guess(grid, &profiles(grid));
    let mut roles = guessed.roles;
    for (name, role) in &form.columns {
        let Some(index) = grid.headers.iter().position(|h| h.trim() == name) else {
            continue;
        };
        if role.is_single() {
            for other in &mut roles {
                if other == role {
                    *other = ColumnUse::Extra;
                }
            }
        }
        roles[index] = role.clone();
    }
    (guessed.tool, roles)
}

/// The preview of `grid` read with `form`'s choices. Personal columns' cells are never in
/// the sample: the preview is shown on the projector.
pub fn preview(grid: &Grid, form: &ImportForm) -> Preview {
    let (tool, roles) = roles_with_choices(grid, form);
    let columns = Columns::from_roles(&grid.headers, tool, &roles);
    let coded = columns
        .as_ref()
        .map(|columns| coded_columns(grid, columns, &grid.headers, form))
        .unwrap_or_default();
    let outcome = columns.and_then(|columns| drafts(grid, &columns, form));
    let hidden = |index: usize| roles.get(index) == Some(&ColumnUse::LeftOut);
    Preview {
        headers: grid.headers.clone(),
        sample: grid
            .rows
            .iter()
            .filter(|row| !row.is_blank())
            .take(SAMPLE_ROWS)
            .map(|row| {
                row.cells
                    .iter()
                    .enumerate()
                    .map(|(i, cell)| {
                        if hidden(i) {
                            String::new()
                        } else {
                            cell.clone()
                        }
                    })
                    .collect()
            })
            .collect(),
        tool,
        roles,
        coded,
        outcome,
    }
}

fn coded_columns(
    grid: &Grid,
    columns: &Columns,
    headers: &[String],
    form: &ImportForm,
) -> Vec<CodedColumn> {
    let name = |index: Option<usize>| {
        index
            .and_then(|i| headers.get(i))
            .map(|h| h.trim().to_owned())
    };
    let mut found = Vec::new();
    let mut add = |coded: Coded, name: String, cell: &dyn Fn(&super::grid::Row) -> String| {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        // A blank row is nobody's answer: it is in no tally.
        for row in grid.rows.iter().filter(|row| !row.is_blank()) {
            *counts.entry(cell(row).trim().to_owned()).or_default() += 1;
        }
        let mut answers: Vec<CodedAnswer> = counts
            .into_iter()
            .map(|(value, count)| {
                let chosen = form.answer(coded, &value).cloned();
                CodedAnswer {
                    reading: chosen.clone().or_else(|| guessed(coded, &value)),
                    chosen: chosen.is_some(),
                    value,
                    count,
                }
            })
            .collect();
        answers.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        let more = answers.len().saturating_sub(MAX_LISTED_ANSWERS);
        answers.truncate(MAX_LISTED_ANSWERS);
        found.push(CodedColumn {
            coded,
            name,
            answers,
            more,
        });
    };
    for (coded, index) in [(Coded::Prompt, columns.prompt), (Coded::Kind, columns.kind)] {
        if let Some(column) = name(index) {
            add(coded, column, &|row| row.cell(index).to_owned());
        }
    }
    if columns.asks_language() {
        add(Coded::Language, columns.language_name.clone(), &|row| {
            columns.language_cell(row).to_owned()
        });
    }
    if columns.asks_consent() {
        add(Coded::Consent, columns.consent_name.clone(), &|row| {
            columns.consent_cell(row).to_owned()
        });
    }
    found
}

/// How Cytûn reads `value` in a `coded` column by itself (an empty consent cell is unclear).
fn guessed(coded: Coded, value: &str) -> Option<AnswerReading> {
    match coded {
        Coded::Prompt => words::prompt(value).map(AnswerReading::Prompt),
        Coded::Kind => words::kind(value).map(AnswerReading::Kind),
        Coded::Language => words::language(value).map(AnswerReading::Language),
        Coded::Consent if value.trim().is_empty() => None,
        Coded::Consent => words::consent(value).map(AnswerReading::Consent),
    }
}
