//! An OpenDocument sheet can say "this row, a million times over" in a few bytes, and the
//! reader unfolds every sheet in full as it opens the file. So before it does, the sheets'
//! rows and cells are counted from the file's own repeat counts, and one that would unfold
//! past what any survey holds is refused. Empty rows and cells (`LibreOffice` ends every sheet
//! with a million of them) count for nothing.

use std::io::{BufReader, Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::error::ImportError;

/// Most cells a sheet may unfold to, from its first filled row to its last and across to its
/// widest filled column: a 20,000-person survey with 100 questions is 2 million.
pub const MAX_UNFOLDED_CELLS: u64 = 10_000_000;

/// Refuses an OpenDocument file (zipped `bytes`) with a sheet that would unfold too far;
/// anything else passes (the reader then says what is wrong with it).
pub fn check_repeats(bytes: &[u8]) -> Result<(), ImportError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = archive.by_name("content.xml") else {
        return Ok(());
    };
    check_content(BufReader::new(content))
}

/// The same, over the sheets' XML.
fn check_content(content: impl Read) -> Result<(), ImportError> {
    let mut reader = Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    let mut row = Row::default();
    loop {
        // Badly formed XML is for the reader to report.
        let Ok(event) = reader.read_event_into(&mut buf) else {
            return Ok(());
        };
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table" => sheet = Sheet::default(),
            Event::End(e) if e.name().as_ref() == "table:table" => sheet.check()?,
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                row = Row {
                    repeats: count(&e, "table:number-rows-repeated"),
                    ..Row::default()
                };
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => sheet.add(&row)?,
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                sheet.add(&Row {
                    repeats: count(&e, "table:number-rows-repeated"),
                    ..Row::default()
                })?;
            }
            Event::Start(e) if is_cell(&e) => row.add_cell(&e, true),
            // A cell with no content of its own is filled only if it says what type it is.
            Event::Empty(e) if is_cell(&e) => {
                let typed = e
                    .try_get_attribute("office:value-type")
                    .ok()
                    .flatten()
                    .is_some();
                row.add_cell(&e, typed);
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

fn is_cell(e: &BytesStart<'_>) -> bool {
    matches!(
        e.name().as_ref(),
        "table:table-cell" | "table:covered-table-cell"
    )
}

/// A repeat count, 1 when absent or unreadable.
fn count(e: &BytesStart<'_>, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

#[derive(Default)]
struct Row {
    repeats: u64,
    /// Columns seen so far in the row.
    columns: u64,
    /// Up to the last filled column.
    width: u64,
}

impl Row {
    fn add_cell(&mut self, e: &BytesStart<'_>, filled: bool) {
        let repeats = count(e, "table:number-columns-repeated");
        self.columns = self.columns.saturating_add(repeats);
        if filled {
            self.width = self.columns;
        }
    }
}

#[derive(Default)]
struct Sheet {
    /// Rows so far, repeats unfolded.
    rows: u64,
    /// The first filled row, and the row after the last.
    filled: Option<(u64, u64)>,
    width: u64,
}

impl Sheet {
    fn add(&mut self, row: &Row) -> Result<(), ImportError> {
        let repeats = row.repeats.max(1);
        if row.width > 0 {
            let first = self.filled.map_or(self.rows, |(first, _)| first);
            self.filled = Some((first, self.rows.saturating_add(repeats)));
            self.width = self.width.max(row.width);
            self.check()?;
        }
        self.rows = self.rows.saturating_add(repeats);
        Ok(())
    }

    fn check(&self) -> Result<(), ImportError> {
        let Some((first, end)) = self.filled else {
            return Ok(());
        };
        let rows = end - first;
        if rows > super::grid::MAX_ROWS as u64 + 1 {
            return Err(ImportError::TooManyRows {
                limit: super::grid::MAX_ROWS,
            });
        }
        if rows.saturating_mul(self.width) > MAX_UNFOLDED_CELLS {
            return Err(ImportError::SheetTooLarge);
        }
        Ok(())
    }
}
