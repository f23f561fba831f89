//! Starts the preview of a reopened document, drawn from storage while the app's module loads
//! (wasm only; on the host there is nothing to run): see `sift::ui::edge::preview`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    sift::ui::run_reopen();
}
