//! The label written above a column of imported notes, in the interface's language: the
//! question or prompt they answer, or the group or table they came from.

use crate::i18n::{I18n, labels};
use crate::model::Prompt;

use super::{ColumnsBy, Draft};

/// Longest column label: a label is a few words; a runaway cell is cut.
const MAX_LABEL_CHARS: usize = 120;

/// The label written above a column of imported notes.
pub fn column_label(tr: &I18n, by: ColumnsBy, draft: &Draft) -> String {
    let label = label_of(tr, by, draft);
    match label.char_indices().nth(MAX_LABEL_CHARS) {
        Some((cut, _)) => format!("{}…", &label[..cut]),
        None => label,
    }
}

fn label_of(tr: &I18n, by: ColumnsBy, draft: &Draft) -> String {
    match by {
        ColumnsBy::Prompt => match &draft.details.prompt {
            Prompt::Other(text) => text.clone(),
            known => labels::prompt(tr, known),
        },
        ColumnsBy::Group => {
            let group = draft.details.group.trim();
            if group.is_empty() {
                tr.tr("import-no-group")
            } else {
                group.to_owned()
            }
        }
    }
}
