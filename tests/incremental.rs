//! The live preview's partial rebuilds give exactly the bytes of a fresh full build. A sequence
//! of edits (change, add, delete, rename, translate, break and fix, links, tags, dates, bundle
//! assets, section pages, stylesheets, templates) is applied to a copy of a fixture site; after
//! each, the incremental rebuild is compared file by file with a full build of the same folder.

mod support;

use std::collections::BTreeMap;
use std::path::PathBuf;

use bulletin::serve::live::LiveSite;
use bulletin::serve::watch::Change;
use support::Site;

/// Where the preview serves from.
const ORIGIN: &str = "http://127.0.0.1:1111";

struct Session {
    site: Site,
    live: LiveSite,
    total: usize,
    /// The base URL that a full build of the same site is given: the preview's origin with the
    /// path of the base URL the session was started with.
    full_base_url: String,
}

impl Session {
    /// A session on a copy of the multilingual fixture, published at `base_url` (its path
    /// matters; the preview serves it from [`ORIGIN`]).
    fn new(base_url: &str) -> Session {
        let site = Site::with_newsletter("multilingual");
        let path = url::Url::parse(base_url).unwrap().path().to_string();
        let mut live = LiveSite::new(
            site.root.clone(),
            bulletin::config::Overrides {
                base_url: Some(base_url.into()),
                origin: Some(ORIGIN.into()),
                ..Default::default()
            },
        );
        let built = live.rebuild(None).unwrap_or_else(|d| panic!("{d:?}"));
        let total = built.files.len();
        Session {
            site,
            live,
            total,
            full_base_url: format!("{ORIGIN}{path}"),
        }
    }

    /// Rebuilds after the files `touched` changed, as the watcher would report them, and
    /// compares with a full build; returns how many files were rendered.
    fn rebuild(&mut self, step: &str, touched: &[&str]) -> usize {
        let paths: Vec<PathBuf> = touched.iter().map(|p| self.site.path(p)).collect();
        let change = Change::of(&self.site.root, paths).expect("a change the watcher reports");
        let built = self
            .live
            .rebuild(Some(&change))
            .unwrap_or_else(|d| panic!("{step}: the rebuild failed: {d:?}"));
        let full = full_build(&self.site, &self.full_base_url);
        let incremental: BTreeMap<String, Vec<u8>> = built
            .files
            .iter()
            .map(|(k, v)| (k.clone(), v.to_vec()))
            .collect();
        assert_eq!(
            incremental.keys().collect::<Vec<_>>(),
            full.keys().collect::<Vec<_>>(),
            "{step}: the same files"
        );
        for (path, bytes) in &full {
            assert!(
                incremental[path] == *bytes,
                "{step}: {path} differs from a full build:\n--- incremental\n{}\n--- full\n{}",
                String::from_utf8_lossy(&incremental[path]),
                String::from_utf8_lossy(bytes)
            );
        }
        self.total = full.len();
        built.rendered
    }
}

impl Session {
    /// A file of the last live build, as text.
    fn live_file(&mut self, path: &str) -> String {
        let built = self
            .live
            .rebuild(Some(&Change::Content(Default::default())))
            .unwrap_or_else(|d| panic!("{d:?}"));
        String::from_utf8(built.files[path].to_vec()).unwrap()
    }
}

fn full_build(site: &Site, base_url: &str) -> BTreeMap<String, Vec<u8>> {
    let mut options = bulletin::BuildOptions::new(&site.root);
    options.base_url = Some(base_url.into());
    bulletin::build_in_memory(&options)
        .unwrap_or_else(|f| panic!("full build failed:\n{f}"))
        .files
}

#[test]
fn every_partial_rebuild_equals_a_full_build() {
    edit_and_compare(Session::new("https://news.example.org/"));
}

/// The same edits on a site published under a path (a GitHub Pages project site).
#[test]
fn every_partial_rebuild_equals_a_full_build_under_a_base_path() {
    let mut s = Session::new("https://example.github.io/coop-bulletin/");
    let home = s.live_file("en/index.html");
    assert!(
        home.contains("href=\"/coop-bulletin/en/news/")
            && home.contains("http://127.0.0.1:1111/coop-bulletin/en/"),
        "{home}"
    );
    edit_and_compare(s);
}

fn edit_and_compare(mut s: Session) {
    let kickoff = "content/news/2024-01-15-kickoff.en.md";

    // A body edit renders the article and what shows its summary, not the whole site.
    s.site.edit(
        kickoff,
        "starts with a kick-off",
        "starts with a long kick-off",
    );
    let rendered = s.rebuild("body edit", &[kickoff]);
    assert!(
        rendered * 3 < s.total,
        "{rendered} of {} files rendered",
        s.total
    );

    s.site
        .edit(kickoff, "The project starts with", "Everything begins with");
    s.rebuild("summary edit", &[kickoff]);
    s.site.edit(
        kickoff,
        "title = \"Kick-off meeting\"",
        "title = \"Opening meeting\"",
    );
    s.rebuild("title edit (lists, neighbours, feeds)", &[kickoff]);
    s.site
        .edit(kickoff, "date = 2024-01-15", "date = 2024-07-15");
    s.rebuild("date edit (order of every list)", &[kickoff]);
    s.site.edit(
        kickoff,
        "tags = [\"SECON\", \"Economía social\"]",
        "tags = [\"SECON\", \"Cities\"]",
    );
    s.rebuild("tags edit (tag pages appear and vanish)", &[kickoff]);

    // The target of internal links moves: the pages linking to it must change too.
    s.site
        .edit(kickoff, "+++\ntitle", "+++\nslug = \"opening\"\ntitle");
    s.rebuild("slug edit (links elsewhere follow)", &[kickoff]);
    // A summary links its footnote references into the article, so they follow its slug too.
    let markdown = "content/news/2024-02-20-markdown.en.md";
    s.site
        .edit(markdown, "+++\ntitle", "+++\nslug = \"features\"\ntitle");
    s.rebuild("slug edit (summary footnotes follow)", &[markdown]);

    let new = "content/news/2024-08-01-summer-school.en.md";
    s.site.write(
        new,
        "+++\ntitle = \"Summer school\"\ndate = 2024-08-01\ntags = [\"Training\"]\n+++\n\nA week of training.\n",
    );
    s.rebuild("add an article", &[new]);
    let translated = "content/news/2024-08-01-summer-school.de.md";
    s.site.write(
        translated,
        "+++\ntitle = \"Sommerschule\"\ndate = 2024-08-01\n\n[translation]\nfrom = \"en\"\n+++\n\nEine Woche Fortbildung.\n",
    );
    s.rebuild("translate it (language switchers)", &[translated]);
    s.site.edit(
        new,
        "tags = [\"Training\"]",
        "tags = [\"Training\", \"Summer\"]",
    );
    s.rebuild("source tags change (the translation takes them)", &[new]);
    s.site
        .edit(new, "A week of training.", "Two weeks of training.");
    s.rebuild(
        "source text changes (the translation becomes stale)",
        &[new],
    );

    let renamed = "content/news/2024-08-02-summer-academy.de.md";
    std::fs::rename(s.site.path(translated), s.site.path(renamed)).unwrap();
    s.rebuild("rename a file", &[translated, renamed]);
    std::fs::remove_file(s.site.path(renamed)).unwrap();
    s.rebuild("delete a file", &[renamed]);

    // Break and fix: the failed rebuild reports, the fix equals a full build.
    let meeting = "content/news/2024-04-05-meeting.md";
    s.site.edit(meeting, "title = \"", "title = ");
    let change = Change::of(&s.site.root, [s.site.path(meeting)]).unwrap();
    let errors = s
        .live
        .rebuild(Some(&change))
        .err()
        .expect("a broken file fails");
    assert!(
        errors
            .iter()
            .any(|d| d.to_string().contains("2024-04-05-meeting.md:2:"))
    );
    s.site.edit(meeting, "title = ", "title = \"");
    s.rebuild("fix the broken file", &[meeting]);

    // An event moves (days, time and place): its card, calendar files, the event lists, the
    // upcoming events on the home and the language's calendar feed follow.
    s.site.edit(
        meeting,
        "start = 2024-04-05T09:30:00",
        "start = 2024-04-07T10:00:00",
    );
    s.site.edit(
        meeting,
        "end = 2024-04-06T16:00:00",
        "end = 2099-04-08T12:00:00",
    );
    s.rebuild("event dates edit (past to upcoming)", &[meeting]);
    s.site.edit(
        meeting,
        "location = \"Cáceres, Spain\"",
        "location = \"Mérida, Spain\"",
    );
    s.site.edit(meeting, "online = false", "online = true");
    s.rebuild("event location edit", &[meeting]);
    let ics = s.live_file("en/news/meeting/meeting.ics");
    assert!(
        ics.contains("LOCATION;LANGUAGE=en:Mérida\\, Spain / Online"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART:20240407T080000Z"), "{ics}");

    s.site
        .write("content/news/2024-05-01-bundle/plan.pdf", "%PDF-1.4 plan");
    s.rebuild(
        "add a bundle asset",
        &["content/news/2024-05-01-bundle/plan.pdf"],
    );
    s.site.edit(
        "content/news/_index.en.md",
        "title = \"News\"",
        "title = \"Latest news\"",
    );
    s.rebuild("section page edit", &["content/news/_index.en.md"]);

    // The e-mail edition: issue 1 (tests/fixtures/newsletter/) holds the kick-off article, so every edit of
    // it above was compared in the e-mails, web version and archive too. Issue records
    // are inputs like articles: adding, editing and deleting one.
    let e_mail = &full_build(&s.site, &s.full_base_url)["newsletter/1/en/email.txt"];
    assert!(
        String::from_utf8_lossy(e_mail).contains("Everything begins with a long kick-off"),
        "the e-mail follows the article"
    );
    let record = "newsletter/1.toml";
    s.site.edit(record, "  \"news/2024-02-20-markdown\",\n", "");
    s.rebuild("an article leaves an issue", &[record]);
    let second = "newsletter/2.toml";
    s.site.write(
        second,
        "number = 2\ndate = 2024-09-01\nlanguages = [\"de\", \"en\"]\narticles = [\"news/2024-08-01-summer-school\"]\n",
    );
    s.rebuild("a new issue (archives list it)", &[second]);
    s.site
        .edit(new, "Two weeks of training.", "Three weeks of training.");
    let rendered = s.rebuild("an article of the new issue changes", &[new]);
    assert!(
        rendered * 3 < s.total,
        "{rendered} of {} files rendered",
        s.total
    );
    std::fs::remove_file(s.site.path(second)).unwrap();
    s.rebuild("an issue is deleted", &[second]);

    s.site.write("static/style.css", "body { color: navy; }\n");
    s.rebuild("new stylesheet", &["static/style.css"]);
    s.site.write("static/style.css", "body { color: teal; }\n");
    s.rebuild("stylesheet edit", &["static/style.css"]);
    s.site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ t(key=\"not-found-heading\") }}</h1>{% endblock content %}",
    );
    s.rebuild("template override", &["templates/404.html"]);

    // url() in a template shows other articles' URLs and checks site paths: pages calling it
    // follow a slug edit elsewhere, and a vanished target fails the partial rebuild as it
    // fails a full build.
    s.site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ page.title }}</h1>\
         <a href=\"{{ url(path=\"@/news/2024-01-15-kickoff.md\") }}\">kick-off</a>\
         <a href=\"{{ url(path=\"/en/news/features/\") }}\">features</a>{% endblock content %}",
    );
    s.rebuild("template calling url()", &["templates/page.html"]);
    s.site
        .edit(kickoff, "slug = \"opening\"", "slug = \"start\"");
    let rendered = s.rebuild("slug edit (url() in templates follows)", &[kickoff]);
    assert!(rendered > 10, "pages calling url() rendered again");
    s.site
        .edit(markdown, "slug = \"features\"", "slug = \"extensions\"");
    let change = Change::of(&s.site.root, [s.site.path(markdown)]).unwrap();
    let errors = s
        .live
        .rebuild(Some(&change))
        .err()
        .expect("url() to a vanished page fails the partial rebuild");
    assert!(
        errors.iter().any(|d| d
            .to_string()
            .contains("no page or file at `/en/news/features/`")),
        "{errors:?}"
    );
}
