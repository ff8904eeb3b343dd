//! Snapshots (insta) of the Markdown rendering, one per feature: the HTML, the summary, the
//! table of contents and the problems found. Review a change with `cargo insta review`, or
//! accept it with `INSTA_UPDATE=always cargo test --lib markdown`.

use std::fmt::Write;

use super::tests::opts;
use super::{LinkTarget, Resolver, TocEntry, render};

/// A German page at /de/news/page/ on a site with one other article, `news/a`.
struct Site;

impl Resolver for Site {
    fn resolve(&self, path: &str) -> Result<LinkTarget, String> {
        let url = match path {
            "news/a.md" | "news/a.de.md" => "/de/news/a/",
            "news/a.en.md" => "/en/news/a/",
            "news/_index.md" => "/de/news/",
            _ => return Err(format!("there is no article `content/{path}`")),
        };
        Ok(LinkTarget { url: url.into() })
    }

    fn is_external(&self, url: &str) -> bool {
        url.starts_with("https://") && !url.starts_with("https://example.org")
    }
}

/// Everything `render` gives for `text`, as one text to snapshot.
fn rendered(text: &str) -> String {
    let r = render(text, "/de/news/page/", &opts(), &Site);
    let mut out = format!("--- html\n{}", r.html);
    let _ = write!(out, "--- summary (has_more: {})\n{}", r.has_more, r.summary);
    if !r.toc.is_empty() {
        out.push_str("--- toc\n");
        toc(&mut out, &r.toc, 0);
    }
    for p in &r.problems {
        let _ = writeln!(
            out,
            "--- problem at {:?}: {}\n    help: {}",
            p.range, p.message, p.help
        );
    }
    out
}

fn toc(out: &mut String, entries: &[TocEntry], depth: usize) {
    for e in entries {
        let _ = writeln!(
            out,
            "{}- h{} #{} {}",
            "  ".repeat(depth),
            e.level,
            e.id,
            e.title
        );
        toc(out, &e.children, depth + 1);
    }
}

macro_rules! feature {
    ($name:ident, $text:expr) => {
        #[test]
        fn $name() {
            let text: &str = $text;
            insta::with_settings!({ description => text, omit_expression => true }, {
                insta::assert_snapshot!(rendered(text));
            });
        }
    };
}

feature!(
    tables,
    "| Partner | Country | Members |\n| :------ | :-----: | ------: |\n| ANEL | Spain | 1,234 |\n| `REAS` | *Spain* | 56 |\n"
);

feature!(
    footnotes,
    "A claim.[^source] Another.[^2]\n\nThe source again.[^source]\n\n[^source]: Where it comes from.\n[^2]: A second note,\n    on two lines.\n"
);

feature!(
    strikethrough,
    "~~Postponed~~ Confirmed, ~one tilde~ and ~~**strong**~~.\n"
);

feature!(
    task_lists,
    "- [x] Agenda sent\n- [ ] Minutes *written*\n  - [ ] nested task\n- a plain item\n\nLoose:\n\n- [x] first\n\n  with a second paragraph\n\n- [ ] second\n"
);

feature!(
    smart_punctuation,
    "\"Quoted\" and 'single', it's -- en dash --- em dash...\n\n`\"code\" stays -- as is`\n"
);

feature!(
    heading_attributes_and_ids,
    "# Über uns\n\n## Über uns\n\n## Own id {#custom .highlight}\n\n### With `code` and *emphasis*\n\n## ?!\n\n## Own id\n"
);

feature!(
    table_of_contents,
    "## Programme\n\n### Day one\n\n#### Morning\n\n### Day two\n\n## Venue\n\n# Top level after\n"
);

feature!(
    summary_is_the_first_paragraph,
    "## A heading first\n\nThe first paragraph,\nsoft-wrapped.\n\nThe second paragraph.\n"
);

feature!(
    summary_before_more_marker,
    "The lead.[^1]\n\nA second paragraph.\n\n[^1]: A note written before the marker.\n\n<!-- more -->\n\n## The rest\n\nMore text.\n"
);

feature!(summary_of_a_single_paragraph, "Only one paragraph.\n");

feature!(
    internal_links,
    "[Same language](@/news/a.md), [in English](@/news/a.en.md#agenda), [the section](@/news/_index.md), [missing](@/news/gone.md), ![image](@/news/a.md) and [outside](https://other.org \"Other\"), [own site](https://example.org/de/), [mail](mailto:x@example.org).\n"
);

feature!(
    raw_html_is_escaped,
    "<div class=\"box\">block</div>\n\nInline <b>bold</b> and <!-- a comment -->.\n\n<!-- more -->\n\nAfter the marker.\n"
);
