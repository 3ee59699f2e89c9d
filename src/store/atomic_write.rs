//! Durable, atomic replacement of a file: temp file in the same folder, write, fsync, keep the
//! old file as `.bak`, rename over the target, fsync the folder. At every instant the target is
//! either the complete old file or the complete new one.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where the previous save of `path` is kept: `NAME.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces `path` with `bytes`, keeping the previous contents as its backup.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_file_atomically(path, bytes, true)
}

/// Replaces `path` with `bytes`; with `keep_backup`, the previous contents become `NAME.bak`.
pub fn write_file_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let prefix = format!(
        ".{}.",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    );
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;

    match fs::metadata(path) {
        Ok(old) if old.is_file() => {
            temp.as_file().set_permissions(old.permissions())?;
            if keep_backup {
                make_backup(path, dir)?;
            }
        }
        Ok(_) => return Err(io::Error::other("the target is not a regular file")),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }

    temp.persist(path).map_err(|err| err.error)?;
    sync_dir(dir);
    Ok(())
}

/// Makes `NAME.bak` a copy of the current file, itself atomically: a hard link where the file
/// system has them (instant), a copy otherwise (FAT USB sticks).
fn make_backup(path: &Path, dir: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let staging = tempfile::Builder::new()
        .prefix(".bak.")
        .suffix(".tmp")
        .make_in(dir, |staging| {
            fs::hard_link(path, staging).or_else(|_| fs::copy(path, staging).map(|_| ()))
        })?;
    staging.persist(&backup).map_err(|err| err.error)?;
    Ok(())
}

/// Makes the rename itself durable. Not every platform can open a folder; that is not an error.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        handle.sync_all().ok();
    }
}
