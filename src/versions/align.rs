//! Which old sentence each sentence of a new version came from: identical text first (a diff
//! over the sentences' text, then a sentence moved elsewhere), then near matches between those
//! anchors, then the parts of a split. Close to linear in the text.

use std::collections::HashMap;

use std::convert::Infallible;

use similar::algorithms::{patience, DiffHook};

/// How a new sentence came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The same text as old sentence `n` (white space aside), wherever it stood.
    Kept(usize),
    /// Old sentence `n` with small edits, or a part of it split off, or it merged into this one.
    Edited(usize),
    Inserted,
}

impl Origin {
    pub fn old(self) -> Option<usize> {
        match self {
            Origin::Kept(n) | Origin::Edited(n) => Some(n),
            Origin::Inserted => None,
        }
    }
}

/// At least this share of two sentences' words in common (Dice coefficient) makes a near match:
/// a sentence with a word or two changed stays itself, one rewritten becomes another.
pub const NEAR: f64 = 0.6;

/// A gap between anchors wider than this on both sides is matched near its diagonal only, so
/// that a rewritten article costs no more than linear time.
const WINDOW: usize = 16;

/// One origin per new sentence. `old` and `new` are the sentences' texts, in order.
pub fn align(old: &[&str], new: &[&str]) -> Vec<Origin> {
    let old_keys: Vec<String> = old.iter().map(|s| key(s)).collect();
    let new_keys: Vec<String> = new.iter().map(|s| key(s)).collect();
    let mut origin = vec![Origin::Inserted; new.len()];
    let mut taken = vec![false; old.len()];

    // 1. The longest runs of identical sentences, in order.
    let mut equal = Equal {
        origin: &mut origin,
        taken: &mut taken,
    };
    let Ok(()) = patience::diff(&mut equal, &old_keys, 0..old.len(), &new_keys, 0..new.len());

    // 2. A sentence moved elsewhere (a reordered paragraph): the same text, found by its key.
    let mut unplaced: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, k) in old_keys.iter().enumerate().rev() {
        if !taken[i] {
            unplaced.entry(k).or_default().push(i);
        }
    }
    for (j, k) in new_keys.iter().enumerate() {
        if origin[j] == Origin::Inserted {
            if let Some(i) = unplaced.get_mut(k.as_str()).and_then(Vec::pop) {
                origin[j] = Origin::Kept(i);
                taken[i] = true;
            }
        }
    }

    // 3. Near matches between anchors, in order.
    let words_old: Vec<Vec<String>> = old.iter().map(|s| words(s)).collect();
    let words_new: Vec<Vec<String>> = new.iter().map(|s| words(s)).collect();
    for (old_gap, new_gap) in gaps(&origin, old.len()) {
        let mut from = old_gap.start;
        for j in new_gap.clone() {
            let reach = if old_gap.len() > WINDOW && new_gap.len() > WINDOW {
                // In 64 bits: the product passes 32 (wasm's usize) past 65,536 sentences a side.
                let along = (j - new_gap.start) as u64 * old_gap.len() as u64;
                let diagonal = old_gap.start + (along / new_gap.len() as u64) as usize;
                from.max(diagonal.saturating_sub(WINDOW))..(diagonal + WINDOW).min(old_gap.end)
            } else {
                from..old_gap.end
            };
            let best = reach
                .filter(|&i| !taken[i])
                .map(|i| (i, dice(&words_old[i], &words_new[j])))
                .filter(|&(_, score)| score >= NEAR)
                .fold(None, |best: Option<(usize, f64)>, c| match best {
                    Some(b) if b.1 >= c.1 => Some(b),
                    _ => Some(c),
                });
            if let Some((i, _)) = best {
                origin[j] = Origin::Edited(i);
                taken[i] = true;
                from = i + 1;
            }
        }
    }

    // 4. Splits and merges: a new sentence left over that lies within the old sentence its
    //    neighbour came from is a part of it; an old one left over that lies within the new
    //    sentence its neighbour went to merged into it.
    for j in 0..new.len() {
        if origin[j] != Origin::Inserted {
            continue;
        }
        let neighbours = [j.checked_sub(1), Some(j + 1)];
        if let Some(i) = neighbours
            .into_iter()
            .flatten()
            .filter_map(|n| origin.get(n)?.old())
            .find(|&i| within(&words_new[j], &words_old[i]))
        {
            origin[j] = Origin::Edited(i);
        }
    }
    origin
}

/// Takes the runs of identical sentences a diff finds (the diff's other findings are what the
/// later passes look into). Only this, rather than every kind of change, keeps the diff's code
/// in the page small.
struct Equal<'a> {
    origin: &'a mut [Origin],
    taken: &'a mut [bool],
}

impl DiffHook for Equal<'_> {
    type Error = Infallible;

    fn equal(&mut self, old_index: usize, new_index: usize, len: usize) -> Result<(), Infallible> {
        for k in 0..len {
            self.origin[new_index + k] = Origin::Kept(old_index + k);
            self.taken[old_index + k] = true;
        }
        Ok(())
    }
}

/// For each old sentence that no new sentence came from: the new sentence it merged into, if
/// its words lie within one next to where its neighbours went.
pub fn merged_into(old: &[&str], new: &[&str], origin: &[Origin]) -> Vec<Option<usize>> {
    let mut went = vec![None; old.len()];
    for (j, o) in origin.iter().enumerate() {
        if let Some(i) = o.old() {
            went[i].get_or_insert(j);
        }
    }
    (0..old.len())
        .map(|i| {
            if went[i].is_some() {
                return None;
            }
            let words_old = words(old[i]);
            let neighbours = [i.checked_sub(1), Some(i + 1)];
            neighbours
                .into_iter()
                .flatten()
                .filter_map(|n| *went.get(n)?)
                .find(|&j| within(&words_old, &words(new[j])))
        })
        .collect()
}

/// The stretches between anchors: each range of old sentences not yet placed, with the range of
/// new sentences between the same two anchors.
fn gaps(
    origin: &[Origin],
    old_len: usize,
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let (mut old_from, mut new_from) = (0, 0);
    let anchors = origin
        .iter()
        .enumerate()
        .filter_map(|(j, o)| match o {
            // A moved sentence is no anchor: order around it is its old place's.
            Origin::Kept(i) => Some((*i, j)),
            _ => None,
        })
        .chain(std::iter::once((old_len, origin.len())));
    for (i, j) in anchors {
        if i >= old_from && j >= new_from {
            if i > old_from && j > new_from {
                out.push((old_from..i, new_from..j));
            }
            old_from = i + 1;
            new_from = j + 1;
        }
    }
    out
}

/// A sentence's text as compared: white space collapsed.
fn key(sentence: &str) -> String {
    sentence.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Its words, with ASCII letters lowercased (as `sketch` does), for near matches.
pub fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether `part`'s words stand, in order and together, within `whole`'s.
fn within(part: &[String], whole: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

/// The Dice coefficient of two sentences' words (as multisets).
pub fn dice(a: &[String], b: &[String]) -> f64 {
    Bag::of(a).dice(b)
}

/// A sentence's words counted once, to compare with many others.
pub struct Bag<'a> {
    counts: HashMap<&'a str, isize>,
    len: usize,
}

impl<'a> Bag<'a> {
    pub fn of(words: &'a [String]) -> Bag<'a> {
        let mut counts: HashMap<&str, isize> = HashMap::new();
        for w in words {
            *counts.entry(w).or_default() += 1;
        }
        Bag {
            counts,
            len: words.len(),
        }
    }

    /// The Dice coefficient of these words and `other` (as multisets).
    pub fn dice<S: AsRef<str>>(&self, other: &[S]) -> f64 {
        if self.len == 0 && other.is_empty() {
            return 1.0;
        }
        let mut left = self.counts.clone();
        let mut common = 0;
        for w in other {
            if let Some(n) = left.get_mut(w.as_ref()).filter(|n| **n > 0) {
                *n -= 1;
                common += 1;
            }
        }
        2.0 * common as f64 / (self.len + other.len()) as f64
    }
}
