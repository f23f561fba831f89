//! Mounts the Sift app in the page (wasm only; on the host there is nothing to run).

fn main() {
    #[cfg(target_arch = "wasm32")]
    sift::ui::run();
}
