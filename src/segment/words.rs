//! Character classes and word lists the splitter consults: terminal marks, quotes,
//! abbreviations and the words that typically open an English sentence.

/// Marks that can end a sentence.
pub const fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | '…' | '‽' | '。' | '！' | '？' | '｡' | '．'
    )
}

/// Marks that end a sentence with no space after them (Chinese and Japanese full stops, and the
/// full-width period).
pub fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '．')
}

/// Characters that may follow a terminal mark and still belong to the same sentence.
#[inline(always)]
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›' | '」' | '』' | '）' | '】' | '〕'
    )
}

/// Characters that may open a sentence before its first word.
#[inline(always)]
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
    )
}

/// Bullet characters that start a list item.
pub const fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '▪' | '◦' | '‣' | '⁃' | '●' | '○' | '■' | '□' | '►' | '▶'
    )
}

/// True when `line` starts a list item: a bullet, a dash, or a marker such as `1.`, `2)`, `a.`, `iv.`.
pub fn is_list_marker_start(line: &str) -> bool {
    let head: Vec<char> = line.chars().take(8).collect();
    match head.first() {
        Some(&c) if is_bullet(c) => true,
        Some('-' | '–' | '—' | '*') => head.get(1).is_some_and(|c| c.is_whitespace()),
        _ => marker_len(&head).is_some(),
    }
}

/// The kind and ordinal of a list marker such as `3.`, `3)`, `3.)`, `c.`, `iv)`: numbers have
/// at most two digits, letters are `a`..`z`, roman numerals at most four letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Number(u32),
    Letter(u32),
    Roman(u32),
}

impl Marker {
    /// Every ordinal is below this.
    pub const LIMIT: usize = 100;

    /// The kind as 0, 1 or 2, and the ordinal.
    pub fn slot(self) -> (usize, usize) {
        match self {
            Marker::Number(v) => (0, v as usize),
            Marker::Letter(v) => (1, v as usize),
            Marker::Roman(v) => (2, v as usize),
        }
    }
}

/// When `s` starts with a list marker followed by whitespace (or its end), the marker's
/// length in chars and what it may count (a lone "i." is a letter and a roman numeral).
pub fn marker_len(s: &[char]) -> Option<(usize, Vec<Marker>)> {
    let n = s
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if n == 0 || n > 4 {
        return None;
    }
    let punct = match (s.get(n), s.get(n + 1)) {
        (Some('.'), Some(')')) => 2,
        (Some('.' | ')'), _) => 1,
        _ => return None,
    };
    if !s.get(n + punct).is_none_or(|c| c.is_whitespace()) {
        return None;
    }
    let mut body = [0u8; 4];
    for (slot, &c) in body.iter_mut().zip(&s[..n]) {
        *slot = c as u8; // ASCII, checked above
    }
    let body = &body[..n];
    let mut kinds = Vec::new();
    if n <= 2 && body.iter().all(u8::is_ascii_digit) {
        kinds.push(Marker::Number(
            body.iter().fold(0, |v, &d| v * 10 + u32::from(d - b'0')),
        ));
    }
    if n == 1 && body[0].is_ascii_lowercase() {
        kinds.push(Marker::Letter(u32::from(body[0] - b'a') + 1));
    }
    if let Some(value) = roman_value(body) {
        kinds.push(Marker::Roman(value));
    }
    (!kinds.is_empty()).then_some((n + punct, kinds))
}

/// The value of a short roman numeral (`i`..`xxx`, either case, not mixed), if `s` is one.
fn roman_value(s: &[u8]) -> Option<u32> {
    let lower = s.iter().all(|b| matches!(b, b'i' | b'v' | b'x'));
    let upper = s.iter().all(|b| matches!(b, b'I' | b'V' | b'X'));
    // A lone capital "I" or "V" is far more often a pronoun or an initial than a list marker.
    if !(lower || upper && s.len() > 1) || s.is_empty() {
        return None;
    }
    let digit = |b: u8| match b.to_ascii_lowercase() {
        b'i' => 1,
        b'v' => 5,
        _ => 10,
    };
    let mut total = 0;
    for (i, &b) in s.iter().enumerate() {
        let v = digit(b);
        if s.get(i + 1).is_some_and(|&n| digit(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    (total > 0).then_some(total as u32)
}

/// How the word before a period behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Precedes a name or an example: never ends a sentence (Mr., Dr., Sen., e.g.).
    Title,
    /// Precedes a number: "No. 5", "p. 12", "fig. 3".
    Numbered,
    /// a.m. and p.m.: end a sentence before a capitalised word that is not a day, month or zone.
    Time,
    /// "etc.": ends a sentence before any capitalised word.
    Etc,
    /// Everything else: ends a sentence only before a typical sentence opener.
    General,
}

/// Degrees written after a name or as a noun ("Jane Roe, M.D.", "her Ph.D."): the token
/// before the period, in any case.
pub fn is_degree(token: &str) -> bool {
    [
        "ph.d", "m.d", "d.phil", "m.b.a", "b.a", "m.a", "b.sc", "m.sc", "ll.b", "ll.m", "d.d.s",
        "r.n",
    ]
    .iter()
    .any(|degree| token.eq_ignore_ascii_case(degree))
}

/// Words that introduce a noun: after one, a degree ("her Ph.D.") is the noun itself, so a
/// capitalised word after it opens a new sentence.
pub fn is_determiner(word: &str) -> bool {
    [
        "a", "an", "the", "her", "his", "their", "my", "your", "our", "its",
    ]
    .iter()
    .any(|determiner| word.eq_ignore_ascii_case(determiner))
}

/// Looks `word` (the token before a period, without the period) up, ignoring ASCII case.
pub fn abbreviation(word: &str) -> Option<Abbrev> {
    if word.len() > 8 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 8];
    for (slot, b) in buf.iter_mut().zip(word.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..word.len()]).ok()?;
    let class = match lower {
        "mr" | "mrs" | "ms" | "mx" | "dr" | "prof" | "gen" | "sen" | "rep" | "st" | "gov"
        | "lt" | "col" | "capt" | "sgt" | "rev" | "hon" | "pres" | "mt" | "cllr" | "supt"
        | "insp" | "det" | "fr" | "messrs" | "mme" | "mlle" | "brig" | "cmdr" | "adm" | "maj"
        | "cpl" | "pvt" | "amb" | "atty" | "ft" | "sra" | "srta" | "dra" => Abbrev::Title,
        // Words that always lead on to more: "Smith v. Jones", "e.g. Mr. Smith".
        "v" | "e.g" | "i.e" | "cf" | "viz" => Abbrev::Title,
        "no" | "nos" | "p" | "pp" | "fig" | "figs" | "vol" | "vols" | "ch" | "chap" | "art"
        | "sec" | "para" | "op" | "eq" | "ref" | "tel" | "ex" | "pt" => Abbrev::Numbered,
        "a.m" | "p.m" => Abbrev::Time,
        "etc" => Abbrev::Etc,
        "inc" | "ltd" | "co" | "corp" | "llc" | "plc" | "bros" | "jan" | "feb" | "mar" | "apr"
        | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" | "mon" | "tue"
        | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun" | "dept" | "univ"
        | "assn" | "est" | "approx" | "vs" | "al" | "ca" | "incl" | "esp" | "govt" | "ave"
        | "blvd" | "rd" | "hwy" | "intl" | "natl" | "misc" | "min" | "max" | "avg" | "yr"
        | "yrs" | "hrs" | "mins" | "sq" | "oz" | "lb" | "lbs" | "jr" | "sr" | "ala" | "ariz"
        | "ark" | "calif" | "colo" | "conn" | "fla" | "kan" | "ky" | "mass" | "mich" | "minn"
        | "neb" | "nev" | "okla" | "tenn" | "wis" | "wyo" | "u.s" | "u.k" | "u.n" | "e.u"
        | "ph.d" | "dipl" | "cap" | "ed" | "eds" | "trans" | "dist" | "mgr" | "mfg" | "div"
        | "bldg" | "attn" | "dir" | "exec" | "asst" | "assoc" => Abbrev::General,
        _ => return None,
    };
    Some(class)
}

/// Words after which a capitalised word that follows is still part of the same time phrase.
pub fn is_time_continuation(word: &str) -> bool {
    matches!(
        word,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "local"
            | "Eastern"
            | "Pacific"
            | "Central"
            | "Mountain"
    )
}

/// Capitalised words that very often open a sentence and rarely follow an abbreviation
/// inside one: after "U.S." or "Inc." such a word means a new sentence has begun.
pub fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "There"
            | "Here"
            | "Then"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "Nor"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "From"
            | "To"
            | "With"
            | "Without"
            | "Of"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Until"
            | "When"
            | "While"
            | "Where"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Which"
            | "If"
            | "As"
            | "Although"
            | "Though"
            | "Because"
            | "However"
            | "Meanwhile"
            | "Also"
            | "Now"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "No"
            | "Not"
            | "None"
            | "One"
            | "Another"
            | "Other"
            | "Such"
            | "Only"
            | "Even"
            | "Still"
            | "Later"
            | "Earlier"
            | "Instead"
            | "Thus"
            | "Therefore"
            | "Moreover"
            | "Furthermore"
            | "Indeed"
            | "Finally"
            | "First"
            | "Last"
            | "Next"
            | "Despite"
            | "According"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Officials"
            | "Police"
            | "Critics"
            | "Analysts"
            | "Experts"
            | "Residents"
            // Subjects that news sentences often open with, rarely part of a name after
            // "U.S." or "Inc." ("…the President of the U.S. Millions watched.").
            | "Millions"
            | "Thousands"
            | "Hundreds"
            | "Dozens"
            | "Investigators"
            | "Authorities"
            | "Lawmakers"
            | "Prosecutors"
            | "Witnesses"
            | "Officers"
            | "Protesters"
            | "Voters"
            | "Researchers"
            | "Scientists"
            | "Doctors"
            | "Patients"
            | "Workers"
            | "Students"
            | "Parents"
            | "Supporters"
            | "Opponents"
            | "Fans"
            | "Shares"
            | "Sales"
            | "Prices"
            | "Exports"
            | "Sources"
            | "Others"
            | "Several"
            | "Few"
            | "Neither"
            | "Either"
            | "Nobody"
            | "Nothing"
            | "Everyone"
            | "Everybody"
            | "Someone"
            | "Somebody"
            | "Anyone"
            | "Perhaps"
            | "Maybe"
            | "Yes"
            | "Nevertheless"
            | "Otherwise"
            | "Overall"
            | "Similarly"
            | "Likewise"
            | "Once"
            | "Soon"
            | "Already"
            | "Sometimes"
            | "Often"
            | "Let"
            | "Unfortunately"
            | "Fortunately"
            | "Whether"
            | "Do"
            | "Does"
            | "Did"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
    )
}

/// Names that end in an exclamation mark without ending a sentence.
pub fn is_exclaiming_name(word: &str) -> bool {
    matches!(word, "Yahoo" | "Jeopardy" | "Joomla" | "Wham" | "Oklahoma")
}
