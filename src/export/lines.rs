//! The line formats for machine learning (JSON Lines: one object per line, each line ending in
//! `\n`): Sift's per-sentence lines, Prodigy text classification tasks, and the whole article
//! with its labelled spans in the shape Prodigy and doccano read.

use serde::Serialize;

use super::code_point_spans;
use crate::model::{sentence_id, Label, Session};
use crate::wire;

fn lines<T: Serialize>(items: impl IntoIterator<Item = T>) -> String {
    let mut out = String::new();
    for item in items {
        out.push_str(&wire::write(&item));
        out.push('\n');
    }
    out
}

/// One sentence, in Sift's JSONL.
#[derive(Serialize)]
struct SentenceLine<'a> {
    document_id: &'a str,
    /// The article's version, and the id of the one before it.
    document_version: u32,
    previous_document_id: Option<&'a str>,
    url: Option<&'a str>,
    sentence_id: String,
    index: usize,
    text: &'a str,
    label: Option<Label>,
    note: Option<&'a str>,
    /// Who labelled, when the reader gave their name.
    #[serde(skip_serializing_if = "Option::is_none")]
    annotator: Option<&'a str>,
}

/// Every sentence, labelled or not, in order.
pub fn jsonl(session: &Session, annotator: Option<&str>) -> String {
    let doc = &session.doc;
    let offsets = code_point_spans(&doc.text, &doc.sentences);
    lines(
        offsets
            .iter()
            .enumerate()
            .map(|(index, &(start, _))| SentenceLine {
                document_id: &doc.id,
                document_version: doc.version,
                previous_document_id: doc.previous.as_deref(),
                url: doc.details.url.as_deref(),
                sentence_id: sentence_id(start),
                index,
                text: doc.sentence_text(index),
                label: session.label(index),
                note: session.note(index),
                annotator,
            }),
    )
}

/// A Prodigy multiple-choice text classification task, as `prodigy db-in` takes it and its
/// `textcat` recipes and `train` read it: the options, the one accepted, and `answer`.
#[derive(Serialize)]
struct ProdigyTask<'a> {
    text: &'a str,
    options: [ProdigyOption; 3],
    accept: [Label; 1],
    answer: &'static str,
    meta: SentenceMeta<'a>,
}

#[derive(Serialize)]
struct ProdigyOption {
    id: Label,
    text: &'static str,
}

/// Shown with each task in Prodigy, and kept with it in its database.
#[derive(Serialize)]
struct SentenceMeta<'a> {
    document: &'a str,
    document_id: &'a str,
    /// Which version of the article, and the id of the one before it.
    document_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous_document_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    sentence_id: String,
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotator: Option<&'a str>,
}

/// One task per labelled sentence (an unlabelled sentence has no answer yet).
pub fn prodigy(session: &Session, annotator: Option<&str>) -> String {
    let doc = &session.doc;
    let offsets = code_point_spans(&doc.text, &doc.sentences);
    let options = || {
        Label::ALL.map(|id| ProdigyOption {
            id,
            text: id.title(),
        })
    };
    lines(
        offsets
            .iter()
            .enumerate()
            .filter_map(|(index, &(start, _))| {
                Some(ProdigyTask {
                    text: doc.sentence_text(index),
                    options: options(),
                    accept: [session.label(index)?],
                    answer: "accept",
                    meta: SentenceMeta {
                        document: &doc.title,
                        document_id: &doc.id,
                        document_version: doc.version,
                        previous_document_id: doc.previous.as_deref(),
                        url: doc.details.url.as_deref(),
                        sentence_id: sentence_id(start),
                        index,
                        note: session.note(index),
                        annotator,
                    },
                })
            }),
    )
}

/// The whole article with its labelled sentences as spans. `spans` is Prodigy's shape; `label`
/// holds the same spans as `[start, end, label]`, the column doccano's sequence labelling reads.
#[derive(Serialize)]
struct ArticleLine<'a> {
    text: &'a str,
    spans: Vec<LabelledSpan>,
    label: Vec<(usize, usize, Label)>,
    meta: ArticleMeta<'a>,
}

/// Code points, end exclusive: `text[start:end]` in Python.
#[derive(Serialize)]
struct LabelledSpan {
    start: usize,
    end: usize,
    label: Label,
}

#[derive(Serialize)]
struct ArticleMeta<'a> {
    document: &'a str,
    document_id: &'a str,
    /// Which version of the article, and the id of the one before it.
    document_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous_document_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotator: Option<&'a str>,
}

/// One line for the whole article.
pub fn spans(session: &Session, annotator: Option<&str>) -> String {
    let doc = &session.doc;
    let labelled: Vec<(usize, usize, Label)> = code_point_spans(&doc.text, &doc.sentences)
        .into_iter()
        .enumerate()
        .filter_map(|(index, (start, end))| Some((start, end, session.label(index)?)))
        .collect();
    lines([ArticleLine {
        text: &doc.text,
        spans: labelled
            .iter()
            .map(|&(start, end, label)| LabelledSpan { start, end, label })
            .collect(),
        label: labelled,
        meta: ArticleMeta {
            document: &doc.title,
            document_id: &doc.id,
            document_version: doc.version,
            previous_document_id: doc.previous.as_deref(),
            url: doc.details.url.as_deref(),
            language: doc.details.language.as_deref(),
            annotator,
        },
    }])
}
