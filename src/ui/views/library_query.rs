//! The library's search box, filter and order, what they found, and its pages: plain views over
//! the library's query, which the library keeps.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::listing::{Query, Show, Sort};

/// The search box, the filter and the order.
pub fn tools(query: &UseStateHandle<Query>) -> Html {
    let on_search = {
        let query = query.clone();
        move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(Query {
                    search: input.value(),
                    page: 0,
                    ..(*query).clone()
                });
            }
        }
    };
    let picked = |e: &Event| {
        e.target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.selected_index().max(0) as usize)
    };
    let on_show = {
        let query = query.clone();
        move |e: Event| {
            if let Some(show) = picked(&e).and_then(|i| Show::ALL.get(i)) {
                query.set(Query {
                    show: *show,
                    page: 0,
                    ..(*query).clone()
                });
            }
        }
    };
    let on_sort = {
        let query = query.clone();
        move |e: Event| {
            if let Some(sort) = picked(&e).and_then(|i| Sort::ALL.get(i)) {
                query.set(Query {
                    sort: *sort,
                    page: 0,
                    ..(*query).clone()
                });
            }
        }
    };
    html! {
        <div class="library-tools" role="search">
            <span class="field search-field">
                <label for="library-search">{ "Search the library" }</label>
                <input id="library-search" type="search" value={query.search.clone()} oninput={on_search}
                    placeholder="Words in a title or a text" autocomplete="off" />
            </span>
            <span class="field">
                <label for="library-show">{ "Show" }</label>
                <select id="library-show" onchange={on_show}>
                    { for Show::ALL.iter().map(|s| html! { <option selected={*s == query.show}>{ s.name() }</option> }) }
                </select>
            </span>
            <span class="field">
                <label for="library-sort">{ "Sort by" }</label>
                <select id="library-sort" onchange={on_sort}>
                    { for Sort::ALL.iter().map(|s| html! { <option selected={*s == query.sort}>{ s.name() }</option> }) }
                </select>
            </span>
        </div>
    }
}

/// "3 of 120 articles", "All 120 articles", and whether texts are still being searched.
pub fn found(total: usize, count: usize, unread: bool) -> String {
    let articles = if count == 1 { "article" } else { "articles" };
    let mut said = if total == count {
        format!("{count} {articles}")
    } else {
        format!("{total} of {count} {articles}")
    };
    if unread {
        said += " (still searching the texts…)";
    }
    said
}

/// Previous and next page, and where the reader is.
pub fn pager(query: &UseStateHandle<Query>, page: usize, pages: usize) -> Html {
    if pages < 2 {
        return html! {};
    }
    let go = |to: usize| {
        let query = query.clone();
        move |_| {
            query.set(Query {
                page: to,
                ..(*query).clone()
            })
        }
    };
    html! {
        <nav class="pager library-pager" aria-label="Library pages">
            <button type="button" disabled={page == 0} onclick={go(page.saturating_sub(1))}>{ "Previous page" }</button>
            <span>{ format!("Page {} of {pages}", page + 1) }</span>
            <button type="button" disabled={page + 1 >= pages} onclick={go(page + 1)}>{ "Next page" }</button>
        </nav>
    }
}
