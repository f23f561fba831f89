//! The app: makes the workspace, hands it to the page for what is open (the start page, or the
//! document page), between the masthead, the alerts and the footer; and goes to the comparison
//! page (or back) when a comparison is opened (or closed).

use yew::prelude::*;

use super::edge::name::NameField;
use super::edge::shell::{fill_draft, keep_place, Early};
use super::edge::theme::ThemeSwitch;
use super::pages::{start_page, CompareBody, DocumentPage};
use super::views::alerts::{alerts, Alerts};
use super::views::paste::SAMPLE;
use super::workspace::use_new_workspace;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How a comparison is shown: given on the comparison page (`compare.html`), whose module
    /// holds the comparison's code; the annotating page goes there when one is open.
    pub compare: Option<CompareBody>,
    /// What the reader did on the still start page while the module loaded.
    pub early: Early,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let ws = use_new_workspace();
    // Each page shows what its module holds: a comparison opened or restored on the
    // annotating page is shown on the comparison page, and one closed there is left for the
    // annotating page. The comparison is kept in the tab's storage (`compare::kept`), so it
    // comes with.
    let on_compare_page = props.compare.is_some();
    let comparing = ws.comparison().is_some();
    {
        let ws = ws.clone();
        use_effect_with((on_compare_page, comparing), move |&(on, comparing)| {
            if on != comparing {
                ws.go(if comparing { "compare.html" } else { "./" });
            }
        });
    }
    // A press on the still start page is done once, as the app starts; until then the start
    // page is not drawn, only to be replaced at once by what the press opens.
    let opening = use_state(|| matches!(props.early, Early::Sample(_) | Early::Annotate(..)));
    {
        let (ws, early, opening) = (ws.clone(), props.early.clone(), opening.clone());
        use_effect_with((), move |_| {
            let pressed = match early {
                Early::Sample(place) => Some((SAMPLE.to_string(), place)),
                Early::Annotate(text, place) => Some((text, place)),
                Early::Draft { text, focused } => {
                    fill_draft(&text, focused);
                    None
                }
                Early::Nothing => None,
            };
            if let Some((text, place)) = pressed {
                ws.paste(text);
                // The reader was reading the preview: the same sentence stays where it was.
                if let Some(place) = place {
                    keep_place(place);
                }
            }
            opening.set(false);
        });
    }
    let notices = ws.notices();
    let on_dismiss = {
        let ws = ws.clone();
        Callback::from(move |index| ws.dismiss(index))
    };
    let on_download_backup = {
        let ws = ws.clone();
        Callback::from(move |key: String| ws.download_backup(&key))
    };
    let page = match ws.session() {
        None if *opening => html! { <p class="hint" role="status">{ "Opening…" }</p> },
        None => start_page(&ws),
        Some(session) => html! {
            <DocumentPage key={session.doc.id.clone()} ws={ws.clone()} session={session.clone()}
                compare={props.compare} />
        },
    };
    html! {
            <div class={classes!("app", ws.session().is_some().then_some("open"))}>
                <header class="masthead">
                    <h1>{ "Sift" }</h1>
                    <p class="tagline">{ "Tag every sentence of an article as claim, fact or context." }</p>
                    <NameField />
                    <ThemeSwitch />
                </header>
                { alerts(Alerts { problems: &notices.problems, save_error: notices.save_error.as_deref(),
                    notice: notices.notice.as_deref(), on_dismiss: &on_dismiss,
                    on_download_backup: &on_download_backup }) }
                <main>{ page }</main>
                <footer class="privacy">
                    { "Nothing you paste leaves this browser: Sift has no server, and your work is kept in this browser's storage. Press ? for the keyboard shortcuts." }
                </footer>
            </div>
    }
}
