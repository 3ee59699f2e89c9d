//! Which rows of a sheet are its header, and the header made plain. Tools and people put
//! more than one row above the answers: a title and a blank row over a typed-up sheet,
//! Qualtrics' question wording and `{"ImportId":…}` rows under its short column names,
//! SurveyMonkey's choice labels under its questions. Whatever the shape, what comes out is
//! one header row of plain words (no NUL bytes, HTML tags or entities) over answer rows only.

use super::grid::{Grid, Row};
use super::words::squash;

/// How many rows from the top are looked at for the header: a title block is a few rows.
const LOOK_AT_ROWS: usize = 10;

/// Makes `grid`'s header the sheet's real header, one row, of plain words.
pub fn settle(grid: &mut Grid) {
    skip_rows_above_header(grid);
    clean_headers(grid);
    if !merge_qualtrics_rows(grid) {
        merge_survey_monkey_rows(grid);
    }
    clean_headers(grid);
}

/// Whether the header row is a sheet's title (one filled cell, or none) with the real header
/// below it: then the rows above the real header are dropped. The real header is the first
/// row filled about as widely as the rows of answers under it.
fn skip_rows_above_header(grid: &mut Grid) {
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.trim().is_empty()).count();
    let header_filled = filled(&grid.headers);
    let widest = grid
        .rows
        .iter()
        .take(LOOK_AT_ROWS * 2)
        .map(|row| filled(&row.cells))
        .max()
        .unwrap_or(0);
    // A header as wide as the answers (or a one-column sheet) is the header.
    if header_filled >= 2 || widest < 2 {
        return;
    }
    let wide_enough = widest.div_ceil(2).max(2);
    // A one-column sheet whose answers hold unquoted commas is not a title over a header:
    // a title row is as wide as the sheet (empty cells after it), or the header under it is
    // wider than two cells.
    if header_filled == 1 && grid.headers.len() < 2 && wide_enough < 3 {
        return;
    }
    let Some(at) = grid
        .rows
        .iter()
        .take(LOOK_AT_ROWS)
        .position(|row| filled(&row.cells) >= wide_enough)
    else {
        return;
    };
    let header = grid.rows.remove(at);
    grid.rows.drain(..at);
    grid.headers = header.cells;
}

/// Qualtrics writes its short column names (`Q1`, `ResponseId`), then a row of each
/// question's wording, then (since 2017) a row of `{"ImportId":"…"}`. The wording becomes
/// the header; both rows are dropped. Returns whether it was a Qualtrics export.
fn merge_qualtrics_rows(grid: &mut Grid) -> bool {
    let squashed: Vec<String> = grid.headers.iter().map(|h| squash(h)).collect();
    let has = |name: &str| squashed.iter().any(|h| h == name);
    if !(has("responseid") && (has("startdate") || has("recordeddate"))) {
        return false;
    }
    let Some(wording) = grid.rows.first() else {
        return true;
    };
    // A row of answers has its response id in the id column; the wording row says "Response ID".
    let id_at = squashed.iter().position(|h| h == "responseid");
    let id_cell = squash(wording.cell(id_at));
    if !id_cell.is_empty() && id_cell != "responseid" {
        return true;
    }
    let wording = grid.rows.remove(0);
    for (index, header) in grid.headers.iter_mut().enumerate() {
        // A choice question's own column is "Question - Selected Choice"; its "Other" column
        // keeps "Question - Other (please specify) - Text".
        let worded = wording.cell(Some(index)).trim();
        let worded = worded.strip_suffix(" - Selected Choice").unwrap_or(worded);
        if !worded.is_empty() {
            worded.clone_into(header);
        }
    }
    while grid.rows.first().is_some_and(is_import_id_row) {
        grid.rows.remove(0);
    }
    true
}

/// A Qualtrics row of `{"ImportId":"QID1"}` cells.
fn is_import_id_row(row: &Row) -> bool {
    let filled: Vec<&String> = row.cells.iter().filter(|c| !c.trim().is_empty()).collect();
    !filled.is_empty()
        && filled
            .iter()
            .filter(|c| c.trim_start().starts_with("{\"ImportId\""))
            .count()
            * 2
            >= filled.len()
}

/// SurveyMonkey writes the questions, then a second row naming each column's choice
/// ("Response", "Open-Ended Response", or a choice's label; a question's later choices leave
/// the first row empty). Old exports call the id `RespondentID`, new ones `Respondent ID`.
/// The second row is known by its empty id cell (every answer row has an id); the two rows
/// become one ("Question: choice").
fn merge_survey_monkey_rows(grid: &mut Grid) {
    let squashed: Vec<String> = grid.headers.iter().map(|h| squash(h)).collect();
    let Some(id_at) = squashed.iter().position(|h| h == "respondentid") else {
        return;
    };
    let Some(second) = grid.rows.first() else {
        return;
    };
    let labelled = second.cells.iter().any(|c| !c.trim().is_empty());
    if !second.cell(Some(id_at)).trim().is_empty() || !labelled {
        return;
    }
    let second = grid.rows.remove(0);
    let mut question = String::new();
    for (index, header) in grid.headers.iter_mut().enumerate() {
        if !header.trim().is_empty() {
            header.trim().clone_into(&mut question);
        }
        let under = second.cell(Some(index)).trim();
        let plain = matches!(
            squash(under).as_str(),
            "" | "response" | "openendedresponse"
        );
        *header = if plain {
            question.clone()
        } else if question.is_empty() {
            under.to_owned()
        } else {
            format!("{question}: {under}")
        };
    }
}

/// Every header as plain words.
fn clean_headers(grid: &mut Grid) {
    for header in &mut grid.headers {
        *header = plain_header(header);
    }
}

/// A header cell as words: NUL and other control characters out, HTML tags out (a `<br>` a
/// space), entities (`&amp;`, `&#39;`, `&nbsp;`) made their characters, spaces made single.
pub fn plain_header(header: &str) -> String {
    let mut text = String::with_capacity(header.len());
    let mut rest = header;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && is_tag(&rest[1..end])
        {
            text.push(' ');
            rest = &rest[end + 1..];
            continue;
        }
        if c == '&'
            && let Some(end) = rest[..rest.len().min(12)].find(';')
            && let Some(decoded) = entity(&rest[1..end])
        {
            text.push(decoded);
            rest = &rest[end + 1..];
            continue;
        }
        if !c.is_control() || c == '\n' || c == '\t' {
            text.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `inside` (what lies between `<` and `>`) is an HTML tag: a name, maybe closing,
/// maybe with attributes. "<3" or "a < b > c" are words, kept.
fn is_tag(inside: &str) -> bool {
    let name = inside.strip_prefix('/').unwrap_or(inside);
    let name = name.trim_end_matches('/').trim_end();
    let word: String = name
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    !word.is_empty()
        && word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && matches!(
            name[word.len()..].chars().next(),
            None | Some(' ' | '\t' | '\n')
        )
}

/// The character an HTML entity's name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control());
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "hellip" => '\u{2026}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        let mut all = rows.iter().enumerate().map(|(i, cells)| Row {
            line: i as u64 + 1,
            cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        });
        let headers = all.next().map(|r| r.cells).unwrap_or_default();
        Grid {
            headers,
            rows: all.collect(),
        }
    }

    #[test]
    fn html_nul_and_entities_leave_the_header_and_words_stay() {
        assert_eq!(
            plain_header("What makes it better?<br />Beth sy&#39;n ei wneud yn well?\0"),
            "What makes it better? Beth sy'n ei wneud yn well?"
        );
        assert_eq!(
            plain_header("<a href=\"https://x\">Privacy</a> &amp; you"),
            "Privacy & you"
        );
        assert_eq!(
            plain_header("I <3 this & a < b > c"),
            "I <3 this & a < b > c"
        );
    }

    #[test]
    fn a_title_and_a_blank_row_above_the_header_are_dropped() {
        let mut sheet = grid(&[
            &["Workshop responses, March", "", ""],
            &["", "", ""],
            &["Name", "What went well?", "Table"],
            &["A", "Being listened to", "1"],
            &["B", "Tea and time", "2"],
        ]);
        settle(&mut sheet);
        assert_eq!(sheet.headers, ["Name", "What went well?", "Table"]);
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].cells[1], "Being listened to");
    }

    #[test]
    fn qualtrics_wording_becomes_the_header_and_its_import_ids_go() {
        let mut sheet = grid(&[
            &["StartDate", "ResponseId", "Q1"],
            &["Start Date", "Response ID", "What would help?"],
            &[
                "{\"ImportId\":\"startDate\"}",
                "{\"ImportId\":\"_recordId\"}",
                "{\"ImportId\":\"QID1_TEXT\"}",
            ],
            &["2024-01-01", "R_1", "More time"],
        ]);
        settle(&mut sheet);
        assert_eq!(
            sheet.headers,
            ["Start Date", "Response ID", "What would help?"]
        );
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].cells[1], "R_1");
    }

    #[test]
    fn surveymonkey_second_row_is_merged_old_and_new_names() {
        for id in ["RespondentID", "Respondent ID"] {
            let mut sheet = grid(&[
                &[
                    id,
                    "Collector ID",
                    "Can we quote you?",
                    "",
                    "Anything else?",
                ],
                &["", "", "Yes", "No", "Open-Ended Response"],
                &["1", "9", "Yes", "", "Kindness"],
            ]);
            settle(&mut sheet);
            assert_eq!(
                sheet.headers,
                [
                    id,
                    "Collector ID",
                    "Can we quote you?: Yes",
                    "Can we quote you?: No",
                    "Anything else?"
                ]
            );
            assert_eq!(sheet.rows.len(), 1);
        }
    }
}
