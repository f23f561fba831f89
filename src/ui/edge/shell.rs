//! The still copy of the start page (`#shell` in index.html) that the reader sees while the
//! module loads: `assets/boot.js` lets them paste and press its buttons meanwhile, and the app
//! takes over what they did when it starts, so nothing typed is lost and no press is ignored.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

/// What the reader did on the still page before the app was there.
#[derive(Clone, PartialEq, Debug, Default)]
pub enum Early {
    #[default]
    Nothing,
    /// Text typed or pasted, no button pressed: it goes into the app's text area, with the
    /// focus when the reader was in the still page's.
    Draft { text: String, focused: bool },
    /// "Annotate" pressed over this text.
    Annotate(String),
    /// "Try a sample article" pressed.
    Sample,
}

/// Reads what the reader did on the still page (boot.js notes a press in `data-start`), then
/// removes the page: the app is about to take its place.
pub fn take_over() -> Early {
    let Some(shell) = gloo_utils::document().get_element_by_id("shell") else {
        return Early::Nothing;
    };
    let text = gloo_utils::document()
        .get_element_by_id("shell-text")
        .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|area| area.value())
        .unwrap_or_default();
    let pressed = shell.get_attribute("data-start");
    let focused = gloo_utils::document()
        .active_element()
        .is_some_and(|e| e.id() == "shell-text");
    shell.remove();
    match pressed.as_deref() {
        Some("sample") => Early::Sample,
        Some("annotate") if !text.trim().is_empty() => Early::Annotate(text),
        _ if !text.trim().is_empty() => Early::Draft { text, focused },
        _ => Early::Nothing,
    }
}

/// Puts a draft from the still page into the app's text area (once, when the app starts), and
/// the focus with it when the reader was typing: taking the still page away must not leave
/// them nowhere.
pub fn fill_draft(text: &str, focused: bool) {
    if let Some(area) = gloo_utils::document()
        .get_element_by_id("article-text")
        .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
    {
        area.set_value(text);
        if focused {
            let _ = area.focus();
        }
    }
}
