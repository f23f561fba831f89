//! Starts Sift's comparison page, `compare.html` (wasm only; on the host there is nothing to
//! run).

fn main() {
    #[cfg(target_arch = "wasm32")]
    sift::ui::run_compare();
}
