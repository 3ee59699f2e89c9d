//! The side panel for the selected theme: its title, what the group means by it, and an
//! optional colour. Each finished edit is one command.

use eframe::egui::{self, Id, TextEdit, Ui};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::{Theme, ThemeColour};
use crate::ui::{Intent, style};

/// Title and meaning as typed, committed when the field loses focus.
#[derive(Debug, Default)]
pub struct ThemeDraft {
    theme: Option<crate::model::ThemeId>,
    title: String,
    meaning: String,
}

pub fn theme_details_ui(
    ui: &mut Ui,
    tr: &I18n,
    theme: &Theme,
    draft: &mut ThemeDraft,
    intents: &mut Vec<Intent>,
) {
    ui.heading(tr.tr("theme-details-heading"));
    let title_id = Id::unique("cytun-theme-details-title");
    let meaning_id = Id::unique("cytun-theme-details-meaning");
    let focused = |id: Id| ui.memory(|m| m.has_focus(id));
    if draft.theme != Some(theme.id) || !focused(title_id) {
        draft.title.clone_from(&theme.title);
    }
    if draft.theme != Some(theme.id) || !focused(meaning_id) {
        draft.meaning.clone_from(&theme.meaning);
    }
    draft.theme = Some(theme.id);

    let label = ui.label(tr.tr("theme-details-title"));
    let title = ui
        .add(
            TextEdit::singleline(&mut draft.title)
                .id(title_id)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if title.lost_focus() && !draft.title.trim().is_empty() && draft.title.trim() != theme.title {
        intents.push(Intent::Edit(Command::RenameTheme {
            theme: theme.id,
            title: draft.title.trim().to_owned(),
        }));
    }
    let label = ui.label(tr.tr("theme-details-meaning"));
    let meaning = ui
        .add(
            TextEdit::multiline(&mut draft.meaning)
                .id(meaning_id)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(tr.tr("theme-details-meaning-hint")),
        )
        .labelled_by(label.id);
    if meaning.lost_focus() && draft.meaning != theme.meaning {
        intents.push(Intent::Edit(Command::SetThemeMeaning {
            theme: theme.id,
            meaning: draft.meaning.clone(),
        }));
    }

    ui.label(tr.tr("theme-details-colour"));
    ui.horizontal_wrapped(|ui| {
        let none = ui.selectable_label(theme.colour.is_none(), tr.tr("colour-none"));
        if none.clicked() && theme.colour.is_some() {
            intents.push(Intent::Edit(Command::SetThemeColour {
                theme: theme.id,
                colour: None,
            }));
        }
        let scheme = style::scheme(ui.ctx());
        let panel = style::palette(ui.ctx()).panel;
        for colour in ThemeColour::ALL {
            // The name in a shade of the colour that reads on the panel (the frame on the board
            // shows the colour itself).
            let shade = style::readable_on(
                style::theme_colour(colour),
                panel,
                style::panel_text_contrast(scheme),
            );
            let text = egui::RichText::new(format!("• {}", colour_name(tr, colour))).color(shade);
            if ui
                .selectable_label(theme.colour == Some(colour), text)
                .clicked()
                && theme.colour != Some(colour)
            {
                intents.push(Intent::Edit(Command::SetThemeColour {
                    theme: theme.id,
                    colour: Some(colour),
                }));
            }
        }
    });
    if !theme.former_titles.is_empty() {
        ui.add_space(6.0);
        ui.label(tr.tr_args(
            "themes-former-titles",
            &[("titles", Arg::Str(&theme.former_titles.join(", ")))],
        ));
    }
}

fn colour_name(tr: &I18n, colour: ThemeColour) -> String {
    tr.tr(match colour {
        ThemeColour::Orange => "colour-orange",
        ThemeColour::SkyBlue => "colour-sky-blue",
        ThemeColour::BluishGreen => "colour-bluish-green",
        ThemeColour::Yellow => "colour-yellow",
        ThemeColour::Blue => "colour-blue",
        ThemeColour::Vermillion => "colour-vermillion",
        ThemeColour::ReddishPurple => "colour-reddish-purple",
    })
}
