//! Reading across contributions: which words and phrases people used in common. Pure text
//! work, no egui, so it is tested directly and benchmarked on 10,000 notes.

pub mod agreement;
pub mod contributions;
mod english_forms;
pub mod meaning;
mod mutation;
pub mod search;
mod stop_words;
pub mod suggest;
pub mod words;

pub use words::{WordCount, words_in_common};
