//! Bytes kept in localStorage, which holds strings and counts them in UTF-16 units: every 63
//! bits become four units, each any UTF-16 unit but a surrogate (63,488 of them, and
//! 63,488⁴ > 2⁶³), so a unit carries 15.75 bits where base64 carries 6. A string that no
//! encoding here made is an error, never a panic, and reading it is linear in its length.

/// The UTF-16 units that are whole characters: all but the 2,048 surrogates.
const DIGITS: u64 = 0x1_0000 - 0x800;
const BITS: u32 = 63;
const UNITS: usize = 4;

/// Why units could not be read back as bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitsError(pub &'static str);

impl std::fmt::Display for UnitsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

fn digit(d: u64) -> char {
    // Below DIGITS by construction; the units from 0xD800 on move past the surrogates.
    let unit = d as u32;
    char::from_u32(if unit < 0xD800 { unit } else { unit + 0x800 }).unwrap_or('\0')
}

fn value(c: char) -> Option<u64> {
    match c as u32 {
        u @ 0..=0xD7FF => Some(u64::from(u)),
        u @ 0xE000..=0xFFFF => Some(u64::from(u - 0x800)),
        _ => None,
    }
}

/// `bytes` as units: first how many whole bytes of padding the last group carries (`0` to
/// `7`), then four units for every 63 bits.
pub fn encode(bytes: &[u8]) -> String {
    let groups = (bytes.len() * 8).div_ceil(BITS as usize);
    let padding = (groups * BITS as usize - bytes.len() * 8) / 8;
    let mut out = String::with_capacity(1 + groups * UNITS * 3);
    out.push(char::from(b'0' + padding as u8));
    // Bits are taken 63 at a time off the front of a window that bytes are pushed into.
    let (mut window, mut held) = (0u128, 0u32);
    let mut bytes = bytes.iter();
    for _ in 0..groups {
        while held < BITS {
            let byte = bytes.next().copied().unwrap_or(0);
            window = window << 8 | u128::from(byte);
            held += 8;
        }
        held -= BITS;
        let mut v = (window >> held) as u64;
        window &= (1 << held) - 1;
        let mut units = [0u64; UNITS];
        for unit in units.iter_mut().rev() {
            *unit = v % DIGITS;
            v /= DIGITS;
        }
        out.extend(units.into_iter().map(digit));
    }
    out
}

/// The bytes `encode` made `units` from.
pub fn decode(units: &str) -> Result<Vec<u8>, UnitsError> {
    let mut chars = units.chars();
    let padding = match chars.next() {
        Some(c @ '0'..='7') => c as usize - '0' as usize,
        _ => return Err(UnitsError("it does not start with its padding")),
    };
    let mut out = Vec::with_capacity(units.len() / 2);
    // Each group's 63 bits go into a window, and whole bytes come off its front.
    let (mut window, mut held) = (0u128, 0u32);
    let mut group = [0u64; UNITS];
    let mut filled = 0;
    for c in chars {
        group[filled] = value(c).ok_or(UnitsError("it holds a character no encoding makes"))?;
        filled += 1;
        if filled < UNITS {
            continue;
        }
        filled = 0;
        let v = group.iter().fold(0u64, |v, &d| v * DIGITS + d);
        if v >> BITS != 0 {
            return Err(UnitsError("a group of it is out of range"));
        }
        window = window << BITS | u128::from(v);
        held += BITS;
        while held >= 8 {
            held -= 8;
            out.push((window >> held) as u8);
        }
        window &= (1 << held) - 1;
    }
    if filled != 0 {
        return Err(UnitsError("it is cut short"));
    }
    if window != 0 || padding > out.len() || out[out.len() - padding..].iter().any(|&b| b != 0) {
        return Err(UnitsError("its padding is wrong"));
    }
    out.truncate(out.len() - padding);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_come_back_whole_at_every_length() {
        for n in 0..200 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 151 + 7) as u8).collect();
            let units = encode(&bytes);
            assert_eq!(decode(&units).unwrap(), bytes, "{n} bytes");
            assert!(units
                .chars()
                .all(|c| !(0xD800..0xE000).contains(&(c as u32))));
        }
    }

    #[test]
    fn a_unit_carries_nearly_two_bytes() {
        let units = encode(&[0xFF; 6300]).encode_utf16().count();
        assert_eq!(units, 1 + 3200);
    }

    #[test]
    fn what_no_encoding_made_is_refused() {
        assert!(decode("").is_err());
        assert!(decode("{\"schema\":4}").is_err());
        assert!(decode("0abc").is_err());
        assert!(decode("0\u{10000}abc").is_err());
        assert!(decode("0\u{FFFF}\u{FFFF}\u{FFFF}\u{FFFF}").is_err());
        assert!(decode("7").is_err());
        assert_eq!(decode("0").unwrap(), Vec::<u8>::new());
    }
}
