//! The commands for ranking, voting, drafting and versions. Each returns, as its undo, the
//! whole definition as it was: it is small, and a snapshot cannot get an inverse wrong.

use super::Command;
use super::apply::CommandError;
use crate::model::Definition;
use crate::model::Project;
use crate::model::ThemeId;
use crate::model::definition::{
    Part, SentenceLink, Version, VersionStatus, carry_links, ties_kept,
};

pub(super) fn apply_definition(
    project: &mut Project,
    command: Command,
) -> Result<Command, CommandError> {
    let before = project.definition.clone();
    let keep_phones = !touches_phones(&command);
    match command {
        Command::SetRanking { .. } | Command::UseVotedOrder { .. } => rank(project, command)?,
        Command::SetVoting { .. }
        | Command::CastDot { .. }
        | Command::WithdrawDot { .. }
        | Command::CastPhoneDot { .. }
        | Command::WithdrawPhoneDot { .. }
        | Command::SetPaperVotes { .. } => vote(project, command)?,
        _ => draft(project, command)?,
    }
    Ok(Command::SetDefinition {
        definition: Box::new(before),
        keep_phones,
    })
}

/// Whether a command changes what phones gave (dots, feedback): its undo puts those back
/// too. Any other's undo leaves them as they are by then.
fn touches_phones(command: &Command) -> bool {
    matches!(
        command,
        Command::SetVoting { .. }
            | Command::CastPhoneDot { .. }
            | Command::WithdrawPhoneDot { .. }
            | Command::AddFeedback { .. }
            | Command::SetDefinition {
                keep_phones: false,
                ..
            }
    )
}

/// `restored` with what phones gave as it is in `now`: their dots, and the feedback on each
/// version both have.
fn with_phones_of(now: &Definition, mut restored: Definition) -> Definition {
    restored.voting.phones = now.voting.phones.clone();
    for part in Part::ALL {
        let current = now.versions_of(part);
        for version in restored.drafting_mut(part).1.iter_mut() {
            if let Some(same) = current.iter().find(|v| v.number == version.number) {
                version.feedback = same.feedback.clone();
            }
        }
    }
    restored
}

/// The ranking: an order chosen by hand, or the one the dots gave.
fn rank(project: &mut Project, command: Command) -> Result<(), CommandError> {
    match command {
        Command::SetRanking { order } => {
            let order = checked_order(project, order)?;
            let definition = &mut project.definition;
            definition.tied = ties_kept(&definition.tied, &definition.ranking, &order);
            definition.ranking = order;
        }
        Command::UseVotedOrder { order, tied } => {
            let order = checked_order(project, order)?;
            let definition = &mut project.definition;
            definition.tied = tied
                .into_iter()
                .filter(|id| order.iter().skip(1).any(|t| t == id))
                .collect();
            definition.ranking = order;
        }
        _ => return Err(CommandError::Empty),
    }
    Ok(())
}

/// Dot voting: who votes, how many dots each, dots given and taken back, paper votes.
fn vote(project: &mut Project, command: Command) -> Result<(), CommandError> {
    let definition = &mut project.definition;
    match command {
        Command::SetVoting {
            participants,
            dots_per_person,
        } => definition.voting.set_up(participants, dots_per_person),
        Command::CastDot { participant, theme } => {
            if participant >= definition.voting.participants.len() {
                return Err(CommandError::MissingParticipant(participant));
            }
            let left = definition.voting.dots_left(participant);
            give_dot(
                &project.themes,
                &mut definition.voting.dots,
                (participant, left),
                theme,
            )?;
        }
        Command::WithdrawDot { participant, theme } => {
            take_dot_back(definition.voting.dots.get_mut(&participant), theme)?;
        }
        Command::CastPhoneDot { phone, theme } => {
            let left = definition.voting.phone_dots_left(phone);
            give_dot(
                &project.themes,
                &mut definition.voting.phones,
                (phone, left),
                theme,
            )?;
        }
        Command::WithdrawPhoneDot { phone, theme } => {
            take_dot_back(definition.voting.phones.get_mut(&phone), theme)?;
            // A phone with no dot left on any theme has not voted.
            definition.voting.phones.retain(|_, dots| !dots.is_empty());
        }
        Command::SetPaperVotes { theme, count } => {
            if !project.themes.contains_key(&theme) {
                return Err(CommandError::MissingTheme(theme));
            }
            if count == 0 {
                definition.voting.paper.remove(&theme);
            } else {
                definition.voting.paper.insert(theme, count);
            }
        }
        _ => return Err(CommandError::Empty),
    }
    Ok(())
}

/// One more dot on `theme` from `who` (a person or a phone) with `left` dots still to give;
/// a refusal changes nothing.
fn give_dot<K: Ord>(
    themes: &std::collections::BTreeMap<crate::model::ThemeId, crate::model::Theme>,
    dots: &mut std::collections::BTreeMap<K, Vec<crate::model::ThemeId>>,
    (who, left): (K, u32),
    theme: crate::model::ThemeId,
) -> Result<(), CommandError> {
    if !themes.contains_key(&theme) {
        return Err(CommandError::MissingTheme(theme));
    }
    if left == 0 {
        return Err(CommandError::NoDotsLeft);
    }
    dots.entry(who).or_default().push(theme);
    Ok(())
}

/// The latest of these dots on `theme` taken back; nothing to take back is refused.
fn take_dot_back(
    dots: Option<&mut Vec<crate::model::ThemeId>>,
    theme: crate::model::ThemeId,
) -> Result<(), CommandError> {
    let dots = dots.ok_or(CommandError::Empty)?;
    let at = dots
        .iter()
        .rposition(|t| *t == theme)
        .ok_or(CommandError::Empty)?;
    dots.remove(at);
    Ok(())
}

/// A draft and its versions (the definition's or the charter's): text, links, versions
/// saved, feedback, approval.
fn draft(project: &mut Project, command: Command) -> Result<(), CommandError> {
    let definition = &mut project.definition;
    match command {
        Command::SetDraftText { part, text } => {
            let (draft, _) = definition.drafting_mut(part);
            if text == draft.text {
                return Err(CommandError::Empty);
            }
            draft.links = carry_links(part, &draft.text, &draft.links, &text);
            draft.text = text;
        }
        Command::LinkSentence {
            part,
            sentence,
            themes,
        } => {
            if let Some(missing) = themes.iter().find(|id| !project.themes.contains_key(id)) {
                return Err(CommandError::MissingTheme(*missing));
            }
            let links = &mut definition.drafting_mut(part).0.links;
            links.retain(|link| link.sentence != sentence);
            if !themes.is_empty() {
                links.push(SentenceLink { sentence, themes });
            }
        }
        Command::SaveVersion { part, note, at } => {
            let (draft, versions) = definition.drafting_mut(part);
            let number = versions.last().map_or(1, |v| v.number.saturating_add(1));
            versions.push(Version {
                number,
                text: draft.text.clone(),
                links: draft.links.clone(),
                saved_at: at,
                note,
                feedback: Vec::new(),
                status: VersionStatus::Draft,
            });
        }
        Command::AddFeedback {
            part,
            version,
            feedback,
        } => {
            let target = open_version(definition.drafting_mut(part).1, version)?;
            target.feedback.push(feedback);
        }
        Command::SetVersionStatus {
            part,
            version,
            status,
        } => {
            let versions = definition.drafting_mut(part).1;
            let target = open_version(versions, version)?;
            if target.status == status || matches!(status, VersionStatus::Superseded { .. }) {
                return Err(CommandError::Empty);
            }
            // One approved version at a time: the one approved before is kept in the trail,
            // marked as replaced.
            if let VersionStatus::Approved { at: now, .. } = &status {
                let now = *now;
                for earlier in versions.iter_mut() {
                    if let VersionStatus::Approved { by, at } = &earlier.status {
                        earlier.status = VersionStatus::Superseded {
                            by: by.clone(),
                            at: *at,
                            replaced_at: now,
                        };
                    }
                }
            }
            let target = open_version(versions, version)?;
            target.status = status;
        }
        Command::SetDefinition {
            definition: restored,
            keep_phones,
        } => {
            *definition = if keep_phones {
                with_phones_of(definition, *restored)
            } else {
                *restored
            };
        }
        _ => return Err(CommandError::Empty),
    }
    Ok(())
}

/// `order` without repeats, once every theme in it is known to exist.
fn checked_order(project: &Project, order: Vec<ThemeId>) -> Result<Vec<ThemeId>, CommandError> {
    if let Some(missing) = order.iter().find(|id| !project.themes.contains_key(id)) {
        return Err(CommandError::MissingTheme(*missing));
    }
    let mut unique = Vec::with_capacity(order.len());
    for id in order {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    Ok(unique)
}

/// The version numbered `number`, if it may still change.
fn open_version(versions: &mut [Version], number: u32) -> Result<&mut Version, CommandError> {
    let version = versions
        .iter_mut()
        .find(|v| v.number == number)
        .ok_or(CommandError::MissingVersion(number))?;
    if version.is_settled() {
        return Err(CommandError::Approved(number));
    }
    Ok(version)
}
