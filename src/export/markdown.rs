//! The report as Markdown: the definition and the charter traced to their themes, how they
//! were reached, the themes with what people said, and the decision record; every text
//! escaped (it is people's words).

use std::fmt::Write as _;

use super::md_escape::md_text;
use super::{Prepared, report};
use crate::model::NoteId;
use crate::model::definition::Part;

/// Report blocks as Markdown, every text escaped (names in it are people's words).
fn blocks_md(blocks: &[report::Block], md: &mut String) {
    for block in blocks {
        match block {
            report::Block::Heading { level, text } => {
                let _ = writeln!(
                    md,
                    "{} {}\n",
                    "#".repeat(usize::from(*level)),
                    md_text(text)
                );
            }
            report::Block::Paragraph(text) | report::Block::Status(text) => {
                let _ = writeln!(md, "{}\n", md_text(text));
            }
            report::Block::Quote(text) => {
                let _ = writeln!(md, "> {}\n", md_text(text));
            }
            report::Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(md, "- {}", md_text(item));
                }
                md.push('\n');
            }
            report::Block::Contributions(items) => {
                for (item, _) in items {
                    let _ = writeln!(md, "- {}", md_text(item));
                }
                md.push('\n');
            }
            report::Block::Votes(_) => {}
        }
    }
}

impl Prepared<'_> {
    pub(super) fn markdown(&self) -> String {
        let tr = self.tr;
        let mut md = String::new();
        let _ = writeln!(md, "# {}\n", md_text(self.project.title.trim()));
        self.definition_md(&mut md);
        self.charter_md(&mut md);
        let _ = writeln!(md, "## {}\n", tr.tr("export-method-heading"));
        let _ = writeln!(md, "{}\n", md_text(&self.method()));
        for fact in self.facts() {
            let _ = writeln!(md, "- {fact}");
        }
        md.push('\n');
        self.themes_md(&mut md);
        // The decision record, as in Word and the PDF: each version's responses, and who
        // approved which, when (and what replaced it).
        let mut record = Vec::new();
        self.sense_check_report(Part::Definition, &mut record);
        if !self.project.definition.charter.is_empty() {
            self.sense_check_report(Part::Charter, &mut record);
        }
        blocks_md(&record, &mut md);
        md
    }

    /// The definition (approved, else the draft), marked with its status, and where each
    /// of its sentences comes from.
    pub(super) fn definition_md(&self, md: &mut String) {
        let tr = self.tr;
        let outcome = self.outcome(Part::Definition);
        let _ = writeln!(md, "## {}\n", tr.tr("export-definition-heading"));
        let _ = writeln!(md, "*{}*\n", md_text(&outcome.status_or_draft(tr)));
        if outcome.text.trim().is_empty() {
            let _ = writeln!(md, "{}\n", tr.tr("export-no-definition"));
            return;
        }
        for line in outcome.text.trim().lines() {
            let _ = writeln!(md, "> {}", md_text(line));
        }
        md.push('\n');
        let traced: Vec<String> = self
            .traced(&outcome)
            .into_iter()
            .filter(|(_, themes)| !themes.is_empty())
            .map(|(piece, themes)| self.traced_line(&piece, &themes))
            .collect();
        if !traced.is_empty() {
            let _ = writeln!(md, "### {}\n", tr.tr("export-trace-heading"));
            for line in traced {
                let _ = writeln!(md, "- {}", md_text(&line));
            }
            md.push('\n');
        }
    }

    /// The charter (approved, else the draft), a principle to a line with the themes it
    /// comes from; nothing when no charter has been started.
    pub(super) fn charter_md(&self, md: &mut String) {
        let tr = self.tr;
        if self.project.definition.charter.is_empty() {
            return;
        }
        let outcome = self.outcome(Part::Charter);
        let _ = writeln!(md, "## {}\n", tr.tr("export-charter-heading"));
        let _ = writeln!(md, "*{}*\n", md_text(&outcome.status_or_draft(tr)));
        let traced = self.traced(&outcome);
        if traced.is_empty() {
            let _ = writeln!(md, "{}\n", tr.tr("export-no-charter"));
            return;
        }
        for (piece, themes) in traced {
            let _ = writeln!(md, "- {}", md_text(&self.traced_line(&piece, &themes)));
        }
        md.push('\n');
    }

    /// The themes by rank, each with its meaning and quotable contributions; then the loose.
    pub(super) fn themes_md(&self, md: &mut String) {
        let tr = self.tr;
        let project = self.project;
        let _ = writeln!(md, "## {}\n", tr.tr("export-themes-heading"));
        if self.ranked.is_empty() {
            let _ = writeln!(md, "{}\n", tr.tr("export-no-themes"));
        }
        for (id, (place, shared)) in self.ranked.iter().zip(&self.places) {
            let Some(theme) = project.themes.get(id) else {
                continue;
            };
            // A shared place is marked "=2." as in the Rank view.
            let mark = if *shared { "=" } else { "" };
            let _ = writeln!(
                md,
                "### {mark}{place}. {} ({})\n",
                md_text(theme.title.trim()),
                tr.tr_args("export-votes", &[("count", self.votes(*id).into())])
            );
            if !theme.meaning.trim().is_empty() {
                let _ = writeln!(
                    md,
                    "{} {}\n",
                    tr.tr("export-meaning"),
                    md_text(theme.meaning.trim())
                );
            }
            self.contributions_md(md, &theme.notes);
        }
        let loose = self.loose();
        if !loose.is_empty() {
            let _ = writeln!(md, "### {}\n", tr.tr("export-loose-heading"));
            self.contributions_md(md, &loose);
        }
    }

    /// A list of contributions; those not to be quoted are counted, never shown.
    pub(super) fn contributions_md(&self, md: &mut String, ids: &[NoteId]) {
        let (quotes, withheld) = self.quotable(ids);
        for (text, author, _) in quotes {
            // Songs, poems and menus keep their lines: a hard line break, indented to stay
            // inside the list item.
            let text = text
                .trim()
                .lines()
                .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|line| !line.is_empty())
                .map(|line| md_text(&line))
                .collect::<Vec<_>>()
                .join("  \n  ");
            match author {
                Some(author) => {
                    let _ = writeln!(md, "- “{text}” — {}", md_text(author));
                }
                None => {
                    let _ = writeln!(md, "- “{text}”");
                }
            }
        }
        if withheld > 0 {
            let _ = writeln!(
                md,
                "- *{}*",
                self.tr
                    .tr_args("export-withheld", &[("count", withheld.into())])
            );
        }
        md.push('\n');
    }
}
