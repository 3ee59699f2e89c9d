//! Textures for picture notes: each picture is decoded once and its texture reused every
//! frame; decoding is spread over frames so opening a board full of photos never stalls.

use std::collections::HashMap;
use std::sync::Arc;

use eframe::egui::{self, ColorImage, TextureHandle, TextureId, TextureOptions};

use crate::import::picture::{STORED_LONG_SIDE, decode};
use crate::model::{Note, NoteId, Project};

/// Most pictures decoded in one frame; the rest show a placeholder for a frame or two.
const DECODES_PER_FRAME: usize = 2;

/// What can be drawn for a picture right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureState {
    Ready(TextureId),
    /// Not decoded yet: a placeholder, and another frame is asked for.
    Loading,
    /// The stored picture could not be decoded (a damaged or hostile file).
    Broken,
}

struct Entry {
    /// The bytes this texture was made from: an edit or undo that swaps the picture is
    /// noticed because the shared bytes differ.
    data: Arc<[u8]>,
    texture: Option<TextureHandle>,
}

/// The board's picture textures, by note.
#[derive(Default)]
pub struct PictureCache {
    entries: HashMap<NoteId, Entry>,
    decoded_this_frame: usize,
    /// A placeholder was drawn this frame: the picture comes in a later one.
    waiting: bool,
}

impl std::fmt::Debug for PictureCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PictureCache")
            .field("pictures", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl PictureCache {
    /// Starts a frame: forgets notes that are gone, allows new decodes.
    pub fn begin_frame(&mut self, project: &Project) {
        self.decoded_this_frame = 0;
        self.waiting = false;
        if !self.entries.is_empty() {
            self.entries.retain(|id, entry| {
                project
                    .note(*id)
                    .and_then(|n| n.picture.as_ref())
                    .is_some_and(|p| Arc::ptr_eq(&p.data, &entry.data))
            });
        }
    }

    /// Whether a picture drawn this frame was still a placeholder.
    pub fn waiting(&self) -> bool {
        self.waiting
    }

    /// The texture for `note`'s picture, decoding it if this frame still may.
    pub fn texture(&mut self, ctx: &egui::Context, note: &Note) -> PictureState {
        let Some(picture) = &note.picture else {
            return PictureState::Broken;
        };
        if let Some(entry) = self.entries.get(&note.id)
            && Arc::ptr_eq(&entry.data, &picture.data)
        {
            return entry
                .texture
                .as_ref()
                .map_or(PictureState::Broken, |t| PictureState::Ready(t.id()));
        }
        if self.decoded_this_frame >= DECODES_PER_FRAME {
            ctx.request_repaint();
            self.waiting = true;
            return PictureState::Loading;
        }
        self.decoded_this_frame += 1;
        // No larger than an import stores, nor than the graphics card takes (a hand-made
        // file may hold a bigger picture).
        let largest = ctx
            .input(|i| i.max_texture_side)
            .min(STORED_LONG_SIDE as usize) as u32;
        let texture = decode(&picture.data).ok().map(|image| {
            let image = if image.width().max(image.height()) > largest {
                image.thumbnail(largest, largest)
            } else {
                image
            };
            let rgba = image.to_rgba8();
            let size = [rgba.width() as usize, rgba.height() as usize];
            let image = ColorImage::from_rgba_unmultiplied(size, rgba.as_raw());
            ctx.load_texture(
                format!("cytun-picture-{}", note.id.0),
                image,
                TextureOptions::LINEAR,
            )
        });
        let state = texture
            .as_ref()
            .map_or(PictureState::Broken, |t| PictureState::Ready(t.id()));
        self.entries.insert(
            note.id,
            Entry {
                data: Arc::clone(&picture.data),
                texture,
            },
        );
        state
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;
    use crate::model::{BoardPos, NoteDetails, Picture};

    #[test]
    fn a_picture_is_decoded_once_and_its_texture_reused_until_it_changes() {
        let image: image::DynamicImage = image::RgbImage::new(8, 6).into();
        let mut png = std::io::Cursor::new(Vec::new());
        image.write_to(&mut png, image::ImageFormat::Png).unwrap();
        let picture = Picture {
            width: 8,
            height: 6,
            alt: String::new(),
            data: Arc::from(png.into_inner()),
        };
        let mut project = Project::new("p");
        let note = Note {
            id: NoteId(1),
            text: String::new(),
            pos: BoardPos::default(),
            z: 0,
            copy_of: None,
            details: NoteDetails::default(),
            picture: Some(picture.clone()),
        };
        project.notes.insert(note.id, note.clone());
        let ctx = egui::Context::default();
        let mut cache = PictureCache::default();
        cache.begin_frame(&project);
        let first = cache.texture(&ctx, &note);
        assert!(matches!(first, PictureState::Ready(_)));
        for _ in 0..3 {
            cache.begin_frame(&project);
            assert_eq!(cache.texture(&ctx, &note), first);
            assert_eq!(cache.decoded_this_frame, 0, "no decode once made");
        }
        // A different picture on the same note (an undo, say) is decoded afresh.
        let mut changed = note.clone();
        changed.picture = Some(Picture {
            data: Arc::from(picture.data.to_vec()),
            ..picture
        });
        project.notes.insert(changed.id, changed.clone());
        cache.begin_frame(&project);
        assert!(matches!(
            cache.texture(&ctx, &changed),
            PictureState::Ready(_)
        ));
        assert_eq!(cache.decoded_this_frame, 1);
    }
}
