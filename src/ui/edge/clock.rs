//! The current time, read from the browser's clock.

/// Now as an ISO 8601 UTC timestamp to the second, e.g. `2026-11-26T10:00:00Z`.
pub fn now() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // "2026-11-26T10:00:00.123Z": drop the milliseconds.
    match iso.find('.') {
        Some(dot) => format!("{}Z", &iso[..dot]),
        None => iso,
    }
}
