//! Outputs that are not templates: feeds, calendars and the sitemap, each a function of the rendered site
//! and a language.

pub mod calendar;
pub mod feed;
pub mod sitemap;
