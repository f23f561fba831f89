//! Keyboard shortcuts. Keys are matched by `KeyboardEvent.code` (the physical key), so they
//! sit in the same place on every keyboard layout.

use crate::model::{Action, Label};

/// The modifier keys held with a key press.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub shift: bool,
    /// Ctrl, or Cmd on a Mac.
    pub command: bool,
    pub alt: bool,
}

/// What a key press asks for: a change to the annotations, or a view to open.
#[derive(Debug, Clone, PartialEq)]
pub enum Shortcut {
    Act(Action),
    /// Show or hide the list of keys.
    Help,
    /// Edit the note of the focused sentence.
    Note,
    /// Choose where to split the focused sentence.
    Split,
    /// To the next (1) or previous (−1) sentence changed since the previous version.
    Change(isize),
    /// Show what changed in the focused sentence, word by word.
    Diff,
    /// Take the suggested labels of the selected sentences.
    Accept,
    /// To the next suggestion, in the order the reader chose.
    NextSuggestion,
}

/// The shortcut for a key press on the article, if it has one. `key` is the character typed:
/// "?" sits on a different key on each layout, so it alone is matched by what it types.
pub fn shortcut_for(code: &str, key: &str, modifiers: Modifiers) -> Option<Shortcut> {
    if modifiers.alt {
        return None;
    }
    if key == "?" && !modifiers.command {
        return Some(Shortcut::Help);
    }
    if modifiers.command {
        return match (code, modifiers.shift) {
            ("KeyZ", false) => Some(Shortcut::Act(Action::Undo)),
            ("KeyZ", true) | ("KeyY", false) => Some(Shortcut::Act(Action::Redo)),
            _ => None,
        };
    }
    let extend = modifiers.shift;
    let action = match code {
        "ArrowDown" | "KeyJ" => Action::Move { by: 1, extend },
        "ArrowUp" | "KeyK" => Action::Move { by: -1, extend },
        "KeyN" => Action::NextUnlabelled,
        "KeyM" => Action::MergeWithNext,
        "Escape" => Action::ClearSelection,
        "Digit0" | "Numpad0" | "Delete" => Action::SetLabel(None),
        "KeyE" => return Some(Shortcut::Note),
        "KeyS" => return Some(Shortcut::Split),
        "KeyC" => return Some(Shortcut::Change(if extend { -1 } else { 1 })),
        "KeyD" => return Some(Shortcut::Diff),
        "KeyA" => return Some(Shortcut::Accept),
        "KeyG" => return Some(Shortcut::NextSuggestion),
        _ => {
            let digit = code
                .strip_prefix("Digit")
                .or_else(|| code.strip_prefix("Numpad"))?;
            let mut chars = digit.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Action::SetLabel(Some(Label::from_digit(c)?)),
                _ => return None,
            }
        }
    };
    Some(Shortcut::Act(action))
}

/// What a key press asks for while annotators are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareKey {
    /// To the next (1) or previous (−1) unit shown.
    Move(isize),
    /// To the next (1) or previous (−1) disagreement.
    Disagreement(isize),
    /// Into the gold version: the label annotator `n` (from 0) gave the current unit.
    Take(usize),
    /// Into the gold version: a label of the reader's own for the current unit.
    Set(Option<Label>),
    Undo,
    Redo,
    Help,
}

/// The comparison's key for a key press: moving and labelling as on the article, `n` and `p`
/// between disagreements, and Shift with an annotator's number to take their label.
pub fn compare_key_for(code: &str, key: &str, modifiers: Modifiers) -> Option<CompareKey> {
    let digit = code
        .strip_prefix("Digit")
        .or_else(|| code.strip_prefix("Numpad"))
        .and_then(|d| d.parse::<usize>().ok());
    let shift_only = Modifiers {
        shift: true,
        ..Modifiers::default()
    };
    match digit {
        Some(n @ 1..=9) if modifiers == shift_only => return Some(CompareKey::Take(n - 1)),
        _ if code == "KeyP" && modifiers == Modifiers::default() => {
            return Some(CompareKey::Disagreement(-1))
        }
        _ => {}
    }
    Some(match shortcut_for(code, key, modifiers)? {
        Shortcut::Help => CompareKey::Help,
        Shortcut::Act(Action::Move { by, extend: false }) => CompareKey::Move(by),
        Shortcut::Act(Action::NextUnlabelled) => CompareKey::Disagreement(1),
        Shortcut::Act(Action::SetLabel(label)) => CompareKey::Set(label),
        Shortcut::Act(Action::Undo) => CompareKey::Undo,
        Shortcut::Act(Action::Redo) => CompareKey::Redo,
        _ => return None,
    })
}

/// Every shortcut, for the help overlay: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("↓ or j", "Next sentence"),
    ("↑ or k", "Previous sentence"),
    ("Shift + ↓ / ↑ (or J / K)", "Extend the selection"),
    ("Click, Shift + click, drag", "Select sentences"),
    ("n", "Next unlabelled sentence"),
    ("1", "Label as claim"),
    ("2", "Label as fact"),
    ("3", "Label as context"),
    ("0 or Delete", "Clear the label"),
    ("g", "Next suggestion, in the order chosen"),
    ("a", "Accept the suggested labels of the selected sentences"),
    ("e", "Edit the note of the focused sentence"),
    ("s", "Split the focused sentence"),
    ("m", "Merge the focused sentence with the next"),
    ("c", "Next change since the previous version"),
    ("Shift + C", "Previous change since the previous version"),
    (
        "d",
        "Show what changed in the focused sentence, word by word",
    ),
    ("Ctrl + Z (⌘ Z)", "Undo"),
    ("Ctrl + Shift + Z or Ctrl + Y (⌘ ⇧ Z)", "Redo"),
    ("Esc", "Clear the selection, close a panel"),
    ("?", "Show or hide this list"),
];

/// The shortcuts of a comparison, for the help overlay.
pub const COMPARE_SHORTCUTS: &[(&str, &str)] = &[
    ("↓ or j, ↑ or k", "Next, previous unit"),
    ("n", "Next disagreement"),
    ("p", "Previous disagreement"),
    (
        "Shift + 1 … 9",
        "Take that annotator's label into the gold version",
    ),
    (
        "1, 2, 3",
        "Give the unit your own label in the gold version",
    ),
    ("0 or Delete", "Clear the unit's label in the gold version"),
    ("Ctrl + Z (⌘ Z)", "Undo in the gold version"),
];
