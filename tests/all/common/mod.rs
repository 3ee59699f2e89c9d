//! Projects for tests: small, realistic, and built only through the public model.

use cytun::model::{
    BoardPos, Consent, Language, Note, NoteDetails, NoteId, NoteKind, Project, Prompt,
};

/// A note with the given id, text and position.
pub fn note(id: u64, text: &str, x: f32, y: f32) -> Note {
    Note {
        id: NoteId(id),
        text: text.to_owned(),
        pos: BoardPos::new(x, y),
        z: 0,
        copy_of: None,
        picture: None,
        details: NoteDetails {
            prompt: Prompt::Feels,
            kind: NoteKind::Written,
            group: "Table 3".to_owned(),
            author: String::new(),
            language: Language::English,
            consent: Consent::QuoteAnonymously,
            respondent: String::new(),
            extra: std::collections::BTreeMap::default(),
        },
    }
}

/// A project with `count` notes laid out in a grid, texts of varying length, some in Welsh.
pub fn project_with_notes(count: usize) -> Project {
    let mut project = Project::new("Test workshop");
    let texts = [
        "Like being listened to",
        "Fel cwtsh mawr ŵ ŷ â",
        "A round table with no head, where the quietest person gets to finish what they started",
        "Song:\nWe came with different stories\nwe sat down side by side",
    ];
    for i in 0..count {
        let id = project.allocate_note_id();
        let mut n = note(
            id.0,
            texts[i % texts.len()],
            (i % 50) as f32 * 340.0,
            (i / 50) as f32 * 300.0,
        );
        n.details.prompt = Prompt::KNOWN[i % Prompt::KNOWN.len()].clone();
        n.details.language = if i % 4 == 1 {
            Language::Welsh
        } else {
            Language::English
        };
        project.notes.insert(id, n);
    }
    project
}
