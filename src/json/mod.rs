//! JSON for Sift's stored records and exports: a value tree, a reader that returns an error
//! value for any input (never a panic, however deep or damaged), and a writer, compact or
//! indented for people.
//!
//! Our own, not a library: Sift reads and writes a handful of small record shapes, and this is
//! a fraction of the code (and of the page weight) of a derive-based serializer. Numbers are
//! kept as their literal text, so no floating-point code is needed; the only numbers Sift reads
//! back are counts and offsets (`as_usize`).

mod read;
mod write;

pub use read::{parse, NotJson, MAX_DEPTH};
pub use write::{to_string, to_string_pretty};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written, e.g. `12`, `-3.5e2`.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// Members in the order they were read or added; a key added again replaces the first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object(Vec<(String, Value)>);

impl Object {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn insert(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Member `key` read by `read` (e.g. `Value::as_usize`); missing or of another type, it is
    /// an error that names the key.
    pub fn field<'a, T>(
        &'a self,
        key: &str,
        read: impl FnOnce(&'a Value) -> Option<T>,
    ) -> Result<T, BadField> {
        self.get(key)
            .and_then(read)
            .ok_or_else(|| BadField(key.to_string()))
    }

    /// Member `key` read by `read`, where a missing member and `null` both mean `None`.
    pub fn optional<'a, T>(
        &'a self,
        key: &str,
        read: impl FnOnce(&'a Value) -> Option<T>,
    ) -> Result<Option<T>, BadField> {
        match self.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => read(value)
                .map(Some)
                .ok_or_else(|| BadField(key.to_string())),
        }
    }

    /// Member `key` as an owned string.
    pub fn text(&self, key: &str) -> Result<String, BadField> {
        self.field(key, Value::as_str).map(str::to_string)
    }
}

/// Members whose keys are known to differ, in order.
impl FromIterator<(String, Value)> for Object {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(members: I) -> Self {
        Object(members.into_iter().collect())
    }
}

/// A member that is missing or not of the type asked for; it holds the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadField(pub String);

impl std::fmt::Display for BadField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "“{}” is missing or not of the right type", self.0)
    }
}

impl<const N: usize> From<[(&str, Value); N]> for Object {
    fn from(members: [(&str, Value); N]) -> Self {
        let mut object = Object::default();
        for (key, value) in members {
            object.insert(key, value);
        }
        object
    }
}

impl Value {
    /// An object from its members, in the order written.
    pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
        Value::Object(Object::from(members))
    }

    pub fn array(items: impl IntoIterator<Item = Value>) -> Value {
        Value::Array(items.into_iter().collect())
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to `usize::MAX`, written without fraction or exponent.
    pub fn as_usize(&self) -> Option<usize> {
        match self {
            Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Number(n.to_string())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}
