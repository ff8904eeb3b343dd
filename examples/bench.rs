//! Build benchmark: generates a synthetic site of N articles × 3 languages (realistic bodies,
//! 50 tags, dates over ten years, paginated lists of 10, Atom feeds) and builds it, printing wall
//! time, pages per second and peak memory.
//!
//! `cargo run --release --example bench -- 1000 10000` (sizes default to 1000 and 10000).

use std::time::Instant;

use bulletin::{BuildOptions, build};

// The same allocator as the `bulletin` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "support/sitegen.rs"]
mod sitegen;
use sitegen::generate;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1000, 10000]
    } else {
        sizes
    };
    for n in sizes {
        let dir = tempfile::tempdir().expect("temporary folder");
        generate(dir.path(), n);
        let started = Instant::now();
        let report = build(&BuildOptions::new(dir.path())).unwrap_or_else(|f| panic!("{f}"));
        let secs = started.elapsed().as_secs_f64();
        println!(
            "N = {n:>6} × 3: {:>6} pages, {:>6} files in {secs:>6.2} s = {:>7.0} pages/s; peak memory {} MiB",
            report.pages,
            report.files,
            report.pages as f64 / secs,
            peak_memory_mib().map_or("?".into(), |m| m.to_string())
        );
    }
}

/// The process's peak resident memory (Linux `VmHWM`); generation streams to disk, so the peak
/// is the build's.
fn peak_memory_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}
