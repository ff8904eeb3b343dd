//! Outputs that are not templates: feeds and the sitemap, each a function of the rendered site
//! and a language.

pub mod feed;
pub mod sitemap;
