//! Sift's own files among the articles imported: a library export (`sift-library`), each of
//! its documents read as Import JSON reads one file, or the file of one document.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::Read;
use crate::export::{FORMAT, LIBRARY_FORMAT, LIBRARY_VERSION};
use crate::import::parse;
use crate::wire;

#[derive(Deserialize)]
struct Header {
    format: String,
}

#[derive(Deserialize)]
struct Library {
    version: u32,
    /// Each document as its own text, so that one bad document leaves the others readable.
    documents: Vec<Box<RawValue>>,
}

pub fn read(name: &str, contents: &str, read: &mut Read) {
    let format = match wire::read::<Header>(contents.as_bytes()) {
        Ok(header) => header.format,
        Err(e) => {
            return read.problems.push(format!(
                "“{name}” is not a file of Sift's ({e}): Sift imports its own JSON, and articles in .txt, .md, .jsonl or .csv."
            ))
        }
    };
    if format == FORMAT {
        match parse(contents.as_bytes()) {
            Ok(imported) => read.sift.push((format!("“{name}”"), imported)),
            Err(e) => read.problems.push(format!("“{name}”: {e}.")),
        }
        return;
    }
    if format != LIBRARY_FORMAT {
        return read.problems.push(format!(
            "“{name}” is JSON of another kind (format “{format}”), not Sift's."
        ));
    }
    let library: Library = match wire::read(contents.as_bytes()) {
        Ok(library) => library,
        Err(e) => return read.problems.push(format!("“{name}”: {e}.")),
    };
    if !(1..=LIBRARY_VERSION).contains(&library.version) {
        return read.problems.push(format!(
            "“{name}” is a library of version {}; this Sift reads up to version {LIBRARY_VERSION}.",
            library.version
        ));
    }
    for (i, document) in library.documents.iter().enumerate() {
        let place = format!("“{name}”, document {}", i + 1);
        match parse(document.get().as_bytes()) {
            Ok(imported) => read.sift.push((place, imported)),
            Err(e) => read.problems.push(format!("{place}: {e}.")),
        }
    }
}
