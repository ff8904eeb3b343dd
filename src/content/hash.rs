//! The content hash of an article body: what a translation records as `source_hash` to know
//! whether its source changed since it was translated.
//!
//! Whitespace runs count as one space and the ends are trimmed, so re-wrapping a paragraph,
//! changing indentation or line ends, or editing only the front matter (which is not part of the
//! body) leaves the hash as it was; any change to the words changes it.

use sha2::{Digest, Sha256};

/// `text` with every whitespace run as one space and the ends trimmed: what the hashes of
/// articles and blocks see, and how texts are compared for translation.
pub fn normalize_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `sha256:` followed by the hex SHA-256 of the body with whitespace normalised.
pub fn content_hash(body: &str) -> String {
    let normalized = normalize_whitespace(body);
    format!(
        "sha256:{}",
        hex::encode(Sha256::digest(normalized.as_bytes()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_does_not_change_the_hash() {
        let a = content_hash("Ein Absatz\nmit Umbruch.\n\n## Ziele\n");
        let b = content_hash("  Ein   Absatz mit\r\nUmbruch.\n## Ziele");
        assert_eq!(a, b);
        assert_ne!(a, content_hash("Ein Absatz mit Umbruch!\n## Ziele"));
    }

    #[test]
    fn known_value() {
        // sha256("a b") computed independently.
        assert_eq!(
            content_hash(" a\n\tb "),
            "sha256:c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65"
        );
        assert!(content_hash("").starts_with("sha256:e3b0c442"));
    }
}
