//! `cytun FILE --pixel-check`: whether the pixels reused from the last frame (the board's
//! shifted on a pan, the panels' put back) are the pixels a whole draw gives, in the real
//! window with OpenGL. After each change a person makes (a pan, a text-size change, a hover,
//! a resize, another language, other colours, all in turn) the frame as the window drew it is read back, then the same frame
//! drawn whole with no reuse, and the two are compared pixel by pixel. One line per check
//! goes to standard output; the window closes at the end.
//!
//! The tolerance is egui's dithering: its shader adds noise of under one step per colour
//! channel, keyed to the pixel's place on screen, so a pixel shifted by a pan may differ by
//! one step from the same pixel drawn where it now is. A difference of more than
//! `TOLERANCE` steps in any channel counts.

use std::sync::{Arc, Mutex};

use eframe::egui::{self, ColorImage, Event, Key, Modifiers, Ui, pos2, vec2};

use super::CytunApp;

/// The largest difference in one colour channel that dithering explains.
pub const TOLERANCE: u8 = 2;

/// Frames to let the window settle (fonts, textures, the first layout) before checking.
const SETTLE: usize = 12;

/// How far the board pans in a check, in screen points (neither a whole pixel count at
/// 150 % nor a multiple of the board's grid).
const PAN: egui::Vec2 = vec2(37.0, 23.0);

/// A change a person makes, then a check of the frame after it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    /// Nothing changes for a few frames.
    Wait(usize),
    /// The board pans (in the frame then checked).
    Pan,
    /// Ctrl + or Ctrl 0, as typed.
    TextSize(Key),
    /// The pointer comes to rest over the board's middle.
    Hover,
    /// The window is made smaller by this much.
    Resize(egui::Vec2),
    /// The interface's language is chosen.
    Language(crate::i18n::UiLanguage),
    /// The colours are chosen.
    Colours(crate::ui::style::ColourScheme),
    /// This frame, as drawn, is read back; the next is drawn whole and read back.
    Check(&'static str),
    /// Frames go on only while the app asks for them; the last one, what stays on screen
    /// until something happens, is checked.
    Settled(&'static str),
}

/// The most frames a change may take to settle before its last one is checked anyway.
const MOST_SETTLING: usize = 120;

/// What the run does, in order.
const SCRIPT: &[Step] = &[
    Step::Wait(SETTLE),
    Step::Check("still"),
    Step::Pan,
    Step::Check("pan"),
    Step::TextSize(Key::Plus),
    Step::Settled("text_bigger"),
    Step::Pan,
    Step::Check("pan_after_text_bigger"),
    Step::Hover,
    Step::Settled("hover"),
    Step::Pan,
    Step::Check("pan_while_hovering"),
    Step::Resize(vec2(-160.0, -90.0)),
    Step::Settled("resize"),
    Step::Pan,
    Step::Check("pan_after_resize"),
    Step::Language(crate::i18n::UiLanguage::Welsh),
    Step::Settled("welsh"),
    Step::Pan,
    Step::Check("pan_in_welsh"),
    Step::Colours(crate::ui::style::ColourScheme::HighContrast),
    Step::Settled("high_contrast"),
    Step::Pan,
    Step::Check("pan_in_high_contrast"),
    Step::TextSize(Key::Num0),
    Step::Settled("text_usual"),
    Step::Pan,
    Step::Check("pan_after_text_usual"),
];

/// Where a check is: waiting for the drawn frame's pixels, then for the whole draw's.
enum Reading {
    Drawn(&'static str),
    Whole(&'static str, Arc<ColorImage>),
}

/// The checking run.
pub struct PixelCheck {
    app: Box<CytunApp>,
    step: usize,
    waited: usize,
    reading: Option<Reading>,
    /// Where eframe leaves a screenshot after painting the frame that asked for it.
    shot: Arc<Mutex<Option<Arc<ColorImage>>>>,
    /// Key presses and pointer moves to give the app with the next frame's input.
    events: Vec<Event>,
    /// How many checks found reused pixels that differ from a whole draw.
    pub failed: usize,
    done: bool,
    /// When the last frame came, while a change settles.
    last_frame: Option<std::time::Instant>,
}

impl PixelCheck {
    pub fn new(app: CytunApp) -> Self {
        Self {
            app: Box::new(app),
            step: 0,
            waited: 0,
            reading: None,
            shot: Arc::default(),
            events: Vec::new(),
            failed: 0,
            done: false,
            last_frame: None,
        }
    }

    /// Asks eframe for this frame's pixels, read back once it is painted.
    fn ask_for_pixels(&self, ctx: &egui::Context) {
        let shot = Arc::clone(&self.shot);
        ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(
            egui::ScreenshotCallback::new(move |image| {
                if let Ok(mut slot) = shot.lock() {
                    *slot = Some(image);
                }
            }),
        ));
    }

    fn take_pixels(&self) -> Option<Arc<ColorImage>> {
        self.shot.lock().ok().and_then(|mut slot| slot.take())
    }

    /// Moves the script on by what this frame does; returns false once it has ended.
    fn advance(&mut self, ctx: &egui::Context) -> bool {
        // A check in progress takes its frames first.
        if let Some(reading) = self.reading.take()
            && !self.read(ctx, reading)
        {
            return true;
        }
        let Some(step) = SCRIPT.get(self.step).copied() else {
            return false;
        };
        match step {
            Step::Wait(frames) => {
                self.waited += 1;
                if self.waited >= frames {
                    self.waited = 0;
                    self.step += 1;
                }
            }
            Step::Pan => {
                self.app.pan_board(PAN);
                self.step += 1;
                // The pan's frame is the one checked next.
                if let Some(Step::Check(name)) = SCRIPT.get(self.step).copied() {
                    self.ask_for_pixels(ctx);
                    self.reading = Some(Reading::Drawn(name));
                }
            }
            Step::TextSize(key) => {
                for pressed in [true, false] {
                    self.events.push(Event::Key {
                        key,
                        physical_key: None,
                        pressed,
                        repeat: false,
                        modifiers: Modifiers::COMMAND,
                    });
                }
                self.step += 1;
            }
            Step::Hover => {
                let middle = ctx.content_rect().center();
                self.events
                    .push(Event::PointerMoved(pos2(middle.x - 100.0, middle.y)));
                self.step += 1;
            }
            Step::Language(language) => {
                self.app.ask_for(crate::ui::Intent::SetLanguage(language));
                self.step += 1;
            }
            Step::Colours(scheme) => {
                self.app.ask_for(crate::ui::Intent::SetColourScheme(scheme));
                self.step += 1;
            }
            Step::Resize(by) => {
                let size = ctx.content_rect().size() + by;
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
                self.step += 1;
            }
            Step::Check(name) => {
                self.ask_for_pixels(ctx);
                self.reading = Some(Reading::Drawn(name));
            }
            // Read once the app has drawn its frame (`after_frame`).
            Step::Settled(_) => {}
        }
        true
    }

    /// Takes a check's frame: the frame as drawn, then the same drawn whole, compared.
    /// False while a frame is still to come.
    fn read(&mut self, ctx: &egui::Context, reading: Reading) -> bool {
        match reading {
            Reading::Drawn(name) => {
                let Some(drawn) = self.take_pixels() else {
                    self.reading = Some(Reading::Drawn(name));
                    return false;
                };
                // The same frame again, drawn whole: nothing reused.
                self.app.reuse_pixels(false);
                self.ask_for_pixels(ctx);
                self.reading = Some(Reading::Whole(name, drawn));
                false
            }
            Reading::Whole(name, drawn) => {
                let Some(whole) = self.take_pixels() else {
                    self.reading = Some(Reading::Whole(name, drawn));
                    return false;
                };
                self.app.reuse_pixels(true);
                let difference = Difference::between(&drawn, &whole);
                if !difference.agrees() {
                    self.failed += 1;
                    FAILED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    keep_for_looking(name, &drawn, &whole);
                }
                println!(
                    "pixel-check {name} ppp={:.2} {}",
                    ctx.pixels_per_point(),
                    difference.report()
                );
                self.step += 1;
                true
            }
        }
    }

    /// After the app's frame, while a change settles: the wrapper asks for no frame of its
    /// own but one in `IDLE`, so frames come only as the app asks for them. A frame that
    /// comes after such a pause shows what stayed on screen while nothing happened: it is
    /// the one checked.
    fn after_frame(&mut self, ctx: &egui::Context) -> bool {
        let Some(Step::Settled(name)) = SCRIPT.get(self.step).copied() else {
            return false;
        };
        if self.reading.is_some() {
            return false;
        }
        self.waited += 1;
        let now = std::time::Instant::now();
        let paused = self
            .last_frame
            .is_some_and(|last| now.duration_since(last) >= IDLE.mul_f32(0.8));
        self.last_frame = Some(now);
        if (paused && self.waited > 1) || self.waited >= MOST_SETTLING {
            println!("pixel-check-settled {name} after {} frames", self.waited);
            self.waited = 0;
            self.last_frame = None;
            self.ask_for_pixels(ctx);
            self.reading = Some(Reading::Drawn(name));
            return false;
        }
        ctx.request_repaint_after(IDLE);
        true
    }
}

/// How long the window must go without a frame to count as settled.
const IDLE: std::time::Duration = std::time::Duration::from_millis(300);

/// How many checks of this run differed (for the exit status).
pub static FAILED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Writes both readings of a check that differed as PNG files into the folder named by
/// `CYTUN_PIXEL_CHECK_DIR`, if set, to look at.
fn keep_for_looking(name: &str, drawn: &ColorImage, whole: &ColorImage) {
    let Some(dir) = std::env::var_os("CYTUN_PIXEL_CHECK_DIR") else {
        return;
    };
    for (which, image) in [("drawn", drawn), ("whole", whole)] {
        let [width, height] = image.size;
        let bytes: Vec<u8> = image
            .pixels
            .iter()
            .flat_map(egui::Color32::to_array)
            .collect();
        let path = std::path::Path::new(&dir).join(format!("{name}-{which}.png"));
        if let Some(buffer) = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
            && let Err(err) = buffer.save(&path)
        {
            eprintln!("pixel-check: could not write {}: {err}", path.display());
        }
    }
}

/// How two readings of the window differ.
#[derive(Debug, PartialEq, Eq)]
pub struct Difference {
    /// Pixels differing by more than `TOLERANCE` in some channel.
    pub beyond_tolerance: usize,
    /// The largest difference in any channel of any pixel.
    pub largest: u8,
    /// Whether the two were the same size (a resize between them would not be).
    pub same_size: bool,
    /// The first pixel beyond the tolerance, to look at.
    pub first: Option<[usize; 2]>,
}

impl Difference {
    pub fn between(a: &ColorImage, b: &ColorImage) -> Self {
        if a.size != b.size {
            return Self {
                beyond_tolerance: a.pixels.len().max(b.pixels.len()),
                largest: u8::MAX,
                same_size: false,
                first: None,
            };
        }
        let mut beyond = 0;
        let mut largest = 0;
        let mut first = None;
        for (index, (p, q)) in a.pixels.iter().zip(&b.pixels).enumerate() {
            let most = p
                .to_array()
                .iter()
                .zip(q.to_array())
                .map(|(x, y)| x.abs_diff(y))
                .max()
                .unwrap_or(0);
            largest = largest.max(most);
            if most > TOLERANCE {
                beyond += 1;
                first.get_or_insert([index % a.size[0], index / a.size[0]]);
            }
        }
        Self {
            beyond_tolerance: beyond,
            largest,
            same_size: true,
            first,
        }
    }

    /// Whether the reuse gave what a whole draw gives.
    pub fn agrees(&self) -> bool {
        self.same_size && self.beyond_tolerance == 0
    }

    fn report(&self) -> String {
        format!(
            "{} differing={} largest={} first={:?}",
            if self.agrees() { "ok" } else { "DIFFERS" },
            self.beyond_tolerance,
            self.largest,
            self.first
        )
    }
}

impl eframe::App for PixelCheck {
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        raw_input.events.append(&mut self.events);
    }

    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        let going = self.advance(ui.ctx());
        self.app.ui(ui, frame);
        let settling = self.after_frame(ui.ctx());
        if !going && !self.done {
            self.done = true;
            println!(
                "pixel-check done failed={} checks={}",
                self.failed,
                SCRIPT
                    .iter()
                    .filter(|s| matches!(s, Step::Check(_) | Step::Settled(_)))
                    .count()
            );
        }
        if self.done {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if !settling {
            ui.ctx().request_repaint();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::egui::Color32;

    #[test]
    #[expect(
        clippy::disallowed_methods,
        reason = "pixels read back from a test, not colours of the app"
    )]
    fn dithering_is_tolerated_and_anything_more_is_not() {
        let image = |colour: Color32| ColorImage::new([4, 3], vec![colour; 12]);
        let grey = image(Color32::from_gray(120));
        assert!(Difference::between(&grey, &image(Color32::from_gray(121))).agrees());
        let mut band = image(Color32::from_gray(120));
        band.pixels[6] = Color32::BLACK;
        let difference = Difference::between(&grey, &band);
        assert!(!difference.agrees());
        assert_eq!(difference.beyond_tolerance, 1);
        assert_eq!(difference.first, Some([2, 1]));
        let smaller = ColorImage::new([3, 3], vec![Color32::from_gray(120); 9]);
        assert!(!Difference::between(&grey, &smaller).agrees());
    }
}
