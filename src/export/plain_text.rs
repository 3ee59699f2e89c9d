//! The definition (and the charter's principles) as plain text, to paste into a document.

use std::fmt::Write as _;

use super::{ExportError, Prepared};
use crate::model::definition::Part;

impl Prepared<'_> {
    /// The definition as plain text, to paste into a document; the charter's principles
    /// after it, a line each, when there is a charter. Refused when there is neither: an
    /// empty file is not a definition.
    pub(super) fn plain_text(&self) -> Result<String, ExportError> {
        let mut text = self.outcome(Part::Definition).text.trim_end().to_owned();
        if !self.project.definition.charter.is_empty() {
            let charter = self.outcome(Part::Charter);
            let principles: Vec<String> = Part::Charter
                .pieces(&charter.text)
                .into_iter()
                .map(|(_, principle)| principle)
                .collect();
            if !principles.is_empty() {
                let _ = write!(
                    text,
                    "\n\n{}\n\n{}",
                    self.tr.tr("export-charter-heading"),
                    principles.join("\n")
                );
            }
        }
        if text.trim().is_empty() {
            return Err(ExportError::NothingToExport);
        }
        // A text file ends with a line break, as editors and `cat` expect.
        text.push('\n');
        Ok(text)
    }
}
