//! Reading a spreadsheet of contributions (CSV, or the tab- or semicolon-separated text that
//! spreadsheets also save). Every character of every cell is kept; what cannot be understood
//! is kept as written and counted, never dropped.

use thiserror::Error;

use super::{Draft, words};
use crate::model::{Consent, NoteDetails, NoteKind, Prompt};
use crate::store::{MAX_NOTE_TEXT_CHARS, MAX_NOTES};

/// Largest spreadsheet read: tens of thousands of rows take a few MB.
pub const MAX_TABLE_BYTES: usize = 64 * 1024 * 1024;

/// Header names (after squashing case, spaces, hyphens) taken as the contribution's text.
const TEXT_COLUMNS: [&str; 7] = [
    "text",
    "contribution",
    "note",
    "comment",
    "response",
    "testun",
    "cyfraniad",
];

/// What a spreadsheet held, ready to place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub drafts: Vec<Draft>,
    pub report: ImportReport,
}

/// What the import did, for the summary the user reads afterwards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    /// Rows whose text was empty or only spaces.
    pub skipped_blank: usize,
    /// Rows whose prompt was not one of the five senses: kept as written.
    pub unknown_prompts: usize,
    /// Rows whose kind Cytûn does not know: kept as written.
    pub unknown_kinds: usize,
    /// Rows whose language was neither English nor Welsh: kept in an extra field.
    pub unknown_languages: usize,
    /// Rows whose consent was unclear: marked "do not quote", the value kept in an extra field.
    pub unclear_consents: usize,
    /// Columns Cytûn has no field for, kept on each note under their own name.
    pub extra_columns: Vec<String>,
    /// No column said what people agreed to: every note got the usual "quote anonymously".
    pub no_consent_column: bool,
    /// The file was saved in Windows-1252 (Excel's plain "CSV"), which cannot hold ŵ or ŷ.
    pub windows_1252: bool,
}

/// Why nothing was imported. Nothing on the board changes when this is returned.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has column names but no rows")]
    NoRows,
    #[error("no column is called `text`; columns found: {found}")]
    NoTextColumn { found: String },
    #[error("the file is not UTF-8 text (line {line})")]
    NotUtf8 { line: usize },
    /// An Excel or `OpenDocument` workbook, not text: it must be saved as CSV first.
    #[error("the file is a workbook (xlsx, xls or ods), not CSV text")]
    Workbook,
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("more than {limit} rows")]
    TooManyRows { limit: usize },
    #[error("row on line {line} has text longer than {limit} characters")]
    TextTooLong { line: u64, limit: usize },
    #[error("line {line}: {message}")]
    Malformed { line: u64, message: String },
}

/// Reads a spreadsheet's bytes. Accepts a UTF-8 byte-order mark, UTF-16 (Excel's "Unicode
/// text"), CRLF line ends, quoted separators and quoted line breaks.
pub fn read_table(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(ImportError::TooLarge {
            limit: MAX_TABLE_BYTES,
        });
    }
    // A workbook is a zip (xlsx, ods) or an OLE file (xls), never text.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::Workbook);
    }
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
        .collect::<Vec<_>>();
    let columns = Columns::find(&headers)?;
    let mut imported = Imported::default();
    imported.report.extra_columns = columns.extra.iter().map(|(_, n)| n.clone()).collect();
    imported.report.no_consent_column = columns.consent.is_none();
    imported.report.windows_1252 = windows_1252;
    let mut rows = 0usize;
    for record in reader.records() {
        let record = record.map_err(|err| malformed(&err))?;
        rows += 1;
        let text = cell(&record, Some(columns.text));
        if text.trim().is_empty() {
            imported.report.skipped_blank += 1;
            continue;
        }
        if imported.drafts.len() >= MAX_NOTES {
            return Err(ImportError::TooManyRows { limit: MAX_NOTES });
        }
        if text.chars().count() > MAX_NOTE_TEXT_CHARS {
            return Err(ImportError::TextTooLong {
                line: record.position().map_or(0, csv::Position::line),
                limit: MAX_NOTE_TEXT_CHARS,
            });
        }
        let details = read_details(&columns, &record, &mut imported.report);
        imported.drafts.push(Draft {
            text: text.to_owned(),
            details,
        });
    }
    if rows == 0 {
        return Err(ImportError::NoRows);
    }
    imported.report.imported = imported.drafts.len();
    Ok(imported)
}

/// The cell at `index`, or empty where the row is short or the column absent.
fn cell(record: &csv::StringRecord, index: Option<usize>) -> &str {
    index.and_then(|i| record.get(i)).unwrap_or("")
}

fn read_details(
    columns: &Columns,
    record: &csv::StringRecord,
    report: &mut ImportReport,
) -> NoteDetails {
    let cell = |index: Option<usize>| cell(record, index);
    let mut details = NoteDetails {
        group: cell(columns.group).to_owned(),
        author: cell(columns.author).to_owned(),
        ..NoteDetails::default()
    };
    let prompt = cell(columns.prompt);
    details.prompt = words::prompt(prompt).unwrap_or_else(|| {
        report.unknown_prompts += 1;
        Prompt::Other(prompt.to_owned())
    });
    let kind = cell(columns.kind);
    details.kind = words::kind(kind).unwrap_or_else(|| {
        report.unknown_kinds += 1;
        NoteKind::Other(kind.to_owned())
    });
    let language = cell(columns.language);
    if let Some(known) = words::language(language) {
        details.language = known;
    } else {
        report.unknown_languages += 1;
        details
            .extra
            .insert(columns.language_name.clone(), language.to_owned());
    }
    let consent = cell(columns.consent);
    // With a consent column, an empty cell (an unticked box) is no consent.
    let blank_in_column = columns.consent.is_some() && consent.trim().is_empty();
    if let Some(known) = words::consent(consent).filter(|_| !blank_in_column) {
        details.consent = known;
    } else {
        // Unclear consent is read the safe way: not to be quoted.
        report.unclear_consents += 1;
        details.consent = Consent::DoNotQuote;
        details
            .extra
            .insert(columns.consent_name.clone(), consent.to_owned());
    }
    for (index, name) in &columns.extra {
        let value = cell(Some(*index));
        if !value.is_empty() {
            details.extra.insert(name.clone(), value.to_owned());
        }
    }
    details
}

/// Which column holds what, found by header name in any order and any case.
struct Columns {
    text: usize,
    prompt: Option<usize>,
    kind: Option<usize>,
    group: Option<usize>,
    author: Option<usize>,
    language: Option<usize>,
    language_name: String,
    consent: Option<usize>,
    consent_name: String,
    /// Every other column with a name, by index, named uniquely.
    extra: Vec<(usize, String)>,
}

impl Columns {
    fn find(headers: &[String]) -> Result<Self, ImportError> {
        let squashed: Vec<String> = headers.iter().map(|h| words::squash(h)).collect();
        let position = |names: &[&str]| squashed.iter().position(|h| names.contains(&h.as_str()));
        // A form's own wording ("Your contribution", "Response text") is taken when exactly
        // one column says so: a guess between two columns would be worse than asking.
        let worded_like_text = || {
            let mut candidates = squashed.iter().enumerate().filter(|(_, h)| {
                ["contribution", "response", "cyfraniad"]
                    .iter()
                    .any(|word| h.contains(word))
            });
            match (candidates.next(), candidates.next()) {
                (Some((index, _)), None) => Some(index),
                _ => None,
            }
        };
        let text = position(&TEXT_COLUMNS)
            .or_else(worded_like_text)
            .ok_or_else(|| ImportError::NoTextColumn {
                found: headers
                    .iter()
                    .map(|h| h.trim())
                    .filter(|h| !h.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
        let prompt = position(&[
            "prompt", "sense", "question", "anogwr", "synnwyr", "cwestiwn",
        ]);
        let kind = position(&["kind", "type", "form", "math", "ffurf"]);
        let group = position(&["group", "table", "grŵp", "grwp", "bwrdd"]);
        let author = position(&["author", "name", "who", "awdur", "enw"]);
        let language = position(&["language", "lang", "iaith"]);
        // A form's own wording ("Consent to be quoted?") counts when exactly one column
        // says so.
        let consent = position(&["consent", "caniatâd", "caniatad"]).or_else(|| {
            let mut candidates = squashed.iter().enumerate().filter(|(i, h)| {
                *i != text && ["consent", "quote", "caniat"].iter().any(|w| h.contains(w))
            });
            match (candidates.next(), candidates.next()) {
                (Some((index, _)), None) => Some(index),
                _ => None,
            }
        });
        let known = [Some(text), prompt, kind, group, author, language, consent];
        let mut extra: Vec<(usize, String)> = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            let name = header.trim();
            if known.contains(&Some(index)) || name.is_empty() {
                continue;
            }
            let mut unique = name.to_owned();
            let mut n = 2;
            while extra.iter().any(|(_, taken)| *taken == unique) {
                unique = format!("{name} ({n})");
                n += 1;
            }
            extra.push((index, unique));
        }
        let name_of = |index: Option<usize>, fallback: &str| {
            index
                .and_then(|i| headers.get(i))
                .map_or_else(|| fallback.to_owned(), |h| h.trim().to_owned())
        };
        Ok(Self {
            text,
            prompt,
            kind,
            group,
            author,
            language,
            language_name: name_of(language, "language"),
            consent,
            consent_name: name_of(consent, "consent"),
            extra,
        })
    }
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
