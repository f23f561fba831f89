//! Writing a `Value` as JSON text: compact for storage, indented for people reading an export.

use super::Value;

/// One line, no spaces: what Sift stores.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, None);
    out
}

/// Two spaces per level, one member or item per line, `": "` after keys.
pub fn to_string_pretty(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, Some(0));
    out
}

/// `depth` is the indentation level, or `None` for compact output.
fn write(out: &mut String, value: &Value, depth: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            let items = items.iter().map(|item| (None, item));
            write_sequence(out, ('[', ']'), items, depth);
        }
        Value::Object(object) => {
            let members = object.iter().map(|(key, v)| (Some(key), v));
            write_sequence(out, ('{', '}'), members, depth);
        }
    }
}

fn write_sequence<'a>(
    out: &mut String,
    (open, close): (char, char),
    entries: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Value)>,
    depth: Option<usize>,
) {
    out.push(open);
    let empty = entries.len() == 0;
    let inner = depth.map(|d| d + 1);
    for (i, (key, value)) in entries.enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        if let Some(key) = key {
            write_string(out, key);
            out.push_str(if depth.is_some() { ": " } else { ":" });
        }
        write(out, value, inner);
    }
    if !empty {
        new_line(out, depth);
    }
    out.push(close);
}

fn new_line(out: &mut String, depth: Option<usize>) {
    if let Some(depth) = depth {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * 2));
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        plain = i + 1;
        if escaped.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escaped);
        }
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";
