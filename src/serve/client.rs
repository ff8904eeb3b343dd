//! What the preview adds to the pages it serves: a script that listens for rebuilds.

use axum::body::Bytes;

use crate::urls::Urls;

/// The reload script (served at [`super::http::SCRIPT_PATH`] below the site's base path).
pub const SCRIPT: &str = include_str!("live.js");

/// What is served before any build succeeded: the script alone, which shows the errors.
pub const EMPTY_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>bulletin</title></head><body></body></html>\n";

/// The script's address, with a hash of its text so that browsers may cache it for good.
pub fn script_url(urls: &Urls) -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash = HASH.get_or_init(|| {
        use sha2::Digest;
        hex::encode(&sha2::Sha256::digest(SCRIPT.as_bytes())[..6])
    });
    format!("{}?v={hash}", urls.site_url(super::http::SCRIPT_PATH))
}

/// `html` with the reload script before its last `</body>` (or at the end when it has none).
/// The script carries the version of the build the page comes from, so that a page built
/// before the latest build reloads as soon as it connects.
pub fn inject(html: &[u8], version: u64, urls: &Urls) -> Bytes {
    let tag = format!(
        "<script src=\"{}\" data-bulletin-version=\"{version}\"></script>",
        script_url(urls)
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
        let urls = Urls::at_root();
        let page = inject(b"<body><p>x</p></BODY></html>", 7, &urls);
        let text = std::str::from_utf8(&page).unwrap();
        assert_eq!(
            text,
            format!(
                "<body><p>x</p><script src=\"{}\" data-bulletin-version=\"7\"></script></BODY></html>",
                script_url(&urls)
            )
        );
        assert!(script_url(&urls).starts_with("/_bulletin/live.js?v="));
        assert!(
            std::str::from_utf8(&inject(b"<p>no body", 1, &urls))
                .unwrap()
                .ends_with("</script>")
        );
    }
}
