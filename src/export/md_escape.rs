//! Text people wrote, made safe to put in a Markdown report: it reads as the words they
//! typed, never as markup. `**bold**`, `[a link](…)` and `<script>` come out as those
//! characters, in any Markdown viewer, and a line starting `#` or `- ` stays a line of text.

/// `text` with every character Markdown or HTML would act on escaped. Line breaks are kept
/// (verse and menus keep their lines); the caller decides how lines are joined.
pub fn md_text(text: &str) -> String {
    text.lines().map(md_line).collect::<Vec<_>>().join("\n")
}

/// One line, escaped: inline markup anywhere, and block markup at its start.
fn md_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // `!` needs nothing: an image needs the `[` after it, escaped here.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    // A heading, a list item, a numbered item or a rule at the start of a line.
    let trimmed = out.trim_start();
    let indent = out.len() - trimmed.len();
    let starts_block = trimmed.starts_with(['#', '-', '+', '='])
        || trimmed
            .find(['.', ')'])
            .is_some_and(|at| at > 0 && trimmed[..at].chars().all(|c| c.is_ascii_digit()));
    if starts_block {
        let at = if trimmed.starts_with(['#', '-', '+', '=']) {
            indent
        } else {
            indent + trimmed.find(['.', ')']).unwrap_or(0)
        };
        out.insert(at, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_people_wrote_is_never_markup() {
        assert_eq!(md_text("**bold**"), "\\*\\*bold\\*\\*");
        assert_eq!(
            md_text("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(md_text("[click](http://x)"), "\\[click\\](http://x)");
        assert_eq!(md_text("# Not a heading"), "\\# Not a heading");
        assert_eq!(md_text("- not a list"), "\\- not a list");
        assert_eq!(md_text("1. not numbered"), "1\\. not numbered");
        assert_eq!(
            md_text("Tea & cake\nBara brith"),
            "Tea &amp; cake\nBara brith"
        );
        assert_eq!(
            md_text("co-production, 2.5 hours"),
            "co-production, 2.5 hours"
        );
    }
}
