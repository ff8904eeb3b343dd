//! The commands of the binary, each on top of the pipeline: `build`, `check`, `import`,
//! `init`, `newsletter`, `translate` and `translations` (`serve` has a folder of its own, in
//! the same layer).

pub mod build;
pub mod check;
pub mod docs;
pub mod exchange;
pub mod i18n;
pub mod import;
pub mod init;
pub mod newsletter;
pub mod translate;
pub mod translations;
