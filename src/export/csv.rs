//! Every contribution as CSV, with a byte-order mark so that Excel reads it as UTF-8, and no
//! cell a spreadsheet would run as a formula.

use super::prepared::contribution_columns;
use super::{Prepared, spreadsheet_cell};

impl Prepared<'_> {
    pub(super) fn csv(&self) -> Vec<u8> {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        {
            let mut writer = ::csv::WriterBuilder::new().from_writer(&mut bytes);
            let _ = writer.write_record(contribution_columns(self.tr));
            for record in self.contribution_rows() {
                // A cell a spreadsheet would run as a formula is written as text.
                let _ = writer.write_record(
                    record
                        .iter()
                        .map(|cell| spreadsheet_cell(cell).into_owned()),
                );
            }
            let _ = writer.flush();
        }
        bytes
    }
}
