//! Every word the user sees comes from the Fluent catalogues in `assets/i18n/{en,cy}/`.
//! Fluent handles CLDR plural rules, which Welsh needs (zero/one/two/few/many/other).

mod dates;
mod describe;
pub mod labels;
mod time_ago;

pub use dates::{date, from_unix, when_changed};
pub use describe::{
    command_error, describe_arrival, describe_change, load_error, replaced_characters, save_error,
};
pub use time_ago::time_ago;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::{LanguageIdentifier, langid};

/// The English catalogue, compiled in so the app never starts without words.
pub const ENGLISH_FTL: &str = include_str!("../../assets/i18n/en/cytun.ftl");
/// The Welsh catalogue.
pub const WELSH_FTL: &str = include_str!("../../assets/i18n/cy/cytun.ftl");

/// The language of the user interface (not of a note: see `model::Language`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UiLanguage {
    #[default]
    English,
    Welsh,
}

impl UiLanguage {
    pub const ALL: [Self; 2] = [Self::English, Self::Welsh];

    /// The language's own name, which is how people look for it in a list.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Welsh => "Cymraeg",
        }
    }

    /// Welsh when the environment asks for it (`LANG=cy_GB.UTF-8`), English otherwise.
    pub fn from_env() -> Self {
        let wants_welsh = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|key| std::env::var(key).ok())
            .find(|value| !value.is_empty())
            .is_some_and(|value| value.starts_with("cy"));
        if wants_welsh {
            Self::Welsh
        } else {
            Self::English
        }
    }
}

/// The loaded catalogues and the chosen language.
pub struct I18n {
    language: UiLanguage,
    english: FluentBundle<FluentResource>,
    welsh: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl I18n {
    pub fn new(language: UiLanguage) -> Self {
        Self {
            language,
            english: bundle(langid!("en"), ENGLISH_FTL),
            welsh: bundle(langid!("cy"), WELSH_FTL),
        }
    }

    pub fn language(&self) -> UiLanguage {
        self.language
    }

    pub fn set_language(&mut self, language: UiLanguage) {
        self.language = language;
    }

    /// The message `id` in the current language.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments (counts select plural forms).
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(text) => FluentValue::from(*text),
                Arg::Num(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let preferred = match self.language {
            UiLanguage::English => &self.english,
            UiLanguage::Welsh => &self.welsh,
        };
        [preferred, &self.english]
            .into_iter()
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned(),
                )
            })
            // Only reachable if a catalogue lacks an id; a test makes sure none does.
            .unwrap_or_else(|| id.to_owned())
    }
}

/// A message kept as its id and arguments, so it can be said again in another language
/// (a message on screen when the user switches to Cymraeg).
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    id: String,
    args: Vec<(String, SaidArg)>,
}

#[derive(Clone, Debug, PartialEq)]
enum SaidArg {
    Str(String),
    Num(f64),
}

impl Said {
    pub fn new(id: &str, args: &[(&str, Arg<'_>)]) -> Self {
        Self {
            id: id.to_owned(),
            args: args
                .iter()
                .map(|(name, value)| {
                    let value = match value {
                        Arg::Str(text) => SaidArg::Str((*text).to_owned()),
                        Arg::Num(number) => SaidArg::Num(*number),
                    };
                    ((*name).to_owned(), value)
                })
                .collect(),
        }
    }

    /// Whether its arguments are all language-free (paths, names, numbers): then it can be
    /// said again whole in another language. A reason or a date was put into words already,
    /// in the language of the moment: such a message is better kept whole than half changed.
    pub fn can_be_said_again(&self) -> bool {
        const WORDED: [&str; 8] = [
            "reason", "when", "date", "kind", "place", "change", "status", "summary",
        ];
        !self.args.iter().any(|(name, value)| {
            matches!(value, SaidArg::Str(_)) && WORDED.contains(&name.as_str())
        })
    }

    /// The message in `tr`'s language.
    pub fn render(&self, tr: &I18n) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    SaidArg::Str(text) => Arg::Str(text),
                    SaidArg::Num(number) => Arg::Num(*number),
                };
                (name.as_str(), value)
            })
            .collect();
        tr.tr_args(&self.id, &args)
    }
}

/// A value for a message argument.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Str(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Str(text)
    }
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Self::Num(count as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(count: u32) -> Self {
        Self::Num(f64::from(count))
    }
}

impl From<u64> for Arg<'_> {
    fn from(count: u64) -> Self {
        Self::Num(count as f64)
    }
}

fn bundle(language: LanguageIdentifier, source: &str) -> FluentBundle<FluentResource> {
    // A syntax error in a shipped catalogue is caught by tests; keep whatever parsed.
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new(vec![language]);
    // Isolation marks render as boxes in egui and confuse the CLI's plain output.
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(resource);
    bundle
}
