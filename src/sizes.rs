//! Sizes for people ("1.3 MB", "12 KB"), in integer arithmetic: float formatting would add
//! some 20 KB to the app for three messages.

/// Bytes as megabytes with one decimal, rounded: 1_363_149 → "1.3 MB".
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + (1 << 19)) >> 20;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Kilobytes below a megabyte (rounded up, so a byte is never "0 KB"), megabytes from there.
pub fn size(bytes: usize) -> String {
    if bytes < 1 << 20 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        megabytes(bytes)
    }
}

/// `part` as a whole percentage of `whole`, rounded down.
pub fn percent(part: usize, whole: usize) -> usize {
    (part as u64 * 100 / (whole as u64).max(1)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(megabytes(1_363_149), "1.3 MB");
        assert_eq!(megabytes(20 << 20), "20.0 MB");
        assert_eq!(size(1), "1 KB");
        assert_eq!(size(300 * 1024), "300 KB");
        assert_eq!(size(3 << 20), "3.0 MB");
        assert_eq!(percent(8 << 20, 10 << 20), 80);
        assert_eq!(percent(1, 0), 100);
    }
}
