//! Build benchmark: generates a synthetic site of N articles × 3 languages (realistic bodies,
//! 50 tags, dates over ten years, paginated lists of 10, Atom feeds) and builds it, printing wall
//! time, pages per second and peak memory.
//!
//! `cargo run --release --example bench -- 1000 10000` (sizes default to 1000 and 10000).

use std::path::Path;
use std::time::Instant;

use bulletin::{BuildOptions, build};

const LANGS: [&str; 3] = ["de", "ca", "en"];

const WORDS: [&[&str]; 3] = [
    &[
        "Genossenschaft",
        "Sozialwirtschaft",
        "Treffen",
        "Region",
        "Partner",
        "Projekt",
        "nachhaltig",
        "Zusammenarbeit",
        "Bürgerinnen",
        "Förderung",
        "und",
        "die",
        "der",
        "mit",
        "für",
        "Europa",
    ],
    &[
        "cooperativa",
        "economia",
        "social",
        "trobada",
        "regió",
        "socis",
        "projecte",
        "sostenible",
        "col·laboració",
        "ciutadania",
        "i",
        "la",
        "el",
        "amb",
        "per",
        "Europa",
    ],
    &[
        "cooperative",
        "social",
        "economy",
        "meeting",
        "region",
        "partners",
        "project",
        "sustainable",
        "collaboration",
        "citizens",
        "and",
        "the",
        "of",
        "with",
        "for",
        "Europe",
    ],
];

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

/// A small deterministic pseudo-random generator, so every run builds the same site.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn generate(root: &Path, n: usize) {
    let news = root.join("content/news");
    std::fs::create_dir_all(&news).unwrap();
    std::fs::write(
        root.join("bulletin.toml"),
        "base_url = \"https://bench.example.org\"\ndefault_language = \"en\"\npaginate_by = 10\n[languages.de]\n[languages.ca]\n[languages.en]\n",
    )
    .unwrap();
    let mut rng = Lcg(42);
    for i in 0..n {
        let (year, month, day) = (2015 + i % 10, 1 + (i / 10) % 12, 1 + (i / 120) % 28);
        let tags: Vec<String> = (0..3)
            .map(|_| format!("\"tag-{}\"", rng.next() % 50))
            .collect();
        for (l, lang) in LANGS.iter().enumerate() {
            let words = WORDS[l];
            let mut body = String::new();
            for p in 0..6 {
                if p == 2 {
                    body.push_str("## Section heading\n\n");
                }
                let len = 40 + rng.next() % 60;
                let sentence: Vec<&str> =
                    (0..len).map(|_| words[rng.next() % words.len()]).collect();
                body.push_str(&sentence.join(" "));
                body.push_str(".\n\n");
            }
            body.push_str("- first point\n- second point with **bold** text\n\n");
            let text = format!(
                "+++\ntitle = \"Article {i} in {lang}\"\ndate = {year}-{month:02}-{day:02}\ntags = [{}]\n+++\n\n{body}",
                tags.join(", ")
            );
            std::fs::write(news.join(format!("article-{i}.{lang}.md")), text).unwrap();
        }
    }
}
