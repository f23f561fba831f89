//! Text → paragraphs and sentence spans: the pure, linear-time splitter every annotation hangs on.
//!
//! Spans are byte ranges of the input (always on `char` boundaries), trimmed of whitespace.
//! A paragraph is one line, or several lines when the text is hard-wrapped (as e-mails and
//! PDF copies are). A sentence never crosses a paragraph boundary.

mod lines;
mod sentences;
mod words;

use std::ops::Range;

/// A byte range `start..end` of the document text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// One paragraph: its span and the indices of its sentences in [`Segments::sentences`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Range<usize>,
}

/// The result of splitting a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
}

/// Splits `text` into paragraphs and sentences.
pub fn segment(text: &str) -> Segments {
    let mut out = Segments::default();
    for para in lines::paragraphs(text) {
        let first = out.sentences.len();
        sentences::split(text, para, &mut out.sentences);
        if out.sentences.len() > first {
            out.paragraphs.push(Paragraph {
                span: para,
                sentences: first..out.sentences.len(),
            });
        }
    }
    out
}

/// Convenience for tests and tools: the sentence strings of `text`.
pub fn sentence_texts(text: &str) -> Vec<&str> {
    segment(text).sentences.iter().map(|s| s.of(text)).collect()
}
