//! The site search (`[search] enabled = true`): a Pagefind index of the articles and standalone
//! pages, one per language, which the theme's search page (`/<lang>/search/`) queries in the
//! browser. Nothing is fetched from elsewhere: the index and Pagefind's script are files of
//! the site, under `pagefind/`.
//!
//! Only what a page is about goes into the index: its title and its text (the Markdown
//! rendered once, [`crate::site::Site::rendered`]), never the menus, footers and lists around
//! it. So the documents are made from the site model, not from the rendered pages: they cost
//! no template and can be indexed after the pages are out (`serve` does it behind the reload,
//! so the edit-to-reload loop does not wait for the index).

use crate::site::Site;
use pulldown_cmark_escape::escape_html;

/// The folder of the index, below the site's root: Pagefind's script finds the rest of the
/// index beside itself, so the site works under any base path.
pub const FOLDER: &str = "pagefind";

/// One page to index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The public URL of the page (with the base path), which results link to.
    pub url: String,
    /// What the page's `<html lang>` says: Pagefind keeps one index per language.
    pub lang: String,
    /// A minimal HTML document: the title as `<h1>`, then the page's text.
    pub html: String,
}

/// The documents of every published article and standalone page, in content order.
pub fn documents(site: &Site) -> Vec<Document> {
    site.content
        .pages
        .iter()
        .zip(&site.rendered)
        .map(|(page, rendered)| {
            let mut html = String::with_capacity(rendered.html.len() + 200);
            html.push_str("<!DOCTYPE html><html lang=\"");
            let _ = escape_html(&mut html, &page.lang);
            html.push_str("\"><head><title></title></head><body><h1>");
            let _ = escape_html(&mut html, &page.front.title);
            html.push_str("</h1>");
            html.push_str(&rendered.html);
            html.push_str("</body></html>");
            Document {
                url: page.url.clone(),
                lang: page.lang.clone(),
                html,
            }
        })
        .collect()
}

/// The files of the index (paths below [`FOLDER`]) for `documents`, or why it could not be
/// made. Only the files the search page uses: Pagefind's own ready-made UI is left out, since
/// the theme's page speaks the site's languages through its catalogs.
#[cfg(feature = "search")]
pub fn index(documents: &[Document]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the indexer: {e}"))?;
    runtime.block_on(async {
        let options = pagefind::options::PagefindServiceConfig::builder()
            .keep_index_url(false)
            .build();
        let mut index = pagefind::api::PagefindIndex::new(Some(options))
            .map_err(|e| format!("cannot start the indexer: {e}"))?;
        for document in documents {
            index
                .add_html_file(None, Some(document.url.clone()), document.html.clone())
                .await
                .map_err(|e| format!("cannot index {}: {e}", document.url))?;
        }
        let files = index
            .get_files()
            .await
            .map_err(|e| format!("cannot write the index: {e}"))?;
        let mut files: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .filter_map(|f| {
                let name = f.filename.to_str()?.replace('\\', "/");
                let ui = [
                    "pagefind-ui",
                    "pagefind-modular-ui",
                    "pagefind-component-ui",
                    "pagefind-highlight",
                ]
                .iter()
                .any(|p| name.starts_with(p));
                (!ui && !name.starts_with("playground/")).then_some((name, f.contents))
            })
            .collect();
        files.sort();
        Ok(files)
    })
}

/// Without the `search` feature there is no indexer: `build` says so where search is enabled.
#[cfg(not(feature = "search"))]
pub fn index(_documents: &[Document]) -> Result<Vec<(String, Vec<u8>)>, String> {
    Err("this bulletin was built without search (cargo feature `search`)".into())
}
