//! Excel and OpenDocument workbooks (`.xlsx`, `.xls`, `.ods`), read with `calamine` into the
//! same grid a CSV file gives. Dates and numbers come out as the sheet shows them. A hostile
//! workbook (a zip that unpacks to gigabytes, a sheet of a million rows, a cell at the far
//! corner of the sheet) is refused before it can fill memory.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader, Sheets, open_workbook_auto_from_rs};

use super::error::ImportError;
use super::grid::{Grid, MAX_ROWS, Row};

/// Most a workbook may unpack to: a sheet of tens of thousands of answers is a few MB.
pub const MAX_UNPACKED_BYTES: u128 = 256 * 1024 * 1024;
/// Most columns read: survey exports have tens; a cell far to the right is a sheet's mistake
/// or an attack, not a question.
pub const MAX_COLUMNS: u32 = 1_000;
/// Most cells with something in them, across the sheet.
pub const MAX_CELLS: usize = 5_000_000;

/// Whether the bytes are a workbook: a zip (xlsx, ods) or an OLE file (xls), never text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The sheet read, and the workbook's other sheets with something in them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetChoice {
    pub read: String,
    pub others: Vec<String>,
}

/// Reads the sheet called `sheet`, or else the first sheet with a header and a row.
pub fn workbook_grid(
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<(Grid, SheetChoice), ImportError> {
    if bytes.starts_with(b"PK") {
        check_unpacked_size(bytes)?;
        super::ods_guard::check_repeats(bytes)?;
    }
    let repaired = bytes
        .starts_with(b"PK")
        .then(|| super::ods_repair::repaired(bytes))
        .flatten();
    let bytes = repaired.as_deref().unwrap_or(bytes);
    let unreadable = |err: calamine::Error| ImportError::BadWorkbook {
        message: err.to_string(),
    };
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let names = workbook.sheet_names();
    if let Some(wanted) = sheet
        && !names.iter().any(|n| n == wanted)
    {
        return Err(ImportError::NoSuchSheet {
            name: wanted.to_owned(),
            sheets: names.join(", "),
        });
    }
    let mut read: Option<(String, Grid)> = None;
    let mut others = Vec::new();
    for name in &names {
        let wanted = sheet.is_none_or(|s| s == name);
        if !wanted || read.is_some() {
            others.push(name.clone());
            continue;
        }
        let grid = sheet_grid(&mut workbook, name)?;
        if grid.rows.is_empty() && sheet.is_none() {
            // An empty sheet (or one of column names only) is passed over for the next.
            others.push(name.clone());
            continue;
        }
        read = Some((name.clone(), grid));
    }
    let Some((read, grid)) = read else {
        return Err(ImportError::NoRows);
    };
    Ok((grid, SheetChoice { read, others }))
}

/// A zip bomb is refused from its table of contents (the zip reader then holds each file to
/// its stated size).
fn check_unpacked_size(bytes: &[u8]) -> Result<(), ImportError> {
    let unreadable = |err: zip::result::ZipError| ImportError::BadWorkbook {
        message: err.to_string(),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut total: u128 = 0;
    for index in 0..archive.len() {
        // The central directory's sizes: the reader then holds each file to its size.
        total += u128::from(archive.by_index_raw(index).map_err(unreadable)?.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(ImportError::WorkbookTooLarge);
        }
    }
    Ok(())
}

fn sheet_grid(workbook: &mut Sheets<Cursor<&[u8]>>, name: &str) -> Result<Grid, ImportError> {
    let unreadable = |message: String| ImportError::BadWorkbook { message };
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    match workbook {
        // Read cell by cell, so a sheet that says it is vast is refused, never allocated.
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(name)
                .map_err(|e| unreadable(e.to_string()))?;
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(e.to_string()))? {
                let (row, column) = cell.get_position();
                keep(&mut cells, row, column, shown_ref(cell.get_value()))?;
            }
        }
        other => {
            let range = other
                .worksheet_range(name)
                .map_err(|e| unreadable(e.to_string()))?;
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, column, value) in range.used_cells() {
                keep(
                    &mut cells,
                    top + row as u32,
                    left + column as u32,
                    shown(value),
                )?;
            }
        }
    }
    Ok(grid_of(cells))
}

/// Keeps a cell with something in it, within the limits.
fn keep(
    cells: &mut Vec<(u32, u32, String)>,
    row: u32,
    column: u32,
    text: String,
) -> Result<(), ImportError> {
    if text.is_empty() {
        return Ok(());
    }
    if row as usize > MAX_ROWS {
        return Err(ImportError::TooManyRows { limit: MAX_ROWS });
    }
    if column >= MAX_COLUMNS || cells.len() >= MAX_CELLS {
        return Err(ImportError::SheetTooLarge);
    }
    cells.push((row, column, text));
    Ok(())
}

/// The first row with anything in it is the header; every later row keeps its number.
fn grid_of(mut cells: Vec<(u32, u32, String)>) -> Grid {
    cells.sort_by_key(|(row, column, _)| (*row, *column));
    let Some(&(header_row, _, _)) = cells.first() else {
        return Grid::default();
    };
    let width = cells
        .iter()
        .map(|(_, c, _)| *c as usize + 1)
        .max()
        .unwrap_or(0);
    let mut grid = Grid {
        headers: vec![String::new(); width],
        rows: Vec::new(),
    };
    for (row, column, text) in cells {
        if row == header_row {
            grid.headers[column as usize] = text;
            continue;
        }
        if grid
            .rows
            .last()
            .is_none_or(|last| last.line != u64::from(row) + 1)
        {
            grid.rows.push(Row {
                line: u64::from(row) + 1,
                cells: vec![String::new(); width],
            });
        }
        if let Some(last) = grid.rows.last_mut() {
            last.cells[column as usize] = text;
        }
    }
    grid
}

/// A cell as the sheet shows it: whole numbers without ".0", dates as dates. A formula's
/// last value is read, never the formula, and it is never worked out again.
fn shown(value: &Data) -> String {
    match value {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => date(d),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

fn shown_ref(value: &DataRef<'_>) -> String {
    shown(&Data::from(value.clone()))
}

fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}

/// A date as people in Wales write it (day first), with the time when it has one.
fn date(d: &calamine::ExcelDateTime) -> String {
    let (year, month, day, hour, minute, second, _) = d.to_ymd_hms_milli();
    if d.is_duration() {
        return format!("{hour:02}:{minute:02}:{second:02}");
    }
    if (hour, minute, second) == (0, 0, 0) {
        format!("{day:02}/{month:02}/{year:04}")
    } else {
        format!("{day:02}/{month:02}/{year:04} {hour:02}:{minute:02}:{second:02}")
    }
}
