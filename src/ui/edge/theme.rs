//! The theme switch: follow the system, or always light, or always dark. The choice is kept as
//! a setting (`storage::theme`) and applied as `data-theme` on the page.

use yew::prelude::*;

use super::storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn stored() -> Theme {
        match storage::theme().as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn apply(self) {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = match self {
                Theme::System => root.remove_attribute("data-theme"),
                theme => root.set_attribute("data-theme", theme.name()),
            };
        }
    }
}

/// Applies the stored theme now, before the app is there to (the preview module calls it), so
/// that a reader who chose dark does not see the page light first.
pub fn apply_stored() {
    Theme::stored().apply();
}

#[function_component(ThemeSwitch)]
pub fn theme_switch() -> Html {
    let theme = use_state(Theme::stored);
    use_effect_with(*theme, |theme| theme.apply());
    let onclick = {
        let theme = theme.clone();
        move |_| {
            let next = theme.next();
            // A preference that cannot be stored still applies to this visit.
            let _ = storage::set_theme(next.name());
            theme.set(next);
        }
    };
    html! {
        <button type="button" class="quiet theme-switch" {onclick} title="Switch between the system's theme, light and dark">
            { format!("Theme: {}", theme.name()) }
        </button>
    }
}
