//! Outputs that are not plain templates: feeds, calendars, the sitemap and the e-mail edition,
//! each a function of the rendered site and a language.

pub mod calendar;
pub mod feed;
pub mod json_feed;
pub mod newsletter;
pub mod sitemap;
pub mod text;
