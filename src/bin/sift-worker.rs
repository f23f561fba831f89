//! Starts Sift's background worker (wasm only; on the host there is nothing to run).

fn main() {
    #[cfg(target_arch = "wasm32")]
    sift::ui::worker::run();
}
