//! The limits of what a content file may hold, checked when it is loaded, before the expensive
//! stages: each keeps a hostile or mistaken file from costing without bound (time, memory,
//! output size, stack depth) and is reported as an error at its place. The README lists them.

use std::ops::RangeInclusive;

/// Bytes in one content file (Markdown with front matter).
pub const FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Tags on one article: each makes a tag page per language, which lists the article.
pub const TAGS: usize = 100;

/// Aliases of one article: each makes a redirect page.
pub const ALIASES: usize = 100;

/// Bytes in a slug or an alias: file systems refuse names of more than 255 bytes.
pub const PATH_BYTES: usize = 200;

/// Years a date may have: feeds (RFC 3339) and calendars (RFC 5545) write four digits.
pub const YEARS: RangeInclusive<i16> = 1..=9998;

// How deep Markdown may nest is the Markdown stage's: [`crate::markdown::MAX_NESTING`].
