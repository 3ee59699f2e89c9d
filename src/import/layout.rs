//! What each column of a sheet holds. A typed-up sheet has one contribution per row (a `text`
//! column, maybe `prompt`, `group`…); a survey export has one row per person and one column
//! per question ("What does co-production smell like?"), so each answer becomes a note with
//! that question's prompt. The usual survey tools' exports are recognised by their own
//! columns, and the personal ones (e-mail, name, IP address) are never read in.

use super::table::ImportError;
use super::words;
use crate::model::Prompt;

/// The survey tool whose export this is, when its own columns say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    MicrosoftForms,
    GoogleForms,
    SurveyMonkey,
    Typeform,
    Jotform,
}

impl Layout {
    /// The tool's name, as it calls itself (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Self::MicrosoftForms => "Microsoft Forms",
            Self::GoogleForms => "Google Forms",
            Self::SurveyMonkey => "SurveyMonkey",
            Self::Typeform => "Typeform",
            Self::Jotform => "Jotform",
        }
    }

    fn detect(squashed: &[String]) -> Option<Self> {
        let has = |name: &str| squashed.iter().any(|h| h == name);
        if has("starttime") && has("completiontime") {
            Some(Self::MicrosoftForms)
        } else if squashed
            .first()
            .is_some_and(|h| h == "timestamp" || h == "stampamser")
            && squashed
                .iter()
                .any(|h| h.contains("email") || h.contains("ebost"))
        {
            Some(Self::GoogleForms)
        } else if has("respondentid") && has("collectorid") {
            Some(Self::SurveyMonkey)
        } else if has("submitdate(utc)") || (has("#") && has("networkid")) {
            Some(Self::Typeform)
        } else if has("submissiondate") || has("submissionid") {
            Some(Self::Jotform)
        } else {
            None
        }
    }
}

/// Header names (squashed) taken as the contribution's text.
const TEXT_COLUMNS: [&str; 7] = [
    "text",
    "contribution",
    "note",
    "comment",
    "response",
    "testun",
    "cyfraniad",
];

/// Personal columns of survey exports: never made into notes, left out.
const PERSONAL: [&str; 11] = [
    "email",
    "emailaddress",
    "name",
    "firstname",
    "lastname",
    "fullname",
    "ipaddress",
    "submissionip",
    "networkid",
    "enw",
    "cyfeiriadebost",
];

/// Columns that identify a response: kept as where each note came from.
const RESPONDENT: [&str; 7] = [
    "id",
    "respondentid",
    "responseid",
    "submissionid",
    "#",
    "token",
    "respondent",
];

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
    pub layout: Option<Layout>,
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
        layout: Option<Layout>,
        roles: &[ColumnUse],
    ) -> Result<Self, ImportError> {
        let mut columns = Self {
            layout,
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
            return Err(ImportError::NoTextColumn {
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
/// columns per choice (each holds its choice's label when ticked).
fn answer<'r>(row: &'r super::grid::Row, single: Option<usize>, choices: &[usize]) -> &'r str {
    if choices.is_empty() {
        row.cell(single)
    } else {
        choices
            .iter()
            .map(|i| row.cell(Some(*i)))
            .find(|value| !value.trim().is_empty())
            .unwrap_or("")
    }
}

/// The prompt a survey question asks, from its wording in English or Welsh.
pub fn question_prompt(header: &str) -> Option<Prompt> {
    let lower = header.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if any(&[
        "smell", "smells", "arogl", "arogli", "aroglau", "ogla", "oglau",
    ]) {
        Some(Prompt::Smells)
    } else if any(&["taste", "tastes", "blas", "blasu", "flas", "flasu"]) {
        Some(Prompt::Tastes)
    } else if any(&["sound", "sounds", "sŵn", "swn", "swnio", "sain", "seinio"]) {
        Some(Prompt::Sounds)
    } else if any(&["look", "looks", "edrych", "golwg", "olwg"]) {
        Some(Prompt::Looks)
    } else if any(&["feel", "feels", "teimlo", "deimlo", "teimlad", "deimlad"]) {
        Some(Prompt::Feels)
    } else {
        None
    }
}

impl Columns {
    /// Finds each column's job from the headers; refused when none holds contributions.
    pub fn find(headers: &[String]) -> Result<Self, ImportError> {
        let (layout, roles) = detect(headers);
        Self::from_roles(headers, layout, &roles)
    }

    /// What Cytûn reads each column as by itself, before anyone chooses otherwise: the
    /// tool whose export it is, and a role per column (no text column when none is clear).
    fn guess(headers: &[String]) -> Self {
        let squashed: Vec<String> = headers.iter().map(|h| words::squash(h)).collect();
        let layout = Layout::detect(&squashed);
        let position = |names: &[&str]| squashed.iter().position(|h| names.contains(&h.as_str()));
        let mut columns = Self {
            layout,
            ..Self::default()
        };
        // Personal columns first, so nothing below can take them. What a tool says about the
        // response itself (its times, collector, tags) is kept as extra detail.
        let mut taken: Vec<usize> = Vec::new();
        for (index, header) in squashed.iter().enumerate() {
            // "Name" in a typed-up sheet is who wrote it (see `author`); everywhere else a
            // personal column is left out.
            let personal = PERSONAL.contains(&header.as_str())
                && (layout.is_some() || !matches!(header.as_str(), "name" | "enw"));
            if personal {
                columns.left_out_at.push(index);
                taken.push(index);
            }
        }
        columns.respondent = position(&RESPONDENT).filter(|i| !taken.contains(i));
        let questions: Vec<(usize, Prompt)> = headers
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken.contains(i) && Some(*i) != columns.respondent)
            .filter(|(i, _)| !TEXT_COLUMNS.contains(&squashed[*i].as_str()))
            .filter_map(|(i, h)| Some((i, question_prompt(h)?)))
            // A question is worded: "Smells" alone is a prompt column's value, not a question.
            .filter(|(i, _)| headers[*i].split_whitespace().count() >= 3)
            .collect();
        let text = position(&TEXT_COLUMNS).or_else(|| worded_like_text(&squashed, &taken));
        if questions.len() >= 2 || (text.is_none() && questions.len() == 1) {
            columns.questions = questions;
        } else {
            columns.text = text;
        }
        taken.extend(columns.text);
        taken.extend(columns.questions.iter().map(|(i, _)| *i));
        taken.extend(columns.respondent);
        columns.find_details(headers, &squashed, &taken);
        columns
    }

    /// The columns that say something about each contribution: prompt, kind, group, author,
    /// language, consent; the rest kept as extra detail.
    fn find_details(&mut self, headers: &[String], squashed: &[String], taken: &[usize]) {
        let free = |i: &usize| !taken.contains(i);
        let position = |names: &[&str]| {
            squashed
                .iter()
                .enumerate()
                .position(|(i, h)| free(&i) && names.contains(&h.as_str()))
        };
        // A form's own wording ("Consent to be quoted?", "Which table were you at?") counts
        // when exactly one column says so: a guess between two would be worse than asking.
        let worded = |words: &[&str]| {
            let mut candidates = squashed
                .iter()
                .enumerate()
                .filter(|(i, h)| free(i) && words.iter().any(|w| h.contains(w)));
            match (candidates.next(), candidates.next()) {
                (Some((index, _)), None) => Some(index),
                _ => None,
            }
        };
        self.prompt = position(&[
            "prompt", "sense", "question", "anogwr", "synnwyr", "cwestiwn",
        ]);
        self.kind = position(&["kind", "type", "form", "math", "ffurf"]);
        self.group = position(&["group", "table", "grŵp", "grwp", "bwrdd"])
            .or_else(|| worded(&["table", "bwrdd"]));
        self.author = position(&["author", "who", "awdur"]).or_else(|| {
            // In a typed-up sheet "name" is who wrote it; in a survey export it is personal.
            position(&["name", "enw"]).filter(|_| self.layout.is_none())
        });
        self.language =
            position(&["language", "lang", "iaith"]).or_else(|| worded(&["language", "iaith"]));
        self.consent = position(&["consent", "caniatâd", "caniatad"])
            .or_else(|| worded(&["consent", "quote", "caniat", "dyfynnu"]));
        if self.consent.is_none() {
            self.consent_choices = choices_of_one_question(
                headers,
                squashed,
                taken,
                &["consent", "quote", "caniat", "dyfynnu"],
            );
        }
        if self.group.is_none() {
            self.group_choices =
                choices_of_one_question(headers, squashed, taken, &["table", "bwrdd"]);
        }
        if self.language.is_none() {
            self.language_choices =
                choices_of_one_question(headers, squashed, taken, &["language", "iaith"]);
        }
    }
}

/// What Cytûn reads each column of a sheet with these `headers` as, and whose export it is.
pub fn detect(headers: &[String]) -> (Option<Layout>, Vec<ColumnUse>) {
    let guessed = Columns::guess(headers);
    (guessed.layout, guessed.roles(headers.len()))
}

/// The columns of one multiple-choice question ("Question: choice" headers, as the two
/// SurveyMonkey header rows are merged) whose question says one of `words`; empty unless they
/// are all one question's.
fn choices_of_one_question(
    headers: &[String],
    squashed: &[String],
    taken: &[usize],
    words: &[&str],
) -> Vec<usize> {
    let matching: Vec<usize> = (0..headers.len())
        .filter(|i| !taken.contains(i) && headers[*i].contains(": "))
        .filter(|i| words.iter().any(|w| squashed[*i].contains(w)))
        .collect();
    let question = |i: usize| {
        headers[i]
            .split_once(": ")
            .map(|(q, _)| q.trim().to_owned())
    };
    let first = matching.first().and_then(|i| question(*i));
    if matching.len() >= 2 && matching.iter().all(|i| question(*i) == first) {
        matching
    } else {
        Vec::new()
    }
}

/// A form's own wording for the text ("Your contribution", "Response text"), when exactly
/// one column says so.
fn worded_like_text(squashed: &[String], taken: &[usize]) -> Option<usize> {
    let mut candidates = squashed.iter().enumerate().filter(|(i, h)| {
        !taken.contains(i)
            && ["contribution", "response", "cyfraniad"]
                .iter()
                .any(|word| h.contains(word))
    });
    match (candidates.next(), candidates.next()) {
        (Some((index, _)), None) => Some(index),
        _ => None,
    }
}

/// SurveyMonkey writes two header rows: the question, then "Response" or each choice's label
/// under it (a question's later choices leave the first row empty). Made into one header row.
pub fn merge_survey_monkey_headers(grid: &mut super::grid::Grid) {
    let squashed: Vec<String> = grid.headers.iter().map(|h| words::squash(h)).collect();
    let is_monkey = squashed.iter().any(|h| h == "respondentid");
    let Some(second) = grid.rows.first() else {
        return;
    };
    let marks_responses = second
        .cells
        .iter()
        .any(|c| matches!(words::squash(c).as_str(), "response" | "openendedresponse"));
    if !is_monkey || !marks_responses {
        return;
    }
    let second = grid.rows.remove(0);
    let mut question = String::new();
    for (index, header) in grid.headers.iter_mut().enumerate() {
        if !header.trim().is_empty() {
            header.trim().clone_into(&mut question);
        }
        let under = second.cell(Some(index)).trim();
        let plain = matches!(
            words::squash(under).as_str(),
            "" | "response" | "openendedresponse"
        );
        *header = if plain {
            question.clone()
        } else {
            format!("{question}: {under}")
        };
    }
}
