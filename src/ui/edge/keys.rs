//! The keyboard: listens on the whole page and turns key presses into shortcuts, except while
//! the reader types in a text field.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::keymap::Modifiers;

/// What a key press means in one view: by its code, the character it types and the modifiers.
pub type Keymap<T> = fn(&str, &str, Modifiers) -> Option<T>;

/// Calls `on_shortcut` for every key `keymap` knows pressed while `enabled`. The listener is
/// added once (again only when `enabled` changes) and calls the callback of the latest render,
/// so it never acts on an old state and is not replaced on every render.
#[hook]
pub fn use_shortcuts<T: 'static>(enabled: bool, keymap: Keymap<T>, on_shortcut: Callback<T>) {
    let latest = use_mut_ref(|| on_shortcut.clone());
    *latest.borrow_mut() = on_shortcut;
    use_effect_with(enabled, move |&enabled| {
        let listener = enabled
            .then(|| web_sys::window().and_then(|w| w.document()))
            .flatten()
            .map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if typing_in_field(event) {
                        return;
                    }
                    let modifiers = Modifiers {
                        shift: event.shift_key(),
                        command: event.ctrl_key() || event.meta_key(),
                        alt: event.alt_key(),
                    };
                    if let Some(shortcut) = keymap(&event.code(), &event.key(), modifiers) {
                        event.prevent_default();
                        // Out of the cell first: the callback may render, which stores the next.
                        let on_shortcut = latest.borrow().clone();
                        on_shortcut.emit(shortcut);
                    }
                })
            });
        move || drop(listener)
    });
}

fn typing_in_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    // A checkbox or button takes no letters: keys still work once one was clicked.
    let takes_text = |input: &Element| {
        let kind = input.get_attribute("type").unwrap_or_default();
        !matches!(
            kind.as_str(),
            "checkbox" | "radio" | "button" | "submit" | "reset" | "file"
        )
    };
    let field = match target.tag_name().as_str() {
        "INPUT" => takes_text(&target),
        "TEXTAREA" | "SELECT" => true,
        _ => false,
    };
    field
        || target
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
