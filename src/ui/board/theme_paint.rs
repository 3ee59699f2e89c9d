//! Painting a theme's frame: a calm panel behind its notes with a large title that reads from
//! across the room, and the number of notes in it.

use eframe::egui::text::LayoutJob;
use eframe::egui::{
    Align2, CornerRadius, FontId, Painter, Rect, Stroke, StrokeKind, TextFormat, vec2,
};

use crate::i18n::{Arg, I18n};
use crate::model::Theme;
use crate::model::layout::{THEME_PADDING, THEME_TITLE_FONT_SIZE, THEME_TITLE_HEIGHT};
use crate::ui::style;

/// How a frame is to be drawn this frame.
pub struct FrameLook<'a> {
    pub theme: &'a Theme,
    pub rect: Rect,
    pub zoom: f32,
    pub selected: bool,
    /// Dragged notes would join this theme if dropped now.
    pub drop_target: bool,
    /// The title is being typed in place (the editor draws it).
    pub title_hidden: bool,
    /// Free board above the frame, over its width (`layout::room_above_titles`): a title set
    /// above its frame never reaches further.
    pub room_above: f32,
}

/// The most a title set above its frame takes, in screen points (see `painted_bounds`).
pub const TITLE_ROOM_PX: f32 = 2.0 * style::MIN_THEME_TITLE_PX + 8.0;

/// Space between a title set above its frame and the frame, in screen points.
const TITLE_GAP_PX: f32 = 4.0;

/// A title's height for its font size: one line, with the font's ascent and descent.
const TITLE_LINE: f32 = 1.3;

/// The title's font size, and whether it sits above the frame (in an overview) rather than
/// in the band at its top; `None` when it would be too small to read.
///
/// In an overview the titles are what the room reads: they keep a readable size while their
/// frame is wide enough to hold one, set above the frame, like a label on a box; but never
/// larger than the free board above allows, so a title never runs over the frame, note or
/// label above it. Where that room is less than the band inside the frame would give, the
/// title stays in the band.
pub fn title_size(look: &FrameLook<'_>) -> Option<(f32, bool)> {
    let natural = THEME_TITLE_FONT_SIZE * look.zoom;
    let wanted = if look.rect.width() >= 120.0 {
        natural.max(style::MIN_THEME_TITLE_PX)
    } else {
        natural
    };
    let band = (THEME_TITLE_HEIGHT - THEME_PADDING * 0.5) * look.zoom;
    let in_band = wanted.min(band / TITLE_LINE);
    let above = wanted.min((look.room_above * look.zoom - TITLE_GAP_PX) / TITLE_LINE);
    let (size, is_above) = if wanted > in_band && above > in_band {
        (above, true)
    } else {
        (in_band, false)
    };
    (size >= style::MIN_READABLE_TEXT_PX).then_some((size, is_above))
}

/// All a frame may paint, in board units: the frame, and above it a title kept readable in
/// an overview (up to about 1.3 lines of `MIN_THEME_TITLE_PX` and a gap, taken as two
/// lines). What is culled by this is never cut off at the edge of the screen, nor left
/// out of a strip a pan uncovers.
pub fn painted_bounds(frame: crate::model::BoardRect, zoom: f32) -> crate::model::BoardRect {
    let above = TITLE_ROOM_PX / zoom;
    crate::model::BoardRect {
        min: crate::model::BoardPos::new(frame.min.x, frame.min.y - above),
        max: frame.max,
    }
}

pub fn paint_frame(painter: &Painter, tr: &I18n, look: &FrameLook<'_>) {
    let FrameLook {
        theme,
        rect,
        zoom,
        selected,
        drop_target,
        title_hidden,
        room_above: _,
    } = *look;
    let pal = style::palette(painter.ctx());
    let rounding = CornerRadius::same((10.0 * zoom).round().clamp(0.0, 255.0) as u8);
    painter.rect_filled(rect, rounding, pal.theme_fill);
    let stroke = if drop_target {
        Stroke::new(6.0, pal.accent)
    } else if selected {
        Stroke::new(style::SELECTION_STROKE_PX + 1.0, pal.selection)
    } else if let Some(colour) = theme.colour {
        Stroke::new(5.0, style::theme_colour(colour))
    } else {
        Stroke::new(2.5, pal.theme_outline)
    };
    painter.rect_stroke(rect, rounding, stroke, StrokeKind::Inside);

    let Some((title_size, above)) = title_size(look).filter(|_| !title_hidden) else {
        return;
    };
    let padding = THEME_PADDING * zoom;
    let count = tr.tr_args("status-notes", &[("count", Arg::from(theme.notes.len()))]);
    let count_size = style::NOTE_BADGE_FONT_SIZE * 1.2 * zoom;
    // A collapsed card says what it holds at its foot: once is enough.
    let count = if count_size < style::MIN_READABLE_TEXT_PX || theme.collapsed {
        String::new()
    } else {
        count
    };
    let count_font = FontId::proportional(count_size);
    let count_rect = painter.text(
        rect.right_top() + vec2(-padding, padding * 0.9),
        Align2::RIGHT_TOP,
        count,
        count_font,
        pal.board_text,
    );
    let mut job = LayoutJob::single_section(
        theme.title.clone(),
        TextFormat {
            font_id: FontId::proportional(title_size),
            color: pal.board_text,
            ..TextFormat::default()
        },
    );
    job.wrap.max_width = if above {
        rect.width()
    } else {
        (count_rect.left() - rect.left() - 2.0 * padding).max(10.0)
    };
    job.wrap.max_rows = 1;
    job.wrap.overflow_character = Some('…');
    let galley = painter.layout_job(job);
    let at = if above {
        rect.left_top() - vec2(0.0, galley.size().y + TITLE_GAP_PX)
    } else {
        rect.left_top() + vec2(padding, padding * 0.5)
    };
    painter.galley(at, galley, pal.board_text);
    if theme.collapsed && count_size >= style::MIN_READABLE_TEXT_PX {
        // A collapsed card says what it holds, large.
        let summary = tr.tr_args(
            "theme-collapsed-summary",
            &[("count", Arg::from(theme.notes.len()))],
        );
        painter.text(
            rect.left_bottom() + vec2(padding, -padding * 0.6),
            Align2::LEFT_BOTTOM,
            summary,
            FontId::proportional(crate::model::geometry::NOTE_FONT_SIZE * zoom),
            pal.board_text,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::UiLanguage;
    use crate::model::{BoardPos, BoardRect, ThemeId};
    use eframe::egui::{self, pos2};

    /// A theme at the board's origin.
    fn titled(title: &str, notes: Vec<crate::model::NoteId>) -> Theme {
        Theme {
            id: ThemeId(1),
            title: title.into(),
            meaning: String::new(),
            notes,
            pos: BoardPos::new(0.0, 0.0),
            collapsed: false,
            colour: None,
            former_titles: Vec::new(),
        }
    }

    /// The shapes a frame paints with `look`.
    fn shapes_painted(tr: &I18n, look: &FrameLook<'_>) -> Vec<egui::Shape> {
        let ctx = egui::Context::default();
        let mut shapes = Vec::new();
        let _ = ctx.run_ui(egui::RawInput::default(), |ui| {
            let start = crate::ui::reuse::pixel_copy::next_shape(ui);
            paint_frame(ui.painter(), tr, look);
            ui.ctx().graphics(|layers| {
                let list = layers.get(ui.layer_id()).expect("painted");
                shapes.extend(list.all_entries().skip(start.0).map(|c| c.shape.clone()));
            });
        });
        shapes
    }

    /// The texts a frame paints for `theme`, at zoom 1.
    fn texts_painted(theme: &Theme) -> Vec<String> {
        let look = FrameLook {
            theme,
            rect: egui::Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(700.0, 300.0)),
            zoom: 1.0,
            selected: false,
            drop_target: false,
            title_hidden: false,
            room_above: f32::INFINITY,
        };
        shapes_painted(&I18n::new(UiLanguage::English), &look)
            .into_iter()
            .filter_map(|shape| match shape {
                egui::Shape::Text(text) => Some(text.galley.text().to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_folded_card_says_how_many_notes_it_holds_once() {
        let mut theme = titled("Trust", (1..=5).map(crate::model::NoteId).collect());
        let mentions = |texts: &[String]| texts.iter().filter(|t| t.contains("5 notes")).count();
        assert_eq!(mentions(&texts_painted(&theme)), 1, "open: its count");
        theme.collapsed = true;
        let texts = texts_painted(&theme);
        assert_eq!(mentions(&texts), 1, "folded: {texts:?}");
        assert!(texts.iter().any(|t| t == "5 notes inside"), "{texts:?}");
    }

    #[test]
    fn what_a_frame_paints_stays_within_its_painted_bounds_at_every_zoom() {
        // Culling (and the strips a pan draws) trusts these bounds: a title above its frame
        // that spilled out of them would be cut off, then carried along by the pan.
        let theme = titled(
            "Sharing power, and a title long enough to need cutting short",
            Vec::new(),
        );
        let tr = I18n::new(UiLanguage::Welsh);
        let frame = BoardRect::from_min_size(BoardPos::new(0.0, 0.0), 1400.0, 900.0);
        for zoom in [0.1, 0.2, 0.3, 0.42, 0.6, 1.0, 2.0] {
            let origin = pos2(200.0, 600.0);
            let to_screen = |r: BoardRect| {
                egui::Rect::from_min_max(
                    origin + egui::vec2(r.min.x, r.min.y) * zoom,
                    origin + egui::vec2(r.max.x, r.max.y) * zoom,
                )
            };
            let bounds = to_screen(painted_bounds(frame, zoom)).expand(1.0);
            let look = FrameLook {
                theme: &theme,
                rect: to_screen(frame),
                zoom,
                selected: true,
                drop_target: false,
                title_hidden: false,
                room_above: f32::INFINITY,
            };
            for shape in shapes_painted(&tr, &look) {
                let drawn = shape.visual_bounding_rect();
                if !drawn.is_finite() || drawn.is_negative() {
                    continue; // An empty text (the count, too small to read).
                }
                assert!(
                    bounds.contains_rect(drawn),
                    "zoom {zoom}: {drawn:?} outside {bounds:?}"
                );
            }
        }
    }

    #[test]
    fn a_title_set_above_its_frame_stays_in_the_room_left_for_it() {
        let theme = titled(
            "Gwrando / Listening, with a title long enough to cut",
            Vec::new(),
        );
        let tr = I18n::new(UiLanguage::English);
        let mut readable_above = 0;
        for zoom in [0.08, 0.12, 0.15, 0.2, 0.3, 0.45] {
            for room in [0.0, 20.0, 60.0, 100.0, 150.0, 400.0, f32::INFINITY] {
                let rect =
                    egui::Rect::from_min_size(pos2(100.0, 400.0), egui::vec2(1400.0, 900.0) * zoom);
                let look = FrameLook {
                    theme: &theme,
                    rect,
                    zoom,
                    selected: false,
                    drop_target: false,
                    title_hidden: false,
                    room_above: room,
                };
                let highest = rect.top() - room * zoom;
                for shape in shapes_painted(&tr, &look) {
                    if let egui::Shape::Text(text) = shape
                        && text.galley.text().starts_with("Gwrando")
                    {
                        let drawn = text.visual_bounding_rect();
                        assert!(
                            drawn.top() >= highest - 0.5,
                            "zoom {zoom}, room {room}: title at {drawn:?}, room up to {highest}"
                        );
                        if drawn.bottom() <= rect.top() {
                            readable_above += 1;
                        }
                    }
                }
            }
        }
        assert!(
            readable_above > 10,
            "titles are still set above where there is room"
        );
    }
}
