//! The command line: `bulletin init | import | build | serve | check | translations | translate |
//! newsletter`.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "bulletin",
    version,
    about = "Static sites, feeds and translations for multilingual newsletters"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new site in DIR that builds as it is
    Init {
        /// Folder to create (must not exist or be empty)
        dir: PathBuf,
        /// Also write .github/workflows/publish.yml, which publishes the site on GitHub Pages
        /// on every push and every day
        #[arg(long)]
        github_pages: bool,
    },
    /// Turn scraped text files into articles in content/<section>/
    Import {
        /// .txt files, or folders whose .txt files are imported
        #[arg(value_name = "FILE|DIR", required = true)]
        inputs: Vec<PathBuf>,
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Section (folder below content/) to write to (default: [import] section, or news)
        #[arg(long, value_name = "NAME")]
        section: Option<String>,
        /// The language of the text, instead of detecting it
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
        /// Overwrite articles that were edited since they were imported
        #[arg(long)]
        force: bool,
        /// Show what would be written, write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Build the site into its output folder (public/ by default)
    Build {
        /// Site folder, found by its bulletin.toml (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Output folder (default: public/ in the site)
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Include articles marked `draft = true`
        #[arg(long)]
        drafts: bool,
        /// Publish at this address instead of the configured base_url
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Build the site into memory, serve it, and rebuild and reload open pages on every change
    Serve {
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Address to listen on; the default is reachable from this computer only
        #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Port to listen on; when it is taken, the next free one is used (0: any free port)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default web browser
        #[arg(long)]
        open: bool,
        /// Include articles marked `draft = true`
        #[arg(long)]
        drafts: bool,
        /// Preview the site as published at this address: its path is where the preview serves it
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Verify everything a build does, plus links, anchors, UI strings and translations, without writing
    Check {
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Include articles marked `draft = true`
        #[arg(long)]
        drafts: bool,
        /// Check the site as published at this address instead of the configured base_url
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// The theme's UI messages in other languages: `bulletin i18n missing LANG`
    I18n {
        #[command(subcommand)]
        action: I18nAction,
    },
    /// Show bulletin's documentation: content and settings, templates, the newsletter
    Docs {
        /// content (bulletin.toml and front matter), templates, or newsletter; none lists them
        topic: Option<String>,
    },
    /// Show every article's state in every language: current, draft, stale, missing, not-needed, orphaned
    #[command(args_conflicts_with_subcommands = true)]
    Translations {
        #[command(subcommand)]
        action: Option<TranslationsAction>,
        /// Show which paragraphs of this translation's source changed since it was confirmed
        #[arg(long, value_name = "FILE")]
        diff: Option<PathBuf>,
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Output as a table for people or JSON for tools
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Exit with status 1 when any version is in one of these states (comma-separated)
        #[arg(long, value_enum, value_delimiter = ',', value_name = "STATE")]
        fail_on: Vec<FailOn>,
    },
    /// Start a translation of ARTICLE as a draft, or record with --done that it matches its source
    Translate {
        /// The article's Markdown file (for a new translation: the version to translate from)
        article: PathBuf,
        /// The language of the translation
        #[arg(long, value_name = "LANG")]
        to: String,
        /// After a review: record that the translation matches its source as it is now
        #[arg(long)]
        done: bool,
        /// With --done: record it even when its text still looks untranslated
        #[arg(long, requires = "done")]
        force: bool,
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// Record an issue of the newsletter in newsletter/<N>.toml and build its e-mail edition
    Newsletter {
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// The issue's language (default: the languages it was recorded in, else the default language)
        #[arg(long, value_name = "CODE", conflicts_with = "all_languages")]
        lang: Option<String>,
        /// Make the issue in every configured language
        #[arg(long)]
        all_languages: bool,
        /// Take the articles published on or after this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// The issue's number; without --since, take the articles whose front matter says `issue = N`
        #[arg(long, value_name = "N")]
        issue: Option<u32>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailOn {
    Missing,
    Draft,
    Stale,
    Orphaned,
}

#[derive(Subcommand, Debug)]
pub enum TranslationsAction {
    /// Write the articles to translate into LANG as PO or XLIFF files, one per article, for
    /// translators' tools (Weblate, Poedit, OmegaT, Trados, memoQ…)
    Export {
        /// The language to translate into
        #[arg(long, value_name = "LANG")]
        to: String,
        /// gettext PO, or XLIFF 1.2
        #[arg(long, value_enum, default_value_t = Exchange::Po)]
        format: Exchange,
        /// Only the translations whose source changed since they were confirmed
        #[arg(long)]
        stale_only: bool,
        /// Folder to write into (default: translations/LANG)
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// Write translated PO or XLIFF files back into the articles and confirm what is translated
    Import {
        /// The .po or .xlf files
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Exchange {
    Po,
    Xliff,
}

#[derive(Subcommand, Debug)]
pub enum I18nAction {
    /// Write the UI messages LANG lacks, with their English text, into i18n/LANG/missing.ftl to translate
    Missing {
        /// A language of the site (`it`, `uk`…)
        lang: String,
        /// Site folder (default: the current folder or a parent)
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Write here instead of i18n/LANG/missing.ftl
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}
