//! The report as a list of blocks (headings, paragraphs, quotes, lists, the votes), made once
//! from what the outbound filter let through, in one language; Word (and later PDF) lay the
//! same blocks out, so every format says the same. A bilingual report is the Welsh blocks,
//! then the English.

use super::Prepared;
use crate::i18n::{self, Arg, UiLanguage};
use crate::model::definition::{Part, Response, VersionStatus};

/// One part of a report.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// 1 is the report's title, 2 a section, 3 a theme.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// A line about what follows (the definition's status), set apart.
    Status(String),
    /// The definition itself, in the group's words.
    Quote(String),
    Bullets(Vec<String>),
    /// Contributions, a bullet each, each with the language it was written in (a language
    /// tag; none for the line that counts those not to be quoted): a screen reader reads an
    /// English contribution in the Welsh report in English.
    Contributions(Vec<(String, Option<&'static str>)>),
    /// The votes for each theme, in ranked order: the chart.
    Votes(Vec<(String, u32)>),
}

/// A report in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub language: UiLanguage,
    pub blocks: Vec<Block>,
}

impl Prepared<'_> {
    /// The report: the definition and the charter traced to their themes, how they were
    /// made, the votes, the ranked themes with their quotable contributions, the sense-check
    /// per version and the approval record.
    pub(super) fn report(&self) -> Report {
        let tr = self.tr;
        let mut blocks = vec![Block::Heading {
            level: 1,
            text: self.project.title.trim().to_owned(),
        }];
        self.outcome_report(Part::Definition, &mut blocks);
        if !self.project.definition.charter.is_empty() {
            self.outcome_report(Part::Charter, &mut blocks);
        }
        blocks.push(heading(2, tr.tr("export-method-heading")));
        blocks.push(Block::Paragraph(self.method()));
        blocks.push(Block::Bullets(self.facts()));
        blocks.push(heading(2, tr.tr("chart-heading")));
        if self.ranked.is_empty() {
            blocks.push(Block::Paragraph(tr.tr("export-no-themes")));
        } else {
            blocks.push(Block::Votes(
                self.ranked
                    .iter()
                    .filter_map(|id| self.project.themes.get(id))
                    .map(|theme| (theme.title.trim().to_owned(), self.votes(theme.id)))
                    .collect(),
            ));
        }
        self.themes_report(&mut blocks);
        self.sense_check_report(Part::Definition, &mut blocks);
        if !self.project.definition.charter.is_empty() {
            self.sense_check_report(Part::Charter, &mut blocks);
        }
        Report {
            language: tr.language(),
            blocks,
        }
    }

    /// The definition or the charter: its status, its words, and the themes each sentence
    /// (or principle) comes from.
    fn outcome_report(&self, part: Part, blocks: &mut Vec<Block>) {
        let tr = self.tr;
        let outcome = self.outcome(part);
        let (title, none) = match part {
            Part::Definition => ("export-definition-heading", "export-no-definition"),
            Part::Charter => ("export-charter-heading", "export-no-charter"),
        };
        blocks.push(heading(2, tr.tr(title)));
        blocks.push(Block::Status(outcome.status_or_draft(tr)));
        let traced = self.traced(&outcome);
        if traced.is_empty() {
            blocks.push(Block::Paragraph(tr.tr(none)));
            return;
        }
        match part {
            Part::Definition => {
                blocks.push(Block::Quote(outcome.text.trim().to_owned()));
                let lines: Vec<String> = traced
                    .iter()
                    .filter(|(_, themes)| !themes.is_empty())
                    .map(|(piece, themes)| self.traced_line(piece, themes))
                    .collect();
                if !lines.is_empty() {
                    blocks.push(heading(3, tr.tr("export-trace-heading")));
                    blocks.push(Block::Bullets(lines));
                }
            }
            // A principle a line, each with the themes it comes from.
            Part::Charter => blocks.push(Block::Bullets(
                traced
                    .iter()
                    .map(|(piece, themes)| self.traced_line(piece, themes))
                    .collect(),
            )),
        }
    }

    fn themes_report(&self, blocks: &mut Vec<Block>) {
        let tr = self.tr;
        blocks.push(heading(2, tr.tr("export-themes-heading")));
        if self.ranked.is_empty() {
            // A heading is never left with nothing under it.
            blocks.push(Block::Paragraph(tr.tr("export-no-themes")));
        }
        for (id, (place, shared)) in self.ranked.iter().zip(&self.places) {
            let Some(theme) = self.project.themes.get(id) else {
                continue;
            };
            let mark = if *shared { "=" } else { "" };
            blocks.push(heading(
                3,
                format!(
                    "{mark}{place}. {} ({})",
                    theme.title.trim(),
                    tr.tr_args("export-votes", &[("count", self.votes(*id).into())])
                ),
            ));
            if !theme.meaning.trim().is_empty() {
                blocks.push(Block::Paragraph(format!(
                    "{} {}",
                    tr.tr("export-meaning"),
                    theme.meaning.trim()
                )));
            }
            let quotes = self.quotes(&theme.notes);
            if !quotes.is_empty() {
                blocks.push(Block::Contributions(quotes));
            }
        }
        // What the Markdown report lists too: every format tells the same facts.
        let loose = self.loose();
        if !loose.is_empty() {
            blocks.push(heading(3, tr.tr("export-loose-heading")));
            blocks.push(Block::Contributions(self.quotes(&loose)));
        }
    }
    /// Each contribution that may be quoted, “in its words” — with its author where named;
    /// the others counted in one line.
    fn quotes(&self, ids: &[crate::model::NoteId]) -> Vec<(String, Option<&'static str>)> {
        let (quotes, withheld) = self.quotable(ids);
        let mut lines: Vec<(String, Option<&'static str>)> = quotes
            .into_iter()
            .map(|(text, author, language)| {
                let line = match author {
                    Some(author) => format!("“{}” — {author}", text.trim()),
                    None => format!("“{}”", text.trim()),
                };
                let tag = match language {
                    crate::model::Language::English => "en-GB",
                    crate::model::Language::Welsh => "cy-GB",
                };
                (line, Some(tag))
            })
            .collect();
        if withheld > 0 {
            lines.push((
                self.tr
                    .tr_args("export-withheld", &[("count", withheld.into())]),
                None,
            ));
        }
        lines
    }

    /// Each version's responses, and who approved which, when: of the definition, or of
    /// the charter.
    pub(super) fn sense_check_report(&self, part: Part, blocks: &mut Vec<Block>) {
        let tr = self.tr;
        let versions = self.project.definition.versions_of(part);
        let (checking, approval) = match part {
            Part::Definition => ("export-sense-check-heading", "export-approval-heading"),
            Part::Charter => (
                "export-charter-sense-check-heading",
                "export-charter-approval-heading",
            ),
        };
        blocks.push(heading(2, tr.tr(checking)));
        if versions.is_empty() {
            blocks.push(Block::Paragraph(tr.tr("export-no-versions")));
            return;
        }
        let date = |at: u64| i18n::date(tr, i18n::from_unix(at));
        blocks.push(Block::Bullets(
            versions
                .iter()
                .map(|version| {
                    let count =
                        |r: Response| version.feedback.iter().filter(|f| f.response == r).count();
                    tr.tr_args(
                        "export-version-tally",
                        &[
                            ("number", version.number.into()),
                            ("date", Arg::Str(&date(version.saved_at))),
                            ("count", version.feedback.len().into()),
                            ("agree", count(Response::Agree).into()),
                            ("changes", count(Response::AgreeWithChanges).into()),
                            ("disagree", count(Response::Disagree).into()),
                        ],
                    )
                })
                .collect(),
        ));
        blocks.push(heading(2, tr.tr(approval)));
        let approvals: Vec<String> = versions
            .iter()
            .filter_map(|version| approval_line(tr, versions, version))
            .collect();
        if approvals.is_empty() {
            blocks.push(Block::Paragraph(tr.tr("export-no-approval")));
        } else {
            blocks.push(Block::Bullets(approvals));
        }
    }
}

/// How `version` was approved, in words that cannot be misread: by whom and when, whether
/// it was approved without being sense-checked (no response recorded on it), and if a later
/// approval replaced it, by which version and when. None for a version never approved.
pub(super) fn approval_line(
    tr: &crate::i18n::I18n,
    versions: &[crate::model::definition::Version],
    version: &crate::model::definition::Version,
) -> Option<String> {
    let date = |at: u64| i18n::date(tr, i18n::from_unix(at));
    let (by, at, replaced_at) = match &version.status {
        VersionStatus::Approved { by, at } => (by, *at, None),
        VersionStatus::Superseded {
            by,
            at,
            replaced_at,
        } => (by, *at, Some(*replaced_at)),
        _ => return None,
    };
    let mut line = tr.tr_args(
        "export-approved",
        &[
            ("number", version.number.into()),
            ("by", Arg::Str(by)),
            ("date", Arg::Str(&date(at))),
        ],
    );
    if version.feedback.is_empty() {
        line.push_str("; ");
        line.push_str(&tr.tr("export-not-sense-checked"));
    }
    if let Some(replaced_at) = replaced_at {
        // The approval that replaced it is the one given at that moment.
        let by_version = versions.iter().find(|other| {
            matches!(&other.status,
                VersionStatus::Approved { at, .. } | VersionStatus::Superseded { at, .. }
                    if *at == replaced_at && other.number != version.number)
        });
        line.push_str("; ");
        line.push_str(&match by_version {
            Some(other) => tr.tr_args(
                "export-replaced-by",
                &[
                    ("number", other.number.into()),
                    ("date", Arg::Str(&date(replaced_at))),
                ],
            ),
            None => tr.tr_args(
                "export-replaced-on",
                &[("date", Arg::Str(&date(replaced_at)))],
            ),
        });
    }
    Some(line)
}

fn heading(level: u8, text: String) -> Block {
    Block::Heading { level, text }
}
