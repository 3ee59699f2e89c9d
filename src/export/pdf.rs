//! The report as a tagged PDF (PDF/UA-1, through `krilla`): the same blocks as the Word
//! report, laid out on A4 with the font embedded (every Welsh letter: ŵ, ŷ, â…), text that
//! can be selected and read back, and a tag tree a screen reader follows (headings,
//! paragraphs, lists, the votes as a table; the bars and bullets are artifacts). Each report's
//! part is tagged with its language, so a bilingual report is read in both voices.

use std::num::NonZeroU16;
use std::sync::Arc;

use krilla::Document;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, ListNumbering, Node, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, TextDirection};
use skrifa::MetadataProvider as _;

use super::report::{Block, Report};

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 64.0;
const BODY: f32 = 11.5;
const LEADING: f32 = 1.45;
/// The widest bar in the votes table, in points.
const BAR_MAX: f32 = 200.0;

/// One line of text placed on a page.
struct Line {
    page: usize,
    at: Point,
    size: f32,
    /// What is drawn, in runs of one font each (an index into the fonts): characters no
    /// font has are a visible replacement.
    runs: Vec<(usize, String)>,
    /// The words as written, when something in them was replaced: what a screen reader
    /// reads and a copy takes.
    actual: Option<String>,
}

/// Drawn for a character the font has no glyph for (the first of these it has): a visible
/// mark, never a character silently dropped or a file that cannot be written.
const REPLACEMENTS: [char; 3] = ['□', '\u{FFFD}', '?'];

/// What a reader of the structure meets: a tagged group of lines or of other groups.
enum Part {
    Line(usize),
    Group(TagKind, Vec<Part>),
}

/// Lines laid out on pages, with the structure they belong to.
struct Layout<'f> {
    /// Ubuntu, egui's emoji font, then the machine's fonts for what those lack.
    fonts: Vec<skrifa::FontRef<'f>>,
    /// Each heading: its level, words, page and top (the document's outline).
    headings: Vec<(u8, String, usize, f32)>,
    lines: Vec<Line>,
    /// Decoration (bars, bullets) by page: drawn as artifacts, outside the structure.
    marks: Vec<(usize, Rect)>,
    page: usize,
    y: f32,
    /// The mark drawn for a character the font lacks.
    replacement: char,
    /// Every character the font lacks that a line held.
    replaced: std::collections::BTreeSet<char>,
}

impl Layout<'_> {
    /// `text` as the font can draw it: each character it has no glyph for is replaced by a
    /// visible mark, and noted. Spaces and line breaks need no glyph.
    fn drawable(&mut self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_whitespace() || self.font_for(c).is_some() {
                    c
                } else {
                    self.replaced.insert(c);
                    self.replacement
                }
            })
            .collect()
    }

    /// The first font that has `c`.
    fn font_for(&self, c: char) -> Option<usize> {
        self.fonts
            .iter()
            .position(|font| font.charmap().map(c).is_some())
    }

    /// `text` in runs of one font each; a space goes with the run it is in.
    fn runs(&self, text: &str) -> Vec<(usize, String)> {
        let mut runs: Vec<(usize, String)> = Vec::new();
        for c in text.chars() {
            let font = if c.is_whitespace() {
                runs.last().map_or(0, |(font, _)| *font)
            } else {
                self.font_for(c).unwrap_or(0)
            };
            match runs.last_mut() {
                Some((last, run)) if *last == font => run.push(c),
                _ => runs.push((font, c.to_string())),
            }
        }
        runs
    }

    /// How wide `text` is in font `font`.
    fn run_width(&self, font: usize, text: &str, size: f32) -> f32 {
        let Some(face) = self.fonts.get(font) else {
            return 0.0;
        };
        let charmap = face.charmap();
        let metrics = face.glyph_metrics(
            skrifa::instance::Size::new(size),
            skrifa::instance::LocationRef::default(),
        );
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|glyph| metrics.advance_width(glyph))
                    .unwrap_or(size * 0.5)
            })
            .sum()
    }

    /// `word` in pieces no wider than `width`: a word too long for the line (a web address,
    /// a row of emoji) breaks anywhere rather than running off the page.
    fn pieces(&self, word: &str, width: f32, size: f32) -> Vec<String> {
        if self.width_of(word, size) <= width {
            return vec![word.to_owned()];
        }
        let mut pieces = Vec::new();
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if piece.chars().count() > 1 && self.width_of(&piece, size) > width {
                piece.pop();
                pieces.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            pieces.push(piece);
        }
        pieces
    }

    fn width_of(&self, text: &str, size: f32) -> f32 {
        self.runs(text)
            .iter()
            .map(|(font, run)| self.run_width(*font, run, size))
            .sum()
    }

    /// Room for `height` more on this page, else a new one.
    fn need(&mut self, height: f32) {
        if self.y + height > PAGE_HEIGHT - MARGIN {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        self.page += 1;
        self.y = MARGIN;
    }

    /// `text` wrapped to `width` from `x`, each line a part; a line break in the text is
    /// kept (a song's lines).
    fn text(&mut self, text: &str, x: f32, width: f32, size: f32) -> Vec<Part> {
        let mut parts = Vec::new();
        let step = size * LEADING;
        for paragraph_line in text.lines() {
            let mut line = String::new();
            let words: Vec<String> = paragraph_line
                .split_whitespace()
                .flat_map(|word| self.pieces(word, width, size))
                .collect();
            for word in &words {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if !line.is_empty() && self.width_of(&candidate, size) > width {
                    parts.push(self.place(std::mem::take(&mut line), x, size, step));
                    word.clone_into(&mut line);
                } else {
                    line = candidate;
                }
            }
            if !line.is_empty() {
                parts.push(self.place(line, x, size, step));
            }
        }
        parts
    }

    fn place(&mut self, text: String, x: f32, size: f32, step: f32) -> Part {
        self.need(step);
        self.y += step;
        let shown = self.drawable(&text);
        let runs = self.runs(&shown);
        let actual = (shown != text).then_some(text);
        self.lines.push(Line {
            page: self.page,
            at: Point::from_xy(x, self.y - (step - size) / 2.0),
            size,
            runs,
            actual,
        });
        Part::Line(self.lines.len() - 1)
    }

    fn block(&mut self, block: &Block) -> Part {
        let width = PAGE_WIDTH - 2.0 * MARGIN;
        match block {
            Block::Heading { level, text } => {
                let size = match level {
                    1 => 24.0,
                    2 => 17.0,
                    _ => 13.5,
                };
                // A heading never ends a page: it keeps a few lines of what follows.
                self.need(size * 2.0 + BODY * 4.0);
                self.y += size * 0.6;
                self.headings
                    .push((*level, text.clone(), self.page, self.y));
                let lines = self.text(text, MARGIN, width, size);
                self.y += size * 0.2;
                let level = NonZeroU16::new(u16::from(*level)).unwrap_or(NonZeroU16::MIN);
                Part::Group(Tag::Hn(level, Some(text.clone())).into(), lines)
            }
            Block::Paragraph(text) | Block::Status(text) => {
                let lines = self.text(text, MARGIN, width, BODY);
                self.y += BODY * 0.5;
                Part::Group(Tag::P.into(), lines)
            }
            Block::Quote(text) => {
                let lines = self.text(text, MARGIN + 24.0, width - 48.0, BODY + 2.0);
                self.y += BODY * 0.6;
                Part::Group(
                    Tag::BlockQuote.into(),
                    vec![Part::Group(Tag::P.into(), lines)],
                )
            }
            Block::Bullets(items) => {
                let items: Vec<(&str, Option<&str>)> =
                    items.iter().map(|item| (item.as_str(), None)).collect();
                self.bullets(&items, width)
            }
            // Each contribution tagged with its own language.
            Block::Contributions(items) => {
                let items: Vec<(&str, Option<&str>)> = items
                    .iter()
                    .map(|(item, language)| (item.as_str(), *language))
                    .collect();
                self.bullets(&items, width)
            }
            Block::Votes(_) => Part::Group(Tag::P.into(), Vec::new()),
        }
    }

    /// A bulleted list, an item's body tagged with its language where it has its own.
    fn bullets(&mut self, items: &[(&str, Option<&str>)], width: f32) -> Part {
        let items = items
            .iter()
            .map(|(item, language)| {
                self.need(BODY * LEADING);
                let dot_y = self.y + BODY * LEADING * 0.55;
                self.marks
                    .push((self.page, rect(MARGIN + 8.0, dot_y, 3.5, 3.5)));
                let lines = self.text(item, MARGIN + 22.0, width - 22.0, BODY);
                self.y += BODY * 0.25;
                let body = Tag::LBody.with_lang(language.map(str::to_owned));
                Part::Group(Tag::LI.into(), vec![Part::Group(body.into(), lines)])
            })
            .collect();
        self.y += BODY * 0.4;
        Part::Group(Tag::L(ListNumbering::Disc).into(), items)
    }

    /// The votes: a table of theme and count, with a bar beside each count.
    fn votes(&mut self, bars: &[(String, u32)], headers: &[String; 2]) -> Part {
        let most = bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f32;
        let title_width = 230.0;
        // As wide as the column's heading ("Pleidleisiau" is one word, never broken).
        let count_width = self.width_of(&headers[1], BODY).max(40.0) + 2.0;
        let row = |layout: &mut Self, title: &str, count: &str, scope: Option<TableHeaderScope>| {
            let top = layout.y;
            let title = layout.text(title, MARGIN, title_width, BODY);
            let after_title = layout.y;
            layout.y = top;
            let count = layout.text(count, MARGIN + title_width + 12.0, count_width, BODY);
            layout.y = layout.y.max(after_title) + BODY * 0.3;
            let cell = |lines: Vec<Part>| match scope {
                Some(scope) => Part::Group(Tag::TH(scope).into(), lines),
                None => Part::Group(Tag::TD.into(), lines),
            };
            Part::Group(Tag::TR.into(), vec![cell(title), cell(count)])
        };
        self.need(BODY * 6.0);
        let mut rows = vec![row(
            self,
            &headers[0],
            &headers[1],
            Some(TableHeaderScope::Column),
        )];
        for (title, votes) in bars {
            self.need(BODY * LEADING * 2.0);
            let top = self.y;
            let part = row(self, title, &votes.to_string(), None);
            let room = PAGE_WIDTH - 2.0 * MARGIN - title_width - 16.0 - count_width;
            let length = BAR_MAX.min(room) * (*votes as f32) / most;
            if length > 0.0 {
                self.marks.push((
                    self.page,
                    rect(
                        MARGIN + title_width + 16.0 + count_width,
                        top + BODY * 0.45,
                        length,
                        BODY * 0.9,
                    ),
                ));
            }
            rows.push(part);
        }
        self.y += BODY * 0.6;
        Part::Group(Tag::Table.into(), rows)
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
    Rect::from_xywh(x, y, w.max(0.1), h.max(0.1)).unwrap_or_else(|| {
        Rect::from_xywh(0.0, 0.0, 0.1, 0.1).unwrap_or_else(|| unreachable!("a positive rect"))
    })
}

/// `reports` one after the other (Welsh, then English, in a bilingual report), each from a
/// new page, as a tagged PDF; or why it could not be made.
/// The characters drawn as a replacement, if any (the export's summary names them), and
/// the mark drawn for them.
pub fn pdf(
    reports: &[Report],
    title: &str,
    headers: &[String; 2],
) -> Result<(Vec<u8>, Vec<char>, char), String> {
    let data = fonts_for(reports, title, headers);
    let measures: Vec<skrifa::FontRef<'_>> = data
        .iter()
        .map(|(bytes, index)| skrifa::FontRef::from_index(bytes, *index))
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    let fonts: Vec<Font> = data
        .iter()
        .map(|(bytes, index)| Font::new(Arc::clone(bytes).into(), *index))
        .collect::<Option<_>>()
        .ok_or("a font could not be read")?;
    let charmap = measures[0].charmap();
    let replacement = REPLACEMENTS
        .into_iter()
        .find(|c| charmap.map(*c).is_some())
        .unwrap_or(' ');
    let mut layout = Layout {
        fonts: measures,
        headings: Vec::new(),
        lines: Vec::new(),
        marks: Vec::new(),
        page: 0,
        y: MARGIN,
        replacement,
        replaced: std::collections::BTreeSet::new(),
    };
    let mut sections = Vec::new();
    for (index, report) in reports.iter().enumerate() {
        if index > 0 {
            layout.new_page();
        }
        let parts: Vec<Part> = report
            .blocks
            .iter()
            .map(|block| match block {
                Block::Votes(bars) => layout.votes(bars, headers),
                other => layout.block(other),
            })
            .collect();
        let lang = super::language_tag(report.language).to_owned();
        sections.push(Part::Group(
            Tag::Section.with_lang(Some(lang)).into(),
            parts,
        ));
    }
    let pages = layout.page + 1;
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let mut document = Document::new_with(krilla::SerializeSettings {
        configuration,
        ..krilla::SerializeSettings::default()
    });
    let mut ids = vec![None; layout.lines.len()];
    for page_index in 0..pages {
        draw_page(&mut document, &layout, &fonts, page_index, &mut ids)?;
    }
    let mut tree = TagTree::new();
    for section in sections {
        if let Some(node) = into_node(section, &mut ids) {
            tree.push(node);
        }
    }
    document.set_tag_tree(tree);
    document.set_outline(outline(&layout.headings));
    let language = reports
        .first()
        .map_or("en-GB", |r| super::language_tag(r.language));
    document.set_metadata(metadata(title, language));
    let bytes = document.finish().map_err(|e| format!("{e:?}"))?;
    Ok((bytes, layout.replaced.into_iter().collect(), replacement))
}

/// One page of the report: its lines of text, each tagged for screen readers, and its
/// marks (bars and rules) as artifacts.
fn draw_page(
    document: &mut Document,
    layout: &Layout<'_>,
    fonts: &[Font],
    page_index: usize,
    ids: &mut [Option<krilla::tagging::Identifier>],
) -> Result<(), String> {
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or("page size")?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.set_fill(Some(Fill {
        paint: krilla::color::rgb::Color::new(20, 30, 40).into(),
        ..Fill::default()
    }));
    for (index, line) in layout
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.page == page_index)
    {
        let span = SpanTag::empty().with_actual_text(line.actual.as_deref());
        ids[index] = Some(surface.start_tagged(ContentTag::Span(span)));
        let mut x = line.at.x;
        for (font, run) in &line.runs {
            surface.draw_text(
                Point::from_xy(x, line.at.y),
                fonts[*font].clone(),
                line.size,
                run,
                false,
                TextDirection::Auto,
            );
            x += layout.run_width(*font, run, line.size);
        }
        surface.end_tagged();
    }
    surface.set_fill(Some(Fill {
        paint: krilla::color::rgb::Color::new(11, 83, 148).into(),
        ..Fill::default()
    }));
    for (_, mark) in layout.marks.iter().filter(|(p, _)| *p == page_index) {
        surface.start_tagged(ContentTag::Artifact(Artifact::new(
            ArtifactType::Other,
            None,
        )));
        let mut path = PathBuilder::new();
        path.push_rect(*mark);
        if let Some(path) = path.finish() {
            surface.draw_path(&path);
        }
        surface.end_tagged();
    }
    surface.finish();
    page.finish();
    Ok(())
}

/// The document's properties: its title and language, and when it was made (in UTC); no
/// author.
fn metadata(title: &str, language: &str) -> Metadata {
    // Made now (in UTC): a reader's properties say when, and name no author.
    let now = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    let made = krilla::metadata::DateTime::new(u16::try_from(now.year()).unwrap_or(2026))
        .month(u8::try_from(now.month()).unwrap_or(1))
        .day(u8::try_from(now.day()).unwrap_or(1))
        .hour(u8::try_from(now.hour()).unwrap_or(0))
        .minute(u8::try_from(now.minute()).unwrap_or(0))
        .second(u8::try_from(now.second()).unwrap_or(0));
    Metadata::new()
        .title(title.to_owned())
        .language(language.to_owned())
        .creation_date(made)
}

/// Cytûn's own fonts first, so a report looks the same on every machine; the machine's
/// fonts only for the characters those lack.
fn fonts_for(reports: &[Report], title: &str, headers: &[String; 2]) -> Vec<(Arc<Vec<u8>>, u32)> {
    let mut data: Vec<(Arc<Vec<u8>>, u32)> = vec![
        (Arc::new(epaint_default_fonts::UBUNTU_LIGHT.to_vec()), 0),
        (
            Arc::new(epaint_default_fonts::NOTO_EMOJI_REGULAR.to_vec()),
            0,
        ),
    ];
    let own: Vec<skrifa::FontRef<'_>> = data
        .iter()
        .filter_map(|(bytes, index)| skrifa::FontRef::from_index(bytes, *index).ok())
        .collect();
    let lacking: std::collections::BTreeSet<char> = text_of(reports, title, headers)
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|c| own.iter().all(|font| font.charmap().map(*c).is_none()))
        .collect();
    drop(own);
    data.extend(
        crate::system_fonts::covering(&lacking)
            .into_iter()
            .map(|font| (font.data, font.index)),
    );
    data
}

/// Every character the reports will draw.
fn text_of<'a>(
    reports: &'a [Report],
    title: &'a str,
    headers: &'a [String; 2],
) -> impl Iterator<Item = char> + 'a {
    let blocks = reports.iter().flat_map(|report| &report.blocks);
    let texts = blocks.flat_map(|block| -> Vec<&'a str> {
        match block {
            Block::Heading { text, .. }
            | Block::Paragraph(text)
            | Block::Status(text)
            | Block::Quote(text) => vec![text.as_str()],
            Block::Bullets(items) => items.iter().map(String::as_str).collect(),
            Block::Contributions(items) => items.iter().map(|(item, _)| item.as_str()).collect(),
            Block::Votes(bars) => bars.iter().map(|(title, _)| title.as_str()).collect(),
        }
    });
    texts
        .chain([title])
        .chain(headers.iter().map(String::as_str))
        .flat_map(str::chars)
}

/// The bookmarks a reader jumps by: each report's title, its sections under it, each
/// theme under its section.
fn outline(headings: &[(u8, String, usize, f32)]) -> Outline {
    let mut outline = Outline::new();
    // The open chain: a node per level not yet closed.
    let mut open: Vec<(u8, OutlineNode)> = Vec::new();
    let close = |open: &mut Vec<(u8, OutlineNode)>, outline: &mut Outline, down_to: u8| {
        while open.last().is_some_and(|(level, _)| *level >= down_to) {
            let Some((_, node)) = open.pop() else { break };
            match open.last_mut() {
                Some((_, parent)) => parent.push_child(node),
                None => outline.push_child(node),
            }
        }
    };
    for (level, text, page, top) in headings {
        close(&mut open, &mut outline, *level);
        let to = XyzDestination::new(*page, Point::from_xy(MARGIN, (top - 30.0).max(0.0)));
        open.push((*level, OutlineNode::new(text.clone(), to)));
    }
    close(&mut open, &mut outline, 0);
    outline
}

/// The structure as krilla's tag tree; a group left with nothing in it is left out (a tag
/// group must hold something).
fn into_node(part: Part, ids: &mut [Option<krilla::tagging::Identifier>]) -> Option<Node> {
    match part {
        Part::Line(index) => ids.get_mut(index).and_then(Option::take).map(Node::from),
        Part::Group(kind, children) => {
            let mut group = TagGroup::new(kind);
            let mut any = false;
            for child in children {
                if let Some(node) = into_node(child, ids) {
                    group.push(node);
                    any = true;
                }
            }
            any.then(|| Node::from(group))
        }
    }
}
