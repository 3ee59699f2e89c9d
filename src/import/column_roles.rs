//! What Cytûn reads each column as by itself, before anyone chooses otherwise, from its
//! header and its answers. Personal columns first (never read in); then who gave it; then
//! the columns that say something about each contribution (prompt, kind, table, language,
//! consent, each with its "Other" column); then the contributions: a typed-up sheet's
//! `text` column, or every open question of a survey, found by its answers (people's own
//! words), the five senses by their wording as well. Everything else is extra detail.

use super::grid::Grid;
use super::personal::{Personal, personal};
use super::profile::{Looks, Profile};
use super::tools::SurveyTool;
use super::words::{self, squash};
use crate::model::{ColumnUse, Prompt};

/// Header names (squashed) of a typed-up sheet's contributions.
const TEXT_COLUMNS: [&str; 7] = [
    "text",
    "contribution",
    "note",
    "comment",
    "response",
    "testun",
    "cyfraniad",
];

/// Columns that identify a response: kept as where each note came from.
const RESPONDENT: [&str; 10] = [
    "id",
    "respondentid",
    "responseid",
    "submissionid",
    "#",
    "token",
    "respondent",
    "userid",
    "uniqueid",
    "ymatebydd",
];

/// Cytûn's own reading of a sheet: whose export it is and what each column is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Guess {
    pub tool: Option<SurveyTool>,
    pub roles: Vec<ColumnUse>,
}

/// The profile of every column of a grid, read once.
pub fn profiles(grid: &Grid) -> Vec<Profile> {
    (0..grid.headers.len())
        .map(|index| Profile::of(grid, index))
        .collect()
}

/// What Cytûn reads each column of `grid` as, from headers and `profiles`.
pub fn guess(grid: &Grid, profiles: &[Profile]) -> Guess {
    let headers = &grid.headers;
    let squashed: Vec<String> = headers.iter().map(|h| squash(h)).collect();
    let tool = SurveyTool::detect(&squashed, profiles);
    let mut roles = vec![ColumnUse::Extra; headers.len()];
    let mut reader = Reader {
        headers,
        squashed: &squashed,
        profiles,
        taken: vec![false; headers.len()],
        roles: &mut roles,
    };
    // A typed-up sheet's "Name" is who wrote it; in a form's export, names are personal.
    let typed_up = tool.is_none();
    for index in 0..headers.len() {
        let own_name = typed_up && matches!(squashed[index].as_str(), "name" | "enw");
        if !own_name
            && let Some(found) = personal(&headers[index], &profiles[index])
            && !(found == Personal::Name && reader.asks_consent_or_other(index))
        {
            reader.set(index, ColumnUse::LeftOut);
        }
    }
    reader.find_respondent(tool);
    reader.find_details();
    reader.find_contributions(grid);
    Guess { tool, roles }
}

/// Reads columns one role at a time; a column taken keeps its role.
struct Reader<'a> {
    headers: &'a [String],
    squashed: &'a [String],
    profiles: &'a [Profile],
    taken: Vec<bool>,
    roles: &'a mut Vec<ColumnUse>,
}

impl Reader<'_> {
    fn set(&mut self, index: usize, role: ColumnUse) {
        self.roles[index] = role;
        self.taken[index] = true;
    }

    fn free(&self, index: usize) -> bool {
        !self.taken[index]
    }

    /// The first free column whose squashed header is one of `names`.
    fn named(&self, names: &[&str]) -> Option<usize> {
        (0..self.headers.len())
            .find(|i| self.free(*i) && names.contains(&self.squashed[*i].as_str()))
    }

    /// A form's own wording ("Consent to be quoted?", "Which table were you at?"), when
    /// exactly one free column says so (its "Other" column aside): a guess between two
    /// would be worse than asking.
    fn worded(&self, stems: &[&str]) -> Option<usize> {
        let mut candidates = (0..self.headers.len()).filter(|i| {
            self.free(*i)
                && words::other_column_question(&self.headers[*i]).is_none()
                && stems.iter().any(|w| self.squashed[*i].contains(w))
        });
        match (candidates.next(), candidates.next()) {
            (Some(index), None) => Some(index),
            _ => None,
        }
    }

    /// Whether column `index` is about consent, or is an "Other" column (a name there is
    /// the person's words about being named, not their name).
    fn asks_consent_or_other(&self, index: usize) -> bool {
        words::other_column_question(&self.headers[index]).is_some()
            || CONSENT_STEMS
                .iter()
                .any(|w| self.squashed[index].contains(w))
    }

    fn find_respondent(&mut self, tool: Option<SurveyTool>) {
        let found = self.named(&RESPONDENT).or_else(|| {
            // Without an id, a form's response is known by when it was sent.
            (tool.is_some() && self.profiles.first().map(Profile::looks) == Some(Looks::Date))
                .then_some(0)
        });
        if let Some(index) = found.filter(|i| self.free(*i)) {
            self.set(index, ColumnUse::Respondent);
        }
    }

    /// The columns that say something about each contribution, each with its "Other"
    /// column if it has one.
    fn find_details(&mut self) {
        let prompt = self.named(&[
            "prompt", "sense", "question", "anogwr", "synnwyr", "cwestiwn",
        ]);
        self.take(prompt, ColumnUse::Prompt);
        let kind = self.named(&["kind", "type", "form", "math", "ffurf"]);
        self.take(kind, ColumnUse::Kind);
        let author = self.named(&["author", "who", "awdur", "name", "enw"]);
        self.take(author, ColumnUse::Author);
        let language = self
            .named(&["language", "lang", "iaith"])
            .or_else(|| self.worded(&["language", "iaith"]))
            .filter(|i| self.profiles[*i].names_languages());
        self.take_question(language, &ColumnUse::Language, &["language", "iaith"]);
        let consent = self
            .named(&["consent", "caniatâd", "caniatad"])
            .or_else(|| self.worded(CONSENT_STEMS));
        self.take_question(consent, &ColumnUse::Consent, CONSENT_STEMS);
        let group = self
            .named(&["group", "table", "grŵp", "grwp", "bwrdd"])
            .or_else(|| self.worded(&["table", "bwrdd"]));
        self.take_question(group, &ColumnUse::Group, &["table", "bwrdd"]);
    }

    fn take(&mut self, index: Option<usize>, role: ColumnUse) {
        if let Some(index) = index {
            self.set(index, role);
        }
    }

    /// A coded question in one column (`single`), or asked as one column per choice whose
    /// question says one of `stems`; with its "Other (please specify)" column either way.
    fn take_question(&mut self, single: Option<usize>, role: &ColumnUse, stems: &[&str]) {
        let columns = match single {
            Some(index) => vec![index],
            None => self.choices_of_one_question(stems),
        };
        let Some(first) = columns.first() else {
            return;
        };
        let question = question_of(&self.headers[*first]).to_owned();
        let others: Vec<usize> = (0..self.headers.len())
            .filter(|i| self.free(*i) && !columns.contains(i))
            .filter(|i| {
                words::other_column_question(&self.headers[*i])
                    .is_some_and(|q| squash(q) == squash(&question))
            })
            .collect();
        for index in columns.into_iter().chain(others) {
            self.set(index, role.clone());
        }
    }

    /// The columns of one multiple-choice question ("Question: choice" headers, as the two
    /// SurveyMonkey header rows are merged) whose question says one of `stems`; empty unless
    /// they are all one question's.
    fn choices_of_one_question(&self, stems: &[&str]) -> Vec<usize> {
        let matching: Vec<usize> = (0..self.headers.len())
            .filter(|i| self.free(*i) && self.headers[*i].contains(": "))
            .filter(|i| words::other_column_question(&self.headers[*i]).is_none())
            .filter(|i| stems.iter().any(|w| self.squashed[*i].contains(w)))
            .collect();
        let first = matching.first().map(|i| question_of(&self.headers[*i]));
        if matching.len() >= 2
            && matching
                .iter()
                .all(|i| Some(question_of(&self.headers[*i])) == first)
        {
            matching
        } else {
            Vec::new()
        }
    }

    /// The contributions: a typed-up sheet's text column, or each open question.
    fn find_contributions(&mut self, grid: &Grid) {
        let text = self.named(&TEXT_COLUMNS);
        let senses: Vec<(usize, Prompt)> = (0..self.headers.len())
            .filter(|i| self.free(*i))
            .filter_map(|i| Some((i, question_prompt(&self.headers[i])?)))
            // A question is worded: "Smells" alone is a prompt column's value, not a question.
            .filter(|(i, _)| self.headers[*i].split_whitespace().count() >= 3)
            .filter(|(i, _)| self.profiles[*i].looks() != Looks::Empty || grid.rows.is_empty())
            .collect();
        if let Some(text) = text
            && senses.len() < 2
        {
            self.set(text, ColumnUse::Text);
            return;
        }
        let open: Vec<usize> = (0..self.headers.len())
            .filter(|i| self.free(*i) && !self.headers[*i].trim().is_empty())
            .filter(|i| !senses.iter().any(|(s, _)| s == i))
            .filter(|i| self.profiles[*i].looks() == Looks::Open)
            .collect();
        if senses.is_empty() && open.is_empty() {
            // Nothing open: a form's wording for the text ("Your contribution"), else the
            // one column a one-column sheet has.
            let single = (0..self.headers.len())
                .filter(|i| self.profiles[*i].answers() > 0)
                .collect::<Vec<_>>();
            let text = text
                .or_else(|| self.worded(&["contribution", "response", "cyfraniad"]))
                .or_else(|| match single.as_slice() {
                    [only] if self.free(*only) => Some(*only),
                    _ => None,
                });
            self.take(text, ColumnUse::Text);
            return;
        }
        for (index, prompt) in senses {
            self.set(index, ColumnUse::Question(prompt));
        }
        for index in open {
            let wording = self.headers[index].trim().to_owned();
            self.set(index, ColumnUse::Question(Prompt::Other(wording)));
        }
    }
}

/// Words of a consent question, squashed.
const CONSENT_STEMS: &[&str] = &["consent", "quote", "caniat", "dyfynnu"];

/// A question's own words, without a choice after ": ".
fn question_of(header: &str) -> &str {
    header.split_once(": ").map_or(header, |(q, _)| q).trim()
}

/// The prompt a survey question asks, from its wording in English or Welsh.
pub fn question_prompt(header: &str) -> Option<Prompt> {
    let lower = header.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    // "Look", "feel" and "sound" are in many open questions ("How did it make you feel?",
    // "What does good communication look like?"): they name a sense when the question
    // asks what co-production is like.
    let about_coproduction = any(&["production", "coproduction", "cydgynhyrchu"]);
    if any(&[
        "smell", "smells", "arogl", "arogli", "aroglau", "ogla", "oglau",
    ]) {
        Some(Prompt::Smells)
    } else if any(&["taste", "tastes", "blas", "blasu", "flas", "flasu"]) {
        Some(Prompt::Tastes)
    } else if about_coproduction
        && any(&["sound", "sounds", "sŵn", "swn", "swnio", "sain", "seinio"])
    {
        Some(Prompt::Sounds)
    } else if about_coproduction && any(&["look", "looks", "edrych", "golwg", "olwg"]) {
        Some(Prompt::Looks)
    } else if about_coproduction
        && any(&["feel", "feels", "teimlo", "deimlo", "teimlad", "deimlad"])
    {
        Some(Prompt::Feels)
    } else {
        None
    }
}
