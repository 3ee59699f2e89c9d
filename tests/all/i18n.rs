//! The catalogues: every message the code uses exists in English and Welsh, none is unused,
//! both use the same placeholders, and plurals follow each language's rules.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use cytun::i18n::{Arg, ENGLISH_FTL, I18n, UiLanguage, WELSH_FTL};

/// Message id → its source text: the line with `id =` and every line that continues it.
fn sources(ftl: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current = None;
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(char::is_whitespace) && !line.starts_with('}') {
            let (id, _) = line.split_once(" =").expect("id = value");
            current = Some(id.trim().to_owned());
        }
        let id = current.clone().expect("a message before its continuation");
        let text = out.entry(id).or_default();
        text.push_str(line);
        text.push('\n');
    }
    out
}

/// The placeholders (`{ $name }`) a message's text uses.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        let name: String = rest[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        names.insert(name);
        rest = &rest[at + 1..];
    }
    names
}

/// Message id → the placeholders (`{ $name }`) its text uses.
fn messages(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    sources(ftl)
        .into_iter()
        .map(|(id, text)| (id, placeholders(&text)))
        .collect()
}

/// The placeholders a message's text selects a plural form by: `{ $x ->` whose default
/// variant is `*[other]` (a `[yes]`/`[no]` choice is not a count).
fn plural_selectors(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (before, after) in text.split(" ->").zip(text.split(" ->").skip(1)) {
        let Some((_, name)) = before.rsplit_once("{ $") else {
            continue;
        };
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        let default = after.find("*[").map(|at| &after[at..]);
        if default.is_some_and(|d| d.starts_with("*[other]")) {
            names.insert(name.to_owned());
        }
    }
    names
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
            // The stop words are words people write ("co-production"), not messages; the
            // room's server speaks HTTP ("no-referrer", header names), not to people; unit
            // tests in a file of their own hold sample text; the meaning model has a name.
            if path.ends_with("analysis/stop_words.rs")
                || path.to_string_lossy().contains("analysis/meaning/")
                || path.ends_with("tests.rs")
                || path.to_string_lossy().contains("phones/server/")
            {
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

/// Numbers shown beside a count without choosing a plural form themselves.
const ALSO_COUNTS: [&str; 4] = ["themed", "agree", "changes", "disagree"];
/// Every count in a counted message takes each of these in turn; CLDR's Welsh categories
/// are zero, one, two, few (3), many (6) and other (11).
const COUNTS: [usize; 6] = [0, 1, 2, 3, 6, 11];
/// The value every placeholder that is not a count takes.
const SAMPLE: &str = "Trust";
const GOLDEN: &str = "tests/golden/counted-messages.txt";

/// Every message with a plural selector in either language, with its placeholders, and the
/// placeholders that are counts.
fn counted_messages() -> (BTreeMap<String, BTreeSet<String>>, BTreeSet<String>) {
    let (english, welsh) = (sources(ENGLISH_FTL), sources(WELSH_FTL));
    let mut counted = BTreeMap::new();
    let mut counts: BTreeSet<String> = ALSO_COUNTS.iter().map(|&n| n.to_owned()).collect();
    for (id, text) in english.iter().chain(&welsh) {
        let selectors = plural_selectors(text);
        if !selectors.is_empty() {
            counted.insert(id.clone(), placeholders(text));
            counts.extend(selectors);
        }
    }
    (counted, counts)
}

/// The arguments for a message's placeholders: `n` for every count, [`SAMPLE`] for the rest.
fn sample_args<'a>(
    names: &'a BTreeSet<String>,
    counts: &BTreeSet<String>,
    n: usize,
) -> Vec<(&'a str, Arg<'static>)> {
    names
        .iter()
        .map(|name| {
            let value = if counts.contains(name) {
                Arg::from(n)
            } else {
                Arg::from(SAMPLE)
            };
            (name.as_str(), value)
        })
        .collect()
}

/// Each counted message at each count, in English then Welsh, one line per rendering.
fn render_counted_messages() -> String {
    let (counted, counts) = counted_messages();
    let languages = [("en", UiLanguage::English), ("cy", UiLanguage::Welsh)];
    let mut out = String::new();
    for (id, names) in &counted {
        for (code, language) in languages {
            let tr = I18n::new(language);
            for n in COUNTS {
                let text = tr.tr_args(id, &sample_args(names, &counts, n));
                writeln!(out, "{id} {code} {n}: {}", text.replace('\n', "\\n")).unwrap();
            }
        }
        out.push('\n');
    }
    out
}

/// Every plural and mutated form (1, 2, 3, 6 …) is in a golden file, read by eye when it was
/// written: a changed form fails here until the file is written again with `CYTUN_BLESS=1`.
#[test]
fn counted_messages_match_the_golden_file() {
    let rendered = render_counted_messages();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("CYTUN_BLESS").is_some() {
        fs::write(&path, &rendered).unwrap();
        return;
    }
    let golden = fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("{GOLDEN}: {err}; write it with CYTUN_BLESS=1"));
    let changed: Vec<String> = golden
        .lines()
        .zip(rendered.lines())
        .filter(|(was, now)| was != now)
        .take(10)
        .map(|(was, now)| format!("- {was}\n+ {now}"))
        .collect();
    assert!(
        golden == rendered,
        "counted messages differ from {GOLDEN} (check them, then run again with \
         CYTUN_BLESS=1):\n{}\n({} lines were, {} are)",
        changed.join("\n"),
        golden.lines().count(),
        rendered.lines().count(),
    );
}
