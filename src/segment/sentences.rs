//! One paragraph → sentence spans, in a single left-to-right pass over its characters.

use std::collections::HashSet;

use super::words::{
    abbreviation, is_bullet, is_cjk_terminal, is_closer, is_exclaiming_name, is_opener,
    is_sentence_opener, is_terminal, is_time_continuation, marker_len, Abbrev, Marker,
};
use super::Span;

/// Appends the sentences of paragraph `para` of `text` to `out`.
pub fn split(text: &str, para: Span, out: &mut Vec<Span>) {
    let slice = para.of(text);
    let mut chars = Vec::with_capacity(slice.len());
    let mut bytes = Vec::with_capacity(slice.len() + 1);
    for (offset, c) in slice.char_indices() {
        chars.push(c);
        bytes.push(para.start + offset);
    }
    bytes.push(para.end);
    Paragraph::new(&chars, &bytes).split(out);
}

struct Paragraph<'a> {
    c: &'a [char],
    /// Byte offset in the document of each char, plus the paragraph's end.
    bytes: &'a [usize],
    /// Char indices where a list item starts, in order.
    items: Vec<usize>,
    /// For each char inside a quotation followed by an attribution (`"Stop. Now," he said.`),
    /// the index of the closing mark (0 elsewhere): no sentence ends inside such a quotation.
    /// Empty when the paragraph has none.
    quote_close: Vec<u32>,
}

impl<'a> Paragraph<'a> {
    fn new(c: &'a [char], bytes: &'a [usize]) -> Self {
        Paragraph {
            c,
            bytes,
            items: list_items(c),
            quote_close: attributed_quotes(c),
        }
    }

    fn at(&self, i: usize) -> char {
        self.c.get(i).copied().unwrap_or(' ')
    }

    fn split(&self, out: &mut Vec<Span>) {
        let n = self.c.len();
        let mut start: Option<usize> = None;
        let mut next_item = 0;
        let mut i = 0;
        while i < n {
            let ch = self.c[i];
            if ch.is_whitespace() {
                i += 1;
                continue;
            }
            while next_item < self.items.len() && self.items[next_item] < i {
                next_item += 1;
            }
            if self.items.get(next_item) == Some(&i) {
                if let Some(s) = start.filter(|&s| s < i) {
                    self.push(s, i, out);
                }
                start = Some(i);
            }
            let s = *start.get_or_insert(i);
            if !is_terminal(ch) {
                i += 1;
                continue;
            }
            let mark = self.mark_at(i);
            if self.ends_sentence(s, &mark) {
                self.push(s, mark.end, out);
                start = None;
            }
            let k = mark.end;
            i = k;
        }
        if let Some(s) = start {
            self.push(s, n, out);
        }
    }

    /// The terminal marks starting at `i` ("?!", "...", ". . .") and the closing quotes,
    /// brackets and citation marks ("[4]") that follow them.
    fn mark_at(&self, i: usize) -> Mark {
        let n = self.c.len();
        let mut run_end = i;
        while run_end < n && is_terminal(self.c[run_end]) {
            run_end += 1;
        }
        let mut spaced = false;
        if self.c[i] == '.' {
            // A spaced ellipsis, ". . ." or ". . . .", is one mark.
            while run_end + 1 < n && self.c[run_end] == ' ' && self.c[run_end + 1] == '.' {
                spaced = true;
                run_end += 2;
            }
        }
        let mut end = run_end;
        let mut closed_quote = false;
        loop {
            match self.c.get(end) {
                Some(&c) if is_closer(c) || is_terminal(c) => {
                    closed_quote |=
                        !matches!(c, ')' | ']' | '}' | '）' | '】' | '〕') && !is_terminal(c);
                    end += 1;
                }
                Some('[') => match self.citation_len(end) {
                    Some(len) => end += len,
                    None => break,
                },
                _ => break,
            }
        }
        let dots = self.c[i..run_end].iter().filter(|&&c| c == '.').count()
            + 3 * self.c[i..run_end].iter().filter(|&&c| c == '…').count();
        Mark {
            start: i,
            run_end,
            end,
            dots,
            spaced,
            closed_quote,
        }
    }

    /// The length of a citation mark such as "[12]" at `at`.
    fn citation_len(&self, at: usize) -> Option<usize> {
        let digits = self.c[at + 1..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (digits > 0 && self.c.get(at + 1 + digits) == Some(&']')).then_some(digits + 2)
    }

    fn push(&self, start: usize, mut end: usize, out: &mut Vec<Span>) {
        while end > start && self.c[end - 1].is_whitespace() {
            end -= 1;
        }
        if end > start {
            out.push(Span::new(self.bytes[start], self.bytes[end]));
        }
    }

    /// Whether `mark` ends the sentence that began at `s`.
    fn ends_sentence(&self, s: usize, mark: &Mark) -> bool {
        let n = self.c.len();
        let (i, k) = (mark.start, mark.end);
        if self.inside_attributed_quote(i, k) {
            return false;
        }
        let run = &self.c[i..mark.run_end];
        if k >= n || run.iter().any(|&c| is_cjk_terminal(c)) {
            return true;
        }
        let exclaims = run.iter().any(|&c| matches!(c, '?' | '!' | '‽'));
        if !self.c[k].is_whitespace() {
            return k == mark.run_end && self.glued_boundary(s, i, k, exclaims);
        }
        let mut m = k;
        while m < n && self.c[m].is_whitespace() {
            m += 1;
        }
        if m >= n || self.items.binary_search(&m).is_ok() {
            return true;
        }
        let next = self.next_word(m);
        if mark.closed_quote && next.case == Case::Lower {
            return false; // "“This is great.” she said": the attribution follows
        }
        let token = self.token_before(s, i);
        if exclaims {
            let name = run == ['!'] && is_exclaiming_name(&token);
            return match next.case {
                Case::Lower => false,
                Case::Upper => !name || next.opened || is_sentence_opener(&next.word),
                _ => !name,
            };
        }
        if mark.dots > 1 {
            // An ellipsis is a pause unless a new sentence visibly starts. A spaced one of three
            // dots, or one in brackets ("[...]"), marks words left out of a quotation.
            let omission = (mark.spaced && mark.dots == 3) || (i > 0 && self.c[i - 1] == '[');
            return !omission && matches!(next.case, Case::Upper | Case::Uncased);
        }
        self.period_ends_sentence(s, i, &token, &next)
    }

    fn period_ends_sentence(&self, s: usize, i: usize, token: &str, next: &NextWord) -> bool {
        let mut token_start = i - token.chars().count();
        while token_start < i && is_bullet(self.c[token_start]) {
            token_start += 1;
        }
        if self.only_bullets(s, token_start) && marker_len(&self.c[token_start..]).is_some() {
            return false; // "1. apply to…", "• 9. The first item": a list marker
        }
        let upper = next.case == Case::Upper;
        let new_sentence = upper && (next.opened || is_sentence_opener(&next.word));
        // An abbreviation ends a sentence only if what comes before it can stand as one:
        // "At 5 a.m. Mr. Smith left" is one sentence.
        let stands_alone = self.c[s..i]
            .split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .count()
            >= 4;
        let class = abbreviation(token)
            .or_else(|| initial_or_dotted(token))
            .or_else(|| numero(token));
        match class {
            Some(Abbrev::Numbered) if next.case == Case::Digit => false,
            Some(Abbrev::Title) => false,
            Some(Abbrev::Time) => {
                stands_alone && upper && (next.opened || !is_time_continuation(&next.word))
            }
            Some(Abbrev::Etc) => stands_alone && upper,
            Some(Abbrev::General) => stands_alone && new_sentence,
            Some(Abbrev::Numbered) | None => match next.case {
                Case::Lower => token.chars().count() >= 3,
                _ => true,
            },
        }
    }

    /// True when `c[s..t]` holds nothing but bullets and spaces.
    fn only_bullets(&self, s: usize, t: usize) -> bool {
        self.c[s..t]
            .iter()
            .all(|&c| c.is_whitespace() || is_bullet(c) || matches!(c, '-' | '–' | '—' | '*'))
    }

    /// A mark with no space after it ends a sentence only in "over.The next" or "Why?Because":
    /// a lower-case word, the mark, then a capitalised word, with no URL, domain or file name around.
    fn glued_boundary(&self, s: usize, i: usize, k: usize, exclaims: bool) -> bool {
        if !(self.at(k).is_uppercase() && self.at(k + 1).is_lowercase()) {
            return false;
        }
        let token = self.token_before(s, i);
        if exclaims {
            return !is_exclaiming_name(&token);
        }
        let word_ok = token.chars().count() >= 2 && token.chars().all(char::is_lowercase);
        let after_ok = self.c[k..]
            .iter()
            .take_while(|c| !c.is_whitespace())
            .all(|&c| !matches!(c, '.' | '/' | '@' | ':' | '_'));
        word_ok && after_ok
    }

    /// The token that ends at `i` (exclusive), from the last whitespace, opening marks removed.
    fn token_before(&self, s: usize, i: usize) -> String {
        let mut t = i;
        while t > s && !self.c[t - 1].is_whitespace() {
            t -= 1;
        }
        while t < i && is_opener(self.c[t]) {
            t += 1;
        }
        self.c[t..i].iter().collect()
    }

    /// The first word at or after `m`, skipping opening quotes and brackets.
    fn next_word(&self, m: usize) -> NextWord {
        let mut q = m;
        while q < self.c.len() && is_opener(self.c[q]) {
            q += 1;
        }
        let first = self.at(q);
        let case = if first.is_uppercase() {
            Case::Upper
        } else if first.is_lowercase() {
            Case::Lower
        } else if first.is_numeric() {
            Case::Digit
        } else if first.is_alphabetic() {
            Case::Uncased
        } else {
            Case::Other
        };
        let word = self.c[q..]
            .iter()
            .take_while(|c| c.is_alphanumeric())
            .take(16)
            .collect();
        NextWord {
            case,
            word,
            opened: q > m,
        }
    }

    /// True when the mark at `i` (with its closers up to `k`) sits inside an attributed quotation.
    fn inside_attributed_quote(&self, i: usize, k: usize) -> bool {
        self.quote_close
            .get(i)
            .is_some_and(|&close| close != 0 && k <= close as usize)
    }
}

/// A run of terminal marks and what closes it.
struct Mark {
    start: usize,
    /// End of the marks themselves (a spaced ellipsis included).
    run_end: usize,
    /// End of the marks with the quotes, brackets and citations after them.
    end: usize,
    /// Dots in the run ("…" counts three).
    dots: usize,
    /// A spaced ellipsis (". . .").
    spaced: bool,
    /// A closing quotation mark follows the marks.
    closed_quote: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    Digit,
    /// A letter of a script without case (Chinese, Arabic, Hebrew…).
    Uncased,
    Other,
}

struct NextWord {
    case: Case,
    word: String,
    /// The word follows an opening quote or bracket.
    opened: bool,
}

/// "N°" and "Nº" precede numbers like "No." does.
fn numero(token: &str) -> Option<Abbrev> {
    matches!(token, "N°" | "Nº" | "n°" | "nº").then_some(Abbrev::Numbered)
}

/// A single capital (an initial, "George W. Bush") or a dotted short form ("U.S.", "Ph.D.")
/// behaves like a general abbreviation.
fn initial_or_dotted(token: &str) -> Option<Abbrev> {
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase().then_some(Abbrev::General);
    }
    let dotted = token.contains('.')
        && token
            .split('.')
            .all(|part| (1..=2).contains(&part.len()) && part.chars().all(char::is_alphabetic));
    dotted.then_some(Abbrev::General)
}

/// Char indices where a list item starts inside a paragraph: bullets when there are several,
/// and markers such as "1." or "b)" that form a sequence with another marker in the paragraph.
fn list_items(c: &[char]) -> Vec<usize> {
    let mut bullets = Vec::new();
    let mut markers: Vec<(usize, Vec<Marker>)> = Vec::new();
    for p in 0..c.len() {
        if p > 0 && !c[p - 1].is_whitespace() {
            continue;
        }
        if is_bullet(c[p]) {
            bullets.push(p);
        } else if c[p].is_ascii_alphanumeric() && !after_bullet(c, p) {
            if let Some((_, kinds)) = marker_len(&c[p..]) {
                markers.push((p, kinds));
            }
        }
    }
    let present: HashSet<Marker> = markers
        .iter()
        .flat_map(|(_, k)| k.iter().copied())
        .collect();
    let follows = |m: Marker| match m {
        Marker::Number(v) => {
            present.contains(&Marker::Number(v + 1))
                || v > 1 && present.contains(&Marker::Number(v - 1))
        }
        Marker::Letter(v) => {
            present.contains(&Marker::Letter(v + 1))
                || v > 1 && present.contains(&Marker::Letter(v - 1))
        }
        Marker::Roman(v) => {
            present.contains(&Marker::Roman(v + 1))
                || v > 1 && present.contains(&Marker::Roman(v - 1))
        }
    };
    let mut items: Vec<usize> = markers
        .iter()
        .filter(|(_, kinds)| kinds.iter().any(|&k| follows(k)))
        .map(|(p, _)| *p)
        .collect();
    if bullets.len() > 1 {
        items.extend(bullets);
        items.sort_unstable();
    }
    items
}

/// True when the last non-space char before `p` is a bullet ("• 9. The first item").
fn after_bullet(c: &[char], p: usize) -> bool {
    c[..p]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|&c| is_bullet(c))
}

/// Quotations followed by an attribution: the closing mark comes right after a comma, or the
/// next word is in lower case ("'Why?' she asked."). Returns, per char, the closing index of the
/// outermost such quotation around it (0 for none); empty when there is none.
fn attributed_quotes(c: &[char]) -> Vec<u32> {
    let mut close_of = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let blank = |i: Option<&char>| {
        i.is_none_or(|c| c.is_whitespace() || is_opener(*c) || matches!(c, '—' | '–'))
    };
    for i in 0..c.len() {
        let before = blank(i.checked_sub(1).and_then(|p| c.get(p)));
        let after_blank = c.get(i + 1).is_none_or(|c| c.is_whitespace());
        let (slot, opening, closing) = match c[i] {
            '“' | '„' | '«' => (&mut double, true, false),
            '”' | '»' => (&mut double, false, true),
            '"' => (&mut double, before && !after_blank, !before),
            '‘' => (&mut single, true, false),
            '’' | '\'' => {
                let after_letter = c.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                (
                    &mut single,
                    c[i] == '\'' && before && after_letter,
                    !before && !after_letter,
                )
            }
            _ => continue,
        };
        match *slot {
            Some(open) if closing => {
                *slot = None;
                if is_attributed(c, i) {
                    if close_of.is_empty() {
                        close_of = vec![0u32; c.len()];
                    }
                    // Quotations nest at most two deep (double and single), so this stays linear.
                    for slot in &mut close_of[open + 1..i] {
                        *slot = (*slot).max(i as u32);
                    }
                }
            }
            _ if opening => *slot = Some(i),
            _ => {}
        }
    }
    close_of
}

fn is_attributed(c: &[char], close: usize) -> bool {
    if close > 0 && c[close - 1] == ',' {
        return true;
    }
    c[close + 1..]
        .iter()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_lowercase())
}
