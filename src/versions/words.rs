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
