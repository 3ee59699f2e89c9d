//! What each request gets: the page and its assets, joining, the room's state, and a
//! contribution, a dot or an answer, each checked against the ledger before it counts.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::Shared;
use super::limits::{BODY_TIMEOUT, MAX_BODY_BYTES, Peer};
use super::wire::{AnswerIn, ContributionIn, Done, DotIn, DotsOut, JoinIn, Joined, Said, StateOut};
use crate::model::definition::{Response as Answer, VersionId};
use crate::model::{Consent, Language, Prompt, ThemeId};
use crate::phones::arrive::{Arrival, Contribution};
use crate::phones::ledger::{Ledger, Refusal};
use crate::phones::page;
use crate::phones::token::Token;

/// The header a phone names itself by.
pub(super) const DEVICE_HEADER: &str = "x-cytun-device";

pub(super) fn asset(kind: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], text).into_response()
}

pub(super) fn html_page() -> Response {
    asset("text/html; charset=utf-8", page::HTML)
}

/// The page at the short address: the phone types the join code.
pub(super) async fn page_by_code() -> Response {
    html_page()
}

/// The page at the join address on the QR code.
pub(super) async fn page_by_token(
    State(shared): State<Arc<Shared>>,
    Path(token): Path<String>,
) -> Response {
    if shared.token.matches(&token) {
        html_page()
    } else {
        refused(Refusal::WrongRoom)
    }
}

pub(super) async fn strings(State(shared): State<Arc<Shared>>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        shared.strings.clone(),
    )
        .into_response()
}

/// JSON that is safe wherever it lands: `<`, `>` and `&` are written as escapes, so no text
/// a participant wrote can close a tag, even in a page that got it wrong.
pub(super) fn json(status: StatusCode, value: &impl Serialize) -> Response {
    let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned());
    let text = text
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

pub(super) fn refused(refusal: Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::BAD_REQUEST);
    json(
        status,
        &Said {
            error: refusal.key(),
        },
    )
}

/// A body that is not the JSON asked for: 400, and nothing of it echoed back. One sent too
/// slowly (a client that stops halfway) is let go after a few seconds with 408; one larger
/// than the limit, 413.
pub(super) async fn parsed<T: for<'de> Deserialize<'de>>(body: Body) -> Result<T, Response> {
    let bytes = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY_BYTES))
        .await
    {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return Err(too_large()),
        Err(_) => {
            let mut response = refused(Refusal::TooSlow);
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return Err(response);
        }
    };
    serde_json::from_slice(&bytes).map_err(|_| refused(Refusal::BadRequest))
}

/// 413, and the connection ends: the rest of what it sends is not read.
pub(super) fn too_large() -> Response {
    let mut response = json(StatusCode::PAYLOAD_TOO_LARGE, &Said { error: "too_long" });
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

pub(super) async fn join(
    State(shared): State<Arc<Shared>>,
    axum::Extension(Peer(from)): axum::Extension<Peer>,
    body: Body,
) -> Response {
    let request: JoinIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let now = Instant::now();
    let mut ledger = shared.ledger();
    let allowed = match (&request.room, &request.code) {
        (Some(room), _) => shared.token.matches(room),
        (None, Some(code)) => {
            if !ledger.codes_open(from, now) {
                return refused(Refusal::TooFast);
            }
            shared.code.matches(code)
        }
        (None, None) => false,
    };
    if !allowed {
        if request.room.is_none() {
            ledger.code_refused(from, now);
        }
        return refused(Refusal::WrongRoom);
    }
    let Some(device) = Token::new() else {
        return refused(Refusal::RoomFull);
    };
    match ledger.join(&device, now) {
        Ok((phone, arrival)) => {
            // Only counted: passed on in its turn, nothing to wait for.
            drop(shared.keep(arrival));
            drop(ledger);
            json(
                StatusCode::OK,
                &Joined {
                    device: device.as_str(),
                    phone,
                    room: shared.token.as_str(),
                },
            )
        }
        Err(refusal) => refused(refusal),
    }
}

/// The phone behind a request, if it may ask now.
pub(super) fn phone_of(headers: &HeaderMap, ledger: &mut Ledger) -> Result<u32, Refusal> {
    let device = headers
        .get(DEVICE_HEADER)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    ledger.phone(device, Instant::now())
}

pub(super) fn state_of(ledger: &Ledger, phone: u32) -> Response {
    let view = ledger.view();
    json(
        StatusCode::OK,
        &StateOut {
            phase: view.phase,
            phone,
            budget: view.budget,
            dots: ledger.dots_of(phone).iter().map(|t| t.0).collect(),
            themes: &view.themes,
            version: view.version.as_ref(),
            answered: view
                .version
                .as_ref()
                .is_some_and(|v| ledger.has_answered(phone, v.id())),
            questions: &view.questions,
            senses: &view.senses,
        },
    )
}

pub(super) async fn state(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let mut ledger = shared.ledger();
    match phone_of(&headers, &mut ledger) {
        Ok(phone) => state_of(&ledger, phone),
        Err(refusal) => refused(refusal),
    }
}

/// Runs one change for the phone behind `headers`: refused, or kept on disk, passed on and
/// answered with what `reply` says of the phone after it (small: a room's phones all answer
/// at once). A phone hears "done" only once what it sent is on disk; if it could not be
/// written, it hears so, and the ledger forgets it.
pub(super) async fn change(
    shared: &Shared,
    headers: &HeaderMap,
    act: impl FnOnce(&mut Ledger, u32) -> Result<Arrival, Refusal>,
    reply: fn(&Ledger, u32) -> Response,
) -> Response {
    let (kept, answer, sent) = {
        let mut ledger = shared.ledger();
        let phone = match phone_of(headers, &mut ledger) {
            Ok(phone) => phone,
            Err(refusal) => return refused(refusal),
        };
        match act(&mut ledger, phone) {
            Ok(arrival) => {
                let sent = arrival.clone();
                let answer = reply(&ledger, phone);
                (shared.keep(arrival), answer, sent)
            }
            Err(refusal) => return refused(refusal),
        }
    };
    if let Ok(Ok(())) = kept.await {
        answer
    } else {
        shared.ledger().forget(&sent);
        refused(Refusal::NotKept)
    }
}

/// After a dot: the phone's dots now.
pub(super) fn dots_reply(ledger: &Ledger, phone: u32) -> Response {
    json(
        StatusCode::OK,
        &DotsOut {
            budget: ledger.view().budget,
            dots: ledger.dots_of(phone).iter().map(|t| t.0).collect(),
        },
    )
}

/// After a contribution or an answer: taken.
pub(super) fn done_reply(_: &Ledger, _: u32) -> Response {
    json(StatusCode::OK, &Done { done: true })
}

pub(super) async fn contribute(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request: ContributionIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    // One of this project's own questions, by its place in the list the phone was shown.
    let asked: Option<usize> = request
        .prompt
        .strip_prefix('q')
        .and_then(|n| n.parse().ok());
    let mut contribution = Contribution {
        text: request.text,
        prompt: match request.prompt.as_str() {
            "smells" => Prompt::Smells,
            "tastes" => Prompt::Tastes,
            "sounds" => Prompt::Sounds,
            "looks" => Prompt::Looks,
            "feels" => Prompt::Feels,
            _ => Prompt::Unspecified,
        },
        language: if request.language == "cy" {
            Language::Welsh
        } else {
            Language::English
        },
        // Anything but a clear choice is the most careful one.
        consent: match request.consent.as_str() {
            "with-name" => Consent::QuoteWithName,
            "anonymous" => Consent::QuoteAnonymously,
            _ => Consent::DoNotQuote,
        },
        name: request.name,
    };
    change(
        &shared,
        &headers,
        |ledger, phone| {
            if let Some(question) = asked.and_then(|i| ledger.view().questions.get(i)) {
                contribution.prompt = Prompt::Other(question.clone());
            }
            ledger.contribute(phone, contribution)
        },
        done_reply,
    )
    .await
}

pub(super) async fn dot(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request: DotIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    change(
        &shared,
        &headers,
        |ledger, phone| ledger.dot(phone, ThemeId(request.theme), request.give),
        dots_reply,
    )
    .await
}

pub(super) async fn answer(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request: AnswerIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let response = match request.response.as_str() {
        "agree" => Answer::Agree,
        "agree-with-changes" => Answer::AgreeWithChanges,
        "disagree" => Answer::Disagree,
        _ => return refused(Refusal::BadRequest),
    };
    change(
        &shared,
        &headers,
        |ledger, phone| {
            let version = VersionId {
                part: request.part,
                number: request.version,
            };
            ledger.answer(phone, version, response, &request.comment)
        },
        done_reply,
    )
    .await
}
