//! Keyboard shortcuts: physical keys map to the same actions on every layout.

use sift::keymap::{shortcut_for, Modifiers, Shortcut};
use sift::model::{Action, Label};

const PLAIN: Modifiers = Modifiers {
    shift: false,
    command: false,
    alt: false,
};
const SHIFT: Modifiers = Modifiers {
    shift: true,
    command: false,
    alt: false,
};
const COMMAND: Modifiers = Modifiers {
    shift: false,
    command: true,
    alt: false,
};
const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    command: true,
    alt: false,
};

/// The key a US layout types for `code`; the mapping must not depend on it except for "?".
fn typed(code: &str) -> &str {
    code.strip_prefix("Key")
        .or_else(|| code.strip_prefix("Digit"))
        .unwrap_or(code)
}

fn shortcut(code: &str, modifiers: Modifiers) -> Option<Shortcut> {
    shortcut_for(code, typed(code), modifiers)
}

fn act(code: &str, modifiers: Modifiers) -> Option<Action> {
    match shortcut(code, modifiers) {
        Some(Shortcut::Act(action)) => Some(action),
        _ => None,
    }
}

#[test]
fn digits_label_and_zero_or_delete_clears() {
    assert_eq!(
        act("Digit1", PLAIN),
        Some(Action::SetLabel(Some(Label::Claim)))
    );
    assert_eq!(
        act("Digit2", PLAIN),
        Some(Action::SetLabel(Some(Label::Fact)))
    );
    assert_eq!(
        act("Numpad3", PLAIN),
        Some(Action::SetLabel(Some(Label::Context)))
    );
    assert_eq!(act("Digit0", PLAIN), Some(Action::SetLabel(None)));
    assert_eq!(act("Delete", PLAIN), Some(Action::SetLabel(None)));
    assert_eq!(shortcut("Digit4", PLAIN), None);
}

#[test]
fn arrows_and_j_k_move_shift_extends_and_n_finds_unlabelled() {
    assert_eq!(
        act("ArrowDown", PLAIN),
        Some(Action::Move {
            by: 1,
            extend: false
        })
    );
    assert_eq!(
        act("KeyK", PLAIN),
        Some(Action::Move {
            by: -1,
            extend: false
        })
    );
    assert_eq!(
        act("KeyJ", SHIFT),
        Some(Action::Move {
            by: 1,
            extend: true
        })
    );
    assert_eq!(
        act("ArrowUp", SHIFT),
        Some(Action::Move {
            by: -1,
            extend: true
        })
    );
    assert_eq!(act("KeyN", PLAIN), Some(Action::NextUnlabelled));
    assert_eq!(act("Escape", PLAIN), Some(Action::ClearSelection));
}

#[test]
fn undo_and_redo_with_ctrl_or_cmd() {
    assert_eq!(act("KeyZ", COMMAND), Some(Action::Undo));
    assert_eq!(act("KeyZ", COMMAND_SHIFT), Some(Action::Redo));
    assert_eq!(act("KeyY", COMMAND), Some(Action::Redo));
}

#[test]
fn panels_open_from_keys() {
    assert_eq!(shortcut_for("Slash", "?", SHIFT), Some(Shortcut::Help));
    assert_eq!(
        shortcut_for("Minus", "?", SHIFT),
        Some(Shortcut::Help),
        "German layout"
    );
    assert_eq!(
        shortcut_for("KeyM", "?", SHIFT),
        Some(Shortcut::Help),
        "French layout"
    );
    assert_eq!(shortcut("KeyE", PLAIN), Some(Shortcut::Note));
    assert_eq!(shortcut("KeyS", PLAIN), Some(Shortcut::Split));
    assert_eq!(act("KeyM", PLAIN), Some(Action::MergeWithNext));
}

#[test]
fn c_walks_the_changes_since_the_previous_version_and_d_shows_one() {
    assert_eq!(shortcut("KeyC", PLAIN), Some(Shortcut::Change(1)));
    assert_eq!(shortcut("KeyC", SHIFT), Some(Shortcut::Change(-1)));
    assert_eq!(shortcut("KeyD", PLAIN), Some(Shortcut::Diff));
    assert_eq!(shortcut("KeyC", COMMAND), None, "Ctrl+C still copies");
    let keys: Vec<&str> = sift::keymap::SHORTCUTS.iter().map(|(k, _)| *k).collect();
    assert!(keys.contains(&"c") && keys.contains(&"Shift + C") && keys.contains(&"d"));
}

#[test]
fn g_goes_to_the_next_suggestion_and_a_accepts() {
    assert_eq!(shortcut("KeyG", PLAIN), Some(Shortcut::NextSuggestion));
    assert_eq!(shortcut("KeyA", PLAIN), Some(Shortcut::Accept));
    assert_eq!(shortcut("KeyA", COMMAND), None, "Ctrl+A still selects all");
    let keys: Vec<&str> = sift::keymap::SHORTCUTS.iter().map(|(k, _)| *k).collect();
    assert!(keys.contains(&"g") && keys.contains(&"a"));
}

#[test]
fn browser_shortcuts_are_left_alone() {
    assert_eq!(shortcut("Digit1", COMMAND), None);
    assert_eq!(shortcut("KeyJ", COMMAND), None);
    assert_eq!(shortcut("KeyC", COMMAND), None, "copy stays the browser's");
    assert_eq!(shortcut("KeyJ", Modifiers { alt: true, ..PLAIN }), None);
    assert_eq!(shortcut("KeyQ", PLAIN), None);
}

#[test]
fn letters_follow_the_physical_key_whatever_they_type() {
    assert_eq!(shortcut_for("KeyJ", "ö", PLAIN), shortcut("KeyJ", PLAIN));
    assert_eq!(
        shortcut_for("Digit1", "&", PLAIN),
        shortcut("Digit1", PLAIN),
        "French digits row"
    );
}

#[test]
fn comparing_moves_between_units_and_disagreements_and_takes_an_annotators_label_with_shift() {
    use sift::keymap::{compare_key_for, CompareKey};
    let key = |code: &str, modifiers| compare_key_for(code, typed(code), modifiers);
    assert_eq!(key("KeyJ", PLAIN), Some(CompareKey::Move(1)));
    assert_eq!(key("ArrowUp", PLAIN), Some(CompareKey::Move(-1)));
    assert_eq!(key("KeyN", PLAIN), Some(CompareKey::Disagreement(1)));
    assert_eq!(key("KeyP", PLAIN), Some(CompareKey::Disagreement(-1)));
    assert_eq!(key("Digit1", SHIFT), Some(CompareKey::Take(0)));
    assert_eq!(key("Numpad9", SHIFT), Some(CompareKey::Take(8)));
    assert_eq!(
        key("Digit2", PLAIN),
        Some(CompareKey::Set(Some(Label::Fact)))
    );
    assert_eq!(key("Delete", PLAIN), Some(CompareKey::Set(None)));
    assert_eq!(key("KeyZ", COMMAND), Some(CompareKey::Undo));
    assert_eq!(key("KeyZ", COMMAND_SHIFT), Some(CompareKey::Redo));
    assert_eq!(compare_key_for("Slash", "?", SHIFT), Some(CompareKey::Help));
    // The article's other keys mean nothing here.
    for code in ["KeyM", "KeyE", "KeyS", "KeyJ"] {
        let modifiers = if code == "KeyJ" { SHIFT } else { PLAIN };
        assert_eq!(key(code, modifiers), None, "{code}");
    }
    assert_eq!(key("KeyP", COMMAND), None, "Ctrl+P still prints");
}
