//! `/_bulletin/translations`: the state of every article in every language, as
//! `bulletin translations` prints it, on a page of the preview that updates with every build.

use crate::content::translation_states::{State, Status};

/// The page (English, like the command line: it is for the site's editors, not its readers).
pub fn translations_page(status: &Status) -> String {
    let esc = |s: &str| {
        let mut out = String::new();
        let _ = pulldown_cmark_escape::escape_html(&mut out, s);
        out
    };
    let mut html = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Translations · bulletin serve</title><style>\
         body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b}\
         table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}\
         .current{background:#e7f6ea}.stale{background:#fff4d6}.missing{background:#f3f3f3}\
         .orphaned{background:#fde2e2}.draft{background:#e3ecfb}.not-needed{color:#595959}\
         @media(prefers-color-scheme:dark){body{background:#151515;color:#eee}\
         .current{background:#12361c}.stale{background:#3d3108}.missing{background:#2a2a2a}.orphaned{background:#4a1616}\
         .draft{background:#14284a}.not-needed{color:#aaa}}\
         </style></head><body><main><h1>Translations</h1>\n<table><thead><tr><th scope=\"col\">Article</th>",
    );
    for lang in status.totals.keys() {
        html.push_str(&format!("<th scope=\"col\">{}</th>", esc(lang)));
    }
    html.push_str("</tr></thead><tbody>\n");
    for article in &status.articles {
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}<br><small>{}</small></th>",
            esc(&article.title),
            esc(&article.key)
        ));
        for version in article.languages.values() {
            html.push_str(&format!(
                "<td class=\"{}\">{}</td>",
                version.state.name(),
                esc(&version.describe())
            ));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody><tfoot>");
    for state in State::ALL {
        html.push_str(&format!("<tr><th scope=\"row\">{}</th>", state.name()));
        for counts in status.totals.values() {
            html.push_str(&format!(
                "<td>{}</td>",
                counts.get(&state).copied().unwrap_or(0)
            ));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tfoot></table></main></body></html>\n");
    html
}
