//! Every keyboard shortcut in one table: its keys, what it asks for, where it works and how the
//! F1 overlay names it. The window and the board both read their keys from here, so the list
//! the room is shown is the list the keys follow.

use eframe::egui::{Event, Key, KeyboardShortcut, Modifiers, Ui};

/// Where a shortcut works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the window, even while typing: what is being typed is committed first.
    Window,
    /// Anywhere in the window, even while typing; nothing typed is disturbed (text size).
    WindowView,
    /// Anywhere in the window, but not while typing in a field (a field has its own undo).
    WindowNotTyping,
    /// In presentation mode, when nothing is being edited on the board.
    Presenting,
    /// On the board, when it has the keyboard or nothing else does.
    Board,
    /// In the Rank view, when nothing is being typed.
    Rank,
    /// Read by egui's own controls outside the board (buttons, lists, fields): listed so
    /// that a keyboard-only person finds them.
    Controls,
    /// Read by the board's own gestures (drags, paste): listed in the overlay only.
    Gesture,
}

/// Which way an arrow key points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// What a shortcut asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Undo,
    Redo,
    Save,
    SaveAs,
    Open,
    New,
    SelectAll,
    Edit,
    Escape,
    Delete,
    Group,
    MoveToTheme,
    Fit,
    Focus,
    Present,
    LeavePresenting,
    TextBigger,
    TextSmaller,
    TextUsual,
    Search,
    ZoomIn,
    ZoomOut,
    Help,
    /// Open or close the room for phones.
    Room,
    /// Tab: the next note or theme in reading order.
    WalkNext,
    /// Shift+Tab: the previous one.
    WalkPrevious,
    /// An arrow: the nearest note or theme that way, or with nothing selected, pan.
    Go(Direction),
    /// Shift+arrow: add the nearest note that way to the selection.
    Extend(Direction),
    /// Ctrl+arrow: move the selected notes or theme a step that way.
    Nudge(Direction),
    /// Alt+Up in the Rank view: the selected theme one place higher.
    RankUp,
    /// Alt+Down in the Rank view: one place lower.
    RankDown,
    /// Tab outside the board: the next button, list or field.
    NextControl,
    /// Shift+Tab outside the board: the previous one.
    PreviousControl,
    /// Enter or Space: press the button that has the keyboard.
    PressControl,
    /// Handled by the board's gestures, not by a key press of its own.
    Gesture,
}

/// How the keys of a shortcut are written in the overlay.
#[derive(Clone, Copy, Debug)]
pub enum Keys {
    /// Key names every keyboard prints the same way.
    Literal(&'static str),
    /// Words that need translating: a catalogue id.
    Words(&'static str),
}

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub struct Shortcut {
    /// The key presses that trigger it (none for gestures).
    pub keys: &'static [KeyboardShortcut],
    pub action: Action,
    pub scope: Scope,
    /// How the overlay writes the keys.
    pub shown_as: Keys,
    /// The catalogue id of what it does, for the overlay.
    pub label: &'static str,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;
const ALT: Modifiers = Modifiers::ALT;

const fn row(
    keys: &'static [KeyboardShortcut],
    action: Action,
    scope: Scope,
    shown_as: &'static str,
    label: &'static str,
) -> Shortcut {
    Shortcut {
        keys,
        action,
        scope,
        shown_as: Keys::Literal(shown_as),
        label,
    }
}

/// A board row whose keys are written in words (the arrow keys).
const fn in_words(
    keys: &'static [KeyboardShortcut],
    action: Action,
    shown_as: &'static str,
    label: &'static str,
) -> Shortcut {
    Shortcut {
        keys,
        action,
        scope: Scope::Board,
        shown_as: Keys::Words(shown_as),
        label,
    }
}

/// Keys listed on another row's line of the overlay.
const fn unlisted(
    keys: &'static [KeyboardShortcut],
    action: Action,
    scope: Scope,
    label: &'static str,
) -> Shortcut {
    Shortcut {
        keys,
        action,
        scope,
        shown_as: Keys::Literal(""),
        label,
    }
}

const fn gesture(shown_as: Keys, label: &'static str) -> Shortcut {
    Shortcut {
        keys: &[],
        action: Action::Gesture,
        scope: Scope::Gesture,
        shown_as,
        label,
    }
}

/// Every shortcut, in the order the overlay lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    row(
        &[key(CTRL, Key::Z)],
        Action::Undo,
        Scope::WindowNotTyping,
        "Ctrl+Z",
        "shortcut-undo",
    ),
    row(
        &[key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)],
        Action::Redo,
        Scope::WindowNotTyping,
        "Ctrl+Shift+Z, Ctrl+Y",
        "shortcut-redo",
    ),
    row(
        &[key(CTRL, Key::S)],
        Action::Save,
        Scope::Window,
        "Ctrl+S",
        "shortcut-save",
    ),
    row(
        &[key(CTRL_SHIFT, Key::S)],
        Action::SaveAs,
        Scope::Window,
        "Ctrl+Shift+S",
        "shortcut-save-as",
    ),
    row(
        &[key(CTRL, Key::O)],
        Action::Open,
        Scope::Window,
        "Ctrl+O",
        "shortcut-open",
    ),
    row(
        &[key(CTRL, Key::N)],
        Action::New,
        Scope::Window,
        "Ctrl+N",
        "shortcut-new",
    ),
    row(
        &[key(CTRL, Key::A)],
        Action::SelectAll,
        Scope::Board,
        "Ctrl+A",
        "shortcut-select-all",
    ),
    row(
        &[key(NONE, Key::Enter)],
        Action::Edit,
        Scope::Board,
        "Enter",
        "shortcut-edit",
    ),
    row(
        &[key(NONE, Key::Escape)],
        Action::Escape,
        Scope::Board,
        "Escape",
        "shortcut-escape",
    ),
    row(
        &[key(NONE, Key::Delete), key(NONE, Key::Backspace)],
        Action::Delete,
        Scope::Board,
        "Delete",
        "shortcut-delete",
    ),
    row(
        &[key(CTRL, Key::G)],
        Action::Group,
        Scope::Board,
        "Ctrl+G",
        "shortcut-group",
    ),
    row(
        &[key(NONE, Key::M)],
        Action::MoveToTheme,
        Scope::Board,
        "M",
        "shortcut-move",
    ),
    row(
        &[key(NONE, Key::F)],
        Action::Fit,
        Scope::Board,
        "F",
        "shortcut-fit",
    ),
    row(
        &[key(NONE, Key::Z)],
        Action::Focus,
        Scope::Board,
        "Z",
        "shortcut-focus",
    ),
    row(
        &[key(NONE, Key::F11)],
        Action::Present,
        Scope::Window,
        "F11",
        "shortcut-present",
    ),
    row(
        &[key(CTRL, Key::Plus), key(CTRL, Key::Equals)],
        Action::TextBigger,
        Scope::WindowView,
        "Ctrl+  Ctrl−  Ctrl+0",
        "shortcut-text-size",
    ),
    row(
        &[key(CTRL, Key::F)],
        Action::Search,
        Scope::Window,
        "Ctrl+F",
        "shortcut-search",
    ),
    gesture(Keys::Literal("Ctrl+V"), "shortcut-paste"),
    row(
        &[key(NONE, Key::Plus), key(NONE, Key::Equals)],
        Action::ZoomIn,
        Scope::Board,
        "+  −",
        "shortcut-zoom",
    ),
    row(
        &[key(NONE, Key::Tab)],
        Action::WalkNext,
        Scope::Board,
        "Tab  Shift+Tab",
        "shortcut-walk",
    ),
    in_words(
        &[key(NONE, Key::ArrowLeft)],
        Action::Go(Direction::Left),
        "key-arrows",
        "shortcut-pan",
    ),
    in_words(
        &[key(SHIFT, Key::ArrowLeft)],
        Action::Extend(Direction::Left),
        "key-shift-arrows",
        "shortcut-extend",
    ),
    in_words(
        &[key(CTRL, Key::ArrowLeft)],
        Action::Nudge(Direction::Left),
        "key-ctrl-arrows",
        "shortcut-nudge",
    ),
    gesture(Keys::Words("key-shift-drag"), "shortcut-band"),
    gesture(Keys::Words("key-space-drag"), "shortcut-drag-pan"),
    Shortcut {
        keys: &[key(ALT, Key::ArrowUp)],
        action: Action::RankUp,
        scope: Scope::Rank,
        shown_as: Keys::Words("key-alt-up-down"),
        label: "shortcut-rank",
    },
    row(
        &[key(NONE, Key::Tab)],
        Action::NextControl,
        Scope::Controls,
        "Tab  Shift+Tab",
        "shortcut-controls",
    ),
    row(
        &[key(NONE, Key::Enter), key(NONE, Key::Space)],
        Action::PressControl,
        Scope::Controls,
        "Enter  Space",
        "shortcut-press",
    ),
    row(
        &[key(NONE, Key::F9)],
        Action::Room,
        Scope::WindowNotTyping,
        "F9",
        "shortcut-room",
    ),
    row(
        &[key(NONE, Key::F1)],
        Action::Help,
        Scope::WindowNotTyping,
        "F1  ?",
        "shortcut-help",
    ),
];

/// Keys that share a row of the overlay with another shortcut (one line says "Ctrl+ Ctrl−
/// Ctrl+0", one says "Arrow keys"), so they are not listed again.
const UNLISTED: &[Shortcut] = &[
    unlisted(
        &[key(CTRL, Key::Minus)],
        Action::TextSmaller,
        Scope::WindowView,
        "shortcut-text-size",
    ),
    unlisted(
        &[key(CTRL, Key::Num0)],
        Action::TextUsual,
        Scope::WindowView,
        "shortcut-text-size",
    ),
    unlisted(
        &[key(NONE, Key::Escape)],
        Action::LeavePresenting,
        Scope::Presenting,
        "shortcut-present",
    ),
    unlisted(
        &[key(NONE, Key::Minus)],
        Action::ZoomOut,
        Scope::Board,
        "shortcut-zoom",
    ),
    unlisted(
        &[key(SHIFT, Key::Tab)],
        Action::WalkPrevious,
        Scope::Board,
        "shortcut-walk",
    ),
    unlisted(
        &[key(NONE, Key::ArrowRight)],
        Action::Go(Direction::Right),
        Scope::Board,
        "shortcut-pan",
    ),
    unlisted(
        &[key(NONE, Key::ArrowUp)],
        Action::Go(Direction::Up),
        Scope::Board,
        "shortcut-pan",
    ),
    unlisted(
        &[key(NONE, Key::ArrowDown)],
        Action::Go(Direction::Down),
        Scope::Board,
        "shortcut-pan",
    ),
    unlisted(
        &[key(SHIFT, Key::ArrowRight)],
        Action::Extend(Direction::Right),
        Scope::Board,
        "shortcut-extend",
    ),
    unlisted(
        &[key(SHIFT, Key::ArrowUp)],
        Action::Extend(Direction::Up),
        Scope::Board,
        "shortcut-extend",
    ),
    unlisted(
        &[key(SHIFT, Key::ArrowDown)],
        Action::Extend(Direction::Down),
        Scope::Board,
        "shortcut-extend",
    ),
    unlisted(
        &[key(CTRL, Key::ArrowRight)],
        Action::Nudge(Direction::Right),
        Scope::Board,
        "shortcut-nudge",
    ),
    unlisted(
        &[key(CTRL, Key::ArrowUp)],
        Action::Nudge(Direction::Up),
        Scope::Board,
        "shortcut-nudge",
    ),
    unlisted(
        &[key(CTRL, Key::ArrowDown)],
        Action::Nudge(Direction::Down),
        Scope::Board,
        "shortcut-nudge",
    ),
    unlisted(
        &[key(SHIFT, Key::Tab)],
        Action::PreviousControl,
        Scope::Controls,
        "shortcut-controls",
    ),
    unlisted(
        &[key(ALT, Key::ArrowDown)],
        Action::RankDown,
        Scope::Rank,
        "shortcut-rank",
    ),
];

/// The shortcuts of `scope` pressed this frame, each once, in the table's order. Their keys
/// are consumed, so nothing else acts on them too.
pub fn pressed(ui: &Ui, scope: Scope) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.input_mut(|input| {
        input.events.retain(|event| {
            let Event::Key {
                key,
                modifiers,
                pressed: true,
                ..
            } = event
            else {
                return true;
            };
            match answer(scope, *key, *modifiers) {
                Some(action) => {
                    if !actions.contains(&action) {
                        actions.push(action);
                    }
                    false
                }
                None => true,
            }
        });
    });
    // "?" is typed with Shift on most keyboards and elsewhere with other keys: read as text.
    if scope == Scope::WindowNotTyping
        && !actions.contains(&Action::Help)
        && ui.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, Event::Text(t) if t == "?"))
        })
    {
        actions.push(Action::Help);
    }
    actions.sort_by_key(|action| table_position(*action));
    actions
}

/// Every row, those the overlay lists and those sharing a listed row's line.
pub fn all() -> impl Iterator<Item = &'static Shortcut> {
    SHORTCUTS.iter().chain(UNLISTED)
}

/// Whether `action` was pressed this frame in `scope`, taking only its keys (the board takes
/// Enter before egui would count it as a click).
pub fn take(ui: &Ui, scope: Scope, action: Action) -> bool {
    ui.input_mut(|input| {
        let before = input.events.len();
        input.events.retain(|event| {
            !matches!(event, Event::Key { key, modifiers, pressed: true, .. }
                if answer(scope, *key, *modifiers) == Some(action))
        });
        input.events.len() != before
    })
}

/// What `key` pressed with `modifiers` asks for in `scope`, by the table; `None` when the
/// table has no row for it there, so nothing answers it.
///
/// Ctrl must match. Shift and Alt must match for keys the table reads with them (the arrows,
/// Tab, Ctrl+Shift+Z); elsewhere they are ignored, as some keyboards need Shift or `AltGr` to
/// type "+", "−" or "0".
pub fn answer(scope: Scope, key: Key, modifiers: Modifiers) -> Option<Action> {
    let table = || SHORTCUTS.iter().chain(UNLISTED);
    let read_with = |wanted: fn(&Modifiers) -> bool| {
        table()
            .flat_map(|shortcut| shortcut.keys)
            .any(|chord| chord.logical_key == key && wanted(&chord.modifiers))
    };
    let shift_counts = read_with(|m| m.shift);
    let alt_counts = read_with(|m| m.alt);
    table()
        .filter(|shortcut| shortcut.scope == scope)
        .find(|shortcut| {
            shortcut.keys.iter().any(|chord| {
                chord.logical_key == key
                    && modifiers.cmd_ctrl_matches(chord.modifiers)
                    && (chord.modifiers.shift == modifiers.shift
                        || (!shift_counts && !chord.modifiers.shift))
                    && (chord.modifiers.alt == modifiers.alt
                        || (!alt_counts && !chord.modifiers.alt))
            })
        })
        .map(|shortcut| shortcut.action)
}

fn table_position(action: Action) -> usize {
    SHORTCUTS
        .iter()
        .chain(UNLISTED)
        .position(|shortcut| shortcut.action == action)
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_press_means_two_things_in_one_place() {
        let all: Vec<_> = SHORTCUTS.iter().chain(UNLISTED).collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                // The window's scopes are all read in the same place; the board and
                // presentation mode each read theirs apart.
                let window = |s: Scope| {
                    matches!(
                        s,
                        Scope::Window | Scope::WindowView | Scope::WindowNotTyping
                    )
                };
                let overlapping_scope = a.scope == b.scope || (window(a.scope) && window(b.scope));
                for chord in a.keys {
                    assert!(
                        !(overlapping_scope && b.keys.contains(chord)),
                        "{chord:?} is both {:?} and {:?}",
                        a.action,
                        b.action
                    );
                }
            }
        }
    }

    #[test]
    fn every_action_with_keys_is_named_in_the_overlay() {
        for shortcut in SHORTCUTS.iter().chain(UNLISTED) {
            assert!(
                SHORTCUTS.iter().any(|row| row.label == shortcut.label),
                "{:?} has no line in the overlay",
                shortcut.action
            );
            assert!(shortcut.label.starts_with("shortcut-"));
        }
    }
}
