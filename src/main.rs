//! The `cytun` binary: a subcommand runs without a window; otherwise the board opens.

use std::process::ExitCode;

use clap::Parser as _;
use cytun::app::frame_stats::{FrameStats, Measured};
use cytun::app::pixel_check::PixelCheck;
use cytun::app::{CytunApp, StartOptions};
use cytun::cli::{self, Cli, Renderer};
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

    let asked = args.renderer;
    match open_window(&args, asked.unwrap_or(Renderer::Glow), started) {
        Ok(())
            if cytun::app::pixel_check::FAILED.load(std::sync::atomic::Ordering::Relaxed) > 0 =>
        {
            ExitCode::FAILURE
        }
        Ok(()) => ExitCode::SUCCESS,
        // OpenGL 2 is missing (Remote Desktop, a basic display driver): drawn with wgpu
        // instead, unless glow was asked for by name.
        Err(err) if asked.is_none() && opengl_missing(&err) => {
            eprintln!("cytun: OpenGL could not start ({err}); drawing with wgpu instead");
            match open_window(&args, Renderer::Wgpu, started) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("cytun: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(err) => {
            eprintln!("cytun: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Whether the window failed because OpenGL could not be started, before anything was shown.
fn opengl_missing(err: &eframe::Error) -> bool {
    matches!(
        err,
        eframe::Error::Glutin(_) | eframe::Error::NoGlutinConfigs(..) | eframe::Error::OpenGL(_)
    )
}

/// Opens the board's window, drawn by `renderer`, until it is closed.
fn open_window(args: &Cli, renderer: Renderer, started: std::time::Instant) -> eframe::Result {
    let (width, height) = args.window_size.unwrap_or((1600.0, 960.0));
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Cytûn")
        .with_app_id("cytun")
        .with_inner_size([width, height])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon/cytun.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    if args.window_size.is_some() {
        viewport = viewport.with_position([0.0, 0.0]);
    }
    if args.fullscreen {
        viewport = viewport.with_fullscreen(true);
    }
    let mut options = eframe::NativeOptions {
        viewport,
        renderer: match renderer {
            Renderer::Glow => eframe::Renderer::Glow,
            Renderer::Wgpu => eframe::Renderer::Wgpu,
        },
        // An explicit size or full screen is what the user asked for this time.
        persist_window: args.window_size.is_none()
            && !args.fullscreen
            && !args.frame_stats
            && !args.pixel_check,
        // Measuring frames: as fast as they come, not at the display's rate.
        glow_options: eframe::egui_glow::GlowConfiguration {
            vsync: !args.frame_stats,
            ..Default::default()
        },
        ..Default::default()
    };
    if args.frame_stats {
        options.wgpu_options.surface.present_mode = eframe::wgpu::PresentMode::AutoNoVsync;
    }
    let start = StartOptions::for_window(args.file.clone(), args.lang.as_deref());
    let (frame_stats, floor, without) = (args.frame_stats, args.floor, args.without.clone());
    let pixel_check = args.pixel_check;
    eframe::run_native(
        "cytun",
        options,
        Box::new(move |cc| -> Result<Box<dyn eframe::App>, _> {
            if pixel_check {
                return Ok(Box::new(PixelCheck::new(CytunApp::new(cc, start))));
            }
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
    )
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
