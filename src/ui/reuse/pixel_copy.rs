//! Pixels kept from one frame for the next: parts of the window copied into an offscreen
//! buffer once drawn, and put back (shifted, for a pan) instead of being drawn again.
//!
//! On software OpenGL (a virtual desktop, an old laptop) most of a frame goes on filling
//! pixels, and eframe redraws the whole window every frame. The board's pan cache
//! (`board::pan_cache`) and the panels' reuse (`panel_reuse`) decide what can be reused;
//! this module does the copying, as egui paint callbacks run in the order the window is
//! painted. Both copies are framebuffer blits (OpenGL 3.0 or OpenGL ES 3.0): no shader of
//! ours. What a copy shows is recorded only once it succeeded, so nothing is ever put back
//! that was not copied; an OpenGL error turns that copy off for the session, and the window
//! is then drawn whole each frame, as without it.

#![expect(
    unsafe_code,
    reason = "OpenGL calls are unsafe in glow; each block says what it relies on"
)]

use std::sync::{Arc, Mutex};

use eframe::egui::{self, Rect, Shape, pos2};
use eframe::egui_glow::{self, glow};
use glow::HasContext as _;

/// A rectangle of whole physical pixels, top-left origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PixelRect {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PixelRect {
    /// `rect` (in points) in whole pixels.
    pub fn of(rect: Rect, pixels_per_point: f32) -> Self {
        Self {
            left: (rect.left() * pixels_per_point).round() as i32,
            top: (rect.top() * pixels_per_point).round() as i32,
            right: (rect.right() * pixels_per_point).round() as i32,
            bottom: (rect.bottom() * pixels_per_point).round() as i32,
        }
    }

    pub fn width(self) -> i32 {
        self.right - self.left
    }

    pub fn height(self) -> i32 {
        self.bottom - self.top
    }

    pub fn is_empty(self) -> bool {
        self.width() <= 0 || self.height() <= 0
    }

    /// Back in points, for a clip rectangle.
    pub fn in_points(self, pixels_per_point: f32) -> Rect {
        Rect::from_min_max(
            pos2(self.left as f32, self.top as f32) / pixels_per_point,
            pos2(self.right as f32, self.bottom as f32) / pixels_per_point,
        )
    }
}

/// Where the next shape `ui` paints goes in its layer: the start of what a reuse may
/// replace with pixels put back.
pub fn next_shape(ui: &egui::Ui) -> egui::layers::ShapeIdx {
    ui.ctx().graphics(|layers| {
        layers
            .get(ui.layer_id())
            .map_or(egui::layers::ShapeIdx(0), egui::layers::PaintList::next_idx)
    })
}

/// One rectangle of pixels copied from one buffer to the other, its top-left corner landing
/// at `to` (top-left origin in both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blit {
    pub from: PixelRect,
    pub to: [i32; 2],
}

/// The copies of one part of the window (`S` says what a copy shows), and whether they are
/// used this session: OpenGL paints the window and they were not turned off for a
/// measurement, or a benchmark (which has no OpenGL) counts every copy as made.
pub struct Copies<S> {
    /// Shared with the paint callbacks, which run after the frame is built.
    copied: Arc<Mutex<Copied<S>>>,
    available: bool,
    turned_off: bool,
    as_if_made: bool,
}

impl<S> Default for Copies<S> {
    fn default() -> Self {
        Self {
            copied: Arc::default(),
            available: false,
            turned_off: false,
            as_if_made: false,
        }
    }
}

impl<S> std::fmt::Debug for Copies<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Copies")
            .field("available", &self.available)
            .field("turned_off", &self.turned_off)
            .field("as_if_made", &self.as_if_made)
            .finish_non_exhaustive()
    }
}

impl<S: Send + Sync + Copy + 'static> Copies<S> {
    /// Whether this window is painted with OpenGL (eframe's glow renderer), which the
    /// copies need: set by the app each frame.
    pub fn set_available(&mut self, available: bool) {
        self.available = available;
    }

    /// Draw whole every frame (`--frame-stats --without reuse`, to measure what reuse saves).
    pub fn turn_off(&mut self) {
        self.turned_off = true;
    }

    /// Draw whole (`off`) or reuse again, from this frame on (`--pixel-check` compares the
    /// two).
    pub fn set_off(&mut self, off: bool) {
        self.turned_off = off;
    }

    /// For the benchmarks, which have no OpenGL: every copy counts as made, so what the
    /// processor does in a frame that reuses pixels is measured.
    pub fn count_as_made(&mut self) {
        self.as_if_made = true;
    }

    /// Whether copies are made and used this frame.
    pub fn in_use(&self) -> bool {
        (self.available || self.as_if_made) && !self.turned_off
    }

    /// What the last copy made shows.
    pub fn last(&self) -> Option<S> {
        self.copied.lock().ok().and_then(|copied| copied.shown)
    }

    /// A paint callback (over `area`) that copies `blits` of the window into an offscreen
    /// buffer of `size` pixels, as the window is at that point of painting, and records
    /// `shown`.
    pub fn copy(&self, area: Rect, size: [i32; 2], blits: Vec<Blit>, shown: S) -> Shape {
        self.record_as_made(Some(shown));
        copy(&self.copied, area, size, blits, shown)
    }

    /// A paint callback (over `area`) that puts `blits` of the last copy back on the
    /// window. With `renew`, the copy then counts as showing that (the same pixels, a frame
    /// later) without being made again.
    pub fn put_back(&self, area: Rect, blits: Vec<Blit>, renew: Option<S>) -> Shape {
        self.record_as_made(renew);
        put_back(&self.copied, area, blits, renew)
    }

    /// What a benchmark's frame leaves as copied, as the paint callbacks would have.
    fn record_as_made(&self, shown: Option<S>) {
        if self.as_if_made
            && shown.is_some()
            && let Ok(mut copied) = self.copied.lock()
        {
            copied.shown = shown;
        }
    }

    /// Plays the paint callbacks' part in a test: the last copy made shows `shown`.
    #[cfg(test)]
    pub fn set_last(&self, shown: Option<S>) {
        if let Ok(mut copied) = self.copied.lock() {
            copied.shown = shown;
        }
    }
}

/// The offscreen copy and what it shows (`S`), shared between a frame and its callbacks.
struct Copied<S> {
    /// What the copy shows, once it was made.
    shown: Option<S>,
    target: Option<Target>,
    /// The copy failed or cannot be made here: never tried again.
    broken: bool,
}

impl<S> Default for Copied<S> {
    fn default() -> Self {
        Self {
            shown: None,
            target: None,
            broken: false,
        }
    }
}

/// An offscreen framebuffer.
struct Target {
    framebuffer: glow::Framebuffer,
    pixels: glow::Renderbuffer,
    size: [i32; 2],
}

fn copy<S: Send + Sync + Copy + 'static>(
    copied: &Arc<Mutex<Copied<S>>>,
    area: Rect,
    size: [i32; 2],
    blits: Vec<Blit>,
    shown: S,
) -> Shape {
    let copied = Arc::clone(copied);
    callback(area, move |info, gl| {
        let Ok(mut copied) = copied.lock() else {
            return;
        };
        copied.shown = None;
        if copied.broken {
            return;
        }
        // SAFETY: a paint callback runs on the thread that owns the context, with it
        // current, between egui's own draws; the bindings changed are put back before
        // returning, and egui restores its own state after every callback.
        let done = unsafe { copy_now(gl, &mut copied, size, &blits, info.screen_size_px[1]) };
        match done {
            Ok(()) => copied.shown = Some(shown),
            Err(why) => {
                eprintln!("cytun: the window is drawn whole each frame: {why}");
                copied.broken = true;
                if let Some(target) = copied.target.take() {
                    // SAFETY: as above.
                    unsafe { delete_target(gl, &target) };
                }
            }
        }
    })
}

fn put_back<S: Send + Sync + Copy + 'static>(
    copied: &Arc<Mutex<Copied<S>>>,
    area: Rect,
    blits: Vec<Blit>,
    renew: Option<S>,
) -> Shape {
    let copied = Arc::clone(copied);
    callback(area, move |info, gl| {
        let Ok(mut copied) = copied.lock() else {
            return;
        };
        if copied.broken || copied.shown.is_none() {
            return;
        }
        let Some(target) = &copied.target else {
            return;
        };
        // SAFETY: as in `copy`.
        let done = unsafe { put_back_now(gl, target, &blits, info.screen_size_px[1]) };
        match done {
            Ok(()) => {
                if let Some(renew) = renew {
                    copied.shown = Some(renew);
                }
            }
            Err(why) => {
                eprintln!("cytun: the window is drawn whole each frame: {why}");
                copied.broken = true;
                copied.shown = None;
            }
        }
    })
}

fn callback(
    area: Rect,
    run: impl Fn(egui::PaintCallbackInfo, &glow::Context) + Send + Sync + 'static,
) -> Shape {
    Shape::Callback(egui::PaintCallback {
        rect: area,
        callback: Arc::new(egui_glow::CallbackFn::new(move |info, painter| {
            run(info, painter.gl());
        })),
    })
}

/// The framebuffers bound when a callback starts, put back when it ends.
struct Bindings {
    draw: Option<glow::Framebuffer>,
    read: Option<glow::Framebuffer>,
}

/// Saves the bindings, and clears errors left by earlier drawing (egui checks its own
/// only in debug builds), so an error after this is the copy's own.
unsafe fn save_bindings(gl: &glow::Context) -> Bindings {
    unsafe {
        for _ in 0..16 {
            if gl.get_error() == glow::NO_ERROR {
                break;
            }
        }
        Bindings {
            draw: gl.get_parameter_framebuffer(glow::DRAW_FRAMEBUFFER_BINDING),
            read: gl.get_parameter_framebuffer(glow::READ_FRAMEBUFFER_BINDING),
        }
    }
}

unsafe fn restore(gl: &glow::Context, bindings: &Bindings) -> Result<(), String> {
    unsafe {
        gl.bind_framebuffer(glow::DRAW_FRAMEBUFFER, bindings.draw);
        gl.bind_framebuffer(glow::READ_FRAMEBUFFER, bindings.read);
        match gl.get_error() {
            glow::NO_ERROR => Ok(()),
            error => Err(format!("OpenGL error {error:#x}")),
        }
    }
}

/// Blits between buffers of `from_height` and `to_height` pixels (OpenGL counts rows
/// from the bottom).
unsafe fn blit_all(gl: &glow::Context, blits: &[Blit], from_height: i32, to_height: i32) {
    for blit in blits {
        let from = blit.from;
        let (width, height) = (from.width(), from.height());
        if from.is_empty() {
            continue;
        }
        let to_bottom = to_height - (blit.to[1] + height);
        unsafe {
            gl.blit_framebuffer(
                from.left,
                from_height - from.bottom,
                from.right,
                from_height - from.top,
                blit.to[0],
                to_bottom,
                blit.to[0] + width,
                to_bottom + height,
                glow::COLOR_BUFFER_BIT,
                glow::NEAREST,
            );
        }
    }
}

unsafe fn copy_now<S>(
    gl: &glow::Context,
    copied: &mut Copied<S>,
    size: [i32; 2],
    blits: &[Blit],
    screen_height: u32,
) -> Result<(), String> {
    unsafe {
        let version = gl.version();
        if version.major < 3 {
            return Err(format!(
                "OpenGL {}.{} has no framebuffer blit",
                version.major, version.minor
            ));
        }
        if gl.get_parameter_i32(glow::SAMPLES) > 0 {
            return Err("the window is multisampled".to_owned());
        }
        if size[0] <= 0 || size[1] <= 0 {
            return Ok(());
        }
        let bindings = save_bindings(gl);
        let target = match copied.target.take() {
            Some(target) if target.size == size => target,
            old => {
                if let Some(old) = old {
                    gl.delete_framebuffer(old.framebuffer);
                    gl.delete_renderbuffer(old.pixels);
                }
                let made = make_target(gl, size);
                let restored = restore(gl, &bindings);
                let target = made?;
                if let Err(why) = restored {
                    delete_target(gl, &target);
                    return Err(why);
                }
                target
            }
        };
        gl.disable(glow::SCISSOR_TEST);
        gl.bind_framebuffer(glow::READ_FRAMEBUFFER, bindings.draw);
        gl.bind_framebuffer(glow::DRAW_FRAMEBUFFER, Some(target.framebuffer));
        blit_all(gl, blits, screen_height as i32, size[1]);
        let restored = restore(gl, &bindings);
        copied.target = Some(target);
        restored
    }
}

unsafe fn delete_target(gl: &glow::Context, target: &Target) {
    unsafe {
        gl.delete_framebuffer(target.framebuffer);
        gl.delete_renderbuffer(target.pixels);
    }
}

unsafe fn make_target(gl: &glow::Context, size: [i32; 2]) -> Result<Target, String> {
    unsafe {
        let pixels = gl.create_renderbuffer()?;
        gl.bind_renderbuffer(glow::RENDERBUFFER, Some(pixels));
        gl.renderbuffer_storage(glow::RENDERBUFFER, glow::RGBA8, size[0], size[1]);
        gl.bind_renderbuffer(glow::RENDERBUFFER, None);
        let framebuffer = match gl.create_framebuffer() {
            Ok(framebuffer) => framebuffer,
            Err(why) => {
                gl.delete_renderbuffer(pixels);
                return Err(why);
            }
        };
        gl.bind_framebuffer(glow::DRAW_FRAMEBUFFER, Some(framebuffer));
        gl.framebuffer_renderbuffer(
            glow::DRAW_FRAMEBUFFER,
            glow::COLOR_ATTACHMENT0,
            glow::RENDERBUFFER,
            Some(pixels),
        );
        let status = gl.check_framebuffer_status(glow::DRAW_FRAMEBUFFER);
        if status != glow::FRAMEBUFFER_COMPLETE {
            gl.delete_framebuffer(framebuffer);
            gl.delete_renderbuffer(pixels);
            return Err(format!("offscreen framebuffer incomplete ({status:#x})"));
        }
        Ok(Target {
            framebuffer,
            pixels,
            size,
        })
    }
}

unsafe fn put_back_now(
    gl: &glow::Context,
    target: &Target,
    blits: &[Blit],
    screen_height: u32,
) -> Result<(), String> {
    unsafe {
        let bindings = save_bindings(gl);
        gl.disable(glow::SCISSOR_TEST);
        gl.bind_framebuffer(glow::READ_FRAMEBUFFER, Some(target.framebuffer));
        gl.bind_framebuffer(glow::DRAW_FRAMEBUFFER, bindings.draw);
        blit_all(gl, blits, target.size[1], screen_height as i32);
        restore(gl, &bindings)
    }
}
