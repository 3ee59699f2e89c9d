//! The catalogues: every message the code uses exists in English and Welsh, none is unused,
//! both use the same placeholders, and plurals follow each language's rules.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use cytun::i18n::{Arg, ENGLISH_FTL, I18n, UiLanguage, WELSH_FTL};

/// Message id → the placeholders (`{ $name }`) its text uses.
fn messages(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(char::is_whitespace) && !line.starts_with('}') {
            let (id, _) = line.split_once(" =").expect("id = value");
            current = Some(id.trim().to_owned());
            out.entry(id.trim().to_owned()).or_default();
        }
        let id = current.clone().expect("a message before its continuation");
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.get_mut(&id).unwrap().insert(name);
            rest = &rest[at + 1..];
        }
    }
    out
}

/// Every kebab-case string literal in the sources: message ids (widget ids start `cytun-`).
fn ids_used_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![Path::new("src").to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let source = fs::read_to_string(&path).unwrap();
            // Unit tests sit at the end of a file and hold sample text, not messages.
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in source.split('"').skip(1).step_by(2) {
                let is_id = literal.contains('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && literal.starts_with(|c: char| c.is_ascii_lowercase())
                    && !literal.starts_with("cytun");
                if is_id {
                    ids.insert(literal.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn both_catalogues_parse() {
    for source in [ENGLISH_FTL, WELSH_FTL] {
        fluent_bundle::FluentResource::try_new(source.to_owned()).expect("catalogue parses");
    }
}

#[test]
fn every_message_used_in_code_exists_in_both_languages_and_none_is_unused() {
    let used = ids_used_in_code();
    let english: BTreeSet<_> = messages(ENGLISH_FTL).into_keys().collect();
    let welsh: BTreeSet<_> = messages(WELSH_FTL).into_keys().collect();
    let missing_en: Vec<_> = used.difference(&english).collect();
    let missing_cy: Vec<_> = used.difference(&welsh).collect();
    assert!(missing_en.is_empty(), "missing in English: {missing_en:?}");
    assert!(missing_cy.is_empty(), "missing in Welsh: {missing_cy:?}");
    let unused: Vec<_> = english
        .union(&welsh)
        .filter(|id| !used.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "in a catalogue but used nowhere: {unused:?}"
    );
}

#[test]
fn both_languages_use_the_same_placeholders() {
    let english = messages(ENGLISH_FTL);
    let welsh = messages(WELSH_FTL);
    for (id, names) in &english {
        assert_eq!(Some(names), welsh.get(id), "placeholders of {id}");
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let english = I18n::new(UiLanguage::English);
    let welsh = I18n::new(UiLanguage::Welsh);
    let count = |tr: &I18n, n: usize| tr.tr_args("status-notes", &[("count", Arg::from(n))]);
    assert_eq!(count(&english, 1), "1 note");
    assert_eq!(count(&english, 0), "0 notes");
    assert_eq!(count(&english, 183), "183 notes");
    assert_eq!(count(&welsh, 0), "Dim nodiadau");
    assert_eq!(count(&welsh, 1), "1 nodyn");
    assert_eq!(count(&welsh, 2), "2 nodyn");
    assert_eq!(count(&welsh, 6), "6 nodyn");
    assert_eq!(welsh.tr("action-undo"), "Dadwneud");
    assert_eq!(english.tr("action-undo"), "Undo");
}
