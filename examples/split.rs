//! Prints the sentences of a text file, one per line, with paragraph breaks: `cargo run --example split FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: split FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let segments = sift::segment::segment(&text);
    for paragraph in &segments.paragraphs {
        for index in paragraph.sentences.clone() {
            println!("[{index}] {}", segments.sentences[index].of(&text));
        }
        println!();
    }
}
