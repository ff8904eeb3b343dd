//! `bulletin check`: everything a build verifies, without writing, plus what only a whole-site
//! view can tell: links and `#anchors` that point nowhere, Fluent messages missing in a
//! language, defined but unused, or expecting variables a template does not pass, and articles
//! missing in a language.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use lol_html::{HtmlRewriter, Settings, element};
use regex::Regex;

use crate::config::{Config, Overrides};
use crate::content::Content;
use crate::error::Failure;
use crate::error::{Diagnostic, Diagnostics, Position};
use crate::fs::MemorySink;
use crate::fs::absolute;
use crate::i18n::I18n;
use crate::pipeline::{Origins, Rendering, render_site};
use crate::theme::{Layer, ThemeFiles};
use crate::urls::Urls;

/// A check that found no errors (warnings may remain).
#[derive(Debug)]
pub struct CheckReport {
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Checks the site at `root`, as published at `base_url` when given (instead of the
/// configured one), so that a site can be checked for hosting under a path.
pub fn check(root: &Path, drafts: bool, base_url: Option<String>) -> Result<CheckReport, Failure> {
    let root = absolute(root);
    let overrides = Overrides {
        base_url,
        drafts,
        ..Overrides::default()
    };
    let config = Config::load(&root, &overrides).map_err(|d| Failure::from(d, &root))?;
    let sink = MemorySink::default();
    let Rendering {
        stats,
        origins,
        mut problems,
        content,
        theme,
        i18n,
        ..
    } = render_site(&config, &sink);
    let files = sink.into_files();
    problems.extend(template_paths(&config, &theme));
    // Links that leave the base path are named where they are written (Markdown, raw HTML,
    // templates); the pages are searched for them only when none was, as a safety net for
    // the rest (a front matter URL, say), so that each shows once.
    let leaving_reported = problems
        .iter()
        .any(|d| d.help.as_deref() == Some(crate::markdown::LEAVES_SITE_HELP));
    problems.extend(check_links(
        &config,
        &files,
        &origins,
        &content,
        !leaving_reported,
    ));
    problems.extend(check_messages(&config, &theme, &i18n));
    problems.extend(missing_translations(&config, &content));
    problems.extend(outdated_translations(&config.root, &content));
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    Ok(CheckReport {
        pages: stats.pages,
        warnings: Failure::from(problems, &root).diagnostics,
    })
}

/// Paths written by hand in templates (`href="/x"`) that leave the path the site is hosted
/// under: a template's literal text never gets the base path, so it belongs in `url()`.
fn template_paths(config: &Config, theme: &ThemeFiles) -> Diagnostics {
    let mut problems = Diagnostics::default();
    for file in theme.templates.values() {
        for (offset, url) in crate::markdown::url_attributes(&file.text) {
            if config.urls.leaves(url) {
                problems.push(
                    Diagnostic::error(format!(
                        "`{url}` starts at the domain's root and leaves the path `{}/` the site is published under",
                        config.urls.base_path()
                    ))
                    .in_file(&file.display)
                    .at_offset(&file.text, offset)
                    .help(crate::markdown::LEAVES_SITE_HELP),
                );
            }
        }
    }
    problems
}

/// Links found in one HTML file.
#[derive(Default)]
struct Scan {
    ids: BTreeSet<String>,
    /// Each link, and whether it loads an image or media file (rather than leading to a page).
    links: Vec<(String, bool)>,
}

/// The elements whose attributes name other files or pages ([`link_attributes`]).
const LINKING_ELEMENTS: &str =
    "a, link, img, script, source, iframe, video, audio, track, embed, form";

/// The attributes of an element that name another file or page.
fn link_attributes(tag: &str) -> &'static [&'static str] {
    match tag {
        "a" | "link" => &["href"],
        "img" | "source" => &["src", "srcset"],
        "video" => &["src", "poster"],
        "form" => &["action"],
        _ => &["src"],
    }
}

fn scan(html: &[u8]) -> Scan {
    let ids = std::cell::RefCell::new(BTreeSet::new());
    let links = std::cell::RefCell::new(Vec::new());
    let mut rewriter = HtmlRewriter::new(
        Settings::new()
            .append_element_content_handler(element!("[id]", |el| {
                if let Some(id) = el.get_attribute("id") {
                    ids.borrow_mut().insert(id);
                }
                Ok(())
            }))
            .append_element_content_handler(element!(LINKING_ELEMENTS, |el| {
                let mut links = links.borrow_mut();
                let tag = el.tag_name().to_ascii_lowercase();
                let media = !matches!(tag.as_str(), "a" | "link" | "form" | "iframe");
                for &attribute in link_attributes(&tag) {
                    let Some(value) = el.get_attribute(attribute) else {
                        continue;
                    };
                    if attribute == "srcset" {
                        // Each candidate of `srcset="a.jpg 480w, b.jpg 960w"`.
                        links.extend(
                            value
                                .split(',')
                                .filter_map(|c| c.split_whitespace().next())
                                .map(|c| (c.to_string(), media)),
                        );
                    } else {
                        links.push((value, media));
                    }
                }
                Ok(())
            })),
        |_: &[u8]| {},
    );
    // Our own output is well-formed; a parse error would only lose links from this page.
    let _ = rewriter.write(html).and_then(|_| rewriter.end());
    Scan {
        ids: ids.into_inner(),
        links: links.into_inner(),
    }
}

/// Where each link was written in the content (Markdown and raw HTML of articles and section
/// pages), by its destination as written: a broken link found in the output is reported there,
/// at its line, once, however many pages show it.
struct WrittenLinks(HashMap<String, Vec<(PathBuf, Position)>>);

impl WrittenLinks {
    fn of(content: &Content) -> WrittenLinks {
        let mut places: HashMap<String, Vec<(PathBuf, Position)>> = HashMap::new();
        let sources = content
            .pages
            .iter()
            .map(|p| (&p.file, &p.source, p.body_offset))
            .chain(
                content
                    .sections
                    .values()
                    .flat_map(|langs| langs.values())
                    .map(|s| (&s.file, &s.source, s.body_offset)),
            );
        for (file, source, body_offset) in sources {
            let body = source.get(body_offset..).unwrap_or_default();
            for (offset, dest) in crate::markdown::written_links(body) {
                places.entry(normal(&dest)).or_default().push((
                    file.clone(),
                    Position::of_offset(source, body_offset + offset),
                ));
            }
        }
        WrittenLinks(places)
    }

    /// Where `link`, found on a page made from `origin`, was written: in `origin` itself if it
    /// is written there, else everywhere it is written.
    fn places(&self, link: &str, origin: &Path) -> Vec<(PathBuf, Position)> {
        let Some(places) = self.0.get(&normal(link)) else {
            return Vec::new();
        };
        let own: Vec<_> = places
            .iter()
            .filter(|(f, _)| f == origin)
            .cloned()
            .collect();
        if own.is_empty() { places.clone() } else { own }
    }
}

/// A link as the output and the source both spell it: entities and percent-escapes decoded.
fn normal(link: &str) -> String {
    percent_decode(&link.replace("&amp;", "&"))
}

/// At most this many broken links get a "did you mean" hint: each compares against every
/// output of the site.
const HINTED: usize = 50;

fn check_links(
    config: &Config,
    files: &BTreeMap<String, Vec<u8>>,
    origins: &Origins,
    content: &Content,
    report_leaving: bool,
) -> Diagnostics {
    let pages: HashMap<&str, Scan> = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, bytes)| (p.as_str(), scan(bytes)))
        .collect();
    let urls = &config.urls;
    let base = match url::Url::parse(&urls.permalink(&urls.root())) {
        Ok(u) => u,
        Err(_) => return Diagnostics::default(),
    };
    // A page that failed to render (its template reported the error) still exists for the
    // links to it: only its own problem is reported, not every link to it.
    let exists = |path: &str| files.contains_key(path) || origins.contains_key(path);
    let written = WrittenLinks::of(content);
    let mut all_urls: Option<(Vec<&String>, Vec<&String>)> = None;
    let mut hinted = 0;
    let mut problems = Diagnostics::default();
    let mut reported: BTreeSet<(PathBuf, Option<Position>, String)> = BTreeSet::new();
    let mut left = BTreeSet::new();
    // Articles' own pages first, so that a link reported once is reported on the page of
    // the article that has it rather than on a list that shows its summary.
    let own_page = |path: &str| {
        origins
            .get(path)
            .is_some_and(|o| o.starts_with("content") && !o.to_string_lossy().contains("/_index"))
    };
    let mut sorted: Vec<_> = pages.iter().collect();
    sorted.sort_by_key(|(p, _)| (!own_page(p), *p));
    for (path, scan) in sorted {
        let page_url = urls.url_of_output(path);
        let Ok(here) = base.join(&page_url) else {
            continue;
        };
        let origin = origins
            .get(*path)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(*path));
        for (link, media) in &scan.links {
            // The e-mail edition's unsubscribe link is a placeholder for the mailing tool; an
            // `@/` link left as written failed to resolve, and rendering reported it.
            if *link == config.newsletter.unsubscribe || link.starts_with("@/") {
                continue;
            }
            let Ok(target) = here.join(link) else {
                continue;
            };
            if target.origin() != base.origin() {
                continue; // another site, mailto:, data:
            }
            let Some(rel) = urls.site_path(target.path()) else {
                // Reported once, however many pages show it.
                if !report_leaving || !left.insert(link.clone()) {
                    continue;
                }
                problems.push(
                    Diagnostic::error(format!(
                        "the page {page_url} links to `{link}`, which leaves the site's path `{}/`",
                        urls.base_path()
                    ))
                    .in_file(&origin)
                    .help(crate::markdown::LEAVES_SITE_HELP),
                );
                continue;
            };
            let rel = percent_decode(rel);
            let file = Urls::candidates(&rel).into_iter().find(|c| exists(c));
            let problem = match file {
                None => {
                    let wanted = percent_decode(target.path());
                    let hint = if hinted < HINTED {
                        hinted += 1;
                        let (pages, others) = all_urls.get_or_insert_with(|| {
                            files
                                .keys()
                                .chain(origins.keys())
                                .partition(|p| p.ends_with(".html"))
                        });
                        // Pages are suggested for links, files for images and media.
                        let kind = if *media { others } else { pages };
                        let candidates: Vec<String> =
                            kind.iter().map(|p| urls.url_of_output(p)).collect();
                        crate::error::closest(&wanted, candidates.iter().map(String::as_str), 0.9)
                            .map(|u| format!("did you mean `{u}`? If not, "))
                            .unwrap_or_default()
                    } else {
                        String::new()
                    };
                    let help = if *media {
                        "put the file in static/ (served from the site's root) or beside the article in a page bundle (content/<section>/<name>/index.<lang>.md) and write its name"
                    } else {
                        "fix the link, or write internal links as @/<section>/<file>.md so they are resolved"
                    };
                    Diagnostic::error(format!(
                        "the page {page_url} links to `{link}`, which does not exist"
                    ))
                    .help(format!("{hint}{help}"))
                }
                Some(file) => {
                    let Some(fragment) = target.fragment().filter(|f| !f.is_empty()) else {
                        continue;
                    };
                    let fragment = percent_decode(fragment);
                    match pages.get(file.as_str()) {
                        Some(t) if !t.ids.contains(&fragment) => {
                            let hint = crate::error::closest(
                                &fragment,
                                t.ids.iter().map(String::as_str),
                                0.8,
                            )
                            .map(|id| format!("did you mean `#{id}`? If not, "))
                            .unwrap_or_default();
                            Diagnostic::error(format!(
                                "the page {page_url} links to `{link}`, but {} has no element with id `{fragment}`",
                                urls.url_of_output(&file)
                            ))
                            .help(format!("{hint}heading ids are slugs of the heading text; set one with `## Heading {{#my-id}}`"))
                        }
                        _ => continue,
                    }
                }
            };
            let places = written.places(link, &origin);
            if places.is_empty() {
                if reported.insert((origin.clone(), None, link.clone())) {
                    problems.push(problem.in_file(&origin));
                }
                continue;
            }
            for (file, position) in places {
                if reported.insert((file.clone(), Some(position), link.clone())) {
                    problems.push(problem.clone().in_file(&file).at(position));
                }
            }
        }
    }
    problems
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

/// Calls of `t(...)` in templates: key and the names of the arguments passed.
fn message_uses(theme: &ThemeFiles) -> Vec<(PathBuf, usize, String, BTreeSet<String>)> {
    let start = Regex::new(r"\bt\(").expect("valid regex");
    let key = Regex::new(r#"^\s*key\s*=\s*"([^"]+)""#).expect("valid regex");
    let arg = Regex::new(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=").expect("valid regex");
    let mut uses = Vec::new();
    for file in theme.templates.values() {
        for m in start.find_iter(&file.text) {
            let args = top_level_arguments(&file.text[m.end()..]);
            let Some(k) = args.iter().find_map(|a| key.captures(a)) else {
                continue;
            };
            let names = args
                .iter()
                .filter_map(|a| arg.captures(a).map(|c| c[1].to_string()))
                .filter(|n| n != "key")
                .collect();
            let line = file.text[..m.start()].matches('\n').count() + 1;
            uses.push((file.display.clone(), line, k[1].to_string(), names));
        }
    }
    uses
}

/// The comma-separated arguments of a call whose text starts after its `(`, up to the
/// matching `)`; nested calls and strings are skipped over.
fn top_level_arguments(text: &str) -> Vec<&str> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut args = Vec::new();
    let mut begin = 0;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')') if depth == 0 => {
                args.push(&text[begin..i]);
                return args;
            }
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            (None, ',') if depth == 0 => {
                args.push(&text[begin..i]);
                begin = i + 1;
            }
            _ => {}
        }
    }
    args
}

fn check_messages(config: &Config, theme: &ThemeFiles, i18n: &I18n) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let mut uses = message_uses(theme);
    // Messages formatted in Rust (calendar files, the search page's script texts), with what
    // they pass.
    let in_rust = [
        ("src/output/calendar.rs", crate::output::calendar::MESSAGES),
        ("src/views/mod.rs", &crate::views::SEARCH_MESSAGES),
    ];
    for (file, key, vars) in in_rust
        .iter()
        .flat_map(|(file, messages)| messages.iter().map(move |(k, v)| (file, k, v)))
    {
        uses.push((
            PathBuf::from(file),
            1,
            key.to_string(),
            vars.iter().map(|v| v.to_string()).collect(),
        ));
    }
    // Messages that views name for templates (the lists of a menu), formatted without
    // variables.
    for (_, key) in crate::views::LIST_MESSAGES {
        uses.push((
            PathBuf::from("src/views/mod.rs"),
            1,
            key.to_string(),
            BTreeSet::new(),
        ));
    }
    let used: BTreeSet<&str> = uses.iter().map(|u| u.2.as_str()).collect();
    // A site that replaces theme templates leaves some of the theme's messages unused; they are
    // the theme's, not the site's to remove, so only the site's own unused messages are named.
    let overrides_templates = theme.templates.values().any(|t| t.layer == Layer::Site);
    for lang in &config.languages {
        let defined = &i18n.definitions[&lang.code];
        if defined.is_empty() {
            continue; // no catalog at all: loading warned about it
        }
        // A language the theme speaks must be complete; one the site has begun to translate
        // shows the rest in its stand-in, which is one warning, not one error per message.
        let theme_speaks = defined.values().any(|d| d.layer == Layer::Theme);
        let mut untranslated: BTreeSet<&str> = BTreeSet::new();
        for (file, line, key, passed) in &uses {
            match defined.get(key) {
                None if !theme_speaks => {
                    untranslated.insert(key);
                }
                None => problems.push(
                    Diagnostic::error(format!("the message `{key}` is missing in `{}`", lang.code))
                        .in_file(file)
                        .at(crate::error::Position {
                            line: *line,
                            column: 1,
                        })
                        .help(format!("add `{key} = …` to i18n/{}/*.ftl", lang.code)),
                ),
                Some(def) => {
                    for var in def.variables.iter().filter(|v| !passed.contains(*v)) {
                        problems.push(
                            Diagnostic::error(format!(
                                "the message `{key}` in `{}` uses `${var}`, which the template does not pass",
                                lang.code
                            ))
                            .in_file(file)
                            .at(crate::error::Position { line: *line, column: 1 })
                            .help(format!(
                                "pass it as t(key=\"{key}\", {var}=…) or remove it from {}:{}",
                                def.file.display(),
                                def.position.line
                            )),
                        );
                    }
                }
            }
        }
        if !untranslated.is_empty() {
            let shown: Vec<&str> = untranslated.iter().take(5).copied().collect();
            let more = untranslated.len().saturating_sub(shown.len());
            problems.push(
                Diagnostic::warning(format!(
                    "{} UI messages are not translated into `{}` ({}{}); its pages show them in `{}`",
                    untranslated.len(),
                    lang.code,
                    shown.join(", "),
                    if more > 0 { format!(" and {more} more") } else { String::new() },
                    lang.fallback.first().map_or("en", String::as_str),
                ))
                .help(format!(
                    "`bulletin i18n missing {}` writes them, with the English text to translate from, into i18n/{}/missing.ftl",
                    lang.code, lang.code
                )),
            );
        }
        for (key, def) in defined {
            if !used.contains(key.as_str()) && (def.layer == Layer::Site || !overrides_templates) {
                problems.push(
                    Diagnostic::warning(format!("the message `{key}` is not used by any template"))
                        .in_file(&def.file)
                        .at(def.position)
                        .help("remove it, or use it in a template with t(key=\"…\")"),
                );
            }
        }
    }
    problems
}

/// Translations whose source changed since they were confirmed (stale), or whose source
/// language has no version any more (orphaned): warnings at the translation's file, so that
/// `check` says what `bulletin translations` says.
fn outdated_translations(root: &Path, content: &crate::content::Content) -> Diagnostics {
    use crate::content::translation_states::{State, source_changes, state_of, versions};
    let mut problems = Diagnostics::default();
    for pages in versions(content).values() {
        for page in pages.values() {
            let Some(translation) = &page.front.translation else {
                continue;
            };
            let from = translation.from.as_str();
            let diagnostic = match state_of(page, pages) {
                State::Stale => {
                    let source = &pages[from].file;
                    let what = source_changes(root, page, pages)
                        .map(|c| format!(" ({})", c.summary()))
                        .unwrap_or_default();
                    Diagnostic::warning(format!(
                        "this translation is stale: its source {} changed since it was translated{what}",
                        source.display()
                    ))
                    .help(format!(
                        "`bulletin translations --diff {0}` shows what changed; bring it up to date, then `bulletin translate {0} --to {1} --done` records the source as it is now",
                        page.file.display(),
                        page.lang
                    ))
                }
                State::Orphaned => Diagnostic::warning(format!(
                    "this translation says it is from `{from}`, but the article has no `{from}` version"
                ))
                .help("set `from` in [translation] to the language it was translated from, or remove [translation] if it is an original"),
                State::Current | State::Draft | State::Missing | State::NotNeeded => continue,
            };
            problems.push(diagnostic.in_file(&page.file));
        }
    }
    problems
}

fn missing_translations(config: &Config, content: &crate::content::Content) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let mut by_key: BTreeMap<&str, Vec<&crate::content::Page>> = BTreeMap::new();
    for page in &content.pages {
        by_key.entry(&page.key).or_default().push(page);
    }
    for pages in by_key.values() {
        let missing: Vec<&str> = config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .filter(|code| !pages.iter().any(|p| p.lang == *code))
            .filter(|code| crate::content::Content::is_for(pages, code))
            .collect();
        if !missing.is_empty() {
            let first = pages[0];
            problems.push(
                Diagnostic::warning(format!(
                    "this article has no translation in {}",
                    missing.join(", ")
                ))
                .in_file(&first.file)
                .help(format!(
                    "add {} beside it; `bulletin translate {} --to {}` writes a draft",
                    missing
                        .iter()
                        .map(|m| {
                            let file = crate::commands::translate::translation_file(
                                &first.file,
                                &first.lang,
                                m,
                                config,
                            );
                            file.file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default()
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                    first.file.display(),
                    missing[0],
                )),
            );
        }
    }
    problems
}
