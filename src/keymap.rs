//! Keyboard shortcuts → actions. Keys are matched by `KeyboardEvent.code` (the physical key),
//! so they sit in the same place on every keyboard layout.

use crate::model::{Action, Label};

/// The modifier keys held with a key press.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub shift: bool,
    /// Ctrl, Cmd (Meta) or Alt: shortcuts with these belong to the browser.
    pub command: bool,
}

/// The action for a key press on the article, if it has one.
pub fn action_for(code: &str, modifiers: Modifiers) -> Option<Action> {
    if modifiers.command {
        return None;
    }
    let extend = modifiers.shift;
    let action = match code {
        "ArrowDown" | "KeyJ" => Action::Move { by: 1, extend },
        "ArrowUp" | "KeyK" => Action::Move { by: -1, extend },
        "Escape" => Action::ClearSelection,
        "Digit0" | "Numpad0" | "Delete" => Action::SetLabel(None),
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
    Some(action)
}

/// Every shortcut, for the help text: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("↓ or j", "next sentence"),
    ("↑ or k", "previous sentence"),
    ("Shift + ↓/↑ (or J/K)", "extend the selection"),
    ("1", "claim"),
    ("2", "fact"),
    ("3", "context"),
    ("0 or Delete", "clear the label"),
    ("Esc", "clear the selection"),
];
