//! Version 5's two binary records: a document's changing record, and a pack of texts. Both are
//! serde types in postcard's compact form, kept as units (`units`), after a version mark; a
//! pack is compressed with bzip2 as a whole, since news texts packed together compress to a
//! third of their size where each alone compresses to under half. The document record is the
//! version 4 record with its numbers made small (offsets as gaps, the sketch as steps), so it is
//! read into that type and checked by the same code.

use std::borrow::Cow;
use std::io::Read;

use serde::{Deserialize, Serialize};

use super::{units, DocV4, LoadError, OrphanV4, StampsV4};
use crate::model::Label;

/// What every version 5 record starts with; no JSON record can.
pub const MARK: &str = "5|";
/// Where a pack is kept: `sift.pack.<name>`.
pub const PACK_PREFIX: &str = "sift.pack.";
/// Texts in one pack at most, and their bytes: a pack is unpacked whole to read one of them
/// (about 40 ms for a full one), and 64 news articles pack into a third of their size.
pub const PACK_TEXTS: usize = 64;
pub const PACK_BYTES: usize = 512 << 10;
/// What reading a pack may unpack to: a full pack and one article of the largest size
/// (`corpus::MAX_ARTICLE_BYTES`) more, with room for ids. Anything beyond is refused unread.
pub const MAX_UNPACKED: usize = PACK_BYTES + (1 << 20) + (64 << 10);

pub fn pack_key(name: &str) -> String {
    format!("{PACK_PREFIX}{name}")
}

#[derive(Serialize, Deserialize)]
pub(super) struct DocV5<'a> {
    id: Cow<'a, str>,
    clock: u64,
    updated: Cow<'a, str>,
    created: Cow<'a, str>,
    title: Cow<'a, str>,
    url: Option<Cow<'a, str>>,
    language: Option<Cow<'a, str>>,
    /// Per sentence, in bytes: from the end of the one before to its start, and its length.
    spans: Vec<(i64, u64)>,
    paragraphs: Vec<u64>,
    labels: Cow<'a, str>,
    notes: Vec<(u64, Cow<'a, str>)>,
    stamps: StampsV5,
    version: u32,
    previous: Option<Cow<'a, str>>,
    /// Each hash as its step from the one before (they are in ascending order).
    sketch: Vec<u32>,
    orphans: Vec<OrphanV5<'a>>,
    /// The pack holding the text; `None`: its own text record.
    pack: Option<Cow<'a, str>>,
}

#[derive(Serialize, Deserialize)]
struct StampsV5 {
    bounds: u64,
    title: u64,
    details: u64,
    label: Vec<(u64, u64)>,
    note: Vec<(u64, u64)>,
    label_on: Vec<(u64, Vec<(u64, u64)>)>,
    note_on: Vec<(u64, Vec<(u64, u64)>)>,
}

#[derive(Serialize, Deserialize)]
struct OrphanV5<'a> {
    tick: u64,
    old: Option<u64>,
    text: Cow<'a, str>,
    /// The label's digit (`Label::digit`).
    label: Option<char>,
    note: Option<Cow<'a, str>>,
}

/// Texts by document id, as a pack holds them.
#[derive(Serialize, Deserialize)]
struct PackV5<'a> {
    texts: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

fn wide(n: usize) -> u64 {
    n as u64
}

fn narrow(n: u64) -> Result<usize, LoadError> {
    usize::try_from(n).map_err(|_| LoadError::Inconsistent(format!("an offset of {n}")))
}

fn pairs(p: &[(usize, u64)]) -> Vec<(u64, u64)> {
    p.iter().map(|&(i, t)| (wide(i), t)).collect()
}

fn spans_on(p: &[(usize, Vec<(usize, usize)>)]) -> Vec<(u64, Vec<(u64, u64)>)> {
    let spans = |s: &[(usize, usize)]| s.iter().map(|&(a, b)| (wide(a), wide(b))).collect();
    p.iter().map(|(i, s)| (wide(*i), spans(s))).collect()
}

/// The document record `doc` as version 5, its text in `pack` (or in its own record).
pub(super) fn write_doc(doc: &DocV4, pack: Option<&str>) -> String {
    let mut end = 0usize;
    let spans = doc
        .spans
        .chunks_exact(2)
        .map(|p| {
            let gap = p[0] as i64 - end as i64;
            end = p[1];
            (gap, wide(p[1].saturating_sub(p[0])))
        })
        .collect();
    let mut last = 0u32;
    let sketch = doc
        .sketch
        .iter()
        .map(|&h| {
            let step = (h as u32).wrapping_sub(last);
            last = h as u32;
            step
        })
        .collect();
    let s = &doc.stamps;
    let record = DocV5 {
        id: Cow::Borrowed(&doc.id),
        clock: doc.clock,
        updated: Cow::Borrowed(&doc.updated),
        created: Cow::Borrowed(&doc.created),
        title: Cow::Borrowed(&doc.title),
        url: doc.url.as_deref().map(Cow::Borrowed),
        language: doc.language.as_deref().map(Cow::Borrowed),
        spans,
        paragraphs: doc.paragraphs.iter().map(|&n| wide(n)).collect(),
        labels: Cow::Borrowed(&doc.labels),
        notes: doc
            .notes
            .iter()
            .filter_map(|(i, n)| Some((i.parse().ok()?, Cow::Borrowed(n.as_ref()))))
            .collect(),
        stamps: StampsV5 {
            bounds: s.bounds,
            title: s.title,
            details: s.details,
            label: pairs(&s.label),
            note: pairs(&s.note),
            label_on: spans_on(&s.label_on),
            note_on: spans_on(&s.note_on),
        },
        version: doc.version,
        previous: doc.previous.as_deref().map(Cow::Borrowed),
        sketch,
        orphans: doc
            .orphans
            .iter()
            .map(|o| OrphanV5 {
                tick: o.tick,
                old: o.old.map(wide),
                text: Cow::Borrowed(&o.text),
                label: o.label.map(Label::digit),
                note: o.note.as_deref().map(Cow::Borrowed),
            })
            .collect(),
        pack: pack.map(Cow::Borrowed),
    };
    binary(&record)
}

fn binary(value: &impl Serialize) -> String {
    // Serialising into memory fails only for types serde cannot write, which these are not.
    binary_of(&postcard::to_allocvec(value).unwrap_or_default())
}

fn binary_of(bytes: &[u8]) -> String {
    format!("{MARK}{}", units::encode(bytes))
}

/// The bytes of a version 5 record.
fn bytes_of(raw: &str) -> Result<Vec<u8>, LoadError> {
    let units = raw
        .strip_prefix(MARK)
        .ok_or_else(|| LoadError::WrongShape("not a version 5 record".into()))?;
    units::decode(units).map_err(|e| LoadError::NotJson(format!("its binary form is damaged: {e}")))
}

/// A serde type from all of `bytes`, nothing left over.
fn whole<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, LoadError> {
    match postcard::take_from_bytes(bytes) {
        Ok((value, [])) => Ok(value),
        Ok(_) => Err(LoadError::WrongShape(
            "bytes left over after the record".into(),
        )),
        Err(e) => Err(LoadError::WrongShape(format!(
            "its binary form cannot be read ({e})"
        ))),
    }
}

/// A version 5 document record, as the version 4 record it stands for, and its pack.
pub(super) fn read_doc(raw: &str) -> Result<(DocV4<'static>, Option<String>), LoadError> {
    let bytes = bytes_of(raw)?;
    let r: DocV5 = whole(&bytes)?;
    let mut spans = Vec::with_capacity(r.spans.len() * 2);
    let mut end = 0usize;
    for (gap, len) in r.spans {
        let start = i64::try_from(end)
            .ok()
            .and_then(|e| e.checked_add(gap))
            .and_then(|s| usize::try_from(s).ok());
        let start =
            start.ok_or_else(|| LoadError::Inconsistent("a sentence before the text".into()))?;
        end = start
            .checked_add(narrow(len)?)
            .ok_or_else(|| LoadError::Inconsistent("a sentence past any text".into()))?;
        spans.extend([start, end]);
    }
    let mut last = 0u32;
    let sketch: Vec<u64> = r
        .sketch
        .iter()
        .map(|&step| {
            last = last.wrapping_add(step);
            u64::from(last)
        })
        .collect();
    let indexed = |p: Vec<(u64, u64)>| {
        p.into_iter()
            .map(|(i, t)| Ok((narrow(i)?, t)))
            .collect::<Result<Vec<_>, LoadError>>()
    };
    let set_on = |p: Vec<(u64, Vec<(u64, u64)>)>| {
        p.into_iter()
            .map(|(i, s)| {
                let s = s.into_iter().map(|(a, b)| Ok((narrow(a)?, narrow(b)?)));
                Ok((narrow(i)?, s.collect::<Result<Vec<_>, LoadError>>()?))
            })
            .collect::<Result<Vec<_>, LoadError>>()
    };
    let owned = |c: Cow<str>| Cow::Owned(c.into_owned());
    let orphans =
        r.orphans
            .into_iter()
            .map(|o| {
                let label = match o.label {
                    None => None,
                    Some(d) => Some(Label::from_digit(d).ok_or_else(|| {
                        LoadError::Inconsistent(format!("unknown label code “{d}”"))
                    })?),
                };
                Ok(OrphanV4 {
                    tick: o.tick,
                    old: o.old.map(narrow).transpose()?,
                    text: owned(o.text),
                    label,
                    note: o.note.map(owned),
                })
            })
            .collect::<Result<Vec<_>, LoadError>>()?;
    let doc = DocV4 {
        schema: 5,
        id: owned(r.id),
        clock: r.clock,
        updated: owned(r.updated),
        created: owned(r.created),
        title: owned(r.title),
        url: r.url.map(owned),
        language: r.language.map(owned),
        spans,
        paragraphs: r
            .paragraphs
            .into_iter()
            .map(narrow)
            .collect::<Result<_, _>>()?,
        labels: owned(r.labels),
        notes: r
            .notes
            .into_iter()
            .map(|(i, n)| (i.to_string(), owned(n)))
            .collect(),
        stamps: StampsV4 {
            bounds: r.stamps.bounds,
            title: r.stamps.title,
            details: r.stamps.details,
            label: indexed(r.stamps.label)?,
            note: indexed(r.stamps.note)?,
            label_on: set_on(r.stamps.label_on)?,
            note_on: set_on(r.stamps.note_on)?,
        },
        version: r.version,
        previous: r.previous.map(owned),
        sketch: Cow::Owned(sketch),
        orphans,
    };
    Ok((doc, r.pack.map(Cow::into_owned)))
}

/// A pack of `texts` (id and text each), compressed.
pub fn write_pack(texts: &[(&str, &str)]) -> String {
    use std::io::Write;
    let pack = PackV5 {
        texts: texts
            .iter()
            .map(|&(id, text)| (Cow::Borrowed(id), Cow::Borrowed(text)))
            .collect(),
    };
    let plain = postcard::to_allocvec(&pack).unwrap_or_default();
    let mut packer = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::best());
    // Writing into memory does not fail.
    let _ = packer.write_all(&plain);
    binary_of(&packer.finish().unwrap_or_default())
}

/// The texts in a pack, by document id.
pub fn read_pack(raw: &str) -> Result<Vec<(String, String)>, LoadError> {
    let packed = bytes_of(raw)?;
    let mut plain = Vec::new();
    bzip2::read::BzDecoder::new(packed.as_slice())
        .take(MAX_UNPACKED as u64 + 1)
        .read_to_end(&mut plain)
        .map_err(|e| LoadError::NotJson(format!("its compressed form is damaged ({e})")))?;
    if plain.len() > MAX_UNPACKED {
        return Err(LoadError::Inconsistent(format!(
            "it unpacks to more than the {} KB a pack may hold",
            MAX_UNPACKED >> 10
        )));
    }
    let pack: PackV5 = whole(&plain)?;
    Ok(pack
        .texts
        .into_iter()
        .map(|(id, text)| (id.into_owned(), text.into_owned()))
        .collect())
}
