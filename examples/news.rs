//! Writes generated news-like text of about N bytes to stdout, for the benchmarks:
//! `cargo run --example news -- 1048576 > article.txt`.

#[path = "../benches/news.rs"]
mod news;

fn main() {
    let bytes = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    print!("{}", news::article(bytes, 7));
}
