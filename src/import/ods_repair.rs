//! Google Sheets' `.ods` downloads leave out the `mimetype` member OpenDocument asks for,
//! and begin their XML with a byte-order mark; `LibreOffice` opens them, the workbook reader
//! does not. Such a file is made whole in memory (the member added, the marks taken off)
//! before it is read. Its size was already checked (`workbook::check_unpacked_size`).

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes to read: `bytes` as they are, or an OpenDocument spreadsheet without its
/// `mimetype` member made whole. `None` when it needs nothing (or is no such zip).
pub fn repaired(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.map(std::borrow::Cow::into_owned))
        .collect::<Result<_, _>>()
        .ok()?;
    let is_ods = names.iter().any(|n| n == "content.xml");
    if !is_ods || names.iter().any(|n| n == "mimetype") {
        return None;
    }
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    out.start_file("mimetype", stored).ok()?;
    out.write_all(MIMETYPE).ok()?;
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).ok()?;
        let name = file.name().ok()?.into_owned();
        if !name.to_ascii_lowercase().ends_with(".xml") {
            drop(file);
            out.raw_copy_file(archive.by_index_raw(index).ok()?).ok()?;
            continue;
        }
        let mut xml = Vec::new();
        file.read_to_end(&mut xml).ok()?;
        out.start_file(name, stored).ok()?;
        out.write_all(xml.strip_prefix(BOM).unwrap_or(&xml)).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}
