//! Recognising a new version of a stored article without reading the stored ones: each text is
//! summed up by a small sketch (the 32 smallest hashes of its runs of four words), and two
//! sketches estimate the share of such runs the texts have in common (their resemblance).
//! A corrected sentence changes a few runs of its own, so a lightly edited article stays close
//! to its old version while another article shares next to nothing.

use std::collections::HashMap;

/// How many hashes a sketch keeps, of 32 bits each: enough to tell 0.5 from 0.2 resemblance
/// reliably, small enough to keep one per document in the library (about 130 bytes of the
/// roughly 900 UTF-16 units a 4 KB article may take for 5,000 of them to fit).
pub const SKETCH: usize = 32;

/// The resemblance from which a pasted text counts as a new version of a stored one: at least
/// half of all their four-word runs shared (for two texts of one length, two in three of each
/// one's runs).
pub const NEW_VERSION: f64 = 0.5;

const WORDS: usize = 4;

/// The sketch of `text`: the smallest distinct hashes of its runs of four words (ASCII letters
/// lowercased), in order. A text of fewer words is one run. One pass, keeping the smallest
/// `SKETCH` as it goes, so opening a long article costs little more than reading its words.
pub fn sketch(text: &str) -> Vec<u64> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut smallest = Vec::with_capacity(SKETCH + 1);
    if words.is_empty() {
        return smallest;
    }
    for run in words.windows(WORDS.min(words.len())) {
        let h = hash(run) >> 32;
        if smallest.len() == SKETCH && smallest.last().is_some_and(|&last| h >= last) {
            continue;
        }
        if let Err(at) = smallest.binary_search(&h) {
            smallest.insert(at, h);
            smallest.truncate(SKETCH);
        }
    }
    smallest
}

/// A sketch kept before hashes were cut to 32 bits and sketches to `SKETCH` hashes, as it is
/// now: the top bits of each hash keep their order, so the smallest stay the smallest.
pub fn narrowed(old: &[u64]) -> Vec<u64> {
    let wide = old.iter().any(|&h| h >> 32 != 0);
    let mut narrow: Vec<u64> = old
        .iter()
        .map(|&h| if wide { h >> 32 } else { h })
        .collect();
    narrow.dedup();
    narrow.truncate(SKETCH);
    narrow
}

/// The estimated resemblance of the texts two sketches stand for, from 0 to 1: of the smallest
/// hashes of both together, the share that both have.
pub fn resemblance(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut seen, mut both) = (0, 0, 0, 0);
    while seen < SKETCH && (i < a.len() || j < b.len()) {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                both += 1;
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => i += 1,
            (Some(_), None) => i += 1,
            _ => j += 1,
        }
        seen += 1;
    }
    if seen == 0 {
        0.0
    } else {
        both as f64 / seen as f64
    }
}

/// The stored text most like the one pasted, if it resembles it enough to be a new version:
/// its key (a document id) and the resemblance. Linear in the library, `SKETCH` hashes a document.
pub fn new_version_of<'a>(
    pasted: &[u64],
    library: impl IntoIterator<Item = (&'a str, &'a [u64])>,
) -> Option<(&'a str, f64)> {
    library
        .into_iter()
        .map(|(id, stored)| (id, resemblance(pasted, stored)))
        .filter(|&(_, r)| r >= NEW_VERSION)
        .fold(None, |best, c| match best {
            Some(b) if b.1 >= c.1 => Some(b),
            _ => Some(c),
        })
}

/// The library's sketches, indexed by hash, so that a text is compared only with the stored
/// ones it shares a run of words with: an import of thousands of articles into a library of
/// thousands stays fast.
pub struct Index {
    ids: Vec<String>,
    sketches: Vec<Vec<u64>>,
    by_hash: HashMap<u64, Vec<usize>>,
}

impl Index {
    /// Every document of `library`, given as its id and sketch.
    pub fn new(library: Vec<(String, Vec<u64>)>) -> Index {
        let mut index = Index {
            ids: Vec::with_capacity(library.len()),
            sketches: Vec::with_capacity(library.len()),
            by_hash: HashMap::new(),
        };
        for (i, (id, sketch)) in library.into_iter().enumerate() {
            for &h in &sketch {
                index.by_hash.entry(h).or_default().push(i);
            }
            index.ids.push(id);
            index.sketches.push(sketch);
        }
        index
    }

    /// As `new_version_of`, over the documents indexed.
    pub fn new_version_of(&self, text: &[u64]) -> Option<(&str, f64)> {
        let mut candidates: Vec<usize> = text
            .iter()
            .filter_map(|h| self.by_hash.get(h))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        new_version_of(
            text,
            candidates
                .into_iter()
                .map(|i| (self.ids[i].as_str(), self.sketches[i].as_slice())),
        )
    }
}

/// FNV-1a over the words, each ended by a space, with ASCII letters lowercased (full Unicode
/// case folding would add its tables to the page, for the capital of a sentence's first word):
/// fixed across builds, so sketches can be stored.
fn hash(words: &[&str]) -> u64 {
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for word in words {
        for b in word.bytes() {
            h = step(h, b.to_ascii_lowercase());
        }
        h = step(h, b' ');
    }
    h
}
