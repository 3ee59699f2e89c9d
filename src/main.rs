//! The `cytun` binary: a subcommand runs without a window; otherwise the board opens.

use std::process::ExitCode;

use clap::Parser as _;
use cytun::app::{CytunApp, StartOptions};
use cytun::cli::{self, Cli};
use eframe::egui;

fn main() -> ExitCode {
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
        persist_window: args.window_size.is_none() && !args.fullscreen,
        ..Default::default()
    };
    let start = StartOptions::for_window(args.file.clone(), args.lang.as_deref());
    match eframe::run_native(
        "cytun",
        options,
        Box::new(|cc| Ok(Box::new(CytunApp::new(cc, start)))),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cytun: {err}");
            ExitCode::FAILURE
        }
    }
}
