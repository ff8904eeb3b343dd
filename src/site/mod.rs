//! The site as the renderer sees it: every page's Markdown rendered once, URLs of every
//! article and section in every language, date-ordered lists and tags.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

pub mod images;
mod memo;

use crate::config::Config;
use crate::content::{Content, Page};
use crate::error::{Diagnostic, Diagnostics};
use crate::images::Library;
use crate::markdown::{self, ImageAnswer, LinkTarget, Rendered, Resolver};
use memo::CachedMarkdown;
pub use memo::{Ids, Memo};

/// A tag in one language.
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub slug: String,
    pub url: String,
    /// Pages, newest first.
    pub pages: Vec<usize>,
}

pub struct Site<'a> {
    pub config: &'a Config,
    pub content: &'a Content,
    /// Aligned with `content.pages`.
    pub rendered: Vec<Arc<Rendered>>,
    /// Which render of its Markdown each page has (0 without a cache): equal ids, equal HTML.
    pub rendered_ids: Vec<u64>,
    /// (section, language) → rendered `_index` body.
    pub section_bodies: BTreeMap<(String, String), Rendered>,
    /// Article key → language → page index.
    pub translations: BTreeMap<String, BTreeMap<String, usize>>,
    /// Language → pages newest first.
    pub by_language: BTreeMap<String, Vec<usize>>,
    /// Language → tag slug → tag.
    pub tags: BTreeMap<String, BTreeMap<String, Tag>>,
    /// What internal links point to.
    pub links: Arc<Links>,
    /// The site's images, prepared and cached.
    pub images: Arc<Library>,
    /// Aligned with `content.pages`: each page's cover image (`[image]`), prepared.
    pub covers: Vec<Option<Arc<images::Cover>>>,
    /// Language → what its lists (home, sections, events, archive) show, newest first: its own
    /// pages and, with `list_untranslated`, one version of each article it does not have.
    pub listing: BTreeMap<String, Vec<usize>>,
    /// Language → listed pages with an event: (upcoming, soonest first; past, latest first).
    pub events: BTreeMap<String, (Vec<usize>, Vec<usize>)>,
    /// (section, language) → pages newest first.
    by_section: BTreeMap<(String, String), Vec<usize>>,
    /// (section, language) → listed pages newest first.
    listed_by_section: BTreeMap<(String, String), Vec<usize>>,
}

impl<'a> Site<'a> {
    pub fn new(config: &'a Config, content: &'a Content) -> (Site<'a>, Diagnostics) {
        Site::new_cached(config, content, None)
    }

    /// [`Site::new`], rendering again only the pages whose Markdown or link targets changed
    /// since `cache` saw them.
    pub fn new_cached(
        config: &'a Config,
        content: &'a Content,
        mut cache: Option<&mut Memo>,
    ) -> (Site<'a>, Diagnostics) {
        let mut translations: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for (i, page) in content.pages.iter().enumerate() {
            translations
                .entry(page.key.clone())
                .or_default()
                .insert(page.lang.clone(), i);
        }
        let links = Arc::new(Links::new(config, content, &translations));
        let mut problems = Diagnostics::default();
        let images = cache
            .as_deref()
            .and_then(|c| c.images.clone())
            .filter(|l| l.fits(&config.root, &config.images))
            .unwrap_or_else(|| Arc::new(Library::new(&config.root, &config.images)));
        if let Some(cache) = cache.as_deref_mut() {
            cache.images = Some(images.clone());
        }

        let known = cache.as_deref();
        let results: Vec<(Arc<Rendered>, Result<u64, Recorded>)> = content
            .pages
            .par_iter()
            .map(|page| {
                let resolver = links.page_resolver(page, &images, &config.root);
                let hit = known
                    .and_then(|c| c.markdown.get(page.file.as_os_str()))
                    .filter(|hit| {
                        // The URL too: the summary's footnote references link to the page.
                        (Arc::ptr_eq(&hit.page, page)
                            || (hit.page.lang == page.lang
                                && hit.page.url == page.url
                                && hit.page.body() == page.body()))
                            && hit
                                .links
                                .iter()
                                .all(|(path, target)| resolver.resolve(path) == *target)
                            && hit
                                .images
                                .iter()
                                .all(|(src, answer)| resolver.image(src) == *answer)
                    });
                if let Some(hit) = hit {
                    return (hit.rendered.clone(), Ok(hit.id));
                }
                let recording = Recording {
                    inner: &resolver,
                    calls: Mutex::default(),
                    images: Mutex::default(),
                };
                let rendered = Arc::new(markdown::render(
                    page.body(),
                    &page.url,
                    &config.markdown,
                    &recording,
                ));
                let links = recording
                    .calls
                    .into_inner()
                    .unwrap_or_else(|e| e.into_inner());
                let images = recording
                    .images
                    .into_inner()
                    .unwrap_or_else(|e| e.into_inner());
                (
                    rendered.clone(),
                    Err(Recorded {
                        links,
                        images,
                        rendered,
                    }),
                )
            })
            .collect();
        let mut rendered = Vec::with_capacity(results.len());
        let mut rendered_ids = Vec::with_capacity(results.len());
        for (page, (r, outcome)) in content.pages.iter().zip(results) {
            let mut id = 0;
            if let Some(cache) = cache.as_deref_mut() {
                id = match outcome {
                    Ok(id) => id,
                    Err(recorded) => {
                        let id = cache.next_id();
                        cache.markdown.insert(
                            page.file.clone().into_os_string(),
                            CachedMarkdown {
                                page: page.clone(),
                                links: recorded.links,
                                images: recorded.images,
                                rendered: recorded.rendered,
                                id,
                            },
                        );
                        id
                    }
                };
            }
            rendered_ids.push(id);
            rendered.push(r);
        }
        if let Some(cache) = cache {
            let files: std::collections::HashSet<&std::ffi::OsStr> =
                content.pages.iter().map(|p| p.file.as_os_str()).collect();
            cache.markdown.retain(|f, _| files.contains(f.as_os_str()));
        }
        for (page, r) in content.pages.iter().zip(&rendered) {
            problems.extend(locate(
                &r.problems,
                &page.file,
                &page.source,
                page.body_offset,
            ));
        }

        let covers: Vec<(Option<Arc<images::Cover>>, Option<Diagnostic>)> = content
            .pages
            .par_iter()
            .map(|page| match images::cover(page, &images, config) {
                Ok(cover) => (cover.map(Arc::new), None),
                Err(problem) => (None, Some(problem)),
            })
            .collect();
        let covers = covers
            .into_iter()
            .map(|(cover, problem)| {
                problems.extend(problem);
                cover
            })
            .collect();

        let mut section_bodies = BTreeMap::new();
        for (section, indexes) in &content.sections {
            for (lang, index) in indexes {
                let url = config.urls.section(lang, section);
                let resolver = PageResolver {
                    links: &links,
                    lang,
                    images: Some(ImageContext::new(&index.file, &images, &config.root)),
                };
                let r = markdown::render(index.body(), &url, &config.markdown, &resolver);
                problems.extend(locate(
                    &r.problems,
                    &index.file,
                    &index.source,
                    index.body_offset,
                ));
                section_bodies.insert((section.clone(), lang.clone()), r);
            }
        }

        // Articles only: standalone pages (About, Imprint) are in no list, feed or tag.
        let mut by_language: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, page) in content.pages.iter().enumerate() {
            if !page.is_standalone() {
                by_language.entry(page.lang.clone()).or_default().push(i);
            }
        }
        for list in by_language.values_mut() {
            sort_newest_first(list, &content.pages);
        }

        let mut by_section: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (lang, list) in &by_language {
            for &i in list {
                let key = (content.pages[i].section.clone(), lang.clone());
                by_section.entry(key).or_default().push(i);
            }
        }

        let listing = listings(config, content, &translations, &by_language);
        let mut listed_by_section: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (lang, list) in &listing {
            for &i in list {
                let key = (content.pages[i].section.clone(), lang.clone());
                listed_by_section.entry(key).or_default().push(i);
            }
        }
        let events = listing
            .iter()
            .map(|(lang, list)| (lang.clone(), split_events(config.today, list, content)))
            .collect();

        let mut tags: BTreeMap<String, BTreeMap<String, Tag>> = BTreeMap::new();
        if config.tags {
            // Tag names repeat across pages; each is turned into a slug once.
            let mut slugs: std::collections::HashMap<&str, String> = Default::default();
            for (lang, list) in &by_language {
                let lang_tags = tags.entry(lang.clone()).or_default();
                for &i in list {
                    for name in &content.pages[i].front.tags {
                        let slug = slugs
                            .entry(name.as_str())
                            .or_insert_with(|| slug::slugify(name))
                            .clone();
                        if slug.is_empty() {
                            continue;
                        }
                        let tag = lang_tags.entry(slug.clone()).or_insert_with(|| Tag {
                            name: name.clone(),
                            url: config.urls.tag(lang, &slug),
                            slug,
                            pages: Vec::new(),
                        });
                        if tag.pages.last() != Some(&i) {
                            tag.pages.push(i);
                        }
                    }
                }
            }
        }

        (
            Site {
                config,
                content,
                rendered,
                rendered_ids,
                section_bodies,
                translations,
                by_language,
                tags,
                links,
                images,
                covers,
                listing,
                events,
                by_section,
                listed_by_section,
            },
            problems,
        )
    }

    pub fn page(&self, i: usize) -> &Page {
        &self.content.pages[i]
    }

    /// Pages of `section` in `lang`, newest first.
    pub fn section_pages(&self, section: &str, lang: &str) -> &[usize] {
        self.by_section
            .get(&(section.to_string(), lang.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// What the list of `section` in `lang` shows, newest first (see [`Site::listing`]).
    pub fn section_listing(&self, section: &str, lang: &str) -> &[usize] {
        self.listed_by_section
            .get(&(section.to_string(), lang.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// What the lists of `lang` show, newest first.
    /// Whether the article `key` is for readers of `lang`: every article is, unless its front
    /// matter names the languages it is for (`languages = ["ca"]`).
    pub fn is_for(&self, key: &str, lang: &str) -> bool {
        self.translations
            .get(key)
            .is_none_or(|versions| is_for(self.content, versions, lang))
    }

    pub fn listed(&self, lang: &str) -> &[usize] {
        self.listing.get(lang).map_or(&[], Vec::as_slice)
    }

    /// Listed pages of `lang` that are open calls: (open, soonest deadline first; closed,
    /// latest deadline first). A call is open until the end of its deadline's day.
    pub fn calls(&self, lang: &str) -> (Vec<usize>, Vec<usize>) {
        let deadline = |i: &usize| {
            let c = self.page(*i).front.call.as_ref().expect("filtered");
            (c.deadline.date, c.deadline.time, self.page(*i).key.clone())
        };
        let (mut open, mut closed): (Vec<usize>, Vec<usize>) = self
            .listed(lang)
            .iter()
            .copied()
            .filter(|&i| self.page(i).front.call.is_some())
            .partition(|i| deadline(i).0 >= self.config.today);
        open.sort_by_key(deadline);
        closed.sort_by_key(deadline);
        closed.reverse();
        (open, closed)
    }

    /// Whether `lang` lists any open or closed call.
    pub fn has_calls(&self, lang: &str) -> bool {
        self.listed(lang)
            .iter()
            .any(|&i| self.page(i).front.call.is_some())
    }

    /// Whether `lang` has recorded newsletter issues (and so an archive of them).
    pub fn has_issues(&self, lang: &str) -> bool {
        self.content.issues.iter().any(|i| i.in_language(lang))
    }

    /// Whether `lang` lists any event, upcoming or past.
    pub fn has_events(&self, lang: &str) -> bool {
        let (upcoming, past) = self.events(lang);
        !upcoming.is_empty() || !past.is_empty()
    }

    /// Listed pages of `lang` with an event: (upcoming, past).
    pub fn events(&self, lang: &str) -> (&[usize], &[usize]) {
        self.events
            .get(lang)
            .map_or((&[], &[]), |(u, p)| (u.as_slice(), p.as_slice()))
    }
}

/// Per language: its pages and, when the site lists untranslated articles, the version of each
/// article missing in it that stands in for it ([`Config::stand_in`]), newest first.
fn listings(
    config: &Config,
    content: &Content,
    translations: &BTreeMap<String, BTreeMap<String, usize>>,
    by_language: &BTreeMap<String, Vec<usize>>,
) -> BTreeMap<String, Vec<usize>> {
    let mut out = BTreeMap::new();
    for lang in &config.languages {
        let mut list = by_language.get(&lang.code).cloned().unwrap_or_default();
        if config.list_untranslated {
            let before = list.len();
            for versions in translations.values() {
                let standalone = versions.values().any(|&i| content.pages[i].is_standalone());
                if standalone
                    || versions.contains_key(&lang.code)
                    || !is_for(content, versions, &lang.code)
                {
                    continue;
                }
                list.extend(config.stand_in(versions).copied());
            }
            if list.len() > before {
                sort_newest_first(&mut list, &content.pages);
            }
        }
        out.insert(lang.code.clone(), list);
    }
    out
}

/// Whether the article with these `versions` (language → page index) is for readers of `lang`
/// ([`Content::is_for`], the one rule).
fn is_for(content: &Content, versions: &BTreeMap<String, usize>, lang: &str) -> bool {
    let pages: Vec<&crate::content::Page> =
        versions.values().map(|&i| &*content.pages[i]).collect();
    Content::is_for(&pages, lang)
}

/// The pages of `list` with an event, split at `today`: upcoming (the event ends today or
/// later), soonest first, and past, latest first.
fn split_events(
    today: jiff::civil::Date,
    list: &[usize],
    content: &Content,
) -> (Vec<usize>, Vec<usize>) {
    let start = |i: usize| {
        let e = content.pages[i].front.event.as_ref().expect("filtered");
        (e.start.date, e.start.time, content.pages[i].key.clone())
    };
    let (mut upcoming, mut past): (Vec<usize>, Vec<usize>) = list
        .iter()
        .copied()
        .filter(|&i| content.pages[i].front.event.is_some())
        .partition(|&i| {
            let e = content.pages[i].front.event.as_ref().expect("filtered");
            e.end.unwrap_or(e.start).date >= today
        });
    upcoming.sort_by_cached_key(|&i| start(i));
    past.sort_by_cached_key(|&i| std::cmp::Reverse(start(i)));
    (upcoming, past)
}

/// Newest first; undated pages last, by title; ties broken by key so the order is total.
fn sort_newest_first(list: &mut [usize], pages: &[Arc<Page>]) {
    list.sort_by_cached_key(|&i| {
        let page = &pages[i];
        match page.date {
            Some(date) => (
                false,
                std::cmp::Reverse(date.rfc3339()),
                String::new(),
                page.key.clone(),
            ),
            None => (
                true,
                std::cmp::Reverse(String::new()),
                page.front.title.clone(),
                page.key.clone(),
            ),
        }
    });
}

fn locate(
    problems: &[markdown::Problem],
    file: &std::path::Path,
    source: &str,
    body_offset: usize,
) -> Vec<Diagnostic> {
    problems
        .iter()
        .map(|p| {
            if p.warning {
                Diagnostic::warning(p.message.clone())
            } else {
                Diagnostic::error(p.message.clone())
            }
            .in_file(file)
            .at_offset(source, body_offset + p.range.start)
            .help(p.help.clone())
        })
        .collect()
}

/// What a fresh render produced, for the cache.
struct Recorded {
    links: Vec<(String, Result<LinkTarget, String>)>,
    images: Vec<(String, ImageAnswer)>,
    rendered: Arc<Rendered>,
}

/// A resolver that notes every link it resolved and the answer, so that a cached render can
/// later be checked against the site as it is then.
struct Recording<'a> {
    inner: &'a dyn Resolver,
    calls: Mutex<Vec<(String, Result<LinkTarget, String>)>>,
    images: Mutex<Vec<(String, ImageAnswer)>>,
}

impl Resolver for Recording<'_> {
    fn resolve(&self, path: &str) -> Result<LinkTarget, String> {
        let answer = self.inner.resolve(path);
        self.calls
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.to_string(), answer.clone()));
        answer
    }

    fn is_external(&self, url: &str) -> bool {
        self.inner.is_external(url)
    }

    fn image(&self, src: &str) -> ImageAnswer {
        let answer = self.inner.image(src);
        self.images
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((src.to_string(), answer.clone()));
        answer
    }

    fn failed_to_load(&self, path: &str) -> bool {
        self.inner.failed_to_load(path)
    }

    fn has_cover(&self) -> bool {
        self.inner.has_cover()
    }

    fn leaves_site(&self, href: &str) -> bool {
        self.inner.leaves_site(href)
    }
}

/// The URLs of everything an internal link (`@/news/x.md`) can point to: for Markdown links and
/// for `url()` in templates, which outlives the borrowed site (so this owns its data).
#[derive(Debug, Hash)]
pub struct Links {
    urls: crate::urls::Urls,
    stand_ins: crate::config::StandIns,
    /// Configured language codes.
    languages: Vec<String>,
    sections: BTreeSet<String>,
    /// Article key → language → URL.
    articles: BTreeMap<String, BTreeMap<String, String>>,
    /// Keys of articles with a file that failed to load ([`Content::failed`]).
    failed: BTreeSet<String>,
}

impl Links {
    fn new(
        config: &Config,
        content: &Content,
        translations: &BTreeMap<String, BTreeMap<String, usize>>,
    ) -> Links {
        Links {
            urls: config.urls.clone(),
            stand_ins: config.stand_ins.clone(),
            languages: config.languages.iter().map(|l| l.code.clone()).collect(),
            sections: content.sections.keys().cloned().collect(),
            articles: translations
                .iter()
                .map(|(key, langs)| {
                    let urls = langs
                        .iter()
                        .map(|(lang, &i)| (lang.clone(), content.pages[i].url.clone()))
                        .collect();
                    (key.clone(), urls)
                })
                .collect(),
            failed: content.failed.clone(),
        }
    }

    /// `news/x.de.md` as `("news/x", Some("de"))`: the path without `.md` and the language it
    /// names, if any; `None` when it does not name a Markdown file.
    fn split<'p>(&self, path: &'p str) -> Option<(&'p str, Option<&'p str>)> {
        let path = path.strip_suffix(".md")?;
        Some(match path.rsplit_once('.') {
            Some((p, l)) if self.languages.iter().any(|c| c == l) => (p, Some(l)),
            _ => (path, None),
        })
    }

    /// Resolves links as they are written in a page in `lang`.
    pub fn resolver<'a>(&'a self, lang: &'a str) -> PageResolver<'a> {
        PageResolver {
            links: self,
            lang,
            images: None,
        }
    }

    /// Resolves links and images as they are written in `page`.
    pub fn page_resolver<'a>(
        &'a self,
        page: &'a Page,
        images: &'a Library,
        root: &'a std::path::Path,
    ) -> PageResolver<'a> {
        PageResolver {
            links: self,
            lang: &page.lang,
            images: Some(ImageContext {
                cover: page.front.image.is_some(),
                ..ImageContext::new(&page.file, images, root)
            }),
        }
    }
}

pub struct PageResolver<'a> {
    links: &'a Links,
    lang: &'a str,
    /// Where the images of the page are; `None` where no page is rendered (templates).
    images: Option<ImageContext<'a>>,
}

/// What resolving the images of one Markdown file needs.
struct ImageContext<'a> {
    library: &'a Library,
    root: &'a std::path::Path,
    /// The Markdown file, relative to the site root.
    file: &'a std::path::Path,
    /// Whether the page shows a cover image.
    cover: bool,
}

impl<'a> ImageContext<'a> {
    fn new(file: &'a std::path::Path, library: &'a Library, root: &'a std::path::Path) -> Self {
        ImageContext {
            library,
            root,
            file,
            cover: false,
        }
    }
}

impl Resolver for PageResolver<'_> {
    fn resolve(&self, path: &str) -> Result<LinkTarget, String> {
        let links = self.links;
        let (path, explicit) = links
            .split(path)
            .ok_or_else(|| "internal links name a Markdown file ending in .md".to_string())?;
        let lang = explicit.unwrap_or(self.lang);
        let section = if path == "_index" {
            Some("")
        } else {
            path.strip_suffix("/_index")
        };
        if let Some(section) = section {
            if section.is_empty() {
                return Ok(LinkTarget {
                    url: links.urls.home(lang),
                });
            }
            return if links.sections.contains(section) {
                Ok(LinkTarget {
                    url: links.urls.section(lang, section),
                })
            } else {
                let hint =
                    crate::error::closest(section, links.sections.iter().map(String::as_str), 0.8)
                        .map(|s| format!("; did you mean `@/{s}/_index.md`?"))
                        .unwrap_or_default();
                Err(format!("there is no section `{section}`{hint}"))
            };
        }
        let key = path.strip_suffix("/index").unwrap_or(path);
        let Some(langs) = links.articles.get(key) else {
            let hint = crate::error::closest(key, links.articles.keys().map(String::as_str), 0.8)
                .map(|k| format!("; did you mean `@/{k}.md`?"))
                .unwrap_or_default();
            return Err(format!("there is no article `content/{key}…`{hint}"));
        };
        let choice = match explicit {
            Some(l) => langs
                .get(l)
                .ok_or_else(|| format!("the article has no `{l}` version"))?,
            None => langs
                .get(self.lang)
                .or_else(|| links.stand_ins.pick(langs))
                .ok_or_else(|| "the article has no version in a configured language".to_string())?,
        };
        Ok(LinkTarget {
            url: choice.clone(),
        })
    }

    fn failed_to_load(&self, path: &str) -> bool {
        let path = path.split('#').next().unwrap_or(path);
        self.links.split(path).is_some_and(|(path, _)| {
            let key = path.strip_suffix("/index").unwrap_or(path);
            self.links.failed.contains(key)
        })
    }

    fn has_cover(&self) -> bool {
        self.images.as_ref().is_some_and(|c| c.cover)
    }

    fn image(&self, src: &str) -> ImageAnswer {
        let context = self.images.as_ref()?;
        let file = images::locate(src, context.file, context.root)?;
        Some(file.and_then(|file| {
            let processed = context
                .library
                .get(&context.root.join(&file), false)
                .map_err(|e| markdown::ImageProblem {
                    message: e.message,
                    help: e.help,
                })?;
            Ok(images::picture(&processed, &file, &self.links.urls))
        }))
    }

    fn is_external(&self, url: &str) -> bool {
        (url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//"))
            && !self.links.urls.is_own(url)
    }

    fn leaves_site(&self, href: &str) -> bool {
        self.links.urls.leaves(href)
    }
}
