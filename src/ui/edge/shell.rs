//! The still copy of the start page (`#shell` in index.html) that the reader sees while the
//! module loads: `assets/boot.js` lets them paste and press its buttons meanwhile, and the app
//! takes over what they did when it starts, so nothing typed is lost and no press is ignored.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

use crate::ui::views::paragraph::sentence_id;

/// What the reader did on the still page before the app was there.
#[derive(Clone, PartialEq, Debug, Default)]
pub enum Early {
    #[default]
    Nothing,
    /// Text typed or pasted, or the still page's text area focused, no button pressed: the
    /// text goes into the app's text area, with the focus when the reader was in the still
    /// page's.
    Draft { text: String, focused: bool },
    /// "Annotate" pressed over this text; where the reader was in its preview, if they scrolled.
    Annotate(String, Option<Place>),
    /// "Try a sample article" pressed; where the reader was in its preview, if they scrolled.
    Sample(Option<Place>),
}

/// Where the reader was in the preview (`preview.rs`) when the app took its place: the first
/// sentence in view and its distance from the top of the window, in CSS pixels. The app's page
/// has more above the article (on a phone its side panel), so without this the sentence being
/// read would jump away.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Place {
    pub sentence: usize,
    pub top: f64,
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
    let place = place_in_preview(&shell);
    shell.remove();
    match pressed.as_deref() {
        Some("sample") => Early::Sample(place),
        Some("annotate") if !text.trim().is_empty() => Early::Annotate(text, place),
        // The reader in the still page's text area, even before a key: their next keys go on
        // in the app's.
        _ if focused || !text.trim().is_empty() => Early::Draft { text, focused },
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

/// The first sentence of the preview in view, when the reader has scrolled: the preview draws
/// the app's sentences in the app's order, so its n-th is the app's sentence n.
fn place_in_preview(shell: &Element) -> Option<Place> {
    if gloo_utils::window().scroll_y().ok()? <= 0.0 {
        return None;
    }
    let sentences = shell.query_selector_all(".article .sentence").ok()?;
    (0..sentences.length()).find_map(|i| {
        let sentence = sentences.item(i)?.dyn_into::<Element>().ok()?;
        let rect = sentence.get_bounding_client_rect();
        (rect.bottom() > 0.0).then(|| Place {
            sentence: i as usize,
            top: rect.top(),
        })
    })
}

/// Once the app has drawn the article, scrolls the window so that the sentence the reader was
/// at in the preview is where it was, before that frame is painted. The app draws the article a
/// frame or more after it starts, so each frame looks until it is there (for two seconds at
/// most: then the reader has moved on).
pub fn keep_place(place: Place) {
    look_each_frame(Rc::new(RefCell::new(None)), place, 120);
}

fn look_each_frame(frame: Rc<RefCell<Option<AnimationFrame>>>, place: Place, frames: u32) {
    let next = frame.clone();
    *frame.borrow_mut() = Some(request_animation_frame(
        move |_| match gloo_utils::document().get_element_by_id(&sentence_id(place.sentence)) {
            Some(sentence) => {
                let moved = sentence.get_bounding_client_rect().top() - place.top;
                gloo_utils::window().scroll_by_with_x_and_y(0.0, moved);
                next.borrow_mut().take();
            }
            None if frames > 0 => look_each_frame(next, place, frames - 1),
            None => {
                next.borrow_mut().take();
            }
        },
    ));
}
