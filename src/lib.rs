//! bulletin: a static site generator for the newsletters of multilingual projects.
//!
//! The crate is layered, and every module imports only from the layers below it (top first;
//! `tests/layers.rs` keeps it so and holds the list):
//!
//! - commands: [`commands`] (build, check, import, init, newsletter, translate,
//!   translations) and [`serve`];
//! - [`pipeline`]: one run through the stages, each stage's memo side by side, the jobs and
//!   their signatures;
//! - [`render`]: the Tera engine, template contexts and template functions;
//! - [`output`] (feeds, sitemap, calendars, the e-mail edition) and [`views`] (what templates
//!   are given);
//! - [`plan`]: every output file as a job;
//! - [`site`]: the site model (Markdown rendered once per page, links, lists, tags);
//! - [`content`], [`i18n`], [`theme`], [`markdown`], [`import`]: the sources;
//! - [`config`];
//! - leaves: [`urls`] (the one authority for URLs and output paths), [`fs`], [`error`],
//!   [`toml_spans`].
//!
//! The library never prints; it returns [`error::Diagnostic`]s for the binary to show.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod commands;
pub mod config;
pub mod content;
pub mod error;
pub mod fs;
pub mod i18n;
pub mod images;
pub mod import;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod serve;
pub mod site;
pub mod theme;
pub mod toml_spans;
pub mod urls;
pub mod views;

pub use commands::build::{BuildOptions, BuildReport, InMemory, build, build_in_memory, find_root};
pub use commands::import::{ImportOptions, ImportReport, import};
pub use error::Failure;
