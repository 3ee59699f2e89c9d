//! Starting the app for UI tests: a projector-sized window, headless, the first frames run.

use cytun::app::{CytunApp, StartOptions};
use cytun::model::Project;
use eframe::egui::{Key, Modifiers, vec2};
use egui_kittest::Harness;

/// The app as a 1920x1080 window with `options`, after its first frames.
pub fn start(options: StartOptions) -> Harness<'static, CytunApp> {
    // What a frame asks for is carried out after it, and a new message or window then takes
    // egui a few frames to lay out: room for that before a test counts the app unsettled.
    let mut harness = Harness::builder()
        .with_size(vec2(1920.0, 1080.0))
        .with_max_steps(8)
        .build_eframe(move |cc| CytunApp::new(cc, options));
    harness.run();
    harness
}

/// The room for phones as tests open it: on loopback, at a port the system picks.
pub fn loopback_room() -> cytun::phones::RoomOptions {
    cytun::phones::RoomOptions {
        bind: std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        port: Some(0),
        ..cytun::phones::RoomOptions::default()
    }
}

/// What UI tests do to, and ask of, the running app.
pub trait Drive {
    /// The project as the app holds it now.
    fn project(&self) -> &Project;
    /// Presses a key (with modifiers) and lets the app settle.
    fn press(&mut self, modifiers: Modifiers, key: Key);
    /// Types text into whatever has the keyboard and lets the app settle.
    fn type_text(&mut self, text: &str);
    /// The pointer comes to `at` and clicks there, as a hand does.
    fn click_at(&mut self, at: eframe::egui::Pos2);
    /// Every interactive control (button, field, list, canvas) a screen reader could not name.
    fn unnamed_controls(&self) -> Vec<String>;
    /// Steps frames until the suggested groups asked for are worked out on their thread (at
    /// most two minutes), then once more so they are drawn.
    fn wait_for_suggestions(&mut self);
}

impl Drive for Harness<'_, CytunApp> {
    fn project(&self) -> &Project {
        self.state().document().project()
    }

    fn press(&mut self, modifiers: Modifiers, key: Key) {
        self.key_press_modifiers(modifiers, key);
        self.run();
    }

    fn type_text(&mut self, text: &str) {
        self.event(eframe::egui::Event::Text(text.into()));
        self.run();
    }

    fn click_at(&mut self, at: eframe::egui::Pos2) {
        self.hover_at(at);
        self.run();
        for pressed in [true, false] {
            self.event(eframe::egui::Event::PointerButton {
                pos: at,
                button: eframe::egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
            self.step();
        }
        self.run();
    }

    fn wait_for_suggestions(&mut self) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_mins(2);
        // The frame that takes the click (or Enter) starts the work.
        self.step();
        while self.state().suggesting() {
            assert!(
                std::time::Instant::now() < deadline,
                "suggestions were not worked out"
            );
            // A frame at a time: the progress bar moves, so the window never settles.
            self.step();
            // The thread answers on its own time: look again shortly, not in a spin.
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        self.run();
    }

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
