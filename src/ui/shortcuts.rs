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
    /// Read by the board's own gestures (arrows, drags, paste): listed in the overlay only.
    Gesture,
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
    gesture(Keys::Literal("Tab  Shift+Tab"), "shortcut-walk"),
    gesture(Keys::Words("key-arrows"), "shortcut-pan"),
    gesture(Keys::Words("key-shift-arrows"), "shortcut-extend"),
    gesture(Keys::Words("key-ctrl-arrows"), "shortcut-nudge"),
    gesture(Keys::Words("key-shift-drag"), "shortcut-band"),
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
/// Ctrl+0", one says "+ −"), so they are not listed again.
const UNLISTED: &[Shortcut] = &[
    Shortcut {
        keys: &[key(CTRL, Key::Minus)],
        action: Action::TextSmaller,
        scope: Scope::WindowView,
        shown_as: Keys::Literal(""),
        label: "shortcut-text-size",
    },
    Shortcut {
        keys: &[key(CTRL, Key::Num0)],
        action: Action::TextUsual,
        scope: Scope::WindowView,
        shown_as: Keys::Literal(""),
        label: "shortcut-text-size",
    },
    Shortcut {
        keys: &[key(NONE, Key::Escape)],
        action: Action::LeavePresenting,
        scope: Scope::Presenting,
        shown_as: Keys::Literal(""),
        label: "shortcut-present",
    },
    Shortcut {
        keys: &[key(NONE, Key::Minus)],
        action: Action::ZoomOut,
        scope: Scope::Board,
        shown_as: Keys::Literal(""),
        label: "shortcut-zoom",
    },
];

/// The shortcuts of `scope` pressed this frame, each once, in the table's order. Their keys
/// are consumed, so nothing else acts on them too. Chords with more modifiers are matched
/// first: egui would also read Ctrl+Shift+S as Ctrl+S.
pub fn pressed(ui: &Ui, scope: Scope) -> Vec<Action> {
    let mut chords: Vec<(KeyboardShortcut, Action)> = SHORTCUTS
        .iter()
        .chain(UNLISTED)
        .filter(|shortcut| shortcut.scope == scope)
        .flat_map(|shortcut| shortcut.keys.iter().map(|k| (*k, shortcut.action)))
        .collect();
    chords.sort_by_key(|(chord, _)| std::cmp::Reverse(modifier_count(chord.modifiers)));
    let mut actions = Vec::new();
    for (chord, action) in chords {
        if ui.input_mut(|i| i.consume_shortcut(&chord)) && !actions.contains(&action) {
            actions.push(action);
        }
    }
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

fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.shift,
        modifiers.alt,
        modifiers.command || modifiers.ctrl,
    ]
    .into_iter()
    .filter(|on| *on)
    .count()
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
