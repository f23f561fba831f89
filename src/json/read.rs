//! Reading JSON text (RFC 8259) into a `Value`: strict, and an error value for anything else.

use super::{Object, Value};

/// Deeper nesting is refused rather than risking the stack; Sift's records nest four deep.
pub const MAX_DEPTH: usize = 128;

/// The text is not JSON (or nests deeper than `MAX_DEPTH`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotJson;

pub fn parse(text: &str) -> Result<Value, NotJson> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at == text.len() {
        Ok(value)
    } else {
        Err(NotJson)
    }
}

struct Reader<'a> {
    text: &'a str,
    /// Byte offset of the next unread byte; always on a char boundary between tokens.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `token` if the text continues with it.
    fn eat(&mut self, token: &str) -> bool {
        let found = self.text[self.at..].starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Value, NotJson> {
        if depth > MAX_DEPTH {
            return Err(NotJson);
        }
        self.skip_space();
        match self.peek().ok_or(NotJson)? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number(),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ if self.eat("null") => Ok(Value::Null),
            _ => Err(NotJson),
        }
    }

    /// The items between `[` and `]`, or the members between `{` and `}`: `item` reads one.
    fn sequence(
        &mut self,
        close: &str,
        mut item: impl FnMut(&mut Self) -> Result<(), NotJson>,
    ) -> Result<(), NotJson> {
        self.at += 1;
        self.skip_space();
        if self.eat(close) {
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_space();
            if self.eat(close) {
                return Ok(());
            }
            if !self.eat(",") {
                return Err(NotJson);
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, NotJson> {
        let mut items = Vec::new();
        self.sequence("]", |r| {
            items.push(r.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value, NotJson> {
        let mut members = Vec::new();
        self.sequence("}", |r| {
            r.skip_space();
            if r.peek() != Some(b'"') {
                return Err(NotJson);
            }
            let key = r.string()?;
            r.skip_space();
            if !r.eat(":") {
                return Err(NotJson);
            }
            members.push((key, r.value(depth + 1)?));
            Ok(())
        })?;
        Ok(Value::Object(Object(members)))
    }

    /// A string, after its opening quote: plain runs are copied whole, escapes decoded.
    fn string(&mut self) -> Result<String, NotJson> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text.as_bytes()[self.at..];
            let run = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .ok_or(NotJson)?;
            out.push_str(&self.text[self.at..self.at + run]);
            self.at += run + 1;
            match rest[run] {
                b'"' => return Ok(out),
                b'\\' => out.push(self.escape()?),
                _ => return Err(NotJson),
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Result<char, NotJson> {
        let c = match self.peek().ok_or(NotJson)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                return self.unicode_escape();
            }
            _ => return Err(NotJson),
        };
        self.at += 1;
        Ok(c)
    }

    /// `XXXX` after `\u`, with the low half of a surrogate pair when the first is a high half.
    fn unicode_escape(&mut self) -> Result<char, NotJson> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.eat("\\u") {
                    return Err(NotJson);
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(NotJson);
                }
                0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            }
            _ => first,
        };
        char::from_u32(code).ok_or(NotJson)
    }

    fn hex4(&mut self) -> Result<u32, NotJson> {
        let digits = self.text.get(self.at..self.at + 4).ok_or(NotJson)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(NotJson);
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| NotJson)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<Value, NotJson> {
        let start = self.at;
        self.eat("-");
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(NotJson),
        }
        if self.eat(".") {
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat("+") {
                self.eat("-");
            }
            self.some_digits()?;
        }
        Ok(Value::Number(self.text[start..self.at].to_string()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    /// At least one digit.
    fn some_digits(&mut self) -> Result<(), NotJson> {
        let start = self.at;
        self.digits();
        if self.at == start {
            Err(NotJson)
        } else {
            Ok(())
        }
    }
}
