//! Every contribution as an Excel workbook (`rust_xlsxwriter`): one sheet, the header row in
//! bold and frozen, columns wide enough to read, each cell written as text so that nothing a
//! participant wrote is ever run as a formula.

use rust_xlsxwriter::{Format, Workbook};

/// A workbook with one sheet per `(name, rows)` (a bilingual export: Welsh, then English);
/// its bytes, empty only if the writer itself failed.
/// One sheet of the workbook: a language's.
pub struct Sheet {
    pub name: String,
    /// The column headings, in the sheet's language.
    pub header: Vec<String>,
    pub rows: Vec<[String; 13]>,
}

/// Each sheet with its name, its column headings and its rows.
pub fn xlsx(sheets: &[Sheet]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap();
    for Sheet {
        name: sheet_name,
        header,
        rows,
    } in sheets
    {
        let sheet = workbook.add_worksheet();
        // A sheet name has at most 31 characters and none of []:*?/\ .
        let name: String = sheet_name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        if !name.trim().is_empty() {
            let _ = sheet.set_name(name.trim());
        }
        for (column, title) in header.iter().enumerate() {
            let _ = sheet.write_string_with_format(0, column as u16, title, &bold);
        }
        for (row, record) in rows.iter().enumerate() {
            let row = u32::try_from(row + 1).unwrap_or(u32::MAX);
            for (column, cell) in record.iter().enumerate() {
                let _ = sheet.write_string_with_format(row, column as u16, cell, &wrapped);
            }
        }
        let _ = sheet.set_column_width(1, 60);
        for column in 2..header.len() {
            let _ = sheet.set_column_width(column as u16, 16);
        }
        let _ = sheet.set_freeze_panes(1, 0);
    }
    workbook.save_to_buffer().unwrap_or_default()
}
