//! The comparison open over the document, if any: kept for the tab across a reload (in its
//! sessionStorage) and read back only onto the same text.

use std::rc::Rc;

use yew::prelude::*;

use crate::compare::kept::{decode, encode};
use crate::compare::{Comparison, ComparisonAction};
use crate::model::Session;
use crate::ui::edge::storage::tab;

/// The comparison while one is open; `None` (the action) closes it.
#[derive(Debug, Default, PartialEq)]
pub struct Comparing(pub Option<Comparison>);

impl Reducible for Comparing {
    type Action = Option<ComparisonAction>;

    fn reduce(self: Rc<Self>, change: Option<ComparisonAction>) -> Rc<Self> {
        Rc::new(Comparing(
            change.map(|change| self.0.clone().unwrap_or_default().apply(change)),
        ))
    }
}

impl Comparing {
    /// The comparison this tab kept, if it is of the open document's text.
    pub fn restore(open: Option<&Session>) -> Comparing {
        Comparing(open.and_then(|s| decode(&tab::comparison()?, &s.doc.text)))
    }
}

/// Keeps the comparison whenever its annotators, key or filter change, and forgets it once
/// closed; a move of the current unit writes nothing.
#[hook]
pub fn use_kept(comparing: &Comparing, open: Option<&Session>) {
    let kept = comparing
        .0
        .as_ref()
        .map(|c| (c.annotators.clone(), c.key, c.only_disagreements));
    let text = open.map(|s| s.doc.text.clone());
    use_effect_with((kept, text), |(kept, text)| match (kept, text) {
        (Some((annotators, key, only_disagreements)), Some(text)) => {
            let comparison = Comparison {
                annotators: annotators.clone(),
                key: *key,
                only_disagreements: *only_disagreements,
                ..Comparison::default()
            };
            tab::keep_comparison(&encode(&comparison, text));
        }
        _ => tab::forget_comparison(),
    });
}
