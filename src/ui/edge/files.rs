//! Reading the files a reader picks, with gloo-file (nothing is uploaded): each is refused
//! before a byte is read when it is too large, and after when it is not text (every file
//! Sift reads is text: JSON, or the articles of an import).

use gloo_file::futures::read_as_bytes;
use gloo_file::File;
use web_sys::HtmlInputElement;

use crate::sizes::megabytes;

/// What the files are read for: the largest file taken, and the kinds of file named when one
/// is not text.
pub struct Reading {
    pub limit: usize,
    pub kinds: &'static str,
}

/// Sift's own files and other tools' annotations.
pub const JSON: Reading = Reading {
    limit: crate::import::MAX_IMPORT_BYTES,
    kinds: "JSON files",
};

/// Articles to import.
pub const ARTICLES: Reading = Reading {
    limit: crate::corpus::MAX_FILE_BYTES,
    kinds: "text files (.txt, .md, .jsonl, .csv or .json)",
};

/// A picked file: its name, and its text or why it could not be read.
pub type Picked = (String, Result<String, String>);

/// The files picked in `input`, in the order picked; the input is emptied so the same files
/// can be picked again (after a failed import, say).
pub fn take_files(input: &HtmlInputElement) -> Vec<File> {
    let files = input
        .files()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.get(i))
                .map(File::from)
                .collect()
        })
        .unwrap_or_default();
    input.set_value("");
    files
}

/// The text of a file the reader picked, or why not.
async fn read_text(file: &File, reading: &Reading) -> Result<String, String> {
    if file.size() > reading.limit as u64 {
        return Err(format!(
            "“{}” is {}; Sift reads files up to {}.",
            file.name(),
            megabytes(usize::try_from(file.size()).unwrap_or(usize::MAX)),
            megabytes(reading.limit)
        ));
    }
    let bytes = read_as_bytes(file)
        .await
        .map_err(|_| format!("The browser could not read “{}”.", file.name()))?;
    String::from_utf8(bytes).map_err(|_| {
        format!(
            "“{}” is not text (it is not UTF-8): Sift reads {}.",
            file.name(),
            reading.kinds
        )
    })
}

/// Every file, read one after the other; `progress` hears how many are read after each.
pub async fn read_all(
    files: Vec<File>,
    reading: &Reading,
    progress: impl Fn(usize),
) -> Vec<Picked> {
    let mut picked = Vec::with_capacity(files.len());
    for file in &files {
        picked.push((file.name(), read_text(file, reading).await));
        progress(picked.len());
    }
    picked
}
