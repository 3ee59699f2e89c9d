//! What leaves the room: a Markdown report, a CSV of every contribution, the definition as
//! plain text. Every format is rendered from an [`Outbound`] (see `outbound`): consent,
//! anonymising and redaction are applied there, once, before any format sees the project.

mod csv;
mod docx;
mod docx_marks;
pub mod in_words;
mod markdown;
mod md_escape;
pub mod outbound;
mod pdf;
mod plain_text;
mod prepared;
pub mod privacy;
pub mod report;
mod xlsx;

pub use outbound::{ExportOptions, Finding, Marks, Outbound, Place, spreadsheet_cell};

use prepared::{Prepared, contribution_columns};

use crate::i18n::{self, I18n};
use crate::model::Project;

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
