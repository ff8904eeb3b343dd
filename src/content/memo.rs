//! What loading keeps for the next run of `serve`: every content file as loaded, with its
//! modification stamp, so that a file is read again only when it changed on disk.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::PathBuf;

/// Content files as loaded, by absolute path.
#[derive(Default)]
pub struct Memo {
    // Keyed by the path's bytes: hashing a `Path` walks its components, which showed in
    // profiles of partial rebuilds.
    pub(crate) files: HashMap<OsString, CachedFile>,
}

impl Memo {
    /// Forgets the files at these absolute paths, everything below them when they are (or
    /// were) folders, and, when a page bundle's asset changed, the bundle's Markdown files,
    /// whose asset lists may be different now.
    pub fn forget_files<'a>(&mut self, paths: impl IntoIterator<Item = &'a PathBuf>) {
        for path in paths {
            let asset = path.extension().is_none_or(|e| e != "md");
            let folder = path.parent().unwrap_or(path).as_os_str().as_encoded_bytes();
            let path = path.as_os_str().as_encoded_bytes();
            // Compared as bytes: this runs over every cached file for every change.
            let below = |p: &[u8], dir: &[u8]| {
                p.len() > dir.len() && p.starts_with(dir) && p[dir.len()] == b'/'
            };
            self.files.retain(|p, _| {
                let p = p.as_encoded_bytes();
                let in_folder = below(p, folder) && !p[folder.len() + 1..].contains(&b'/');
                !(p == path || below(p, path) || (asset && in_folder))
            });
        }
    }
}

/// A content file as loaded, with what its metadata said then.
pub(crate) struct CachedFile {
    pub stamp: Stamp,
    pub loaded: super::Loaded,
}

/// Modification time and length: a file with both unchanged is not read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
}

impl Stamp {
    pub fn of(metadata: &std::fs::Metadata) -> Stamp {
        Stamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        }
    }
}
