//! Where another tool's annotation sits in the open text: found by its quote (the exact text,
//! told apart from its other occurrences by the text before and after it), with its position
//! only as a hint, read as code points or as UTF-16 units since tools count both; and when the
//! text has changed, the sentences most like the quote.

use std::cell::OnceCell;
use std::cmp::Reverse;
use std::ops::Range;

use memchr::memmem;

use crate::segment::Span;
use crate::versions::align::{words, Bag, NEAR};

/// A `TextQuoteSelector`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quote<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
}

/// Where an annotation was found: a byte range of the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Anchored {
    /// The quote itself.
    Exact(Range<usize>),
    /// The sentences most like a quote no longer in the text.
    Fuzzy(Range<usize>),
}

/// The open text, ready for anchoring many annotations: its sentences' words are read once a
/// quote is not found as it is, and where each code point and UTF-16 unit starts once a hint
/// asks.
pub struct Target<'a> {
    text: &'a str,
    sentences: &'a [Span],
    words: OnceCell<Vec<Vec<String>>>,
    offsets: OnceCell<Offsets>,
}

/// The byte where each code point starts, and each UTF-16 unit (`NONE` inside a pair), with
/// the text's end after the last: a position hint becomes a byte in one look-up.
struct Offsets {
    by_code_point: Vec<usize>,
    by_utf16: Vec<usize>,
}

const NONE: usize = usize::MAX;

impl Offsets {
    fn of(text: &str) -> Offsets {
        let mut by_code_point = Vec::with_capacity(text.len() + 1);
        let mut by_utf16 = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            by_code_point.push(i);
            by_utf16.push(i);
            if c.len_utf16() == 2 {
                by_utf16.push(NONE);
            }
        }
        by_code_point.push(text.len());
        by_utf16.push(text.len());
        Offsets {
            by_code_point,
            by_utf16,
        }
    }

    /// The bytes a hint may mean, read as code points and as UTF-16 units, in text order.
    fn hinted(&self, hint: usize) -> Vec<usize> {
        let mut at: Vec<usize> = [self.by_code_point.get(hint), self.by_utf16.get(hint)]
            .into_iter()
            .flatten()
            .copied()
            .filter(|&b| b != NONE)
            .collect();
        at.sort_unstable();
        at.dedup();
        at
    }
}

/// How many sentences on each side of a hint are compared with a quote no longer in the text:
/// comparing every sentence with each of thousands of reworded quotes would take minutes.
const NEAR_HINT: usize = 16;

impl<'a> Target<'a> {
    pub fn new(text: &'a str, sentences: &'a [Span]) -> Target<'a> {
        Target {
            text,
            sentences,
            words: OnceCell::new(),
            offsets: OnceCell::new(),
        }
    }

    /// Finds `quote`; `hint` is a `TextPositionSelector`'s start, in a unit not trusted.
    pub fn anchor(&self, quote: Quote, hint: Option<usize>) -> Option<Anchored> {
        let text = self.text;
        if quote.exact.trim().is_empty() {
            return None;
        }
        let hinted = hint.map_or_else(Vec::new, |h| {
            self.offsets.get_or_init(|| Offsets::of(text)).hinted(h)
        });
        // The quote where the hint says, with all its context around it: no other place can
        // do better (see below), so the text is not searched.
        let whole = |at: usize| {
            text[at..].starts_with(quote.exact)
                && text[..at].ends_with(quote.prefix)
                && text[at + quote.exact.len()..].starts_with(quote.suffix)
        };
        if let Some(&at) = hinted.iter().find(|&&at| whole(at)) {
            return Some(Anchored::Exact(at..at + quote.exact.len()));
        }
        // A match of whole UTF-8 in UTF-8 starts on a character boundary.
        let best = memmem::find_iter(text.as_bytes(), quote.exact.as_bytes()).max_by_key(|&at| {
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
            None => self
                .fuzzy(quote.exact, hinted.first().copied())
                .map(Anchored::Fuzzy),
        }
    }

    /// The run of one to three consecutive sentences whose words are most like the quote's,
    /// if alike enough: among the sentences near the hint when there is one, else among all.
    fn fuzzy(&self, exact: &str, near: Option<usize>) -> Option<Range<usize>> {
        let wanted = words(exact);
        let sentence_words = self.words.get_or_init(|| {
            let text = self.text;
            self.sentences.iter().map(|s| words(s.of(text))).collect()
        });
        let bag = Bag::of(&wanted);
        let n = self.sentences.len();
        let around = |at: usize| {
            let i = self.sentences.partition_point(|s| s.end <= at);
            i.saturating_sub(NEAR_HINT)..(i + NEAR_HINT).min(n)
        };
        let mut best: Option<(f64, Range<usize>)> = None;
        for first in near.map_or(0..n, around) {
            let mut run: Vec<&str> = Vec::new();
            for (last, words) in sentence_words.iter().enumerate().skip(first).take(3) {
                run.extend(words.iter().map(String::as_str));
                // Dice can reach `NEAR` only if the shorter side's words could all be shared;
                // a run already too long only grows longer.
                let (q, r) = (wanted.len(), run.len());
                if (2.0 * q.min(r) as f64) < NEAR * (q + r) as f64 {
                    if r > q {
                        break;
                    }
                    continue;
                }
                let score = bag.dice(&run);
                if score >= NEAR && best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, self.sentences[first].start..self.sentences[last].end));
                }
            }
        }
        best.map(|(_, range)| range)
    }
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
