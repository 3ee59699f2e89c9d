//! The one door out of the room. Every export, report and picture is made from an
//! [`Outbound`]: a copy of the project with consent applied (text not to be quoted replaced by
//! a placeholder, its picture and spreadsheet details dropped; authors only where they agreed),
//! `anonymise` (no author or feedback giver named), `redact` (every personal detail found
//! replaced) and no voter's name at all. The privacy check's findings come from the same walk
//! over the same fields, so what is checked is exactly what leaves. A renderer is handed the
//! `Outbound`, never the project itself, so a new output cannot forget these rules.

use std::borrow::Cow;

use super::privacy::{DetailKind, NameList, details_in, is_group_name, redact_details};
use crate::model::definition::{Part, VersionStatus};
use crate::model::{Consent, HeadingId, NoteId, Project, ThemeId};

/// Choices made at the privacy check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Replace e-mail addresses, phone numbers, postcodes, NHS and National Insurance numbers
    /// and participants' names wherever they appear in what is written.
    pub redact: bool,
    /// Leave every author and feedback giver out, whatever their consent.
    pub anonymise: bool,
    /// More names to look for, beyond those the project knows (authors, voters, feedback
    /// givers, approvers): added by the user at the privacy check.
    pub extra_names: Vec<String>,
    /// Findings the user chose to keep when redacting (unticked at the privacy check): each
    /// the place and the words found there.
    pub keep: Vec<(Place, String)>,
}

/// Where a finding is, so that the user can see what it would reveal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    ProjectTitle,
    Contribution(NoteId),
    PictureDescription(NoteId),
    Author(NoteId),
    Group(NoteId),
    ColumnLabel(HeadingId),
    ThemeTitle(ThemeId),
    ThemeMeaning(ThemeId),
    /// The draft of the definition or of the charter.
    Draft(Part),
    /// A version of the definition or of the charter, by its number.
    Version(Part, u32),
    VersionNote(Part, u32),
    FeedbackFrom(Part, u32),
    FeedbackComment(Part, u32),
    Approver(Part, u32),
}

/// One personal-looking detail that an export would carry, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub place: Place,
    pub kind: DetailKind,
    /// The detail as written.
    pub text: String,
}

/// What the filter writes in place of what it holds back (in the export's language).
#[derive(Clone, Debug)]
pub struct Marks {
    /// Instead of a contribution's text that is not to be quoted.
    pub withheld: String,
    /// Instead of a personal detail, when redacting.
    pub redacted: String,
}

/// The project as it may leave the room, and what the privacy check found in it.
#[derive(Debug)]
pub struct Outbound {
    project: Project,
    findings: Vec<Finding>,
    options: ExportOptions,
}

/// Whether a field is free text (checked for names too) or itself a person's name (checked
/// for contact details only: an author who agreed to be named is not a finding).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Free,
    Person,
    /// A copy of text reported elsewhere (a linked copy, a sentence key): redacted alike,
    /// never reported twice.
    Shadow,
}

impl Outbound {
    /// Applies consent, anonymising and redaction to a copy of `project`.
    pub fn new(project: &Project, options: &ExportOptions, marks: &Marks) -> Self {
        let (people, everyone) = names_to_look_for(project, &options.extra_names);
        let mut out = project.clone();
        apply_consent(project, &mut out, options, marks);
        let mut findings = Vec::new();
        each_text(&mut out, |place, field, text| {
            // What a group or a body is called (a contribution's group, who approved) is
            // checked for people's names, not for the names of the groups and boards that
            // gave feedback or approved, which such a field holds by right.
            let names = match (field, place) {
                (Field::Person, _) => None,
                (_, Place::Group(_) | Place::Approver(..)) => Some(&people),
                _ => Some(&everyone),
            };
            let details = details_in(text, names.filter(|n| !n.names().is_empty()));
            if details.is_empty() {
                return;
            }
            if field != Field::Shadow {
                findings.extend(details.iter().map(|d| Finding {
                    place,
                    kind: d.kind,
                    text: text[d.start..d.end].to_owned(),
                }));
            }
            if options.redact {
                let removed: Vec<_> = details
                    .iter()
                    .filter(|d| {
                        !options
                            .keep
                            .iter()
                            .any(|(at, found)| *at == place && *found == text[d.start..d.end])
                    })
                    .cloned()
                    .collect();
                *text = redact_details(text, &removed, &marks.redacted);
            }
        });
        findings.dedup();
        Self {
            project: out,
            findings,
            options: options.clone(),
        }
    }

    /// The project as it may be shown: the only thing a report, sheet or picture draws on.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Every personal-looking detail in what would be written (before redaction).
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    pub fn options(&self) -> &ExportOptions {
        &self.options
    }
}

/// The names to look for: people's (authors, voters and the user's own list), and those
/// with the names of whoever gave feedback or approved, where that is a person (a group or
/// a board is not: see `privacy::is_group_name`).
fn names_to_look_for(project: &Project, extra: &[String]) -> (NameList, NameList) {
    let definition = &project.definition;
    let versions = || {
        Part::ALL
            .into_iter()
            .flat_map(|part| definition.versions_of(part))
    };
    let approvers = versions().filter_map(|v| match &v.status {
        VersionStatus::Approved { by, .. } | VersionStatus::Superseded { by, .. } => {
            Some(by.as_str())
        }
        VersionStatus::Draft | VersionStatus::SenseChecked => None,
    });
    let people = || {
        project
            .notes
            .values()
            .map(|n| n.details.author.as_str())
            .chain(definition.voting.participants.iter().map(String::as_str))
            .chain(extra.iter().map(String::as_str))
    };
    // Feedback givers and approvers are looked for only where they are people: "Staff" or
    // "Regional Partnership Board" is a word in a definition, never a name to remove.
    let givers = versions()
        .flat_map(|v| v.feedback.iter().map(|f| f.from.as_str()))
        .chain(approvers)
        .filter(|name| !is_group_name(name));
    let everyone = people().chain(givers);
    (NameList::new(people()), NameList::new(everyone))
}

/// Consent and anonymising: what is held back whatever else is chosen.
fn apply_consent(project: &Project, out: &mut Project, options: &ExportOptions, marks: &Marks) {
    for note in out.notes.values_mut() {
        let original = project
            .note(note.copy_of.unwrap_or(note.id))
            .unwrap_or(note);
        let consent = original.details.consent;
        // Spreadsheet columns beyond the known ones may hold anything (an e-mail column, a
        // free-text "anything else?"): no output needs them, so none gets them.
        note.details.extra.clear();
        // Who gave it (a survey's response id) links notes to one person: counted inside
        // the room, never sent out of it.
        note.details.respondent.clear();
        if consent == Consent::DoNotQuote {
            note.text.clone_from(&marks.withheld);
            note.picture = None;
            note.details.author.clear();
            continue;
        }
        let named = consent == Consent::QuoteWithName && !options.anonymise;
        if !named {
            note.details.author.clear();
        }
    }
    let voting = &mut out.definition.voting;
    // Votes are counted, never attributed.
    for participant in &mut voting.participants {
        participant.clear();
    }
    if options.anonymise {
        for part in Part::ALL {
            for version in out.definition.drafting_mut(part).1 {
                for feedback in &mut version.feedback {
                    feedback.from.clear();
                }
            }
        }
    }
}

/// Calls `visit` on every piece of text an output could write, with where it is.
fn each_text(project: &mut Project, mut visit: impl FnMut(Place, Field, &mut String)) {
    visit(Place::ProjectTitle, Field::Free, &mut project.title);
    let originals: std::collections::BTreeMap<NoteId, Consent> = project
        .notes
        .values()
        .map(|n| (n.id, n.details.consent))
        .collect();
    for note in project.notes.values_mut() {
        let id = note.copy_of.unwrap_or(note.id);
        let withheld = originals.get(&id) == Some(&Consent::DoNotQuote);
        let (free, person) = if note.copy_of.is_some() {
            (Field::Shadow, Field::Shadow)
        } else {
            (Field::Free, Field::Person)
        };
        if !withheld {
            visit(Place::Contribution(id), free, &mut note.text);
        }
        if let Some(picture) = &mut note.picture {
            visit(Place::PictureDescription(id), free, &mut picture.alt);
        }
        visit(Place::Author(id), person, &mut note.details.author);
        visit(Place::Group(id), free, &mut note.details.group);
    }
    for heading in project.headings.values_mut() {
        visit(
            Place::ColumnLabel(heading.id),
            Field::Free,
            &mut heading.text,
        );
    }
    for theme in project.themes.values_mut() {
        visit(Place::ThemeTitle(theme.id), Field::Free, &mut theme.title);
        for former in &mut theme.former_titles {
            visit(Place::ThemeTitle(theme.id), Field::Free, former);
        }
        visit(
            Place::ThemeMeaning(theme.id),
            Field::Free,
            &mut theme.meaning,
        );
    }
    for part in Part::ALL {
        let (draft, versions) = project.definition.drafting_mut(part);
        visit(Place::Draft(part), Field::Free, &mut draft.text);
        for link in &mut draft.links {
            visit(Place::Draft(part), Field::Shadow, &mut link.sentence);
        }
        for version in versions {
            each_version_text(part, version, &mut visit);
        }
    }
}

/// Calls `visit` on every piece of text of one version of `part`.
fn each_version_text(
    part: Part,
    version: &mut crate::model::definition::Version,
    visit: &mut impl FnMut(Place, Field, &mut String),
) {
    let number = version.number;
    visit(Place::Version(part, number), Field::Free, &mut version.text);
    for link in &mut version.links {
        visit(
            Place::Version(part, number),
            Field::Shadow,
            &mut link.sentence,
        );
    }
    visit(
        Place::VersionNote(part, number),
        Field::Free,
        &mut version.note,
    );
    for feedback in &mut version.feedback {
        visit(
            Place::FeedbackFrom(part, number),
            Field::Person,
            &mut feedback.from,
        );
        visit(
            Place::FeedbackComment(part, number),
            Field::Free,
            &mut feedback.comment,
        );
    }
    if let VersionStatus::Approved { by, .. } | VersionStatus::Superseded { by, .. } =
        &mut version.status
    {
        // Who approved is often a board, sometimes a person with no say in consent:
        // checked (and redacted) for people's names and contact details.
        visit(Place::Approver(part, number), Field::Free, by);
    }
}

/// A cell as a spreadsheet may safely read it: text that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, after any spaces;
/// OWASP's CSV-injection advice) gets a leading apostrophe, so it shows as the text it is
/// ("'=HYPERLINK(…)", "'+44 7700 900123") and runs nothing.
pub fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    const TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    if text.trim_start_matches(' ').starts_with(TRIGGERS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_plain_text_is_left_alone() {
        assert_eq!(spreadsheet_cell("=1+1"), "'=1+1");
        assert_eq!(spreadsheet_cell("+44 7700 900123"), "'+44 7700 900123");
        assert_eq!(spreadsheet_cell("-2"), "'-2");
        assert_eq!(spreadsheet_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_cell("\t=cmd"), "'\t=cmd");
        assert_eq!(spreadsheet_cell("  =cmd"), "'  =cmd");
        assert_eq!(spreadsheet_cell("Tea = time"), "Tea = time");
        assert_eq!(spreadsheet_cell(""), "");
        assert_eq!(spreadsheet_cell("Croeso"), "Croeso");
    }
}
