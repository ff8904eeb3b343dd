//! The e-mail edition: `bulletin newsletter` records issues in `newsletter/<n>.toml` and builds
//! them; every build renders the recorded issues (e-mail HTML and text, web version, archive)
//! from the site alone. The tests copy the fixture `multilingual` with issue 1 of
//! tests/fixtures/newsletter/ recorded (listmonk): articles in every language, one only in German
//! and one only in English.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use bulletin::commands::newsletter::{Languages, NewsletterOptions, Reason, newsletter};
use bulletin::{BuildOptions, build_in_memory};
use support::Site;

fn build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    build_in_memory(&BuildOptions::new(root))
        .unwrap_or_else(|f| panic!("build failed:\n{f}"))
        .files
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("no {path} among {:?}", files.keys().collect::<Vec<_>>()))
            .clone(),
    )
    .unwrap()
}

fn options(site: &Site, since: Option<&str>, issue: Option<u32>) -> NewsletterOptions {
    NewsletterOptions {
        root: site.root.clone(),
        languages: Languages::All,
        since: since.map(str::to_string),
        issue,
        today: jiff::civil::date(2024, 6, 10),
    }
}

/// Every `href` and `src` value in `html`.
fn urls(html: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"\b(?:href|src)="([^"]*)""#).unwrap();
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn newsletter_records_the_issue_and_builds_it() {
    let site = Site::with_newsletter("multilingual");
    let report =
        newsletter(&options(&site, Some("2024-04-01"), None)).unwrap_or_else(|f| panic!("{f}"));
    assert_eq!(report.number, 2, "the next number after issue 1");
    assert_eq!(
        report.articles,
        [
            "news/2024-05-01-bundle",
            "news/2024-04-20-cooperatives",
            "news/2024-04-05-meeting"
        ]
    );
    assert_eq!(report.languages, ["de", "ca", "en"]);
    assert!(!report.replaced);
    assert_eq!(
        report.reason,
        Reason::Since(bulletin::content::Moment::parse("2024-04-01").unwrap())
    );

    // The record: what a fresh clone needs to build the issue again.
    let record = site.read("newsletter/2.toml");
    assert!(
        record.contains("number = 2\ndate = 2024-06-10\nsince = 2024-04-01\n"),
        "{record}"
    );
    assert!(
        record.contains("languages = [\"de\", \"ca\", \"en\"]"),
        "{record}"
    );
    assert!(
        record.contains("articles = [\n  \"news/2024-05-01-bundle\",\n  \"news/2024-04-20-cooperatives\",\n  \"news/2024-04-05-meeting\",\n]"),
        "{record}"
    );

    // The outputs, in public/ of the site.
    let public = site.path("public");
    for lang in ["de", "ca", "en"] {
        for file in [
            format!("newsletter/2/{lang}/email.html"),
            format!("newsletter/2/{lang}/email.txt"),
            format!("{lang}/newsletter/2/index.html"),
            format!("{lang}/newsletter/index.html"),
            format!("newsletter/1/{lang}/email.html"),
        ] {
            assert!(public.join(&file).is_file(), "no {file}");
        }
    }
    assert_eq!(
        report.files,
        [
            "newsletter/2/de/email.html",
            "newsletter/2/de/email.txt",
            "newsletter/2/ca/email.html",
            "newsletter/2/ca/email.txt",
            "newsletter/2/en/email.html",
            "newsletter/2/en/email.txt"
        ]
    );

    // A build from the records alone gives the same files (public/ is replaced by builds).
    let again = build(&site.root);
    for file in ["newsletter/2/ca/email.html", "newsletter/2/ca/email.txt"] {
        assert_eq!(
            std::fs::read(public.join(file)).unwrap(),
            again[file],
            "{file} differs in a later build"
        );
    }

    // The archive lists both issues, newest first.
    let archive = text(&again, "en/newsletter/index.html");
    let (two, one) = (
        archive.find("/en/newsletter/2/").unwrap(),
        archive.find("/en/newsletter/1/").unwrap(),
    );
    assert!(two < one, "newest first");
    assert!(archive.contains("3 articles") && archive.contains("6 articles"));

    // Without options, the next issue takes only what is new since issue 2: nothing yet.
    let failure = newsletter(&NewsletterOptions {
        languages: Languages::Default,
        ..options(&site, None, None)
    })
    .expect_err("nothing new since issue 2");
    let message = failure.to_string();
    assert!(
        message.contains("issue 3 would hold no articles"),
        "{message}"
    );
    assert!(
        message.contains("help: nothing was published on or after 2024-06-10"),
        "{message}"
    );
    assert!(!site.path("newsletter/3.toml").exists());

    site.write(
        "content/news/2024-06-20-summer.en.md",
        "+++\ntitle = \"Summer school\"\ndate = 2024-06-20\n+++\n\nA week of training.\n",
    );
    let report = newsletter(&NewsletterOptions {
        languages: Languages::Default,
        ..options(&site, None, None)
    })
    .unwrap_or_else(|f| panic!("{f}"));
    assert_eq!(report.number, 3);
    assert_eq!(report.articles, ["news/2024-06-20-summer"]);
    assert_eq!(report.languages, ["en"], "the default language by default");
    assert!(matches!(
        report.reason,
        Reason::AfterPrevious { previous: 2, .. }
    ));
    assert!(public.join("newsletter/3/en/email.txt").is_file());
    assert!(!public.join("newsletter/3/de").exists());
}

#[test]
fn articles_can_name_their_issue() {
    let site = Site::with_newsletter("multilingual");
    site.edit(
        "content/news/2024-04-20-cooperatives.en.md",
        "title =",
        "issue = 7\ntitle =",
    );
    let report = newsletter(&options(&site, None, Some(7))).unwrap_or_else(|f| panic!("{f}"));
    assert_eq!(report.number, 7);
    assert_eq!(report.articles, ["news/2024-04-20-cooperatives"]);
    // An article that names issue 7 is not taken by an issue chosen by date.
    let report = newsletter(&options(&site, Some("2024-04-01"), None)).unwrap();
    assert_eq!(report.number, 8);
    assert!(
        !report
            .articles
            .contains(&"news/2024-04-20-cooperatives".to_string())
    );
    // Recording issue 7 again keeps its date and replaces its record.
    let report = newsletter(&NewsletterOptions {
        today: jiff::civil::date(2025, 1, 1),
        ..options(&site, None, Some(7))
    })
    .unwrap();
    assert!(report.replaced);
    assert!(site.read("newsletter/7.toml").contains("date = 2024-06-10"));

    let failure = newsletter(&options(&site, None, Some(1))).expect_err("no article says 1");
    assert!(
        failure.to_string().contains(
            "help: issue 1 is recorded in newsletter/1.toml: `bulletin build` renders it again"
        ),
        "{failure}"
    );
    let failure = newsletter(&options(&site, None, Some(9))).expect_err("no article says 9");
    assert!(
        failure
            .to_string()
            .contains("help: add `issue = 9` to the front matter"),
        "{failure}"
    );
}

#[test]
fn a_failed_build_leaves_no_record_and_the_old_output() {
    let site = Site::with_newsletter("multilingual");
    bulletin::build(&BuildOptions::new(&site.root)).unwrap();
    let before = site.read("public/newsletter/1/en/email.txt");
    site.write("templates/newsletter/email.txt", "{{ issue.number }");
    let failure =
        newsletter(&options(&site, Some("2024-04-01"), None)).expect_err("broken template");
    assert!(
        failure
            .to_string()
            .contains("templates/newsletter/email.txt:1:"),
        "{failure}"
    );
    assert!(
        !site.path("newsletter/2.toml").exists(),
        "the record is taken back"
    );
    assert!(!site.path("public/newsletter/2").exists());
    assert_eq!(site.read("public/newsletter/1/en/email.txt"), before);
}

#[test]
fn the_command_line_reports_what_it_did() {
    let site = Site::with_newsletter("multilingual");
    let output = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args([
            "newsletter",
            "--since",
            "2024-04-01",
            "--lang",
            "ca",
            "--root",
        ])
        .arg(&site.root)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("Recorded issue 2 in newsletter/2.toml: 3 articles, the articles published on or after 2024-04-01."),
        "{stdout}"
    );
    assert!(stdout.contains("newsletter/2/ca/email.html"), "{stdout}");
    assert!(
        stdout.contains("https://example.org/ca/newsletter/2/"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Unsubscribe link: {{ UnsubscribeURL }}"),
        "{stdout}"
    );

    let output = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(["newsletter", "--since", "2024-13-01", "--root"])
        .arg(&site.root)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr
            .contains("error: `--since 2024-13-01` is not a date\n  help: write it as YYYY-MM-DD"),
        "{stderr}"
    );
}

#[test]
fn email_html_is_inlined_absolute_and_has_a_preheader() {
    let site = Site::with_newsletter("multilingual");
    // An image in a summary, with a relative address.
    site.edit(
        "content/news/2024-05-01-bundle/index.en.md",
        "A page bundle with a photo.\n\n![",
        "A page bundle with a photo. ![",
    );
    let files = build(&site.root);
    for lang in ["de", "ca", "en"] {
        let html = text(&files, &format!("newsletter/1/{lang}/email.html"));
        assert!(html.starts_with("<!DOCTYPE html>"), "{lang}");
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
            "{lang}"
        );
        assert!(!html.contains("<style"), "{lang}: a <style> is left");
        assert!(!html.contains("class="), "{lang}: classes are left");
        assert!(
            html.contains("style=\"font-family: Arial"),
            "{lang}: styles inlined"
        );
        // Outlook gets a fixed 600 px column, everyone else a fluid one up to 600 px.
        assert!(html.contains("<!--[if mso]><table role=\"presentation\" width=\"600\""));
        assert!(html.contains("max-width: 600px"));
        for url in urls(&html) {
            assert!(
                url.starts_with("https://example.org/") || url == "{{ UnsubscribeURL }}",
                "{lang}: `{url}` is not absolute"
            );
        }
        // The preheader is the first thing in the body, and names the articles.
        let body = &html[html.find("<body").unwrap()..];
        let first = &body[body.find('>').unwrap() + 1..];
        assert!(
            first
                .trim_start()
                .starts_with("<div style=\"font-size: 1px"),
            "{lang}"
        );
        let preheader = &first[..first.find("</div>").unwrap()];
        assert!(
            preheader.contains("Photo") || preheader.contains("Foto"),
            "{lang}: {preheader}"
        );
    }
    let en = text(&files, "newsletter/1/en/email.html");
    assert!(en.contains("<title>Test Bulletin, issue 1</title>"));
    assert!(en.contains(">View in your browser</a>"));
    assert!(en.contains("href=\"https://example.org/en/newsletter/1/\""));
    assert!(en.contains(">Read more</a>"));
    assert!(en.contains(">Unsubscribe</a>"));
    assert!(en.contains("Here are the 6 latest articles from our projects."));
    // The image: prepared, absolute, with its alt text and its own width (a 4 px image is
    // never blown up; its height follows), without srcset or lazy loading, which mail
    // programs do not know.
    let img = regex::Regex::new(r"<img [^>]*>").unwrap();
    let tag = img.find(&en).expect("the summary's image").as_str();
    assert!(
        regex::Regex::new(r#"src="https://example\.org/images/photo-[0-9a-f]{10}-4\.png""#)
            .unwrap()
            .is_match(tag),
        "{tag}"
    );
    assert!(tag.contains("alt=\"The partners in Cáceres\""), "{tag}");
    assert!(
        tag.contains("width=\"4\"") && !tag.contains("height"),
        "{tag}"
    );
    assert!(!tag.contains("srcset") && !tag.contains("loading"), "{tag}");
    // The article that exists only in German is shown in German, marked as such, with the
    // site's localised badge in the e-mail's language.
    assert!(en.contains("lang=\"de\""));
    assert!(en.contains("https://example.org/de/news/nur-deutsch/"));
    assert!(
        regex::Regex::new(r#"<p lang="en"[^>]*>Only in German</p>"#)
            .unwrap()
            .is_match(&en),
        "the badge"
    );
    assert!(
        text(&files, "newsletter/1/en/email.txt").contains("(Only in German)"),
        "the badge in the text version"
    );
    // An event's days and times, per locale.
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words(&en).contains("Event: April 5, 2024 at 9:30 AM – April 6, 2024 at 4:00 PM"));
    let de = text(&files, "newsletter/1/de/email.html");
    assert!(
        words(&de).contains("Veranstaltung: 5. April 2024 um 09:30 – 6. April 2024 um 16:00"),
        "{de}"
    );
    assert!(de.contains("Ausgabe 1 · 2. Mai 2024"));
    assert!(de.contains(">Abmelden</a>"));
}

#[test]
fn text_version_reads_on_its_own() {
    let files = build(&Site::with_newsletter("multilingual").root);
    let txt = text(&files, "newsletter/1/en/email.txt");
    assert!(
        txt.starts_with("Test Bulletin\nIssue 1 · May 2, 2024\n"),
        "{txt}"
    );
    assert!(
        txt.contains("1. Photo of the meeting [1]\n   May 1, 2024\n"),
        "{txt}"
    );
    assert!(
        txt.contains("   Event: April 5, 2024 at 9:30\u{202f}AM – April 6, 2024 at 4:00\u{202f}PM (Central\n   European Summer Time) · Cáceres, Spain\n"),
        "{txt}"
    );
    assert!(
        txt.contains("   402 cooperatives employ 7,271 workers.\n"),
        "{txt}"
    );
    assert!(txt.contains("   Read more: [1]\n"), "{txt}");
    assert!(
        txt.contains("\nLinks\n\n[1] https://example.org/en/news/bundle/\n"),
        "{txt}"
    );
    assert!(
        txt.contains("[4] https://example.org/de/news/nur-deutsch/"),
        "{txt}"
    );
    assert!(txt.contains("View in your browser: https://example.org/en/newsletter/1/"));
    assert!(txt.contains("Unsubscribe: {{ UnsubscribeURL }}\n"), "{txt}");
    assert!(
        !txt.contains('<') && !txt.contains("&amp;"),
        "no HTML left:\n{txt}"
    );
    // Every reference used is listed.
    let refs = regex::Regex::new(r"\[(\d+)\]").unwrap();
    for c in refs.captures_iter(&txt) {
        assert!(
            txt.contains(&format!("\n[{}] https://", &c[1])),
            "[{}] is not listed",
            &c[1]
        );
    }
    for line in txt.lines() {
        assert!(
            line.chars().count() <= 72 || !line.trim().contains(' '),
            "a long line: {line}"
        );
    }
    let de = text(&files, "newsletter/1/de/email.txt");
    assert!(de.contains("Weiterlesen: [1]") && de.contains("Abmelden: {{ UnsubscribeURL }}"));
}

#[test]
fn unsubscribe_placeholder_follows_the_mailer() {
    let site = Site::with_newsletter("multilingual");
    let config = site.read("bulletin.toml");
    for (setting, placeholder) in [
        ("mailer = \"listmonk\"", "{{ UnsubscribeURL }}"),
        ("mailer = \"mailchimp\"", "*|UNSUB|*"),
        ("mailer = \"buttondown\"", "{{ unsubscribe_url }}"),
        ("", "{{ unsubscribe_url }}"),
        (
            "mailer = \"mailchimp\"\nunsubscribe_url = \"{$unsubscribe}\"",
            "{$unsubscribe}",
        ),
    ] {
        site.write(
            "bulletin.toml",
            &config.replace("mailer = \"listmonk\"", setting),
        );
        let files = build(&site.root);
        let html = text(&files, "newsletter/1/ca/email.html");
        assert!(
            html.contains(&format!(
                "<a href=\"{placeholder}\" style=\"color: #52606d;\">Cancel·la la subscripció</a>"
            )),
            "{setting}: {html}"
        );
        let txt = text(&files, "newsletter/1/ca/email.txt");
        assert!(
            txt.contains(&format!("Cancel·la la subscripció: {placeholder}\n")),
            "{setting}"
        );
        // check does not take the placeholder for a broken link.
        let report = bulletin::commands::check::check(&site.root, false, None);
        if let Err(f) = report {
            assert!(
                !f.to_string().contains(placeholder),
                "{setting}: check reports the placeholder:\n{f}"
            );
        }
    }
}

#[test]
fn web_version_and_archive_are_site_pages() {
    let files = build(&Site::with_newsletter("multilingual").root);
    let web = text(&files, "de/newsletter/1/index.html");
    assert!(web.contains("<h1>Ausgabe 1</h1>"), "{web}");
    assert!(web.contains("Versandt am 2. Mai 2024"));
    assert!(web.contains("6 Beiträge"));
    assert!(web.contains("href=\"/de/news/treffen/\""));
    assert!(web.contains("hreflang=\"ca\" href=\"https://example.org/ca/newsletter/1/\""));
    let archive = text(&files, "ca/newsletter/index.html");
    assert!(archive.contains("<h1>Arxiu del butlletí</h1>"), "{archive}");
    assert!(archive.contains("href=\"/ca/newsletter/1/\""));
    assert!(archive.contains("6 articles"));
    let sitemap = text(&files, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/en/newsletter/1/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/en/newsletter/</loc>"));
    // E-mails are not pages of the site.
    assert!(!sitemap.contains("email.html"));
}

#[test]
fn json_feed_is_json_feed_1_1() {
    let files = build(&Site::with_newsletter("multilingual").root);
    for lang in ["de", "ca", "en"] {
        let feed: serde_json::Value =
            serde_json::from_slice(&files[&format!("{lang}/feed.json")]).unwrap();
        assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
        assert!(feed["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert_eq!(
            feed["home_page_url"],
            format!("https://example.org/{lang}/")
        );
        assert_eq!(
            feed["feed_url"],
            format!("https://example.org/{lang}/feed.json")
        );
        assert_eq!(feed["language"], lang);
        let items = feed["items"].as_array().unwrap();
        assert!(!items.is_empty());
        for item in items {
            let id = item["id"].as_str().unwrap();
            let url = item["url"].as_str().unwrap();
            let html = item["content_html"].as_str().unwrap();
            assert!(
                url.starts_with(&format!("https://example.org/{lang}/news/")),
                "{url}"
            );
            assert_eq!(id, url);
            assert!(!html.is_empty());
            for link in urls(html) {
                assert!(
                    link.starts_with("https://") || link.starts_with("http://"),
                    "{url}: {link}"
                );
            }
            if let Some(date) = item.get("date_published") {
                assert!(
                    jiff::Timestamp::from_str(date.as_str().unwrap()).is_ok(),
                    "{date}"
                );
            }
        }
    }
    let en: serde_json::Value = serde_json::from_slice(&files["en/feed.json"]).unwrap();
    let first = &en["items"][0];
    assert_eq!(first["title"], "Photo of the meeting");
    assert_eq!(first["date_published"], "2024-05-01T00:00:00+00:00");
    assert_eq!(first["tags"], serde_json::json!(["SECON"]));
}

#[test]
fn issue_records_are_checked() {
    let site = Site::with_newsletter("multilingual");
    site.write(
        "newsletter/2.toml",
        "number = 2\ndate = 2024-06-01\ntitel = \"x\"\narticles = []\n",
    );
    let failure = build_in_memory(&BuildOptions::new(&site.root))
        .err()
        .expect("unknown key");
    let all = failure.to_string();
    assert!(
        all.contains("error: newsletter/2.toml:3:1: unknown key `titel` in issue record"),
        "{all}"
    );
    site.write(
        "newsletter/2.toml",
        "number = 3\ndate = 2024-06-01\narticles = [\"news/2024-04-05-meeting\"]\n",
    );
    let all = build_in_memory(&BuildOptions::new(&site.root))
        .err()
        .unwrap()
        .to_string();
    assert!(
        all.contains("newsletter/2.toml:1:1: this file records issue 3 but is named `2.toml`\n  help: rename it to newsletter/3.toml"),
        "{all}"
    );
    site.write(
        "newsletter/2.toml",
        "number = 2\ndate = 2024-06-01\nlanguages = [\"en\", \"fr\"]\narticles = [\"news/2024-04-05-meeting\", \"news/gone\"]\n",
    );
    let built = build_in_memory(&BuildOptions::new(&site.root)).unwrap();
    let warnings: Vec<String> = built.warnings.iter().map(|d| d.to_string()).collect();
    assert!(
        warnings.iter().any(|w| w.contains("newsletter/2.toml:4:")
            && w.contains("`news/gone`, which is not a published article")),
        "{warnings:#?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("made in `fr`, which is not a configured language"))
    );
    assert!(built.files.contains_key("newsletter/2/en/email.html"));
    assert!(!built.files.contains_key("newsletter/2/de/email.html"));
}

#[test]
fn a_site_in_spanish_checks_with_the_themes_catalogs() {
    // Every catalog of the default theme (theme.ftl, newsletter.ftl) exists in es, fr and sl
    // as well, so a site adding Spanish checks without errors about UI strings.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    bulletin::commands::init::init(&root, jiff::civil::date(2026, 11, 21)).unwrap();
    let config = std::fs::read_to_string(root.join("bulletin.toml")).unwrap();
    std::fs::write(
        root.join("bulletin.toml"),
        format!("{config}\n[languages.es]\n"),
    )
    .unwrap();
    let report =
        bulletin::commands::check::check(&root, false, None).unwrap_or_else(|f| panic!("{f}"));
    let warnings: Vec<String> = report.warnings.iter().map(|d| d.to_string()).collect();
    assert!(
        warnings
            .iter()
            .all(|w| w.contains("has no translation in es")),
        "{warnings:#?}"
    );
}

/// An event's facts reach every e-mail and its text version: day and time, time zone, place or
/// "online", the link to register. An event over several days with times reads from its first
/// moment to its last, on the web too, never as those hours on each day.
#[test]
fn event_facts_reach_the_email_and_multi_day_times_read_as_one_span() {
    let site = Site::with_newsletter("multilingual");
    let meeting = "content/news/2024-04-05-meeting.md";
    site.edit(
        meeting,
        "online = false",
        "online = true\nurl = \"https://example.org/register?event=1&lang=en\"",
    );
    let files = build(&site.root);
    let txt = text(&files, "newsletter/1/en/email.txt");
    let html = text(&files, "newsletter/1/en/email.html");
    let page = text(&files, "en/news/meeting/index.html");
    // Text wraps and ICU puts narrow no-break spaces before AM/PM: compare words.
    let tags = regex::Regex::new(r"<[^>]*>").unwrap();
    let words = |s: &str| {
        tags.replace_all(s, "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let span = "April 5, 2024 at 9:30 AM – April 6, 2024 at 4:00 PM";
    for (what, doc) in [("text", &txt), ("html", &html), ("web page", &page)] {
        assert!(
            words(doc).contains(span),
            "{what}: from the first moment to the last"
        );
        assert!(
            !words(doc).contains("9:30 AM – 4:00 PM") && !words(doc).contains("9:30 AM–4:00 PM"),
            "{what}: not those hours on each day"
        );
    }
    for (what, doc) in [("text", &txt), ("html", &html)] {
        let doc = words(doc);
        assert!(
            doc.contains("(Central European Summer Time)"),
            "{what}: the time zone"
        );
        assert!(
            doc.contains("· Cáceres, Spain · Online"),
            "{what}: place and online"
        );
    }
    assert!(
        words(&txt).contains("Event website: https://example.org/register?event=1&lang=en"),
        "{txt}"
    );
    assert!(
        html.contains(r#"href="https://example.org/register?event=1&amp;lang=en""#),
        "the registration link, escaped"
    );
}

/// An article for some languages only (`languages = ["de"]`: a notice for German members) is
/// left out of the other languages' e-mails, lists and missing-translation warnings.
#[test]
fn an_article_for_some_languages_stays_out_of_the_others() {
    let site = Site::with_newsletter("multilingual");
    let notice = "content/news/2024-03-10-nur-deutsch.de.md";
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("list_untranslated = true\n{config}"),
    );
    let files = build(&site.root);
    assert!(text(&files, "newsletter/1/en/email.txt").contains("nur-deutsch"));
    assert!(text(&files, "en/archive/index.html").contains("nur-deutsch"));

    site.edit(notice, "+++\n", "+++\nlanguages = [\"de\"]\n");
    let files = build(&site.root);
    assert!(text(&files, "newsletter/1/de/email.txt").contains("nur-deutsch"));
    for lang in ["en", "ca"] {
        assert!(!text(&files, &format!("newsletter/1/{lang}/email.txt")).contains("nur-deutsch"));
        assert!(!text(&files, &format!("newsletter/1/{lang}/email.html")).contains("nur-deutsch"));
        assert!(
            !text(&files, &format!("{lang}/archive/index.html")).contains("nur-deutsch"),
            "{lang} lists"
        );
    }
    let report =
        bulletin::commands::check::check(&site.root, false, None).unwrap_or_else(|f| panic!("{f}"));
    assert!(
        !report
            .warnings
            .iter()
            .any(|w| w.file.as_deref() == Some(Path::new(notice))),
        "no missing-translation warning for it: {:#?}",
        report.warnings
    );

    site.edit(
        notice,
        "languages = [\"de\"]",
        "languages = [\"de\", \"it\"]",
    );
    let failure = bulletin::build(&BuildOptions::new(&site.root)).expect_err("an unknown language");
    assert!(
        failure
            .diagnostics
            .iter()
            .any(|d| d.to_string().starts_with(&format!(
                "error: {notice}:2:20: `it` is not a language of this site"
            ))),
        "{failure}"
    );
}

/// Whether a language's e-mail shows the articles it has no version of (in the language they
/// exist in, with the badge): yes by default, no with `[newsletter] untranslated = false`, and
/// an issue record may decide for itself.
#[test]
fn untranslated_articles_in_emails_are_a_choice_of_the_site_and_of_each_issue() {
    let site = Site::with_newsletter("multilingual");
    let has = |files: &BTreeMap<String, Vec<u8>>, lang: &str| {
        text(files, &format!("newsletter/1/{lang}/email.txt")).contains("nur-deutsch")
    };
    let files = build(&site.root);
    assert!(has(&files, "en") && has(&files, "de"));

    let config = site.read("bulletin.toml");
    let without = if config.contains("[newsletter]") {
        config.replacen("[newsletter]", "[newsletter]\nuntranslated = false", 1)
    } else {
        format!("{config}\n[newsletter]\nuntranslated = false\n")
    };
    site.write("bulletin.toml", &without);
    let files = build(&site.root);
    assert!(
        !has(&files, "en") && !has(&files, "ca"),
        "left out where not translated"
    );
    assert!(has(&files, "de"), "kept in its own language");

    let record = site.read("newsletter/1.toml");
    site.write(
        "newsletter/1.toml",
        &format!("{record}untranslated = true\n"),
    );
    let files = build(&site.root);
    assert!(has(&files, "en"), "the issue decides for itself");
}
