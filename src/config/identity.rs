//! What makes a site a project's own: logo, accent colour, social links, the menu and footer
//! of each language, and the EU funding statement (`[identity]`, `[funding]`,
//! `[languages.xx] menu` and `footer`).

use serde::Deserialize;

use crate::error::Diagnostic;
use crate::toml_spans::Step;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdentity {
    /// A file of `static/` (`/logo.svg`), shown in the header beside the title.
    pub logo: Option<String>,
    /// The logo on a dark background (dark mode), when the light one does not suit it.
    pub logo_dark: Option<String>,
    /// `#rrggbb`: links, buttons and focus in light mode.
    pub accent: Option<String>,
    /// `#rrggbb` for dark mode.
    pub accent_dark: Option<String>,
    #[serde(default)]
    pub social: Vec<RawSocial>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSocial {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFunding {
    /// `funded` ("Funded by the European Union") or `co-funded`.
    pub kind: String,
    /// The programme (`Erasmus+`, `Horizon Europe`), shown with the grant agreement.
    pub programme: Option<String>,
    /// The grant agreement number.
    pub grant: Option<String>,
    /// The granting authority named in the disclaimer (`EACEA`); without it the disclaimer
    /// names the European Union only.
    pub authority: Option<String>,
    /// Whether the standard disclaimer is shown (default: yes).
    pub disclaimer: Option<bool>,
    #[serde(default)]
    pub others: Vec<RawFunder>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFunder {
    pub name: String,
    pub logo: Option<String>,
    pub url: Option<String>,
}

/// An entry of a menu or of the footer's links, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    /// What the entry says (required with `link`; a list has its own localised name).
    pub label: Option<String>,
    /// `@/section/file.md`, a path of the site (`/de/…`) or an `https://` address.
    pub link: Option<String>,
    /// One of the lists every site has: [`LISTS`].
    pub list: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFooter {
    pub text: Option<String>,
    #[serde(default)]
    pub links: Vec<RawLink>,
}

/// The lists a menu entry can name with `list = "…"`.
pub const LISTS: &[&str] = &[
    "home",
    "events",
    "calls",
    "archive",
    "newsletter",
    "tags",
    "search",
];

/// The menu of a language that configures none: every list (each shows when the language
/// has it).
pub const DEFAULT_MENU: &[&str] = LISTS;

/// `[identity]` and `[funding]`, validated.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub logo: Option<String>,
    pub logo_dark: Option<String>,
    pub accent: Option<Accent>,
    pub social: Vec<(String, String)>,
    pub funding: Option<Funding>,
}

/// The accent colours and the hover shades made from them.
#[derive(Debug, Clone)]
pub struct Accent {
    pub light: Option<String>,
    pub dark: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Funding {
    pub cofunded: bool,
    pub programme: Option<String>,
    pub grant: Option<String>,
    pub authority: Option<String>,
    pub disclaimer: bool,
    pub others: Vec<(String, Option<String>, Option<String>)>,
}

/// A menu or footer entry, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuItem {
    /// One of [`LISTS`].
    List(String),
    Link {
        label: String,
        link: String,
    },
}

/// The background colours the light and dark accent are read on, and the text on the accent
/// (buttons), from the default theme's style.css.
const LIGHT_GROUNDS: &[&str] = &["#f6f7f9", "#ffffff", "#eef2f8"];
const DARK_GROUNDS: &[&str] = &["#0e131b", "#151c27", "#1b2432"];

type Locate<'a> = &'a dyn Fn(Diagnostic, &[Step]) -> Diagnostic;

pub fn identity(
    raw: &RawIdentity,
    funding: Option<&RawFunding>,
    locate: Locate,
    problems: &mut Vec<Diagnostic>,
) -> Identity {
    let mut out = Identity::default();
    for (key, value, slot) in [
        ("logo", &raw.logo, &mut out.logo),
        ("logo_dark", &raw.logo_dark, &mut out.logo_dark),
    ] {
        if let Some(path) = value {
            match static_path(path) {
                Ok(p) => *slot = Some(p),
                Err(help) => problems.push(locate(
                    Diagnostic::error(format!(
                        "`[identity] {key}` `{path}` is not a file of static/"
                    ))
                    .help(help),
                    &[Step::Key("identity"), Step::Key(key)],
                )),
            }
        }
    }
    let mut accent = Accent {
        light: None,
        dark: None,
    };
    for (key, value, grounds, on) in [
        ("accent", &raw.accent, LIGHT_GROUNDS, "#ffffff"),
        ("accent_dark", &raw.accent_dark, DARK_GROUNDS, "#0e131b"),
    ] {
        let Some(colour) = value else { continue };
        let at = [Step::Key("identity"), Step::Key(key)];
        let Some(rgb) = parse_hex(colour) else {
            problems.push(locate(
                Diagnostic::error(format!("`[identity] {key}` `{colour}` is not a colour"))
                    .help("write it as #rrggbb, e.g. accent = \"#0a4a9e\""),
                &at,
            ));
            continue;
        };
        let worst = grounds
            .iter()
            .chain(std::iter::once(&on))
            .map(|g| contrast(rgb, parse_hex(g).expect("a theme colour")))
            .fold(f64::INFINITY, f64::min);
        if worst < 4.5 {
            problems.push(locate(
                Diagnostic::error(format!(
                    "`[identity] {key}` `{colour}` has a contrast of {worst:.1}:1 with the {} it is read on; WCAG AA asks for 4.5:1",
                    if key == "accent" { "light backgrounds and the white text of buttons" } else { "dark backgrounds and the dark text of buttons" }
                ))
                .help(if key == "accent" {
                    "choose a darker shade of the colour (for links on white, about as dark as #0a4a9e)"
                } else {
                    "choose a lighter shade of the colour for dark mode (about as light as #8fb8ff)"
                }),
                &at,
            ));
            continue;
        }
        let hex = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
        if key == "accent" {
            accent.light = Some(hex);
        } else {
            accent.dark = Some(hex);
        }
    }
    if accent.light.is_some() || accent.dark.is_some() {
        out.accent = Some(accent);
    }
    for (i, s) in raw.social.iter().enumerate() {
        if !s.url.starts_with("https://") || url::Url::parse(&s.url).is_err() {
            problems.push(locate(
                Diagnostic::error(format!(
                    "the social link `{}` is not an https:// address",
                    s.url
                ))
                .help("write the full address of the profile, e.g. https://social.coop/@project"),
                &[Step::Key("identity"), Step::Key("social"), Step::Item(i)],
            ));
        } else {
            out.social.push((s.name.clone(), s.url.clone()));
        }
    }
    if let Some(f) = funding {
        let cofunded = match f.kind.as_str() {
            "funded" => false,
            "co-funded" => true,
            other => {
                problems.push(locate(
                    Diagnostic::error(format!("`[funding] kind` `{other}` is neither `funded` nor `co-funded`"))
                        .help("write kind = \"funded\" for \"Funded by the European Union\", kind = \"co-funded\" for \"Co-funded by the European Union\", as your grant agreement says"),
                    &[Step::Key("funding"), Step::Key("kind")],
                ));
                false
            }
        };
        let mut others = Vec::new();
        for (i, o) in f.others.iter().enumerate() {
            let logo = match o.logo.as_deref().map(static_path) {
                Some(Err(help)) => {
                    problems.push(locate(
                        Diagnostic::error(format!(
                            "the logo of `{}` is not a file of static/",
                            o.name
                        ))
                        .help(help),
                        &[Step::Key("funding"), Step::Key("others"), Step::Item(i)],
                    ));
                    None
                }
                Some(Ok(p)) => Some(p),
                None => None,
            };
            let link = o
                .url
                .clone()
                .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
            if o.url.is_some() && link.is_none() {
                problems.push(locate(
                    Diagnostic::error(format!(
                        "the address of `{}` is not an http(s) address",
                        o.name
                    ))
                    .help("write the funder's web address, e.g. https://example.org"),
                    &[Step::Key("funding"), Step::Key("others"), Step::Item(i)],
                ));
            }
            others.push((o.name.clone(), logo, link));
        }
        out.funding = Some(Funding {
            cofunded,
            programme: f.programme.clone().filter(|p| !p.trim().is_empty()),
            grant: f.grant.clone().filter(|g| !g.trim().is_empty()),
            authority: f.authority.clone().filter(|a| !a.trim().is_empty()),
            disclaimer: f.disclaimer.unwrap_or(true),
            others,
        });
    }
    out
}

/// The entries of a menu or footer, validated; `at` locates the array.
pub fn links(
    raw: &[RawLink],
    at: &[Step],
    locate: Locate,
    problems: &mut Vec<Diagnostic>,
) -> Vec<MenuItem> {
    let mut out = Vec::new();
    for (i, item) in raw.iter().enumerate() {
        let mut path = at.to_vec();
        path.push(Step::Item(i));
        match (&item.list, &item.link, &item.label) {
            (Some(list), None, _) if LISTS.contains(&list.as_str()) => {
                out.push(MenuItem::List(list.clone()))
            }
            (Some(list), None, _) => problems.push(locate(
                Diagnostic::error(format!("`{list}` is not a list of the site"))
                    .help(format!("write one of {}", LISTS.join(", "))),
                &path,
            )),
            (None, Some(link), Some(label)) if !label.trim().is_empty() => {
                if crate::urls::is_safe_target(link, false) {
                    out.push(MenuItem::Link {
                        label: label.trim().to_string(),
                        link: link.clone(),
                    });
                } else {
                    problems.push(locate(
                        Diagnostic::error(format!("the link `{link}` uses a scheme that is not allowed"))
                            .help("link to @/section/file.md, a path of the site or an https:// address"),
                        &path,
                    ));
                }
            }
            _ => problems.push(locate(
                Diagnostic::error("a menu entry needs either `list` or both `label` and `link`")
                    .help("e.g. { list = \"events\" } or { label = \"About us\", link = \"@/about.md\" }"),
                &path,
            )),
        }
    }
    out
}

/// `/logo.svg` as a path of the site, checked to name a file below `static/`.
fn static_path(path: &str) -> Result<String, &'static str> {
    let rel = path
        .strip_prefix('/')
        .ok_or("write it from the site's root, as in /logo.svg for static/logo.svg")?;
    if rel.is_empty()
        || rel
            .split('/')
            .any(|s| s.is_empty() || s == "." || s == "..")
        || rel.contains('\\')
    {
        return Err("write a file of static/ from the site's root, as in /logos/project.svg");
    }
    Ok(path.to_string())
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// The WCAG 2 contrast ratio of two sRGB colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
    }

    #[test]
    fn static_paths() {
        assert!(static_path("/logo.svg").is_ok());
        assert!(static_path("logo.svg").is_err());
        assert!(static_path("/../x.svg").is_err());
    }
}

/// `[languages.xx.signup]`: where the sign-up form of a language posts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSignup {
    /// The mailing tool's public form address: listmonk `https://lists.example.org/subscription/form`,
    /// Mailchimp the `action` of its embedded form (`https://….list-manage.com/subscribe/post?u=…&id=…`),
    /// Buttondown `https://buttondown.com/api/emails/embed-subscribe/<newsletter>`.
    pub action: String,
    /// listmonk: the UUID of the language's list (required); Buttondown: a tag for the
    /// language's subscribers (optional); Mailchimp: not used (the list is in `action`).
    pub list: Option<String>,
    /// The privacy notice the form links to: `@/privacy.md`, a path or an https:// address.
    pub privacy: Option<String>,
}

/// A language's sign-up form, validated: where it posts and the names of its fields for the
/// configured mailing tool.
#[derive(Debug, Clone)]
pub struct Signup {
    pub action: String,
    pub email_field: &'static str,
    /// The name field, for tools that take one.
    pub name_field: Option<&'static str>,
    /// Hidden fields: (name, value).
    pub hidden: Vec<(String, String)>,
    /// The name of a field that must stay empty (a trap for bots), for tools that check one.
    pub honeypot: Option<String>,
    pub privacy: Option<String>,
}

pub fn signup(
    raw: &RawSignup,
    mailer: Option<super::Mailer>,
    at: &[Step],
    locate: Locate,
    problems: &mut Vec<Diagnostic>,
) -> Option<Signup> {
    use super::Mailer;
    let mut fail = |message: String, help: &str| {
        problems.push(locate(Diagnostic::error(message).help(help), at));
        None
    };
    let Some(mailer) = mailer else {
        return fail(
            "a sign-up form needs `[newsletter] mailer`".into(),
            "name the mailing tool the form posts to: mailer = \"listmonk\", \"mailchimp\" or \"buttondown\"",
        );
    };
    let Ok(action) = url::Url::parse(&raw.action) else {
        return fail(
            format!("the sign-up `action` `{}` is not an address", raw.action),
            "write the https:// address of your mailing tool's public form",
        );
    };
    if action.scheme() != "https" {
        return fail(
            format!(
                "the sign-up `action` `{}` is not an https:// address",
                raw.action
            ),
            "subscribers' addresses must travel encrypted: use the https:// address of the form",
        );
    }
    let list = raw.list.clone().filter(|l| !l.trim().is_empty());
    let privacy = raw
        .privacy
        .clone()
        .filter(|p| crate::urls::is_safe_target(p, false));
    Some(match mailer {
        Mailer::Listmonk => {
            let Some(list) = list else {
                return fail(
                    "a listmonk sign-up form needs the `list` UUID of the language's list".into(),
                    "copy it from Lists → the list → its UUID in listmonk",
                );
            };
            Signup {
                action: raw.action.clone(),
                email_field: "email",
                name_field: Some("name"),
                hidden: vec![("l".into(), list)],
                honeypot: Some("nonce".into()),
                privacy,
            }
        }
        Mailer::Mailchimp => {
            let query: std::collections::BTreeMap<_, _> = action.query_pairs().collect();
            let (Some(u), Some(id)) = (query.get("u"), query.get("id")) else {
                return fail(
                    format!(
                        "the Mailchimp form address `{}` lacks its `u` and `id`",
                        raw.action
                    ),
                    "copy the action of the embedded form from Mailchimp: Audience → Signup forms → Embedded forms",
                );
            };
            Signup {
                action: raw.action.clone(),
                email_field: "EMAIL",
                name_field: Some("FNAME"),
                hidden: Vec::new(),
                honeypot: Some(format!("b_{u}_{id}")),
                privacy,
            }
        }
        Mailer::Buttondown => Signup {
            action: raw.action.clone(),
            email_field: "email",
            name_field: None,
            hidden: [("embed".to_string(), "1".to_string())]
                .into_iter()
                .chain(list.map(|l| ("tag".to_string(), l)))
                .collect(),
            honeypot: None,
            privacy,
        },
    })
}
