//! The default theme speaks the language of each page: the catalogs of the 24 official EU
//! languages and Catalan, Basque and Galician are complete, their plurals follow CLDR, and no
//! page of the 27-language fixture shows a UI string of another language ("Read more" on a
//! German page). Passages marked with another `lang` (language names in the switcher, articles
//! listed in a language they are not written in, UI text in a stand-in language) are that
//! language's, and are skipped.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use regex::Regex;

/// The languages the default theme ships UI text for.
const LANGUAGES: [&str; 27] = [
    "en", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ca", "eu", "gl",
];

/// The catalog files of each language.
const FILES: [&str; 4] = ["theme.ftl", "newsletter.ftl", "translation.ftl", "site.ftl"];

fn catalog(lang: &str) -> ast::Resource<String> {
    catalog_file(lang, "theme.ftl")
}

fn catalog_file(lang: &str, file: &str) -> ast::Resource<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("themes/default/i18n")
        .join(lang)
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("{path:?}: {e:?}"))
}

fn messages(resource: &ast::Resource<String>) -> Vec<&ast::Message<String>> {
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m),
            _ => None,
        })
        .collect()
}

/// The literal pieces of a pattern (between placeables, in every variant), trimmed.
fn pieces(pattern: &ast::Pattern<String>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                for line in value.lines() {
                    out.push(line.trim().to_string());
                }
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    pieces(&v.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// Language → the texts its catalog can put on a page (pieces of at least three characters
/// with a letter, punctuation around them trimmed).
fn ui_strings() -> BTreeMap<&'static str, BTreeSet<String>> {
    LANGUAGES
        .iter()
        .map(|&lang| {
            let resource = catalog(lang);
            let mut all = Vec::new();
            for m in messages(&resource) {
                if let Some(p) = &m.value {
                    pieces(p, &mut all);
                }
            }
            let set = all
                .into_iter()
                .map(|s| s.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                .filter(|s| s.chars().count() >= 3 && s.chars().any(char::is_alphabetic))
                .collect();
            (lang, set)
        })
        .collect()
}

#[test]
fn every_catalog_has_every_message_with_the_same_variables() {
    let variables = |m: &ast::Message<String>| {
        let re = Regex::new(r"\$([a-z_]+)").unwrap();
        let text = fluent_syntax::serializer::serialize(&ast::Resource {
            body: vec![ast::Entry::Message(m.clone())],
        });
        re.captures_iter(&text)
            .map(|c| c[1].to_string())
            .collect::<BTreeSet<_>>()
    };
    for file in FILES {
        let reference: BTreeMap<String, BTreeSet<String>> = messages(&catalog_file("en", file))
            .into_iter()
            .map(|m| (m.id.name.clone(), variables(m)))
            .collect();
        for lang in LANGUAGES {
            let resource = catalog_file(lang, file);
            let junk: Vec<_> = resource
                .body
                .iter()
                .filter(|e| matches!(e, ast::Entry::Junk { .. }))
                .collect();
            assert!(junk.is_empty(), "{lang}/{file}: {junk:?}");
            let these: BTreeMap<String, BTreeSet<String>> = messages(&resource)
                .into_iter()
                .map(|m| (m.id.name.clone(), variables(m)))
                .collect();
            assert_eq!(
                these.keys().collect::<Vec<_>>(),
                reference.keys().collect::<Vec<_>>(),
                "{lang}/{file}: the same messages as en"
            );
            for (id, vars) in &these {
                // A translation may leave out a variable (“One article” for 1), never add one.
                assert!(
                    vars.is_subset(&reference[id]),
                    "{lang}/{file}: `{id}` uses {vars:?}, en passes {:?}",
                    reference[id]
                );
            }
        }
    }
}

/// Every count message picks, for 0, 1, 2, 3, 5, 11, 21 and 101, the variant of the CLDR
/// plural category of its language (ICU4X is the oracle), or an exact `[n]` variant where the
/// catalog has one, and every category the language has is written out.
#[test]
fn counts_take_the_plural_form_of_their_language() {
    use fluent_bundle::FluentArgs;
    let category = |rules: &icu::plurals::PluralRules, n: u32| match rules.category_for(n) {
        icu::plurals::PluralCategory::Zero => "zero",
        icu::plurals::PluralCategory::One => "one",
        icu::plurals::PluralCategory::Two => "two",
        icu::plurals::PluralCategory::Few => "few",
        icu::plurals::PluralCategory::Many => "many",
        icu::plurals::PluralCategory::Other => "other",
    };
    // Romanian is here because fluent-bundle's own rules (CLDR 36) put 101–119 in `other`
    // ("101 de articole"): catalogs select by ICU4X's rules (`i18n::plurals`).
    let mut lacking = Vec::new();
    for lang in LANGUAGES {
        let config = bulletin::config::Config::parse(
            Path::new("/nonexistent"),
            &format!("base_url = \"https://x.example\"\ndefault_language = \"{lang}\"\n"),
            &bulletin::config::Overrides::default(),
        )
        .unwrap();
        let (theme, _) = bulletin::theme::ThemeFiles::load(&config);
        let (i18n, problems) = bulletin::i18n::I18n::load(&config, &theme.i18n);
        assert!(problems.is_empty(), "{lang}: {problems:?}");
        let locale: icu::locale::Locale = lang.parse().unwrap();
        let rules = icu::plurals::PluralRules::try_new_cardinal(locale.into()).unwrap();
        let resource = catalog(lang);
        let message = messages(&resource)
            .into_iter()
            .find(|m| m.id.name == "article-count")
            .unwrap();
        let variants = match &message.value.as_ref().unwrap().elements[..] {
            [
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                },
            ] => variants,
            other => panic!("{lang}: article-count is not a select: {other:?}"),
        };
        let key = |v: &ast::Variant<String>| match &v.key {
            ast::VariantKey::Identifier { name } => name.clone(),
            ast::VariantKey::NumberLiteral { value } => value.clone(),
        };
        for n in [0u32, 1, 2, 3, 5, 11, 21, 101, 111, 1_000_000] {
            let wanted = category(&rules, n);
            let Some(chosen) = variants
                .iter()
                .find(|v| key(v) == n.to_string())
                .or_else(|| variants.iter().find(|v| key(v) == wanted))
            else {
                lacking.push(format!("{lang}: no variant for `{wanted}` ({n})"));
                continue;
            };
            let mut expected = String::new();
            for element in &chosen.value.elements {
                match element {
                    ast::PatternElement::TextElement { value } => expected.push_str(value),
                    ast::PatternElement::Placeable { .. } => {
                        expected.push_str(&i18n.formats(lang).number(f64::from(n)))
                    }
                }
            }
            let mut args = FluentArgs::new();
            args.set("count", n);
            let got = i18n.message(lang, "article-count", &args).unwrap();
            assert_eq!(got.trim(), expected.trim(), "{lang}: {n} is `{wanted}`");
        }
    }
    assert!(lacking.is_empty(), "{lacking:#?}");
}

#[test]
fn slovenian_uses_its_four_plural_forms() {
    let resource = catalog("sl");
    let text = fluent_syntax::serializer::serialize(&resource);
    for id in ["article-count", "reading-time", "tag-description"] {
        let start = text.find(&format!("{id} =")).unwrap();
        let end = text[start..].find("\n\n").map_or(text.len(), |e| start + e);
        for form in ["[one]", "[two]", "[few]", "*[other]"] {
            assert!(text[start..end].contains(form), "sl `{id}` lacks {form}");
        }
    }
}

/// Text a reader meets on an HTML page: text nodes and the attributes that are read out or
/// shown, outside elements whose `lang` differs from the page's.
fn reader_text(html: &str, page_lang: &str) -> Vec<String> {
    const VOID: [&str; 10] = [
        "meta", "link", "br", "img", "input", "hr", "source", "col", "area", "wbr",
    ];
    let tag = Regex::new(r"(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").unwrap();
    let attr = Regex::new(r#"([a-zA-Z:-]+)="([^"]*)""#).unwrap();
    let mut out = Vec::new();
    // Open elements: (name, whether it or an ancestor is in another language, raw text).
    let mut stack: Vec<(String, bool)> = Vec::new();
    let foreign = |stack: &[(String, bool)]| stack.last().is_some_and(|s| s.1);
    let mut last = 0;
    for m in tag.captures_iter(html) {
        let whole = m.get(0).unwrap();
        let skip_text = stack
            .last()
            .is_some_and(|(n, _)| n == "script" || n == "style");
        if !foreign(&stack) && !skip_text {
            out.push(decode(&html[last..whole.start()]));
        }
        last = whole.end();
        let name = m[2].to_ascii_lowercase();
        if &m[1] == "/" {
            if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                stack.truncate(pos);
            }
            continue;
        }
        let attrs: BTreeMap<String, String> = attr
            .captures_iter(&m[3])
            .map(|a| (a[1].to_ascii_lowercase(), decode(&a[2])))
            .collect();
        let here = match attrs.get("lang") {
            Some(l) if name != "html" => l != page_lang,
            _ => foreign(&stack),
        };
        if !here {
            for key in ["aria-label", "title", "alt", "placeholder"] {
                if let Some(v) = attrs.get(key) {
                    out.push(v.clone());
                }
            }
            if name == "meta" && attrs.contains_key("content") {
                let what = attrs
                    .get("name")
                    .or_else(|| attrs.get("property"))
                    .cloned()
                    .unwrap_or_default();
                if what.contains("title") || what.contains("description") {
                    out.push(attrs["content"].clone());
                }
            }
        }
        if !VOID.contains(&name.as_str()) && !m[3].trim_end().ends_with('/') {
            stack.push((name, here));
        }
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

/// The UI strings of other languages in a page of `lang`: strings another catalog shares with
/// this one (`Online`, `Agenda`) count as this one's.
fn foreign_strings(
    html: &str,
    lang: &str,
    strings: &BTreeMap<&'static str, BTreeSet<String>>,
) -> Vec<String> {
    let own = &strings[lang];
    let others: BTreeSet<&String> = strings
        .iter()
        .filter(|(l, _)| **l != lang)
        .flat_map(|(_, s)| s)
        // A word of another catalog that this one uses too, alone or inside one of its own
        // strings (`minut` in Catalan's `minut de lectura`), is this language's as well.
        .filter(|s| !own.contains(*s) && !own.iter().any(|o| contains_word(o, s)))
        // A single word of three letters tells no language among 27 (Romanian's `Ora` is
        // Italian too, in a time zone's name from locale data).
        .filter(|s| s.contains(' ') || s.chars().count() > 3)
        .collect();
    let mut found = Vec::new();
    for text in reader_text(html, lang) {
        for s in &others {
            if contains_word(&text, s) {
                found.push(format!("`{s}` in `{}`", text.trim()));
            }
        }
    }
    found
}

/// Whether `needle` occurs in `text` with no letter right before or after it.
fn contains_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[test]
fn no_page_shows_a_ui_string_of_another_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eu-languages");
    let mut options = bulletin::BuildOptions::new(&root);
    options.today = Some(jiff::civil::date(2026, 1, 1));
    let built = bulletin::build_in_memory(&options).unwrap_or_else(|f| panic!("{f}"));
    let strings = ui_strings();
    let html_lang = Regex::new(r#"<html lang="([^"]+)""#).unwrap();
    let mut checked = BTreeMap::<String, usize>::new();
    let mut leaks = Vec::new();
    for (path, bytes) in &built.files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = std::str::from_utf8(bytes).unwrap();
        let lang = html_lang.captures(html).unwrap()[1].to_string();
        leaks.extend(
            foreign_strings(html, &lang, &strings)
                .into_iter()
                .map(|l| format!("{path} ({lang}): {l}")),
        );
        *checked.entry(lang).or_default() += 1;
    }
    // The check itself finds what it is meant to find, and not a passage marked as foreign.
    let de_home = std::str::from_utf8(&built.files["de/index.html"]).unwrap();
    let planted = de_home.replace(
        "</main>",
        "<p>Read more</p><p lang=\"fr\">Lire la suite</p></main>",
    );
    assert_eq!(
        foreign_strings(&planted, "de", &strings),
        ["`Read more` in `Read more`"]
    );
    assert!(
        leaks.is_empty(),
        "UI strings of another language:\n{}",
        leaks.join("\n")
    );
    for lang in LANGUAGES {
        assert!(
            checked.get(lang).copied().unwrap_or(0) >= 8,
            "{lang}: only {checked:?} pages checked"
        );
    }
}

#[test]
fn untranslated_articles_are_listed_with_a_localised_badge() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/six-languages");
    let built = bulletin::build_in_memory(&bulletin::BuildOptions::new(&root))
        .unwrap_or_else(|f| panic!("{f}"));
    let page = |p: &str| String::from_utf8(built.files[p].clone()).unwrap();
    let expected = [
        ("de", "Nur auf Englisch verfügbar"),
        ("ca", "Només disponible en anglès"),
        ("es", "Solo disponible en inglés"),
        ("fr", "Disponible uniquement en anglais"),
        ("sl", "Na voljo samo v angleščini"),
    ];
    for (lang, badge) in expected {
        let home = page(&format!("{lang}/index.html"));
        assert!(home.contains(badge), "{lang} home lacks `{badge}`");
        assert!(
            home.contains(
                r#"<a href="/en/news/report/" lang="en" hreflang="en">Annual report published</a>"#
            ),
            "{lang}: the English title is marked as English"
        );
    }
    assert!(!page("en/index.html").contains("badge--language"));
}

#[test]
fn check_reports_missing_unpassed_and_unused_messages() {
    let site = support::Site::copy("six-languages");
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ t(key=\"brand-new\") }}</h1>{% endblock content %}",
    );
    site.write("i18n/en/site.ftl", "brand-new = Brand new\n");
    site.write("i18n/sl/site.ftl", "never-used = Nikoli\n");
    site.write("i18n/fr/site.ftl", "read-more = Lire { $nothing }\n");
    site.write("i18n/de/site.ftl", "calendar-article = Mehr: { $link }\n");
    let failure =
        bulletin::commands::check::check(&site.root, false, None).expect_err("catalog problems");
    let messages: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    let has = |needle: &str| messages.iter().any(|m| m.contains(needle));
    for lang in ["de", "ca", "es", "fr", "sl"] {
        assert!(
            has(&format!("the message `brand-new` is missing in `{lang}`")),
            "{lang}: {messages:#?}"
        );
    }
    assert!(
        has("the message `never-used` is not used by any template"),
        "{messages:#?}"
    );
    assert!(
        has("the message `read-more` in `fr` uses `$nothing`, which the template does not pass"),
        "{messages:#?}"
    );
    assert!(
        has("the message `calendar-article` in `de` uses `$link`"),
        "{messages:#?}"
    );
}

/// A language the theme speaks needs no catalog of the site's: `[languages.it]` alone gives
/// Italian UI. One it does not speak (`uk`) warns in `build`, shows the UI in its fallback
/// (English by default, or what `fallback` names) and marks that UI text with its language.
#[test]
fn languages_without_a_catalog_fall_back_as_configured_and_say_so() {
    let site = support::Site::copy("multilingual");
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[languages.it]\ntitle = \"Bollettino\"\n\n[languages.uk]\ntitle = \"Бюлетень\"\n"),
    );
    let report =
        bulletin::build(&bulletin::BuildOptions::new(&site.root)).unwrap_or_else(|f| panic!("{f}"));
    let warnings: Vec<String> = report.warnings.iter().map(|d| d.to_string()).collect();
    assert!(
        warnings.iter().any(|w| w
            .contains("there is no UI text for `uk`: its pages show the theme's words in `en`")
            && w.contains("bulletin i18n missing uk")),
        "{warnings:#?}"
    );
    assert!(
        !warnings.iter().any(|w| w.contains("`it`")),
        "{warnings:#?}"
    );
    let it = site.read("public/it/index.html");
    assert!(
        it.contains(r#"<nav class="site-nav" aria-label="Menu principale">"#),
        "Italian navigation, unmarked"
    );
    let uk = site.read("public/uk/index.html");
    assert!(uk.contains(r#"<html lang="uk""#));
    assert!(
        uk.contains(r#"<nav class="site-nav" aria-label="Main menu" lang="en">"#),
        "the English stand-in UI is marked as English"
    );

    // Another stand-in, chosen in the configuration.
    site.write(
        "bulletin.toml",
        &format!("{config}\n[languages.uk]\ntitle = \"Бюлетень\"\nfallback = [\"de\"]\n"),
    );
    let report =
        bulletin::build(&bulletin::BuildOptions::new(&site.root)).unwrap_or_else(|f| panic!("{f}"));
    assert!(
        report
            .warnings
            .iter()
            .any(|d| d.message.contains("show the theme's words in `de`"))
    );
    let uk = site.read("public/uk/index.html");
    assert!(
        uk.contains(r#"<nav class="site-nav" aria-label="Hauptmenü" lang="de">"#),
        "German stand-in"
    );

    // `bulletin i18n missing uk` writes every message with its English text, ready to translate.
    let missing =
        bulletin::commands::i18n::missing(&site.root, "uk", None).unwrap_or_else(|f| panic!("{f}"));
    let english: usize = FILES
        .iter()
        .map(|f| messages(&catalog_file("en", f)).len())
        .sum();
    assert_eq!(missing.messages, english);
    let written = std::fs::read_to_string(&missing.file).unwrap();
    assert!(missing.file.ends_with("i18n/uk/missing.ftl"));
    let parsed =
        fluent_syntax::parser::parse(written.clone()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    assert_eq!(messages(&parsed).len(), english);
    assert!(
        written.contains("read-more = Read more"),
        "the English text to translate from"
    );
    // Written, the file is a catalog like any other: nothing is missing any more.
    let again = bulletin::commands::i18n::missing(&site.root, "uk", None).unwrap();
    assert_eq!(again.messages, 0);
    // An existing file is never replaced.
    std::fs::remove_file(&missing.file).unwrap();
    site.write(
        "notes.ftl",
        "# mine
",
    );
    assert!(
        bulletin::commands::i18n::missing(&site.root, "uk", Some(site.path("notes.ftl"))).is_err()
    );
    assert_eq!(
        site.read("notes.ftl"),
        "# mine
"
    );
}

/// `check` finds nothing wrong with the 27-language fixture: every message exists in every
/// language with the variables its templates pass.
#[test]
fn the_27_language_fixture_checks_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eu-languages");
    let report =
        bulletin::commands::check::check(&root, false, None).unwrap_or_else(|f| panic!("{f}"));
    let unexpected: Vec<String> = report
        .warnings
        .iter()
        .filter(|w| !w.message.contains("has no translation in"))
        .map(|w| w.to_string())
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}
