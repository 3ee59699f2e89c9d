//! What every written format needs from the project, worked out once (the ranking and its
//! places, linked copies, each note's theme, what may be quoted) and shared by the Markdown,
//! text, CSV, spreadsheet, Word and PDF writers.

use std::collections::BTreeSet;

use super::{Outbound, report};
use crate::i18n::labels;
use crate::i18n::{Arg, I18n};
use crate::model::definition::{
    Part, Response, SentenceLink, rank_places, ranked_themes, themes_linked,
};
use crate::model::{Consent, Language, Note, NoteId, Project, Prompt, ThemeId, geometry};

/// What a report says of the definition or of the charter.
pub(super) struct Outcome {
    pub(super) part: Part,
    /// The approved version's words, else the draft's.
    pub(super) text: String,
    pub(super) links: Vec<SentenceLink>,
    /// "Version 3, approved by … on …", when a version is approved.
    pub(super) status: Option<String>,
}

impl Outcome {
    /// The status line, or that this is a draft not yet approved.
    pub(super) fn status_or_draft(&self, tr: &I18n) -> String {
        self.status
            .clone()
            .unwrap_or_else(|| tr.tr("export-draft-status"))
    }
}

/// The columns of every contribution, in the CSV and the spreadsheet, by their catalogue
/// words: in an English export the short names a coordinator's formulas use (`theme_rank`),
/// in a Welsh one the same in Welsh.
pub(super) const CONTRIBUTION_COLUMNS: [&str; 13] = [
    "export-column-id",
    "export-column-text",
    "export-column-prompt",
    "export-column-kind",
    "export-column-group",
    "export-column-author",
    "export-column-language",
    "export-column-consent",
    "export-column-theme",
    "export-column-theme-rank",
    "export-column-theme-rank-shared",
    "export-column-theme-votes",
    "export-column-also-in",
];

/// The column headings in `tr`'s language.
pub(super) fn contribution_columns(tr: &I18n) -> Vec<String> {
    CONTRIBUTION_COLUMNS.iter().map(|id| tr.tr(id)).collect()
}

/// What every format needs from the project, worked out once (the ranking, places, linked
/// copies, each note's theme) and shared by the Markdown, text, Word and PDF writers.
pub(super) struct Prepared<'a> {
    pub(super) project: &'a Project,
    pub(super) tr: &'a I18n,
    pub(super) ranked: Vec<ThemeId>,
    /// Each ranked theme's place and whether it shares it (a tie kept by the group).
    pub(super) places: Vec<(u32, bool)>,
    /// Each contribution's linked copies, in id order (worked out once: a report of a large
    /// board must not look for them note by note).
    pub(super) copies: std::collections::BTreeMap<NoteId, Vec<NoteId>>,
    /// The theme each note is in.
    pub(super) theme_of: std::collections::BTreeMap<NoteId, ThemeId>,
}

impl<'a> Prepared<'a> {
    pub(super) fn new(outbound: &'a Outbound, tr: &'a I18n) -> Self {
        let project = outbound.project();
        let themes: BTreeSet<ThemeId> = project.themes.keys().copied().collect();
        let ranked = ranked_themes(&project.definition, &themes);
        let mut copies: std::collections::BTreeMap<NoteId, Vec<NoteId>> =
            std::collections::BTreeMap::new();
        for note in project.notes.values() {
            if let Some(original) = note.copy_of {
                copies.entry(original).or_default().push(note.id);
            }
        }
        let theme_of = project
            .themes
            .values()
            .flat_map(|theme| theme.notes.iter().map(move |note| (*note, theme.id)))
            .collect();
        Self {
            project,
            tr,
            places: rank_places(&project.definition.tied, &ranked),
            ranked,
            copies,
            theme_of,
        }
    }

    /// A contribution's text as it may be shown, or `None` when it is not to be quoted (the
    /// filter has already replaced such text; this keeps it out of lists altogether).
    pub(super) fn quotable_text(&self, note: &Note) -> Option<String> {
        let original = self.project.note(note.copy_of.unwrap_or(note.id))?;
        if original.details.consent == Consent::DoNotQuote {
            return None;
        }
        // A picture is reported by its caption and what it shows, in words.
        Some(match &original.picture {
            Some(picture) if !picture.alt.trim().is_empty() => self.tr.tr_args(
                "export-picture",
                &[
                    ("caption", Arg::Str(note.text.trim())),
                    ("alt", Arg::Str(picture.alt.trim())),
                ],
            ),
            _ => note.text.clone(),
        })
    }

    /// The author, where the filter left one (consent and the export's choices).
    pub(super) fn author(&self, note: &Note) -> Option<&'a str> {
        let note = self.project.note(note.copy_of.unwrap_or(note.id))?;
        let author = note.details.author.trim();
        (!author.is_empty()).then_some(author)
    }

    /// The themes a contribution is in: its own, then its linked copies' (in id order).
    pub(super) fn themes_of(&self, original: NoteId) -> Vec<ThemeId> {
        std::iter::once(original)
            .chain(self.copies.get(&original).into_iter().flatten().copied())
            .filter_map(|id| self.theme_of.get(&id).copied())
            .collect()
    }

    /// What to report of `part`: the latest approved version, else the current draft.
    pub(super) fn outcome(&self, part: Part) -> Outcome {
        let definition = &self.project.definition;
        let Some(version) = definition.approved(part) else {
            let draft = definition.draft_of(part);
            return Outcome {
                part,
                text: draft.text.clone(),
                links: draft.links.clone(),
                status: None,
            };
        };
        let status = report::approval_line(self.tr, definition.versions_of(part), version);
        Outcome {
            part,
            text: version.text.clone(),
            links: version.links.clone(),
            status,
        }
    }

    /// Each sentence (or principle) of `outcome` with the themes it comes from, as "Sharing
    /// power (1)": the trace a reader follows to the themes' contributions further on.
    pub(super) fn traced(&self, outcome: &Outcome) -> Vec<(String, Vec<String>)> {
        outcome
            .part
            .pieces(&outcome.text)
            .into_iter()
            .map(|(_, piece)| {
                let themes = self.ranked_titles(&themes_linked(&outcome.links, &piece));
                (piece, themes)
            })
            .collect()
    }

    /// These themes by rank, each as its title and place ("Sharing power (1)", "Trust (=6)").
    pub(super) fn ranked_titles(&self, themes: &BTreeSet<ThemeId>) -> Vec<String> {
        self.ranked
            .iter()
            .zip(&self.places)
            .filter(|(id, _)| themes.contains(id))
            .filter_map(|(id, (place, shared))| {
                let theme = self.project.themes.get(id)?;
                // A shared place is marked "=6", as everywhere else.
                let mark = if *shared { "=" } else { "" };
                Some(format!("{} ({mark}{place})", theme.title.trim()))
            })
            .collect()
    }

    /// A piece with the themes it comes from, in one line.
    pub(super) fn traced_line(&self, piece: &str, themes: &[String]) -> String {
        if themes.is_empty() {
            piece.to_owned()
        } else {
            self.tr.tr_args(
                "export-traced",
                &[
                    ("piece", Arg::Str(piece)),
                    ("themes", Arg::Str(&themes.join(", "))),
                ],
            )
        }
    }

    pub(super) fn votes(&self, theme: ThemeId) -> u32 {
        self.project
            .definition
            .voting
            .tally()
            .get(&theme)
            .copied()
            .unwrap_or(0)
    }

    /// How the contributions were asked for: the five senses, or this project's own
    /// questions (a survey's, in the order they first appear).
    pub(super) fn method(&self) -> String {
        const LISTED: usize = 12;
        let tr = self.tr;
        let mut asked: Vec<&str> = Vec::new();
        for note in self.project.notes.values().filter(|n| n.copy_of.is_none()) {
            if let Prompt::Other(question) = &note.details.prompt {
                let question = question.trim();
                if !question.is_empty() && !asked.contains(&question) {
                    asked.push(question);
                }
            }
        }
        if asked.is_empty() {
            return tr.tr("export-method");
        }
        let mut questions = asked
            .iter()
            .take(LISTED)
            .map(|q| format!("“{q}”"))
            .collect::<Vec<_>>()
            .join("; ");
        if asked.len() > LISTED {
            questions.push_str("; ");
            questions.push_str(&tr.tr_args(
                "export-method-more",
                &[("count", (asked.len() - LISTED).into())],
            ));
        }
        tr.tr_args(
            "export-method-questions",
            &[
                ("count", asked.len().into()),
                ("questions", Arg::Str(&questions)),
            ],
        )
    }

    /// How the definition was made, in counts: contributions, themes, people, feedback,
    /// versions.
    pub(super) fn facts(&self) -> Vec<String> {
        let tr = self.tr;
        let project = self.project;
        let (themed, contributions) = geometry::theme_progress(project);
        let definition = &project.definition;
        let feedback: Vec<Response> = definition
            .versions
            .iter()
            .flat_map(|v| v.feedback.iter().map(|f| f.response))
            .collect();
        let count = |r: Response| feedback.iter().filter(|f| **f == r).count();
        let mut facts = vec![
            tr.tr_args(
                "export-count-contributions",
                &[("count", contributions.into()), ("themed", themed.into())],
            ),
            tr.tr_args(
                "export-count-themes",
                &[("count", project.themes.len().into())],
            ),
            tr.tr_args(
                "export-count-participants",
                // People named in the vote, and each phone that voted from the room.
                &[(
                    "count",
                    (definition.voting.participants.len() + definition.voting.phones_voted())
                        .into(),
                )],
            ),
            tr.tr_args(
                "export-count-feedback",
                &[
                    ("count", feedback.len().into()),
                    ("agree", count(Response::Agree).into()),
                    ("changes", count(Response::AgreeWithChanges).into()),
                    ("disagree", count(Response::Disagree).into()),
                ],
            ),
            tr.tr_args(
                "export-count-versions",
                &[("count", definition.versions.len().into())],
            ),
        ];
        let principles = Part::Charter
            .pieces(&self.outcome(Part::Charter).text)
            .len();
        if principles > 0 {
            facts.push(tr.tr_args("export-count-principles", &[("count", principles.into())]));
        }
        facts
    }

    /// The contributions in no theme: neither they nor any linked copy of them is in one.
    pub(super) fn loose(&self) -> Vec<NoteId> {
        self.project
            .notes
            .values()
            .filter(|n| n.copy_of.is_none() && self.themes_of(n.id).is_empty())
            .map(|n| n.id)
            .collect()
    }

    /// The contributions among `ids` that may be quoted, each with its author where named
    /// (a linked copy speaks as its original), and how many may not.
    #[expect(
        clippy::type_complexity,
        reason = "a private list, named where it is used"
    )]
    pub(super) fn quotable(
        &self,
        ids: &[NoteId],
    ) -> (Vec<(String, Option<&'a str>, Language)>, usize) {
        let mut quotes = Vec::new();
        let mut withheld = 0_usize;
        for note in ids.iter().filter_map(|id| self.project.note(*id)) {
            let original = self
                .project
                .note(note.copy_of.unwrap_or(note.id))
                .unwrap_or(note);
            match self.quotable_text(original) {
                Some(text) => {
                    quotes.push((text, self.author(original), original.details.language));
                }
                None => withheld += 1,
            }
        }
        (quotes, withheld)
    }

    /// Every contribution as a row of `CONTRIBUTION_COLUMNS`: what the CSV and the
    /// spreadsheet hold (a contribution not to be quoted is a placeholder, never its words).
    pub(super) fn contribution_rows(&self) -> Vec<[String; 13]> {
        let tr = self.tr;
        let project = self.project;
        let rank_of = |theme: ThemeId| {
            self.ranked
                .iter()
                .position(|t| *t == theme)
                .and_then(|at| self.places.get(at).copied())
        };
        let title = |id: ThemeId| {
            project
                .themes
                .get(&id)
                .map(|t| t.title.clone())
                .unwrap_or_default()
        };
        project
            .notes
            .values()
            .filter(|n| n.copy_of.is_none())
            .map(|note| {
                let places = self.themes_of(note.id);
                let theme = places.first().copied();
                let also: Vec<String> = places.iter().skip(1).map(|id| title(*id)).collect();
                let text = self
                    .quotable_text(note)
                    .unwrap_or_else(|| tr.tr("export-not-quoted"));
                [
                    note.id.0.to_string(),
                    text,
                    labels::prompt(tr, &note.details.prompt),
                    labels::kind(tr, &note.details.kind),
                    note.details.group.clone(),
                    self.author(note).unwrap_or_default().to_owned(),
                    labels::language(tr, note.details.language),
                    labels::consent(tr, note.details.consent),
                    theme.map(title).unwrap_or_default(),
                    theme
                        .and_then(rank_of)
                        .map(|(place, _)| place.to_string())
                        .unwrap_or_default(),
                    theme
                        .and_then(rank_of)
                        .filter(|(_, shared)| *shared)
                        .map(|_| tr.tr("export-yes"))
                        .unwrap_or_default(),
                    theme.map(|t| self.votes(t).to_string()).unwrap_or_default(),
                    also.join("; "),
                ]
            })
            .collect()
    }
}
