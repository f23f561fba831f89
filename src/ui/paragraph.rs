//! One paragraph of the article: its sentences as options of the article's listbox.
//!
//! Props compare only what this paragraph shows, so a label change re-renders one paragraph,
//! not the whole document.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Document, Label, Selection};

#[derive(Properties)]
pub struct ParagraphProps {
    pub doc: Rc<Document>,
    pub index: usize,
    pub labels: Rc<Vec<Option<Label>>>,
    pub selection: Option<Selection>,
}

impl ParagraphProps {
    fn sentences(&self) -> Range<usize> {
        self.doc.paragraphs[self.index].sentences.clone()
    }

    /// The selected sentences and the focused one, clipped to this paragraph.
    fn local_selection(&self) -> (Range<usize>, Option<usize>) {
        let own = self.sentences();
        let Some(selection) = self.selection else {
            return (0..0, None);
        };
        let range = selection.range();
        let start = (*range.start()).max(own.start);
        let end = (*range.end() + 1).min(own.end);
        let focus = own.contains(&selection.focus).then_some(selection.focus);
        (if start < end { start..end } else { 0..0 }, focus)
    }
}

impl PartialEq for ParagraphProps {
    fn eq(&self, other: &Self) -> bool {
        let own = self.sentences();
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.index == other.index
            && (Rc::ptr_eq(&self.labels, &other.labels)
                || self.labels[own.clone()] == other.labels[own])
            && self.local_selection() == other.local_selection()
    }
}

#[function_component(ParagraphView)]
pub fn paragraph_view(props: &ParagraphProps) -> Html {
    let (selected, focus) = props.local_selection();
    let sentences = props.sentences().map(|i| {
        let label = props.labels[i].map(Label::as_str);
        let is_selected = selected.contains(&i);
        html! {
            <>
                <span role="option" id={format!("s-{i}")} class={classes!("sentence", (focus == Some(i)).then_some("focus"))}
                    data-sentence-index={i.to_string()} data-label={label}
                    aria-selected={if is_selected { "true" } else { "false" }}>
                    { props.doc.sentence_text(i) }
                </span>
                { " " }
            </>
        }
    });
    html! {
        <p role="group" class="paragraph">{ for sentences }</p>
    }
}
