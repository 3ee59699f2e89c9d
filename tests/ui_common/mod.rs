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

/// Questions UI tests ask of the running app.
pub trait Inspect {
    /// Every interactive control (button, field, list, canvas) a screen reader could not name.
    fn unnamed_controls(&self) -> Vec<String>;
}

impl Inspect for Harness<'_, CytunApp> {
    fn unnamed_controls(&self) -> Vec<String> {
        use eframe::egui::accesskit::Role;
        use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
        const NAMED_ROLES: [Role; 9] = [
            Role::Button,
            Role::CheckBox,
            Role::RadioButton,
            Role::ComboBox,
            Role::TextInput,
            Role::MultilineTextInput,
            Role::SpinButton,
            Role::Slider,
            Role::Canvas,
        ];
        self.query_all(By::new().predicate(|node| {
            NAMED_ROLES.contains(&node.role())
                && node.label().is_none_or(|label| label.trim().is_empty())
        }))
        .map(|node| format!("{:?} at {:?}", node.accesskit_node().role(), node.rect()))
        .collect()
    }
}
