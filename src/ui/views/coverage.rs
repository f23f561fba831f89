//! The coverage strip beside the article: the whole document at a glance, a lane per label and
//! one for unlabelled sentences, where a click jumps to that stretch of the text.

use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

use crate::model::coverage::{marks, row_of, rows, sentence_at, LANES};
use crate::model::Label;

/// Rows at most: finer than a strip's pixels can show would add nodes, not information.
const MAX_ROWS: usize = 240;

/// A plain view, not a component: every component type adds to the page weight.
pub struct Strip<'a> {
    pub labels: &'a [Option<Label>],
    pub focus: Option<usize>,
    /// Select this sentence and bring it into view.
    pub on_jump: &'a Callback<usize>,
}

pub fn coverage_strip(props: Strip) -> Html {
    let sentences = props.labels.len();
    let rows = rows(sentences, MAX_ROWS);
    let onclick = {
        let on_jump = props.on_jump.clone();
        move |e: MouseEvent| {
            // Not `current_target`: Yew listens at the root, not on the strip.
            let strip = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let Some(strip) = strip.and_then(|t| t.closest(".coverage").ok().flatten()) else {
                return;
            };
            let rect = strip.get_bounding_client_rect();
            on_jump.emit(sentence_at(
                (f64::from(e.client_y()) - rect.top()) / rect.height(),
                sentences,
            ));
        }
    };
    let lane = |l: Option<Label>| LANES.iter().position(|&x| x == l).unwrap_or(0);
    // Pointer only, so hidden from assistive technology: the review lists and the keys reach
    // the same places.
    html! {
        <div class="coverage" aria-hidden="true" title="Where each label sits; click to go there" {onclick}>
            <svg viewBox={format!("0 0 {} {rows}", LANES.len())} preserveAspectRatio="none">
                { for marks(props.labels, rows).into_iter().map(|mark| html! {
                    <rect x={lane(mark.lane).to_string()} width="0.8" y={mark.rows.start.to_string()}
                        height={mark.rows.len().to_string()} data-lane={mark.lane.map_or("unlabelled", Label::as_str)} />
                }) }
                if let Some(focus) = props.focus {
                    <rect class="here" x="0" width={LANES.len().to_string()}
                        y={row_of(focus, sentences, rows).to_string()} height="1" />
                }
            </svg>
        </div>
    }
}
