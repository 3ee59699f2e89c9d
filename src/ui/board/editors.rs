//! The two text editors laid over the board: a note's text and a theme's title. Each commits
//! its words as one command when it closes.

use eframe::egui::{self, Color32, Id, Rect, TextEdit, Ui, vec2};

use super::note_paint::{self, NoteLook};
use super::view::{BoardView, EditTarget};
use crate::command::Command;
use crate::i18n::I18n;
use crate::model::geometry::{
    self, NOTE_BADGE_HEIGHT, NOTE_FONT_SIZE, NOTE_PADDING, NOTE_WIDTH, note_height,
};
use crate::model::layout::{self, THEME_PADDING, THEME_TITLE_HEIGHT};
use crate::model::{BoardRect, NoteDetails, NoteId, Project};
use crate::ui::{Intent, style};

/// The in-place text editor over the note being edited.
pub(super) fn note_editor_ui(
    ui: &mut Ui,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    let Some(editor) = &mut view.editing else {
        return;
    };
    let default_details = NoteDetails::default();
    let (pos, details, original) = match editor.target {
        EditTarget::Existing(id) => {
            if let Some(note) = project.note(id) {
                (note.pos, &note.details, Some(note.text.as_str()))
            } else {
                view.editing = None;
                return;
            }
        }
        EditTarget::New(pos) => (pos, &default_details, None),
    };
    let zoom = view.camera.zoom;
    // A picture note's caption is typed under its picture.
    let picture = match editor.target {
        EditTarget::Existing(id) => project.note(id).and_then(|note| {
            let picture = note.picture.as_ref()?;
            let state = view.kept.pictures.texture(ui.ctx(), note);
            Some((state, geometry::picture_height(picture)))
        }),
        EditTarget::New(_) => None,
    };
    let picture_height = picture.map_or(0.0, |(_, height)| height);
    let board_rect =
        BoardRect::from_min_size(pos, NOTE_WIDTH, note_height(&editor.text) + picture_height);
    let rect = view.camera.screen_rect_from_board(canvas, board_rect);
    let painter = ui.painter_at(canvas);
    // The note grows as the text does; the badge stays visible for context.
    let look = NoteLook {
        rect,
        zoom,
        selected: true,
        text: None,
        linked: false,
        details,
        picture,
        left_out: view.diagnostics.left_out,
    };
    note_paint::paint_note(&painter, tr, &look);

    let padding = NOTE_PADDING * zoom;
    let text_rect = Rect::from_min_max(
        rect.min
            + vec2(
                padding,
                padding + (NOTE_BADGE_HEIGHT + picture_height) * zoom,
            ),
        rect.max - vec2(padding, padding),
    );
    let edit_id = Id::unique(("cytun-note-editor", editor.target_key()));
    let response = ui.put(
        text_rect,
        TextEdit::multiline(&mut editor.text)
            .id(edit_id)
            .font(egui::FontId::proportional(NOTE_FONT_SIZE * zoom))
            .text_color(style::palette(ui.ctx()).note_text)
            .background_color(Color32::TRANSPARENT)
            .frame(egui::Frame::NONE)
            .hint_text(tr.tr("details-text-hint"))
            .desired_width(text_rect.width())
            .desired_rows(1),
    );
    let name = tr.tr("note-text-field");
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    if !editor.focused_once {
        response.request_focus();
        editor.focused_once = true;
        return;
    }
    if response.lost_focus() || !response.has_focus() {
        let text = std::mem::take(&mut editor.text);
        match (editor.target, original) {
            (EditTarget::Existing(id), Some(original)) if text != original => {
                intents.push(Intent::Edit(Command::SetNoteText { id, text }));
            }
            (EditTarget::New(pos), _) if !text.trim().is_empty() => {
                intents.push(Intent::Edit(Command::CreateNote {
                    pos,
                    text,
                    details: Box::default(),
                }));
            }
            _ => {}
        }
        view.editing = None;
        view.take_keyboard = true;
    }
}

/// The in-place editor over a theme's title band.
pub(super) fn title_editor_ui(
    ui: &mut Ui,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    let Some(editor) = &mut view.title_editing else {
        return;
    };
    let Some(theme) = project.themes.get(&editor.theme) else {
        view.title_editing = None;
        return;
    };
    let zoom = view.camera.zoom;
    let frame = view
        .camera
        .screen_rect_from_board(canvas, layout::theme_rect(theme, &project.notes));
    let padding = THEME_PADDING * zoom;
    let band = Rect::from_min_size(
        frame.min + vec2(padding, padding * 0.4),
        vec2(
            frame.width() - 2.0 * padding,
            (THEME_TITLE_HEIGHT - THEME_PADDING * 0.6) * zoom,
        ),
    );
    let edit_id = Id::unique(("cytun-theme-title-editor", editor.theme.0));
    let response = ui.put(
        band,
        TextEdit::singleline(&mut editor.text)
            .id(edit_id)
            .font(egui::FontId::proportional(
                layout::THEME_TITLE_FONT_SIZE * zoom,
            ))
            .text_color(style::palette(ui.ctx()).board_text)
            .desired_width(band.width())
            .hint_text(theme.title.clone()),
    );
    // Typed in place, with no label beside it: say what it is to a screen reader.
    let name = tr.tr("theme-title-field");
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    if !editor.focused_once {
        response.request_focus();
        // The old title is selected, so typing replaces it.
        let mut state = TextEdit::load_state(ui.ctx(), edit_id).unwrap_or_default();
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(editor.text.chars().count()),
        );
        state.cursor.set_char_range(Some(all));
        TextEdit::store_state(ui.ctx(), edit_id, state);
        editor.focused_once = true;
        return;
    }
    if response.lost_focus() || !response.has_focus() {
        let title = editor.text.trim().to_owned();
        if !title.is_empty() && title != theme.title {
            intents.push(Intent::Edit(Command::RenameTheme {
                theme: theme.id,
                title,
            }));
        }
        view.title_editing = None;
        // Back to the board for the keyboard (unless a click put it elsewhere).
        view.take_keyboard = true;
    }
}

pub(super) fn start_editing_note(view: &mut BoardView, project: &Project, id: NoteId) {
    if let Some(note) = project.note(id) {
        view.selection.clear();
        view.selection.insert(id);
        view.start_editing(EditTarget::Existing(id), note.text.clone());
    }
}
