//! The report as a Word document (Office Open XML, through `docx-rs`): real heading styles
//! (Word's navigation pane and a screen reader's heading list find them), lists as lists, the
//! votes as a table with a bar in each row, and songs and menus keeping their lines. Opens in
//! Word and `LibreOffice`.

use docx_rs::{
    AbstractNumbering, BreakType, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat,
    Numbering, NumberingId, Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
    Table, TableCell, TableRow,
};

use super::report::{Block, Report};

/// The one list style: a bullet, indented (1 is the writer's own numbered list).
const BULLETS: usize = 2;
/// Longest bar in the votes table, in characters.
const BAR_WIDTH: u32 = 16;

/// `reports` one after the other (a bilingual report: Welsh, then English), each from a new
/// page, as one `.docx`.
pub fn docx(reports: &[Report], headers: &[String; 2], title: &str) -> Result<Vec<u8>, String> {
    // Made now: Word's properties say when, never 1970.
    let now = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let mut doc = Docx::new()
        .created_at(&now)
        .updated_at(&now)
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(24)
        .add_style(heading_style(1, 48))
        .add_style(heading_style(2, 36))
        .add_style(heading_style(3, 28))
        .add_style(
            Style::new("Quote", StyleType::Paragraph)
                .name("Quote")
                .italic()
                .size(28)
                .indent(Some(720), None, Some(720), None),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(720),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_style(contribution_style("en-GB"))
        .add_style(contribution_style("cy-GB"));
    for (index, report) in reports.iter().enumerate() {
        if index > 0 {
            doc =
                doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        for block in &report.blocks {
            doc = add_block(doc, block, headers);
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|err| err.to_string())?;
    let languages: Vec<&str> = reports
        .iter()
        .map(|report| super::language_tag(report.language))
        .collect();
    super::docx_marks::marked(&bytes.into_inner(), &languages, title)
        .ok_or_else(|| "the Word package could not be read back".to_owned())
}

/// A contribution's paragraph in `language`: looks as any other, says its language.
fn contribution_style(language: &str) -> Style {
    let id = super::docx_marks::style_for(language);
    Style::new(&id, StyleType::Paragraph)
        .name(format!("Contribution ({language})"))
        .based_on("Normal")
}

/// Word's own heading styles ("heading 1" …), so the document's outline is a real one.
fn heading_style(level: usize, half_points: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .bold()
        .size(half_points)
        .line_spacing(docx_rs::LineSpacing::new().before(360).after(120))
        .outline_lvl(level - 1)
}

/// Text with its line breaks kept (a song's lines, a menu's courses).
fn lines(text: &str) -> Run {
    let mut run = Run::new();
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line.trim_end());
    }
    run
}

fn add_block(doc: Docx, block: &Block, headers: &[String; 2]) -> Docx {
    match block {
        Block::Heading { level, text } => doc.add_paragraph(
            Paragraph::new()
                .style(&format!("Heading{}", level.clamp(&1, &3)))
                .add_run(Run::new().add_text(text)),
        ),
        Block::Paragraph(text) => doc.add_paragraph(Paragraph::new().add_run(lines(text))),
        Block::Status(text) => {
            doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(text).italic()))
        }
        Block::Quote(text) => {
            doc.add_paragraph(Paragraph::new().style("Quote").add_run(lines(text)))
        }
        Block::Bullets(items) => items.iter().fold(doc, |doc, item| {
            doc.add_paragraph(
                Paragraph::new()
                    .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
                    .add_run(lines(item)),
            )
        }),
        // Each contribution's paragraph names its language by its style, which the marks
        // added to the package turn into the run's `w:lang`.
        Block::Contributions(items) => items.iter().fold(doc, |doc, (item, language)| {
            let paragraph = Paragraph::new()
                .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
                .add_run(lines(item));
            doc.add_paragraph(match language {
                Some(language) => paragraph.style(&super::docx_marks::style_for(language)),
                None => paragraph,
            })
        }),
        Block::Votes(bars) => doc.add_table(votes_table(bars, headers)),
    }
}

/// Theme, votes and a bar as long as the votes (the longest 16 characters): a chart that a
/// screen reader reads as the table it is.
fn votes_table(bars: &[(String, u32)], headers: &[String; 2]) -> Table {
    let most = bars
        .iter()
        .map(|(_, votes)| *votes)
        .max()
        .unwrap_or(0)
        .max(1);
    let cell = |text: &str| {
        TableCell::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)))
    };
    let header = TableRow::new(vec![
        TableCell::new()
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&headers[0]).bold())),
        TableCell::new()
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&headers[1]).bold())),
        cell(""),
    ]);
    let rows = bars.iter().map(|(title, votes)| {
        let length = (votes * BAR_WIDTH).div_ceil(most);
        TableRow::new(vec![
            cell(title),
            cell(&votes.to_string()),
            cell(&"█".repeat(length as usize)),
        ])
    });
    Table::new(std::iter::once(header).chain(rows).collect()).set_grid(vec![4200, 1000, 3800])
}
