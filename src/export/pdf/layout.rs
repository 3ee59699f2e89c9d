//! Laying the report out on A4 pages: lines of text in runs of one font each, wrapped to
//! the page, with the structure a screen reader follows and the marks drawn beside it.

use std::num::NonZeroU16;

use krilla::geom::{Point, Rect};
use krilla::tagging::{ListNumbering, TableHeaderScope, Tag, TagKind};
use skrifa::MetadataProvider as _;

use crate::export::report::Block;

pub(super) const PAGE_WIDTH: f32 = 595.0;
pub(super) const PAGE_HEIGHT: f32 = 842.0;
pub(super) const MARGIN: f32 = 64.0;
pub(super) const BODY: f32 = 11.5;
pub(super) const LEADING: f32 = 1.45;
/// The widest bar in the votes table, in points.
pub(super) const BAR_MAX: f32 = 200.0;

/// One line of text placed on a page.
pub(super) struct Line {
    pub(super) page: usize,
    pub(super) at: Point,
    pub(super) size: f32,
    /// What is drawn, in runs of one font each (an index into the fonts): characters no
    /// font has are a visible replacement.
    pub(super) runs: Vec<(usize, String)>,
    /// The words as written, when something in them was replaced: what a screen reader
    /// reads and a copy takes.
    pub(super) actual: Option<String>,
}

/// Drawn for a character the font has no glyph for (the first of these it has): a visible
/// mark, never a character silently dropped or a file that cannot be written.
pub(super) const REPLACEMENTS: [char; 3] = ['□', '\u{FFFD}', '?'];

/// What a reader of the structure meets: a tagged group of lines or of other groups.
pub(super) enum Part {
    Line(usize),
    Group(TagKind, Vec<Part>),
}

/// Lines laid out on pages, with the structure they belong to.
pub(super) struct Layout<'f> {
    /// Ubuntu, egui's emoji font, then the machine's fonts for what those lack.
    pub(super) fonts: Vec<skrifa::FontRef<'f>>,
    /// Each heading: its level, words, page and top (the document's outline).
    pub(super) headings: Vec<(u8, String, usize, f32)>,
    pub(super) lines: Vec<Line>,
    /// Decoration (bars, bullets) by page: drawn as artifacts, outside the structure.
    pub(super) marks: Vec<(usize, Rect)>,
    pub(super) page: usize,
    pub(super) y: f32,
    /// The mark drawn for a character the font lacks.
    pub(super) replacement: char,
    /// Every character the font lacks that a line held.
    pub(super) replaced: std::collections::BTreeSet<char>,
}

impl Layout<'_> {
    /// `text` as the font can draw it: each character it has no glyph for is replaced by a
    /// visible mark, and noted. Spaces and line breaks need no glyph.
    pub(super) fn drawable(&mut self, text: &str) -> String {
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
    pub(super) fn font_for(&self, c: char) -> Option<usize> {
        self.fonts
            .iter()
            .position(|font| font.charmap().map(c).is_some())
    }

    /// `text` in runs of one font each; a space goes with the run it is in.
    pub(super) fn runs(&self, text: &str) -> Vec<(usize, String)> {
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
    pub(super) fn run_width(&self, font: usize, text: &str, size: f32) -> f32 {
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
    pub(super) fn pieces(&self, word: &str, width: f32, size: f32) -> Vec<String> {
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

    pub(super) fn width_of(&self, text: &str, size: f32) -> f32 {
        self.runs(text)
            .iter()
            .map(|(font, run)| self.run_width(*font, run, size))
            .sum()
    }

    /// Room for `height` more on this page, else a new one.
    pub(super) fn need(&mut self, height: f32) {
        if self.y + height > PAGE_HEIGHT - MARGIN {
            self.new_page();
        }
    }

    pub(super) fn new_page(&mut self) {
        self.page += 1;
        self.y = MARGIN;
    }

    /// `text` wrapped to `width` from `x`, each line a part; a line break in the text is
    /// kept (a song's lines).
    pub(super) fn text(&mut self, text: &str, x: f32, width: f32, size: f32) -> Vec<Part> {
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

    pub(super) fn place(&mut self, text: String, x: f32, size: f32, step: f32) -> Part {
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

    pub(super) fn block(&mut self, block: &Block) -> Part {
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
    pub(super) fn bullets(&mut self, items: &[(&str, Option<&str>)], width: f32) -> Part {
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
    pub(super) fn votes(&mut self, bars: &[(String, u32)], headers: &[String; 2]) -> Part {
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

pub(super) fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
    Rect::from_xywh(x, y, w.max(0.1), h.max(0.1)).unwrap_or_else(|| {
        Rect::from_xywh(0.0, 0.0, 0.1, 0.1).unwrap_or_else(|| unreachable!("a positive rect"))
    })
}
