//! The comparison kept for this tab in sessionStorage (gloo-storage), so that a reload keeps
//! the annotators picked and the names given them. A tab's own, as a comparison is; a failed
//! write loses nothing of the reader's (the files stay where they were picked from).

use std::rc::Rc;

use gloo_storage::{SessionStorage, Storage};
use yew::prelude::*;

use crate::compare::saved::{decode, encode};
use crate::compare::Comparison;

const KEY: &str = "sift.comparison";

/// gloo's `SessionStorage::raw` throws when the browser gives none, so that is asked first.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.session_storage(), Ok(Some(_))))
}

/// The comparison this tab kept, if it is of `text`.
pub fn restore(text: &str) -> Option<Comparison> {
    let raw = available().then(|| SessionStorage::raw().get_item(KEY).ok().flatten())??;
    decode(&raw, text)
}

/// Keeps `comparison` (of `text`) whenever its annotators, key or filter change, and forgets it
/// once closed; a move of the current unit writes nothing.
#[hook]
pub fn use_kept(comparison: Option<&Comparison>, text: Option<Rc<str>>) {
    let kept = comparison.map(|c| (c.annotators.clone(), c.key, c.only_disagreements));
    let deps = (kept, text);
    use_effect_with(deps, |(kept, text)| {
        if !available() {
            return;
        }
        let storage = SessionStorage::raw();
        match (kept, text) {
            (Some((annotators, key, only_disagreements)), Some(text)) => {
                let comparison = Comparison {
                    annotators: annotators.clone(),
                    key: *key,
                    only_disagreements: *only_disagreements,
                    ..Comparison::default()
                };
                let _ = storage.set_item(KEY, &encode(&comparison, text));
            }
            _ => {
                let _ = storage.remove_item(KEY);
            }
        }
    });
}
