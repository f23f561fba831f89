//! Reading the files a reader picks, with gloo-file (nothing is uploaded): each is refused
//! before a byte is read when it is too large, and after when it is not text (every file
//! Sift reads is JSON).

use gloo_file::futures::read_as_bytes;
use gloo_file::File;
use web_sys::HtmlInputElement;

use crate::import::MAX_IMPORT_BYTES;
use crate::sizes::megabytes;

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
async fn read_text(file: &File) -> Result<String, String> {
    if file.size() > MAX_IMPORT_BYTES as u64 {
        return Err(format!(
            "“{}” is {}; Sift reads files up to {}.",
            file.name(),
            megabytes(usize::try_from(file.size()).unwrap_or(usize::MAX)),
            megabytes(MAX_IMPORT_BYTES)
        ));
    }
    let bytes = read_as_bytes(file)
        .await
        .map_err(|_| format!("The browser could not read “{}”.", file.name()))?;
    String::from_utf8(bytes).map_err(|_| {
        format!(
            "“{}” is not text (it is not UTF-8): Sift reads JSON files.",
            file.name()
        )
    })
}

/// Every file, read one after the other.
pub async fn read_all(files: Vec<File>) -> Vec<Picked> {
    let mut picked = Vec::with_capacity(files.len());
    for file in &files {
        picked.push((file.name(), read_text(file).await));
    }
    picked
}
