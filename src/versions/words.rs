//! What changed in an edited sentence, word by word: the old and new texts cut into words and
//! the marks between them, diffed, and the runs of each kind joined.

use std::ops::Range;

use similar::algorithms::{myers, Capture, Replace};
use similar::DiffTag;

/// A run of text as the new version compares with the old.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

impl<'a> Piece<'a> {
    pub fn text(self) -> &'a str {
        match self {
            Piece::Same(t) | Piece::Removed(t) | Piece::Added(t) => t,
        }
    }
}

/// Past this many pairs of tokens (two sentences of 2,000 words each), the diff, whose work grows
/// with their product when they differ much, gives way to a coarse one: the words both start and
/// end with, and the middle replaced whole.
const MAX_PAIRS: usize = 4_000_000;

/// Where each word, and each mark or space between words, lies in `text`.
fn tokens(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let word_goes_on = c.is_alphanumeric()
            && text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !word_goes_on {
            out.push(start..end);
            start = end;
        }
    }
    out
}

/// `old` against `new`: what both have, what went and what came, in reading order.
pub fn word_diff<'a>(old: &'a str, new: &'a str) -> Vec<Piece<'a>> {
    let (a, b) = (tokens(old), tokens(new));
    let words = |text: &'a str, t: &[Range<usize>]| -> Vec<&'a str> {
        t.iter().map(|r| &text[r.clone()]).collect()
    };
    // The text a run of tokens covers.
    let cover = |text: &'a str, t: &[Range<usize>], run: Range<usize>| match run.is_empty() {
        true => "",
        false => &text[t[run.start].start..t[run.end - 1].end],
    };
    let mut out = Vec::new();
    let (old_words, new_words) = (words(old, &a), words(new, &b));
    if a.len().saturating_mul(b.len()) > MAX_PAIRS {
        // What both start and end with, and the middle replaced whole: linear, however long.
        let head = old_words
            .iter()
            .zip(&new_words)
            .take_while(|(x, y)| x == y)
            .count();
        let tail = old_words[head..]
            .iter()
            .rev()
            .zip(new_words[head..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let pieces = [
            Piece::Same(cover(new, &b, 0..head)),
            Piece::Removed(cover(old, &a, head..a.len() - tail)),
            Piece::Added(cover(new, &b, head..b.len() - tail)),
            Piece::Same(cover(new, &b, b.len() - tail..b.len())),
        ];
        return pieces
            .into_iter()
            .filter(|p| !p.text().is_empty())
            .collect();
    }
    // Deletions next to insertions as replacements, without the crate's compaction pass.
    let mut found = Replace::new(Capture::new());
    let Ok(()) = myers::diff(&mut found, &old_words, 0..a.len(), &new_words, 0..b.len());
    for op in found.into_inner().into_ops() {
        let gone = cover(old, &a, op.old_range());
        let came = cover(new, &b, op.new_range());
        match op.tag() {
            DiffTag::Equal => out.push(Piece::Same(came)),
            DiffTag::Delete => out.push(Piece::Removed(gone)),
            DiffTag::Insert => out.push(Piece::Added(came)),
            DiffTag::Replace => out.extend([Piece::Removed(gone), Piece::Added(came)]),
        }
    }
    out
}
