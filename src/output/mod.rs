//! Outputs that are not plain templates: feeds, calendars, the sitemap and the e-mail edition,
//! each a function of the site, its plan, the UI strings and the page views.

pub mod calendar;
pub mod email;
pub mod feed;
pub mod json_feed;
pub mod search;
pub mod sitemap;
pub mod text;

use tera::Value;

use crate::i18n::I18n;
use crate::plan::Plan;
use crate::site::Site;

/// What every output is made from.
pub struct Inputs<'a> {
    pub site: &'a Site<'a>,
    pub plan: &'a Plan,
    /// UI strings, for the outputs that are not templates (calendar files).
    pub i18n: &'a I18n,
    /// The list view of every page ([`crate::views::page_views`]), aligned with the pages.
    pub views: &'a [Value],
}
