//! The work on files that the background worker does, as pure requests and answers: Sift's own
//! files read (to import, or to compare), another tool's annotations read and anchored in a
//! text, a document written in another format; articles brought into the library by the
//! hundred; and the suggestions for the open document.
//! Its code is not on the page's first load, and a large file is read without the page
//! waiting; the page and the worker exchange these values as JSON, and nothing else.

use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::compare::{annotator_of, Annotator};
use crate::corpus::{document, read_file, Incoming, MAX_ARTICLES};
use crate::export::{Format, LibraryFile, Stamp};
use crate::foreign::{read as read_foreign, Anchored, Foreign};
use crate::import::{parse, Imported};
use crate::model::{document_id, Session};
use crate::schema::{
    decode_session, encode_session, encode_text, read_pack, write_pack, PACK_BYTES, PACK_TEXTS,
};
use crate::segment::Span;
use crate::sketch::{resemblance, Index, NEW_VERSION};
use crate::suggest::{Labelled, Suggestions, Tally};

/// What the page asks the worker for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Sift's own file, read to be imported; answered with `Sift` or `Failed`.
    Import { file: String },
    /// Sift's own files of the article `text` (titled `title`), read to be compared, each with
    /// its name; answered with `Annotators`.
    Compare {
        files: Vec<(String, String)>,
        text: String,
        title: String,
    },
    /// Another tool's file read, and its annotations anchored in `text`, split into
    /// `sentences`; answered with progress, then `Anchored` or `Failed`.
    Anchor {
        /// The file's name, for the messages.
        name: String,
        /// The file's text (every format read is JSON, so text).
        file: String,
        text: String,
        sentences: Vec<Span>,
    },
    /// A document, given as Sift's own JSON, written in `format`; answered with `Exported` or
    /// `Failed`.
    Export {
        native: String,
        format: Format,
        exported_at: String,
        modified: String,
        generator: String,
    },
    /// Files of articles (each name and text) brought into the library: `library` is every
    /// document it holds (id and sketch), so that no text comes in twice and a new version of
    /// an article is recognised; `now` is when they are made. Answered with `Articles` after
    /// each slice of the work, the last with `done == total`.
    Articles {
        files: Vec<(String, String)>,
        library: Vec<(String, Vec<u64>)>,
        now: String,
    },
    /// Documents of the library, each as its two stored records and when it last changed,
    /// written in `format` as one file; answered with `Progress` after each slice, then
    /// `Library`.
    ExportLibrary {
        documents: Vec<(String, String, String)>,
        format: Format,
        exported_at: String,
        generator: String,
        annotator: Option<String>,
    },
    /// Packs some of whose articles were deleted, each as its name, its value and the ids of
    /// the texts to keep; answered with `Repacked`.
    Repack {
        packs: Vec<(String, String, Vec<String>)>,
    },
    /// Texts stored on their own (id and text each), to be packed; answered with `Packed`.
    Pack {
        texts: Vec<(String, String)>,
        now: String,
    },
    /// Suggestions for the open document: the model learns every label of the other documents
    /// (`library`) and of this one (`labelled`), the tally goes on from `tally`, and
    /// `sentences` are scored; answered with `Suggested`, and again after each `Learn` or
    /// `Relearn` sent on the same job.
    Suggest {
        library: Vec<Labelled>,
        labelled: Vec<Labelled>,
        tally: Tally,
        sentences: Vec<String>,
    },
    /// Labels the reader has just set in the document of the `Suggest` job this is sent on.
    Learn(Vec<Labelled>),
    /// The document's labels as they now are, after one was taken back or changed: the model
    /// is built anew.
    Relearn(Vec<Labelled>),
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// An imported document with its labels and notes, as the two records storage keeps
    /// (`schema`), what the file says of when it was made, and what in it was not believed.
    Sift {
        text: String,
        record: String,
        exported_at: String,
        warnings: Vec<String>,
    },
    /// Each file compared, in order: its reading, or why it cannot be compared.
    Annotators(Vec<Result<Annotator, String>>),
    /// How many annotations are anchored, of how many.
    Progress {
        done: usize,
        total: usize,
    },
    /// Every annotation of the file, and where each was found (`None`: nowhere).
    Anchored {
        found: Vec<Foreign>,
        places: Vec<Option<Anchored>>,
    },
    Exported(String),
    /// The articles made since the last answer of an `Articles` job, the texts already in the
    /// library that were left out, what could not be read, and how far the job is.
    Articles {
        arrived: Vec<Arrived>,
        /// The packs the arrived documents' texts are in (name and value): each is stored
        /// before the documents in it.
        packs: Vec<(String, String)>,
        skipped: usize,
        problems: Vec<String>,
        done: usize,
        total: usize,
    },
    /// The library's file, how many documents are in it, and those that could not be read.
    Library {
        file: String,
        documents: usize,
        problems: Vec<String>,
    },
    Suggested(Suggestions),
    /// Each pack that could be read, packed again: its name, its new value, and the ids of the
    /// texts left out.
    Repacked(Vec<(String, String, Vec<String>)>),
    /// The packs made of the texts: each one's name, value, and the ids of its texts.
    Packed(Vec<(String, String, Vec<String>)>),
    /// Why the job could not be done, for the reader.
    Failed(String),
}

/// Reads Sift's own file to be imported: the answer, or the message that says why not.
pub fn import(file: &str) -> Answer {
    match parse(file.as_bytes()) {
        Ok(Imported {
            doc,
            annotations: a,
            exported_at,
            warnings,
            ..
        }) => {
            let session = Session::with_annotations(doc, a.labels, a.notes);
            Answer::Sift {
                text: encode_text(&session.doc),
                record: encode_session(&session, &exported_at),
                exported_at,
                warnings,
            }
        }
        Err(e) => Answer::Failed(not_imported(&e)),
    }
}

/// Packs again, without their deleted texts, the packs that can be read (the rest stay as
/// they are, which loses nothing).
pub fn repack(packs: &[(String, String, Vec<String>)]) -> Answer {
    let repacked = packs.iter().filter_map(|(name, raw, keep)| {
        let texts = read_pack(raw).ok()?;
        let (kept, left): (Vec<_>, Vec<_>) = texts.iter().partition(|(id, _)| keep.contains(id));
        let kept: Vec<(&str, &str)> = kept.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
        let left = left.into_iter().map(|(id, _)| id.clone()).collect();
        Some((name.clone(), write_pack(&kept), left))
    });
    Answer::Repacked(repacked.collect())
}

/// Packs texts stored on their own, as an import packs its texts: up to `PACK_TEXTS` and
/// `PACK_BYTES` in each.
pub fn pack(texts: &[(String, String)], now: &str) -> Answer {
    let mut packs = Vec::new();
    let mut rest = texts;
    while let Some((first, _)) = rest.first() {
        let (mut n, mut bytes) = (0, 0);
        while let Some((_, text)) = rest.get(n).filter(|(_, t)| room_for(n, bytes, t)) {
            bytes += text.len();
            n += 1;
        }
        let (these, after) = rest.split_at(n);
        let pairs: Vec<(&str, &str)> = these
            .iter()
            .map(|(i, t)| (i.as_str(), t.as_str()))
            .collect();
        let ids = these.iter().map(|(id, _)| id.clone()).collect();
        packs.push((pack_name(now, packs.len(), first), write_pack(&pairs), ids));
        rest = after;
    }
    Answer::Packed(packs)
}

/// Whether a pack holding `count` texts of `bytes` takes `text` too: up to `PACK_TEXTS` texts
/// and `PACK_BYTES` bytes, and always one.
fn room_for(count: usize, bytes: usize, text: &str) -> bool {
    count == 0 || count < PACK_TEXTS && bytes + text.len() <= PACK_BYTES
}

/// A pack's name, unique to the job that makes it: when the job started, how many packs it
/// made before, and the first text's id.
fn pack_name(now: &str, made: usize, first: &str) -> String {
    document_id(&format!("{now} {made} {first}"))["doc-".len()..][..12].to_string()
}

/// The message of a file that cannot be imported.
pub fn not_imported(problem: &dyn std::fmt::Display) -> String {
    format!("Sift could not import that file: {problem}. Nothing was changed.")
}

/// Reads Sift's own files to be compared with the article `text`, titled `title`.
pub fn compare(files: &[(String, String)], text: &str, title: &str) -> Answer {
    let read = files
        .iter()
        .map(|(name, file)| annotator_of(file.as_bytes(), name, text, title));
    Answer::Annotators(read.collect())
}

/// Reads another tool's file, `name`: its annotations, or the message that says why there are
/// none to anchor.
pub fn read_annotations(name: &str, file: &str) -> Result<Vec<Foreign>, String> {
    match read_foreign(file.as_bytes()) {
        Ok(found) if !found.is_empty() => Ok(found),
        Ok(_) => Err(format!(
            "“{name}” holds no annotation that quotes the text. Nothing was changed."
        )),
        Err(e) => Err(format!(
            "Sift could not import “{name}”: {e}. Nothing was changed."
        )),
    }
}

/// Writes `native`, Sift's own JSON of a document, in `format`. Reading it back gives the same
/// document, labels, notes and annotator (`tests/jobs.rs`), so every format is written from
/// one source.
pub fn export(native: &str, format: Format, stamp: &Stamp) -> Result<String, String> {
    let imported = parse(native.as_bytes()).map_err(|e| e.to_string())?;
    let a = imported.annotations;
    let session = Session::with_annotations(imported.doc, a.labels, a.notes);
    let stamp = Stamp {
        annotator: imported.annotator.as_deref(),
        ..*stamp
    };
    Ok(format.render(&session, &stamp))
}

/// A job the worker does a slice at a time, answering the page after each slice.
pub trait Sliced {
    /// Works while `more()` says so; whether the job is done.
    fn go_on(&mut self, more: impl Fn() -> bool) -> bool;
    /// What to tell the page of the work since the last answer (the result, once done).
    fn answer(&mut self) -> Answer;
}

/// An article made into a document, as the records storage keeps (`schema`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Arrived {
    pub id: String,
    pub title: String,
    /// Where it was read ("batch.jsonl, line 4"), for the messages.
    pub place: String,
    /// Its text record, when its text is in none of the answer's packs.
    pub text: Option<String>,
    pub record: String,
    /// The library's document whose article this resembles: the page asks whether it is that
    /// article's new version.
    pub resembles: Option<String>,
}

/// One article of an `Articles` job: read from a file of articles, or one of Sift's own
/// documents (with its place).
enum Item {
    Text(Incoming),
    Sift(String, Box<Imported>),
}

/// An `Articles` job under way: the files read at once, then a document made of each article
/// in slices, between which the worker answers with what is done.
pub struct Intake {
    items: std::vec::IntoIter<Item>,
    total: usize,
    done: usize,
    now: String,
    library: Index,
    /// The sketches of the library's documents and of those made so far, by id.
    seen: HashMap<String, Vec<u64>>,
    arrived: Vec<Arrived>,
    /// Documents made whose pack is not full yet, with where each was read.
    unpacked: Vec<(String, Session)>,
    /// The packs made since the last answer, and how many were made in all.
    packs: Vec<(String, String)>,
    made: usize,
    skipped: usize,
    problems: Vec<String>,
}

impl Intake {
    pub fn new(
        files: Vec<(String, String)>,
        library: Vec<(String, Vec<u64>)>,
        now: String,
    ) -> Intake {
        let mut items = Vec::new();
        let mut problems = Vec::new();
        for (name, contents) in files {
            let read = read_file(&name, &contents);
            problems.extend(read.problems);
            let found = read.articles.into_iter().map(Item::Text);
            let found = found.chain(
                read.sift
                    .into_iter()
                    .map(|(p, i)| Item::Sift(p, Box::new(i))),
            );
            for item in found {
                if items.len() == MAX_ARTICLES {
                    problems.push(format!(
                        "“{name}”: only {MAX_ARTICLES} articles are imported at once; the rest of it was left out."
                    ));
                    break;
                }
                items.push(item);
            }
        }
        Intake {
            total: items.len(),
            items: items.into_iter(),
            done: 0,
            now,
            seen: library.iter().cloned().collect(),
            library: Index::new(library),
            arrived: Vec::new(),
            unpacked: Vec::new(),
            packs: Vec::new(),
            made: 0,
            skipped: 0,
            problems,
        }
    }

    /// Packs the documents waiting for a pack: their texts compressed together, and their
    /// records naming the pack.
    fn seal(&mut self) {
        let Some((_, first)) = self.unpacked.first() else {
            return;
        };
        let name = pack_name(&self.now, self.made, &first.doc.id);
        self.made += 1;
        let texts: Vec<(&str, &str)> = self
            .unpacked
            .iter()
            .map(|(_, s)| (s.doc.id.as_str(), &*s.doc.text))
            .collect();
        self.packs.push((name.clone(), write_pack(&texts)));
        for (place, mut session) in std::mem::take(&mut self.unpacked) {
            let mut doc = (*session.doc).clone();
            doc.pack = Some(name.clone());
            session.content.doc = Rc::new(doc);
            self.arrived.push(Arrived {
                text: None,
                record: encode_session(&session, &self.now),
                resembles: None,
                title: session.doc.title.clone(),
                id: session.doc.id.clone(),
                place,
            });
        }
    }

    /// One of Sift's own documents, its previous version believed only when the library holds
    /// it, or it came before in this import, and their texts are alike (a file could name any
    /// id), as Import JSON believes it.
    fn believed(&mut self, place: String, imported: Imported) -> Session {
        let Imported {
            mut doc,
            annotations,
            warnings,
            ..
        } = imported;
        self.problems
            .extend(warnings.into_iter().map(|w| format!("{place}: {w}")));
        if let Some(previous) = doc.previous.clone() {
            let alike = self
                .seen
                .get(&previous)
                .is_some_and(|sketch| resemblance(&doc.sketch, sketch) >= NEW_VERSION);
            if !alike {
                doc.previous = None;
                self.problems.push(format!(
                    "{place}: it names a previous version that is not in your library or the import, or whose text is not alike, so it was imported as an article of its own."
                ));
            }
        }
        Session::with_annotations(doc, annotations.labels, annotations.notes)
    }
}

impl Sliced for Intake {
    /// Makes documents while `more()` says so.
    fn go_on(&mut self, more: impl Fn() -> bool) -> bool {
        while more() {
            let Some(item) = self.items.next() else {
                break;
            };
            self.done += 1;
            let (place, session) = match item {
                Item::Text(incoming) => {
                    let place = incoming.place.clone();
                    let (session, warnings) = document(incoming, &self.now);
                    self.problems.extend(warnings);
                    (place, session)
                }
                Item::Sift(place, imported) => (place.clone(), self.believed(place, *imported)),
            };
            let id = session.doc.id.clone();
            if self.seen.contains_key(&id) {
                self.skipped += 1;
                continue;
            }
            self.seen.insert(id.clone(), session.doc.sketch.to_vec());
            // A version of an article that came with it is no new version of another.
            let resembles = match session.doc.previous {
                Some(_) => None,
                None => self.library.new_version_of(&session.doc.sketch),
            };
            // A resembling text waits for the reader's answer, with a text record of its own.
            if let Some((of, _)) = resembles {
                self.arrived.push(Arrived {
                    text: Some(encode_text(&session.doc)),
                    record: encode_session(&session, &self.now),
                    resembles: Some(of.to_string()),
                    title: session.doc.title.clone(),
                    id,
                    place,
                });
                continue;
            }
            let bytes: usize = self.unpacked.iter().map(|(_, s)| s.doc.text.len()).sum();
            if !room_for(self.unpacked.len(), bytes, &session.doc.text) {
                self.seal();
            }
            self.unpacked.push((place, session));
            // A full pack goes with this slice's answer.
            if self.unpacked.len() == PACK_TEXTS {
                self.seal();
            }
        }
        if self.items.len() > 0 {
            return false;
        }
        self.seal();
        true
    }

    /// The documents made since the last answer, and how far the job is.
    fn answer(&mut self) -> Answer {
        Answer::Articles {
            arrived: std::mem::take(&mut self.arrived),
            packs: std::mem::take(&mut self.packs),
            skipped: std::mem::take(&mut self.skipped),
            problems: std::mem::take(&mut self.problems),
            done: self.done,
            total: self.total,
        }
    }
}

/// An `ExportLibrary` job under way: each document read from its records and added to the
/// file, in slices.
pub struct Outtake {
    documents: std::vec::IntoIter<(String, String, String)>,
    total: usize,
    /// The file being written; taken when it is answered.
    file: Option<LibraryFile>,
    exported_at: String,
    generator: String,
    annotator: Option<String>,
    problems: Vec<String>,
}

impl Outtake {
    pub fn new(
        documents: Vec<(String, String, String)>,
        format: Format,
        exported_at: String,
        generator: String,
        annotator: Option<String>,
    ) -> Outtake {
        Outtake {
            total: documents.len(),
            documents: documents.into_iter(),
            file: Some(LibraryFile::new(format, &exported_at, annotator.as_deref())),
            exported_at,
            generator,
            annotator,
            problems: Vec::new(),
        }
    }
}

impl Sliced for Outtake {
    /// Adds documents while `more()` says so.
    fn go_on(&mut self, more: impl Fn() -> bool) -> bool {
        while more() {
            let Some((text, record, modified)) = self.documents.next() else {
                return true;
            };
            let session = match decode_session(&text, &record) {
                Ok(session) => session,
                Err(e) => {
                    self.problems.push(format!(
                        "A stored document could not be read ({e}), so it was left out."
                    ));
                    continue;
                }
            };
            let Some(file) = self.file.as_mut() else {
                continue;
            };
            let stamp = Stamp {
                exported_at: &self.exported_at,
                modified: &modified,
                generator: &self.generator,
                annotator: self.annotator.as_deref(),
            };
            file.add(&session, &stamp);
        }
        self.documents.len() == 0
    }

    /// How far the job is, then the file once every document is added.
    fn answer(&mut self) -> Answer {
        let done = self.total - self.documents.len();
        let file = if done == self.total {
            self.file.take()
        } else {
            None
        };
        match file {
            Some(file) => Answer::Library {
                documents: self.total - self.problems.len(),
                file: file.finish(),
                problems: std::mem::take(&mut self.problems),
            },
            None => Answer::Progress {
                done,
                total: self.total,
            },
        }
    }
}
