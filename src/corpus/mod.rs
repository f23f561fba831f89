//! Articles brought in by the hundred (pure): the files a reader picks (plain text, Markdown,
//! JSON Lines as doccano and Prodigy write them, CSV, and Sift's own JSON: a library export or
//! one document's file) read into articles, each with the sentence labels its file holds; and
//! the documents made of them. A bad file or line is reported by name
//! and line number, and the rest is still read.
//!
//! Limits: a file of at most `MAX_FILE_BYTES`, an article of at most `MAX_ARTICLE_BYTES`, at
//! most `MAX_ARTICLES` articles in one import. Every reader is one pass over its file.

mod jsonl;
mod sift;
mod table;

use std::collections::HashMap;

use crate::import::Imported;
use crate::model::{default_title, Details, Document, Label, Session};
use crate::sizes::megabytes;

/// The largest file read: a JSON Lines file of 5,000 news articles is about 25 MB.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;
/// The longest article: one this long is not a news article, and would crowd the library.
pub const MAX_ARTICLE_BYTES: usize = 1024 * 1024;
/// The most articles one import brings in: twice what the library is built to hold.
pub const MAX_ARTICLES: usize = 10_000;

/// The kinds of file named in the picker and the messages.
pub const KINDS: &str = ".txt, .md, .jsonl, .csv, or Sift's own .json";

/// One article as its file gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Incoming {
    /// Where it was read: "notes.txt" or "batch.jsonl, line 4", for the messages.
    pub place: String,
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Labelled spans as the file gives them: code points, end exclusive.
    pub spans: Vec<(usize, usize, Label)>,
    /// Labels the file gives the whole text (a Prodigy or doccano classification line).
    pub whole: Option<Label>,
}

/// What a file holds: its articles, Sift's own documents (each with its place), and what
/// could not be read, each naming its place.
#[derive(Debug, Default)]
pub struct Read {
    pub articles: Vec<Incoming>,
    pub sift: Vec<(String, Imported)>,
    pub problems: Vec<String>,
}

impl Read {
    /// Keeps `incoming`, or says why not: an empty text, or one longer than an article.
    fn push(&mut self, incoming: Incoming) {
        if incoming.text.trim().is_empty() {
            self.problems
                .push(format!("{}: there is no text in it.", incoming.place));
        } else if incoming.text.len() > MAX_ARTICLE_BYTES {
            self.problems.push(format!(
                "{}: its text is {}; an article is at most {}.",
                incoming.place,
                megabytes(incoming.text.len()),
                megabytes(MAX_ARTICLE_BYTES)
            ));
        } else {
            self.articles.push(incoming);
        }
    }
}

/// Reads the file `name`, by its extension.
pub fn read_file(name: &str, contents: &str) -> Read {
    let mut read = Read::default();
    if contents.len() > MAX_FILE_BYTES {
        read.problems.push(format!(
            "“{name}” is {}; Sift reads files up to {}.",
            megabytes(contents.len()),
            megabytes(MAX_FILE_BYTES)
        ));
        return read;
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "txt" | "text" => read.push(Incoming {
            place: format!("“{name}”"),
            text: contents.to_string(),
            ..Incoming::default()
        }),
        "md" | "markdown" => read.push(Incoming {
            place: format!("“{name}”"),
            title: markdown_title(contents),
            text: contents.to_string(),
            ..Incoming::default()
        }),
        "jsonl" | "ndjson" => jsonl::read(name, contents, &mut read),
        "csv" => table::read(name, contents, &mut read),
        "json" => sift::read(name, contents, &mut read),
        _ => read.problems.push(format!(
            "“{name}” is not a kind of file Sift imports articles from ({KINDS})."
        )),
    }
    read
}

/// A Markdown file's first line, without the marks of a heading.
fn markdown_title(contents: &str) -> Option<String> {
    let line = contents.lines().map(str::trim).find(|l| !l.is_empty())?;
    Some(line.trim_start_matches('#').trim().to_string()).filter(|t| !t.is_empty())
}

/// An article made into a document created `now`, with its title, web address and labels; the
/// warnings say what of it was left out.
pub fn document(incoming: Incoming, now: &str) -> (Session, Vec<String>) {
    let mut warnings = Vec::new();
    let Incoming {
        place,
        text,
        title,
        url,
        spans,
        whole,
    } = incoming;
    let mut doc = Document::new(text, now);
    if let Some(title) = title.map(|t| one_line(&t)).filter(|t| !t.is_empty()) {
        // Cut as a pasted article's first line is.
        doc.title = default_title(&title);
    }
    if let Some(url) = url.filter(|u| !u.trim().is_empty()) {
        match Details::new(&url, "") {
            Ok(details) => doc.details = details,
            Err(e) => warnings.push(format!("{place}: its url was left out ({e}).")),
        }
    }
    let mut labels = vec![None; doc.len()];
    if let Some(label) = whole {
        if doc.len() == 1 {
            labels[0] = Some(label);
        } else {
            warnings.push(format!(
                "{place}: its label is for the whole text, which Sift splits into {} sentences, so it was left out.",
                doc.len()
            ));
        }
    }
    let missed = lay_spans(&doc, &spans, &mut labels);
    if missed > 0 {
        warnings.push(format!(
            "{place}: {missed} of its {} labelled spans are not one of Sift's sentences, so they were left out.",
            spans.len()
        ));
    }
    let notes = vec![None; doc.len()];
    (Session::with_annotations(doc, labels, notes), warnings)
}

/// Every span that is a sentence of `doc` (give or take the spaces around it) labels it; the
/// number of the others.
fn lay_spans(
    doc: &Document,
    spans: &[(usize, usize, Label)],
    labels: &mut [Option<Label>],
) -> usize {
    if spans.is_empty() {
        return 0;
    }
    // The byte offset of each code point, and of the end.
    let mut bytes: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).collect();
    bytes.push(doc.text.len());
    let sentences: HashMap<(usize, usize), usize> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.start, s.end), i))
        .collect();
    let mut missed = 0;
    for &(start, end, label) in spans {
        let found = match (bytes.get(start), bytes.get(end)) {
            (Some(&s), Some(&e)) if s < e => {
                let piece = &doc.text[s..e];
                let s = s + (piece.len() - piece.trim_start().len());
                let e = e - (piece.len() - piece.trim_end().len());
                sentences.get(&(s, e))
            }
            _ => None,
        };
        match found {
            Some(&i) => labels[i] = Some(label),
            None => missed += 1,
        }
    }
    missed
}

/// `text` on one line, its runs of spaces and line breaks made single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A label name as other tools write it: "claim", "Claim", "CLAIM".
pub fn label_named(name: &str) -> Option<Label> {
    Label::from_name(&name.trim().to_ascii_lowercase())
}
