//! The real window under Xvfb: where OpenGL cannot start (here Mesa is given no driver to
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
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
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
