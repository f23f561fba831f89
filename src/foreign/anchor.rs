//! Where another tool's annotation sits in the open text: found by its quote (the exact text,
//! told apart from its other occurrences by the text before and after it), with its position
//! only as a hint, read as code points or as UTF-16 units since tools count both; and when the
//! text has changed, the sentences most like the quote.

use std::cmp::Reverse;
use std::ops::Range;

use crate::segment::Span;
use crate::versions::align::{dice, words, NEAR};

/// A `TextQuoteSelector`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quote<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
}

/// Where an annotation was found: a byte range of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchored {
    /// The quote itself.
    Exact(Range<usize>),
    /// The sentences most like a quote no longer in the text.
    Fuzzy(Range<usize>),
}

/// The open text, ready for anchoring many annotations: its sentences' words are read once.
pub struct Target<'a> {
    text: &'a str,
    sentences: &'a [Span],
    words: Vec<Vec<String>>,
}

impl<'a> Target<'a> {
    pub fn new(text: &'a str, sentences: &'a [Span]) -> Target<'a> {
        let words = sentences.iter().map(|s| words(s.of(text))).collect();
        Target {
            text,
            sentences,
            words,
        }
    }

    /// Finds `quote`; `hint` is a `TextPositionSelector`'s start, in a unit not trusted.
    pub fn anchor(&self, quote: Quote, hint: Option<usize>) -> Option<Anchored> {
        let text = self.text;
        if quote.exact.trim().is_empty() {
            return None;
        }
        let hinted: Vec<usize> = hint
            .map(|start| [byte_of_code_point(text, start), byte_of_utf16(text, start)])
            .into_iter()
            .flatten()
            .flatten()
            .collect();
        let best = text
            .match_indices(quote.exact)
            .map(|(at, _)| at)
            .max_by_key(|&at| {
                let before = common_suffix(&text[..at], quote.prefix);
                let after = common_prefix(&text[at + quote.exact.len()..], quote.suffix);
                let off = hinted
                    .iter()
                    .map(|&h| h.abs_diff(at))
                    .min()
                    .unwrap_or(usize::MAX);
                // The context decides first, the hint only between equals, then the first.
                (before + after, Reverse(off), Reverse(at))
            });
        match best {
            Some(at) => Some(Anchored::Exact(at..at + quote.exact.len())),
            None => self.fuzzy(quote.exact).map(Anchored::Fuzzy),
        }
    }

    /// The run of one to three consecutive sentences whose words are most like the quote's,
    /// if alike enough.
    fn fuzzy(&self, exact: &str) -> Option<Range<usize>> {
        let wanted = words(exact);
        let mut best: Option<(f64, Range<usize>)> = None;
        for first in 0..self.sentences.len() {
            let mut run: Vec<String> = Vec::new();
            for last in first..(first + 3).min(self.sentences.len()) {
                run.extend(self.words[last].iter().cloned());
                let score = dice(&wanted, &run);
                if score >= NEAR && best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, self.sentences[first].start..self.sentences[last].end));
                }
            }
        }
        best.map(|(_, range)| range)
    }
}

/// The byte offset of code point `n`, if the text has that many.
fn byte_of_code_point(text: &str, n: usize) -> Option<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .nth(n)
}

/// The byte offset of UTF-16 unit `n`, if one starts there.
fn byte_of_utf16(text: &str, n: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units == n {
            return Some(i);
        }
        units += c.len_utf16();
    }
    (units == n).then_some(text.len())
}

/// How many characters `a` ends with of the end of `b`.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many characters `a` starts with of the start of `b`.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}
