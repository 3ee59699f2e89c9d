//! A sheet being previewed in the import prompt: its bytes (to read another of its sheets),
//! the grid read, the choices made for its form and the preview they give. Every change of
//! choice reads the grid again, so what the prompt shows is exactly what "Import" adds.

use crate::import::already_here::AlreadyHere;
use crate::import::preview::Preview;
use crate::import::table::{Loaded, load_grid, remembered_form};
use crate::import::{ImportError, Imported};
use crate::model::ImportForm;
use crate::ui::import_preview::PreviewChange;

#[derive(Debug)]
pub struct SheetReading {
    bytes: Vec<u8>,
    loaded: Loaded,
    /// The answers already on the board: a fresh download adds only what is new.
    already_here: AlreadyHere,
    /// The choices for this sheet's form: remembered ones, then the user's.
    pub form: ImportForm,
    pub preview: Preview,
    /// Why the sheet last chosen could not be read (the one before stays shown).
    pub sheet_error: Option<ImportError>,
}

impl SheetReading {
    /// Reads the file's first sheet with rows, as chosen before for its form if `forms` has
    /// it, leaving out what `already_here` holds.
    pub fn read(
        bytes: Vec<u8>,
        forms: &[ImportForm],
        already_here: AlreadyHere,
    ) -> Result<Self, ImportError> {
        let loaded = load_grid(&bytes, None)?;
        let form = remembered_form(forms, &loaded.grid.headers);
        let mut reading = Self {
            preview: loaded.preview(&form),
            bytes,
            loaded,
            already_here,
            form,
            sheet_error: None,
        };
        reading.leave_out_what_is_here();
        Ok(reading)
    }

    fn leave_out_what_is_here(&mut self) {
        if let Ok(imported) = &mut self.preview.outcome {
            self.already_here.leave_out(imported);
        }
    }

    /// The workbook's sheet read and its others; none for CSV.
    pub fn sheet(&self) -> Option<&crate::import::workbook::SheetChoice> {
        self.loaded.sheet.as_ref()
    }

    /// What importing now adds, or why it cannot.
    pub fn outcome(&self) -> Result<&Imported, &ImportError> {
        self.preview.outcome.as_ref()
    }

    /// Takes the user's choice and reads the sheet again with it.
    pub fn change(&mut self, change: PreviewChange, forms: &[ImportForm]) {
        match change {
            PreviewChange::Column(index, role) => {
                if let Some(name) = self.loaded.grid.headers.get(index) {
                    self.form.choose_column(name, role);
                }
            }
            PreviewChange::Answer(value, reading) => self.form.choose_answer(&value, reading),
            PreviewChange::Sheet(name) => match load_grid(&self.bytes, Some(&name)) {
                Ok(loaded) => {
                    self.form = remembered_form(forms, &loaded.grid.headers);
                    self.loaded = loaded;
                    self.sheet_error = None;
                }
                Err(err) => self.sheet_error = Some(err),
            },
        }
        self.preview = self.loaded.preview(&self.form);
        self.leave_out_what_is_here();
    }
}
