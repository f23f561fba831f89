//! A pasted article: its exact text, its id and title, and its paragraph and sentence spans,
//! and the two edits of those spans a reader can make: split a sentence, merge two.

use std::rc::Rc;

use crate::segment::{segment, Paragraph, Span};
use crate::sketch::sketch as sketch_of;

/// A document as the reader pasted it, split into paragraphs and sentences (byte spans).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Derived from the text, so pasting the same article again finds the same document.
    pub id: String,
    pub title: String,
    /// Byte-for-byte what was pasted; shared, since edits of the spans keep the text.
    pub text: Rc<str>,
    /// ISO 8601 UTC timestamp.
    pub created: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    /// Where the article was published and its language, when the reader gave them.
    pub details: Details,
    /// Which version of the article this is: 1 for the text first pasted, and one more for
    /// each later text pasted as its new version.
    /// At most `MAX_VERSION`.
    pub version: u32,
    /// The id of the version this one was made from.
    pub previous: Option<String>,
    /// A summary of the text that later versions are recognised by (`crate::sketch`);
    /// derived from the text, so it never changes.
    pub sketch: Rc<[u64]>,
    /// Where storage keeps the text: the name of the pack it was imported in, or `None` for a
    /// text record of its own.
    pub pack: Option<String>,
}

/// What the reader says about an article beyond its text; carried in every export.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Details {
    /// The article's address: an absolute `http` or `https` URL.
    pub url: Option<String>,
    /// Its language as a BCP 47 tag (`en`, `pt-BR`).
    pub language: Option<String>,
}

/// Why details the reader typed cannot be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailsError {
    NotAWebAddress,
    NotALanguageTag,
}

impl std::fmt::Display for DetailsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DetailsError::NotAWebAddress => write!(
                f,
                "the source must be a web address starting with https:// or http://, without spaces"
            ),
            DetailsError::NotALanguageTag => write!(
                f,
                "the language must be a tag such as en, fr or pt-BR (letters, digits and hyphens)"
            ),
        }
    }
}

impl Details {
    /// Checks what the reader typed: surrounding space is dropped, and a blank field means none.
    pub fn new(url: &str, language: &str) -> Result<Details, DetailsError> {
        let blank_to_none = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let url = blank_to_none(url);
        let language = blank_to_none(language);
        if let Some(url) = &url {
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"));
            if !rest.is_some_and(|host| !host.is_empty() && !host.starts_with('/'))
                || url.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(DetailsError::NotAWebAddress);
            }
        }
        if let Some(tag) = &language {
            let subtags_ok = tag.split('-').all(|part| {
                (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
            });
            let starts_with_language = tag
                .split('-')
                .next()
                .is_some_and(|p| p.len() >= 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
            if !subtags_ok || !starts_with_language {
                return Err(DetailsError::NotALanguageTag);
            }
        }
        Ok(Details { url, language })
    }
}

/// Why stored or imported spans cannot belong to a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpanError {
    OutOfRange { index: usize },
    NotOnCharBoundary { index: usize },
    Overlapping { index: usize },
    Empty { index: usize },
    ParagraphsDoNotAddUp,
}

impl std::fmt::Display for SpanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpanError::OutOfRange { index } => write!(f, "sentence {index} lies outside the text"),
            SpanError::NotOnCharBoundary { index } => {
                write!(f, "sentence {index} cuts a character in two")
            }
            SpanError::Overlapping { index } => {
                write!(f, "sentence {index} overlaps the one before it")
            }
            SpanError::Empty { index } => write!(f, "sentence {index} is empty"),
            SpanError::ParagraphsDoNotAddUp => {
                write!(f, "the paragraphs do not add up to the sentences")
            }
        }
    }
}

impl Document {
    /// Splits freshly pasted `text`.
    pub fn new(text: String, created: &str) -> Document {
        let segments = segment(&text);
        Document {
            id: document_id(&text),
            title: default_title(&text),
            created: created.to_string(),
            paragraphs: segments.paragraphs,
            sentences: segments.sentences,
            sketch: sketch_of(&text).into(),
            text: text.into(),
            details: Details::default(),
            version: 1,
            previous: None,
            pack: None,
        }
    }

    /// Whether it is a gold version (see `compare::gold`): then a comparison settles it, and
    /// it is not one of the annotators.
    pub fn is_gold(&self) -> bool {
        self.id.ends_with(GOLD_SUFFIX)
    }

    /// The id of its text: a gold version shares its article's.
    pub fn text_id(&self) -> &str {
        self.id.strip_suffix(GOLD_SUFFIX).unwrap_or(&self.id)
    }

    /// Rebuilds a document from stored spans, checking every one against the text.
    /// `paragraph_sizes` gives the number of sentences in each paragraph, in order; `sketch` is
    /// the text's sketch when a stored record kept it (it is made from the text otherwise).
    pub fn from_parts(
        id: String,
        title: String,
        text: Rc<str>,
        created: String,
        sentences: Vec<Span>,
        paragraph_sizes: &[usize],
        sketch: Option<Vec<u64>>,
    ) -> Result<Document, SpanError> {
        check_spans(&text, &sentences)?;
        if paragraph_sizes.contains(&0)
            || paragraph_sizes
                .iter()
                .try_fold(0usize, |a, &n| a.checked_add(n))
                != Some(sentences.len())
        {
            return Err(SpanError::ParagraphsDoNotAddUp);
        }
        let mut paragraphs = Vec::with_capacity(paragraph_sizes.len());
        let mut first = 0;
        for &n in paragraph_sizes {
            let span = Span::new(sentences[first].start, sentences[first + n - 1].end);
            paragraphs.push(Paragraph {
                span,
                sentences: first..first + n,
            });
            first += n;
        }
        Ok(Document {
            id,
            title,
            sketch: sketch.unwrap_or_else(|| sketch_of(&text)).into(),
            text,
            created,
            paragraphs,
            sentences,
            details: Details::default(),
            version: 1,
            previous: None,
            pack: None,
        })
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences[index].of(&self.text)
    }

    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The sentence holding byte `at` of the text.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).filter(|s| s.start <= at).map(|_| i)
    }

    /// The paragraph holding sentence `index`.
    pub fn paragraph_of(&self, index: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.sentences.end <= index)
    }

    /// Splits sentence `index` at byte offset `at` of the text. Both halves are trimmed and must
    /// keep some text; `None` when that is not possible.
    pub fn split(&self, index: usize, at: usize) -> Option<Document> {
        let span = *self.sentences.get(index)?;
        if at <= span.start || at >= span.end || !self.text.is_char_boundary(at) {
            return None;
        }
        let left = Span::new(
            span.start,
            span.start + self.text[span.start..at].trim_end().len(),
        );
        let right = Span::new(
            at + (self.text[at..span.end].len() - self.text[at..span.end].trim_start().len()),
            span.end,
        );
        if left.is_empty() || right.is_empty() {
            return None;
        }
        let mut doc = self.clone();
        doc.sentences.splice(index..=index, [left, right]);
        let p = self.paragraph_of(index);
        doc.paragraphs[p].sentences.end += 1;
        for paragraph in &mut doc.paragraphs[p + 1..] {
            paragraph.sentences = paragraph.sentences.start + 1..paragraph.sentences.end + 1;
        }
        Some(doc)
    }

    /// Merges sentence `index` with the next one; across a line break the two paragraphs become
    /// one. `None` when there is no next sentence.
    pub fn merge_with_next(&self, index: usize) -> Option<Document> {
        let next = *self.sentences.get(index + 1)?;
        let mut doc = self.clone();
        doc.sentences[index].end = next.end;
        doc.sentences.remove(index + 1);
        let p = self.paragraph_of(index);
        if self.paragraphs[p].sentences.end == index + 1 {
            // The next sentence opens the next paragraph: join the paragraphs.
            let following = doc.paragraphs.remove(p + 1);
            doc.paragraphs[p].span.end = following.span.end;
            doc.paragraphs[p].sentences.end = following.sentences.end;
        }
        doc.paragraphs[p].sentences.end -= 1;
        for paragraph in &mut doc.paragraphs[p + 1..] {
            paragraph.sentences = paragraph.sentences.start - 1..paragraph.sentences.end - 1;
        }
        Some(doc)
    }
}

fn check_spans(text: &str, spans: &[Span]) -> Result<(), SpanError> {
    let mut prev_end = 0;
    for (index, span) in spans.iter().enumerate() {
        if span.start > span.end || span.end > text.len() {
            return Err(SpanError::OutOfRange { index });
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return Err(SpanError::NotOnCharBoundary { index });
        }
        if span.start < prev_end {
            return Err(SpanError::Overlapping { index });
        }
        if span.is_empty() {
            return Err(SpanError::Empty { index });
        }
        prev_end = span.end;
    }
    Ok(())
}

/// The id of the sentence that starts `code_point_start` code points into the text. A
/// document's text never changes, so the id is fixed by it: the first half of a split keeps it,
/// a merged sentence keeps the first one's, and undo, re-export and another reader's copy of the
/// same article all name the sentence alike.
pub fn sentence_id(code_point_start: usize) -> String {
    format!("s{code_point_start}")
}

/// The highest version number an article can have: files and records naming a higher one are
/// not believed, and an article at it takes no new version (it would be numbered past it).
pub const MAX_VERSION: u32 = 9_999;

/// Ends the id of a gold version (see `compare::gold`): the text's id with this after it, so the
/// gold version sits beside the document of the same text instead of in its place.
pub const GOLD_SUFFIX: &str = "-gold";

/// The id a document of `text` keeps from a file that names it `named`: a gold version's name
/// is kept; any other is derived again from the text, so the same article is found however it
/// arrives.
pub fn id_for(text: &str, named: &str) -> String {
    let id = document_id(text);
    if named.strip_prefix(id.as_str()) == Some(GOLD_SUFFIX) {
        named.to_string()
    } else {
        id
    }
}

/// A stable id for a text: FNV-1a over its bytes, so the same article always gets the same id.
pub fn document_id(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("doc-{hash:016x}")
}

/// The first non-blank line, shortened to 80 characters.
pub fn default_title(text: &str) -> String {
    const MAX: usize = 80;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled");
    if line.chars().count() <= MAX {
        return line.to_string();
    }
    let cut: String = line.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}
