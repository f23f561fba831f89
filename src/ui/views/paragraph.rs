//! The article's blocks of paragraphs: memoised components whose props compare only what a
//! block shows (its sentences' labels, notes and selection), so a label change re-renders one
//! block, not the whole document. Paragraphs are plain views: a component each would cost more
//! to create, when an article opens, than it saves when a label changes.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Document, Label, Selection};
use crate::segment::Paragraph;
use crate::suggest::{likeliest, Suggestions};
use crate::versions::Changes;

/// What a part of the article shows: the document, its labels and the selection.
#[derive(Clone)]
pub struct View {
    pub doc: Rc<Document>,
    pub labels: Rc<Vec<Option<Label>>>,
    pub notes: Rc<Vec<Option<Rc<str>>>>,
    pub selection: Option<Selection>,
    /// What changed since the previous version, when there is one.
    pub changes: Option<Rc<Changes>>,
    /// The suggestions' scores, while suggestions are on; with `suggest_labels`, the suggested
    /// labels are shown too (once the model beats the most common label).
    pub suggestions: Option<Rc<Suggestions>>,
    pub suggest_labels: bool,
}

impl View {
    /// The selected sentences and the focused one, clipped to `sentences`.
    fn selection_in(&self, sentences: &Range<usize>) -> (Range<usize>, Option<usize>) {
        let Some(selection) = self.selection else {
            return (0..0, None);
        };
        let range = selection.range();
        let start = (*range.start()).max(sentences.start);
        let end = (*range.end() + 1).min(sentences.end);
        let focus = sentences
            .contains(&selection.focus)
            .then_some(selection.focus);
        (if start < end { start..end } else { 0..0 }, focus)
    }

    /// True when both views show `sentences` the same way.
    fn same_in(&self, other: &View, sentences: Range<usize>) -> bool {
        let same_changes = match (&self.changes, &other.changes) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        let same_suggestions = match (&self.suggestions, &other.suggestions) {
            (Some(a), Some(b)) => {
                Rc::ptr_eq(a, b)
                    || a.scores.get(sentences.clone()) == b.scores.get(sentences.clone())
            }
            (a, b) => a.is_none() && b.is_none(),
        };
        Rc::ptr_eq(&self.doc, &other.doc)
            && same_changes
            && same_suggestions
            && self.suggest_labels == other.suggest_labels
            && (Rc::ptr_eq(&self.labels, &other.labels)
                || self.labels[sentences.clone()] == other.labels[sentences.clone()])
            && (Rc::ptr_eq(&self.notes, &other.notes)
                || self.notes[sentences.clone()] == other.notes[sentences.clone()])
            && self.selection_in(&sentences) == other.selection_in(&sentences)
    }
}

#[derive(Properties, Clone)]
pub struct BlockProps {
    pub view: View,
    /// The paragraphs this block shows.
    pub paragraphs: Range<usize>,
}

impl BlockProps {
    fn sentences(&self) -> Range<usize> {
        let paragraphs = &self.view.doc.paragraphs;
        paragraphs[self.paragraphs.start].sentences.start
            ..paragraphs[self.paragraphs.end - 1].sentences.end
    }
}

impl PartialEq for BlockProps {
    fn eq(&self, other: &Self) -> bool {
        self.paragraphs == other.paragraphs && self.view.same_in(&other.view, self.sentences())
    }
}

/// A run of paragraphs holding about `BLOCK_SENTENCES` sentences.
#[function_component(Block)]
pub fn block(props: &BlockProps) -> Html {
    html! {
        <div class="block" role="presentation">
            { for props.paragraphs.clone().map(|index| paragraph(&props.view, index)) }
        </div>
    }
}

/// Splits a document's paragraphs into blocks of about `size` sentences each.
pub fn blocks(paragraphs: &[Paragraph], size: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        if paragraph.sentences.end - paragraphs[start].sentences.start >= size {
            out.push(start..p + 1);
            start = p + 1;
        }
    }
    if start < paragraphs.len() {
        out.push(start..paragraphs.len());
    }
    out
}

/// Paragraph `index`: its sentences, each an option of the listbox.
fn paragraph(view: &View, index: usize) -> Html {
    let sentences = view.doc.paragraphs[index].sentences.clone();
    let (selected, focus) = view.selection_in(&sentences);
    // Each sentence is followed by a space, so copied text reads as prose.
    let nodes = sentences.flat_map(|i| {
        let label = view.labels[i].map(Label::as_str);
        let note = view.notes[i].as_deref().map(|n| AttrValue::from(format!("Note: {n}")));
        let change = view.changes.as_ref().and_then(|c| c.of(i)).map(|c| c.as_str());
        let scores = view.suggestions.as_ref().filter(|_| label.is_none()).and_then(|s| s.scores.get(i));
        let suggestion = scores.filter(|_| view.suggest_labels).map(likeliest);
        let sentence = html! {
            <span role="option" id={sentence_id(i)} class={classes!("sentence", (focus == Some(i)).then_some("focus"))}
                data-sentence-index={i.to_string()} data-label={label}
                data-note={note.is_some().then_some("true")} title={note} data-change={change}
                data-scores={scores.map(scores_attribute)}
                data-suggestion={suggestion.map(|(l, _)| l.as_str())}
                aria-description={suggestion.map(|(l, share)| format!("suggested: {}, {share}%", l.as_str()))}
                aria-selected={if selected.contains(&i) { "true" } else { "false" }}>
                { view.doc.sentence_text(i) }
            </span>
        };
        // A suggested label is a dashed badge after the sentence (out of its text, as a change's).
        let hint = suggestion.map(|(l, _)| {
            html! { <span class="suggestion-mark" data-mark={l.as_str()} aria-hidden="true"></span> }
        });
        // A changed sentence is preceded by a badge (its words come from the style sheet, so the
        // sentence's own text, and text copied from it, stay the article's).
        let mark = change.map(|change| {
            html! { <span class="change-mark" data-mark={change} aria-hidden="true"></span> }
        });
        mark.into_iter().chain([sentence]).chain(hint).chain([html! { " " }])
    });
    html! {
        <p key={index} role="group" class="paragraph">{ for nodes }</p>
    }
}

/// `data-scores`: each label's probability to three decimals, e.g.
/// `claim:0.812 fact:0.103 context:0.085`.
fn scores_attribute(thousandths: &[u16; 3]) -> String {
    let [c, f, x] = thousandths.map(|t| format!("{}.{:03}", t / 1000, t % 1000));
    format!("claim:{c} fact:{f} context:{x}")
}

/// The element id of sentence `index`, for `aria-activedescendant` and scrolling it into view.
pub fn sentence_id(index: usize) -> String {
    format!("s-{index}")
}
