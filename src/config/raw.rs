//! `bulletin.toml` exactly as the user wrote it. Every table rejects unknown keys, so a typo is
//! an error with a suggestion rather than a setting that silently does nothing.

use indexmap::IndexMap;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub base_url: String,
    pub default_language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Site title for languages that do not set their own.
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default = "default_paginate_by")]
    pub paginate_by: usize,
    /// List articles that have no version in a language on that language's lists too, with a
    /// badge saying in which language they can be read.
    #[serde(default)]
    pub list_untranslated: bool,
    #[serde(default)]
    pub languages: IndexMap<String, RawLanguage>,
    #[serde(default)]
    pub feeds: RawFeeds,
    #[serde(default)]
    pub markdown: RawMarkdown,
    #[serde(default)]
    pub taxonomies: RawTaxonomies,
    #[serde(default)]
    pub import: RawImport,
    #[serde(default)]
    pub newsletter: RawNewsletter,
    #[serde(default)]
    pub output: RawOutput,
    #[serde(default)]
    pub images: RawImages,
    #[serde(default)]
    pub identity: super::identity::RawIdentity,
    pub funding: Option<super::identity::RawFunding>,
    /// `[sections.<name>]`: settings of one section of `content/`.
    #[serde(default)]
    pub sections: IndexMap<String, RawSection>,
    #[serde(default)]
    pub search: RawSearch,
}

/// `[sections.<name>]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// How its article URLs are made below the section: `"{year}/{slug}"`.
    pub url: Option<String>,
}

/// `[search]`: the site search (Pagefind).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSearch {
    /// Whether `build` and `serve` make a search index and a search page per language.
    #[serde(default)]
    pub enabled: bool,
}

fn default_theme() -> String {
    "default".into()
}

fn default_paginate_by() -> usize {
    10
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLanguage {
    pub name: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    /// The locale whose conventions format dates and numbers (`en-GB`), when not the code's.
    pub locale: Option<String>,
    /// Languages whose UI text stands in for messages this language lacks, in order.
    pub fallback: Option<Vec<String>>,
    /// The header's menu; without it, [`super::identity::DEFAULT_MENU`].
    pub menu: Option<Vec<super::identity::RawLink>>,
    pub footer: Option<super::identity::RawFooter>,
    /// The sign-up form for this language's list.
    pub signup: Option<super::identity::RawSignup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeeds {
    #[serde(default = "yes")]
    pub atom: bool,
    /// JSON Feed 1.1 at `/<lang>/feed.json`.
    #[serde(default = "yes")]
    pub json: bool,
}

impl Default for RawFeeds {
    fn default() -> Self {
        RawFeeds {
            atom: true,
            json: true,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMarkdown {
    #[serde(default)]
    pub raw_html: bool,
    #[serde(default = "yes")]
    pub smart_punctuation: bool,
    #[serde(default)]
    pub external_links_new_tab: bool,
    #[serde(default)]
    pub external_links_nofollow: bool,
    #[serde(default = "yes")]
    pub external_links_noreferrer: bool,
}

impl Default for RawMarkdown {
    fn default() -> Self {
        RawMarkdown {
            raw_html: false,
            smart_punctuation: true,
            external_links_new_tab: false,
            external_links_nofollow: false,
            external_links_noreferrer: true,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTaxonomies {
    #[serde(default = "yes")]
    pub tags: bool,
}

impl Default for RawTaxonomies {
    fn default() -> Self {
        RawTaxonomies { tags: true }
    }
}

/// `[import]`: settings of `bulletin import`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImport {
    /// Section that imported articles go to unless `--section` says otherwise.
    pub section: Option<String>,
    /// Names (projects, organisations, places) that become tags where the text mentions them.
    #[serde(default)]
    pub known_tags: Vec<String>,
}

/// `[output]`: the output folder of `bulletin build`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutput {
    /// Files and folders of the output folder that no build writes and every build keeps (a
    /// `CNAME`, an `uploads/` folder). Paths relative to the output folder.
    #[serde(default)]
    pub keep: Vec<String>,
}

/// `[images]`: how the photos of articles are prepared for the web.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImages {
    /// The widths, in pixels, each photo is made in for `srcset` (never wider than it is).
    pub widths: Option<Vec<u32>>,
    /// JPEG quality, 30 to 100.
    pub quality: Option<u8>,
}

/// `[newsletter]`: the e-mail edition (`bulletin newsletter`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNewsletter {
    /// The mailing tool the e-mails are sent with, which decides the unsubscribe placeholder.
    pub mailer: Option<String>,
    /// Put into the unsubscribe link instead of the mailer's placeholder.
    pub unsubscribe_url: Option<String>,
    /// Whether a language's e-mail shows the articles it has no version of, in the language
    /// they exist in (default: yes); an issue record may say otherwise for itself.
    pub untranslated: Option<bool>,
}

fn yes() -> bool {
    true
}
