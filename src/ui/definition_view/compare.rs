//! Comparing two versions word by word, side by side; kept apart because it is the one part
//! of the view that lays out its own text.

use eframe::egui::{self, Color32, RichText, TextFormat, Ui, text::LayoutJob};

use crate::i18n::I18n;
use crate::model::definition::Version;
use crate::ui::style;

use super::DefinitionView;

/// Two versions side by side: words taken out struck through, words added underlined (a
/// shape as well as a colour, for anyone who cannot tell the colours apart).
pub(super) fn compare_ui(ui: &mut Ui, tr: &I18n, versions: &[Version], view: &mut DefinitionView) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr.tr("compare-heading")).strong());
    let last = versions.len();
    let (a, b) = (
        view.compare.0.unwrap_or(versions[last - 2].number),
        view.compare.1.unwrap_or(versions[last - 1].number),
    );
    ui.horizontal(|ui| {
        for (slot, current, salt) in [(0, a, "cytun-compare-a"), (1, b, "cytun-compare-b")] {
            let label = ui.label(tr.tr(if slot == 0 {
                "compare-from"
            } else {
                "compare-to"
            }));
            let mut chosen = current;
            egui::ComboBox::from_id_salt(salt)
                .selected_text(tr.tr_args("compare-version", &[("number", current.into())]))
                .show_ui(ui, |ui| {
                    for version in versions {
                        ui.selectable_value(
                            &mut chosen,
                            version.number,
                            tr.tr_args("compare-version", &[("number", version.number.into())]),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            if slot == 0 {
                view.compare.0 = Some(chosen);
            } else {
                view.compare.1 = Some(chosen);
            }
        }
    });
    let text = |n: u32| {
        versions
            .iter()
            .find(|v| v.number == n)
            .map(|v| v.text.clone())
            .unwrap_or_default()
    };
    let (old, new) = (text(a), text(b));
    let pal = style::palette(ui.ctx());
    let colour = ui.visuals().text_color();
    let font = egui::FontId::proportional(20.0);
    let mut left = LayoutJob::default();
    let mut right = LayoutJob::default();
    let diff = similar::TextDiff::from_words(&old, &new);
    for change in diff.iter_all_changes() {
        let piece = change.value();
        let plain = TextFormat::simple(font.clone(), colour);
        match change.tag() {
            similar::ChangeTag::Equal => {
                left.append(piece, 0.0, plain.clone());
                right.append(piece, 0.0, plain);
            }
            similar::ChangeTag::Delete => left.append(
                piece,
                0.0,
                TextFormat {
                    strikethrough: egui::Stroke::new(2.0, pal.error_text),
                    color: pal.error_text,
                    ..plain
                },
            ),
            similar::ChangeTag::Insert => right.append(
                piece,
                0.0,
                TextFormat {
                    underline: egui::Stroke::new(2.0, pal.selection),
                    background: Color32::TRANSPARENT,
                    ..plain
                },
            ),
        }
    }
    ui.columns(2, |columns| {
        columns[0].label(tr.tr_args("compare-version", &[("number", a.into())]));
        columns[0].label(left);
        columns[1].label(tr.tr_args("compare-version", &[("number", b.into())]));
        columns[1].label(right);
    });
    ui.label(tr.tr("compare-key"));
}
