//! An [`Article`] as the text of a content file: TOML front matter between `+++` lines, then
//! the Markdown body. The `[source]` table records the input and a hash of the file exactly as
//! written here (`generated`), so a later import can tell whether a person edited it since.

use std::sync::LazyLock;

use regex::Regex;
use sha2::{Digest, Sha256};

use super::Article;

static GENERATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^generated = "(sha256:[0-9a-f]{64})"\n"#).expect("valid pattern")
});

/// The content file for `article`.
pub fn render(article: &Article) -> String {
    let text = render_unsealed(article);
    let hash = sha256(&text);
    text.replacen("+++\n\n", &format!("generated = \"{hash}\"\n+++\n\n"), 1)
}

/// Whether `text` is a file that import wrote and nobody changed since: its `generated` hash
/// matches its contents. Files without one (written by hand) are never "unchanged".
pub fn is_untouched(text: &str) -> bool {
    let Some(c) = GENERATED_LINE.captures(text) else {
        return false;
    };
    let recorded = c[1].to_string();
    let unsealed = GENERATED_LINE.replace(text, "");
    sha256(&unsealed) == recorded
}

fn sha256(text: &str) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(text.as_bytes())))
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn render_unsealed(a: &Article) -> String {
    let mut fm = String::new();
    fm.push_str(&format!("title = {}\n", quoted(&a.title)));
    if let Some(d) = a.date {
        fm.push_str(&format!("date = {d}\n"));
    }
    if let Some(d) = &a.description {
        fm.push_str(&format!("description = {}\n", quoted(d)));
    }
    if !a.tags.is_empty() {
        let tags: Vec<String> = a.tags.iter().map(|t| quoted(t)).collect();
        fm.push_str(&format!("tags = [{}]\n", tags.join(", ")));
    }
    if let Some(e) = &a.event {
        fm.push_str(&format!("\n[event]\nstart = {}\n", e.start));
        if let Some(end) = &e.end {
            fm.push_str(&format!("end = {end}\n"));
        }
        if let Some(l) = &e.location {
            fm.push_str(&format!("location = {}\n", quoted(l)));
        }
        fm.push_str(&format!("online = {}\n", e.online));
        if let Some(u) = &e.url {
            fm.push_str(&format!("url = {}\n", quoted(u)));
        }
    }
    if let Some(d) = a.deadline {
        fm.push_str(&format!("\n[extra]\ndeadline = {d}\n"));
    }
    fm.push_str(&format!(
        "\n[source]\nfile = {}\nsha256 = {}\n",
        quoted(&a.source_file),
        quoted(&a.source_sha256)
    ));
    format!("+++\n{fm}+++\n\n{}", a.body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::FrontMatter;
    use crate::content::front_matter::split;

    fn article() -> Article {
        let options = super::super::Options {
            languages: &["de", "en"],
            lang: None,
            known_tags: &["SECON".to_string()],
            source_file: "seeds/x.txt",
        };
        super::super::import(
            "Das SECON-Treffen \"in\" Cáceres\n\nCáceres, Spanien – 22. bis 25. Oktober 2024\n\nDie Stadt Cáceres wird das SECON-Projekttreffen ausrichten, bei dem Führungskräfte aus Genossenschaften zusammenkommen.\n".as_bytes(),
            &options,
        )
        .unwrap()
    }

    #[test]
    fn renders_front_matter_that_bulletin_reads() {
        let text = render(&article());
        let s = split(&text).unwrap();
        let mut fm: FrontMatter = toml::from_str(s.front_matter).unwrap();
        fm.resolve_event();
        assert_eq!(fm.title, "Das SECON-Treffen \"in\" Cáceres");
        assert_eq!(fm.tags, ["SECON"]);
        let event = fm.event.unwrap();
        assert_eq!(event.start.to_string(), "2024-10-22");
        assert_eq!(event.location.as_deref(), Some("Cáceres, Spanien"));
        let source = fm.source.unwrap();
        assert_eq!(source.file, "seeds/x.txt");
        assert!(source.generated.unwrap().starts_with("sha256:"));
    }

    #[test]
    fn edits_are_noticed() {
        let text = render(&article());
        assert!(is_untouched(&text));
        assert!(!is_untouched(
            &text.replace("Die Stadt", "Die schöne Stadt")
        ));
        assert!(!is_untouched(
            &text.replace("title = ", "draft = true\ntitle = ")
        ));
        let without = GENERATED_LINE.replace(&text, "").into_owned();
        assert!(!is_untouched(&without));
    }
}
