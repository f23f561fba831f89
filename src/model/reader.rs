//! The reader's name, as every export carries it ("Your name"): its limits, and how a value
//! typed, stored or read from a file is checked before it is used.

/// The longest name kept, in chars.
pub const MAX_NAME_CHARS: usize = 100;

/// `raw` as a name: trimmed, `None` when empty; refused, with the reason, when it is too long
/// or holds a control character (a line break, a tab).
pub fn reader_name(raw: &str) -> Result<Option<String>, String> {
    let name = raw.trim();
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "a name is at most {MAX_NAME_CHARS} characters long"
        ));
    }
    if name.chars().any(char::is_control) {
        return Err("a name is one line, without tabs".into());
    }
    Ok(Some(name.to_string()))
}
