//! Phones in the room: the facilitator's laptop serves one small page on the local network
//! while the room is open, and each participant contributes, gives their dots or answers a
//! version from their own phone. Nothing goes to the cloud. The server only reads views the
//! UI thread made and passes what phones did back as messages; the UI thread (or `cytun
//! room`) turns each into an ordinary command: one writer.

pub mod arrive;
pub mod host;
pub mod journal;
pub mod ledger;
pub mod page;
pub mod server;
pub mod token;
pub mod view;

pub use arrive::{Arrival, Arrived, Contribution};
pub use host::{RoomHost, RoomOptions};
pub use view::{Phase, RoomView};
