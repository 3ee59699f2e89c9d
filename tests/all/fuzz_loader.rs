//! Fuzzing the loader: random bytes and mutations of valid project files must never panic,
//! hang or load something broken. Anything that loads must save and load back the same.
//! `CYTUN_FUZZ_CASES=200000 cargo test --release --test fuzz_loader` runs a long session.

#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::common;

use cytun::store;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("CYTUN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// A small valid project file to mutate.
fn seed_text() -> String {
    let mut project = common::project_with_notes(4);
    project.themes.insert(
        cytun::model::ThemeId(90),
        cytun::model::Theme {
            id: cytun::model::ThemeId(90),
            title: "Trust".into(),
            meaning: String::new(),
            notes: vec![cytun::model::NoteId(1), cytun::model::NoteId(2)],
            pos: cytun::model::BoardPos::new(-50.0, -90.0),
            collapsed: true,
            colour: Some(cytun::model::ThemeColour::BluishGreen),
            former_titles: vec!["Ymddiriedaeth".into()],
        },
    );
    store::to_ron(&project).unwrap()
}

/// One edit of a file: what a damaged disk, a bad merge or a hostile hand might do.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, byte: u8 },
    Insert { at: usize, bytes: Vec<u8> },
    Delete { at: usize, len: usize },
    Duplicate { at: usize, len: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tokens: Vec<&'static [u8]> = vec![
        b"(",
        b")",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"\\",
        b"-1",
        b"1e39",
        b"NaN",
        b"inf",
        b"18446744073709551616",
        b"Some(",
        b"None",
        b"format_version: 2",
        b"id: 1",
        b"notes: []",
        b"\xff",
        b"\xc3",
        b"//",
        b"/*",
        b"r#\"",
        b"\0",
        "ŵ".as_bytes(),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        (any::<usize>(), prop::sample::select(tokens)).prop_map(|(at, t)| Mutation::Insert {
            at,
            bytes: t.to_vec()
        }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 1..200usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len().max(1);
    match mutation {
        Mutation::Flip { at, byte } => {
            let at = at % len;
            if at < bytes.len() {
                bytes[at] = *byte;
            }
        }
        Mutation::Insert { at, bytes: new } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Delete { at, len: n } => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            if at < end {
                bytes.drain(at..end);
            }
        }
        Mutation::Duplicate { at, len: n } => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            if at < end {
                let copy = bytes[at..end].to_vec();
                bytes.splice(end..end, copy);
            }
        }
        Mutation::Truncate { at } => bytes.truncate(at % len),
    }
}

/// Whatever loads is a sound project: it saves, and reads back the same.
fn check(bytes: &[u8]) {
    if let Ok(project) = store::parse_bytes(bytes) {
        let text = store::to_ron(&project).unwrap();
        assert_eq!(store::parse(&text).unwrap(), project);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_project_files_never_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = seed_text().into_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check(&bytes);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check(&bytes);
    }
}
