//! Saves a string as a file on the reader's machine: a gloo Blob behind an object URL, and a
//! temporary link (no network).

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

pub fn save_file(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("There is no page to save the file from.")?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| format!("The page could not create a link to save {name}."))?;
    let url = ObjectUrl::from(Blob::new_with_options(contents, Some(mime)));
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The URL is revoked when dropped: keep it until the browser has surely started the download.
    Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// The address this Sift runs at, without query or fragment: the exports' generator.
pub fn page_address() -> String {
    let location = gloo_utils::window().location();
    let part = |p: Result<String, _>| p.unwrap_or_default();
    format!("{}{}", part(location.origin()), part(location.pathname()))
}

/// A storage key as a file name: letters, digits and hyphens only.
pub fn file_safe(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
