//! What the preview adds to the pages it serves: a script that listens for rebuilds.

use axum::body::Bytes;

/// The reload script (served at [`super::http::SCRIPT_URL`]).
pub const SCRIPT: &str = include_str!("live.js");

/// What is served before any build succeeded: the script alone, which shows the errors.
pub const EMPTY_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>bulletin</title></head><body></body></html>\n";

/// `html` with the reload script before its last `</body>` (or at the end when it has none).
/// The script carries the version of the build the page comes from, so that a page built
/// before the latest build reloads as soon as it connects.
pub fn inject(html: &[u8], version: u64) -> Bytes {
    let tag = format!(
        "<script src=\"{}\" data-bulletin-version=\"{version}\"></script>",
        super::http::SCRIPT_URL
    );
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_last_body_end() {
        let page = inject(b"<body><p>x</p></BODY></html>", 7);
        let text = std::str::from_utf8(&page).unwrap();
        assert_eq!(
            text,
            "<body><p>x</p><script src=\"/_bulletin/live.js\" data-bulletin-version=\"7\"></script></BODY></html>"
        );
        assert!(
            std::str::from_utf8(&inject(b"<p>no body", 1))
                .unwrap()
                .ends_with("</script>")
        );
    }
}
