//! The crate's layers, read from its source: each core module imports only from the layers
//! below it (so no import runs up, and none forms a loop), and only `ui` uses web crates.

use std::fs;
use std::path::Path;

/// Each top-level module and its layer; a module may use those of a lower layer only.
const LAYERS: &[(&str, u32)] = &[
    ("segment", 0),
    ("sketch", 0),
    ("sizes", 0),
    ("wire", 0),
    ("model", 1),
    ("keymap", 2),
    ("versions", 2),
    ("schema", 2),
    ("export", 2),
    ("suggest", 2),
    ("import", 3),
    ("foreign", 3),
    ("compare", 4),
    ("corpus", 4),
    ("jobs", 5),
    ("workspace", 5),
    ("listing", 5),
    ("ui", 6),
];

fn layer(module: &str) -> Option<u32> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// Every `.rs` file under `path` with its text.
fn sources(path: &Path, out: &mut Vec<(String, String)>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("the source folder is readable") {
            sources(&entry.expect("a folder entry").path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        let text = fs::read_to_string(path).expect("a source file is readable");
        out.push((path.display().to_string(), text));
    }
}

/// The top-level modules a file names as `crate::name`, in `use` lines and paths alike.
fn crate_references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(names) = rest.strip_prefix('{') {
            let group = &names[..names.find('}').unwrap_or(names.len())];
            found.extend(group.split(',').map(|n| first_segment(n.trim())));
        } else {
            found.push(first_segment(rest));
        }
    }
    found.retain(|n| !n.is_empty());
    found
}

fn first_segment(path: &str) -> String {
    path.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

#[test]
fn every_core_module_imports_only_from_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for (module, own) in LAYERS {
        let dir = src.join(module);
        let path = if dir.is_dir() {
            dir
        } else {
            src.join(format!("{module}.rs"))
        };
        assert!(path.exists(), "{module} is in src/");
        let mut files = Vec::new();
        sources(&path, &mut files);
        for (file, text) in &files {
            for used in crate_references(text) {
                if used == *module {
                    continue;
                }
                let theirs = layer(&used)
                    .unwrap_or_else(|| panic!("{file} uses crate::{used}, which is in no layer"));
                assert!(
                    theirs < *own,
                    "{file} (layer {own}) uses crate::{used} (layer {theirs}): an import that runs up"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "the references were read ({checked})");
}

#[test]
fn only_the_ui_names_the_web_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let core: Vec<_> = files
        .iter()
        .filter(|(file, _)| !file.contains("/src/ui/") && !file.ends_with("main.rs"))
        .collect();
    assert!(core.len() > 40, "the core's files were read");
    for (file, text) in core {
        for web in ["yew::", "web_sys::", "gloo_", "wasm_bindgen", "js_sys::"] {
            assert!(!text.contains(web), "{file} names {web}");
        }
    }
}
