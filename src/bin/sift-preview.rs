//! Starts the preview of the first result on the still start page (wasm only; on the host
//! there is nothing to run): see `sift::ui::edge::preview`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    sift::ui::run_preview();
}
