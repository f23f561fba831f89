//! What the models see of a sentence: hashed features (the hashing trick), so that a model is
//! a fixed array of weights whatever the vocabulary. Words (lower case, every digit read as 0,
//! so "41,200" and "2,600" look alike), pairs of adjacent words, and the four-character pieces
//! of each word with its ends marked, which carry inflections and unseen names.

/// A sentence's features: distinct hashes, each of weight `weight` (together of length 1, so
/// that a long sentence does not outweigh a short one).
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    pub hashes: Vec<u32>,
    pub weight: f32,
}

impl Features {
    pub fn of(text: &str) -> Features {
        let words = words(text);
        let mut hashes = Vec::with_capacity(words.len() * 6);
        for (i, word) in words.iter().enumerate() {
            hashes.push(hash(b'w', word.as_bytes()));
            if let Some(next) = words.get(i + 1) {
                hashes.push(hash(b'b', format!("{word} {next}").as_bytes()));
            }
            let marked: Vec<char> = std::iter::once('<')
                .chain(word.chars())
                .chain(std::iter::once('>'))
                .collect();
            for piece in marked.windows(4) {
                hashes.push(hash(b'c', piece.iter().collect::<String>().as_bytes()));
            }
        }
        hashes.sort_unstable();
        hashes.dedup();
        let weight = if hashes.is_empty() {
            0.0
        } else {
            1.0 / (hashes.len() as f32).sqrt()
        };
        Features { hashes, weight }
    }

    /// The features as indices into an array of `dim` weights.
    pub fn indices(&self, dim: usize) -> impl Iterator<Item = usize> + '_ {
        self.hashes.iter().map(move |&h| h as usize % dim)
    }
}

/// The words of `text`: runs of letters and digits (an apostrophe inside a word kept), lower
/// case, every digit as 0.
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let inside = matches!(c, '\'' | '’')
            && !word.is_empty()
            && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inside {
            if c.is_numeric() {
                word.push('0');
            } else {
                word.extend(c.to_lowercase());
            }
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// 32-bit FNV-1a of the feature's kind and text: the same on every platform, so that the
/// weights trained natively serve in the browser.
fn hash(kind: u8, bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in std::iter::once(&kind).chain(bytes) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_with_digits_as_zero() {
        assert_eq!(
            words("The island's 41,200 Passengers!"),
            ["the", "island's", "00", "000", "passengers"]
        );
        assert_eq!(words("'quoted' — yes"), ["quoted", "yes"]);
    }

    #[test]
    fn numbers_of_one_shape_share_features_and_length_does_not_weigh() {
        let a = Features::of("It carried 41,200 passengers.");
        let b = Features::of("It carried 52,900 passengers.");
        assert_eq!(a, b);
        let long = Features::of(&"word ".repeat(50));
        let norm = |f: &Features| f.hashes.len() as f32 * f.weight * f.weight;
        assert!((norm(&a) - 1.0).abs() < 1e-5 && (norm(&long) - 1.0).abs() < 1e-5);
        assert_eq!(Features::of("").weight, 0.0);
    }

    #[test]
    fn hashing_is_fixed() {
        // The bundled prior's weights were trained with these hashes: a change here would
        // silently scramble them.
        assert_eq!(hash(b'w', b"claim"), 0x035a_eada);
    }
}
