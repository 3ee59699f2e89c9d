//! From themes to an agreed definition, driven through commands without a window: ranking,
//! dot votes, the draft and its links, versions, feedback and approval.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use cytun::model::definition::Part;
use std::collections::BTreeSet;

use cytun::command::{Command, CommandError, History, apply};
use cytun::model::definition::{
    Feedback, Response, VersionStatus, not_yet_reflected, rank_by_votes, ranked_themes,
};
use cytun::model::{BoardPos, Project, ThemeId};

/// A project with three themes of two notes each: Trust, Equal voice, Food.
fn workshop() -> (Project, [ThemeId; 3]) {
    let mut project = Project::new("Workshop");
    let mut themes = Vec::new();
    for (i, title) in ["Trust", "Equal voice", "Food"].into_iter().enumerate() {
        let mut notes = Vec::new();
        for j in 0..2 {
            apply(
                &mut project,
                Command::CreateNote {
                    pos: BoardPos::new(i as f32 * 800.0, j as f32 * 200.0),
                    text: format!("{title} note {j}"),
                    details: Box::default(),
                },
            )
            .unwrap();
            notes.push(*project.notes.keys().next_back().unwrap());
        }
        apply(
            &mut project,
            Command::CreateTheme {
                title: title.into(),
                notes,
                at: BoardPos::new(i as f32 * 800.0, -100.0),
            },
        )
        .unwrap();
        themes.push(*project.themes.keys().next_back().unwrap());
    }
    (project, [themes[0], themes[1], themes[2]])
}

/// The themes the sentence (or principle) of `part`'s draft is linked to.
fn links_of(project: &Project, part: Part, sentence: &str) -> BTreeSet<ThemeId> {
    cytun::model::definition::themes_linked(&project.definition.draft_of(part).links, sentence)
}

fn run(history: &mut History, project: &mut Project, command: Command) -> Result<(), CommandError> {
    history.execute(project, command)
}

#[test]
fn dots_are_limited_per_person_tallied_and_undoable() {
    let (mut project, [trust, voice, food]) = workshop();
    let mut history = History::default();
    run(
        &mut history,
        &mut project,
        Command::SetVoting {
            participants: vec!["Aled".into(), "Bethan".into()],
            dots_per_person: 2,
        },
    )
    .unwrap();
    for theme in [trust, trust] {
        run(
            &mut history,
            &mut project,
            Command::CastDot {
                participant: 0,
                theme,
            },
        )
        .unwrap();
    }
    assert_eq!(
        run(
            &mut history,
            &mut project,
            Command::CastDot {
                participant: 0,
                theme: food
            }
        ),
        Err(CommandError::NoDotsLeft),
        "an over-vote is refused"
    );
    run(
        &mut history,
        &mut project,
        Command::CastDot {
            participant: 1,
            theme: voice,
        },
    )
    .unwrap();
    run(
        &mut history,
        &mut project,
        Command::SetPaperVotes {
            theme: food,
            count: 3,
        },
    )
    .unwrap();
    let voting = &project.definition.voting;
    assert_eq!(voting.dots_left(0), 0);
    assert_eq!(voting.dots_left(1), 1);
    let tally = voting.tally();
    assert_eq!((tally[&trust], tally[&voice], tally[&food]), (2, 1, 3));

    run(
        &mut history,
        &mut project,
        Command::WithdrawDot {
            participant: 0,
            theme: trust,
        },
    )
    .unwrap();
    assert_eq!(project.definition.voting.tally()[&trust], 1);
    history.undo(&mut project).unwrap();
    history.undo(&mut project).unwrap();
    assert_eq!(project.definition.voting.tally()[&trust], 2);
    assert!(!project.definition.voting.tally().contains_key(&food));
}

#[test]
fn the_ranking_by_votes_shows_ties_and_the_agreed_ranking_is_kept() {
    let (mut project, [trust, voice, food]) = workshop();
    project.definition.voting.paper = [(trust, 5), (voice, 5), (food, 2)].into();
    let themes: BTreeSet<ThemeId> = project.themes.keys().copied().collect();
    let order = ranked_themes(&project.definition, &themes);
    let proposed = rank_by_votes(&project.definition.voting.tally(), &order);
    assert_eq!(
        proposed,
        vec![(1, trust, 5), (1, voice, 5), (3, food, 2)],
        "a tie shares first place"
    );
    let undo = apply(
        &mut project,
        Command::SetRanking {
            order: vec![voice, trust, food],
        },
    )
    .unwrap();
    assert_eq!(
        ranked_themes(&project.definition, &themes),
        [voice, trust, food]
    );
    apply(&mut project, undo).unwrap();
    assert_eq!(
        ranked_themes(&project.definition, &themes),
        [trust, voice, food]
    );
}

#[test]
fn trace_links_survive_renaming_and_merging_and_go_when_a_theme_is_dissolved() {
    let (mut project, [trust, voice, food]) = workshop();
    let mut history = History::default();
    let text = "Co-production means trust. Everyone has an equal voice. We share food.";
    run(
        &mut history,
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: text.into(),
        },
    )
    .unwrap();
    for (sentence, theme) in [
        ("Co-production means trust.", trust),
        ("Everyone has an equal voice.", voice),
        ("We share food.", food),
    ] {
        run(
            &mut history,
            &mut project,
            Command::LinkSentence {
                part: Part::Definition,
                sentence: sentence.into(),
                themes: [theme].into(),
            },
        )
        .unwrap();
    }
    run(
        &mut history,
        &mut project,
        Command::RenameTheme {
            theme: trust,
            title: "Trust, built slowly".into(),
        },
    )
    .unwrap();
    let linked = |p: &Project, s: &str| links_of(p, Part::Definition, s);
    assert_eq!(
        linked(&project, "Co-production means trust."),
        [trust].into()
    );

    // Merging "Equal voice" into "Trust": the sentence now traces to the merged theme.
    run(
        &mut history,
        &mut project,
        Command::MergeThemes {
            from: voice,
            into: trust,
        },
    )
    .unwrap();
    assert_eq!(
        linked(&project, "Everyone has an equal voice."),
        [trust].into()
    );
    // Dissolving "Food": its link goes, nothing points at a theme that is gone.
    run(
        &mut history,
        &mut project,
        Command::DissolveTheme { theme: food },
    )
    .unwrap();
    assert!(linked(&project, "We share food.").is_empty());
    // Both undone: the links are as they were.
    history.undo(&mut project).unwrap();
    history.undo(&mut project).unwrap();
    assert_eq!(
        linked(&project, "Everyone has an equal voice."),
        [voice].into()
    );
    assert_eq!(linked(&project, "We share food."), [food].into());

    // Editing a sentence keeps its link.
    let edited = text.replace("equal voice", "equal say");
    run(
        &mut history,
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: edited,
        },
    )
    .unwrap();
    assert_eq!(
        linked(&project, "Everyone has an equal say."),
        [voice].into()
    );
    // Coverage: nothing unreflected until a sentence goes.
    let order = [trust, voice, food];
    assert!(not_yet_reflected(&project.definition, Part::Definition, &order, 3).is_empty());
    let shorter = "Co-production means trust. Everyone has an equal say.";
    run(
        &mut history,
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: shorter.into(),
        },
    )
    .unwrap();
    assert_eq!(
        not_yet_reflected(&project.definition, Part::Definition, &order, 3),
        [food]
    );
}

#[test]
fn versions_collect_feedback_and_an_approved_one_never_changes() {
    let (mut project, _) = workshop();
    let mut history = History::default();
    run(
        &mut history,
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: "First words.".into(),
        },
    )
    .unwrap();
    run(
        &mut history,
        &mut project,
        Command::SaveVersion {
            part: Part::Definition,
            note: "First go".into(),
            at: 1_000,
        },
    )
    .unwrap();
    run(
        &mut history,
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: "Better words.".into(),
        },
    )
    .unwrap();
    run(
        &mut history,
        &mut project,
        Command::SaveVersion {
            part: Part::Definition,
            note: "Plainer".into(),
            at: 2_000,
        },
    )
    .unwrap();
    let versions = &project.definition.versions;
    assert_eq!(versions.len(), 2);
    assert_eq!(
        (versions[0].number, versions[0].text.as_str()),
        (1, "First words.")
    );
    assert_eq!((versions[1].number, versions[1].saved_at), (2, 2_000));

    for (from, response) in [
        ("Carers' forum", Response::Agree),
        ("Youth panel", Response::AgreeWithChanges),
        ("Staff network", Response::Agree),
    ] {
        run(
            &mut history,
            &mut project,
            Command::AddFeedback {
                part: Part::Definition,
                version: 2,
                feedback: Feedback {
                    from: from.into(),
                    response,
                    comment: String::new(),
                },
            },
        )
        .unwrap();
    }
    let tally = project.definition.versions[1].tally();
    assert_eq!(
        (tally[&Response::Agree], tally[&Response::AgreeWithChanges]),
        (2, 1)
    );

    run(
        &mut history,
        &mut project,
        Command::SetVersionStatus {
            part: Part::Definition,
            version: 2,
            status: VersionStatus::Approved {
                by: "Regional partnership board".into(),
                at: 3_000,
            },
        },
    )
    .unwrap();
    let late = Command::AddFeedback {
        part: Part::Definition,
        version: 2,
        feedback: Feedback {
            from: "Late".into(),
            response: Response::Disagree,
            comment: String::new(),
        },
    };
    assert_eq!(
        run(&mut history, &mut project, late),
        Err(CommandError::Approved(2))
    );
    assert_eq!(
        run(
            &mut history,
            &mut project,
            Command::SetVersionStatus {
                part: Part::Definition,
                version: 2,
                status: VersionStatus::Draft
            }
        ),
        Err(CommandError::Approved(2))
    );
    // Undo of the approval is still possible: a mistake in the room is put right.
    history.undo(&mut project).unwrap();
    assert!(!project.definition.versions[1].is_approved());
}

#[test]
fn the_definition_survives_save_and_load() {
    let (mut project, [trust, ..]) = workshop();
    apply(
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: "Trust.".into(),
        },
    )
    .unwrap();
    apply(
        &mut project,
        Command::LinkSentence {
            part: Part::Definition,
            sentence: "Trust.".into(),
            themes: [trust].into(),
        },
    )
    .unwrap();
    apply(
        &mut project,
        Command::SaveVersion {
            part: Part::Definition,
            note: String::new(),
            at: 5,
        },
    )
    .unwrap();
    let text = cytun::store::to_ron(&project).unwrap();
    assert_eq!(cytun::store::parse(&text).unwrap(), project);
}

#[test]
fn a_voters_dots_follow_them_when_the_list_changes() {
    let (mut project, [trust, voice, food]) = workshop();
    let names = |list: &[&str]| list.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
    apply(
        &mut project,
        Command::SetVoting {
            participants: names(&["Ann", "Bob", "Cai"]),
            dots_per_person: 3,
        },
    )
    .unwrap();
    for (who, theme) in [(0, trust), (1, voice), (2, food)] {
        apply(
            &mut project,
            Command::CastDot {
                participant: who,
                theme,
            },
        )
        .unwrap();
    }
    // Bob leaves the list: his dot goes, Cai keeps hers.
    apply(
        &mut project,
        Command::SetVoting {
            participants: names(&["Ann", "Cai"]),
            dots_per_person: 3,
        },
    )
    .unwrap();
    let voting = &project.definition.voting;
    assert_eq!(voting.dots[&0], [trust]);
    assert_eq!(voting.dots[&1], [food], "Cai's dot stays Cai's");
    assert!(!voting.tally().contains_key(&voice));
}

#[test]
fn a_tie_stays_only_while_the_same_theme_is_ranked_just_before() {
    use cytun::model::definition::rank_places;
    let (mut project, [trust, voice, food]) = workshop();
    apply(
        &mut project,
        Command::UseVotedOrder {
            order: vec![trust, voice, food],
            tied: [voice].into(),
        },
    )
    .unwrap();
    let places = |p: &Project| {
        let themes = p.themes.keys().copied().collect();
        rank_places(&p.definition.tied, &ranked_themes(&p.definition, &themes))
    };
    assert_eq!(places(&project), vec![(1, true), (1, true), (3, false)]);
    // Moving the theme below the tie keeps it; splitting the pair ends it.
    apply(
        &mut project,
        Command::SetRanking {
            order: vec![food, trust, voice],
        },
    )
    .unwrap();
    assert_eq!(places(&project), vec![(1, false), (2, true), (2, true)]);
    apply(
        &mut project,
        Command::SetRanking {
            order: vec![voice, food, trust],
        },
    )
    .unwrap();
    assert!(project.definition.tied.is_empty());
    // Ties survive saving and loading.
    apply(
        &mut project,
        Command::UseVotedOrder {
            order: vec![trust, voice, food],
            tied: [voice, food].into(),
        },
    )
    .unwrap();
    let loaded = cytun::store::parse(&cytun::store::to_ron(&project).unwrap()).unwrap();
    assert_eq!(places(&loaded), vec![(1, true), (1, true), (1, true)]);
}

#[test]
fn approving_a_second_version_keeps_the_first_in_the_record_unchangeable() {
    use cytun::model::definition::approval_concerns;
    let (mut project, _) = workshop();
    for (text, at) in [("We share power.", 10), ("We share power and time.", 20)] {
        apply(
            &mut project,
            Command::SetDraftText {
                part: Part::Definition,
                text: text.into(),
            },
        )
        .unwrap();
        apply(
            &mut project,
            Command::SaveVersion {
                part: Part::Definition,
                note: String::new(),
                at,
            },
        )
        .unwrap();
    }
    let approve = |version, by: &str, at| Command::SetVersionStatus {
        part: Part::Definition,
        version,
        status: VersionStatus::Approved { by: by.into(), at },
    };
    let concerns = approval_concerns(&project.definition, Part::Definition, 1);
    assert!(concerns.not_sense_checked && concerns.no_feedback && concerns.replaces.is_none());
    apply(&mut project, approve(1, "Board", 100)).unwrap();
    assert_eq!(
        approval_concerns(&project.definition, Part::Definition, 2).replaces,
        Some(1)
    );
    let before = project.clone();
    let undo = apply(&mut project, approve(2, "Regional board", 200)).unwrap();
    let versions = &project.definition.versions;
    assert_eq!(
        versions[0].status,
        VersionStatus::Superseded {
            by: "Board".into(),
            at: 100,
            replaced_at: 200
        }
    );
    assert!(versions[1].is_approved());
    // The replaced version never changes again.
    let refused = apply(
        &mut project,
        Command::AddFeedback {
            part: Part::Definition,
            version: 1,
            feedback: Feedback {
                from: "Late".into(),
                response: Response::Agree,
                comment: String::new(),
            },
        },
    );
    assert!(matches!(refused, Err(CommandError::Approved(1))));
    apply(&mut project, undo).unwrap();
    assert_eq!(project, before, "undo gives back the first approval");
}

#[test]
fn the_dots_a_new_set_up_would_take_back_are_counted_per_person() {
    let (mut project, [trust, voice, _]) = workshop();
    apply(
        &mut project,
        Command::SetVoting {
            participants: vec!["Aled".into(), "Bethan".into(), "Ceri".into()],
            dots_per_person: 3,
        },
    )
    .unwrap();
    for (participant, theme) in [(0, trust), (0, voice), (0, trust), (1, voice)] {
        apply(&mut project, Command::CastDot { participant, theme }).unwrap();
    }
    let voting = &project.definition.voting;
    let names = |list: &[&str]| list.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
    assert!(
        voting
            .dots_taken_back(&names(&["Aled", "Bethan", "Ceri"]), 3)
            .is_empty()
    );
    assert_eq!(
        voting.dots_taken_back(&names(&["Aled", "Bethan", "Ceri"]), 1),
        vec![("Aled".to_owned(), 2)]
    );
    assert_eq!(
        voting.dots_taken_back(&names(&["Ceri", "Aled"]), 3),
        vec![("Bethan".to_owned(), 1)],
        "a voter taken off the list loses their dots"
    );
}

/// The charter: principles a line each, linked to themes as the definition's sentences are,
/// with versions, feedback and approval of its own.
mod charter {
    use super::*;

    const PRINCIPLES: &str =
        "We will pay people for their time.\nWe will meet where people are.\nWe will listen.";

    fn drafted() -> (Project, History, [ThemeId; 3]) {
        let (mut project, themes) = workshop();
        let [trust, voice, food] = themes;
        let mut history = History::default();
        let steps = [
            Command::SetDraftText {
                part: Part::Definition,
                text: "Co-production is trust.".into(),
            },
            Command::SetDraftText {
                part: Part::Charter,
                text: PRINCIPLES.into(),
            },
            Command::LinkSentence {
                part: Part::Charter,
                sentence: "We will pay people for their time.".into(),
                themes: [food, voice].into(),
            },
            Command::LinkSentence {
                part: Part::Charter,
                sentence: "We will listen.".into(),
                themes: [trust].into(),
            },
        ];
        for step in steps {
            run(&mut history, &mut project, step).unwrap();
        }
        (project, history, themes)
    }

    fn links_of(project: &Project, principle: &str) -> BTreeSet<ThemeId> {
        super::links_of(project, Part::Charter, principle)
    }

    #[test]
    fn principles_keep_their_links_through_edits_merges_and_dissolves() {
        let (mut project, mut history, [trust, voice, food]) = drafted();
        // Reordered and marked as a list, one principle reworded: the links follow.
        run(
            &mut history,
            &mut project,
            Command::SetDraftText {
                part: Part::Charter,
                text: "- We will listen.\n- We will pay people fairly for their time.\n- We will meet where people are.".into(),
            },
        )
        .unwrap();
        assert_eq!(links_of(&project, "We will listen."), [trust].into());
        assert_eq!(
            links_of(&project, "We will pay people fairly for their time."),
            [food, voice].into()
        );
        // The definition's draft is another text, untouched.
        assert_eq!(project.definition.draft.text, "Co-production is trust.");
        run(
            &mut history,
            &mut project,
            Command::MergeThemes {
                from: food,
                into: voice,
            },
        )
        .unwrap();
        assert_eq!(
            links_of(&project, "We will pay people fairly for their time."),
            [voice].into()
        );
        run(
            &mut history,
            &mut project,
            Command::DissolveTheme { theme: trust },
        )
        .unwrap();
        assert!(links_of(&project, "We will listen.").is_empty());
        // Undo brings the link back with the theme.
        history.undo(&mut project).unwrap();
        assert_eq!(links_of(&project, "We will listen."), [trust].into());
    }

    #[test]
    fn the_charter_has_its_own_versions_feedback_and_approval() {
        let (mut project, mut history, _) = drafted();
        for part in [Part::Definition, Part::Charter] {
            run(
                &mut history,
                &mut project,
                Command::SaveVersion {
                    part,
                    note: "For the carers' forum".into(),
                    at: 100,
                },
            )
            .unwrap();
        }
        run(
            &mut history,
            &mut project,
            Command::AddFeedback {
                part: Part::Charter,
                version: 1,
                feedback: Feedback {
                    from: "Carers' forum".into(),
                    response: Response::Agree,
                    comment: String::new(),
                },
            },
        )
        .unwrap();
        run(
            &mut history,
            &mut project,
            Command::SetVersionStatus {
                part: Part::Charter,
                version: 1,
                status: VersionStatus::Approved {
                    by: "Regional Partnership Board".into(),
                    at: 200,
                },
            },
        )
        .unwrap();
        let definition = &project.definition;
        let charter = &definition.charter.versions[0];
        assert_eq!(charter.text, PRINCIPLES);
        assert_eq!(charter.feedback.len(), 1);
        assert!(charter.is_approved());
        // The definition's version 1 is its own: no feedback, not approved.
        assert!(definition.versions[0].feedback.is_empty());
        assert!(!definition.versions[0].is_approved());
        assert!(definition.approved(Part::Definition).is_none());
        // An approved version of the charter never changes again.
        let refused = run(
            &mut history,
            &mut project,
            Command::AddFeedback {
                part: Part::Charter,
                version: 1,
                feedback: Feedback {
                    from: "Late".into(),
                    response: Response::Disagree,
                    comment: String::new(),
                },
            },
        );
        assert_eq!(refused, Err(CommandError::Approved(1)));
    }

    #[test]
    fn the_charter_survives_save_and_load_and_an_older_cytun_refuses_it() {
        let (project, _, _) = drafted();
        let text = cytun::store::to_ron(&project).unwrap();
        assert!(text.contains("charter"));
        assert_eq!(cytun::store::parse(&text).unwrap(), project);
        // Written as format 4: a Cytûn that knows only 3 refuses it rather than drop it.
        assert!(text.contains("format_version: 4"));
        // A project without a charter says nothing of one.
        let (plain, _) = workshop();
        assert!(!cytun::store::to_ron(&plain).unwrap().contains("charter"));
    }
}

#[test]
fn only_versions_saved_after_the_last_approval_are_open_to_feedback() {
    let (mut project, _) = workshop();
    let mut history = History::default();
    for (at, text) in [(1, "One."), (2, "Two."), (3, "Three.")] {
        for step in [
            Command::SetDraftText {
                part: Part::Definition,
                text: text.into(),
            },
            Command::SaveVersion {
                part: Part::Definition,
                note: String::new(),
                at,
            },
        ] {
            run(&mut history, &mut project, step).unwrap();
        }
    }
    let open = |p: &Project| -> Vec<u32> {
        p.definition
            .open_versions(Part::Definition)
            .iter()
            .map(|v| v.number)
            .collect()
    };
    assert_eq!(open(&project), [1, 2, 3], "nothing approved: all open");
    run(
        &mut history,
        &mut project,
        Command::SetVersionStatus {
            part: Part::Definition,
            version: 2,
            status: VersionStatus::Approved {
                by: "The board".into(),
                at: 4,
            },
        },
    )
    .unwrap();
    // Version 1 was passed over by the approval of 2; 3 came after it and is still open.
    assert_eq!(open(&project), [3]);
    assert!(project.definition.open_versions(Part::Charter).is_empty());
}
