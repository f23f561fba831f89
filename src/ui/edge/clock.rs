//! The current time, read from the browser's clock, and a pause between the slices of long
//! work, so that what else is waiting (a page's input, a worker's messages) is heard.

/// Now as an ISO 8601 UTC timestamp to the second, e.g. `2026-11-26T10:00:00Z`.
pub fn now() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // "2026-11-26T10:00:00.123Z": drop the milliseconds.
    match iso.find('.') {
        Some(dot) => format!("{}Z", &iso[..dot]),
        None => iso,
    }
}

/// Milliseconds since the epoch, to time a slice of work.
pub fn ms() -> f64 {
    js_sys::Date::now()
}

/// Waits for the next task: what is queued meanwhile (input, messages) runs first.
pub async fn next_task() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
