//! Accepting connections and the limits on them: how many at once, from one address and in
//! all; how long a request may take to send its headers and its body; a body announced
//! larger than allowed refused unread; the headers every answer carries.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::http::{HeaderValue, header};
use axum::response::Response;

use super::handlers::too_large;

/// Bytes a request body may have: far more than 2,000 characters of any script need.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// Connections the system holds for the server before it takes them.
pub(super) const CONNECTION_QUEUE: u32 = 1024;

/// Connections open at once: every phone of a full room with some to spare (and well within
/// the 1,024 files a process may usually hold).
pub(super) const MAX_CONNECTIONS: usize = 700;

/// Connections open at once from one address: a phone needs one or two.
pub(super) const MAX_CONNECTIONS_PER_ADDRESS: usize = 32;

/// How long a client may take to send a request's headers (or, between requests, to start
/// the next) before it is let go.
pub(super) const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a client may take to send a request's body: then 408, and the connection ends.
pub(super) const BODY_TIMEOUT: Duration = Duration::from_secs(5);

/// The address a request came from (one phone, or one hostile client).
#[derive(Clone, Copy, Debug)]
pub(super) struct Peer(pub(super) std::net::IpAddr);

/// The connections open now, in all and by address: one phone (or one hostile client)
/// cannot take every connection the laptop can hold.
#[derive(Default)]
pub(super) struct Connections {
    pub(super) by_address: Mutex<std::collections::HashMap<std::net::IpAddr, usize>>,
}

/// One admitted connection; dropping it counts it out.
pub(super) struct Held {
    pub(super) connections: Arc<Connections>,
    pub(super) address: std::net::IpAddr,
}

impl Connections {
    pub(super) fn admit(self: &Arc<Self>, address: std::net::IpAddr) -> Option<Held> {
        let mut open = self
            .by_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let total: usize = open.values().sum();
        let mine = open.entry(address).or_default();
        // This laptop itself (its own browser, a second window) is not one phone; any other
        // address is, 127.0.0.2 included.
        let one_phone = !matches!(
            address,
            std::net::IpAddr::V4(v4) if v4 == std::net::Ipv4Addr::LOCALHOST
        ) && address != std::net::IpAddr::V6(std::net::Ipv6Addr::LOCALHOST);
        if (one_phone && *mine >= MAX_CONNECTIONS_PER_ADDRESS) || total >= MAX_CONNECTIONS {
            return None;
        }
        *mine += 1;
        Some(Held {
            connections: Arc::clone(self),
            address,
        })
    }

    pub(super) fn total(&self) -> usize {
        self.by_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .sum()
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut open = self
            .connections
            .by_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.address) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.address);
            }
        }
    }
}

/// A body announced larger than the limit is refused before any of it is read: a client
/// that says "100 MB" and sends nothing is not waited for.
pub(super) async fn refuse_announced_size(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return too_large();
    }
    next.run(request).await
}

/// The headers every answer carries: scripts and styles only from this server, no framing,
/// nothing guessed about a type, no address passed on to another site, nothing cached.
pub(super) async fn guarded(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
             img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_address_cannot_take_every_connection_and_a_closed_one_is_counted_out() {
        let open = Arc::new(Connections::default());
        let phone: std::net::IpAddr = [192, 168, 1, 23].into();
        let held: Vec<Held> = (0..MAX_CONNECTIONS_PER_ADDRESS)
            .filter_map(|_| open.admit(phone))
            .collect();
        assert_eq!(held.len(), MAX_CONNECTIONS_PER_ADDRESS);
        assert!(open.admit(phone).is_none(), "one more from the same phone");
        assert!(
            open.admit([192, 168, 1, 24].into()).is_some(),
            "another phone"
        );
        drop(held);
        assert!(open.admit(phone).is_some(), "room again once they closed");
        let everyone: Vec<Held> = (0..MAX_CONNECTIONS * 2)
            .filter_map(|n| open.admit([10, 0, (n / 250) as u8, (n % 250) as u8].into()))
            .collect();
        assert_eq!(
            open.total(),
            MAX_CONNECTIONS,
            "never more than the room can hold"
        );
        drop(everyone);
    }
}
