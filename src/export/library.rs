//! The library, or a selection of it, in one file per format: Sift's own JSON as a collection
//! of its files (format `sift-library`, importable back as a whole), the W3C model as one
//! collection per article (one per line, JSON Lines), and the line formats one article after
//! another.

use super::{Format, Stamp};
use crate::model::Session;
use crate::wire;

pub const LIBRARY_FORMAT: &str = "sift-library";
pub const LIBRARY_VERSION: u32 = 1;

/// A library file being written, one document at a time.
pub struct LibraryFile {
    format: Format,
    out: String,
    documents: usize,
}

impl LibraryFile {
    pub fn new(format: Format, exported_at: &str, annotator: Option<&str>) -> LibraryFile {
        let mut out = String::new();
        if format == Format::Native {
            out += &format!(
                "{{\n  \"format\": {},\n  \"version\": {LIBRARY_VERSION},\n  \"exported_at\": {},\n",
                wire::write(LIBRARY_FORMAT),
                wire::write(exported_at)
            );
            if let Some(name) = annotator {
                out += &format!("  \"annotator\": {},\n", wire::write(name));
            }
            out += "  \"documents\": [\n";
        }
        LibraryFile {
            format,
            out,
            documents: 0,
        }
    }

    /// Adds a document; `stamp.modified` is when its annotations last changed.
    pub fn add(&mut self, session: &Session, stamp: &Stamp) {
        let file = self.format.render(session, stamp);
        match self.format {
            Format::Native => {
                if self.documents > 0 {
                    self.out += ",\n";
                }
                self.out += &file;
            }
            // One line per article: pretty JSON breaks lines only between tokens, never inside
            // a string, so its lines joined without their indentation are the same JSON.
            Format::WebAnnotation => {
                self.out.extend(file.lines().map(str::trim_start));
                self.out.push('\n');
            }
            Format::Jsonl | Format::Prodigy | Format::Spans => self.out += &file,
        }
        self.documents += 1;
    }

    pub fn finish(mut self) -> String {
        if self.format == Format::Native {
            self.out += "\n  ]\n}\n";
        }
        self.out
    }

    /// The file's extension: W3C collections come one per line.
    pub fn extension(format: Format) -> &'static str {
        match format {
            Format::WebAnnotation => "annotations.jsonl",
            other => other.extension(),
        }
    }
}
