//! Going to another of Sift's pages (the annotating page, the comparison page) in this tab.

/// Goes to `url`, relative to the page. Everything worth keeping is in storage already.
pub fn go(url: &str) {
    if let Some(window) = web_sys::window() {
        // A failure leaves the reader where they are, which still works.
        let _ = window.location().assign(url);
    }
}
