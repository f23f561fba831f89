//! Keyboard shortcuts: physical keys map to the same actions on every layout.

use sift::keymap::{action_for, Modifiers};
use sift::model::{Action, Label};

const PLAIN: Modifiers = Modifiers {
    shift: false,
    command: false,
};
const SHIFT: Modifiers = Modifiers {
    shift: true,
    command: false,
};

#[test]
fn digits_label_and_zero_or_delete_clears() {
    assert_eq!(
        action_for("Digit1", PLAIN),
        Some(Action::SetLabel(Some(Label::Claim)))
    );
    assert_eq!(
        action_for("Digit2", PLAIN),
        Some(Action::SetLabel(Some(Label::Fact)))
    );
    assert_eq!(
        action_for("Numpad3", PLAIN),
        Some(Action::SetLabel(Some(Label::Context)))
    );
    assert_eq!(action_for("Digit0", PLAIN), Some(Action::SetLabel(None)));
    assert_eq!(action_for("Delete", PLAIN), Some(Action::SetLabel(None)));
    assert_eq!(action_for("Digit4", PLAIN), None);
}

#[test]
fn arrows_and_j_k_move_and_shift_extends() {
    assert_eq!(
        action_for("ArrowDown", PLAIN),
        Some(Action::Move {
            by: 1,
            extend: false
        })
    );
    assert_eq!(
        action_for("KeyK", PLAIN),
        Some(Action::Move {
            by: -1,
            extend: false
        })
    );
    assert_eq!(
        action_for("KeyJ", SHIFT),
        Some(Action::Move {
            by: 1,
            extend: true
        })
    );
    assert_eq!(action_for("Escape", PLAIN), Some(Action::ClearSelection));
}

#[test]
fn browser_shortcuts_are_left_alone() {
    let ctrl = Modifiers {
        shift: false,
        command: true,
    };
    assert_eq!(action_for("Digit1", ctrl), None);
    assert_eq!(action_for("KeyJ", ctrl), None);
    assert_eq!(action_for("KeyA", PLAIN), None);
}
