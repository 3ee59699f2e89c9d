//! What a coordinator decided about a survey form's export: which column holds what, and how
//! its coded answers ("Yes, anonymously", "Bwrdd 3") are read. Kept in the project, so the
//! next export of the same form is read the same way without asking again.

use serde::{Deserialize, Serialize};

use super::note::{Consent, Language, NoteKind, Prompt};

/// What a column of an imported sheet is read as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnUse {
    /// The contribution's text.
    Text,
    /// A survey question: each answer a contribution with this prompt.
    Question(Prompt),
    Prompt,
    Kind,
    Group,
    Author,
    Language,
    Consent,
    /// Who gave it: kept as where each note came from, never exported.
    Respondent,
    /// Kept on each note as extra detail, under its own name.
    Extra,
    /// Personal, or not wanted: never read in.
    LeftOut,
}

impl ColumnUse {
    /// Uses only one column can have: choosing one for a column frees the column that had it.
    pub fn is_single(&self) -> bool {
        matches!(
            self,
            Self::Text
                | Self::Prompt
                | Self::Kind
                | Self::Group
                | Self::Author
                | Self::Language
                | Self::Respondent
        )
    }
}

/// How one coded answer is read; the variant says which column's answers it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerReading {
    Prompt(Prompt),
    Kind(NoteKind),
    Language(Language),
    Consent(Consent),
}

/// Which coded column an answer belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Coded {
    Prompt,
    Kind,
    Language,
    Consent,
}

impl AnswerReading {
    /// The coded column this reading is for.
    pub fn coded(&self) -> Coded {
        match self {
            Self::Prompt(_) => Coded::Prompt,
            Self::Kind(_) => Coded::Kind,
            Self::Language(_) => Coded::Language,
            Self::Consent(_) => Coded::Consent,
        }
    }
}

/// One form's remembered choices. Only what the user changed is kept: the rest is read as
/// Cytûn reads any sheet, so a better reading in a later Cytûn is not frozen out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportForm {
    /// The export's column names, in order: which form this is.
    pub headers: Vec<String>,
    /// Columns whose use the user chose, by column name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<(String, ColumnUse)>,
    /// Coded answers whose reading the user chose, by the answer as written (trimmed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<(String, AnswerReading)>,
}

impl ImportForm {
    /// A form with no choices yet, known by its column names.
    pub fn new(headers: &[String]) -> Self {
        Self {
            headers: form_key(headers),
            ..Self::default()
        }
    }

    /// Whether `headers` are this form's columns.
    pub fn is_for(&self, headers: &[String]) -> bool {
        self.headers == form_key(headers)
    }

    /// Whether the user chose anything worth remembering.
    pub fn has_choices(&self) -> bool {
        !self.columns.is_empty() || !self.answers.is_empty()
    }

    /// The use the user chose for the column called `name`.
    pub fn column(&self, name: &str) -> Option<&ColumnUse> {
        self.columns
            .iter()
            .find(|(column, _)| column == name.trim())
            .map(|(_, role)| role)
    }

    /// Records the use of column `name`.
    pub fn choose_column(&mut self, name: &str, role: ColumnUse) {
        let name = name.trim();
        self.columns.retain(|(column, _)| column != name);
        self.columns.push((name.to_owned(), role));
    }

    /// The reading the user chose for `answer` in the `coded` column.
    pub fn answer(&self, coded: Coded, answer: &str) -> Option<&AnswerReading> {
        let answer = answer.trim();
        self.answers
            .iter()
            .find(|(value, reading)| reading.coded() == coded && value == answer)
            .map(|(_, reading)| reading)
    }

    /// Records how `answer` is read.
    pub fn choose_answer(&mut self, answer: &str, reading: AnswerReading) {
        let answer = answer.trim();
        let coded = reading.coded();
        self.answers
            .retain(|(value, old)| !(old.coded() == coded && value == answer));
        self.answers.push((answer.to_owned(), reading));
    }
}

/// The column names as a form's identity: trimmed, so a stray space in one export does not
/// make it another form.
fn form_key(headers: &[String]) -> Vec<String> {
    headers.iter().map(|h| h.trim().to_owned()).collect()
}

/// The forms' choices with `form`'s replaced or added.
pub fn with_form(forms: &[ImportForm], form: ImportForm) -> Vec<ImportForm> {
    let mut forms: Vec<ImportForm> = forms
        .iter()
        .filter(|known| known.headers != form.headers)
        .cloned()
        .collect();
    forms.push(form);
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn a_later_choice_for_the_same_answer_replaces_the_first() {
        let mut form = ImportForm::new(&headers(&["ID", "Quote you?"]));
        form.choose_answer("Maybe", AnswerReading::Consent(Consent::DoNotQuote));
        form.choose_answer(" Maybe ", AnswerReading::Consent(Consent::QuoteAnonymously));
        form.choose_answer("Maybe", AnswerReading::Prompt(Prompt::Feels));
        assert_eq!(
            form.answer(Coded::Consent, "Maybe"),
            Some(&AnswerReading::Consent(Consent::QuoteAnonymously))
        );
        assert_eq!(
            form.answer(Coded::Prompt, "Maybe"),
            Some(&AnswerReading::Prompt(Prompt::Feels))
        );
        assert_eq!(form.answers.len(), 2);
    }

    #[test]
    fn a_form_is_known_by_its_columns_whatever_the_spaces() {
        let form = ImportForm::new(&headers(&["ID", "Table "]));
        assert!(form.is_for(&headers(&[" ID", "Table"])));
        assert!(!form.is_for(&headers(&["ID", "Table", "Email"])));
        let forms = with_form(std::slice::from_ref(&form), form.clone());
        assert_eq!(forms.len(), 1);
    }
}
