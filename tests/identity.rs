//! Issue 14, identity and obligations: the menu of each language, logo and accent colour
//! (contrast checked), social links, the EU funding statement in the page's language on the
//! site and in the e-mail, and the sign-up form for each mailing tool.

mod support;

use std::path::Path;

use bulletin::commands::check::check;
use bulletin::{BuildOptions, build};

fn build_site(site: &Path, out: &Path) {
    let mut options = BuildOptions::new(site);
    options.output = Some(out.to_path_buf());
    build(&options).unwrap_or_else(|f| panic!("build failed:\n{f}"));
}

fn read(out: &Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// The text of `html` from the first `start` to the next `end`.
fn part<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .split_once(start)
        .unwrap_or_else(|| panic!("no `{start}` in the page"))
        .1;
    from.split_once(end).map_or(from, |(inside, _)| inside)
}

fn errors(site: &Path) -> Vec<String> {
    match check(site, false, None) {
        Ok(_) => Vec::new(),
        Err(f) => f
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.to_string())
            .collect(),
    }
}

const IDENTITY: &str = r##"
[identity]
logo = "/logo.svg"
accent = "#7a1f5c"

[[identity.social]]
name = "Mastodon"
url = "https://social.example.org/@coop"

[funding]
kind = "funded"
programme = "Erasmus+"
grant = "101000001"
authority = "EACEA"
"##;

#[test]
fn the_funding_statement_and_identity_show_in_each_language() {
    let site = support::Site::with_newsletter("multilingual");
    std::fs::create_dir_all(site.path("static")).unwrap();
    site.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>",
    );
    let config = site.read("bulletin.toml");
    site.write("bulletin.toml", &format!("{config}{IDENTITY}"));
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    for (page, statement, disclaimer) in [
        (
            "de/index.html",
            "Finanziert von der Europäischen Union",
            "Bewilligungsbehörde (EACEA)",
        ),
        ("ca/index.html", "Finançat per la Unió Europea", "EACEA"),
        (
            "en/index.html",
            "Funded by the European Union",
            "European Union or EACEA",
        ),
    ] {
        let html = read(&out, page);
        assert!(html.contains("<svg class=\"eu-emblem\""), "{page}");
        assert!(html.contains(statement), "{page}: no `{statement}`");
        assert!(html.contains(disclaimer), "{page}: no `{disclaimer}`");
        assert!(html.contains("Erasmus+"), "{page}");
        assert!(html.contains("101000001"), "{page}");
        assert!(
            html.contains("<a href=\"https://social.example.org/@coop\" rel=\"me\">Mastodon</a>"),
            "{page}"
        );
        assert!(
            html.contains("class=\"brand__logo\" src=\"/logo.svg\""),
            "{page}"
        );
        // Light mode only: dark mode keeps a colour legible on its dark ground.
        assert!(
            html.contains("@media not (prefers-color-scheme: dark){:root{--accent:#7a1f5c"),
            "{page}"
        );
    }
    // The e-mail carries the statement with the emblem as an image (mail programs show no SVG).
    let email = read(&out, "newsletter/1/de/email.html");
    assert!(email.contains("Finanziert von der Europäischen Union"));
    assert!(
        regex::Regex::new(r#"<img [^>]*src="https://example\.org/eu-emblem[^"]*\.png""#)
            .unwrap()
            .is_match(&email),
        "{email}"
    );
    let text = read(&out, "newsletter/1/en/email.txt");
    assert!(text.contains("Funded by the European Union"), "{text}");
    // The emblem is the flag's geometry: 3:2, twelve stars.
    let emblem = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes/default/templates/partials/eu-emblem.html"),
    )
    .unwrap();
    assert!(emblem.contains("viewBox=\"0 0 810 540\""));
    assert_eq!(emblem.matches("<polygon").count(), 12);
}

#[test]
fn identity_mistakes_are_errors_at_their_line() {
    let site = support::Site::copy("multilingual");
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[identity]\naccent = \"#8fb8ff\"\nlogo = \"logo.svg\"\n\n[funding]\nkind = \"sponsored\"\n\n[languages.de.signup]\naction = \"https://lists.example.org/subscription/form\"\n"),
    );
    let all = errors(&site.root).join("\n");
    let text = site.read("bulletin.toml");
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for (needle, wanted) in [
        ("accent = ", "has a contrast of"),
        ("logo = ", "is not a file of static/"),
        ("kind = \"sponsored\"", "neither `funded` nor `co-funded`"),
        (
            "[languages.de.signup]",
            "a sign-up form needs `[newsletter] mailer`",
        ),
    ] {
        let place = format!("bulletin.toml:{}:", line(needle));
        assert!(
            all.lines()
                .any(|l| l.contains(&place) && l.contains(wanted)),
            "no `{wanted}` at {place}:\n{all}"
        );
    }
}

#[test]
fn a_configured_menu_links_pages_lists_and_other_sites_and_marks_the_current_one() {
    let site = support::Site::copy("multilingual");
    let config = site.read("bulletin.toml");
    let config = config.replacen(
        "[languages.en]\n",
        "[languages.en]\nmenu = [{ list = \"home\" }, { label = \"The news\", link = \"@/news/_index.md\" }, { label = \"Our network\", link = \"https://network.example.org/\" }, { list = \"events\" }]\n",
        1,
    );
    site.write("bulletin.toml", &config);
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let news = read(&out, "en/news/index.html");
    let nav = part(&news, "<nav class=\"site-nav\"", "</nav>");
    assert!(
        nav.contains("<a href=\"/en/news/\" aria-current=\"page\">The news</a>"),
        "{nav}"
    );
    assert!(
        nav.contains("<a href=\"https://network.example.org/\">Our network</a>"),
        "{nav}"
    );
    assert!(
        nav.contains(">Events</a>") && nav.contains(">Home</a>"),
        "{nav}"
    );
    assert!(!nav.contains("Tags"), "{nav}");
    // Languages without a menu get every list they have, the newsletter archive among them
    // when there are issues.
    let de = read(&out, "de/index.html");
    let nav = part(&de, "<nav class=\"site-nav\"", "</nav>");
    assert!(
        nav.contains("href=\"/de/archive/\"") && nav.contains("href=\"/de/tags/\""),
        "{nav}"
    );
    // A wrong entry is an error at its line.
    site.write(
        "bulletin.toml",
        &config.replace("{ list = \"events\" }", "{ list = \"agenda\" }"),
    );
    let all = errors(&site.root).join("\n");
    assert!(all.contains("`agenda` is not a list of the site"), "{all}");
}

#[test]
fn the_signup_form_posts_to_each_mailing_tool_with_its_fields() {
    for (mailer, action, list, email_field, extra) in [
        (
            "listmonk",
            "https://lists.example.org/subscription/form",
            Some("5d1c6a7e-0b8f-4c2a-9f3e-2a7b1c9d4e01"),
            "email",
            "<input type=\"hidden\" name=\"l\" value=\"5d1c6a7e-0b8f-4c2a-9f3e-2a7b1c9d4e01\">",
        ),
        (
            "mailchimp",
            "https://coop.us1.list-manage.com/subscribe/post?u=abc123&amp;id=def456",
            None,
            "EMAIL",
            "name=\"b_abc123_def456\"",
        ),
        (
            "buttondown",
            "https://buttondown.com/api/emails/embed-subscribe/coop",
            Some("de"),
            "email",
            "<input type=\"hidden\" name=\"tag\" value=\"de\">",
        ),
    ] {
        let site = support::Site::copy("multilingual");
        let config = site.read("bulletin.toml");
        let list_line = list
            .map(|l| format!("list = \"{l}\"\n"))
            .unwrap_or_default();
        site.write(
            "bulletin.toml",
            &format!(
                "{config}\n[newsletter]\nmailer = \"{mailer}\"\n\n[languages.de.signup]\naction = \"{}\"\n{list_line}privacy = \"@/news/2024-01-15-kickoff.md\"\n",
                action.replace("&amp;", "&")
            ),
        );
        let out = site.dir.path().join("public");
        build_site(&site.root, &out);
        let home = read(&out, "de/index.html");
        let form = part(&home, "<form class=\"signup__form\"", "</form>");
        assert!(
            form.contains(&format!(
                "method=\"post\" action=\"{}\"",
                action.replace('/', "&#x2F;")
            )) || form.contains(&format!("action=\"{action}\"")),
            "{mailer}: {form}"
        );
        assert!(
            form.contains(&format!("type=\"email\" name=\"{email_field}\" required")),
            "{mailer}: {form}"
        );
        assert!(form.contains(extra), "{mailer}: {form}");
        assert!(
            form.contains("type=\"checkbox\" name=\"consent\" value=\"yes\" required"),
            "{mailer}: {form}"
        );
        assert!(
            form.contains("<label for=\"signup-home-email\">E-Mail-Adresse"),
            "{mailer}: {form}"
        );
        assert!(
            form.contains("href=\"/de/news/kickoff/\""),
            "{mailer}: {form}"
        );
        // The footer has the form on other pages (with its own ids), not on the home page.
        assert_eq!(home.matches("<form class=\"signup__form\"").count(), 1);
        let article = read(&out, "de/news/kickoff/index.html");
        assert!(article.contains("id=\"signup-footer-email\""), "{mailer}");
        // Languages without a list of their own have no form.
        assert!(
            !read(&out, "en/index.html").contains("signup__form"),
            "{mailer}"
        );
    }
}

#[test]
fn standalone_pages_are_in_no_list_or_feed_and_link_their_translations() {
    let site = support::Site::copy("multilingual");
    site.write(
        "content/about.en.md",
        "+++\ntitle = \"About us\"\ndate = 2024-06-01\ntags = [\"SECON\"]\n+++\n\nWho we are.\n",
    );
    site.write(
        "content/about.de.md",
        "+++\ntitle = \"Über uns\"\n+++\n\nWer wir sind.\n",
    );
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let about = read(&out, "en/about/index.html");
    assert!(about.contains("class=\"tpl-standalone\""), "{about}");
    assert!(
        about.contains(
            "<link rel=\"alternate\" hreflang=\"de\" href=\"https://example.org/de/about/\">"
        ),
        "{about}"
    );
    assert!(about.contains("\"@type\":\"WebPage\""), "{about}");
    assert!(!about.contains("meta__reading-time"), "{about}");
    for page in [
        "en/index.html",
        "en/news/index.html",
        "en/atom.xml",
        "en/feed.json",
        "en/archive/index.html",
        "en/tags/secon/index.html",
        "ca/index.html",
    ] {
        assert!(
            !read(&out, page).contains("/about/"),
            "{page} lists the standalone page"
        );
    }
    assert!(read(&out, "sitemap.xml").contains("https://example.org/en/about/"));
}

#[test]
fn files_for_hosts_reach_the_output_and_init_writes_the_pages_workflow() {
    let site = support::Site::copy("multilingual");
    site.write("static/CNAME", "news.example.org\n");
    site.write("static/.nojekyll", "");
    site.write("static/.domains", "news.example.org\n");
    site.write("static/.DS_Store", "editor litter");
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    for name in ["CNAME", ".nojekyll", ".domains"] {
        assert!(out.join(name).is_file(), "{name} is not published");
    }
    assert!(!out.join(".DS_Store").exists());

    let dir = site.dir.path().join("new");
    bulletin::commands::init::init(&dir, jiff::civil::date(2026, 12, 2)).unwrap();
    let written = bulletin::commands::init::github_pages_workflow(&dir).unwrap();
    let workflow = std::fs::read_to_string(dir.join(&written)).unwrap();
    for needed in [
        "schedule:",
        "cron:",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
        "bulletin check --base-url",
        "bulletin build --base-url",
        "pages: write",
    ] {
        assert!(workflow.contains(needed), "no `{needed}` in the workflow");
    }
    assert!(
        bulletin::commands::init::github_pages_workflow(&dir).is_err(),
        "overwrote the workflow"
    );
}
