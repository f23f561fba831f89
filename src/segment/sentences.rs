//! One paragraph → sentence spans, in a single left-to-right pass over its characters.

use std::cell::Cell;

use super::words::{
    abbreviation, is_bullet, is_cjk_terminal, is_closer, is_degree, is_determiner,
    is_exclaiming_name, is_opener, is_sentence_opener, is_terminal, is_time_continuation,
    marker_len, Abbrev, Marker,
};
use super::Span;

/// Appends the sentences of paragraph `para` of `text` to `out`.
pub fn split(text: &str, para: Span, out: &mut Vec<Span>) {
    // One pass decodes the paragraph and notes the few chars the rules look at, so later
    // passes visit those instead of every char.
    let slice = para.of(text);
    let bytes = slice.as_bytes();
    let mut chars = vec!['\0'; bytes.len()];
    let mut notable = Vec::new();
    let (mut at, mut len) = (0, 0);
    // ASCII takes a short path, and chars are written in place: the app is built for size,
    // where a plain loop beats iterators and calls to `push`.
    while at < bytes.len() {
        let b = bytes[at];
        let c = if b < 0x80 {
            at += 1;
            if NOTABLE_ASCII >> b & 1 == 1 {
                notable.push(len);
            }
            char::from(b)
        } else {
            let c = slice[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            at += c.len_utf8();
            if is_notable(c) {
                notable.push(len);
            }
            c
        };
        chars[len] = c;
        len += 1;
    }
    chars.truncate(len);
    Paragraph::new(&chars, &notable, para.start, para.len()).split(out);
}

/// `is_notable` for ASCII, one bit per byte value.
const NOTABLE_ASCII: u128 = {
    let mut mask = 0u128;
    let mut b = 0;
    while b < 128 {
        if is_notable(b as u8 as char) {
            mask |= 1 << b;
        }
        b += 1;
    }
    mask
};

/// Terminal marks, quotation marks, parentheses, and bullets.
const fn is_notable(c: char) -> bool {
    is_terminal(c) || is_quote(c) || c == '(' || c == ')' || is_bullet(c)
}

const fn is_quote(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '”' | '»' | '"' | '‘' | '’' | '\'')
}

struct Paragraph<'a> {
    c: &'a [char],
    /// Every char is one byte, so char indices map straight to byte offsets.
    ascii: bool,
    /// Indices of the chars `is_notable` picks, in order.
    notable: &'a [usize],
    /// Where the last pushed sentence ended, as (char index, byte offset in the document):
    /// spans are pushed in order, so byte offsets are found by walking forward from here.
    cursor: Cell<(usize, usize)>,
    /// Char indices where a list item starts, in order.
    items: Vec<usize>,
    /// For each char inside a quotation followed by an attribution (`"Stop. Now," he said.`)
    /// or inside parentheses, the index of the closing mark (0 elsewhere): no sentence ends
    /// inside them. Empty when the paragraph has none.
    protected_close: Vec<u32>,
}

impl<'a> Paragraph<'a> {
    fn new(c: &'a [char], notable: &'a [usize], byte_start: usize, byte_len: usize) -> Self {
        Paragraph {
            c,
            ascii: c.len() == byte_len,
            notable,
            cursor: Cell::new((0, byte_start)),
            items: list_items(c, notable),
            protected_close: protected_regions(c, notable),
        }
    }

    fn at(&self, i: usize) -> char {
        self.c.get(i).copied().unwrap_or(' ')
    }

    /// Jumps from one terminal mark (or list item) to the next: the chars in between need no look.
    fn split(&self, out: &mut Vec<Span>) {
        let n = self.c.len();
        let mut s = self.skip_space(0);
        let mut i = s;
        let mut item = 0;
        let mut t = self.next_terminal(i);
        while s < n {
            // A list item may start before the next terminal mark; that mark stays the next.
            if t < i {
                t = self.next_terminal(i);
            }
            while item < self.items.len() && self.items[item] <= s {
                item += 1;
            }
            if let Some(&start) = self.items.get(item).filter(|&&p| p < t) {
                self.push(s, start, out);
                (s, i) = (start, start);
                continue;
            }
            if t == n {
                break;
            }
            let mark = self.mark_at(t);
            if self.ends_sentence(s, &mark) {
                // "…compounds. . . . The practice…": a full stop, then an ellipsis that marks
                // words left out at the start of the next sentence (the MLA convention).
                let mla = mark.spaced
                    && mark.dots == 4
                    && t > 0
                    && self.c[t - 1].is_alphanumeric()
                    && self.skip_space(mark.end) < n;
                let end = if mla { t + 1 } else { mark.end };
                self.push(s, end, out);
                s = self.skip_space(end);
            }
            i = mark.end.max(s);
        }
        if s < n {
            self.push(s, n, out);
        }
    }

    /// The index of the first terminal mark at or after `i`, or the paragraph's length.
    fn next_terminal(&self, i: usize) -> usize {
        let from = self.notable.partition_point(|&p| p < i);
        self.notable[from..]
            .iter()
            .copied()
            .find(|&p| is_terminal(self.c[p]))
            .unwrap_or(self.c.len())
    }

    fn skip_space(&self, mut i: usize) -> usize {
        while i < self.c.len() && self.c[i].is_whitespace() {
            i += 1;
        }
        i
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
        let mut closed = false;
        // "“It is over. ” Then he left.": a closing quote after a space still closes.
        if self.at(end) == ' '
            && matches!(self.at(end + 1), '”' | '’' | '"' | '»')
            && (end + 2 >= n || self.c[end + 2].is_whitespace())
        {
            end += 2;
            closed = true;
        }
        loop {
            match self.c.get(end) {
                Some(&c) if is_closer(c) || is_terminal(c) => {
                    closed |= is_closer(c);
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
            closed,
        }
    }

    /// The length of a citation mark at `at`: a number ("[12]") or a short note in lower case
    /// ("[citation needed]", "[a]").
    fn citation_len(&self, at: usize) -> Option<usize> {
        let digits = self.c[at + 1..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits > 0 {
            return (self.c.get(at + 1 + digits) == Some(&']')).then_some(digits + 2);
        }
        if !self.at(at + 1).is_lowercase() {
            return None;
        }
        let note = self.c[at + 1..]
            .iter()
            .take(24)
            .take_while(|&&c| c.is_alphanumeric() || c == ' ')
            .count();
        (self.c.get(at + 1 + note) == Some(&']')).then_some(note + 2)
    }

    fn push(&self, start: usize, mut end: usize, out: &mut Vec<Span>) {
        while end > start && self.c[end - 1].is_whitespace() {
            end -= 1;
        }
        if end > start {
            out.push(Span::new(self.byte_offset(start), self.byte_offset(end)));
        }
    }

    fn byte_offset(&self, index: usize) -> usize {
        let (at, byte) = self.cursor.get();
        if self.ascii {
            return byte - at + index;
        }
        let byte = byte
            + self.c[at..index]
                .iter()
                .map(|c| c.len_utf8())
                .sum::<usize>();
        self.cursor.set((index, byte));
        byte
    }

    /// Whether `mark` ends the sentence that began at `s`.
    fn ends_sentence(&self, s: usize, mark: &Mark) -> bool {
        let n = self.c.len();
        let (i, k) = (mark.start, mark.end);
        if self.inside_protected(i, k) {
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
        if matches!(self.at(m), '?' | '!' | '‽') {
            return false; // "Really?? ?": a stray mark after a space belongs to the sentence
        }
        if self.trails_off(m) {
            return false; // "Happy! ... no one came": the ellipsis goes on with the sentence
        }
        let next = self.next_word(m);
        if mark.closed && next.case == Case::Lower {
            // "“This is great.” she said", "(… as an engineer.) at the university": the
            // sentence goes on after the quotation or the parenthesis.
            return false;
        }
        let token = self.token_before(s, i);
        if is_initial(&token) && self.at(m).is_uppercase() && self.at(m + 1) == '.' {
            return false; // a run of initials: "the U. A. E.", "J. R. R. Tolkien"
        }
        if exclaims {
            let name = run == ['!'] && is_exclaiming_name(&token);
            return match next.case {
                Case::Lower => false,
                Case::Upper => !name || next.quoted || is_sentence_opener(&next.word),
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
        let new_sentence = upper && (next.quoted || is_sentence_opener(&next.word));
        // An abbreviation ends a sentence only if what comes before it can stand as one:
        // "At 5 a.m. Mr. Smith left" is one sentence, "Acme Inc. The firm…" two.
        let words = self.c[s..i]
            .split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(4)
            .count();
        let class = match abbreviation(token) {
            // "Baker St.", "W. 82nd St.": a street after its name, not a saint before one.
            Some(Abbrev::Title)
                if token.eq_ignore_ascii_case("st")
                    && self
                        .word_before(s, token_start)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) =>
            {
                Some(Abbrev::General)
            }
            class => class,
        }
        .or_else(|| initial_or_dotted(token))
        .or_else(|| numero(token));
        if is_degree(token) && is_determiner(&self.word_before(s, token_start)) {
            return upper; // "She earned her Ph.D. Tom was impressed."
        }
        match class {
            Some(Abbrev::Numbered) if next.case == Case::Digit => false,
            Some(Abbrev::Title) => false,
            // "…ended at 6 p.m. He went home" splits however short the time phrase before;
            // "At 6 a.m. Mr. Smith arrived" does not.
            Some(Abbrev::Time) => {
                (words >= 4 && upper && (next.quoted || !is_time_continuation(&next.word)))
                    || matches!(
                        next.word.as_str(),
                        "He" | "She" | "They" | "We" | "I" | "It" | "You"
                    )
            }
            Some(Abbrev::Etc) => words >= 2 && upper,
            Some(Abbrev::General) => words >= 2 && new_sentence,
            Some(Abbrev::Numbered) | None => match next.case {
                // A sentence rarely opens in lower case ("the med. staff"), except with a brand
                // written that way ("…fell. iPhone sales…", "eBay said").
                Case::Lower => next.word.chars().skip(1).any(char::is_uppercase),
                // A short word before a number is an abbreviation we do not know ("see pg. 5",
                // "on Del. 1"); a number or a longer word ends its sentence ("Sales doubled. 40
                // stores opened.").
                Case::Digit => {
                    !(token.chars().count() <= 3 && token.chars().all(char::is_alphabetic))
                }
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
        // "over.The next", "No 5.He never": a word or a number, then a capitalised word; or
        // "on Monday.It voted", "was 5-4.The court": a name or a figure, then a word that
        // opens sentences.
        let word: String = self.c[k..]
            .iter()
            .take(16)
            .take_while(|c| c.is_alphabetic())
            .collect();
        let opener = || is_sentence_opener(&word);
        let word_ok = (token.chars().count() >= 2 && token.chars().all(char::is_lowercase))
            || (!token.is_empty() && token.chars().all(|c| c.is_ascii_digit()))
            || (token.chars().last().is_some_and(char::is_alphanumeric) && opener());
        // "Tuesday.Mr. Smith": a title's own full stop is no file name.
        let title =
            abbreviation(&word) == Some(Abbrev::Title) && self.at(k + word.chars().count()) == '.';
        let after_ok = title
            || self.c[k..]
                .iter()
                .take(MAX_TOKEN)
                .take_while(|c| !c.is_whitespace())
                .all(|&c| !matches!(c, '.' | '/' | '@' | ':' | '_'));
        word_ok && after_ok
    }

    /// True when an ellipsis starts at `m` and a lower-case word follows it.
    fn trails_off(&self, m: usize) -> bool {
        let mut q = m;
        while q < self.c.len() && matches!(self.c[q], '.' | '…') {
            q += 1;
        }
        let dots = self.c[m..q].iter().filter(|&&c| c == '.').count();
        let ellipsis = dots >= 3 || self.c[m..q].contains(&'…');
        while q < self.c.len() && self.c[q].is_whitespace() {
            q += 1;
        }
        ellipsis && self.at(q).is_lowercase()
    }

    /// The token that ends at `i` (exclusive), from the last whitespace, opening marks removed.
    /// Only the last `MAX_TOKEN` chars are looked at, so a huge token costs no more than a word.
    fn token_before(&self, s: usize, i: usize) -> String {
        let mut t = i;
        let floor = s.max(i.saturating_sub(MAX_TOKEN));
        while t > floor && !self.c[t - 1].is_whitespace() {
            t -= 1;
        }
        while t < i && is_opener(self.c[t]) {
            t += 1;
        }
        self.c[t..i].iter().collect()
    }

    /// The word that ends before `t` (the start of a token), within the sentence that began at
    /// `s`; empty when there is none.
    fn word_before(&self, s: usize, t: usize) -> String {
        let mut end = t;
        while end > s && self.c[end - 1].is_whitespace() {
            end -= 1;
        }
        let start = (s.max(end.saturating_sub(MAX_TOKEN))..end)
            .rev()
            .find(|&p| self.c[p].is_whitespace())
            .map_or(s.max(end.saturating_sub(MAX_TOKEN)), |p| p + 1);
        self.c[start..end].iter().collect()
    }

    /// The first word at or after `m`, skipping opening quotes and brackets.
    fn next_word(&self, m: usize) -> NextWord {
        let mut q = m;
        while q < self.c.len() && is_opener(self.c[q]) {
            q += 1;
        }
        let first = self.at(q);
        // "(b) Hello world.": an enumerator in parentheses opens a sentence like a capital.
        let enumerator = q > m
            && self.c[q - 1] == '('
            && marker_len(&self.c[q..(q + 6).min(self.c.len())])
                .is_some_and(|(len, _)| self.at(q + len - 1) == ')');
        let case = if first.is_uppercase() || enumerator {
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
            quoted: self.c[m..q].iter().any(|&c| is_quote(c)),
        }
    }

    /// True when the mark at `i` (with its closers up to `k`) sits inside an attributed
    /// quotation or a parenthesis.
    fn inside_protected(&self, i: usize, k: usize) -> bool {
        self.protected_close
            .get(i)
            .is_some_and(|&close| close != 0 && k <= close as usize)
    }
}

/// The longest token the rules inspect around a mark; longer ones are URLs or noise.
const MAX_TOKEN: usize = 64;

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
    /// A closing quotation mark or bracket follows the marks.
    closed: bool,
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
    /// The word follows an opening quotation mark: after an abbreviation that starts a new
    /// sentence ("…in the U.S. “We…"), where a bracket does not ("Apple Inc. (AAPL) rose").
    quoted: bool,
}

/// "N°" and "Nº" precede numbers like "No." does.
fn numero(token: &str) -> Option<Abbrev> {
    matches!(token, "N°" | "Nº" | "n°" | "nº").then_some(Abbrev::Numbered)
}

/// One capital letter: an initial.
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
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
fn list_items(c: &[char], notable: &[usize]) -> Vec<usize> {
    // In text order (a marker's chars are never notable): bullets have no marker kinds.
    let mut found: Vec<(usize, Option<Vec<Marker>>)> = Vec::new();
    let starts_word = |p: usize| p == 0 || c[p - 1].is_whitespace();
    // Markers are found from their '.' or ')', which are far rarer than word starts.
    for &q in notable {
        let ch = c[q];
        if is_bullet(ch) && starts_word(q) {
            found.push((q, None));
        } else if matches!(ch, '.' | ')') {
            let run = c[..q]
                .iter()
                .rev()
                .take(5)
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let p = q - run;
            if (1..=4).contains(&run) && starts_word(p) && !after_bullet(c, p) {
                if let Some((_, kinds)) = marker_len(&c[p..]) {
                    found.push((p, Some(kinds)));
                }
            }
        }
    }
    let bullets = found.iter().filter(|(_, kinds)| kinds.is_none()).count();
    if found.len() - bullets < 2 && bullets < 2 {
        return Vec::new();
    }
    // Which ordinals occur, by kind: they are small (see `Marker`), so a table, not a set.
    let mut present = [[false; Marker::LIMIT]; 3];
    for &marker in found
        .iter()
        .filter_map(|(_, kinds)| kinds.as_ref())
        .flatten()
    {
        let (kind, value) = marker.slot();
        if let Some(slot) = present[kind].get_mut(value) {
            *slot = true;
        }
    }
    let has = |kind: usize, value: usize| present[kind].get(value) == Some(&true);
    let follows = |m: Marker| {
        let (kind, value) = m.slot();
        has(kind, value + 1) || value > 1 && has(kind, value - 1)
    };
    found
        .into_iter()
        .filter(|(_, kinds)| match kinds {
            None => bullets > 1,
            Some(kinds) => kinds.iter().any(|&k| follows(k)),
        })
        .map(|(p, _)| p)
        .collect()
}

/// True when the last non-space char before `p` is a bullet ("• 9. The first item").
fn after_bullet(c: &[char], p: usize) -> bool {
    c[..p]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|&c| is_bullet(c))
}

/// Regions where no sentence ends: quotations followed by an attribution (the closing mark
/// comes right after a comma, or the next word is in lower case: "'Why?' she asked."), and
/// parentheses ("(Who knows? Not me.)"). Returns, per char, the closing index of the outermost
/// region around it (0 for none); empty when there is none.
fn protected_regions(c: &[char], notable: &[usize]) -> Vec<u32> {
    let mut close_of = Vec::new();
    let mut protect = |open: usize, close: usize| {
        if close_of.is_empty() {
            close_of = vec![0u32; c.len()];
        }
        // Only outermost parentheses and at most two quotations (double and single) nest, so
        // this stays linear.
        for slot in &mut close_of[open + 1..close] {
            *slot = (*slot).max(close as u32);
        }
    };
    let (mut paren, mut depth) = (0, 0usize);
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let blank = |i: usize| {
        i.checked_sub(1)
            .and_then(|p| c.get(p))
            .is_none_or(|c| c.is_whitespace() || is_opener(*c) || matches!(c, '—' | '–'))
    };
    for &i in notable {
        let ch = c[i];
        match ch {
            '(' => {
                if depth == 0 {
                    paren = i;
                }
                depth += 1;
                continue;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    protect(paren, i);
                }
                continue;
            }
            _ if !is_quote(ch) => continue,
            _ => {}
        }
        let (slot, opening, closing) = match ch {
            '“' | '„' | '«' => (&mut double, true, false),
            '”' | '»' => (&mut double, false, true),
            '"' => {
                let before = blank(i);
                let after_blank = c.get(i + 1).is_none_or(|c| c.is_whitespace());
                (&mut double, before && !after_blank, !before)
            }
            '‘' => (&mut single, true, false),
            _ => {
                let before = blank(i);
                let after_letter = c.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                (
                    &mut single,
                    ch == '\'' && before && after_letter,
                    !before && !after_letter,
                )
            }
        };
        match *slot {
            Some(open) if closing => {
                *slot = None;
                if is_attributed(c, i) || is_quoted_statement(c, open, i) {
                    protect(open, i);
                }
            }
            _ if opening => *slot = Some(i),
            _ => {}
        }
    }
    close_of
}

/// The longest quotation kept as one sentence without an attribution, in chars: a few
/// sentences. A longer one is split, and so is text between two quotation marks that were
/// paired by mistake.
const QUOTED_STATEMENT: usize = 400;

/// A quotation that opens a sentence or follows a colon or comma, and ends with its own
/// terminal mark (`He said: “We lost. We will be back.”`), is one sentence, as other
/// segmenters keep it.
fn is_quoted_statement(c: &[char], open: usize, close: usize) -> bool {
    let introduced = c[open.saturating_sub(8)..open]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_none_or(|&b| matches!(b, ':' | ',') || is_terminal(b) || is_closer(b));
    let mut last = close;
    while last > open + 1 && c[last - 1] == ' ' {
        last -= 1;
    }
    introduced && close - open <= QUOTED_STATEMENT && last > open + 1 && is_terminal(c[last - 1])
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
