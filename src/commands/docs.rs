//! `bulletin docs`: the documentation, built into the binary, so that the help lines of error
//! messages can point to it wherever bulletin is installed (a user of the binary has no
//! `docs/` folder).

use crate::error::Diagnostic;

/// Each topic: its name, what it covers, and the text (`docs/<name>.md` of the repository).
pub const TOPICS: &[(&str, &str, &str)] = &[
    (
        "content",
        "bulletin.toml, front matter, content files, links, translations",
        include_str!("../../docs/content.md"),
    ),
    (
        "templates",
        "themes: the variables, functions and filters templates can use",
        include_str!("../../docs/templates.md"),
    ),
    (
        "newsletter",
        "the e-mail edition and the records of its issues",
        include_str!("../../docs/newsletter.md"),
    ),
    (
        "publishing",
        "GitHub Pages, Codeberg, GitLab, Netlify or any web server; daily rebuilds",
        include_str!("../../docs/publishing.md"),
    ),
];

/// The text of `topic`, or the list of topics when none is given.
pub fn docs(topic: Option<&str>) -> Result<String, Diagnostic> {
    let Some(topic) = topic else {
        let mut text = String::from("Topics (bulletin docs TOPIC):\n");
        for (name, what, _) in TOPICS {
            text.push_str(&format!("  {name:<12}{what}\n"));
        }
        return Ok(text);
    };
    TOPICS
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(topic.trim()))
        .map(|(_, _, text)| text.to_string())
        .ok_or_else(|| {
            let names: Vec<&str> = TOPICS.iter().map(|(n, _, _)| *n).collect();
            let hint = crate::error::closest(topic, names.iter().copied(), 0.5)
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            Diagnostic::error(format!("there is no documentation topic `{topic}`"))
                .help(format!("{hint}the topics are: {}", names.join(", ")))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_named_in_a_help_line_exists() {
        let sources = [
            include_str!("../config/mod.rs"),
            include_str!("../render/engine.rs"),
            include_str!("../content/issues.rs"),
            include_str!("init.rs"),
        ];
        let mut named = 0;
        for source in sources {
            for (_, rest) in source
                .match_indices("bulletin docs ")
                .map(|(i, _)| source.split_at(i + 14))
            {
                let topic: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
                if topic == "TOPIC" || topic.is_empty() {
                    continue;
                }
                named += 1;
                assert!(
                    docs(Some(&topic)).is_ok(),
                    "`bulletin docs {topic}` is named but missing"
                );
            }
        }
        assert!(named >= 4, "help lines name their topics");
        assert!(docs(None).unwrap().contains("templates"));
        let err = docs(Some("tempaltes")).unwrap_err();
        assert!(err.help.unwrap().contains("did you mean `templates`?"));
    }
}
