//! The one authority for URLs and output paths. Every other module asks [`Urls`] for the URL of
//! an article, a list, a feed, a calendar, an issue of the newsletter, a static file or an
//! alias, and for the output file behind a URL; nothing else writes `/{lang}/…`.
//!
//! A site may be hosted under a path (`https://org.github.io/coop-bulletin/`, a GitHub Pages
//! project site). URLs handed out here are *public* paths that include that base path
//! (`/coop-bulletin/de/news/x/`), so a template or a Markdown link that prints one is right
//! wherever the site is hosted; [`Urls::permalink`] makes them absolute for the documents that
//! need it (feeds, sitemap, canonical and hreflang links, e-mail, calendars, JSON-LD). Output
//! files are named without the base path (`de/news/x/index.html`): the output folder is what
//! gets published *at* the base path. [`Urls::output_path`] and [`Urls::url_of_output`] are the
//! only mapping between the two, used by `build`, `serve` and `check` alike.
//!
//! This is a leaf of the module graph: it knows strings, not articles.

use std::path::{Component, Path};

/// A site-relative output path such as `de/news/x/index.html`, checked to stay inside the
/// output folder: no `..`, no root, no prefix.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutputPath(String);

impl OutputPath {
    pub fn new(path: impl Into<String>) -> Option<OutputPath> {
        let path = path.into();
        let path = path.trim_start_matches('/').to_string();
        let ok = !path.is_empty()
            && Path::new(&path)
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
        ok.then_some(OutputPath(path))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The URLs of one site: its origin (`https://org.github.io`) and the path it is hosted under
/// (`/coop-bulletin`, or empty at a domain root).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Urls {
    origin: String,
    /// Empty, or `/` followed by segments, without a trailing slash.
    base_path: String,
    /// `[sections.<name>] url`: how a section's article URLs are made, where not by slug alone.
    patterns: std::collections::BTreeMap<String, UrlPattern>,
}

/// How the URLs of a section's articles are made below the section (`[sections.news] url =
/// "{year}/{slug}"`), so that yearly articles with one name ("assemblea-general") each have
/// their own: literal segments and the placeholders `{year}`, `{month}`, `{day}` (of the
/// article's date) and `{slug}`, which it must have.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UrlPattern(Vec<Part>);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Part {
    Text(String),
    Year,
    Month,
    Day,
    Slug,
}

impl UrlPattern {
    /// The placeholders a pattern may use.
    pub const PLACEHOLDERS: [&'static str; 4] = ["{year}", "{month}", "{day}", "{slug}"];

    /// Reads a pattern, or says what is wrong with it.
    pub fn parse(pattern: &str) -> Result<UrlPattern, String> {
        let trimmed = pattern.trim().trim_matches('/');
        if trimmed.len() > 200 {
            return Err("is longer than 200 characters".into());
        }
        let mut parts = Vec::new();
        for segment in trimmed.split('/') {
            if segment.is_empty() {
                return Err("has an empty segment (`//`)".into());
            }
            if !parts.is_empty() {
                parts.push(Part::Text("/".into()));
            }
            let mut rest = segment;
            while !rest.is_empty() {
                if let Some(after) = rest.strip_prefix('{') {
                    let (name, tail) = after
                        .split_once('}')
                        .ok_or_else(|| format!("has `{{` without `}}` in `{segment}`"))?;
                    parts.push(match name {
                        "year" => Part::Year,
                        "month" => Part::Month,
                        "day" => Part::Day,
                        "slug" => Part::Slug,
                        other => {
                            return Err(format!("names `{{{other}}}`, which is not a placeholder"));
                        }
                    });
                    rest = tail;
                } else {
                    let end = rest.find('{').unwrap_or(rest.len());
                    let text = &rest[..end];
                    if let Some(c) = text.chars().find(|c| {
                        !(c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_'))
                    }) {
                        return Err(format!(
                            "has `{c}`; literal parts may use a-z, 0-9, `-` and `_`"
                        ));
                    }
                    parts.push(Part::Text(text.to_string()));
                    rest = &rest[end..];
                }
            }
        }
        if parts.iter().filter(|p| **p == Part::Slug).count() != 1 {
            return Err("must have `{slug}` once".into());
        }
        Ok(UrlPattern(parts))
    }

    /// Whether the pattern uses the article's date.
    pub fn needs_date(&self) -> bool {
        self.0
            .iter()
            .any(|p| matches!(p, Part::Year | Part::Month | Part::Day))
    }

    /// The path below the section, without slashes around it; `None` when the pattern needs
    /// a date and there is none.
    fn expand(&self, slug: &str, date: Option<jiff::civil::Date>) -> Option<String> {
        let mut out = String::new();
        for part in &self.0 {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Slug => out.push_str(slug),
                Part::Year => out.push_str(&format!("{:04}", date?.year())),
                Part::Month => out.push_str(&format!("{:02}", date?.month())),
                Part::Day => out.push_str(&format!("{:02}", date?.day())),
            }
        }
        Some(out)
    }
}

impl Urls {
    /// The URLs of a site published at `base_url` (absolute, http or https; a trailing slash
    /// or none, query and fragment ignored).
    pub fn new(base_url: &url::Url) -> Urls {
        let origin = base_url.origin().ascii_serialization();
        let base_path = base_url.path().trim_end_matches('/').to_string();
        Urls {
            origin,
            base_path,
            patterns: Default::default(),
        }
    }

    /// These URLs, with the article URL patterns of some sections (`[sections]`).
    pub fn with_patterns(self, patterns: std::collections::BTreeMap<String, UrlPattern>) -> Urls {
        Urls { patterns, ..self }
    }

    /// The URL pattern of a section, when it has one.
    pub fn pattern(&self, section: &str) -> Option<&UrlPattern> {
        self.patterns.get(section)
    }

    /// For tests and tools that have no configuration: a site at `https://example.org/`.
    pub fn at_root() -> Urls {
        Urls {
            origin: "https://example.org".into(),
            base_path: String::new(),
            patterns: Default::default(),
        }
    }

    /// The path the site is hosted under: `/coop-bulletin`, or empty at a domain root.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The site's own address, without a trailing slash (`https://org.github.io/coop-bulletin`).
    pub fn base_url(&self) -> String {
        format!("{}{}", self.origin, self.base_path)
    }

    /// The public URL of a path inside the site (`de/` → `/coop-bulletin/de/`). The only place
    /// that joins the base path to a site path.
    fn at(&self, site_path: &str) -> String {
        format!("{}/{}", self.base_path, site_path.trim_start_matches('/'))
    }

    /// The absolute URL of a public URL from this module (`/coop-bulletin/de/` →
    /// `https://org.github.io/coop-bulletin/de/`).
    pub fn permalink(&self, url: &str) -> String {
        format!("{}{url}", self.origin)
    }

    /// The root of the site: the language chooser.
    pub fn root(&self) -> String {
        self.at("")
    }

    /// The home page of a language.
    pub fn home(&self, lang: &str) -> String {
        self.at(&format!("{lang}/"))
    }

    /// The list of a section (`""` is the language's home).
    pub fn section(&self, lang: &str, section: &str) -> String {
        match section {
            "" => self.home(lang),
            s => self.at(&format!("{lang}/{s}/")),
        }
    }

    /// An article: `/<lang>/<section>/<slug>/`, or `/<lang>/<slug>/` outside a section; in a
    /// section with a [`UrlPattern`], `/<lang>/<section>/<pattern>/` with the article's `date`.
    /// `None` when the pattern needs a date and the article has none.
    pub fn article(
        &self,
        lang: &str,
        section: &str,
        slug: &str,
        date: Option<jiff::civil::Date>,
    ) -> Option<String> {
        let below = match self.patterns.get(section) {
            Some(pattern) => pattern.expand(slug, date)?,
            None => slug.to_string(),
        };
        Some(format!("{}{below}/", self.section(lang, section)))
    }

    /// Page `number` of a paginated list whose first page is `first`.
    pub fn paginated(&self, first: &str, number: usize) -> String {
        if number <= 1 {
            first.to_string()
        } else {
            format!("{first}page/{number}/")
        }
    }

    pub fn tags(&self, lang: &str) -> String {
        self.at(&format!("{lang}/tags/"))
    }

    pub fn tag(&self, lang: &str, slug: &str) -> String {
        self.at(&format!("{lang}/tags/{slug}/"))
    }

    /// Upcoming and past events of a language.
    pub fn events(&self, lang: &str) -> String {
        self.at(&format!("{lang}/events/"))
    }

    /// The open calls of a language, by deadline.
    pub fn calls(&self, lang: &str) -> String {
        self.at(&format!("{lang}/calls/"))
    }

    /// The iCalendar file of every event of a language.
    pub fn events_calendar(&self, lang: &str) -> String {
        self.at(&format!("{lang}/events.ics"))
    }

    /// The calendar file of the event of the article at `article` (its URL), named after the
    /// article so that a download says what it is.
    pub fn event_calendar(&self, article: &str, slug: &str) -> String {
        let name = if slug.is_empty() { "event" } else { slug };
        format!("{article}{name}.ics")
    }

    /// A file of a page bundle, beside the article at `article` (its URL).
    pub fn bundle_file(&self, article: &str, name: &str) -> String {
        format!("{article}{name}")
    }

    /// The search page of a language (`[search]`).
    pub fn search(&self, lang: &str) -> String {
        self.at(&format!("{lang}/search/"))
    }

    /// A file of the search index (`crate::output::search`): one folder for the whole site,
    /// one index per language inside it.
    pub fn search_file(&self, name: &str) -> String {
        self.at(&format!("pagefind/{name}"))
    }

    pub fn archive(&self, lang: &str) -> String {
        self.at(&format!("{lang}/archive/"))
    }

    pub fn atom_feed(&self, lang: &str) -> String {
        self.at(&format!("{lang}/atom.xml"))
    }

    pub fn json_feed(&self, lang: &str) -> String {
        self.at(&format!("{lang}/feed.json"))
    }

    /// The web version of issue `number` of the newsletter.
    pub fn issue(&self, lang: &str, number: u32) -> String {
        self.at(&format!("{lang}/newsletter/{number}/"))
    }

    /// The list of the issues of a language.
    pub fn issue_archive(&self, lang: &str) -> String {
        self.at(&format!("{lang}/newsletter/"))
    }

    /// The e-mail edition of issue `number` in `lang`: HTML, or plain text.
    pub fn email(&self, lang: &str, number: u32, text: bool) -> String {
        let file = if text { "email.txt" } else { "email.html" };
        self.at(&format!("newsletter/{number}/{lang}/{file}"))
    }

    pub fn not_found(&self) -> String {
        self.at("404.html")
    }

    /// The page for missing addresses below a language's folder, in that language.
    pub fn not_found_in(&self, lang: &str) -> String {
        self.at(&format!("{lang}/404.html"))
    }

    pub fn robots(&self) -> String {
        self.at("robots.txt")
    }

    pub fn sitemap(&self) -> String {
        self.at("sitemap.xml")
    }

    /// An image prepared for the web (`crate::images`), named `name`: one folder for the
    /// whole site, since every language shows the same files.
    pub fn image(&self, name: &str) -> String {
        self.at(&format!("images/{name}"))
    }

    /// A file of `static/` under its name (or its fingerprinted name).
    pub fn static_file(&self, name: &str) -> String {
        self.at(name)
    }

    /// The public URL of a path that a user wrote as a path of the site (`/logo.png` in a
    /// template's `url()`): `/coop-bulletin/logo.png`.
    pub fn site_url(&self, site_path: &str) -> String {
        self.at(site_path)
    }

    /// The URL an alias in front matter names. Aliases are written as paths of the site
    /// (`old/news`, `/old/news/`, `/old/page.html`); a `/` is added behind one that does not
    /// name a file.
    pub fn alias(&self, alias: &str) -> String {
        let url = self.at(alias);
        if url.ends_with('/') || url.rsplit('/').next().is_some_and(|s| s.contains('.')) {
            url
        } else {
            format!("{url}/")
        }
    }

    /// Whether an absolute URL (`https://…` or `//host/…`) points into this site: same origin,
    /// below the base path (`https://org.github.io/coop-bulletin-archive/` is another site).
    pub fn is_own(&self, absolute: &str) -> bool {
        let Ok(base) = url::Url::parse(&self.origin) else {
            return false;
        };
        base.join(absolute).is_ok_and(|u| {
            u.origin().ascii_serialization() == self.origin && self.site_path(u.path()).is_some()
        })
    }

    /// Whether `href`, written by hand in a page or a template, is a path from the domain's root
    /// that leaves the base path (`/de/x/` in a site hosted under `/coop-bulletin/`): it works
    /// only where the site sits at a domain root.
    pub fn leaves(&self, href: &str) -> bool {
        if !href.starts_with('/') || href.starts_with("//") {
            return false;
        }
        let path = href.split(['?', '#']).next().unwrap_or(href);
        // Written by hand, a path may be percent-encoded or not (`/café/`, `/caf%C3%A9/`).
        let decoded = |p: &str| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        };
        let base = decoded(&self.base_path);
        let path = decoded(path);
        !(base.is_empty()
            || path == base
            || path
                .strip_prefix(&base)
                .is_some_and(|rest| rest.starts_with('/')))
    }

    /// The part of a public URL path below the base path (`/coop-bulletin/de/` → `de/`), or
    /// `None` when it leaves the site.
    pub fn site_path<'a>(&self, url: &'a str) -> Option<&'a str> {
        let rest = url.strip_prefix(&self.base_path)?;
        if rest.is_empty() {
            return Some("");
        }
        rest.strip_prefix('/')
    }

    /// The output file of a public URL path: `/coop-bulletin/de/news/x/` →
    /// `de/news/x/index.html`. `None` for a URL outside the site or one that would leave the
    /// output folder.
    pub fn output_path(&self, url: &str) -> Option<OutputPath> {
        let path = self.site_path(url)?;
        if path.is_empty() || path.ends_with('/') {
            OutputPath::new(format!("{path}index.html"))
        } else {
            OutputPath::new(path)
        }
    }

    /// The public URL of an output file: `de/news/x/index.html` → `/coop-bulletin/de/news/x/`.
    pub fn url_of_output(&self, path: &str) -> String {
        let path = path.trim_start_matches('/');
        match path.strip_suffix("index.html") {
            Some(dir) if dir.is_empty() || dir.ends_with('/') => self.at(dir),
            _ => self.at(path),
        }
    }

    /// The output files a request for a site path (below the base path, already decoded) may
    /// name, in the order to try: `de/` → `de/index.html`; `de/x` → `de/x`, then
    /// `de/x/index.html` (a folder asked for without its slash).
    pub fn candidates(site_path: &str) -> Vec<String> {
        if site_path.is_empty() || site_path.ends_with('/') {
            vec![format!("{site_path}index.html")]
        } else {
            vec![site_path.to_string(), format!("{site_path}/index.html")]
        }
    }
}

/// What a link or image written by an editor or translator may point to. Script must not
/// reach the site through a URL: only these schemes are emitted, and any other (`javascript:`,
/// `vbscript:`, `data:text/html`, `file:`…) is refused where it is written.
pub const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Whether a link target may be emitted: a relative URL, or one whose scheme is in
/// [`SAFE_SCHEMES`]; for an image (`image`), also `data:image/…` (an image never runs script).
/// The scheme is read as browsers read it: ASCII whitespace and controls around and inside it
/// are ignored and letters compare without case (`" JaVa\tScRiPt:"` is `javascript:`).
pub fn is_safe_target(url: &str, image: bool) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_ascii_whitespace())
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    let Some((scheme, rest)) = cleaned.split_once(':') else {
        return true;
    };
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !is_scheme {
        // A colon after a path, query or fragment begins (`./a:b`, `?t=1:2`): relative.
        return true;
    }
    SAFE_SCHEMES.contains(&scheme) || (image && scheme == "data" && rest.starts_with("image/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn under_path() -> Urls {
        Urls::new(&url::Url::parse("https://org.github.io/coop-bulletin/").unwrap())
    }

    #[test]
    fn urls_carry_the_base_path_and_output_paths_do_not() {
        let urls = under_path();
        assert_eq!(urls.base_path(), "/coop-bulletin");
        assert_eq!(urls.root(), "/coop-bulletin/");
        let article = urls.article("de", "news", "x", None).unwrap();
        assert_eq!(article, "/coop-bulletin/de/news/x/");
        assert_eq!(
            urls.output_path(&article).unwrap().as_str(),
            "de/news/x/index.html"
        );
        assert_eq!(urls.url_of_output("de/news/x/index.html"), article);
        assert_eq!(urls.url_of_output("index.html"), "/coop-bulletin/");
        assert_eq!(
            urls.url_of_output("de/atom.xml"),
            "/coop-bulletin/de/atom.xml"
        );
        assert_eq!(
            urls.permalink(&article),
            "https://org.github.io/coop-bulletin/de/news/x/"
        );
        assert_eq!(urls.base_url(), "https://org.github.io/coop-bulletin");
        assert_eq!(urls.output_path("/de/news/x/"), None);
        assert_eq!(urls.output_path("/coop-bulletinx/"), None);
    }

    #[test]
    fn at_a_domain_root_urls_are_site_paths() {
        let urls = Urls::new(&url::Url::parse("https://news.example.org").unwrap());
        assert_eq!(urls.base_path(), "");
        assert_eq!(urls.home("ca"), "/ca/");
        assert_eq!(urls.section("ca", ""), "/ca/");
        assert_eq!(urls.article("ca", "", "x", None).unwrap(), "/ca/x/");
        assert_eq!(urls.paginated("/ca/", 2), "/ca/page/2/");
        assert_eq!(urls.paginated("/ca/", 1), "/ca/");
        assert_eq!(urls.email("ca", 3, true), "/newsletter/3/ca/email.txt");
        assert_eq!(urls.output_path("/").unwrap().as_str(), "index.html");
    }

    #[test]
    fn a_section_pattern_places_its_articles_by_date() {
        let pattern = UrlPattern::parse("/{year}/{month}-{slug}/").unwrap();
        assert!(pattern.needs_date());
        let urls = under_path().with_patterns([("news".to_string(), pattern)].into());
        let day = jiff::civil::date(2026, 3, 7);
        assert_eq!(
            urls.article("ca", "news", "assemblea-general", Some(day))
                .unwrap(),
            "/coop-bulletin/ca/news/2026/03-assemblea-general/"
        );
        assert_eq!(urls.article("ca", "news", "x", None), None);
        assert_eq!(
            urls.article("ca", "events", "x", None).unwrap(),
            "/coop-bulletin/ca/events/x/"
        );
        let plain = UrlPattern::parse("archive/{slug}").unwrap();
        assert!(!plain.needs_date());
        for (bad, why) in [
            ("{year}", "must have `{slug}` once"),
            ("{slug}/{slug}", "must have `{slug}` once"),
            ("{yr}/{slug}", "names `{yr}`"),
            ("{year/{slug}", "has `{` without `}`"),
            ("{year}//{slug}", "empty segment"),
            ("../{slug}", "has `.`"),
            ("Year/{slug}", "has `Y`"),
        ] {
            let err = UrlPattern::parse(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn aliases_are_site_paths_with_a_slash_unless_they_name_a_file() {
        let urls = under_path();
        assert_eq!(urls.alias("old/news"), "/coop-bulletin/old/news/");
        assert_eq!(urls.alias("/old/news/"), "/coop-bulletin/old/news/");
        assert_eq!(urls.alias("/old/page.html"), "/coop-bulletin/old/page.html");
    }

    #[test]
    fn a_path_leaves_the_site_when_it_is_outside_the_base_path() {
        let urls = under_path();
        assert!(urls.leaves("/de/"));
        assert!(urls.leaves("/coop-bulletinx/"));
        assert!(!urls.leaves("/coop-bulletin"));
        assert!(!urls.leaves("/coop-bulletin#main"));
        assert!(!urls.leaves("/coop-bulletin?x=1"));
        assert!(!urls.leaves("/coop-bulletin/de/"));
        assert!(!urls.leaves("//cdn.example.org/x.js"));
        assert!(!urls.leaves("de/"));
        assert!(!Urls::at_root().leaves("/de/"));
        let encoded = Urls::new(&url::Url::parse("https://x.org/café news/").unwrap());
        assert_eq!(encoded.base_path(), "/caf%C3%A9%20news");
        assert!(!encoded.leaves("/café news/de/"));
        assert!(!encoded.leaves("/caf%C3%A9%20news/de/"));
        assert!(encoded.leaves("/de/"));
    }

    #[test]
    fn own_urls_are_below_the_base_path_of_the_same_origin() {
        let urls = under_path();
        assert!(urls.is_own("https://org.github.io/coop-bulletin/de/"));
        assert!(!urls.is_own("https://org.github.io/coop-bulletin-archive/de/"));
        assert!(!urls.is_own("https://other.org/coop-bulletin/de/"));
        assert!(!urls.is_own("//org.github.io/other/"));
    }

    #[test]
    fn only_safe_schemes_are_link_targets() {
        for safe in [
            "https://x.org/",
            "http://x.org",
            "mailto:a@b.org",
            "tel:+34123",
            "/de/",
            "../x/",
            "#top",
            "x.html?a=1:2",
            "?t=10:00",
            "",
        ] {
            assert!(is_safe_target(safe, false), "{safe}");
        }
        for unsafe_ in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:x",
            "\u{1}javascript:x",
            "vbscript:msgbox",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_target(unsafe_, false), "{unsafe_:?}");
            assert!(!is_safe_target(unsafe_, true), "{unsafe_:?}");
        }
        assert!(is_safe_target("data:image/png;base64,iVBOR", true));
        assert!(!is_safe_target("data:image/png;base64,iVBOR", false));
    }

    #[test]
    fn output_paths_stay_inside() {
        let urls = under_path();
        assert!(OutputPath::new("../x").is_none());
        assert!(OutputPath::new("de/../../x").is_none());
        assert!(OutputPath::new("").is_none());
        assert_eq!(OutputPath::new("/de/x.html").unwrap().as_str(), "de/x.html");
        assert!(urls.output_path(&urls.alias("../../etc/x")).is_none());
        assert_eq!(
            Urls::candidates("de/x"),
            vec!["de/x".to_string(), "de/x/index.html".to_string()]
        );
    }
}
