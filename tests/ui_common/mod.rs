//! Starting the app for UI tests: a projector-sized window, headless, the first frames run.

use cytun::app::{CytunApp, StartOptions};
use eframe::egui::vec2;
use egui_kittest::Harness;

/// The app as a 1920x1080 window with `options`, after its first frames.
pub fn start(options: StartOptions) -> Harness<'static, CytunApp> {
    let mut harness = Harness::builder()
        .with_size(vec2(1920.0, 1080.0))
        .build_eframe(move |cc| CytunApp::new(cc, options));
    harness.run();
    harness
}
