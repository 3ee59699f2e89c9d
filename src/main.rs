//! The `cytun` binary: a subcommand runs without a window; otherwise the board opens.

use std::process::ExitCode;

use clap::Parser as _;
use cytun::app::frame_stats::{FrameStats, Measured};
use cytun::app::{CytunApp, StartOptions};
use cytun::cli::{self, Cli};
use eframe::egui;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let args = Cli::parse();
    if let Some(command) = &args.command {
        let outcome = cli::run(command);
        if !outcome.stdout.is_empty() {
            println!("{}", outcome.stdout);
        }
        if !outcome.stderr.is_empty() {
            eprintln!("{}", outcome.stderr);
        }
        return ExitCode::from(u8::try_from(outcome.exit_code).unwrap_or(1));
    }

    // Kept for as long as the window is open: `puffin_viewer` reads the frames from it.
    #[cfg(feature = "profile")]
    let _profiler = start_profiler();

    let (width, height) = args.window_size.unwrap_or((1600.0, 960.0));
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Cytûn")
        .with_app_id("cytun")
        .with_inner_size([width, height])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if args.window_size.is_some() {
        viewport = viewport.with_position([0.0, 0.0]);
    }
    if args.fullscreen {
        viewport = viewport.with_fullscreen(true);
    }
    let options = eframe::NativeOptions {
        viewport,
        // An explicit size or full screen is what the user asked for this time.
        persist_window: args.window_size.is_none() && !args.fullscreen && !args.frame_stats,
        // Measuring frames: as fast as they come, not at the display's rate.
        glow_options: eframe::egui_glow::GlowConfiguration {
            vsync: !args.frame_stats,
            ..Default::default()
        },
        ..Default::default()
    };
    let start = StartOptions::for_window(args.file.clone(), args.lang.as_deref());
    let (frame_stats, floor, without) = (args.frame_stats, args.floor, args.without.clone());
    match eframe::run_native(
        "cytun",
        options,
        Box::new(move |cc| -> Result<Box<dyn eframe::App>, _> {
            if !frame_stats {
                return Ok(Box::new(CytunApp::new(cc, start)));
            }
            let measured = if floor {
                Measured::Floor
            } else {
                let mut app = CytunApp::new(cc, start);
                app.leave_out(&without);
                Measured::Board(Box::new(app))
            };
            Ok(Box::new(FrameStats::new(measured, started)))
        }),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cytun: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Serves every frame's scopes (egui's and Cytûn's) to `puffin_viewer` on this machine only.
#[cfg(feature = "profile")]
fn start_profiler() -> Option<puffin_http::Server> {
    const ADDRESS: &str = "127.0.0.1:8585";
    puffin::set_scopes_on(true);
    match puffin_http::Server::new(ADDRESS) {
        Ok(server) => {
            eprintln!("cytun: profiling; run `puffin_viewer --url {ADDRESS}` to see each frame");
            Some(server)
        }
        Err(err) => {
            eprintln!("cytun: the profiler could not listen on {ADDRESS}: {err}");
            None
        }
    }
}
