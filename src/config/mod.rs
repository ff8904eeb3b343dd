//! Site configuration: the raw `bulletin.toml` ([`raw`]) validated into a [`Config`] that cannot
//! be wrong: language codes are parsed BCP 47 identifiers, the default language is configured,
//! the base URL is absolute.

pub mod identity;
mod raw;

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::error::{Diagnostic, Diagnostics, unknown_field_hint};
use crate::toml_spans::Step;
use raw::{RawConfig, RawLanguage};

pub const CONFIG_FILE: &str = "bulletin.toml";

/// Settings given on the command line that override the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub base_url: Option<String>,
    /// The origin the site is served from instead of the base URL's (`http://127.0.0.1:1111`
    /// for the live preview), keeping the base URL's path: a preview is hosted as the site.
    pub origin: Option<String>,
    pub drafts: bool,
    /// The day the build takes as today (see [`Config::today`]).
    pub today: Option<jiff::civil::Date>,
}

/// Languages in the order in which their versions stand in for a missing one: the default
/// language, then the others in configuration order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StandIns(Vec<String>);

impl StandIns {
    fn new(default_language: &str, languages: &[Language]) -> StandIns {
        let mut order = vec![default_language.to_string()];
        order.extend(
            languages
                .iter()
                .filter(|l| l.code != default_language)
                .map(|l| l.code.clone()),
        );
        StandIns(order)
    }

    pub fn pick<'v, T>(
        &self,
        versions: &'v std::collections::BTreeMap<String, T>,
    ) -> Option<&'v T> {
        self.0.iter().find_map(|l| versions.get(l))
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    /// Folder holding `bulletin.toml`.
    pub root: PathBuf,
    /// Every URL and output path of the site, under the path of `base_url`.
    pub urls: crate::urls::Urls,
    /// In configuration order; the default language is among them.
    pub languages: Vec<Language>,
    /// The order of [`Config::stand_in`], kept for where the configuration is not at hand.
    pub stand_ins: StandIns,
    pub default_language: String,
    pub theme: String,
    pub paginate_by: usize,
    /// Whether articles missing in a language are listed there anyway, marked as such.
    pub list_untranslated: bool,
    /// The day that divides upcoming from past events: `SOURCE_DATE_EPOCH` when set (for
    /// reproducible builds), otherwise the current date in UTC. Two builds on one day give the
    /// same bytes; a site with events is rebuilt daily to keep its lists current.
    pub today: jiff::civil::Date,
    pub feeds_atom: bool,
    pub feeds_json: bool,
    pub markdown: MarkdownOptions,
    pub tags: bool,
    pub drafts: bool,
    pub import: ImportSettings,
    pub newsletter: NewsletterSettings,
    /// `[output] keep`: paths of the output folder that builds keep (`/`-separated, checked to
    /// stay inside it).
    pub keep: Vec<String>,
    pub images: ImageOptions,
    /// `[identity]` and `[funding]`.
    pub identity: identity::Identity,
    /// `[search] enabled`: a search index and page per language.
    pub search: bool,
}

/// `[newsletter]`, validated.
#[derive(Debug, Clone)]
pub struct NewsletterSettings {
    /// The mailing tool, when one is configured.
    pub mailer: Option<Mailer>,
    /// What the unsubscribe link of the e-mail edition points to: the `unsubscribe_url`
    /// given, or the placeholder the mailer replaces with each subscriber's own link.
    pub unsubscribe: String,
    /// Whether e-mails show articles missing in their language, in another language
    /// (`[newsletter] untranslated`, default true); an issue may say otherwise.
    pub untranslated: bool,
}

/// Mailing tools whose unsubscribe placeholder bulletin knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mailer {
    Listmonk,
    Mailchimp,
    Buttondown,
}

impl Mailer {
    pub const ALL: [(&'static str, Mailer); 3] = [
        ("listmonk", Mailer::Listmonk),
        ("mailchimp", Mailer::Mailchimp),
        ("buttondown", Mailer::Buttondown),
    ];

    /// The text the tool replaces with the subscriber's unsubscribe link.
    pub fn unsubscribe_placeholder(self) -> &'static str {
        match self {
            Mailer::Listmonk => "{{ UnsubscribeURL }}",
            Mailer::Mailchimp => "*|UNSUB|*",
            Mailer::Buttondown => "{{ unsubscribe_url }}",
        }
    }
}

/// The placeholder when no mailer is configured: Buttondown's, a name any tool's template
/// language can be taught.
pub const DEFAULT_UNSUBSCRIBE: &str = "{{ unsubscribe_url }}";

/// `[import]`, validated.
#[derive(Debug, Clone)]
pub struct ImportSettings {
    /// A folder name below `content/`: letters, digits, `-` and `_`.
    pub section: String,
    pub known_tags: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Language {
    /// Canonical BCP 47 code, as used in file names and URLs (`de`, `pt-BR`).
    pub code: String,
    pub id: LanguageIdentifier,
    /// The locale whose conventions format dates, numbers and plurals: `locale` in the
    /// configuration (`en-GB` for `en`, so that URLs stay `/en/`), else the code.
    pub locale: LanguageIdentifier,
    /// The language's own name (`Deutsch`), from the config or from locale data.
    pub name: String,
    pub title: String,
    pub description: String,
    pub rtl: bool,
    /// Where this language's UI text comes from when its catalogs lack a message, in order:
    /// `[languages.xx] fallback`, else English when the site has it, else the default
    /// language; then the default language and English (always bundled) as last resorts.
    /// Never the language itself.
    pub fallback: Vec<String>,
    /// The header's menu.
    pub menu: Vec<identity::MenuItem>,
    /// The footer's own text and links, in this language.
    pub footer_text: Option<String>,
    pub footer_links: Vec<identity::MenuItem>,
    /// The sign-up form for this language's list of the newsletter.
    pub signup: Option<identity::Signup>,
}

/// `[images]`, validated: how photos are prepared (`src/images.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImageOptions {
    /// Ascending, distinct: the widths of each photo's `srcset`.
    pub widths: Vec<u32>,
    /// JPEG quality.
    pub quality: u8,
}

impl Default for ImageOptions {
    fn default() -> Self {
        // 480 for phones, 960 for the text column on a dense screen, 1600 for wide or
        // very dense screens: beyond that the bytes grow faster than anyone can see.
        ImageOptions {
            widths: vec![480, 960, 1600],
            quality: 82,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct MarkdownOptions {
    pub raw_html: bool,
    pub smart_punctuation: bool,
    pub external_links_new_tab: bool,
    pub external_links_nofollow: bool,
    pub external_links_noreferrer: bool,
}

impl Config {
    /// Reads `bulletin.toml` in `root`.
    pub fn load(root: &Path, overrides: &Overrides) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        if !path.is_file() {
            return Err(Diagnostics::from_iter([Diagnostic::error(format!(
                "no `{CONFIG_FILE}` in `{}`",
                root.display()
            ))
            .help("run bulletin in the folder of a site, pass --root DIR, or create a site with `bulletin init DIR`")]));
        }
        let text = crate::fs::read_text(&path).map_err(|d| Diagnostics::from_iter([d]))?;
        let unfit: Diagnostics = crate::fs::unfit_in_toml(&text)
            .into_iter()
            .map(|d| d.in_file(CONFIG_FILE))
            .collect();
        if unfit.has_errors() {
            return Err(unfit);
        }
        Config::parse(root, &text, overrides)
            .map_err(|ds| ds.into_iter().map(|d| d.in_file(CONFIG_FILE)).collect())
    }

    /// Validates the text of a `bulletin.toml`; diagnostics carry positions but no file.
    pub fn parse(root: &Path, text: &str, overrides: &Overrides) -> Result<Config, Diagnostics> {
        let raw: RawConfig = toml::from_str(text)
            .map_err(|e| Diagnostics::from_iter([toml_diagnostic(&e, text, "bulletin.toml")]))?;
        let mut problems = Diagnostics::default();
        let locate = |d: Diagnostic, path: &[Step]| match crate::toml_spans::offset_of(text, path) {
            Some(offset) => d.at_offset(text, offset),
            None => d,
        };

        let base_url = overrides.base_url.clone().unwrap_or(raw.base_url);
        let base_url = match url::Url::parse(&base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => {
                let served = overrides
                    .origin
                    .as_deref()
                    .and_then(|o| url::Url::parse(o).ok()?.join(u.path()).ok());
                crate::urls::Urls::new(served.as_ref().unwrap_or(&u))
            }
            _ => {
                problems.push(locate(
                    Diagnostic::error(format!("`base_url` `{base_url}` is not an absolute http(s) URL"))
                        .help("write the address the site will be published at, e.g. base_url = \"https://news.example.org\""),
                    &[Step::Key("base_url")],
                ));
                crate::urls::Urls::at_root()
            }
        };

        let mut patterns = std::collections::BTreeMap::new();
        for (name, section) in &raw.sections {
            let at = [Step::Key("sections"), Step::Key(name)];
            if !is_section_name(name) {
                problems.push(locate(
                    Diagnostic::error(format!("`[sections.{name}]` does not name a folder of content/"))
                        .help("use the name of a section folder (letters, digits, `-` and `_`), e.g. [sections.news]"),
                    &at,
                ));
                continue;
            }
            if let Some(url) = &section.url {
                match crate::urls::UrlPattern::parse(url) {
                    Ok(pattern) => {
                        patterns.insert(name.clone(), pattern);
                    }
                    Err(why) => problems.push(locate(
                        Diagnostic::error(format!("`[sections.{name}] url` `{url}` {why}"))
                            .help(format!(
                                "write the path below the section with {}, e.g. url = \"{{year}}/{{slug}}\"",
                                crate::urls::UrlPattern::PLACEHOLDERS.join(", ")
                            )),
                        &[Step::Key("sections"), Step::Key(name), Step::Key("url")],
                    )),
                }
            }
        }
        let base_url = base_url.with_patterns(patterns);

        let mut languages = Vec::new();
        let raw_languages: Vec<(String, RawLanguage)> = if raw.languages.is_empty() {
            vec![(raw.default_language.clone(), RawLanguage::default())]
        } else {
            raw.languages.into_iter().collect()
        };
        let mut raw_fallbacks: std::collections::BTreeMap<String, Option<Vec<String>>> =
            std::collections::BTreeMap::new();
        let mut link_problems = Vec::new();
        let mut raw_signups = Vec::new();
        for (code, mut lang) in raw_languages {
            let fallback = lang.fallback.take();
            let menu = match lang.menu.take() {
                Some(items) => identity::links(
                    &items,
                    &[Step::Key("languages"), Step::Key(&code), Step::Key("menu")],
                    &locate,
                    &mut link_problems,
                ),
                None => identity::DEFAULT_MENU
                    .iter()
                    .map(|l| identity::MenuItem::List(l.to_string()))
                    .collect(),
            };
            let footer = lang.footer.take().unwrap_or_default();
            let footer_links = identity::links(
                &footer.links,
                &[
                    Step::Key("languages"),
                    Step::Key(&code),
                    Step::Key("footer"),
                    Step::Key("links"),
                ],
                &locate,
                &mut link_problems,
            );
            let footer_text = footer.text.filter(|t| !t.trim().is_empty());
            if let Some(signup) = lang.signup.take() {
                raw_signups.push((code.clone(), signup));
            }
            match parse_language_code(&code) {
                Ok(id) => {
                    let locale = match lang.locale.as_deref() {
                        None => id.clone(),
                        Some(written) => match parse_language_code(written) {
                            Ok(locale) if locale.language == id.language => locale,
                            result => {
                                let problem = match result {
                                    Ok(_) => format!("is not a form of `{code}`"),
                                    Err(_) => "is not a valid BCP 47 locale".to_string(),
                                };
                                problems.push(locate(
                                    Diagnostic::error(format!(
                                        "the locale `{written}` of `{code}` {problem}"
                                    ))
                                    .help(format!(
                                        "write the language with a region, e.g. locale = \"{}-GB\" for `en`, or remove the key",
                                        id.language
                                    )),
                                    &[Step::Key("languages"), Step::Key(&code), Step::Key("locale")],
                                ));
                                id.clone()
                            }
                        },
                    };
                    raw_fallbacks.insert(id.to_string(), fallback);
                    languages.push(Language {
                        menu,
                        footer_text,
                        footer_links,
                        ..resolve_language(
                            id,
                            locale,
                            lang,
                            raw.title.as_deref(),
                            raw.description.as_deref(),
                        )
                    })
                }
                Err(help) => problems.push(locate(
                    Diagnostic::error(format!("`{code}` is not a valid BCP 47 language code"))
                        .help(help),
                    &[Step::Key("languages"), Step::Key(&code)],
                )),
            }
        }
        let site_has_english = languages.iter().any(|l| l.code == "en");
        for lang in &mut languages {
            let written = raw_fallbacks.remove(&lang.code).flatten();
            let mut chain: Vec<String> = Vec::new();
            match written {
                Some(codes) => {
                    for (i, code) in codes.iter().enumerate() {
                        match parse_language_code(code) {
                            Ok(id) => chain.push(id.to_string()),
                            Err(help) => problems.push(locate(
                                Diagnostic::error(format!(
                                    "the fallback `{code}` of `{}` is not a valid BCP 47 language code",
                                    lang.code
                                ))
                                .help(help),
                                &[
                                    Step::Key("languages"),
                                    Step::Key(&lang.code),
                                    Step::Key("fallback"),
                                    Step::Item(i),
                                ],
                            )),
                        }
                    }
                }
                None if site_has_english => chain.push("en".into()),
                None => chain.push(raw.default_language.clone()),
            }
            chain.push(raw.default_language.clone());
            chain.push("en".into());
            let mut seen = std::collections::BTreeSet::from([lang.code.clone()]);
            chain.retain(|c| seen.insert(c.clone()));
            lang.fallback = chain;
        }
        if !languages.iter().any(|l| l.code == raw.default_language) {
            let configured: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
            problems.push(locate(
                Diagnostic::error(format!(
                    "`default_language` `{}` is not one of the configured languages ({})",
                    raw.default_language,
                    configured.join(", ")
                ))
                .help(format!(
                    "add a [languages.{}] table or set default_language to one of them",
                    raw.default_language
                )),
                &[Step::Key("default_language")],
            ));
        }
        if raw.paginate_by == 0 {
            problems.push(locate(
                Diagnostic::error("`paginate_by` must be at least 1")
                    .help("the number of articles per list page, e.g. paginate_by = 10"),
                &[Step::Key("paginate_by")],
            ));
        }
        let section = raw.import.section.unwrap_or_else(|| "news".into());
        if !is_section_name(&section) {
            problems.push(locate(
                Diagnostic::error(format!(
                    "`[import] section` `{section}` is not a folder name"
                ))
                .help("use letters, digits, `-` and `_`, e.g. section = \"news\""),
                &[Step::Key("import"), Step::Key("section")],
            ));
        }
        for (i, empty) in raw
            .import
            .known_tags
            .iter()
            .enumerate()
            .filter(|(_, t)| t.trim().is_empty())
        {
            problems.push(locate(
                Diagnostic::error(format!("`[import] known_tags` has an empty name `{empty}`"))
                    .help("list the names that should become tags, e.g. known_tags = [\"SECON\", \"GSEF\"]"),
                &[Step::Key("import"), Step::Key("known_tags"), Step::Item(i)],
            ));
        }
        if !is_section_name(&raw.theme) {
            problems.push(locate(
                Diagnostic::error(format!("the theme `{}` is not a folder name", raw.theme))
                    .help("name a folder of themes/ (letters, digits, `-` and `_`), or use theme = \"default\""),
                &[Step::Key("theme")],
            ));
        } else if raw.theme != "default" && !root.join("themes").join(&raw.theme).is_dir() {
            problems.push(locate(missing_theme(&raw.theme), &[Step::Key("theme")]));
        }
        let mailer = match raw.newsletter.mailer.as_deref() {
            None => None,
            Some(name) => match Mailer::ALL.iter().find(|(n, _)| *n == name) {
                Some((_, m)) => Some(*m),
                None => {
                    problems.push(locate(
                        Diagnostic::error(format!("`[newsletter] mailer` `{name}` is not a mailing tool bulletin knows"))
                            .help("use \"listmonk\", \"mailchimp\" or \"buttondown\", or set unsubscribe_url = \"…\" to the placeholder or address your tool needs"),
                        &[Step::Key("newsletter"), Step::Key("mailer")],
                    ));
                    None
                }
            },
        };
        if let Some(url) = raw.newsletter.unsubscribe_url.as_deref()
            && !url.trim().is_empty()
            && !crate::urls::is_safe_target(url, false)
        {
            problems.push(locate(
                Diagnostic::error(
                    "`[newsletter] unsubscribe_url` uses a scheme that is not allowed: it could run script",
                )
                .help("write an https:// or mailto: address, or the unsubscribe placeholder of your mailing tool"),
                &[Step::Key("newsletter"), Step::Key("unsubscribe_url")],
            ));
        }
        if raw
            .newsletter
            .unsubscribe_url
            .as_deref()
            .is_some_and(|u| u.trim().is_empty())
        {
            problems.push(locate(
                Diagnostic::error("`[newsletter] unsubscribe_url` is empty").help(
                    "write the unsubscribe placeholder of your mailing tool, or remove the key",
                ),
                &[Step::Key("newsletter"), Step::Key("unsubscribe_url")],
            ));
        }
        let unsubscribe = raw.newsletter.unsubscribe_url.clone().unwrap_or_else(|| {
            mailer
                .map_or(DEFAULT_UNSUBSCRIBE, Mailer::unsubscribe_placeholder)
                .to_string()
        });
        for (index, path) in raw.output.keep.iter().enumerate() {
            if let Some(problem) = keep_path_problem(path) {
                problems.push(locate(
                    Diagnostic::error(format!("`[output] keep` entry `{path}` {problem}")).help(
                        "write a path inside the output folder, such as \"CNAME\" or \"uploads\"",
                    ),
                    &[Step::Key("output"), Step::Key("keep"), Step::Item(index)],
                ));
            }
        }
        let identity = identity::identity(
            &raw.identity,
            raw.funding.as_ref(),
            &locate,
            &mut link_problems,
        );
        for (code, raw_signup) in &raw_signups {
            let signup = identity::signup(
                raw_signup,
                mailer,
                &[Step::Key("languages"), Step::Key(code), Step::Key("signup")],
                &locate,
                &mut link_problems,
            );
            if let Some(lang) = languages
                .iter_mut()
                .find(|l| l.code.eq_ignore_ascii_case(code))
            {
                lang.signup = signup;
            }
        }
        problems.extend(link_problems);
        let mut images = ImageOptions::default();
        if let Some(widths) = &raw.images.widths {
            let mut sorted = widths.clone();
            sorted.sort_unstable();
            sorted.dedup();
            if sorted.is_empty()
                || sorted.len() > 8
                || sorted.iter().any(|w| !(16..=8000).contains(w))
            {
                problems.push(locate(
                    Diagnostic::error(
                        "`[images] widths` must list 1 to 8 widths between 16 and 8000 pixels",
                    )
                    .help("for example widths = [480, 960, 1600]"),
                    &[Step::Key("images"), Step::Key("widths")],
                ));
            } else {
                images.widths = sorted;
            }
        }
        if let Some(quality) = raw.images.quality {
            if (30..=100).contains(&quality) {
                images.quality = quality;
            } else {
                problems.push(locate(
                    Diagnostic::error(format!(
                        "`[images] quality` is {quality}; it must be between 30 and 100"
                    ))
                    .help(
                        "82 keeps photos sharp at a third of their size; remove the key to use it",
                    ),
                    &[Step::Key("images"), Step::Key("quality")],
                ));
            }
        }
        let search = raw.search.enabled && cfg!(feature = "search");
        if raw.search.enabled && !search {
            problems.push(locate(
                Diagnostic::warning("this bulletin was built without search: the site has no search page")
                    .help("install bulletin with its default features (cargo install without --no-default-features), or remove [search]"),
                &[Step::Key("search"), Step::Key("enabled")],
            ));
        }
        let today = match overrides.today {
            Some(day) => day,
            None => build_day().unwrap_or_else(|d| {
                problems.push(d);
                jiff::civil::Date::ZERO
            }),
        };
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Config {
            root: root.to_path_buf(),
            urls: base_url,
            stand_ins: StandIns::new(&raw.default_language, &languages),
            languages,
            default_language: raw.default_language,
            theme: raw.theme,
            paginate_by: raw.paginate_by,
            list_untranslated: raw.list_untranslated,
            today,
            feeds_atom: raw.feeds.atom,
            feeds_json: raw.feeds.json,
            markdown: MarkdownOptions {
                raw_html: raw.markdown.raw_html,
                smart_punctuation: raw.markdown.smart_punctuation,
                external_links_new_tab: raw.markdown.external_links_new_tab,
                external_links_nofollow: raw.markdown.external_links_nofollow,
                external_links_noreferrer: raw.markdown.external_links_noreferrer,
            },
            tags: raw.taxonomies.tags,
            drafts: overrides.drafts,
            import: ImportSettings {
                section,
                known_tags: raw.import.known_tags,
            },
            newsletter: NewsletterSettings {
                mailer,
                unsubscribe,
                untranslated: raw.newsletter.untranslated.unwrap_or(true),
            },
            keep: raw
                .output
                .keep
                .iter()
                .map(|k| k.trim_end_matches('/').to_string())
                .collect(),
            images,
            identity,
            search,
        })
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The version of an article shown where a language has none of its own (in lists with
    /// `list_untranslated`, in issues of the newsletter, behind a link that names no language):
    /// the default language's, else the first configured language's that exists. The one rule
    /// for this; `versions` maps language codes to versions.
    pub fn stand_in<'v, T>(
        &self,
        versions: &'v std::collections::BTreeMap<String, T>,
    ) -> Option<&'v T> {
        self.stand_ins.pick(versions)
    }

    pub fn default_lang(&self) -> &Language {
        self.language(&self.default_language)
            .expect("validated: the default language is configured")
    }
}

/// What is wrong with an `[output] keep` path, if anything: it must name something inside the
/// output folder, other than the folder itself and the build's own list of files.
fn keep_path_problem(path: &str) -> Option<&'static str> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return Some("names the whole output folder");
    }
    if trimmed.starts_with('/') || trimmed.contains('\\') || trimmed.contains(':') {
        return Some("is not a relative path with `/` between folders");
    }
    if trimmed.chars().any(char::is_control) {
        return Some("contains a control character");
    }
    if trimmed
        .split('/')
        .any(|part| matches!(part, "" | "." | ".."))
    {
        return Some("has an empty, `.` or `..` part");
    }
    if trimmed == crate::fs::MANIFEST {
        return Some("is the build's own list of the files it wrote");
    }
    None
}

/// The error for a `theme` that is neither in `themes/` nor built in.
pub fn missing_theme(name: &str) -> Diagnostic {
    Diagnostic::error(format!("the theme `{name}` was not found")).help(format!(
        "put it in themes/{name}/, or use theme = \"default\" (built in)"
    ))
}

/// Folders below the site root whose files the pipeline reads.
pub const SOURCE_FOLDERS: &[&str] = &[
    "content",
    "newsletter",
    "themes",
    "templates",
    "static",
    "i18n",
];

/// The day of the build: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
/// convention) when set, otherwise today's date in UTC. Every command takes its day from here
/// (`build`, `serve`, `newsletter`, `init`), so they agree. A malformed `SOURCE_DATE_EPOCH` is
/// an error: ignoring it would quietly make a build that is not reproducible.
pub fn build_day() -> Result<jiff::civil::Date, Diagnostic> {
    let epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => {
            let seconds = text.trim().parse::<i64>().ok();
            Some(
                seconds
                    .and_then(|s| jiff::Timestamp::from_second(s).ok())
                    .ok_or_else(|| {
                        Diagnostic::error(format!(
                            "SOURCE_DATE_EPOCH `{}` is not a number of seconds since 1970",
                            text.chars()
                                .filter(|c| !c.is_control())
                                .take(40)
                                .collect::<String>()
                        ))
                        .help("unset it, or set it to a time such as $(git log -1 --format=%ct)")
                    })?,
            )
        }
        Err(_) => None,
    };
    Ok(epoch
        .unwrap_or_else(jiff::Timestamp::now)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date())
}

/// A section is one folder below `content/`.
pub fn is_section_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Parses a language code and insists on its canonical spelling, since the code is also written
/// in file names and URLs.
fn parse_language_code(code: &str) -> Result<LanguageIdentifier, String> {
    let id: LanguageIdentifier = code.parse().map_err(|_| {
        "use a language code such as `de`, `ca`, `en` or `pt-BR` (BCP 47)".to_string()
    })?;
    if id.language.is_empty() {
        return Err("the code must start with a language, such as `de`".into());
    }
    let canonical = id.to_string();
    if canonical != code {
        return Err(format!("write it as `{canonical}`"));
    }
    Ok(id)
}

fn resolve_language(
    id: LanguageIdentifier,
    locale: LanguageIdentifier,
    raw: RawLanguage,
    site_title: Option<&str>,
    site_description: Option<&str>,
) -> Language {
    let code = id.to_string();
    let name = raw
        .name
        .unwrap_or_else(|| autonym(&id).unwrap_or_else(|| code.clone()));
    let rtl = matches!(
        id.character_direction(),
        unic_langid::CharacterDirection::RTL
    );
    Language {
        title: raw
            .title
            .or_else(|| site_title.map(str::to_string))
            .unwrap_or_else(|| "Bulletin".into()),
        description: raw
            .description
            .or_else(|| site_description.map(str::to_string))
            .unwrap_or_default(),
        code,
        id,
        locale,
        name,
        fallback: Vec::new(),
        rtl,
        menu: Vec::new(),
        footer_text: None,
        footer_links: Vec::new(),
        signup: None,
    }
}

/// The language's name in itself (`Español`), from ISO 639 locale data, capitalised as it
/// stands at the start of a menu entry.
fn autonym(id: &LanguageIdentifier) -> Option<String> {
    let subtag = id.language.as_str();
    let lang = match subtag.len() {
        2 => isolang::Language::from_639_1(subtag),
        _ => isolang::Language::from_639_3(subtag),
    }?;
    let name = lang.to_autonym()?;
    let name = name.split([',', ';']).next()?.trim();
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// A TOML error located in the text it came from, with a hint for unknown keys and for dates
/// written day-first.
pub fn toml_diagnostic(err: &toml::de::Error, text: &str, what: &str) -> Diagnostic {
    let message = err.message().trim().to_string();
    let line = err.span().map_or("", |span| {
        let start = text[..span.start.min(text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        text[start..].lines().next().unwrap_or("")
    });
    let day_first = line
        .split_once('=')
        .and_then(|(_, value)| day_first_date(value.trim().trim_matches('"')));
    let mut diagnostic = match (unknown_field_hint(&message), day_first) {
        (Some((field, help)), _) => {
            Diagnostic::error(format!("unknown key `{field}` in {what}")).help(help)
        }
        (None, Some(iso)) if !message.contains("year-month-day") => {
            Diagnostic::error(format!("invalid {what}: {message}")).help(format!(
                "write dates year-month-day and without quotes, as {iso}"
            ))
        }
        (None, _) => Diagnostic::error(format!("invalid {what}: {message}")).help(format!(
            "run `bulletin docs content` for the keys and value formats of {what}"
        )),
    };
    if let Some(span) = err.span() {
        diagnostic = diagnostic.at_offset(text, span.start);
    }
    diagnostic
}

/// `28/10/2026`, `28.10.2026` or `28-10-2026` (day first, as written across Europe) as the
/// date bulletin reads, `2026-10-28`, for hints; `None` for anything else.
pub fn day_first_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    let (day, month, year) = (
        number(day, 1..=2)?,
        number(month, 1..=2)?,
        number(year, 4..=4)?,
    );
    let date = jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?);
    date.ok().map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Diagnostics> {
        Config::parse(Path::new("."), text, &Overrides::default())
    }

    #[test]
    fn language_names_default_to_autonyms() {
        let c = parse("base_url='https://x.org/'\ndefault_language='en'\n[languages.en]\n[languages.es]\n[languages.ca]\n[languages.de]\n").unwrap();
        let names: Vec<_> = c.languages.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["English", "Español", "Català", "Deutsch"]);
        assert_eq!(c.urls.base_url(), "https://x.org");
    }

    #[test]
    fn unknown_key_suggests_nearest() {
        let err = parse("base_url='https://x.org'\ndefault_language='en'\npaginte_by=3\n")
            .unwrap_err()
            .into_sorted();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].help.as_deref(), Some("did you mean `paginate_by`?"));
        assert_eq!(err[0].position.unwrap().line, 3);
    }

    #[test]
    fn import_settings() {
        let c = parse(
            "base_url='https://x.org'\ndefault_language='en'\n[import]\nknown_tags=['GSEF']\n",
        )
        .unwrap();
        assert_eq!(c.import.section, "news");
        assert_eq!(c.import.known_tags, ["GSEF"]);
        let err = parse(
            "base_url='https://x.org'\ndefault_language='en'\n[import]\nknown_tag=['GSEF']\n",
        )
        .unwrap_err()
        .into_sorted();
        assert_eq!(err[0].help.as_deref(), Some("did you mean `known_tags`?"));
        let err =
            parse("base_url='https://x.org'\ndefault_language='en'\n[import]\nsection='../x'\n")
                .unwrap_err()
                .into_sorted();
        assert!(err[0].message.contains("not a folder name"), "{err:?}");
    }

    #[test]
    fn newsletter_settings() {
        let base = "base_url='https://x.org'\ndefault_language='en'\n";
        let c = parse(base).unwrap();
        assert_eq!(c.newsletter.unsubscribe, DEFAULT_UNSUBSCRIBE);
        assert!(c.feeds_json);
        for (name, placeholder) in [
            ("listmonk", "{{ UnsubscribeURL }}"),
            ("mailchimp", "*|UNSUB|*"),
            ("buttondown", "{{ unsubscribe_url }}"),
        ] {
            let c = parse(&format!("{base}[newsletter]\nmailer='{name}'\n")).unwrap();
            assert_eq!(c.newsletter.unsubscribe, placeholder);
        }
        let c = parse(&format!(
            "{base}[newsletter]\nmailer='mailchimp'\nunsubscribe_url='https://x.org/bye?id=[ID]'\n"
        ))
        .unwrap();
        assert_eq!(c.newsletter.unsubscribe, "https://x.org/bye?id=[ID]");
        let err = parse(&format!("{base}[newsletter]\nmailer='sendy'\n"))
            .unwrap_err()
            .into_sorted();
        assert!(err[0].message.contains("`sendy`"), "{err:?}");
        let err = parse(&format!("{base}[newsletter]\nunsubscribe='x'\n"))
            .unwrap_err()
            .into_sorted();
        assert_eq!(
            err[0].help.as_deref(),
            Some("did you mean `unsubscribe_url`?")
        );
    }

    #[test]
    fn invalid_language_codes_are_rejected() {
        let err = parse("base_url='https://x.org'\ndefault_language='en'\n[languages.en]\n[languages.'xx-!!']\n")
            .unwrap_err()
            .into_sorted();
        assert!(err[0].message.contains("not a valid BCP 47"), "{err:?}");
        let err = parse("base_url='https://x.org'\ndefault_language='english'\n[languages.en]\n")
            .unwrap_err()
            .into_sorted();
        assert!(
            err[0].message.contains("not one of the configured"),
            "{err:?}"
        );
    }

    #[test]
    fn a_locale_sets_conventions_without_changing_the_code() {
        let c = parse("base_url='https://x.org'\ndefault_language='en'\n[languages.en]\nlocale='en-GB'\n[languages.de]\n").unwrap();
        assert_eq!(c.languages[0].code, "en");
        assert_eq!(c.languages[0].locale.to_string(), "en-GB");
        assert_eq!(c.languages[1].locale.to_string(), "de");
        for (locale, problem) in [
            ("fr-FR", "is not a form of `en`"),
            ("en_GB", "is not a valid BCP 47 locale"),
        ] {
            let err = parse(&format!(
                "base_url='https://x.org'\ndefault_language='en'\n[languages.en]\nlocale='{locale}'\n"
            ))
            .unwrap_err()
            .into_sorted();
            assert!(err[0].message.contains(problem), "{err:?}");
            assert_eq!(err[0].position.map(|p| p.line), Some(4), "{err:?}");
        }
    }

    #[test]
    fn errors_point_at_the_value_in_question() {
        // `de` also occurs in `default_language`; the error is at the table that declares it.
        let err = parse(
            "base_url='https://x.org'\ndefault_language='en'\ntheme='no-such-theme'\n[languages.en]\n[languages.de_AT]\n",
        )
        .unwrap_err()
        .into_sorted();
        let at = |needle: &str| {
            err.iter()
                .find(|d| d.message.contains(needle))
                .and_then(|d| d.position)
                .map(|p| (p.line, p.column))
        };
        assert_eq!(at("not a valid BCP 47"), Some((5, 1)), "{err:?}");
        assert_eq!(
            at("theme `no-such-theme` was not found"),
            Some((3, 7)),
            "{err:?}"
        );
    }
}
