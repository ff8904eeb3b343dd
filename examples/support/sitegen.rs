//! The synthetic site of the benchmarks: N articles × 3 languages with realistic bodies, 50
//! tags, dates over ten years, paginated lists of 10 and Atom feeds. Deterministic, so every
//! run measures the same site.

use std::path::Path;

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

pub fn generate(root: &Path, n: usize) {
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
