//! Texts stored on their own (pasted articles, and every text stored before schema 5) packed
//! in the worker once there are a pack's worth, to free their room. The pack is written first,
//! then each record is written naming it, then its text record goes: whatever fails on the
//! way leaves that text where it was, still read.

use super::handle::Workspace;
use super::stored::StoredAction;
use crate::jobs::{Answer, Job};
use crate::schema::{decode_record, text_key, text_of_record, version, LibraryEntry, PACK_TEXTS};
use crate::ui::edge::{background, clock, storage};

impl Workspace {
    /// Packs the texts of their own, but the open document's, when there are a pack's worth.
    pub fn pack_texts(&self) {
        let open = self.session().map(|s| s.doc.id.clone());
        let loose: Vec<(String, String)> = self
            .library()
            .iter()
            .filter(|e| e.pack.is_none() && Some(&e.id) != open.as_ref())
            .filter_map(|e| {
                let raw = storage::get(&text_key(&e.id)).ok().flatten()?;
                Some((e.id.clone(), text_of_record(&raw)?))
            })
            .collect();
        if loose.len() < PACK_TEXTS {
            return;
        }
        let ws = self.clone();
        let job = Job::Pack {
            texts: loose,
            now: clock::now(),
        };
        background::once(job, move |answer| ws.packed(answer));
    }

    fn packed(&self, answer: Answer) {
        let Answer::Packed(packs) = answer else {
            return;
        };
        // Not the document open now: its next save would name no pack.
        let open = self
            .latest
            .borrow()
            .state
            .session
            .as_ref()
            .map(|s| s.doc.id.clone());
        let mut lines = Vec::new();
        for (name, raw, ids) in &packs {
            if storage::put_pack(name, raw).is_err() {
                break;
            }
            for id in ids.iter().filter(|&id| Some(id) != open.as_ref()) {
                lines.extend(repoint(id, name));
            }
        }
        for line in lines {
            self.stored.dispatch(StoredAction::Put(line));
        }
    }
}

/// Rewrites document `id`'s record, as it is now, naming pack `name`, and removes its text
/// record; its new library line.
fn repoint(id: &str, name: &str) -> Option<LibraryEntry> {
    let (text, record) = storage::raw_records(id)?;
    let text = text_of_record(&text?)?;
    // Older records carry their text inside; they are packed once written anew.
    version(&record).ok().filter(|&v| v >= 4)?;
    let updated = LibraryEntry::of_record(&record).ok()?.updated;
    let mut session = decode_record(&record, text.into()).ok()?;
    std::rc::Rc::make_mut(&mut session.content.doc).pack = Some(name.to_string());
    storage::packed_into(id, &session, &updated).ok()?;
    Some(LibraryEntry::of(&session, &updated))
}
