//! `cytun FILE --frame-stats`: what a person gets in the real window, measured by the app
//! itself. The board pans by itself (7 px right, 3 px down a frame) for 120 frames at the
//! working zoom, then zooms to fit and pans 120 more, with vsync off; one line of medians goes
//! to standard output and the window closes. `--frame-stats --floor` measures a window with
//! one label, built with the same dependencies: the floor of this stack on this machine.
//!
//! A second line, on standard error, gives the time the app's own code takes to build a frame
//! (eframe's CPU figure also counts the waits for a software renderer that the copies of
//! `ui::reuse::pixel_copy` make it finish, and so is no longer only the app's) and how long the
//! window took to open, from the program's start to its first frame.

use eframe::egui::{self, Ui, vec2};

use super::CytunApp;

/// What `--without` may name: a part of the board, or the panels around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOutPart {
    Board(crate::ui::board::leave_out::Element),
    Panels,
    /// Reusing last frame's pixels while the board pans.
    Reuse,
}

/// A `--without` name, as `clap` parses it.
pub fn parse_left_out(name: &str) -> Result<LeftOutPart, String> {
    match name {
        "panels" => return Ok(LeftOutPart::Panels),
        "reuse" => return Ok(LeftOutPart::Reuse),
        _ => {}
    }
    crate::ui::board::leave_out::Element::ALL
        .into_iter()
        .find(|e| e.name() == name)
        .map(LeftOutPart::Board)
        .ok_or_else(|| {
            format!("not a part of the board: {name} (grid, shadows, outlines, text, frames, notes, panels, reuse)")
        })
}

/// Frames to let the window settle (fonts, textures, the first layout) before measuring.
const SETTLE: usize = 10;
/// Frames measured in each part.
const MEASURED: usize = 120;
/// How far the board moves each frame, in screen points.
const PAN: egui::Vec2 = vec2(7.0, 3.0);

/// What is measured: the Cytûn window, or one label.
pub enum Measured {
    Board(Box<CytunApp>),
    Floor,
}

/// The measuring run: which frame it is and the figures so far.
pub struct FrameStats {
    measured: Measured,
    frame: usize,
    last_time: Option<f64>,
    working: Vec<f64>,
    fit: Vec<f64>,
    cpu: Vec<f64>,
    /// Seconds the app's `ui` took each measured frame.
    building: Vec<f64>,
    /// When the program started, and how long after it the first frame came.
    started: std::time::Instant,
    opened_after: Option<f64>,
}

impl FrameStats {
    pub fn new(measured: Measured, started: std::time::Instant) -> Self {
        Self {
            measured,
            frame: 0,
            last_time: None,
            working: Vec::with_capacity(MEASURED),
            fit: Vec::with_capacity(MEASURED),
            cpu: Vec::with_capacity(2 * MEASURED),
            building: Vec::with_capacity(2 * MEASURED),
            started,
            opened_after: None,
        }
    }

    /// The line printed at the end: medians in milliseconds.
    pub fn report(&self) -> String {
        format!(
            "frame-stats working_zoom_ms={:.1} fit_ms={:.1} cpu_ms={:.2}",
            median(&self.working) * 1000.0,
            median(&self.fit) * 1000.0,
            median(&self.cpu) * 1000.0,
        )
    }

    /// The second line: the app's own time per frame (median), and the time to open.
    pub fn detail(&self) -> String {
        format!(
            "frame-stats-detail build_ms={:.2} opened_ms={:.0}",
            median(&self.building) * 1000.0,
            self.opened_after.unwrap_or_default() * 1000.0,
        )
    }

    /// Which part of the run a frame is in.
    fn part(frame: usize) -> Part {
        let fit_starts = SETTLE + MEASURED;
        match frame {
            f if f < SETTLE => Part::Settling,
            f if f < fit_starts => Part::Working,
            f if f < fit_starts + SETTLE => Part::Fitting,
            f if f < fit_starts + SETTLE + MEASURED => Part::Fit,
            _ => Part::Done,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Settling,
    Working,
    Fitting,
    Fit,
    Done,
}

/// The middle value (the mean of the middle two); 0 for none.
fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        f64::midpoint(sorted[middle - 1], sorted[middle])
    } else {
        sorted[middle]
    }
}

impl eframe::App for FrameStats {
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        match &self.measured {
            Measured::Board(app) => app.clear_color(visuals),
            Measured::Floor => visuals.panel_fill.to_normalized_gamma_f32(),
        }
    }

    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        let now = ui.input(|i| i.time);
        if self.opened_after.is_none() {
            self.opened_after = Some(self.started.elapsed().as_secs_f64());
        }
        let interval = self.last_time.map(|last| now - last);
        self.last_time = Some(now);
        let part = Self::part(self.frame);
        // eframe reports the CPU time of the frame before this one.
        let measuring = matches!(part, Part::Working | Part::Fit);
        if measuring && let Some(interval) = interval {
            match part {
                Part::Working => self.working.push(interval),
                _ => self.fit.push(interval),
            }
            if let Some(cpu) = frame.info().cpu_usage {
                self.cpu.push(f64::from(cpu));
            }
        }
        match &mut self.measured {
            Measured::Board(app) => {
                if self.frame == SETTLE + MEASURED {
                    // The first frame of fitting.
                    app.fit_board();
                }
                if measuring {
                    app.pan_board(PAN);
                }
                let building = std::time::Instant::now();
                app.ui(ui, frame);
                if measuring {
                    self.building.push(building.elapsed().as_secs_f64());
                }
            }
            Measured::Floor => {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.label("Cytûn");
                });
            }
        }
        if part == Part::Done {
            // Once: closing the window takes a frame or two more.
            if Self::part(self.frame - 1) != Part::Done {
                println!("{}", self.report());
                eprintln!("{}", self.detail());
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.frame += 1;
        ui.ctx().request_repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_settles_measures_fits_and_measures_again() {
        assert!(Part::Settling == FrameStats::part(0));
        assert!(Part::Working == FrameStats::part(SETTLE));
        assert!(Part::Fitting == FrameStats::part(SETTLE + MEASURED));
        assert!(Part::Fit == FrameStats::part(2 * SETTLE + MEASURED));
        assert!(Part::Done == FrameStats::part(2 * SETTLE + 2 * MEASURED));
        assert!((median(&[3.0, 1.0, 2.0]) - 2.0).abs() < 1e-9);
        assert!((median(&[4.0, 1.0, 2.0, 3.0]) - 2.5).abs() < 1e-9);
        let mut stats = FrameStats::new(Measured::Floor, std::time::Instant::now());
        stats.working = vec![0.013; 3];
        stats.fit = vec![0.020];
        stats.cpu = vec![0.002];
        assert_eq!(
            stats.report(),
            "frame-stats working_zoom_ms=13.0 fit_ms=20.0 cpu_ms=2.00"
        );
        stats.building = vec![0.0011, 0.0009, 0.0010];
        stats.opened_after = Some(1.25);
        assert_eq!(
            stats.detail(),
            "frame-stats-detail build_ms=1.00 opened_ms=1250"
        );
    }
}
