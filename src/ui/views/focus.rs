//! The keyboard focus moves into what just opened (a dialog, a panel, a field), so the reader
//! can go on typing. One hook for all of them: one copy of its code in the page.

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// A ref for the element that takes the focus when the component mounts; with `select_text`,
/// a text field's text is selected too, so typing replaces it.
#[hook]
pub fn use_focus_on_mount(select_text: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(element) = node.cast::<HtmlElement>() {
                let _ = element.focus();
            }
            if let Some(input) = node.cast::<HtmlInputElement>().filter(|_| select_text) {
                input.select();
            }
        });
    }
    node
}
