//! Which column holds what, as the roles say (Cytûn's reading of each column, or the
//! user's choice in the preview): the contributions, or each open question; the prompt,
//! kind, group, author, language and consent; who gave it; extra detail kept on each note;
//! personal columns left out. A question asked as one column per choice, or with an "Other
//! (please specify)" column, is read as one answer.

use super::error::ImportError;
use super::personal::{Personal, by_header};
use super::tools::SurveyTool;
use super::words;
use crate::model::Prompt;

pub use crate::model::ColumnUse;

/// Which column holds what.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    /// The text column of a sheet with one contribution per row; none for a survey export.
    pub text: Option<usize>,
    /// The question columns of a survey export, each with the prompt it asks.
    pub questions: Vec<(usize, Prompt)>,
    pub prompt: Option<usize>,
    pub kind: Option<usize>,
    pub group: Option<usize>,
    /// A table question asked as one column per choice ("Which table?: Table 1", …).
    pub group_choices: Vec<usize>,
    pub author: Option<usize>,
    pub language: Option<usize>,
    /// A language question asked as one column per choice.
    pub language_choices: Vec<usize>,
    pub language_name: String,
    pub consent: Option<usize>,
    /// A consent question asked as one column per choice (SurveyMonkey's "Can we quote you?:
    /// Yes, anonymously", "…: No"): the chosen one's cell holds its label.
    pub consent_choices: Vec<usize>,
    pub consent_name: String,
    pub respondent: Option<usize>,
    pub tool: Option<SurveyTool>,
    /// A person's name, left out: used as the author only of someone who asked to be quoted
    /// with their name.
    pub credit_name: Option<usize>,
    /// Every other column with a name, by index, named uniquely.
    pub extra: Vec<(usize, String)>,
    /// Personal columns left out, by name.
    pub left_out: Vec<String>,
    /// The same, by index.
    pub left_out_at: Vec<usize>,
}

impl Columns {
    /// Each named column with what it was read as, in the sheet's order.
    pub fn uses(&self, headers: &[String]) -> Vec<(String, ColumnUse)> {
        let roles = self.roles(headers.len());
        headers
            .iter()
            .zip(roles)
            .filter(|(h, _)| !h.trim().is_empty())
            .map(|(header, role)| (header.trim().to_owned(), role))
            .collect()
    }

    /// What each of the `count` columns is read as, by index.
    pub fn roles(&self, count: usize) -> Vec<ColumnUse> {
        let roles = [
            (self.text, ColumnUse::Text),
            (self.prompt, ColumnUse::Prompt),
            (self.kind, ColumnUse::Kind),
            (self.group, ColumnUse::Group),
            (self.author, ColumnUse::Author),
            (self.language, ColumnUse::Language),
            (self.consent, ColumnUse::Consent),
            (self.respondent, ColumnUse::Respondent),
        ];
        (0..count)
            .map(|index| {
                roles
                    .iter()
                    .find(|(at, _)| *at == Some(index))
                    .map(|(_, role)| role.clone())
                    .or_else(|| {
                        [
                            (&self.consent_choices, ColumnUse::Consent),
                            (&self.group_choices, ColumnUse::Group),
                            (&self.language_choices, ColumnUse::Language),
                        ]
                        .into_iter()
                        .find(|(choices, _)| choices.contains(&index))
                        .map(|(_, role)| role)
                    })
                    .or_else(|| {
                        self.questions
                            .iter()
                            .find(|(at, _)| *at == index)
                            .map(|(_, prompt)| ColumnUse::Question(prompt.clone()))
                    })
                    .unwrap_or(if self.left_out_at.contains(&index) {
                        ColumnUse::LeftOut
                    } else {
                        ColumnUse::Extra
                    })
            })
            .collect()
    }

    /// The columns as `roles` says, one role per column by index (a missing role is extra
    /// detail). Refused when no column holds the contributions.
    pub fn from_roles(
        headers: &[String],
        tool: Option<SurveyTool>,
        roles: &[ColumnUse],
    ) -> Result<Self, ImportError> {
        let mut columns = Self {
            tool,
            ..Self::default()
        };
        let role = |index: usize| roles.get(index).unwrap_or(&ColumnUse::Extra);
        let first = |wanted: ColumnUse| (0..headers.len()).find(|i| *role(*i) == wanted);
        columns.text = first(ColumnUse::Text);
        columns.prompt = first(ColumnUse::Prompt);
        columns.kind = first(ColumnUse::Kind);
        columns.author = first(ColumnUse::Author);
        columns.respondent = first(ColumnUse::Respondent);
        // One column, or several: one column per choice, the chosen one's cell holding its
        // label.
        let one_or_choices = |wanted: ColumnUse| -> (Option<usize>, Vec<usize>) {
            let all: Vec<usize> = (0..headers.len()).filter(|i| *role(*i) == wanted).collect();
            match all.as_slice() {
                [one] => (Some(*one), Vec::new()),
                _ => (None, all),
            }
        };
        (columns.group, columns.group_choices) = one_or_choices(ColumnUse::Group);
        (columns.language, columns.language_choices) = one_or_choices(ColumnUse::Language);
        (columns.consent, columns.consent_choices) = one_or_choices(ColumnUse::Consent);
        for (index, header) in headers.iter().enumerate() {
            match role(index) {
                ColumnUse::Question(prompt) => columns.questions.push((index, prompt.clone())),
                ColumnUse::LeftOut => {
                    columns.left_out.push(header.trim().to_owned());
                    columns.left_out_at.push(index);
                    if columns.credit_name.is_none() && by_header(header) == Some(Personal::Name) {
                        columns.credit_name = Some(index);
                    }
                }
                ColumnUse::Text if columns.text != Some(index) => {
                    // A second text column: its answers are contributions too.
                    columns.questions.push((index, Prompt::Unspecified));
                }
                ColumnUse::Extra => {
                    let name = header.trim();
                    if name.is_empty() {
                        continue;
                    }
                    let mut unique = name.to_owned();
                    let mut n = 2;
                    while columns.extra.iter().any(|(_, taken)| *taken == unique) {
                        unique = format!("{name} ({n})");
                        n += 1;
                    }
                    columns.extra.push((index, unique));
                }
                _ => {}
            }
        }
        if columns.text.is_none() && columns.questions.is_empty() {
            return Err(ImportError::NoOpenQuestion {
                found: headers
                    .iter()
                    .map(|h| h.trim())
                    .filter(|h| !h.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        let name_of = |index: Option<usize>, fallback: &str| {
            index
                .and_then(|i| headers.get(i))
                .map_or_else(|| fallback.to_owned(), |h| h.trim().to_owned())
        };
        // A question asked as one column per choice is named by its own words, without the
        // choice.
        let question_of = |choices: &[usize]| {
            choices.first().map(|first| {
                headers[*first].split_once(": ").map_or_else(
                    || headers[*first].trim().to_owned(),
                    |(q, _)| q.trim().to_owned(),
                )
            })
        };
        columns.language_name = question_of(&columns.language_choices)
            .unwrap_or_else(|| name_of(columns.language, "language"));
        columns.consent_name = question_of(&columns.consent_choices)
            .unwrap_or_else(|| name_of(columns.consent, "consent"));
        Ok(columns)
    }
}

impl Columns {
    /// Whether the sheet asks what people agreed to (one column, or one per choice).
    pub fn asks_consent(&self) -> bool {
        self.consent.is_some() || !self.consent_choices.is_empty()
    }

    /// A row's consent answer: its consent cell, or with one column per choice, the label in
    /// the chosen one's cell.
    pub fn consent_cell<'r>(&self, row: &'r super::grid::Row) -> &'r str {
        answer(row, self.consent, &self.consent_choices)
    }

    /// A row's group (its table), from its column or its columns per choice.
    pub fn group_cell<'r>(&self, row: &'r super::grid::Row) -> &'r str {
        answer(row, self.group, &self.group_choices)
    }

    /// A row's language, from its column or its columns per choice.
    pub fn language_cell<'r>(&self, row: &'r super::grid::Row) -> &'r str {
        answer(row, self.language, &self.language_choices)
    }

    /// Whether the sheet says which language (one column, or one per choice).
    pub fn asks_language(&self) -> bool {
        self.language.is_some() || !self.language_choices.is_empty()
    }
}

/// A question's answer in `row`: its one column's cell, else the first filled cell of its
/// columns per choice (each holds its choice's label when ticked, an "Other (please
/// specify)" column what the person wrote). A bare "Other" gives way to what was written.
fn answer<'r>(row: &'r super::grid::Row, single: Option<usize>, choices: &[usize]) -> &'r str {
    if choices.is_empty() {
        return row.cell(single);
    }
    let filled: Vec<&str> = choices
        .iter()
        .map(|i| row.cell(Some(*i)))
        .filter(|value| !value.trim().is_empty())
        .collect();
    filled
        .iter()
        .find(|value| !words::is_other_choice(value))
        .or(filled.first())
        .copied()
        .unwrap_or("")
}
