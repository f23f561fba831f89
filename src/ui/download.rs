//! Saves a string as a file on the reader's machine (a Blob and a temporary link: no network).

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

pub fn save_file(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("The browser refused to save {name}: {e:?}");
    let window = web_sys::window().ok_or("There is no browser window to save the file from.")?;
    let document = window
        .document()
        .ok_or("There is no page to save the file from.")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "The page could not create a download link.".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoke the URL once the browser has started the download.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}
