//! Design tokens: every colour, size and font used by the UI lives here, chosen for a
//! projector read from across a room. Prompt colours are light tints of the Okabe-Ito
//! colour-blind-safe palette, and text on them is near-black (contrast above 12:1).

use eframe::egui::{self, Color32, FontFamily, FontId, TextStyle};

use crate::model::Prompt;

/// Background of the board: light enough for notes to sit calmly on it.
pub const BOARD_BACKGROUND: Color32 = Color32::from_rgb(0xE9, 0xEB, 0xEE);
/// Faint dots that show the board moves when panned.
pub const BOARD_GRID_DOT: Color32 = Color32::from_rgb(0xC9, 0xCD, 0xD3);
/// Text on notes.
pub const NOTE_TEXT: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
/// Badge text and glyphs on notes: a little softer than body text, still above 7:1.
pub const NOTE_BADGE_TEXT: Color32 = Color32::from_rgb(0x2E, 0x2E, 0x2E);
/// Outline of an unselected note.
pub const NOTE_OUTLINE: Color32 = Color32::from_rgb(0x8A, 0x8F, 0x98);
/// Shadow under notes, to lift them off the board.
pub const NOTE_SHADOW: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 40);
/// Selection: a strong blue (Okabe-Ito blue) that no prompt tint uses.
pub const SELECTION: Color32 = Color32::from_rgb(0x00, 0x5A, 0x9C);
/// The rubber band's fill and outline.
pub const RUBBER_BAND_FILL: Color32 = Color32::from_rgba_premultiplied(0, 40, 80, 40);
/// Outline of a theme's frame.
pub const THEME_OUTLINE: Color32 = Color32::from_rgb(0x4A, 0x50, 0x58);

/// A theme's chosen colour: the Okabe-Ito palette, colour-blind safe.
pub fn theme_colour(colour: crate::model::ThemeColour) -> Color32 {
    use crate::model::ThemeColour as C;
    match colour {
        C::Orange => Color32::from_rgb(0xE6, 0x9F, 0x00),
        C::SkyBlue => Color32::from_rgb(0x56, 0xB4, 0xE9),
        C::BluishGreen => Color32::from_rgb(0x00, 0x9E, 0x73),
        C::Yellow => Color32::from_rgb(0xD4, 0xC4, 0x00),
        C::Blue => Color32::from_rgb(0x00, 0x72, 0xB2),
        C::Vermillion => Color32::from_rgb(0xD5, 0x5E, 0x00),
        C::ReddishPurple => Color32::from_rgb(0xCC, 0x79, 0xA7),
    }
}

/// The panel behind a theme's notes: lighter than the board, so groups stand out calmly.
pub fn theme_fill() -> Color32 {
    Color32::from_rgba_unmultiplied(0xFF, 0xFF, 0xFF, 0xB0)
}

/// Laid over notes that do not use the highlighted word.
pub fn dimmed_overlay() -> Color32 {
    Color32::from_rgba_unmultiplied(0xE9, 0xEB, 0xEE, 0xC8)
}

/// Messages that need attention.
pub const ERROR_TEXT: Color32 = Color32::from_rgb(0xA3, 0x1B, 0x00);
/// Unsaved-changes mark and other gentle highlights.
pub const ACCENT: Color32 = Color32::from_rgb(0x8C, 0x4A, 0x00);

/// Note body text size at zoom 1 comes from the model (`NOTE_FONT_SIZE`); badges are smaller.
pub const NOTE_BADGE_FONT_SIZE: f32 = 17.0;
/// Below this on-screen text size a note is drawn as a coloured block: nobody can read it.
pub const MIN_READABLE_TEXT_PX: f32 = 8.0;
/// Theme titles never shrink below this on screen (while their frame can hold them).
pub const MIN_THEME_TITLE_PX: f32 = 17.0;
/// Corner rounding of notes at zoom 1.
pub const NOTE_ROUNDING: f32 = 6.0;
/// Thickness of the selection outline, in screen pixels at every zoom.
pub const SELECTION_STROKE_PX: f32 = 4.0;

/// The tint a note of this prompt is painted with.
pub fn prompt_fill(prompt: &Prompt) -> Color32 {
    match prompt {
        Prompt::Smells => Color32::from_rgb(0xF7, 0xD9, 0x99), // orange #E69F00, tinted
        Prompt::Tastes => Color32::from_rgb(0xBF, 0xE3, 0xF7), // sky blue #56B4E9
        Prompt::Sounds => Color32::from_rgb(0xA8, 0xE0, 0xCF), // bluish green #009E73
        Prompt::Looks => Color32::from_rgb(0xF8, 0xF2, 0xA6),  // yellow #F0E442
        Prompt::Feels => Color32::from_rgb(0xF0, 0xC8, 0xDD),  // reddish purple #CC79A7
        Prompt::Unspecified | Prompt::Other(_) => Color32::from_rgb(0xF4, 0xF4, 0xF4),
    }
}

/// A shape that tells prompts apart without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptGlyph {
    Circle,
    Square,
    Triangle,
    Diamond,
    Heart,
    Dash,
}

pub fn prompt_glyph(prompt: &Prompt) -> PromptGlyph {
    match prompt {
        Prompt::Smells => PromptGlyph::Circle,
        Prompt::Tastes => PromptGlyph::Square,
        Prompt::Sounds => PromptGlyph::Triangle,
        Prompt::Looks => PromptGlyph::Diamond,
        Prompt::Feels => PromptGlyph::Heart,
        Prompt::Unspecified | Prompt::Other(_) => PromptGlyph::Dash,
    }
}

/// Sizes for panels and buttons that read well on a projector.
pub fn apply(ctx: &egui::Context) {
    // Light only for now: the notes' tints are designed for a light board.
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(19.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(19.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(26.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(17.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.button_padding = egui::vec2(10.0, 6.0);
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.interact_size.y = 32.0;
    });
    // Ctrl +/- zoom the board, not the whole UI.
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
}

/// WCAG 2 contrast ratio between two opaque colours (1 to 21): 7 is AAA for body text.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance =
        |c: Color32| 0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b());
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `top` (possibly translucent) laid over the opaque `base`, as the screen shows it.
pub fn over(top: Color32, base: Color32) -> Color32 {
    let alpha = f32::from(top.a()) / 255.0;
    let mix = |t: u8, b: u8| {
        let t = f32::from(t) / alpha.max(f32::EPSILON);
        (t.min(255.0) * alpha + f32::from(b) * (1.0 - alpha)).round() as u8
    };
    Color32::from_rgb(
        mix(top.r(), base.r()),
        mix(top.g(), base.g()),
        mix(top.b(), base.b()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Prompt;

    #[test]
    fn the_formula_matches_known_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
    }

    #[test]
    fn text_on_notes_and_frames_meets_aaa() {
        for prompt in Prompt::KNOWN {
            let fill = prompt_fill(&prompt);
            for text in [NOTE_TEXT, NOTE_BADGE_TEXT] {
                let ratio = contrast_ratio(text, fill);
                assert!(ratio >= 7.0, "{prompt:?}: {ratio:.1}:1");
            }
        }
        let frame = over(theme_fill(), BOARD_BACKGROUND);
        assert!(contrast_ratio(NOTE_TEXT, frame) >= 7.0, "theme title");
        assert!(
            contrast_ratio(NOTE_TEXT, BOARD_BACKGROUND) >= 7.0,
            "overview titles above frames"
        );
        // Messages and the unsaved mark on light panels: AA at least.
        let panel = Color32::from_gray(248);
        assert!(contrast_ratio(ERROR_TEXT, panel) >= 4.5);
        assert!(contrast_ratio(ACCENT, panel) >= 4.5);
    }
}
