//! Which survey tool made an export, known by the columns it always writes, in any interface
//! language: by their names where the tool keeps them in English, by their place and their
//! answers where it translates them (Microsoft Forms and Google Forms do). The tool is shown
//! in the summary and says that the sheet has one row per person, so its name and contact
//! columns are personal rather than an author.

use super::profile::{Looks, Profile};

/// The survey tool whose export this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SurveyTool {
    MicrosoftForms,
    GoogleForms,
    SurveyMonkey,
    Typeform,
    Jotform,
    Qualtrics,
    LimeSurvey,
    SmartSurvey,
}

/// Google Forms' first column, "Timestamp", in the interface languages people here use.
const TIMESTAMP: &[&str] = &[
    "timestamp",
    "stampamser",
    "marcatemporal",
    "horodateur",
    "zeitstempel",
    "indicazionetemporale",
    "carimbodedata/hora",
    "时间戳记",
    "时间戳",
    "znacznikczasu",
];

impl SurveyTool {
    /// The tool's name, as it calls itself (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Self::MicrosoftForms => "Microsoft Forms",
            Self::GoogleForms => "Google Forms",
            Self::SurveyMonkey => "SurveyMonkey",
            Self::Typeform => "Typeform",
            Self::Jotform => "Jotform",
            Self::Qualtrics => "Qualtrics",
            Self::LimeSurvey => "LimeSurvey",
            Self::SmartSurvey => "SmartSurvey",
        }
    }

    /// The tool, from the squashed headers and each column's profile.
    pub fn detect(squashed: &[String], profiles: &[Profile]) -> Option<Self> {
        let has = |name: &str| squashed.iter().any(|h| h == name);
        let looks = |index: usize| profiles.get(index).map(Profile::looks);
        if has("responseid") && (has("startdate") || has("recordeddate")) {
            Some(Self::Qualtrics)
        } else if has("respondentid") && has("collectorid") {
            Some(Self::SurveyMonkey)
        } else if has("lastpage") && has("startlanguage") {
            Some(Self::LimeSurvey)
        } else if has("userno") && (has("started") || has("trackinglink")) {
            Some(Self::SmartSurvey)
        } else if has("submitdate(utc)") || (has("#") && has("networkid")) {
            Some(Self::Typeform)
        } else if has("submissiondate") || has("submissionid") {
            Some(Self::Jotform)
        } else if (has("starttime") && has("completiontime"))
            // In any language: an id counting the rows, then the start and completion times.
            || (matches!(looks(0), Some(Looks::Number | Looks::Identifier))
                && looks(1) == Some(Looks::Date)
                && looks(2) == Some(Looks::Date))
        {
            Some(Self::MicrosoftForms)
        } else if squashed
            .first()
            .is_some_and(|h| TIMESTAMP.contains(&h.as_str()))
            && looks(0) != Some(Looks::Open)
        {
            Some(Self::GoogleForms)
        } else {
            None
        }
    }
}
