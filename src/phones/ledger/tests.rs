use super::*;
use crate::model::{Consent, Language, Prompt};
use crate::phones::view::ThemeView;

fn voting_view() -> RoomView {
    RoomView {
        phase: Phase::Vote,
        budget: 2,
        themes: vec![ThemeView {
            id: 5,
            title: "Paned".into(),
            meaning: String::new(),
            quotes: Vec::new(),
        }],
        ..RoomView::default()
    }
}

fn joined(ledger: &mut Ledger, now: Instant) -> (String, u32) {
    let token = Token::new().unwrap();
    let (number, _) = ledger.join(&token, now).unwrap();
    (token.as_str().to_owned(), number)
}

#[test]
fn the_budget_holds_across_what_was_sent_and_what_the_project_took_in() {
    let now = Instant::now();
    let mut ledger = Ledger::new(voting_view());
    let (device, phone) = joined(&mut ledger, now);
    assert_eq!(ledger.phone(&device, now), Ok(phone));
    let theme = ThemeId(5);
    let first = ledger.dot(phone, theme, true).unwrap();
    ledger.dot(phone, theme, true).unwrap();
    assert_eq!(ledger.dot(phone, theme, true), Err(Refusal::NoDotsLeft));
    // The project takes in the first only: the second is still counted as sent.
    let mut view = voting_view();
    view.phone_dots.insert(phone, vec![theme]);
    view.applied = first.number;
    ledger.publish(view);
    assert_eq!(ledger.dots_of(phone), vec![theme, theme]);
    assert_eq!(ledger.dot(phone, theme, true), Err(Refusal::NoDotsLeft));
    // The facilitator undid both: the phone has its dots again.
    let mut view = voting_view();
    view.applied = first.number + 1;
    ledger.publish(view);
    assert!(ledger.dots_of(phone).is_empty());
    assert_eq!(ledger.dot(phone, theme, false), Err(Refusal::NoDotHere));
    assert_eq!(
        ledger.dot(phone, ThemeId(6), true),
        Err(Refusal::NoSuchTheme)
    );
}

#[test]
fn a_phone_that_asks_too_fast_waits_and_an_unknown_one_is_refused() {
    let now = Instant::now();
    let mut ledger = Ledger::new(voting_view());
    let (device, _) = joined(&mut ledger, now);
    let allowed = (0..100)
        .filter(|_| ledger.phone(&device, now).is_ok())
        .count();
    assert_eq!(allowed, BURST as usize);
    assert_eq!(ledger.phone(&device, now), Err(Refusal::TooFast));
    assert!(ledger.phone(&device, now + Duration::from_secs(1)).is_ok());
    assert_eq!(
        ledger.phone("not-a-device", now),
        Err(Refusal::UnknownPhone)
    );
}

#[test]
fn the_room_is_full_at_three_hundred_phones_and_wrong_codes_stop_being_heard() {
    let now = Instant::now();
    let mut ledger = Ledger::new(voting_view());
    for _ in 0..MAX_PHONES {
        joined(&mut ledger, now);
    }
    let late = ledger.join(&Token::new().unwrap(), now);
    assert_eq!(late.map(|(n, _)| n), Err(Refusal::RoomFull));
    let guesser: IpAddr = [192, 168, 1, 66].into();
    let someone_else: IpAddr = [192, 168, 1, 23].into();
    for _ in 0..WRONG_CODES_PER_MINUTE {
        assert!(ledger.codes_open(guesser, now));
        ledger.code_refused(guesser, now);
    }
    assert!(!ledger.codes_open(guesser, now));
    assert!(
        ledger.codes_open(someone_else, now),
        "one guesser locks out no one else"
    );
    assert!(ledger.codes_open(guesser, now + Duration::from_secs(61)));
}

#[test]
fn contributions_and_answers_are_checked() {
    let now = Instant::now();
    let mut ledger = Ledger::new(RoomView::default());
    let (_, phone) = joined(&mut ledger, now);
    let written = |text: &str| Contribution {
        text: text.into(),
        prompt: Prompt::Smells,
        language: Language::English,
        consent: Consent::DoNotQuote,
        name: String::new(),
    };
    assert_eq!(
        ledger.contribute(phone, written(" \u{7}\n ")),
        Err(Refusal::Empty)
    );
    let long = "ŵ".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(
        ledger.contribute(phone, written(&long)),
        Err(Refusal::TooLong)
    );
    let fits = "ŵ".repeat(MAX_TEXT_CHARS);
    assert!(ledger.contribute(phone, written(&fits)).is_ok());
    let Arrived::Contribution { contribution, .. } = ledger
        .contribute(phone, written("  Bara\u{0}brith\n"))
        .unwrap()
        .what
    else {
        panic!("a contribution arrives as one");
    };
    assert_eq!(contribution.text, "Barabrith");
    assert_eq!(
        ledger.answer(
            phone,
            VersionId {
                part: crate::model::definition::Part::Definition,
                number: 1
            },
            Response::Agree,
            ""
        ),
        Err(Refusal::NotNow)
    );
    assert_eq!(ledger.dot(phone, ThemeId(5), true), Err(Refusal::NotNow));
}
