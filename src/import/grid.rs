//! A spreadsheet as rows of text, whatever it came as: CSV in any of the encodings
//! spreadsheets save, or a workbook's sheet (`workbook.rs`). What the columns mean is decided
//! afterwards, from this one shape.

use super::error::ImportError;
use crate::store::MAX_NOTES;

/// The header row and the rows below it, every cell as the sheet shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// One row, with the line (CSV) or row number (workbook) people see, for messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

impl Row {
    /// The cell at `index`, or empty where the row is short or the column absent.
    pub fn cell(&self, index: Option<usize>) -> &str {
        index
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }

    /// A row with no answer at all (every cell empty or spaces).
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }
}

/// Most rows read from one sheet: a survey with one row per person rarely has more than a
/// few thousand; a sheet with over this many is refused before it fills memory.
pub const MAX_ROWS: usize = MAX_NOTES;

/// The grid of a CSV file's bytes, and whether it had to be read as Windows-1252.
pub fn csv_grid(bytes: &[u8]) -> Result<(Grid, bool), ImportError> {
    let (text, windows_1252) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|err| malformed(&err))?
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| malformed(&err))?;
        if rows.len() >= MAX_ROWS {
            return Err(ImportError::TooManyRows { limit: MAX_ROWS });
        }
        rows.push(Row {
            line: record.position().map_or(0, csv::Position::line),
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    Ok((Grid { headers, rows }, windows_1252))
}

/// The file as text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or
/// else Windows-1252, what Excel saves as plain "CSV (Comma delimited)" (then `true`: the
/// summary warns that it cannot hold ŵ or ŷ). A file with NUL bytes is not text at all.
fn decode(bytes: &[u8]) -> Result<(String, bool), ImportError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest).map(|text| (text, false));
    }
    let utf16 = |rest: &[u8], from: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|pair| from([pair[0], *pair.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16(&units)
            .map(|text| (text, false))
            .map_err(|_| ImportError::NotUtf8 { line: 1 })
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    match utf8(bytes) {
        Ok(text) => Ok((text, false)),
        Err(err) if bytes.contains(&0) => Err(err),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok((text.into_owned(), true))
        }
    }
}

fn utf8(bytes: &[u8]) -> Result<String, ImportError> {
    String::from_utf8(bytes.to_vec()).map_err(|err| {
        let valid = &bytes[..err.utf8_error().valid_up_to()];
        ImportError::NotUtf8 {
            line: String::from_utf8_lossy(valid).lines().count().max(1)
                + usize::from(valid.ends_with(b"\n")),
        }
    })
}

/// The separator of the header line: commas unless it has more tabs or semicolons (what
/// spreadsheets in some languages save as "CSV").
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.chars().filter(|&h| h == c).count();
    let (commas, tabs, semicolons) = (count(','), count('\t'), count(';'));
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

fn malformed(err: &csv::Error) -> ImportError {
    let line = err.position().map_or(0, csv::Position::line);
    ImportError::Malformed {
        line,
        message: err.to_string(),
    }
}
