//! The report as a tagged PDF (PDF/UA-1, through `krilla`): the same blocks as the Word
//! report, laid out on A4 with the font embedded (every Welsh letter: ŵ, ŷ, â…), text that
//! can be selected and read back, and a tag tree a screen reader follows (headings,
//! paragraphs, lists, the votes as a table; the bars and bullets are artifacts). Each report's
//! part is tagged with its language, so a bilingual report is read in both voices.

use std::sync::Arc;

use krilla::Document;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Node, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use skrifa::MetadataProvider as _;

use super::report::{Block, Report};

mod layout;

use layout::{Layout, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Part, REPLACEMENTS};

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
