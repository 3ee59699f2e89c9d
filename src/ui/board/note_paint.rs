//! Painting one sticky note. Two levels of detail: readable (badge and wrapped text) and, when
//! the text would be too small to read, a coloured block with the prompt's glyph, which costs
//! no text layout at all.

use eframe::egui::epaint::{Mesh, PathShape};
use eframe::egui::text::LayoutJob;
use eframe::egui::{
    Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind,
    TextFormat, pos2, vec2,
};

use super::leave_out::Element;
use super::pictures::PictureState;
use crate::i18n::I18n;
use crate::model::geometry::{
    NOTE_BADGE_HEIGHT, NOTE_CHARS_PER_LINE, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_MAX_LINES,
    NOTE_PADDING, note_line_count,
};
use crate::model::{Note, NoteDetails, NoteKind};
use crate::ui::labels;
use crate::ui::style::{self, Palette, PromptGlyph};

/// How a note is to be drawn this frame.
pub struct NoteLook<'a> {
    pub rect: Rect,
    pub zoom: f32,
    pub selected: bool,
    /// `None` while the text is being edited (the editor draws it).
    pub text: Option<&'a str>,
    /// The contribution is also placed elsewhere: shows a link mark.
    pub linked: bool,
    pub details: &'a NoteDetails,
    /// A picture note's picture, and its height on the board.
    pub picture: Option<(PictureState, f32)>,
    /// Parts a measurement leaves out.
    pub left_out: super::leave_out::LeftOut,
}

/// True when body text at this zoom is too small for anyone to read.
pub fn is_block_zoom(zoom: f32) -> bool {
    NOTE_FONT_SIZE * zoom < style::MIN_READABLE_TEXT_PX
}

/// Paints a readable note: shadow, body, badge and wrapped text.
pub fn paint_note(painter: &Painter, tr: &I18n, look: &NoteLook<'_>) {
    let NoteLook {
        rect,
        zoom,
        selected,
        text,
        linked,
        details,
        picture,
        left_out,
    } = *look;
    let pal = style::palette(painter.ctx());
    let rounding =
        CornerRadius::same((style::NOTE_ROUNDING * zoom).round().clamp(0.0, 255.0) as u8);
    if !left_out.has(Element::Shadows) {
        paint_shadow(painter, rect, zoom, rounding, pal.note_shadow);
    }
    painter.rect_filled(rect, rounding, pal.prompt_fill(&details.prompt));
    let outline = if selected {
        Stroke::new(style::SELECTION_STROKE_PX, pal.selection)
    } else {
        Stroke::new(1.0, pal.note_outline)
    };
    if !left_out.has(Element::Outlines) {
        painter.rect_stroke(rect, rounding, outline, StrokeKind::Outside);
    }
    let text = text.filter(|_| !left_out.has(Element::Text));

    let padding = NOTE_PADDING * zoom;
    let badge_font = FontId::proportional(style::NOTE_BADGE_FONT_SIZE * zoom);
    let glyph_size = style::NOTE_BADGE_FONT_SIZE * zoom * 0.8;
    let badge_top = rect.min + vec2(padding, padding);
    let glyph_rect = Rect::from_min_size(
        badge_top + vec2(0.0, glyph_size * 0.15),
        vec2(glyph_size, glyph_size),
    );
    paint_glyph(
        painter,
        style::prompt_glyph(&details.prompt),
        glyph_rect,
        pal.badge_text,
    );
    let badge = format!(
        "{} · {}",
        labels::prompt_short(tr, &details.prompt),
        labels::kind(tr, &details.kind)
    );
    painter.text(
        pos2(glyph_rect.max.x + 6.0 * zoom, badge_top.y),
        Align2::LEFT_TOP,
        badge,
        badge_font,
        pal.badge_text,
    );

    if linked {
        // Two linked rings in the top-right corner: this contribution is in another theme too.
        let r = style::NOTE_BADGE_FONT_SIZE * zoom * 0.3;
        let c = rect.right_top() + vec2(-padding - 2.5 * r, padding + r * 1.2);
        let ring = Stroke::new((2.0 * zoom).max(1.0), pal.badge_text);
        painter.circle_stroke(c, r, ring);
        painter.circle_stroke(c + vec2(r * 1.3, 0.0), r, ring);
    }
    let mut text_top = rect.min.y + padding + NOTE_BADGE_HEIGHT * zoom;
    if let Some((state, height)) = picture {
        let area = Rect::from_min_size(
            pos2(rect.min.x + padding, text_top),
            vec2(rect.width() - 2.0 * padding, height * zoom),
        );
        paint_picture(painter, tr, state, area, zoom);
        text_top = area.max.y;
    }
    if let Some(text) = text {
        let width = rect.width() - 2.0 * padding;
        let job = note_text_job_for(text, &details.kind, zoom, width);
        let galley = painter.layout_job(job);
        let top_left = pos2(rect.min.x + padding, text_top);
        if is_verse(&details.kind) {
            // Verse: a rule down the left, as a printed poem or lyric sheet has.
            let bar = Rect::from_min_size(
                top_left - vec2(padding * 0.6, 0.0),
                vec2((3.0 * zoom).max(1.0), galley.size().y),
            );
            painter.rect_filled(bar, 0.0, pal.badge_text);
        }
        // A centred layout is centred on its left edge: move it to the note's middle.
        let shift = if details.kind == NoteKind::Menu {
            width / 2.0
        } else {
            0.0
        };
        painter.galley(top_left + vec2(shift, 0.0), galley, pal.note_text);
    }
}

/// Songs and spoken word are read as verse.
fn is_verse(kind: &NoteKind) -> bool {
    matches!(kind, NoteKind::Song | NoteKind::SpokenWord)
}

/// The picture, fitted inside `area` at its own shape; a plain panel while it loads or if
/// it cannot be shown.
fn paint_picture(painter: &Painter, tr: &I18n, state: PictureState, area: Rect, zoom: f32) {
    let pal = style::palette(painter.ctx());
    match state {
        PictureState::Ready(texture) => {
            let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
            painter.image(texture, area, uv, Color32::WHITE);
        }
        PictureState::Loading | PictureState::Broken => {
            painter.rect_filled(area, 0.0, pal.grid_dot);
            if state == PictureState::Broken {
                painter.text(
                    area.center(),
                    Align2::CENTER_CENTER,
                    tr.tr("picture-cannot-show"),
                    FontId::proportional(style::NOTE_BADGE_FONT_SIZE * zoom),
                    pal.note_text,
                );
            }
        }
    }
}

/// The shadow a note casts down and to the right: only the strips that show beside and below
/// it are drawn, never the rest under the note. It looks the same, and on a software
/// renderer every pixel covered costs, the hidden ones too.
fn paint_shadow(painter: &Painter, rect: Rect, zoom: f32, rounding: CornerRadius, colour: Color32) {
    let offset = vec2(3.0, 4.0) * zoom.min(1.0);
    let shadow = rect.translate(offset);
    let right = Rect::from_min_max(
        pos2(rect.right(), shadow.top()),
        pos2(shadow.right(), shadow.bottom() - offset.y),
    );
    let bottom = Rect::from_min_max(pos2(shadow.left(), rect.bottom()), shadow.max);
    let right_corners = CornerRadius {
        ne: rounding.ne,
        ..CornerRadius::ZERO
    };
    let bottom_corners = CornerRadius {
        sw: rounding.sw,
        se: rounding.se,
        ..CornerRadius::ZERO
    };
    painter.rect_filled(right, right_corners, colour);
    painter.rect_filled(bottom, bottom_corners, colour);
}

/// The text layout for a note of `kind`: verse in italics, a menu centred like a printed
/// one; line breaks and indentation are always kept.
pub fn note_text_job_for(text: &str, kind: &NoteKind, zoom: f32, wrap_width: f32) -> LayoutJob {
    let mut job = note_text_job(text, zoom, wrap_width);
    if is_verse(kind) {
        for section in &mut job.sections {
            section.format.italics = true;
        }
    }
    if *kind == NoteKind::Menu {
        job.halign = eframe::egui::Align::Center;
    }
    job
}

/// The layout of a note's body text: wrapped to the note and cut with an ellipsis at the
/// number of lines the model gave the note, so text never spills out of it, whatever it is
/// (the side panel shows the whole text).
pub fn note_text_job(text: &str, zoom: f32, wrap_width: f32) -> LayoutJob {
    // Laying out a huge text only to cut it is wasted work: take what can ever be shown.
    let shown_chars = NOTE_MAX_LINES * NOTE_CHARS_PER_LINE * 3;
    let text = match text.char_indices().nth(shown_chars) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    let format = TextFormat {
        font_id: FontId::proportional(NOTE_FONT_SIZE * zoom),
        // Painted in the palette's note colour (the painter's fallback).
        color: Color32::PLACEHOLDER,
        line_height: Some(NOTE_LINE_HEIGHT * zoom),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::single_section(text.to_owned(), format);
    job.wrap.max_width = wrap_width;
    job.wrap.max_rows = note_line_count(text);
    job.wrap.overflow_character = Some('…');
    job
}

/// Adds a note drawn as a plain block (with its glyph when there is room) to one shared mesh:
/// thousands of notes then cost one shape.
pub fn add_block(mesh: &mut Mesh, pal: &Palette, note: &Note, rect: Rect, selected: bool) {
    let fill = if selected {
        pal.selection
    } else {
        pal.prompt_fill(&note.details.prompt)
    };
    mesh.add_colored_rect(rect, fill);
    if rect.width() >= 12.0 {
        // The glyph as a small dark square in the corner keeps prompts apart without colour.
        let size = (rect.width() * 0.2).min(rect.height() * 0.5);
        let corner = Rect::from_min_size(rect.min + vec2(size * 0.4, size * 0.4), vec2(size, size));
        mesh.add_colored_rect(
            glyph_block(style::prompt_glyph(&note.details.prompt), corner),
            pal.badge_text,
        );
    }
}

/// A cheap per-prompt mark for blocks: the glyph reduced to a bar whose shape still differs.
fn glyph_block(glyph: PromptGlyph, rect: Rect) -> Rect {
    match glyph {
        PromptGlyph::Circle => rect,
        PromptGlyph::Square => {
            Rect::from_min_size(rect.min, vec2(rect.width(), rect.height() * 0.4))
        }
        PromptGlyph::Triangle => {
            Rect::from_min_size(rect.min, vec2(rect.width() * 0.4, rect.height()))
        }
        PromptGlyph::Diamond => rect.shrink(rect.width() * 0.25),
        PromptGlyph::Heart => {
            Rect::from_min_size(rect.min, vec2(rect.width() * 2.0, rect.height() * 0.4))
        }
        PromptGlyph::Dash => {
            Rect::from_min_size(rect.min, vec2(rect.width(), rect.height() * 0.15))
        }
    }
}

/// Paints the shape that tells a prompt apart without colour.
pub fn paint_glyph(painter: &Painter, glyph: PromptGlyph, rect: Rect, color: Color32) {
    let c = rect.center();
    let r = rect.width() / 2.0;
    let polygon =
        |points: Vec<Pos2>| Shape::Path(PathShape::convex_polygon(points, color, Stroke::NONE));
    match glyph {
        PromptGlyph::Circle => {
            painter.circle_filled(c, r, color);
        }
        PromptGlyph::Square => {
            painter.rect_filled(rect.shrink(r * 0.1), 0.0, color);
        }
        PromptGlyph::Triangle => {
            painter.add(polygon(vec![
                pos2(c.x, rect.min.y),
                rect.right_bottom(),
                rect.left_bottom(),
            ]));
        }
        PromptGlyph::Diamond => {
            painter.add(polygon(vec![
                pos2(c.x, rect.min.y),
                pos2(rect.max.x, c.y),
                pos2(c.x, rect.max.y),
                pos2(rect.min.x, c.y),
            ]));
        }
        PromptGlyph::Heart => {
            let lobe = r * 0.5;
            painter.circle_filled(pos2(c.x - lobe, c.y - lobe * 0.6), lobe, color);
            painter.circle_filled(pos2(c.x + lobe, c.y - lobe * 0.6), lobe, color);
            painter.add(polygon(vec![
                pos2(rect.min.x, c.y - lobe * 0.4),
                pos2(rect.max.x, c.y - lobe * 0.4),
                pos2(c.x, rect.max.y),
            ]));
        }
        PromptGlyph::Dash => {
            painter.rect_filled(
                Rect::from_center_size(c, vec2(rect.width(), rect.height() * 0.25)),
                0.0,
                color,
            );
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use eframe::egui;

    use super::*;
    use crate::model::geometry::{NOTE_WIDTH, note_height};

    fn frame(ctx: &egui::Context) {
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
    }

    /// The painted layout of `text` at zoom 1, and how many rows it would need uncut.
    fn layout(ctx: &egui::Context, text: &str) -> (std::sync::Arc<egui::Galley>, usize) {
        let job = note_text_job(text, 1.0, NOTE_WIDTH - 2.0 * NOTE_PADDING);
        let mut uncut = job.clone();
        uncut.wrap.max_rows = usize::MAX;
        let painted = ctx.fonts_mut(|fonts| fonts.layout_job(job));
        let rows = ctx.fonts_mut(|fonts| fonts.layout_job(uncut)).rows.len();
        frame(ctx);
        (painted, rows)
    }

    #[test]
    fn real_notes_are_never_cut_short() {
        let ctx = egui::Context::default();
        frame(&ctx);
        let project =
            crate::store::load(std::path::Path::new(crate::files::SAMPLE_PROJECT)).unwrap();
        for note in project.notes.values() {
            let (_, rows) = layout(&ctx, &note.text);
            let shown = note_line_count(&note.text);
            assert!(
                rows.min(NOTE_MAX_LINES) <= shown,
                "{rows} rows, {shown} shown: {:?}",
                note.text
            );
        }
    }

    #[test]
    fn any_text_stays_inside_its_note() {
        let ctx = egui::Context::default();
        frame(&ctx);
        for text in [
            "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW WWWWWWWWWWWWW",
            "mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm",
            "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
            "Ŵ Ŷ Â ŵŷâ ŵŷâ ŵŷâ ŵŷâ ŵŷâ ŵŷâ ŵŷâ ŵŷâ ŵŷâ ŵŷâ",
            "🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱",
            &"a long song line\n".repeat(40),
        ] {
            let (galley, _) = layout(&ctx, text);
            let room = note_height(text) - 2.0 * NOTE_PADDING - NOTE_BADGE_HEIGHT;
            assert!(
                galley.size().y <= room + 0.5,
                "{} > {room} for {text:?}",
                galley.size().y
            );
            assert!(
                galley.size().x <= NOTE_WIDTH - 2.0 * NOTE_PADDING + 0.5,
                "too wide: {text:?}"
            );
        }
    }
}
