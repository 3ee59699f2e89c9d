//! What `docx-rs` does not write, added to its package: each run's language (`w:lang`), so a
//! screen reader reads the Welsh half in Welsh and the English half in English;
//! right-to-left marks (`w:rtl`, `w:bidi`) where a run is Arabic, Hebrew or Urdu; and the
//! document's title and an empty author in its properties, never "unknown".

use std::io::{Read as _, Write as _};

/// `document.xml` with every run marked with its report's language: the reports are in
/// `languages`' order, each after a page break.
pub fn mark_languages(xml: &str, languages: &[&str]) -> String {
    let mut out = String::with_capacity(xml.len() + xml.len() / 4);
    let mut report = 0;
    let mut rest = xml;
    while let Some(start) = paragraph_start(rest) {
        let Some(length) = rest[start..].find("</w:p>") else {
            break;
        };
        let end = start + length + "</w:p>".len();
        out.push_str(&rest[..start]);
        let paragraph = &rest[start..end];
        let language = languages
            .get(report)
            .or(languages.last())
            .copied()
            .unwrap_or("en-GB");
        let language = language_of_style(paragraph).unwrap_or(language);
        out.push_str(&mark_paragraph(paragraph, language));
        if paragraph.contains("<w:br w:type=\"page\"") {
            report += 1;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The paragraph style a contribution in `language` is written with (`Contribution-cy-GB`):
/// its runs get that language, whichever half of the report it is in.
pub fn style_for(language: &str) -> String {
    format!("{STYLE_PREFIX}{language}")
}

const STYLE_PREFIX: &str = "Contribution-";

/// The language a paragraph's style names, if it is a contribution's.
fn language_of_style(paragraph: &str) -> Option<&str> {
    let marker = format!("<w:pStyle w:val=\"{STYLE_PREFIX}");
    let at = paragraph.find(&marker)? + marker.len();
    let end = paragraph[at..].find('"')?;
    Some(&paragraph[at..at + end])
}

/// Where the next paragraph (`<w:p>` or `<w:p …>`, not `<w:pPr>`) starts.
fn paragraph_start(xml: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = xml[from..].find("<w:p") {
        let at = from + at;
        if matches!(xml.as_bytes().get(at + 4), Some(b'>' | b' ')) {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// One paragraph with each run's language, and right-to-left marks where a run needs them.
fn mark_paragraph(paragraph: &str, language: &str) -> String {
    let mut out = String::with_capacity(paragraph.len() + 64);
    let mut any_rtl = false;
    let mut rest = paragraph;
    while let Some(start) = rest.find("<w:r>") {
        let Some(length) = rest[start..].find("</w:r>") else {
            break;
        };
        let end = start + length + "</w:r>".len();
        out.push_str(&rest[..start]);
        let run = &rest[start..end];
        let rtl = right_to_left(&text_of(run));
        any_rtl |= rtl.is_some();
        let marks = match rtl {
            Some(script) => format!("<w:rtl /><w:lang w:val=\"{language}\" w:bidi=\"{script}\" />"),
            None => format!("<w:lang w:val=\"{language}\" />"),
        };
        out.push_str(&with_run_marks(run, &marks));
        rest = &rest[end..];
    }
    out.push_str(rest);
    if any_rtl && let Some(at) = out.find("</w:pPr>") {
        out.insert_str(at, "<w:bidi />");
    }
    out
}

/// The words of a run (still escaped: only their script is looked at).
fn text_of(run: &str) -> String {
    let mut text = String::new();
    let mut rest = run;
    while let Some(open) = rest.find("<w:t") {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let from = open + close + 1;
        let Some(to) = rest[from..].find("</w:t>") else {
            break;
        };
        text.push_str(&rest[from..from + to]);
        rest = &rest[from + to..];
    }
    text
}

/// The right-to-left language a run's words are in, if they start in one (a line that
/// starts in English and quotes Arabic stays left to right).
fn right_to_left(text: &str) -> Option<&'static str> {
    let hebrew =
        |c: char| ('\u{0590}'..='\u{05FF}').contains(&c) || ('\u{FB1D}'..='\u{FB4F}').contains(&c);
    let arabic = |c: char| {
        ('\u{0600}'..='\u{06FF}').contains(&c)
            || ('\u{0750}'..='\u{077F}').contains(&c)
            || ('\u{08A0}'..='\u{08FF}').contains(&c)
            || ('\u{FB50}'..='\u{FDFF}').contains(&c)
            || ('\u{FE70}'..='\u{FEFF}').contains(&c)
    };
    // The first letter decides, as a word processor's paragraph direction does.
    let first = text.chars().find(|c| c.is_alphabetic())?;
    if hebrew(first) {
        Some("he-IL")
    } else if arabic(first) {
        Some("ar-SA")
    } else {
        None
    }
}

/// `run` with `marks` last in its run properties (where the schema puts them).
fn with_run_marks(run: &str, marks: &str) -> String {
    let head = "<w:r>".len();
    let after = &run[head..];
    if let Some(tail) = after.strip_prefix("<w:rPr />") {
        format!("<w:r><w:rPr>{marks}</w:rPr>{tail}")
    } else if after.starts_with("<w:rPr>")
        && let Some(close) = after.find("</w:rPr>")
    {
        format!("<w:r>{}{marks}{}", &after[..close], &after[close..])
    } else {
        format!("<w:r><w:rPr>{marks}</w:rPr>{after}")
    }
}

/// The package's properties: its title, and no author (never "unknown").
fn with_title_and_no_author(core: &str, title: &str) -> String {
    let title = title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    core.replace(
        "<dc:creator>unknown</dc:creator>",
        &format!("<dc:title>{title}</dc:title><dc:creator></dc:creator>"),
    )
    .replace(
        "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
        "<cp:lastModifiedBy></cp:lastModifiedBy>",
    )
}

/// The `.docx` package `bytes` with the marks above; none if it could not be read (a bug in
/// the writer: the caller says so).
pub fn marked(bytes: &[u8], languages: &[&str], title: &str) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).ok()?;
        let name = entry.name().ok()?.into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).ok()?;
        let data = match name.as_str() {
            "word/document.xml" => {
                mark_languages(std::str::from_utf8(&data).ok()?, languages).into_bytes()
            }
            "docProps/core.xml" => {
                with_title_and_no_author(std::str::from_utf8(&data).ok()?, title).into_bytes()
            }
            _ => data,
        };
        out.start_file(name, options).ok()?;
        out.write_all(&data).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_run_has_its_reports_language_and_a_right_to_left_run_its_marks() {
        let xml = concat!(
            "<w:body><w:p w14:paraId=\"1\"><w:pPr><w:rPr /></w:pPr>",
            "<w:r><w:rPr /><w:t xml:space=\"preserve\">Ein diffiniad</w:t></w:r></w:p>",
            "<w:p><w:r><w:br w:type=\"page\" /></w:r></w:p>",
            "<w:p><w:pPr><w:rPr /></w:pPr><w:r><w:rPr><w:i /></w:rPr><w:t>شعرت</w:t></w:r></w:p>",
            "</w:body>"
        );
        let marked = mark_languages(xml, &["cy-GB", "en-GB"]);
        assert!(marked.contains(
            "<w:r><w:rPr><w:lang w:val=\"cy-GB\" /></w:rPr><w:t xml:space=\"preserve\">Ein diffiniad"
        ));
        assert!(marked.contains(
            "<w:rPr><w:i /><w:rtl /><w:lang w:val=\"en-GB\" w:bidi=\"ar-SA\" /></w:rPr><w:t>شعرت"
        ));
        assert!(marked.contains("<w:bidi /></w:pPr><w:r><w:rPr><w:i />"));
        assert_eq!(marked.matches("<w:bidi />").count(), 1);
        assert!(
            marked.contains("<w:pPr><w:rPr /></w:pPr>"),
            "paragraph marks untouched"
        );
    }
}
