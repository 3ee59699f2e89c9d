//! The real window under Xvfb. Its reused pixels (a pan shifts last frame's, the panels put
//! theirs back) are what a whole draw gives, with OpenGL through Mesa's llvmpipe, at 100, 150
//! and 200 % scale. And where OpenGL cannot start (here Mesa is given no driver to
//! load, as Remote Desktop and Windows' basic display driver give no OpenGL 2), Cytûn says so
//! and draws with wgpu instead (Vulkan through Mesa's lavapipe), the board and all.
//!
//! Needs Xvfb, Mesa's drivers and `ImageMagick` (`.ci/run` installs them), so it runs only with
//! `--ignored`.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::io::Read as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An X server of its own for one test, on a display number it picks itself; ended on drop.
struct Xvfb {
    server: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Self {
        Self::start_sized("1280x800x24")
    }

    /// With a screen of `size` (width x height x depth).
    fn start_sized(size: &str) -> Self {
        let mut server = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", size, "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (apt-get install xvfb)");
        let mut said = Vec::new();
        let mut stdout = server.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        while stdout.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
            said.push(byte[0]);
        }
        let display = format!(":{}", String::from_utf8(said).unwrap().trim());
        Self { server, display }
    }

    /// How many colours the screen shows now.
    fn colours_on_screen(&self) -> usize {
        let shot = Command::new("import")
            .args(["-display", &self.display, "-window", "root", "png:-"])
            .output()
            .expect("ImageMagick's import");
        assert!(shot.status.success());
        let mut identify = Command::new("identify")
            .args(["-format", "%k", "png:-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut identify.stdin.take().unwrap(), &shot.stdout).unwrap();
        let out = identify.wait_with_output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        self.server.kill().ok();
        self.server.wait().ok();
    }
}

/// Cytûn's window on the finished sample, on `x`, with Mesa given no OpenGL driver to load.
fn window_without_opengl(x: &Xvfb, runtime: &Path, args: &[&str]) -> Command {
    let mut app = Command::new(env!("CARGO_BIN_EXE_cytun"));
    app.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/finished-workshop.ron"))
        .args(["--window-size", "1280x800", "--lang", "en"])
        .args(args)
        .env("DISPLAY", &x.display)
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", runtime)
        .env("LIBGL_DRIVERS_PATH", "/nonexistent")
        .env("GALLIUM_DRIVER", "none")
        .env("CYTUN_RUNNING_DIR", runtime.join("running"));
    app
}

#[test]
#[ignore = "needs Xvfb, Mesa and ImageMagick; .ci/run installs them"]
fn without_opengl_the_window_is_drawn_with_wgpu() {
    let x = Xvfb::start();
    let runtime = tempfile::tempdir().unwrap();
    // Measured frames end the window by themselves: it started, and says how it draws.
    let measured = window_without_opengl(&x, runtime.path(), &["--frame-stats"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&measured.stderr);
    assert!(measured.status.success(), "{said}");
    assert!(said.contains("drawing with wgpu instead"), "{said}");
    assert!(
        String::from_utf8_lossy(&measured.stdout).starts_with("frame-stats "),
        "frames were drawn"
    );

    // And what it draws is the board: thousands of colours (notes, text, pictures), not a
    // blank or black window.
    let mut shown = window_without_opengl(&x, runtime.path(), &[])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_mins(1);
    let mut colours = 0;
    while colours < 1000 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(500));
        assert!(shown.try_wait().unwrap().is_none(), "the window ended");
        colours = x.colours_on_screen();
    }
    shown.kill().ok();
    shown.wait().ok();
    assert!(colours >= 1000, "the screen shows {colours} colours");
}

#[test]
#[ignore = "needs Xvfb, Mesa and ImageMagick; .ci/run installs them"]
fn glow_asked_for_by_name_is_not_replaced() {
    let x = Xvfb::start();
    let runtime = tempfile::tempdir().unwrap();
    let out = window_without_opengl(&x, runtime.path(), &["--frame-stats", "--renderer", "glow"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "no OpenGL, and glow was asked for");
    assert!(!said.contains("wgpu"), "{said}");
}

/// `cytun --pixel-check` at each scale the window may have: after a pan, a text-size change,
/// a hover, a resize, Welsh, high-contrast colours and a text-size change back (each let settle as the window would, with
/// no frames asked for), the frame drawn with reuse equals the same frame drawn whole,
/// pixel by pixel within egui's dithering (`app::pixel_check::TOLERANCE`).
#[test]
#[ignore = "needs Xvfb and Mesa; .ci/run installs them"]
fn reused_pixels_equal_a_whole_draw_at_every_scale() {
    let x = Xvfb::start_sized("2600x1700x24");
    let runtime = tempfile::tempdir().unwrap();
    for scale in ["1", "1.5", "2"] {
        let out = Command::new(env!("CARGO_BIN_EXE_cytun"))
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/finished-workshop.ron"))
            .args(["--window-size", "1280x800", "--lang", "en", "--pixel-check"])
            .env("DISPLAY", &x.display)
            .env("WINIT_X11_SCALE_FACTOR", scale)
            .env_remove("WAYLAND_DISPLAY")
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env("CYTUN_RUNNING_DIR", runtime.path().join("running"))
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        let checks: Vec<&str> = said
            .lines()
            .filter(|line| line.starts_with("pixel-check ") && !line.contains(" done "))
            .collect();
        assert_eq!(
            checks.len(),
            14,
            "scale {scale}: {said}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ppp = format!("ppp={:.2}", scale.parse::<f32>().unwrap());
        for check in &checks {
            assert!(check.contains(&ppp), "scale {scale}: {check}");
            assert!(check.contains(" ok "), "scale {scale}: {check}");
        }
        assert!(out.status.success(), "scale {scale}: {said}");
    }
}
