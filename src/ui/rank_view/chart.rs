//! The votes per theme as a bar chart, painted by hand, with each count written out and the
//! whole described for screen readers.

use eframe::egui::{self, Align2, FontId, Sense, Ui, vec2};

use crate::i18n::I18n;
use crate::model::{Project, ThemeId};
use crate::ui::style;

/// Votes per theme as bars, with the number written at the end of each (never colour alone).
pub(super) fn chart_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    order: &[ThemeId],
    tally: &std::collections::BTreeMap<ThemeId, u32>,
) {
    ui.heading(tr.tr("chart-heading"));
    let most = order
        .iter()
        .filter_map(|id| tally.get(id))
        .max()
        .copied()
        .unwrap_or(0)
        .max(1);
    let pal = style::palette(ui.ctx());
    let row = 40.0;
    let width = ui.available_width();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, row * order.len() as f32), Sense::hover());
    let described: Vec<String> = order
        .iter()
        .filter_map(|id| {
            project
                .themes
                .get(id)
                .map(|t| (t, tally.get(id).copied().unwrap_or(0)))
        })
        .map(|(t, v)| format!("{}: {v}", t.title))
        .collect();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, described.join(", "))
    });
    let painter = ui.painter_at(rect);
    let label_width = width * 0.4;
    for (i, id) in order.iter().enumerate() {
        let Some(theme) = project.themes.get(id) else {
            continue;
        };
        let votes = tally.get(id).copied().unwrap_or(0);
        let top = rect.top() + i as f32 * row;
        let text_colour = ui.visuals().text_color();
        // A long title ends in "…" before the bar rather than running under it; the chart's
        // description for a screen reader has it whole.
        let mut title = egui::text::LayoutJob::simple_singleline(
            theme.title.clone(),
            FontId::proportional(22.0),
            text_colour,
        );
        title.wrap = egui::text::TextWrapping::truncate_at_width(label_width - 12.0);
        let title = painter.layout_job(title);
        painter.galley(
            egui::pos2(rect.left(), top + (row - title.size().y) / 2.0),
            title,
            text_colour,
        );
        let bar_width = (width - label_width - 60.0) * votes as f32 / most as f32;
        let bar = egui::Rect::from_min_size(
            egui::pos2(rect.left() + label_width, top + 6.0),
            vec2(bar_width.max(2.0), row - 12.0),
        );
        painter.rect_filled(bar, 3.0, pal.selection);
        painter.text(
            egui::pos2(bar.right() + 8.0, top + row / 2.0),
            Align2::LEFT_CENTER,
            votes.to_string(),
            FontId::proportional(22.0),
            text_colour,
        );
    }
}
