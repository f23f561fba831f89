//! The keyboard: listens on the whole page and turns key presses into shortcuts, except while
//! the reader types in a text field.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::keymap::{shortcut_for, Modifiers, Shortcut};

/// Calls `on_shortcut` for every shortcut pressed while `enabled`. The listener is replaced
/// when the callback changes, so it always sees the current state.
#[hook]
pub fn use_shortcuts(enabled: bool, on_shortcut: Callback<Shortcut>) {
    use_effect_with((enabled, on_shortcut), |(enabled, on_shortcut)| {
        let on_shortcut = on_shortcut.clone();
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
                    if let Some(shortcut) = shortcut_for(&event.code(), &event.key(), modifiers) {
                        event.prevent_default();
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
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
