//! Writes the benchmark site (N articles × 3 languages) into DIR, to serve or build by hand:
//! `cargo run --release --example gen_site -- /tmp/bench-site 1000`, then
//! `bulletin serve --root /tmp/bench-site`.

#[path = "support/sitegen.rs"]
mod sitegen;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), n) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: gen_site DIR [N]");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    if dir.exists() && std::fs::read_dir(&dir).map_or(true, |mut d| d.next().is_some()) {
        eprintln!("{} exists and is not empty", dir.display());
        std::process::exit(2);
    }
    sitegen::generate(&dir, n.unwrap_or(1000));
}
