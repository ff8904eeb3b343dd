//! The plan: every file the site will have, as a list of jobs, each with its output path and
//! the source file responsible for it. Collisions are found here, before anything is rendered.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Diagnostics};
use crate::site::Site;
use crate::theme::ThemeFiles;
use crate::urls::OutputPath;

/// What produces a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobKind {
    Article(usize),
    Home {
        lang: String,
        number: usize,
        items: Vec<usize>,
        total_pages: usize,
    },
    Section {
        lang: String,
        section: String,
        number: usize,
        items: Vec<usize>,
        total_pages: usize,
    },
    TagList {
        lang: String,
    },
    /// `/<lang>/events/`: upcoming and past events, by month.
    Events {
        lang: String,
    },
    /// `/<lang>/calls/`: open calls by deadline, then closed ones.
    Calls {
        lang: String,
    },
    /// `/<lang>/archive/`: every listed article by year and month.
    Archive {
        lang: String,
    },
    /// `/<lang>/search/`: the search page, with `[search]`.
    Search {
        lang: String,
    },
    /// The iCalendar file of an article's event, beside the article.
    Calendar(usize),
    /// `/<lang>/events.ics`: every event of a language.
    CalendarFeed {
        lang: String,
    },
    Tag {
        lang: String,
        slug: String,
        number: usize,
        items: Vec<usize>,
        total_pages: usize,
    },
    Root,
    NotFound,
    Robots,
    Redirect {
        to: String,
    },
    Feed {
        lang: String,
    },
    /// The JSON Feed of a language.
    JsonFeed {
        lang: String,
    },
    /// The e-mail edition of a recorded issue (its index in `content.issues`) in the job's
    /// language: HTML, or the plain-text version.
    Email {
        issue: usize,
        text: bool,
    },
    /// The web version of a recorded issue in the job's language.
    Issue {
        issue: usize,
    },
    /// The list of the issues of a language.
    IssueArchive {
        lang: String,
    },
    Sitemap,
    /// A file of `static/`, under its own name or its fingerprinted one.
    Static {
        name: String,
    },
    /// A file beside a page bundle's Markdown, copied next to the page.
    BundleAsset {
        source: PathBuf,
    },
    /// An image prepared for the web (`crate::images`): its bytes are in `source`.
    Image {
        source: PathBuf,
    },
}

/// Pages that are the same thing in different languages, for hreflang alternates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Article(String),
    Home(usize),
    Section(String, usize),
    TagList,
    Events,
    Calls,
    Archive,
    Search,
    Tag(String, usize),
    Issue(u32),
    IssueArchive,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub kind: JobKind,
    /// Site-relative URL (`/de/news/x/`).
    pub url: String,
    pub path: OutputPath,
    /// The file that asked for this output, named in collision errors.
    pub origin: PathBuf,
    pub group: Option<Group>,
    pub lang: Option<String>,
}

pub struct Plan {
    pub jobs: Vec<Job>,
    /// Group → language (or `x-default`) → URL.
    pub groups: BTreeMap<Group, BTreeMap<String, String>>,
}

pub fn plan(site: &Site, statics: &BTreeMap<String, String>) -> (Plan, Diagnostics) {
    let config = site.config;
    let urls = &config.urls;
    let mut jobs: Vec<Job> = Vec::new();
    let mut problems = Diagnostics::default();
    let config_file = PathBuf::from(crate::config::CONFIG_FILE);
    let mut push =
        |kind: JobKind, url: String, origin: PathBuf, group: Option<Group>, lang: Option<&str>| {
            match urls.output_path(&url) {
                Some(path) => jobs.push(Job {
                    kind,
                    url,
                    path,
                    origin,
                    group,
                    lang: lang.map(str::to_string),
                }),
                None => problems.push(
                    Diagnostic::error(format!("`{url}` is not a path inside the site"))
                        .in_file(&origin)
                        .help("write site paths such as /old/news/ without `..`"),
                ),
            }
        };

    for (i, page) in site.content.pages.iter().enumerate() {
        push(
            JobKind::Article(i),
            page.url.clone(),
            page.file.clone(),
            Some(Group::Article(page.key.clone())),
            Some(&page.lang),
        );
        // An event, and a call's deadline, can be added to a calendar.
        if page.front.event.is_some() || page.front.call.is_some() {
            push(
                JobKind::Calendar(i),
                urls.event_calendar(&page.url, &page.slug),
                page.file.clone(),
                None,
                Some(&page.lang),
            );
        }
        for asset in &page.assets {
            if let Some(name) = asset.file_name() {
                push(
                    JobKind::BundleAsset {
                        source: asset.clone(),
                    },
                    urls.bundle_file(&page.url, &name.to_string_lossy()),
                    asset.clone(),
                    None,
                    None,
                );
            }
        }
        for alias in &page.front.aliases {
            push(
                JobKind::Redirect {
                    to: urls.permalink(&page.url),
                },
                urls.alias(alias),
                page.file.clone(),
                None,
                None,
            );
        }
    }

    // The prepared images of articles (text and cover) and section introductions, each file
    // once however many pages show it.
    let article_images = site.content.pages.iter().enumerate().flat_map(|(i, page)| {
        let cover = site.covers[i].iter().flat_map(|c| c.files());
        site.rendered[i]
            .images
            .iter()
            .chain(cover)
            .map(move |image| (image, &page.file))
    });
    let section_images = site
        .section_bodies
        .iter()
        .flat_map(|((section, lang), body)| {
            let origin = &site.content.sections[section][lang].file;
            body.images.iter().map(move |image| (image, origin))
        });
    let mut images_seen = std::collections::BTreeSet::new();
    for (image, origin) in article_images.chain(section_images) {
        if images_seen.insert(&image.url) {
            push(
                JobKind::Image {
                    source: image.source.clone(),
                },
                image.url.clone(),
                origin.clone(),
                None,
                None,
            );
        }
    }

    for lang in &config.languages {
        let code = lang.code.as_str();
        for (number, items, total_pages) in paginate(site.listed(code), config.paginate_by) {
            push(
                JobKind::Home {
                    lang: code.into(),
                    number,
                    items,
                    total_pages,
                },
                urls.paginated(&urls.home(code), number),
                config_file.clone(),
                Some(Group::Home(number)),
                Some(code),
            );
        }
        for (section, indexes) in &site.content.sections {
            if section.is_empty() {
                continue;
            }
            let origin = indexes
                .get(code)
                .map(|i| i.file.clone())
                .unwrap_or_else(|| PathBuf::from("content").join(section));
            let list = site.section_listing(section, code);
            for (number, items, total_pages) in paginate(list, config.paginate_by) {
                push(
                    JobKind::Section {
                        lang: code.into(),
                        section: section.clone(),
                        number,
                        items,
                        total_pages,
                    },
                    urls.paginated(&urls.section(code, section), number),
                    origin.clone(),
                    Some(Group::Section(section.clone(), number)),
                    Some(code),
                );
            }
        }
        push(
            JobKind::Events { lang: code.into() },
            urls.events(code),
            config_file.clone(),
            Some(Group::Events),
            Some(code),
        );
        // A calendar file needs at least one event (RFC 5545): the language's events and its
        // calls' deadlines; a language without either has none, and no link to it.
        if site.has_events(code) || site.has_calls(code) {
            push(
                JobKind::CalendarFeed { lang: code.into() },
                urls.events_calendar(code),
                config_file.clone(),
                None,
                Some(code),
            );
        }
        // A language lists its calls once it has any.
        if site.has_calls(code) {
            push(
                JobKind::Calls { lang: code.into() },
                urls.calls(code),
                config_file.clone(),
                Some(Group::Calls),
                Some(code),
            );
        }
        push(
            JobKind::Archive { lang: code.into() },
            urls.archive(code),
            config_file.clone(),
            Some(Group::Archive),
            Some(code),
        );
        if config.search {
            push(
                JobKind::Search { lang: code.into() },
                urls.search(code),
                config_file.clone(),
                Some(Group::Search),
                Some(code),
            );
        }
        if config.tags {
            push(
                JobKind::TagList { lang: code.into() },
                urls.tags(code),
                config_file.clone(),
                Some(Group::TagList),
                Some(code),
            );
            for (slug, tag) in site.tags.get(code).into_iter().flatten() {
                for (number, items, total_pages) in paginate(&tag.pages, config.paginate_by) {
                    let origin = site.page(tag.pages[0]).file.clone();
                    push(
                        JobKind::Tag {
                            lang: code.into(),
                            slug: slug.clone(),
                            number,
                            items,
                            total_pages,
                        },
                        urls.paginated(&urls.tag(code, slug), number),
                        origin,
                        Some(Group::Tag(slug.clone(), number)),
                        Some(code),
                    );
                }
            }
        }
        if config.feeds_atom {
            push(
                JobKind::Feed { lang: code.into() },
                urls.atom_feed(code),
                config_file.clone(),
                None,
                Some(code),
            );
        }
        if config.feeds_json {
            push(
                JobKind::JsonFeed { lang: code.into() },
                urls.json_feed(code),
                config_file.clone(),
                None,
                Some(code),
            );
        }
        plan_issues(site, code, &mut push);
        push(
            JobKind::NotFound,
            urls.not_found_in(code),
            config_file.clone(),
            None,
            Some(code),
        );
    }
    push(JobKind::Root, urls.root(), config_file.clone(), None, None);
    push(
        JobKind::NotFound,
        urls.not_found(),
        config_file.clone(),
        None,
        None,
    );
    push(
        JobKind::Robots,
        urls.robots(),
        config_file.clone(),
        None,
        None,
    );
    push(
        JobKind::Sitemap,
        urls.sitemap(),
        config_file.clone(),
        None,
        None,
    );
    for (url, name) in statics {
        push(
            JobKind::Static { name: name.clone() },
            url.clone(),
            PathBuf::from("static").join(name),
            None,
            None,
        );
    }

    // Collisions: two jobs writing one file, blamed on the one a user chose the address of.
    let mut seen: BTreeMap<&OutputPath, &Job> = BTreeMap::new();
    for job in &jobs {
        if let Some(first) = seen.insert(&job.path, job) {
            let (a, b) = (Cause::of(first, site), Cause::of(job, site));
            let (blamed, other) = if b.chosen > a.chosen { (b, a) } else { (a, b) };
            let mut problem = Diagnostic::error(format!(
                "`{}` is produced twice: by {} and by {}",
                job.url, blamed.what, other.what
            ))
            .in_file(&blamed.file)
            .help(blamed.help);
            if let Some(position) = blamed.position {
                problem = problem.at(position);
            }
            problems.push(problem);
        }
    }

    let mut groups: BTreeMap<Group, BTreeMap<String, String>> = BTreeMap::new();
    for job in &jobs {
        if let (Some(group), Some(lang)) = (&job.group, &job.lang) {
            groups
                .entry(group.clone())
                .or_default()
                .insert(lang.clone(), job.url.clone());
        }
    }
    for (group, entries) in &mut groups {
        let x_default = match group {
            Group::Home(1) => Some(urls.root()),
            _ => config.stand_in(entries).cloned(),
        };
        if let Some(url) = x_default {
            entries.insert("x-default".into(), url);
        }
    }
    (Plan { jobs, groups }, problems)
}

/// What made a job's address, for the message about two jobs writing one file.
struct Cause {
    what: String,
    file: PathBuf,
    position: Option<crate::error::Position>,
    help: &'static str,
    /// How directly a user chose this address: an alias, then a `slug`, then a file name; the
    /// most direct is blamed, at its line.
    chosen: u8,
}

impl Cause {
    fn of(job: &Job, site: &Site) -> Cause {
        use crate::content::front_matter::locate;
        use crate::toml_spans::Step;
        let urls = &site.config.urls;
        let shown = job.origin.display();
        let plain = |chosen, help| Cause {
            what: format!("{shown}"),
            file: job.origin.clone(),
            position: None,
            help,
            chosen,
        };
        match &job.kind {
            JobKind::Redirect { .. } => {
                let alias = site.content.pages.iter().find_map(|p| {
                    let index = p
                        .front
                        .aliases
                        .iter()
                        .position(|a| p.file == job.origin && urls.alias(a) == job.url)?;
                    Some((p, index))
                });
                match alias {
                    Some((page, index)) => Cause {
                        what: format!("the alias `{}` of {shown}", page.front.aliases[index]),
                        file: page.file.clone(),
                        position: locate(&page.source, &[Step::Key("aliases"), Step::Item(index)]),
                        help: "change or remove this alias: it is the address of another page or file",
                        chosen: 3,
                    },
                    None => plain(3, "change or remove the alias"),
                }
            }
            JobKind::Article(i) => {
                let page = &site.content.pages[*i];
                match &page.front.slug {
                    Some(slug) => Cause {
                        what: format!("the slug `{slug}` of {shown}"),
                        file: page.file.clone(),
                        position: locate(&page.source, &[Step::Key("slug")]),
                        help: "give this article another `slug`",
                        chosen: 2,
                    },
                    None => plain(
                        1,
                        "rename the file, or give the article a `slug` of its own",
                    ),
                }
            }
            JobKind::Static { .. } | JobKind::BundleAsset { .. } | JobKind::Image { .. } => plain(
                1,
                "rename the file, or change the address of the page that takes its place",
            ),
            _ => plain(
                0,
                "give the article or page that takes this address another `slug`",
            ),
        }
    }
}

/// The e-mail edition, web version and archive of the recorded issues made in `lang`.
fn plan_issues(
    site: &Site,
    lang: &str,
    push: &mut impl FnMut(JobKind, String, PathBuf, Option<Group>, Option<&str>),
) {
    let urls = &site.config.urls;
    let mut any = false;
    for (index, issue) in site.content.issues.iter().enumerate() {
        if !issue.in_language(lang) {
            continue;
        }
        any = true;
        for text in [false, true] {
            push(
                JobKind::Email { issue: index, text },
                urls.email(lang, issue.number, text),
                issue.file.clone(),
                None,
                Some(lang),
            );
        }
        push(
            JobKind::Issue { issue: index },
            urls.issue(lang, issue.number),
            issue.file.clone(),
            Some(Group::Issue(issue.number)),
            Some(lang),
        );
    }
    if any {
        push(
            JobKind::IssueArchive { lang: lang.into() },
            urls.issue_archive(lang),
            PathBuf::from(crate::content::issues::FOLDER),
            Some(Group::IssueArchive),
            Some(lang),
        );
    }
}

/// Static files as served: URL → name below `static/`; and name → the URL templates link
/// (`asset()`). CSS and JavaScript are also served under
/// a fingerprinted name (`style.1a2b3c4d.css`) that `asset()` returns.
pub fn static_files(
    theme: &ThemeFiles,
    urls: &crate::urls::Urls,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    use sha2::Digest;
    let mut out = BTreeMap::new();
    let mut fingerprinted = BTreeMap::new();
    for (name, file) in &theme.statics {
        out.insert(urls.static_file(name), name.clone());
        let ext = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("");
        if matches!(ext, "css" | "js") {
            let hash = hex::encode(&sha2::Sha256::digest(&file.bytes)[..4]);
            let stem = &name[..name.len() - ext.len() - 1];
            let url = urls.static_file(&format!("{stem}.{hash}.{ext}"));
            out.insert(url.clone(), name.clone());
            fingerprinted.insert(name.clone(), url);
        } else {
            fingerprinted.insert(name.clone(), urls.static_file(name));
        }
    }
    (out, fingerprinted)
}

/// Splits a list into pages of `per_page`: (number, items, total pages). An empty list still
/// has one (empty) page, so every list URL exists.
fn paginate(list: &[usize], per_page: usize) -> Vec<(usize, Vec<usize>, usize)> {
    if list.is_empty() {
        return vec![(1, Vec::new(), 1)];
    }
    let total = list.len().div_ceil(per_page);
    list.chunks(per_page)
        .enumerate()
        .map(|(n, chunk)| (n + 1, chunk.to_vec(), total))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_keeps_every_item_once() {
        let pages = paginate(&[1, 2, 3, 4, 5], 2);
        assert_eq!(pages.len(), 3);
        assert_eq!(pages[2], (3, vec![5], 3));
        assert_eq!(paginate(&[], 2), vec![(1, vec![], 1)]);
    }
}
