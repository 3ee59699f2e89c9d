//! The open room on the projector: a large QR code with the short address and join code
//! under it, how many phones have joined (and voted), the phase, and Close. Over the board
//! in its lower left corner; only a strip with the counts over the Rank and Definition
//! views, where the room is looking at something else.

use eframe::egui::{self, Align2, Color32, FontId, RichText, Ui};

use crate::i18n::I18n;
use crate::model::Project;
use crate::model::definition::{Part, VersionId};
use crate::phones::{Phase, RoomHost};
use crate::ui::Intent;
use crate::ui::style;

/// The QR code's side on screen, in points: readable by a phone across a room.
const QR_SIDE: f32 = 280.0;
/// Modules of white round the code, as the standard asks.
const QUIET_MODULES: usize = 4;

/// Draws the room's panel inside `area`, full (with the code) or as a strip.
pub fn room_panel_ui(
    ctx: &egui::Context,
    tr: &I18n,
    room: &RoomHost,
    project: &Project,
    (area, full): (egui::Rect, bool),
    intents: &mut Vec<Intent>,
) {
    let pal = style::palette(ctx);
    egui::Area::new(egui::Id::unique("cytun-room-panel"))
        .fixed_pos(area.left_bottom() + egui::vec2(16.0, -16.0))
        .pivot(Align2::LEFT_BOTTOM)
        .constrain_to(area)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(pal.board_background)
                .stroke(egui::Stroke::new(3.0, pal.board_text))
                .corner_radius(12)
                .inner_margin(egui::Margin::same(16))
                .show(ui, |ui| {
                    ui.set_max_width(QR_SIDE + 170.0);
                    if full {
                        join_ui(ui, tr, room);
                        ui.add_space(8.0);
                    }
                    counts_ui(ui, tr, room, project, intents);
                    ui.add_space(8.0);
                    phase_ui(ui, tr, room, project, intents);
                    ui.add_space(8.0);
                    if ui.button(tr.tr("room-close")).clicked() {
                        intents.push(Intent::ToggleRoom);
                    }
                });
        });
}

/// The code, the address and the join code: everything a phone needs to come in.
fn join_ui(ui: &mut Ui, tr: &I18n, room: &RoomHost) {
    ui.label(RichText::new(tr.tr("room-heading")).heading().strong());
    if !room.on_a_network() {
        ui.colored_label(style::palette(ui.ctx()).accent, tr.tr("room-no-network"));
    }
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(QR_SIDE, QR_SIDE), egui::Sense::hover());
    paint_qr(ui, rect, room.qr_code());
    // A screen reader hears where to go, since it cannot see the code.
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, room.short_address()));
    ui.label(tr.tr("room-scan"));
    ui.label(
        RichText::new(room.short_address())
            .font(FontId::monospace(28.0))
            .strong(),
    );
    ui.label(tr.tr("room-type-code"));
    ui.label(
        RichText::new(room.join_code())
            .font(FontId::monospace(40.0))
            .strong(),
    );
}

/// Who has joined, and while voting how many have voted, with the reveal.
fn counts_ui(
    ui: &mut Ui,
    tr: &I18n,
    room: &RoomHost,
    project: &Project,
    intents: &mut Vec<Intent>,
) {
    ui.label(RichText::new(tr.tr("room-phones-this-session")).size(20.0));
    ui.label(
        RichText::new(tr.tr_args("room-joined", &[("count", room.phones_joined().into())]))
            .size(24.0),
    );
    if room.phase() == Phase::Vote {
        let voted = room.voted_this_session(project);
        ui.label(RichText::new(tr.tr_args("room-voted", &[("count", voted.into())])).size(24.0));
        let (label, reveal) = if room.revealed {
            ("room-hide-votes", false)
        } else {
            ("room-reveal", true)
        };
        if ui.button(tr.tr(label)).clicked() {
            intents.push(Intent::RevealVotes(reveal));
        }
    }
}

/// What phones do now, and for a sense-check which version.
fn phase_ui(ui: &mut Ui, tr: &I18n, room: &RoomHost, project: &Project, intents: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.tr("room-phase"));
        for (phase, id) in [
            (Phase::Contribute, "room-phase-contribute"),
            (Phase::Vote, "room-phase-vote"),
            (Phase::SenseCheck, "room-phase-sense-check"),
        ] {
            if ui
                .selectable_label(room.phase() == phase, tr.tr(id))
                .clicked()
                && room.phase() != phase
            {
                intents.push(Intent::RoomPhase(phase));
            }
        }
    });
    if room.phase() != Phase::SenseCheck {
        return;
    }
    // Every version still open to feedback, the definition's then the charter's, newest first.
    let open: Vec<VersionId> = Part::ALL
        .into_iter()
        .flat_map(|part| {
            let versions = project.definition.open_versions(part);
            versions.iter().rev().map(move |v| VersionId {
                part,
                number: v.number,
            })
        })
        .collect();
    if open.is_empty() {
        ui.label(tr.tr("room-no-version"));
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr.tr("room-version"));
        let shown = |id: VersionId| {
            let key = id
                .part
                .pick("room-version-definition", "room-version-charter");
            tr.tr_args(key, &[("number", id.number.into())])
        };
        egui::ComboBox::from_id_salt("cytun-room-version")
            .selected_text(room.version().map(shown).unwrap_or_default())
            .show_ui(ui, |ui| {
                for id in &open {
                    if ui
                        .selectable_label(room.version() == Some(*id), shown(*id))
                        .clicked()
                    {
                        intents.push(Intent::RoomVersion(*id));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// The join address as a QR code: dark modules on white whatever the colour scheme (a
/// phone's camera reads dark on light), each row's runs of dark drawn as one rectangle.
fn paint_qr(ui: &Ui, rect: egui::Rect, (dark, width): (&[bool], usize)) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    if width == 0 {
        return;
    }
    let module = rect.width() / (width + 2 * QUIET_MODULES) as f32;
    let origin = rect.min + egui::vec2(module, module) * QUIET_MODULES as f32;
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] {
                let start = x;
                while x < width && row[x] {
                    x += 1;
                }
                let min = origin + egui::vec2(start as f32 * module, y as f32 * module);
                let size = egui::vec2((x - start) as f32 * module, module);
                // A hair taller, so no light seam shows between neighbouring rows.
                painter.rect_filled(
                    egui::Rect::from_min_size(min, size + egui::vec2(0.0, 0.5)),
                    0.0,
                    Color32::BLACK,
                );
            } else {
                x += 1;
            }
        }
    }
}
