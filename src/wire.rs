//! JSON in and out of Sift's formats: serde_json reads and writes the serde types of
//! `schema` and `export`, and a field that is wrong is named by its path
//! (`sentences[3].start`), through serde_path_to_error.
//!
//! Reading goes straight into the typed record: no value tree is built, fields Sift does not
//! read are skipped without being kept, and nesting deeper than serde_json's limit (128) is an
//! error, so a hostile file costs little more memory than its own bytes.

use serde::de::{DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Why JSON could not be read as the type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON: cut short, or another kind of file.
    Syntax(String),
    /// JSON, but a field is missing, repeated or of the wrong type.
    Field { path: String, problem: String },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Syntax(e) => write!(f, "{e}"),
            // The top level has the path ".", which says nothing to a reader.
            ReadError::Field { path, problem } if path == "." => write!(f, "{problem}"),
            ReadError::Field { path, problem } => write!(f, "{path}: {problem}"),
        }
    }
}

/// Reads `bytes`, a whole JSON text that is an object (every Sift format is one; serde alone
/// would also read a struct from an array), as a `T`; a wrong field is named by its path. For
/// files, which a reader must be able to mend.
pub fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ReadError> {
    object(bytes, read_any)
}

/// Reads `bytes`, any whole JSON text (an array too), as a `T`: for other tools' formats,
/// which may be a list at the top.
pub fn read_any<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ReadError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        classify(e.into_inner(), path)
    })?;
    de.end().map_err(|e| classify(e, String::new()))?;
    Ok(value)
}

/// Reads `bytes` as `read` does, without naming the path of a wrong field: for what Sift
/// stored itself, whose problems the reader cannot mend by hand. Tracking paths doubles the
/// code serde generates for every type read, and storage is read on the page's first load.
pub fn read_stored<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ReadError> {
    object(bytes, |bytes| {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let value = T::deserialize(&mut de).map_err(|e| classify(e, ".".into()))?;
        de.end().map_err(|e| classify(e, String::new()))?;
        Ok(value)
    })
}

/// `bytes` read by `then` if they are a JSON object, else why not.
fn object<T: DeserializeOwned>(
    bytes: &[u8],
    then: impl Fn(&[u8]) -> Result<T, ReadError>,
) -> Result<T, ReadError> {
    if bytes.trim_ascii_start().first() != Some(&b'{') {
        serde_json::from_slice::<serde::de::IgnoredAny>(bytes)
            .map_err(|e| classify(e, String::new()))?;
        return Err(ReadError::Field {
            path: ".".into(),
            problem: "not a JSON object".into(),
        });
    }
    then(bytes)
}

fn classify(e: serde_json::Error, path: String) -> ReadError {
    let message = e.to_string();
    // serde_json ends its messages with the position, which means nothing to a reader.
    let problem = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    if e.is_data() {
        ReadError::Field { path, problem }
    } else {
        ReadError::Syntax(problem)
    }
}

/// Compact JSON, for storage and for one-line formats.
pub fn write<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("Sift's formats are plain structs with string keys")
}

/// JSON indented by two spaces, for files people open.
pub fn write_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("Sift's formats are plain structs with string keys")
}

/// A JSON object read as its members in order, refusing a key that appears twice (serde's own
/// maps keep the last, so the same file would read two ways). For `deserialize_with`.
pub fn unique_keys<'de, D, V>(de: D) -> Result<Vec<(String, V)>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Members<V>(std::marker::PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Members<V> {
        type Value = Vec<(String, V)>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut members: Vec<(String, V)> = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if !seen.insert(key.clone()) {
                    return Err(serde::de::Error::custom(format!("duplicate key `{key}`")));
                }
                members.push((key, map.next_value()?));
            }
            Ok(members)
        }
    }

    de.deserialize_map(Members(std::marker::PhantomData))
}

/// Members written as a JSON object, the other half of `unique_keys`. For `serialize_with`.
pub fn as_object<S: Serializer, V: Serialize>(
    members: &[(String, V)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(members.iter().map(|(k, v)| (k, v)))
}
