//! Design tokens: every colour, size and font used by the UI lives here, chosen for a
//! projector read from across a room. Prompt colours are light tints of the Okabe-Ito
//! colour-blind-safe palette, and text on them is near-black (contrast above 12:1).

// Colours are made here and nowhere else (clippy.toml bans the constructors elsewhere).
#![expect(
    clippy::disallowed_methods,
    reason = "the design tokens: the one place colours are made"
)]

use eframe::egui::{self, Color32, FontFamily, FontId, TextStyle};

use crate::model::Prompt;

/// The colour schemes a room can choose: the projector, the lights and people's eyes differ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ColourScheme {
    #[default]
    Light,
    Dark,
    /// Black and white with strong outlines: every text pair at least 7:1 (WCAG AAA).
    HighContrast,
}

impl ColourScheme {
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    /// Its name in the catalogue.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Light => "scheme-light",
            Self::Dark => "scheme-dark",
            Self::HighContrast => "scheme-high-contrast",
        }
    }

    pub fn palette(self) -> &'static Palette {
        match self {
            Self::Light => &LIGHT,
            Self::Dark => &DARK,
            Self::HighContrast => &HIGH_CONTRAST,
        }
    }
}

/// Every colour the board and messages use, for one scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Palette {
    /// Background of the board: calm, so the notes stand out.
    pub board_background: Color32,
    /// Text drawn straight on the board: theme titles, column labels.
    pub board_text: Color32,
    /// Faint dots that show the board moves when panned.
    pub grid_dot: Color32,
    /// Text on notes.
    pub note_text: Color32,
    /// Badge text and glyphs on notes.
    pub badge_text: Color32,
    /// Outline of an unselected note.
    pub note_outline: Color32,
    /// Shadow under notes, to lift them off the board.
    pub note_shadow: Color32,
    /// Selection: a colour no prompt tint uses.
    pub selection: Color32,
    /// The keyboard focus ring, drawn outside the selection.
    pub focus_ring: Color32,
    pub rubber_band_fill: Color32,
    /// Outline of a theme's frame.
    pub theme_outline: Color32,
    /// The panel behind a theme's notes.
    pub theme_fill: Color32,
    /// Laid over notes that do not match a search or a word.
    pub dimmed_overlay: Color32,
    /// Messages that need attention, on the panels.
    pub error_text: Color32,
    /// Unsaved-changes mark and other gentle highlights, on the panels.
    pub accent: Color32,
    /// Note tints by prompt: smells, tastes, sounds, looks, feels, none.
    pub prompt_fills: [Color32; 6],
    /// The panels' background (for the contrast check of messages).
    pub panel: Color32,
}

impl Palette {
    /// The tint a note of this prompt is painted with.
    pub fn prompt_fill(&self, prompt: &Prompt) -> Color32 {
        let index = match prompt {
            Prompt::Smells => 0,
            Prompt::Tastes => 1,
            Prompt::Sounds => 2,
            Prompt::Looks => 3,
            Prompt::Feels => 4,
            Prompt::Unspecified | Prompt::Other(_) => 5,
        };
        self.prompt_fills[index]
    }
}

/// Light tints of the Okabe-Ito colour-blind-safe palette on a pale board, near-black text.
pub const LIGHT: Palette = Palette {
    board_background: Color32::from_rgb(0xE9, 0xEB, 0xEE),
    board_text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
    grid_dot: Color32::from_rgb(0xC9, 0xCD, 0xD3),
    note_text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
    badge_text: Color32::from_rgb(0x2E, 0x2E, 0x2E),
    note_outline: Color32::from_rgb(0x8A, 0x8F, 0x98),
    note_shadow: Color32::from_rgba_premultiplied(0, 0, 0, 40),
    selection: Color32::from_rgb(0x00, 0x5A, 0x9C),
    focus_ring: Color32::from_rgb(0x1A, 0x1A, 0x1A),
    rubber_band_fill: Color32::from_rgba_premultiplied(0, 40, 80, 40),
    theme_outline: Color32::from_rgb(0x4A, 0x50, 0x58),
    theme_fill: Color32::from_rgba_premultiplied(0xB0, 0xB0, 0xB0, 0xB0),
    dimmed_overlay: Color32::from_rgba_premultiplied(0xB6, 0xB8, 0xBA, 0xC8),
    error_text: Color32::from_rgb(0xA3, 0x1B, 0x00),
    accent: Color32::from_rgb(0x8C, 0x4A, 0x00),
    prompt_fills: [
        Color32::from_rgb(0xF7, 0xD9, 0x99), // orange #E69F00, tinted
        Color32::from_rgb(0xBF, 0xE3, 0xF7), // sky blue #56B4E9
        Color32::from_rgb(0xA8, 0xE0, 0xCF), // bluish green #009E73
        Color32::from_rgb(0xF8, 0xF2, 0xA6), // yellow #F0E442
        Color32::from_rgb(0xF0, 0xC8, 0xDD), // reddish purple #CC79A7
        Color32::from_rgb(0xF4, 0xF4, 0xF4),
    ],
    panel: Color32::from_gray(248),
};

/// Deep shades of the same hues on a dark board, near-white text: for a dim room.
pub const DARK: Palette = Palette {
    board_background: Color32::from_rgb(0x1B, 0x1E, 0x23),
    board_text: Color32::from_rgb(0xF2, 0xF2, 0xF2),
    grid_dot: Color32::from_rgb(0x3A, 0x3F, 0x47),
    note_text: Color32::from_rgb(0xF5, 0xF5, 0xF5),
    badge_text: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    note_outline: Color32::from_rgb(0x6B, 0x72, 0x7C),
    note_shadow: Color32::from_rgba_premultiplied(0, 0, 0, 90),
    selection: Color32::from_rgb(0x56, 0xB4, 0xE9),
    focus_ring: Color32::from_rgb(0xF5, 0xF5, 0xF5),
    rubber_band_fill: Color32::from_rgba_premultiplied(30, 70, 100, 60),
    theme_outline: Color32::from_rgb(0x9A, 0xA1, 0xAB),
    theme_fill: Color32::from_rgba_premultiplied(0x1C, 0x1C, 0x1C, 0x1C),
    dimmed_overlay: Color32::from_rgba_premultiplied(0x15, 0x18, 0x1C, 0xC8),
    error_text: Color32::from_rgb(0xFF, 0x9E, 0x80),
    accent: Color32::from_rgb(0xF0, 0xC0, 0x60),
    prompt_fills: [
        Color32::from_rgb(0x5A, 0x3E, 0x00), // orange
        Color32::from_rgb(0x0F, 0x3D, 0x5A), // sky blue
        Color32::from_rgb(0x00, 0x45, 0x33), // bluish green
        Color32::from_rgb(0x4D, 0x47, 0x00), // yellow
        Color32::from_rgb(0x52, 0x22, 0x42), // reddish purple
        Color32::from_rgb(0x34, 0x38, 0x3E),
    ],
    panel: Color32::from_gray(27),
};

/// Black board, very light tints with black text and heavy outlines, yellow selection.
pub const HIGH_CONTRAST: Palette = Palette {
    board_background: Color32::BLACK,
    board_text: Color32::WHITE,
    grid_dot: Color32::from_rgb(0x40, 0x40, 0x40),
    note_text: Color32::BLACK,
    badge_text: Color32::BLACK,
    note_outline: Color32::WHITE,
    note_shadow: Color32::TRANSPARENT,
    selection: Color32::from_rgb(0xFF, 0xD7, 0x00),
    focus_ring: Color32::from_rgb(0x00, 0xE5, 0xFF),
    rubber_band_fill: Color32::from_rgba_premultiplied(60, 54, 0, 60),
    theme_outline: Color32::WHITE,
    theme_fill: Color32::TRANSPARENT,
    dimmed_overlay: Color32::from_rgba_premultiplied(0, 0, 0, 0xC8),
    error_text: Color32::from_rgb(0xFF, 0xB0, 0x9A),
    accent: Color32::from_rgb(0xFF, 0xD7, 0x00),
    prompt_fills: [
        Color32::from_rgb(0xFF, 0xEC, 0xC2),
        Color32::from_rgb(0xDD, 0xF1, 0xFF),
        Color32::from_rgb(0xD2, 0xF5, 0xEA),
        Color32::from_rgb(0xFF, 0xFB, 0xC8),
        Color32::from_rgb(0xFC, 0xE0, 0xF0),
        Color32::WHITE,
    ],
    panel: Color32::BLACK,
};

/// The palette in use in this window.
pub fn palette(ctx: &egui::Context) -> &'static Palette {
    ctx.data(|d| d.get_temp::<ColourScheme>(scheme_id()))
        .unwrap_or_default()
        .palette()
}

/// The colour scheme in use in this window.
pub fn scheme(ctx: &egui::Context) -> ColourScheme {
    ctx.data(|d| d.get_temp::<ColourScheme>(scheme_id()))
        .unwrap_or_default()
}

fn scheme_id() -> egui::Id {
    egui::Id::unique("cytun-colour-scheme")
}

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

/// `colour` taken towards black or white (whichever `background` is further from) until text
/// in it reads at `needed`:1 on `background`: a theme's colour named in its own colour, kept
/// recognisable but readable in every scheme.
pub fn readable_on(colour: Color32, background: Color32, needed: f32) -> Color32 {
    let towards = if contrast_ratio(Color32::BLACK, background)
        >= contrast_ratio(Color32::WHITE, background)
    {
        Color32::BLACK
    } else {
        Color32::WHITE
    };
    let mix = |t: f32| {
        let channel =
            |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Color32::from_rgb(
            channel(colour.r(), towards.r()),
            channel(colour.g(), towards.g()),
            channel(colour.b(), towards.b()),
        )
    };
    (0..=20)
        .map(|step| mix(step as f32 / 20.0))
        .find(|c| contrast_ratio(*c, background) >= needed)
        .unwrap_or(towards)
}

/// Text in the side panel: AA at least, AAA in high contrast.
pub fn panel_text_contrast(scheme: ColourScheme) -> f32 {
    if scheme == ColourScheme::HighContrast {
        7.0
    } else {
        4.5
    }
}

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

/// Text sizes the facilitator can choose between (Ctrl + and Ctrl -), as a factor.
pub const TEXT_SCALES: [f32; 7] = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75];

/// Applies a colour scheme and a text size to the whole window. Sizes at 1.0 read well on a
/// projector; the board's own zoom is separate.
pub fn apply(ctx: &egui::Context, scheme: ColourScheme, text_scale: f32) {
    ctx.data_mut(|d| d.insert_temp(scheme_id(), scheme));
    ctx.set_theme(match scheme {
        ColourScheme::Light => egui::Theme::Light,
        ColourScheme::Dark | ColourScheme::HighContrast => egui::Theme::Dark,
    });
    let scale = if text_scale.is_finite() {
        text_scale.clamp(0.5, 3.0)
    } else {
        1.0
    };
    ctx.all_styles_mut(|style| {
        let size = |points: f32| points * scale;
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(size(15.0), FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(size(19.0), FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(size(19.0), FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(size(26.0), FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(size(17.0), FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.button_padding = egui::vec2(10.0, 6.0) * scale.max(1.0);
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.interact_size.y = 32.0 * scale.max(1.0);
        // Keyboard focus must be seen from across the room.
        style.visuals.selection.stroke.width = 3.0;
        style.visuals.widgets.hovered.fg_stroke.width = 2.0;
        if scheme == ColourScheme::HighContrast {
            high_contrast_visuals(&mut style.visuals);
        }
    });
    // Ctrl +/- size the interface text (handled by the app), not egui's whole-window zoom.
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
}

/// Pure black and white panels, outlined widgets, yellow focus.
fn high_contrast_visuals(visuals: &mut egui::Visuals) {
    let white = Color32::WHITE;
    visuals.override_text_color = Some(white);
    visuals.panel_fill = Color32::BLACK;
    visuals.window_fill = Color32::BLACK;
    visuals.extreme_bg_color = Color32::BLACK;
    visuals.faint_bg_color = Color32::from_gray(24);
    visuals.window_stroke = egui::Stroke::new(2.0, white);
    visuals.selection.bg_fill = Color32::from_rgb(0x00, 0x3C, 0x78);
    visuals.selection.stroke = egui::Stroke::new(3.0, HIGH_CONTRAST.selection);
    for widget in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        widget.bg_fill = Color32::BLACK;
        widget.weak_bg_fill = Color32::BLACK;
        widget.fg_stroke = egui::Stroke::new(1.5, white);
        widget.bg_stroke = egui::Stroke::new(1.5, white);
    }
    visuals.widgets.hovered.bg_stroke = egui::Stroke::new(3.0, HIGH_CONTRAST.selection);
    visuals.widgets.active.bg_stroke = egui::Stroke::new(3.0, HIGH_CONTRAST.selection);
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

/// `a` moved `t` (0 to 1) of the way towards `b`: a gentle pulse between two tokens.
pub fn blend(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
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
    fn text_on_notes_and_frames_meets_aaa_in_every_scheme() {
        for scheme in ColourScheme::ALL {
            let p = scheme.palette();
            for prompt in Prompt::KNOWN {
                let fill = p.prompt_fill(&prompt);
                for text in [p.note_text, p.badge_text] {
                    let ratio = contrast_ratio(text, fill);
                    assert!(ratio >= 7.0, "{scheme:?} {prompt:?}: {ratio:.1}:1");
                }
            }
            let frame = over(p.theme_fill, p.board_background);
            let ratio = contrast_ratio(p.board_text, frame);
            assert!(ratio >= 7.0, "{scheme:?} theme title: {ratio:.1}:1");
            let ratio = contrast_ratio(p.board_text, p.board_background);
            assert!(ratio >= 7.0, "{scheme:?} labels on the board: {ratio:.1}:1");
            // Messages and the unsaved mark on the panels: AA at least, AAA in high contrast.
            let needed = panel_text_contrast(scheme);
            for (what, colour) in [("error", p.error_text), ("accent", p.accent)] {
                let ratio = contrast_ratio(colour, p.panel);
                assert!(ratio >= needed, "{scheme:?} {what}: {ratio:.1}:1");
            }
            // A theme's colour named in the side panel, in a readable shade of itself.
            for colour in crate::model::ThemeColour::ALL {
                let shade = readable_on(theme_colour(colour), p.panel, needed);
                let ratio = contrast_ratio(shade, p.panel);
                assert!(ratio >= needed, "{scheme:?} {colour:?} name: {ratio:.1}:1");
            }
            // The selection and focus ring must stand out from the board (WCAG 1.4.11: 3:1).
            for (what, colour) in [("selection", p.selection), ("focus", p.focus_ring)] {
                let ratio = contrast_ratio(colour, p.board_background);
                assert!(ratio >= 3.0, "{scheme:?} {what}: {ratio:.1}:1");
            }
        }
    }
}
