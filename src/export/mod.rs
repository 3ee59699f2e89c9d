//! What leaves the room: a Markdown report, a CSV of every contribution, the definition as
//! plain text. Every format is rendered from an [`Outbound`] (see `outbound`): consent,
//! anonymising and redaction are applied there, once, before any format sees the project.

mod docx;
mod docx_marks;
pub mod in_words;
mod md_escape;
pub mod outbound;
mod pdf;
pub mod privacy;
pub mod report;
mod xlsx;

pub use outbound::{ExportOptions, Finding, Marks, Outbound, Place, spreadsheet_cell};

use std::collections::BTreeSet;
use std::fmt::Write as _;

use md_escape::md_text;

use crate::i18n::labels;
use crate::i18n::{self, Arg, I18n};
use crate::model::definition::{
    Part, Response, SentenceLink, rank_places, ranked_themes, themes_linked,
};
use crate::model::{Consent, Language, Note, NoteId, Project, Prompt, ThemeId, geometry};

/// The formats an export can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Csv,
    Text,
    /// The report as a Word document.
    Docx,
    /// Every contribution as an Excel workbook.
    Xlsx,
    /// The report as a tagged PDF, for reading.
    Pdf,
}

impl ExportFormat {
    /// Every format, for the export dialog and for the test that checks each one honours
    /// consent and redaction: a new format is added here.
    pub const ALL: [Self; 6] = [
        Self::Markdown,
        Self::Csv,
        Self::Text,
        Self::Docx,
        Self::Xlsx,
        Self::Pdf,
    ];

    /// Whether this format writes what is at `place` (the privacy check lists only that;
    /// the filter is applied to everything regardless).
    pub fn writes(self, place: Place) -> bool {
        match self {
            Self::Text => matches!(place, Place::Draft(_) | Place::Version(..)),
            Self::Markdown | Self::Docx | Self::Pdf => matches!(
                place,
                Place::ProjectTitle
                    | Place::Contribution(_)
                    | Place::Author(_)
                    | Place::ThemeTitle(_)
                    | Place::ThemeMeaning(_)
                    | Place::Draft(_)
                    | Place::Version(..)
                    | Place::Approver(..)
            ),
            Self::Csv | Self::Xlsx => matches!(
                place,
                Place::Contribution(_) | Place::Author(_) | Place::Group(_) | Place::ThemeTitle(_)
            ),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::Text => "txt",
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
            Self::Pdf => "pdf",
        }
    }
}

/// Whether a picture of the board shows what is at `place`: note text, theme titles and
/// column labels are on the board; the rest is not.
pub fn board_shows(place: Place) -> bool {
    matches!(
        place,
        Place::Contribution(_) | Place::ThemeTitle(_) | Place::ColumnLabel(_)
    )
}

/// The words the filter writes in place of what it holds back, in `tr`'s language.
pub fn marks(tr: &I18n) -> Marks {
    Marks {
        withheld: tr.tr("export-not-quoted"),
        redacted: tr.tr("export-redacted"),
    }
}

/// The project as it may leave the room, with the privacy check's findings.
pub fn outbound(project: &Project, tr: &I18n, options: &ExportOptions) -> Outbound {
    Outbound::new(project, options, &marks(tr))
}

/// The export as bytes ready to write (UTF-8; the CSV with a byte-order mark so that
/// spreadsheets read Welsh letters correctly).
pub fn export(
    project: &Project,
    tr: &I18n,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    render(&outbound(project, tr, options), tr, format)
}

/// Why an export was not made. Nothing is written then: an earlier file at the place
/// chosen is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The PDF writer refused (a report it cannot tag, a font it cannot read).
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    /// The Word writer refused.
    #[error("the Word document could not be made: {0}")]
    Docx(String),
    /// The definition alone was asked for, and there is no definition or charter yet.
    #[error("there is no definition or charter yet")]
    NothingToExport,
}

/// An export made: its bytes, and the characters the PDF's font had no glyph for (drawn as
/// a visible mark, named in the summary so nobody is surprised).
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub replaced: Vec<char>,
    /// The mark drawn in their place.
    pub mark: char,
}

/// Which languages an export is written in: chosen at export, apart from the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReportLanguage {
    #[default]
    English,
    Welsh,
    /// Welsh first, then English: the Welsh is never second best.
    Both,
}

impl ReportLanguage {
    pub const ALL: [Self; 3] = [Self::English, Self::Welsh, Self::Both];

    /// The interface's own language, as the choice to start from.
    pub fn of(language: i18n::UiLanguage) -> Self {
        match language {
            i18n::UiLanguage::English => Self::English,
            i18n::UiLanguage::Welsh => Self::Welsh,
        }
    }

    /// The languages written, in order.
    fn languages(self) -> &'static [i18n::UiLanguage] {
        use i18n::UiLanguage::{English, Welsh};
        match self {
            Self::English => &[English],
            Self::Welsh => &[Welsh],
            Self::Both => &[Welsh, English],
        }
    }
}

/// `project` exported in `format`, in `language`, through the outbound filter (once for each
/// language: what it writes in place of what it holds back is in that language too). A
/// spreadsheet in both languages has a sheet for each; a CSV, one table, takes the first.
pub fn render_in(
    project: &Project,
    options: &ExportOptions,
    language: ReportLanguage,
    format: ExportFormat,
) -> Result<Vec<u8>, ExportError> {
    render_summarised(project, options, language, format).map(|rendered| rendered.bytes)
}

/// As [`render_in`], with what the export could not show as written.
pub fn render_summarised(
    project: &Project,
    options: &ExportOptions,
    language: ReportLanguage,
    format: ExportFormat,
) -> Result<Rendered, ExportError> {
    let each: Vec<(I18n, Outbound)> = language
        .languages()
        .iter()
        .map(|language| {
            let tr = I18n::new(*language);
            let outbound = outbound(project, &tr, options);
            (tr, outbound)
        })
        .collect();
    let prepared: Vec<Prepared<'_>> = each
        .iter()
        .map(|(tr, out)| Prepared::new(out, tr))
        .collect();
    let bytes = match format {
        ExportFormat::Docx => {
            let reports: Vec<_> = prepared.iter().map(Prepared::report).collect();
            docx::docx(
                &reports,
                &chart_headers(prepared[0].tr),
                prepared[0].project.title.trim(),
            )
            .map_err(ExportError::Docx)?
        }
        ExportFormat::Pdf => {
            let reports: Vec<_> = prepared.iter().map(Prepared::report).collect();
            return pdf_made(&reports, prepared[0].project, prepared[0].tr);
        }
        ExportFormat::Xlsx => xlsx::xlsx(
            &prepared
                .iter()
                .map(|ctx| xlsx::Sheet {
                    name: ctx.tr.tr("export-sheet-name"),
                    header: contribution_columns(ctx.tr),
                    rows: ctx.contribution_rows(),
                })
                .collect::<Vec<_>>(),
        ),
        ExportFormat::Markdown => prepared
            .iter()
            .map(Prepared::markdown)
            .collect::<Vec<_>>()
            .join("\n---\n\n")
            .into_bytes(),
        // Both languages: each text in turn, Welsh first, with its own heading words.
        ExportFormat::Text => {
            let texts = prepared
                .iter()
                .map(Prepared::plain_text)
                .collect::<Result<Vec<_>, _>>()?;
            texts.join("\n").into_bytes()
        }
        ExportFormat::Csv => render(&each[0].1, &each[0].0, format)?,
    };
    Ok(Rendered {
        bytes,
        ..Rendered::default()
    })
}

/// The PDF of `reports`, or why the writer refused.
fn pdf_made(
    reports: &[report::Report],
    project: &Project,
    tr: &I18n,
) -> Result<Rendered, ExportError> {
    let (bytes, replaced, mark) =
        pdf::pdf(reports, project.title.trim(), &chart_headers(tr)).map_err(ExportError::Pdf)?;
    Ok(Rendered {
        bytes,
        replaced,
        mark,
    })
}

/// The votes table's column heads.
fn chart_headers(tr: &I18n) -> [String; 2] {
    [tr.tr("export-chart-theme"), tr.tr("export-chart-votes")]
}

/// Renders what the filter let through in `format`, in `tr`'s language.
pub fn render(
    outbound: &Outbound,
    tr: &I18n,
    format: ExportFormat,
) -> Result<Vec<u8>, ExportError> {
    let ctx = Prepared::new(outbound, tr);
    Ok(match format {
        ExportFormat::Docx => docx::docx(
            &[ctx.report()],
            &chart_headers(tr),
            ctx.project.title.trim(),
        )
        .map_err(ExportError::Docx)?,
        ExportFormat::Pdf => pdf_made(&[ctx.report()], ctx.project, tr)?.bytes,
        ExportFormat::Xlsx => xlsx::xlsx(&[xlsx::Sheet {
            name: tr.tr("export-sheet-name"),
            header: contribution_columns(tr),
            rows: ctx.contribution_rows(),
        }]),
        ExportFormat::Markdown => ctx.markdown().into_bytes(),
        ExportFormat::Csv => ctx.csv(),
        ExportFormat::Text => ctx.plain_text()?.into_bytes(),
    })
}

/// The language tag a report in `language` carries (Word's `w:lang`, the PDF's `Lang`).
fn language_tag(language: i18n::UiLanguage) -> &'static str {
    match language {
        i18n::UiLanguage::English => "en-GB",
        i18n::UiLanguage::Welsh => "cy-GB",
    }
}

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

/// What a report says of the definition or of the charter.
struct Outcome {
    part: Part,
    /// The approved version's words, else the draft's.
    text: String,
    links: Vec<SentenceLink>,
    /// "Version 3, approved by … on …", when a version is approved.
    status: Option<String>,
}

impl Outcome {
    /// The status line, or that this is a draft not yet approved.
    fn status_or_draft(&self, tr: &I18n) -> String {
        self.status
            .clone()
            .unwrap_or_else(|| tr.tr("export-draft-status"))
    }
}

/// The columns of every contribution, in the CSV and the spreadsheet, by their catalogue
/// words: in an English export the short names a coordinator's formulas use (`theme_rank`),
/// in a Welsh one the same in Welsh.
const CONTRIBUTION_COLUMNS: [&str; 13] = [
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
fn contribution_columns(tr: &I18n) -> Vec<String> {
    CONTRIBUTION_COLUMNS.iter().map(|id| tr.tr(id)).collect()
}

/// What every format needs from the project, worked out once (the ranking, places, linked
/// copies, each note's theme) and shared by the Markdown, text, Word and PDF writers.
struct Prepared<'a> {
    project: &'a Project,
    tr: &'a I18n,
    ranked: Vec<ThemeId>,
    /// Each ranked theme's place and whether it shares it (a tie kept by the group).
    places: Vec<(u32, bool)>,
    /// Each contribution's linked copies, in id order (worked out once: a report of a large
    /// board must not look for them note by note).
    copies: std::collections::BTreeMap<NoteId, Vec<NoteId>>,
    /// The theme each note is in.
    theme_of: std::collections::BTreeMap<NoteId, ThemeId>,
}

impl<'a> Prepared<'a> {
    fn new(outbound: &'a Outbound, tr: &'a I18n) -> Self {
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
    fn quotable_text(&self, note: &Note) -> Option<String> {
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
    fn author(&self, note: &Note) -> Option<&'a str> {
        let note = self.project.note(note.copy_of.unwrap_or(note.id))?;
        let author = note.details.author.trim();
        (!author.is_empty()).then_some(author)
    }

    /// The themes a contribution is in: its own, then its linked copies' (in id order).
    fn themes_of(&self, original: NoteId) -> Vec<ThemeId> {
        std::iter::once(original)
            .chain(self.copies.get(&original).into_iter().flatten().copied())
            .filter_map(|id| self.theme_of.get(&id).copied())
            .collect()
    }

    /// What to report of `part`: the latest approved version, else the current draft.
    fn outcome(&self, part: Part) -> Outcome {
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
    fn traced(&self, outcome: &Outcome) -> Vec<(String, Vec<String>)> {
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
    fn ranked_titles(&self, themes: &BTreeSet<ThemeId>) -> Vec<String> {
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
    fn traced_line(&self, piece: &str, themes: &[String]) -> String {
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

    fn votes(&self, theme: ThemeId) -> u32 {
        self.project
            .definition
            .voting
            .tally()
            .get(&theme)
            .copied()
            .unwrap_or(0)
    }

    fn markdown(&self) -> String {
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

    /// The definition as plain text, to paste into a document; the charter's principles
    /// after it, a line each, when there is a charter. Refused when there is neither: an
    /// empty file is not a definition.
    fn plain_text(&self) -> Result<String, ExportError> {
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

    /// The definition (approved, else the draft), marked with its status, and where each
    /// of its sentences comes from.
    fn definition_md(&self, md: &mut String) {
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
    fn charter_md(&self, md: &mut String) {
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

    /// How the contributions were asked for: the five senses, or this project's own
    /// questions (a survey's, in the order they first appear).
    fn method(&self) -> String {
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
    fn facts(&self) -> Vec<String> {
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

    /// The themes by rank, each with its meaning and quotable contributions; then the loose.
    fn themes_md(&self, md: &mut String) {
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

    /// The contributions in no theme: neither they nor any linked copy of them is in one.
    fn loose(&self) -> Vec<NoteId> {
        self.project
            .notes
            .values()
            .filter(|n| n.copy_of.is_none() && self.themes_of(n.id).is_empty())
            .map(|n| n.id)
            .collect()
    }

    /// A list of contributions; those not to be quoted are counted, never shown.
    fn contributions_md(&self, md: &mut String, ids: &[NoteId]) {
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

    /// The contributions among `ids` that may be quoted, each with its author where named
    /// (a linked copy speaks as its original), and how many may not.
    #[expect(
        clippy::type_complexity,
        reason = "a private list, named where it is used"
    )]
    fn quotable(&self, ids: &[NoteId]) -> (Vec<(String, Option<&'a str>, Language)>, usize) {
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
    fn contribution_rows(&self) -> Vec<[String; 13]> {
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

    fn csv(&self) -> Vec<u8> {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        {
            let mut writer = csv::WriterBuilder::new().from_writer(&mut bytes);
            let _ = writer.write_record(contribution_columns(self.tr));
            for record in self.contribution_rows() {
                // A cell a spreadsheet would run as a formula is written as text.
                let _ = writer.write_record(
                    record
                        .iter()
                        .map(|cell| spreadsheet_cell(cell).into_owned()),
                );
            }
            let _ = writer.flush();
        }
        bytes
    }
}
